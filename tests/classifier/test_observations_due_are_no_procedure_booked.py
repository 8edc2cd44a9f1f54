"""Observations told as due at a frequency for a time ("obs due every 15 mins for the 1st hour
then half hourly - only done twice") are a schedule, not a procedure the patient was booked for
only: "due" reads as "booked" only straight before "for" ("was due for a L knee scope only").
A procedure booked for one thing and another done stays never event 1."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

OBSERVATIONS_DUE = [
    "Back to ward 6 from the cath lab (radial) at 14:00. Obs due every 15 mins for the first "
    "hour then hourly - only recorded at 14:00 and 16:00. Found hypotensive at 16:30 with a "
    "forearm haematoma.",
    "Post op neuro obs due hourly for the first 12 hrs post craniotomy, only done twice "
    "overnight. GCS drop found at the 06:00 check.",
]

BOOKED_FOR_ONE_PROCEDURE_ONLY = [
    "Pt was due for a R knee arthroscopy only, consent form also had a L knee injection on it "
    "and the injection was given.",
    "Pt booked for a gastroscopy only, colonoscopy also performed in error.",
]


@pytest.mark.parametrize("text", OBSERVATIONS_DUE)
def test_observations_due_are_no_procedure_booked(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", BOOKED_FOR_ONE_PROCEDURE_ONLY)
def test_procedure_booked_only_and_another_done_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
