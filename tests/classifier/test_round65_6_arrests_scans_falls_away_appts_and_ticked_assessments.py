"""Round 65, helper 6: words of another sense and things told short, for themes.

- A person arrested by the police, told by where they were taken or what for ("arrested and
  taken to the police station", "arrested on suspicion of theft"), has had no cardiac arrest:
  no monitoring_deterioration. A patient who arrested in a custody suite still has.
- A scan of a barcode, a wristband or the blood fridge ("the fridge scan was skipped") is an
  identity check, not a scan of the patient left undone: no assessment_diagnosis. A CT not
  done still is.
- A fall told as why a member of staff was away ("single checked because the other nurse had
  been called to a fall in bay 6") is another patient's fall: no falls. A nurse called to a
  fall and finding the report's patient on the floor still is one.
- Appointments written short ("appts cancelled") or told as never rebooked are missed
  follow-up: access_transfer_discharge. An appointment kept is not.
- A risk assessment ticked or signed without being carried out ("ticked without measuring
  the gap") is an assessment not done: assessment_diagnosis. One completed with the gap
  measured is not.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

MONITORING = "monitoring_deterioration"
ASSESSMENT = "assessment_diagnosis"
FALLS = "falls"
ACCESS = "access_transfer_discharge"

POLICE_ARREST = [
    "visitor shouting at staff on ward 7 and threw a chair at the nurses station, security "
    "called. he was arrested and taken to the police station later that evening.",
    "pt spat at the ED receptionist and kicked a door, later arrested on suspicion of "
    "criminal damage once declared medically fit.",
]

CARDIAC_ARREST_IN_CUSTODY = [
    "detainee seen by the custody nurse at 02:00, NEWS 6 not escalated, arrested at 03:10 "
    "in the cell, CPR by officers and paramedics.",
]

IDENTITY_SCAN = [
    "platelets collected from the satellite fridge without the fridge scan being done, "
    "the barcode scan was not done at the bedside either, right unit, no harm.",
]

IMAGING_NOT_DONE = [
    "head injury on apixaban, the CT scan was not done until 14 hrs after arrival.",
]

FALL_AWAY = [
    "iv antibiotics checked by one nurse only because the other RN had been called to a fall "
    "in bay 6.",
    "the 14:00 obs round was late whilst the HCA was attending a fall in the side room.",
]

OWN_FALL = [
    "HCA was called to a fall in bay 3, Mrs T found on the floor beside her chair, skin tear "
    "to the elbow.",
]

APPTS_MISSED = [
    "pt on lithium, her blood level appts were cancelled during the clinic move and never "
    "rebooked, level 1.6 when finally checked.",
    "diabetic foot clinic appts cancelled twice by the hospital and ulcer now infected.",
]

APPT_KEPT = [
    "pt came to his appt as booked and was told his bloods were fine.",
]

ASSESSMENT_TICKED = [
    "bed rail risk assessment ticked as complete without measuring the gap to the mattress, "
    "arm caught in the rail overnight.",
    "falls assessment signed off by the agency HCA without seeing the pt.",
]

ASSESSMENT_MEASURED = [
    "bed rail risk assessment completed on admission and the gap measured, rails fitted with "
    "bumpers, pt comfortable.",
]


@pytest.mark.parametrize("text", POLICE_ARREST)
def test_a_police_arrest_is_no_deterioration(text: str) -> None:
    assert MONITORING not in theme_ids(text)


@pytest.mark.parametrize("text", CARDIAC_ARREST_IN_CUSTODY)
def test_a_cardiac_arrest_in_custody_stays_a_deterioration(text: str) -> None:
    assert MONITORING in theme_ids(text)


@pytest.mark.parametrize("text", IDENTITY_SCAN)
def test_a_fridge_or_barcode_scan_is_no_scan_of_the_patient(text: str) -> None:
    assert ASSESSMENT not in theme_ids(text)


@pytest.mark.parametrize("text", IMAGING_NOT_DONE)
def test_a_ct_not_done_stays_a_missed_assessment(text: str) -> None:
    assert ASSESSMENT in rule_theme_ids(text)


@pytest.mark.parametrize("text", FALL_AWAY)
def test_a_fall_told_as_why_staff_were_away_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", OWN_FALL)
def test_a_fall_staff_were_called_to_and_found_stays_a_fall(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", APPTS_MISSED)
def test_appts_cancelled_or_never_rebooked_are_access(text: str) -> None:
    assert ACCESS in rule_theme_ids(text)


@pytest.mark.parametrize("text", APPT_KEPT)
def test_an_appt_kept_is_no_access_problem(text: str) -> None:
    assert ACCESS not in rule_theme_ids(text)


@pytest.mark.parametrize("text", ASSESSMENT_TICKED)
def test_an_assessment_ticked_without_being_done_is_an_assessment_not_done(text: str) -> None:
    assert ASSESSMENT in rule_theme_ids(text)


@pytest.mark.parametrize("text", ASSESSMENT_MEASURED)
def test_an_assessment_done_with_the_gap_measured_is_no_missed_assessment(text: str) -> None:
    assert ASSESSMENT not in rule_theme_ids(text)
