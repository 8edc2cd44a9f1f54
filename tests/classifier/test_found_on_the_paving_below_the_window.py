"""A patient found on a hard surface outside, under the window ("found on the paved area under
his window", "on the concrete below her bedroom window", "on the tarmac beneath the side room
window") has fallen from it: with its restrictor found broken or lifting off by hand that is
never event 10. Someone found on the paving after leaving by a door, or a walk-round finding
with nobody at the window, is not."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FELL = [
    "1st floor ward, pt missing at 04:00 checks. found by porter lying on the concrete below "
    "her bedroom window with a head injury and # wrist. the window restrictor had been broken "
    "and the window opened fully.",
    "pt not in bed at 23:00 round. located on the tarmac beneath the side room window, GCS 13, "
    "taken to ED. estates found the restrictor cable was snapped.",
    "resident on 2nd floor found on the patio underneath his window at 06:00, cold and "
    "confused, # pelvis. the restrictor bracket had come away from the frame and could be "
    "lifted off by hand.",
    "2nd floor bay, pt not in bed at 01:00. found on the paved area under the bay window, "
    "confused, # wrist. window open wide, the restrictor arm had been loose for weeks and "
    "came off in the hand.",
]

NOT_FROM_THE_WINDOW = [
    "found on the paved area outside the main entrance having a cigarette at 02:00, returned "
    "to the ward. no injuries.",
    "estates walk round: restrictor on room 4 window (1st floor) loose, screws missing. no pt "
    "in the room at the time. paving below checked.",
    "pt found on the lawn outside the ward at 03:00, had left via the fire door. window "
    "restrictors intact.",
]


@pytest.mark.parametrize("text", FELL)
def test_found_below_the_unrestricted_window_is_never_event_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize("text", NOT_FROM_THE_WINDOW)
def test_found_outside_with_no_fall_from_a_window_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)
