"""A window found on a check with its restrictor missing or broken, the height below it told
as a drop ("approx 6m drop to the car park", "2nd floor approx 7m drop"), and nobody there ("no
pt in the room at the time", "no patient involved", "room unoccupied") is a risk found at
audit: neither never event 10 nor a near miss, and no fall. The drop is how far down it is,
not a person landing. A patient who climbed out, fell or was found below such a window stays
never event 10, whatever check or drop the report also tells; a patient not in the room at a
round ("no pt in the room at the time of the 06:00 obs") had gone, the room was not empty."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids

FOUND_WITH_NOBODY_THERE = [
    "Environmental check on ward 12 (3rd floor): restrictor on the bathroom window found "
    "snapped, window swings wide open, approx 9 m drop to the courtyard below. No patients in "
    "the room at the time. Estates attended within the hour.",
    "H&S walkround of Ward 22 - window in SR4 has no restrictor and opens fully, 8m drop onto "
    "the service road. Room unoccupied, locked off, estates job raised.",
    "Routine window check found the restrictor cable cut in bay 5, 1st floor, 4 metre drop "
    "below. No pt involvement. Estates repaired same day.",
    "Safety check of the day room: window restrictor broken, window opens fully, overlooks the "
    "car park, a 5m drop. No patient in the room at the time, room closed.",
    "Estates restrictor audit 2nd floor: 3 windows with missing restrictors, approx 6m drop to "
    "ground. no patients involved, all secured same day.",
    "Estates walk round of ward 4: window in side room 2 has no restrictor fitted, approx 6m "
    "drop to the car park. Nobody in the room at the time. Window screwed shut, job logged.",
]

PATIENT_WENT_OUT = [
    "Pt climbed out of the 2nd floor window, restrictor missing, fell approx 6m, # pelvis.",
    "Estates check after the incident: pt had climbed out of the SR2 window and was found on "
    "the flat roof below (approx 4m drop). Restrictor found snapped. # pelvis.",
    "HCA found the room empty and the window wide open. Pt found in the courtyard below, "
    "approx 5m drop, restrictor cable cut. Trauma call.",
    "Weekly environmental check had been done the day before. Overnight pt climbed out of the "
    "bay window (restrictor missing) and was found on the flat roof below, 3m drop, # wrist.",
    "Pt found on the grass below his 2nd floor window, approx 6m drop. Window restrictor had "
    "been removed by contractors and not refitted. Estates check of the ward afterwards found "
    "two more windows without restrictors.",
    "Pt absconded through the SR4 window, restrictor broken, approx 6m drop to the car park, # "
    "ankle. Weekly estates check had been signed as done.",
    "Pt got out of the window of SR1, 1st floor, restrictor broken, head injury. No pt in the "
    "room at the time of the 06:00 check, window found open.",
]


@pytest.mark.parametrize("text", FOUND_WITH_NOBODY_THERE)
def test_window_found_with_nobody_there_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FOUND_WITH_NOBODY_THERE)
def test_window_found_with_nobody_there_is_estates_not_falls(text: str) -> None:
    themes = theme_ids(text)
    assert "staffing_infrastructure_estates" in themes
    assert "falls" not in themes


@pytest.mark.parametrize("text", PATIENT_WENT_OUT)
def test_patient_out_of_the_window_stays_never_event_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)
