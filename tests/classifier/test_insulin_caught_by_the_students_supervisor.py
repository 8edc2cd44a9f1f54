"""Insulin drawn up in a non-insulin syringe and stopped by the student's supervisor, mentor or
practice assessor ("My supervisor checked it ... and stopped me"), then given with insulin
syringes got from elsewhere ("got insulin syringes from ward 9"), is near miss 6: the "correct
dose given" is the redo after the catch, not a "U" read as intended."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

STOPPED_BY_THE_SUPERVISOR = [
    "Student nurse drew up 8 units of Humulin I in a 2ml syringe as the insulin syringe drawer "
    "was empty. Mentor checked before going to the bedside and stopped her. Not given. Collected "
    "insulin syringes from the next ward and gave the right dose.",
    "Student midwife asked to give 4 units of novorapid. Used a 1ml syringe as none on the ward. "
    "Practice assessor stopped her at the bedside before she gave it. Dose discarded and correct "
    "dose given once insulin syringes were found.",
    "I'm a 3rd year student. Drew up 10 units of Actrapid to 0.1 in a 1ml syringe as there were "
    "no insulin syringes. My practice supervisor checked it and stopped me, it would have been "
    "100 units. Not given. We got insulin syringes from ward 5 and the correct dose was given.",
]

READ_AS_INTENDED = [
    "Insulin prescribed as 10U, read correctly by all staff, correct dose given. U changed to "
    "units by pharmacist.",
]


@pytest.mark.parametrize("text", STOPPED_BY_THE_SUPERVISOR)
def test_insulin_stopped_by_the_supervisor_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", READ_AS_INTENDED)
def test_abbreviation_read_as_intended_stays_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)
