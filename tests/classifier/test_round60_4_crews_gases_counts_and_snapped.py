"""Round 60, helper 4: ambulance crews not free, the medical gases team told or acting, staff
counts with a word naming the department, and fittings that "snapped at" a point.

- No ambulance crew free or available ("no crews were free for the call", "ambulance late as
  no crews available") is an ambulance delay (access_transfer_discharge), not the ward's or
  unit's staffing: no staffing_infrastructure_estates. No porters or nurses available still is.
- The medical gases team told of a flowmeter mix-up or acting on it ("escalated to medical
  gases about the outlets", "flowmeter taken away by medical gases") is who was told or who
  acted, not the building's gas supply that failed: no staffing_infrastructure_estates. A
  medical gas pipeline or alarm panel that failed still is.
- Staff counts with one word naming the department or grade between the number and the staff
  ("2 majors doctors for 45 pts", "3 AMU nurses for 36 pts") are a staffing ratio, as
  "2 nurses for 28 pts" already is: staffing_infrastructure_estates.
- A cable, arm or bracket "snapped at" the fixing broke; it is no member of staff speaking
  sharply: no behaviour_abuse_safeguarding. Someone who "snapped at" a patient or a nurse still
  is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

STAFFING = "staffing_infrastructure_estates"
BEHAVIOUR = "behaviour_abuse_safeguarding"
ACCESS = "access_transfer_discharge"

AMBULANCE_CREWS_NOT_FREE = [
    "999 call at 14:05 for a 79yo with chest pain, ambulance on scene 17:40, control said no "
    "crews were free across the county",
    "ambulance for the transfer to the stroke unit arrived 2 hrs late, no crews available in "
    "the area",
]

STAFF_NOT_AVAILABLE = [
    "no porters available to take the pt to CT so scan delayed 90 mins",
]

MEDICAL_GASES_TOLD_OR_ACTING = [
    "pt's nasal specs tubing pushed onto the air flowmeter in side room 3, picked up by the RN "
    "before the specs went on. escalated to medical gases about blanking the air outlets",
    "HCA attached the mask to the air flowmeter, sats 86%, swapped to oxygen by the nurse. "
    "the air flowmeter was taken away by medical gases later that day",
]

GAS_SUPPLY_FAILED = [
    "medical gas alarm panel sounded low pressure on ward 6, piped oxygen pressure dropping, "
    "pts moved onto cylinders",
]

STAFF_COUNT_WITH_DEPARTMENT = [
    "sepsis screen not done for 3 hrs, 2 majors doctors for 45 pts at the time",
    "pt waited 4 hrs for a cannula and iv antibiotics, 3 AMU nurses for 36 pts on the late",
]

FITTING_SNAPPED = [
    "window check on the ward: restrictor arm found snapped at the pivot, window opens fully, "
    "room locked and estates called",
    "bedroom blind cord found snapped at the bracket on the morning environment check, "
    "replaced by estates",
]

PERSON_SNAPPED_AT = [
    "HCA snapped at the pt when he rang the bell again and told him to stop bothering her",
    "relative reports the night nurse snapped at her mum and was rude when she asked for help",
]


@pytest.mark.parametrize("text", AMBULANCE_CREWS_NOT_FREE)
def test_ambulance_crews_not_free_is_access_not_staffing(text: str) -> None:
    themes = theme_ids(text)
    assert STAFFING not in themes
    assert ACCESS in themes


@pytest.mark.parametrize("text", STAFF_NOT_AVAILABLE)
def test_staff_not_available_is_still_staffing(text: str) -> None:
    assert STAFFING in theme_ids(text)


@pytest.mark.parametrize("text", MEDICAL_GASES_TOLD_OR_ACTING)
def test_medical_gases_team_told_or_acting_is_no_estates(text: str) -> None:
    assert STAFFING not in theme_ids(text)


@pytest.mark.parametrize("text", GAS_SUPPLY_FAILED)
def test_gas_supply_that_failed_is_still_estates(text: str) -> None:
    assert STAFFING in theme_ids(text)


@pytest.mark.parametrize("text", STAFF_COUNT_WITH_DEPARTMENT)
def test_staff_count_with_department_word_is_staffing(text: str) -> None:
    assert STAFFING in rule_theme_ids(text)


@pytest.mark.parametrize("text", FITTING_SNAPPED)
def test_fitting_snapped_at_a_point_is_no_behaviour(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", PERSON_SNAPPED_AT)
def test_person_snapped_at_is_still_behaviour(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)
