"""Round 77, helper 4: words of the care of older people and of community visits read for the
theme they tell.

- A sign, magnet, label or tile that fell off a board, a wall or the ceiling is no fall; nor
  is the rehabilitation or intermediate care a fall brought the patient to. A patient who fell
  still did.
- Pupils told pinpoint or constricted, or small beside a drowsiness told against the usual, are
  the sign of an opioid's harm (monitoring_deterioration); a pupil too small for an eye list or
  a retinal photograph is not.
- No best interests decision on record for a patient who lacks capacity is a record that was
  not made (communication_documentation); one told as made and documented is not.
- Glucose test strips or lancets run out are supplies not to hand (medical_device).
- A community visit named by the care it brings, told as when something else was seen ("during
  the wound dressing visit"), is no procedure that went wrong (treatment_procedure).
- Bed management or the site team told as looking for staff is no bed or flow problem
  (access_transfer_discharge); a move "for bed management" still is.
- An equipment requisition never followed up is no result left unactioned
  (assessment_diagnosis); a scan request never followed up still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

FALLS = "falls"
MONITORING = "monitoring_deterioration"
RECORDS = "communication_documentation"
DEVICE = "medical_device"
PROCEDURE = "treatment_procedure"
ACCESS = "access_transfer_discharge"
ASSESSMENT = "assessment_diagnosis"

THING_FELL_OFF = [
    "Two pts called Mrs Hughes in bay 2, the same name alert magnet had fallen off the board "
    "overnight, and bed 6's furosemide was given to bed 8.",
    "High falls risk sign fell off the wall above the bed so the agency HCA did not know to "
    "use the sensor mat. Pt unharmed, mat put in place.",
    "Ceiling tile came down in the day room after the roof leak, nobody in the room.",
]

REHAB_AFTER_A_FALL = [
    "Pt (84) on the intermediate care unit for rehab after a fall at home. Evening warfarin "
    "dose given twice, INR 6.1 next morning.",
    "Resident recovering from a fall last month, insulin not given at teatime as the carer "
    "thought the DN had done it.",
]

STILL_A_FALL = [
    "Pt reached for the shelf above the locker and fell, found on the floor by the HCA.",
    "Pt in rehab after a fall at home fell again on the ward at 03:00, found on the floor, "
    "# wrist on x-ray.",
    "Pt rolled off the bed at 02:00, found on floor, neuro obs started.",
]

OPIOID_PUPILS = [
    "Care home: new fentanyl patch put on but the old one left on, resident very sleepy with "
    "pinpoint pupils, RR 8.",
    "Oramorph 10mg given twice by two nurses, pt hard to rouse, pupils constricted.",
    "DN visit: two buprenorphine patches on her back, daughter says she is drowsier than usual, "
    "pupils small.",
]

EYE_PUPILS = [
    "Cataract list: dilating drops not given on the ward - pupil small, case delayed 40 min.",
    "Retinal images ungradable (small pupils), slit lamp recall not booked.",
]

NO_BEST_INTERESTS = [
    "Pt with advanced dementia held down by two staff for bloods, no best interests decision "
    "in the notes and family not asked.",
    "Covert meds crushed in jam for a month, no capacity assessment or best interests meeting "
    "documented.",
    "Catheter inserted while pt resisting, best interests decision not documented.",
]

BEST_INTERESTS_RECORDED = [
    "Best interests meeting held with the son and the GP, decision to stop bloods recorded. Pt "
    "fell at 03:00 and was found on the floor.",
]

STRIPS_RUN_OUT = [
    "Nursing home had run out of glucose test strips for 4 days so CBGs not done, resident "
    "found clammy, CBG 2.0 on the crew's meter.",
    "No BM strips on the ward overnight so sugars not checked before insulin.",
    "Test strips out of stock in the home, repeat request not chased, sugars not done.",
]

VISIT_AS_SETTING = [
    "During the leg ulcer dressing visit pt said her grandson keeps her bank card and she has "
    "no money for food.",
    "At a routine wound care visit I noticed bruises to both of her arms, pt tearful, "
    "safeguarding referral made.",
]

DRESSING_WENT_WRONG = [
    "DN dressing visit day 8 post laparotomy, midline wound dehisced, pt sent to SAU.",
    pytest.param(
        "Dressing changed on the wrong leg at the visit - the ulcer is on the L, R dressed.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="no theme rule reads a dressing on the wrong leg; the learned theme model"
            " named treatment_procedure until the batch 94 retrain",
        ),
    ),
]

SITE_TEAM_SOUGHT_STAFF = [
    "RMN rang in sick at 19:00 and bed management could not find a replacement, 1 RMN and 2 "
    "HCAs for 20 pts. Pt fell in the lounge at 02:00.",
    "Site manager unable to source a bank RN, ward ran with 1 RN for 22 pts overnight.",
]

BED_MANAGEMENT_STILL_ACCESS = [
    "Pt moved to ward 9 at 01:30 for bed management reasons, no handover given.",
    "Bed manager aware, no beds in the hospital, pt waited 16 hours on a trolley in ED.",
]

REQUISITION_NOT_CHASED = [
    "Cat 2 PU R heel, pressure relieving boots were ordered on admission but none came and the "
    "requisition was never followed up.",
]

REQUEST_NOT_FOLLOWED_UP = [
    "CT head requested on admission but the request was never followed up, SDH found 3 days later.",
]


@pytest.mark.parametrize("text", THING_FELL_OFF + REHAB_AFTER_A_FALL)
def test_thing_fell_off_or_fall_before_the_stay_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", STILL_A_FALL + BEST_INTERESTS_RECORDED)
def test_patient_who_fell_still_fell(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", OPIOID_PUPILS)
def test_opioid_pupils_are_deterioration(text: str) -> None:
    assert MONITORING in theme_ids(text)


@pytest.mark.parametrize("text", EYE_PUPILS)
def test_small_pupil_of_the_eye_is_no_deterioration(text: str) -> None:
    assert MONITORING not in theme_ids(text)


@pytest.mark.parametrize("text", NO_BEST_INTERESTS)
def test_no_best_interests_decision_is_a_record_failure(text: str) -> None:
    assert RECORDS in theme_ids(text)


@pytest.mark.parametrize("text", STRIPS_RUN_OUT)
def test_glucose_test_strips_run_out_are_a_device_supply(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize("text", VISIT_AS_SETTING)
def test_visit_named_by_its_care_is_no_procedure(text: str) -> None:
    assert PROCEDURE not in theme_ids(text)


@pytest.mark.parametrize("text", DRESSING_WENT_WRONG)
def test_dressing_that_went_wrong_is_still_procedure(text: str) -> None:
    assert PROCEDURE in theme_ids(text)


@pytest.mark.parametrize("text", SITE_TEAM_SOUGHT_STAFF)
def test_site_team_looking_for_staff_is_no_access(text: str) -> None:
    assert ACCESS not in theme_ids(text)


@pytest.mark.parametrize("text", BED_MANAGEMENT_STILL_ACCESS)
def test_move_or_wait_for_bed_management_is_still_access(text: str) -> None:
    assert ACCESS in theme_ids(text)


@pytest.mark.parametrize("text", REQUISITION_NOT_CHASED)
def test_requisition_not_chased_is_no_assessment(text: str) -> None:
    assert ASSESSMENT not in theme_ids(text)


@pytest.mark.parametrize("text", REQUEST_NOT_FOLLOWED_UP)
def test_scan_request_not_followed_up_is_still_assessment(text: str) -> None:
    assert ASSESSMENT in theme_ids(text)
