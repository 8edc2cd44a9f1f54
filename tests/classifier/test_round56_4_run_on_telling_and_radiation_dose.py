"""Round 56, helper 4: who was told, and a radiation dose, read as reports word them.

- A run-on clause's "not" that negates its own verb, followed straight on by who was told
  ("the weight-based chart was not used parents informed by the reg"): the telling has its own
  subject and was done, so it is no communication failure. "The family were not informed" or
  "parents weren't told" is still communication_documentation.
- The same "not" followed by the reporting process ("flowchart not followed discussed at the
  governance meeting"): the discussion is the report's learning, not a failure to discuss. A
  plan "not discussed with the parents" is still communication_documentation.
- A dose told as radiation: imaging's dose ("extra imaging dose" after repeated cone-beam CTs),
  the dose physics or the radiation protection adviser works out, a dose delivered to a side or
  a breast. No medicine is given there, so it is no medication evidence. An extra dose of a drug
  is still medication.
- A cone-beam CT repeated at radiotherapy set-up is an extra exposure (radiotherapy_screening).
  An MRI repeated is not.
- The radiotherapy "mould room" (where immobilisation masks are made) is no mould in the
  building. Mould on the walls of a room is still staffing_infrastructure_estates.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

COMMUNICATION = "communication_documentation"
MEDICATION = "medication"
RADIATION = "radiotherapy_screening"
ESTATES = "staffing_infrastructure_estates"

NOT_OF_ANOTHER_VERB_THEN_WHO_WAS_TOLD = [
    "the weight-based chart was not used parents informed by the reg that evening",
    "the paediatric dosing app was not opened mum told by the sister at the bedside, no harm",
]

WHO_WAS_NOT_TOLD = [
    "the family were not informed of the change in plan before he was moved to the other ward",
    "parents weren't told about the abnormal result until the next clinic 3 weeks later",
]

NOT_OF_ANOTHER_VERB_THEN_REPORTING_PROCESS = [
    "escalation flowchart not followed discussed at the monthly governance meeting",
]

NOT_DISCUSSED_WITH_FAMILY = [
    "the decision to stop feeds was not discussed with the parents before the tube was removed",
]

RADIATION_DOSE_TOLD_AS_DOSE = [
    "the cone beam CT was repeated 4 times at set up due to the mask not fitting, extra "
    "imaging dose to the child",
    "fraction 6 of 20 given to the opposite side, physics working out the extra dose to the "
    "opposite breast",
]

DRUG_EXTRA_DOSE = [
    "extra dose of gentamicin given as the level was not checked, level came back high",
]

CBCT_REPEATED = [
    "CBCT repeated 3 times at set up as the couch kept shifting, session ran 30 mins over",
]

MRI_REPEATED = [
    "MRI repeated as the child moved, sedation booked for the next slot",
]

MOULD_ROOM = [
    "new mask made by the mould room after the patient lost weight, planning delayed 2 days",
]

MOULD_ON_WALLS = [
    "mould on the walls of the side room reported to estates 3 times, pt with asthma moved",
]


@pytest.mark.parametrize("text", NOT_OF_ANOTHER_VERB_THEN_WHO_WAS_TOLD)
def test_not_of_another_verb_before_who_was_told_is_no_communication_failure(text: str) -> None:
    assert COMMUNICATION not in theme_ids(text)


@pytest.mark.parametrize("text", WHO_WAS_NOT_TOLD)
def test_who_was_not_told_is_still_communication(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)


@pytest.mark.parametrize("text", NOT_OF_ANOTHER_VERB_THEN_REPORTING_PROCESS)
def test_not_of_another_verb_before_the_governance_discussion_is_no_communication(
    text: str,
) -> None:
    assert COMMUNICATION not in theme_ids(text)


@pytest.mark.parametrize("text", NOT_DISCUSSED_WITH_FAMILY)
def test_plan_not_discussed_with_family_is_still_communication(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)


@pytest.mark.parametrize("text", RADIATION_DOSE_TOLD_AS_DOSE)
def test_radiation_dose_is_no_medication(text: str) -> None:
    themes = theme_ids(text)
    assert MEDICATION not in themes
    assert RADIATION in themes


@pytest.mark.parametrize("text", DRUG_EXTRA_DOSE)
def test_extra_dose_of_a_drug_is_still_medication(text: str) -> None:
    assert MEDICATION in theme_ids(text)


@pytest.mark.parametrize("text", CBCT_REPEATED)
def test_cone_beam_ct_repeated_is_an_extra_exposure(text: str) -> None:
    assert RADIATION in theme_ids(text)


@pytest.mark.parametrize("text", MRI_REPEATED)
def test_mri_repeated_is_no_exposure(text: str) -> None:
    assert RADIATION not in theme_ids(text)


@pytest.mark.parametrize("text", MOULD_ROOM)
def test_radiotherapy_mould_room_is_no_estates_fault(text: str) -> None:
    assert ESTATES not in theme_ids(text)


@pytest.mark.parametrize("text", MOULD_ON_WALLS)
def test_mould_on_the_walls_is_still_estates(text: str) -> None:
    assert ESTATES in theme_ids(text)
