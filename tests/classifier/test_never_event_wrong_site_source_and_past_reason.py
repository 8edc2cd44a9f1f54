"""Never event 1: a wrong site that came from a slip in the referral letter ("GP confirms typo in
the referral letter") is excluded beside the finding; a past wrong side incident named as the
reason for reporting is background. Both can rule a finding out, so true wrong-site events with
those words elsewhere stay never events."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "GP referral: lesion on L forearm. Dermatology excised the L forearm lesion. At review "
        "the pt said the lesion the GP meant is on her RIGHT forearm; GP confirms a typo in "
        "the referral letter.",
        "Carpal tunnel consent had no side. Picked up at sign in, re-consented, right side "
        "marked. Reported because of the wrong side incident in this department last year.",
    ],
)
def test_referral_slip_or_past_incident_is_no_wrong_site(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # the site marked: the operation went against the mark, whatever the letter said
        "Referral letter had a typo (left). Consent was for the right knee and the right knee "
        "had been marked, but the surgeon operated on the left knee; wrong side.",
        "GP referral letter had a typo: left. Site marked on the right in the anaesthetic room, "
        "but the left inguinal hernia repair was performed. Wrong site.",
        # the typo named sentences away, of another detail
        "Consent and marking for RIGHT knee arthroscopy. Arthroscopy was performed on the LEFT "
        "knee. Pt informed, duty of candour. Pt angry about waiting times. The WHO checklist "
        "was not completed. Theatre staff interviewed. Separately the GP noticed a typo in the "
        "referral letter about her date of birth.",
        # a past incident named, and this one done on the wrong side too
        "Despite the new checks brought in after the wrong side incident last year, a wrong "
        "side nerve block was given to the left leg today when the right was consented.",
        "Wrong side chest drain inserted on the left; the CT and consent said right. Reported "
        "by the consultant because of the wrong site incident last year and this one.",
    ],
)
def test_wrong_site_beside_those_words_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "1"
