"""Round 44 (helper 11): an assessment told as done and the infection a patient was admitted
with are no evidence for the learned model; a pneumonia acquired in hospital by its
abbreviation (HAP) is an infection."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

ASSESSMENT_TOLD_AS_DONE = [
    "Mr P 80 on ward 5 with dementia, falls risk assessment completed on admission and bed in "
    "lowest position with sensor mat. Slid out of chair onto floor at 14:00, no injury, obs "
    "stable, reviewed by doctor.",
    "Mrs J on the rehab unit, moving and handling assessment was updated yesterday. Hoist sling "
    "tore during transfer, pt lowered to the chair by two staff, no harm, hoist taken out of use.",
]

ASSESSMENT_FAILURES = [
    "Pt fell at 02:00 and fractured hip. No falls risk assessment completed on admission and no "
    "sensor mat in place.",
    "Bed rails used for Mrs K but the bed rail risk assessment was not completed. Found with leg "
    "through rails, bruising.",
    "Bed rail risk assessment last reviewed 18 months ago. Pt found with arm trapped between "
    "rails, skin tear.",
    "CT report showing a lung mass was filed without review by the team, pt not told for 5 "
    "months, diagnosis delayed.",
]

ADMITTING_INFECTIONS = [
    "Pt admitted with a chest infection and was on IV antibiotics. At 03:00 found on the floor "
    "beside the bed, unwitnessed fall, no injury.",
    "Lady presented with cellulitis of left leg. While on the ward her warfarin was omitted for "
    "3 days as not transcribed onto the chart.",
]

INFECTIONS_OF_THE_EVENT = [
    "Started on abx for HAP on day 8 of a delayed discharge waiting for a care package.",
    "Pt developed hospital acquired pneumonia on day 6 after aspirating, started on IV "
    "antibiotics.",
    "Elderly man readmitted with urosepsis 3 days after discharge with a catheter that was not "
    "changed, blood cultures grew E coli.",
    "Pt admitted with a UTI, sepsis not recognised for 6 hours, antibiotics delayed, NEWS2 7 not "
    "escalated.",
]


@pytest.mark.parametrize("text", ASSESSMENT_TOLD_AS_DONE)
def test_an_assessment_told_as_done_is_no_assessment_failure(text: str) -> None:
    assert "assessment_diagnosis" not in theme_ids(text)


@pytest.mark.parametrize("text", ASSESSMENT_FAILURES)
def test_an_assessment_not_done_outdated_or_a_result_filed_unseen_stays_one(text: str) -> None:
    assert "assessment_diagnosis" in theme_ids(text)


@pytest.mark.parametrize("text", ADMITTING_INFECTIONS)
def test_the_infection_a_patient_was_admitted_with_is_background(text: str) -> None:
    assert "infection" not in theme_ids(text)


@pytest.mark.parametrize("text", INFECTIONS_OF_THE_EVENT)
def test_an_infection_acquired_or_mismanaged_stays_infection(text: str) -> None:
    assert "infection" in theme_ids(text)
