"""A person brought or taken back to theatre to consent or sign ("Mum brought back to theatre to
re-consent") came back to put the paperwork right: no operation done again, so a wrong side
caught at the time out stays a near miss. A patient brought back to theatre for an operation
still tells the error reached them."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

BROUGHT_BACK_TO_CONSENT = [
    "Day case R inguinal hernia, consent form completed for L in error and L groin marked. Picked "
    "up at the time out by the scrub nurse before any incision, everything stopped. Pt taken back "
    "to the anaesthetic room to sign a corrected consent form, R marked and R hernia repaired.",
    "Wrong side marked (R) for L knee arthroscopy, noticed at sign in. Husband brought back to "
    "theatre reception to consent on her behalf as pt has dementia, L done.",
    "4yo for L orchidopexy. Consent form said R and the R groin was marked on the ward from it. At "
    "the WHO time out the ODP read the clinic letter (L) and everything stopped. Dad brought back "
    "to theatre to re-consent, L marked, L orchidopexy done.",
]

BROUGHT_BACK_FOR_AN_OPERATION = [
    (
        "R TKR, swab count 1 short at closure signed as correct. Pt brought back to theatre the "
        "next day and swab removed from the knee.",
        "3",
    ),
    (
        "Consent L, L groin operated. Pt brought back to theatre for a R hernia repair as the R "
        "side was the one on the referral.",
        "1",
    ),
]


@pytest.mark.parametrize("text", BROUGHT_BACK_TO_CONSENT)
def test_brought_back_to_consent_is_no_reach(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(("text", "code"), BROUGHT_BACK_FOR_AN_OPERATION)
def test_brought_back_for_an_operation_reached(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)
