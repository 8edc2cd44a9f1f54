"""A procedure done on the correct site after one done elsewhere is a wrong-site never event;
the correct site told as confirmed ("X-ray confirms correct (R) knee operated"), or a planned
operation's words far apart, are no redo."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Op note documented as L TKR. X-ray and implant stickers confirm correct (R) knee "
        "operated. Op note amended by the consultant.",
        "Planned ABO incompatible living donor kidney transplant, plasma exchange done as per "
        "protocol, titres acceptable, graft functioning.",
        # what a review found of a reported wrong site
        "Reporter ticked never event - wrong site surgery. Review found the correct site was "
        "operated; no never event.",
    ],
)
def test_correct_site_confirmed_or_words_far_apart_is_no_redo(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # the redo told beside a confirmation of it
        "Surgeon excised a mole from the L upper back; the referral photo showed a lesion 6cm "
        "lower. Correct lesion excised 2 weeks later and histology confirmed the correct lesion "
        "was excised.",
        "Incision made over the ring finger, then noticed the consent said middle. Wound closed, "
        "correct (L) digit released; photos confirm correct digit released.",
        # the side named between the correct site's words
        "Skin incision made over the L ring finger for a trigger release listed for the L "
        "middle finger. Closed, and the correct L digit released the same sitting.",
        "Left inguinal hernia listed; right side incised in error, closed, and the left side "
        "then repaired. Review found the correct site was operated second.",
    ],
)
def test_redo_on_the_correct_site_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_report_filed_as_wrong_site_and_overturned_by_review_is_no_event() -> None:
    text = (
        "Reported as wrong site surgery. On review the correct site was operated on; not a "
        "never event."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Reported as wrong site surgery by the ward nurse: the left knee was operated on instead "
        "of the right. On review the correct site was operated on the next day after the error.",
        "Logged as wrong side block. Right femoral block given, patient listed for left TKR.",
    ],
)
def test_report_filed_as_wrong_site_that_holds_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
