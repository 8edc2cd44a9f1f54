"""A restrictor recorded as intact at a check before the fall ("Environmental check 2 days
earlier signed 'all restrictors intact'", "last weekly audit had documented all restrictors as
working") is what the record said then, not a restrictor that worked when the patient got to
the window: a fall past a broken one stays never event 10. A restrictor found working after the
fall, or defeated with a tool, is still excluded."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

RECORD_OF_AN_EARLIER_CHECK = [
    "Pt on the 2nd floor acute MH ward climbed through the bedroom window and fell to the car "
    "park, fractured pelvis. Restrictor arm found snapped at its hinge. Window check sheet from "
    "the night before recorded restrictors intact.",
    "Ward 7 (1st floor): pt jumped from the dayroom window, fractured both heels. The window "
    "restrictor was missing, screws on the sill. Last weekly audit had documented all "
    "restrictors as working.",
    "Adolescent unit, 1st floor. YP got out of the lounge window and dropped about 4m, fractured "
    "ankle. Restrictor hanging off, screws pulled out of the frame, estates job open for weeks. "
    "Environmental check 3 days earlier signed as 'all restrictors intact'.",
]

RESTRICTOR_WORKED = [
    "Pt fell from the 1st floor window. Estates attended after the fall: restrictor intact and "
    "functioning, the pt had unscrewed the window hinge with a knife.",
    "Pt found on the grass below the 1st floor window, fractured wrist. Restrictor in place and "
    "working, the pt had prised it off with a metal spoon from the dining room.",
]


@pytest.mark.parametrize("text", RECORD_OF_AN_EARLIER_CHECK)
def test_fall_past_a_restrictor_recorded_intact_earlier_is_never_event_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize("text", RESTRICTOR_WORKED)
def test_restrictor_working_at_the_fall_stays_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)
