"""Round 52 (helper 3): a mark lifts the referral-letter exclusion of never event 1 only when
the operation went against it; another trust's wrong-site event discussed as learning is none."""

import pytest

from tests.classifier.outcomes import never_event_codes

REFERRAL_SLIP_CARRIED_THROUGH = [
    "Listed for R knee arthroscopy. The GP referral letter said right knee (the GP had mixed up "
    "the sides, his pain has always been in the L knee). Consent and marking done on R. "
    "Arthroscopy of R knee done, normal. Pt said afterwards it was the other knee.",
    "Booked for excision of a sebaceous cyst L shoulder. GP referral stated left shoulder; "
    "marking done on L in the anteroom and the L shoulder cyst was excised. Pt later said the "
    "cyst is on her right shoulder, the GP agreed the letter was wrong.",
]

MARK_GONE_AGAINST = [
    "GP referral said left foot. Consent and marking done on R as per clinic exam. Surgeon "
    "operated on the L foot. Noticed in recovery that the arrow was on the right.",
    "Referral letter said right hand. Marking done on L after the pt pointed to her left hand. "
    "Carpal tunnel release done on R hand, found when dressing the wound.",
]

ANOTHER_TRUSTS_EVENT = [
    "M&M meeting: the anaesthetic dept discussed a wrong site block reported at another trust "
    "and our own block checklist compliance. No incident here. Logged as learning only.",
    "At the audit meeting we discussed a retained guidewire reported at another hospital; no "
    "local cases.",
]


@pytest.mark.parametrize("text", REFERRAL_SLIP_CARRIED_THROUGH)
def test_mark_following_the_referral_keeps_the_referral_exclusion(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize("text", MARK_GONE_AGAINST)
def test_operation_against_the_mark_is_wrong_site_whatever_the_referral_said(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize("text", ANOTHER_TRUSTS_EVENT)
def test_another_trusts_wrong_site_event_discussed_is_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is None
