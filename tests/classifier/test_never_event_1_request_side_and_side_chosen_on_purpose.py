"""Session 27 (never event 1): the side a request names, and a side chosen on purpose.

"At the pause before the LA the nurse read the request which said R breast ... L breast had been
cleaned. Stopped": the request names the planned side, the other side set up and stopped before
anything was done, so near miss 1. Reading requests as plans also reads "the request had said
right arm preferred but the team chose the left due to poor veins": a side chosen on purpose for
a clinical reason is no wrong site surgery.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_request_naming_the_other_side_at_the_pause_is_near_miss_1() -> None:
    text = (
        "US guided breast biopsy. Radiologist set up on the L breast. At the pause before the LA "
        "the nurse read the request which said R breast, 2 o'clock. L breast had been cleaned. "
        "Stopped, checked the mammogram, R side done."
    )
    assert never_event_codes(text) == (None, "1")


def test_request_side_with_the_other_side_operated_stays_never_event_1() -> None:
    text = (
        "The request form stated left knee. Arthroscopy performed on the right knee, found post op."
    )
    assert never_event_codes(text) == ("1", None)


def test_side_chosen_for_a_clinical_reason_is_no_never_event() -> None:
    text = (
        "Pt on the surgical ward had a PICC line inserted on the left arm. The request had said "
        "right arm preferred but the vascular access team chose the left due to poor veins, "
        "documented."
    )
    assert never_event_codes(text) == (None, None)
