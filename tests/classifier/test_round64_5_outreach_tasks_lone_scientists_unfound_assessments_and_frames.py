"""Round 64, helper 5: outreach named for a task is no deterioration, one scientist covering
a whole lab is a staffing gap, a risk assessment nobody could find is an assessment not done,
and the frame of a window is no device.

- Outreach named for a practical task (siting the cannula or line nobody else could, making
  up an infusion) is a team's skill, not a team called to a deteriorating patient: no
  monitoring_deterioration. Outreach called to a hypotensive or oversedated patient still is.
- One scientist, technician or radiographer told covering the whole lab, site or hospital is
  a staffing gap: staffing_infrastructure_estates. A lab scientist who simply did the work is
  not.
- A risk assessment looked for and not found ("couldnt find a falls risk assessment in the
  notes") is an assessment not done: assessment_diagnosis, not communication_documentation
  (also beside a bed-rail entrapment). A care plan that could not be found in the notes is
  still a record missing.
- The frame of a window or a door ("window frame split at the hinge") is the building's
  fabric: no medical_device. A walking frame that cracked still is one.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids

MONITORING = "monitoring_deterioration"
STAFFING = "staffing_infrastructure_estates"
ASSESSMENT = "assessment_diagnosis"
COMMUNICATION = "communication_documentation"
DEVICE = "medical_device"

OUTREACH_FOR_A_TASK = [
    "pt needed IV abx but 4 failed attempts at cannulation by the FY1, nobody to cannulate "
    "her until outreach arrived at 3am, first dose given 4 hrs late",
    "night reg unable to get access, the outreach nurse sited a midline under ultrasound at "
    "02:00 and the delayed IV iron was started",
    "outreach nurse was making up the amiodarone infusion in the treatment room when she "
    "found the ampoule had been left open on the side",
]

OUTREACH_FOR_DETERIORATION = [
    "outreach called as NEWS 8 and pt hypotensive, sited a second cannula and gave a fluid "
    "bolus, transferred to HDU",
    "pt became drowsy with RR 8 after the oxycodone, outreach called, naloxone given",
]

LONE_SCIENTIST = [
    "1 biomedical scientist running the entire laboratory on nights, urgent coag results for "
    "the bleeding pt delayed by 2 hrs",
    "the sole physiologist covering the whole site was in the cath lab so the pacing check "
    "was delayed",
]

SCIENTIST_AT_WORK = [
    "the lab scientist ran the crossmatch overnight and the platelets were issued within the hour",
]

ASSESSMENT_NOT_FOUND = [
    "confused pt on the ward 5 days with 2 previous falls at home, I couldnt find a falls "
    "risk assessment anywhere in the notes, bed lowered and sensor mat put in",
]

ASSESSMENT_NOT_FOUND_BESIDE_ENTRAPMENT = [
    "found resident with his neck caught between the bed rail and the mattress, sats 85. I "
    "couldn't find any bed rail risk assessment in her notes, rails removed",
    "found pt with her chest trapped under the side rail, face dusky, freed by 2 HCAs. we "
    "could not find a bed rails assessment in the paperwork",
]

CARE_PLAN_NOT_FOUND = [
    "agency nurse couldnt find the care plan anywhere in the notes so the thickened fluids "
    "were not given at lunch",
]

BUILDING_FRAME = [
    "resident on the first floor punched the bedroom window, restrictor held and no fall, "
    "window frame split at the hinge, estates attended and room closed",
]

WALKING_FRAME = [
    "hoist used to transfer pt, the walking frame cracked when she leaned on it and she was "
    "lowered to the floor",
]


@pytest.mark.parametrize("text", OUTREACH_FOR_A_TASK)
def test_outreach_named_for_a_task_is_no_deterioration(text: str) -> None:
    assert MONITORING not in theme_ids(text)


@pytest.mark.parametrize("text", OUTREACH_FOR_DETERIORATION)
def test_outreach_called_to_a_deteriorating_patient_still_is(text: str) -> None:
    assert MONITORING in theme_ids(text)


@pytest.mark.parametrize("text", LONE_SCIENTIST)
def test_one_scientist_covering_the_whole_lab_is_staffing(text: str) -> None:
    assert STAFFING in theme_ids(text)


@pytest.mark.parametrize("text", SCIENTIST_AT_WORK)
def test_scientist_doing_the_work_is_no_staffing(text: str) -> None:
    assert STAFFING not in theme_ids(text)


@pytest.mark.parametrize("text", ASSESSMENT_NOT_FOUND)
def test_risk_assessment_not_found_is_assessment_not_communication(text: str) -> None:
    themes = theme_ids(text)
    assert ASSESSMENT in themes
    assert COMMUNICATION not in themes


@pytest.mark.parametrize("text", ASSESSMENT_NOT_FOUND_BESIDE_ENTRAPMENT)
def test_risk_assessment_not_found_beside_entrapment_is_assessment(text: str) -> None:
    assert never_event_codes(text) == ("11", None)
    themes = theme_ids(text)
    assert ASSESSMENT in themes
    assert COMMUNICATION not in themes


@pytest.mark.parametrize("text", CARE_PLAN_NOT_FOUND)
def test_care_plan_not_found_is_still_communication(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)


@pytest.mark.parametrize("text", BUILDING_FRAME)
def test_window_frame_is_no_device(text: str) -> None:
    assert DEVICE not in theme_ids(text)


@pytest.mark.parametrize("text", WALKING_FRAME)
def test_walking_frame_that_cracked_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)
