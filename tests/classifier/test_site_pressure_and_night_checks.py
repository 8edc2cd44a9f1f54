"""Round 74, helper 3: a site under pressure at night, glucose checks left late, and legs that
gave way beside a frame.

- The beds, areas or wards a site opens under pressure ("escalation beds", "the escalation
  area") are no escalation of a deteriorating patient (monitoring_deterioration); a NEWS "not
  escalated" beside them still is.
- A department's escalation level ("ED at OPEL 4", "unit on red escalation") is its bed state,
  not its staffing (staffing_infrastructure_estates); staff told short in their own words still
  are.
- Capillary glucose checks told as delayed, missed or late ("night CBGs for 3 pts delayed",
  "CBGs were missed") are monitoring_deterioration; a glucose reading beside something else
  late ("BM 22, list delayed") and the lab's BMS missing a flag are not.
- A patient's knees or legs giving way beside a frame, commode or chair are a fall, not a
  device fault (medical_device); the commode's own leg buckling, or a frame that collapsed,
  still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

MONITORING = "monitoring_deterioration"
STAFFING = "staffing_infrastructure_estates"
DEVICE = "medical_device"

ESCALATION_AS_CAPACITY = [
    "Bed meeting 0200: 40 in ED, 12 waiting for beds. Escalation beds on ward 6 could not be "
    "opened, no staff to cover them.",
    "Site manager opened the escalation area in the day room at 2300, 5 pts moved in, 2 had no "
    "call bell.",
    "Escalation ward not opened overnight as no bank nurses, 9 DTAs still in ED at 0700.",
    "Pts moved to escalation spaces on the surgical floor to free ED cubicles.",
]

ESCALATION_OF_A_PATIENT = [
    "Pt moved to the escalation area at 0100. NEWS 7 at 0300 not escalated to the doctor, found "
    "peri arrest at 0500.",
    "Escalation to the med reg delayed 2 hrs despite NEWS 8, pt to ICU.",
]

OPEL_ONLY = [
    "Pt waited 11 hrs on a trolley in the corridor, ED at OPEL 4, 28 waiting for beds.",
    "Handed over at 0330 after 6 hrs outside in the ambulance, no cubicle, department at OPEL 4.",
]

OPEL_WITH_STAFF_SHORT = [
    "ED at OPEL 4, 3 nurses short on the night shift, pt in corridor missed 2200 IV abx.",
]

GLUCOSE_CHECKS_LATE = [
    "Glucometer failed QC at 2300, no spare on the ward. CBGs for 2 insulin pts delayed until "
    "0200 when one was borrowed.",
    "Pre-breakfast CBGs were missed for the pt on the VRIII, next CBG 14.2.",
    "Only 1 RN on nights, CBGs late for all the diabetics on the bay.",
    "Night BMs for 3 patients missed as the meter had no strips.",
]

GLUCOSE_BESIDE_SOMETHING_LATE = [
    "Pt NBM for theatre, BM 19 on arrival in the anaesthetic room, list delayed, insulin not "
    "given.",
    "Lab issued non irradiated platelets, BMS missed the flag on LIMS. Returned before spiking.",
]

BODY_GAVE_WAY = [
    "Pt walking to the toilet with her zimmer at 0300, legs gave way, HCA lowered her to the "
    "floor, no injury, hoisted back to bed.",
    "Going to the commode with 1 assist, pts knees buckled and she was lowered to the floor. "
    "Obs fine, no harm.",
    "Standing transfer from the chair, his legs collapsed and staff lowered him down. No injury.",
]

EQUIPMENT_GAVE_WAY = [
    "The commode leg buckled as the pt sat down and she slid to the floor, commode taken out of "
    "use.",
    "Zimmer frame collapsed under the pt and she fell, frame found to have a loose leg.",
]


@pytest.mark.parametrize("text", ESCALATION_AS_CAPACITY)
def test_escalation_capacity_is_no_deterioration(text: str) -> None:
    assert MONITORING not in theme_ids(text)


@pytest.mark.parametrize("text", ESCALATION_OF_A_PATIENT)
def test_escalation_of_a_patient_still_counts(text: str) -> None:
    assert MONITORING in theme_ids(text)


@pytest.mark.parametrize("text", OPEL_ONLY)
def test_opel_level_is_no_staffing(text: str) -> None:
    assert STAFFING not in theme_ids(text)


@pytest.mark.parametrize("text", OPEL_WITH_STAFF_SHORT)
def test_staff_short_beside_opel_still_counts(text: str) -> None:
    assert STAFFING in theme_ids(text)


@pytest.mark.parametrize("text", GLUCOSE_CHECKS_LATE)
def test_glucose_checks_late_are_monitoring(text: str) -> None:
    assert MONITORING in theme_ids(text)


@pytest.mark.parametrize("text", GLUCOSE_BESIDE_SOMETHING_LATE)
def test_glucose_beside_something_late_is_not(text: str) -> None:
    assert MONITORING not in theme_ids(text)


@pytest.mark.parametrize("text", BODY_GAVE_WAY)
def test_legs_giving_way_is_no_device(text: str) -> None:
    assert DEVICE not in theme_ids(text)


@pytest.mark.parametrize("text", EQUIPMENT_GAVE_WAY)
def test_equipment_giving_way_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)
