"""A window found at a visit or a check with its restrictor broken or missing, the window named
by its floor ("1st floor bedroom window", "upstairs window") and the fall told as not having
happened ("no fall or attempt", "no falls", "no attempt to climb out"), is a risk found: both
null (README: restrictor fault found without a fall). The floor names where the hazard is, not
a fall from it. A patient who fell, jumped or was found below such a window stays never event
10, whatever "no falls" the report also tells of other times."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FAULT_WITH_NO_FALL = [
    "CPN home visit to the care home: 1st floor bedroom window restrictor found snapped, window "
    "opens fully. Resident was downstairs in the lounge, no fall or attempt. Manager informed.",
    "Upstairs bedroom window restrictor found disconnected during the DN visit. Service user "
    "in the kitchen, no fall. Home manager told and room locked.",
    "Visited pt at the care home: 2nd floor bedroom window restrictor broken, window opened "
    "fully when I tried it. Pt in bed, no attempt to climb out. Estates informed.",
    "Window restrictor on the 1st floor landing found hanging off during my visit, window "
    "opens wide. Resident was in the lounge, no falls. Reported to the manager.",
    "Estates check found the 1st floor side room window restrictor broken. Pt in the room was "
    "asleep, no attempt to get out of the window. Moved to another room.",
]

FELL_FROM_THE_WINDOW = [
    "Pt jumped from 1st floor bedroom window, restrictor had been broken for a week. # pelvis.",
    "Resident found in the garden below her 1st floor window, restrictor snapped, # hip.",
    "Pt fell from 1st floor window, restrictor broken. No falls previously recorded. # wrist.",
    "Pt climbed out of the 2nd floor bedroom window, restrictor had been removed. Found on the "
    "grass below, # ankle, no attempt had been made to refit it.",
]


@pytest.mark.parametrize("text", FAULT_WITH_NO_FALL)
def test_window_fault_with_no_fall_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FELL_FROM_THE_WINDOW)
def test_fall_from_the_window_stays_never_event_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)
