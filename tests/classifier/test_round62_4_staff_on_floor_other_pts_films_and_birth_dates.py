"""Round 62, helper 4: staff told "on the floor" with their verb, another patient's film
and dates of birth compared.

- Staff counted with their verb ("only 2 staff were on the floor for 18 pts", "3 nurses are
  on the floor tonight") are working the shift: no patient on the floor, no fall. A patient
  who was on the floor is still a fall.
- A film or scan of another patient read in place of the patient's own ("looked at the CXR
  of a different pt with the same surname") is a patient identification error:
  communication_documentation, also beside the never event it led to. A film read for the
  right patient is no identification error.
- Dates of birth (plural, compared between two patients) are identifiers, not a birth: no
  maternity_perinatal. A birth on the unit still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids

STAFF_WERE_ON_THE_FLOOR = [
    "pt C punched pt D in the face in the lounge, only 3 staff were on the floor for 20 pts "
    "as 2 were on escorts",
    "resident hit a carer with her walking stick, 2 nurses are on the floor overnight for the "
    "whole unit",
]

PATIENT_WAS_ON_THE_FLOOR = [
    "pt was on the floor of the day room when staff came in at 02:00, bruise to L hip",
]

FILM_OF_ANOTHER_PATIENT = [
    "NG tube passed on the ward, SHO reviewed the chest film of another patient on PACS and "
    "wrote ok to feed, 200ml feed given then pt coughing and sats 85%, repeat xray tube in R "
    "bronchus",
    "registrar looked at the scan of a different pt with a similar name and told the family "
    "there was no bleed, pt's own CT shows a subdural",
]

FILM_OF_THE_PATIENT = [
    "registrar looked at the pt's own CT the next day, told the family there was no bleed",
]

DATES_OF_BIRTH = [
    "two men called Jones in the same bay with similar dates of birth, wrong Mr Jones sent "
    "for the CT head",
]

BIRTH_ON_THE_UNIT = [
    "birth on the MLU at 03:10, PPH 900ml, midwife called for help late",
]


@pytest.mark.parametrize("text", STAFF_WERE_ON_THE_FLOOR)
def test_staff_were_on_the_floor_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_WAS_ON_THE_FLOOR)
def test_patient_was_on_the_floor_is_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize("text", FILM_OF_ANOTHER_PATIENT)
def test_film_of_another_patient_is_identification(text: str) -> None:
    assert "communication_documentation" in theme_ids(text)


def test_film_of_another_patient_stands_beside_the_tube_never_event() -> None:
    text = FILM_OF_ANOTHER_PATIENT[0]
    assert never_event_codes(text)[0] == "13"
    assert "communication_documentation" in theme_ids(text)


@pytest.mark.parametrize("text", FILM_OF_THE_PATIENT)
def test_film_of_the_patient_is_no_identification_error(text: str) -> None:
    assert "communication_documentation" not in theme_ids(text)


@pytest.mark.parametrize("text", DATES_OF_BIRTH)
def test_dates_of_birth_are_no_maternity(text: str) -> None:
    assert "maternity_perinatal" not in theme_ids(text)


@pytest.mark.parametrize("text", BIRTH_ON_THE_UNIT)
def test_birth_on_the_unit_is_maternity(text: str) -> None:
    assert "maternity_perinatal" in theme_ids(text)
