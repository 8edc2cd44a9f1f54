"""Round 75, helper 5: theme words that name another thing in everyday incidents told in full.

- A GP surgery named by its phoning ("tried to ring the surgery", "the surgery receptionist")
  is no operation (treatment_procedure); an operation cancelled still is.
- The cable of a window restrictor ("restrictor cable frayed") is the building's fitting, not
  a device's lead (medical_device); a pump's lead frayed still is.
- A device's indicator light ("the pump unit had no power light") is no light of the building
  (staffing_infrastructure_estates); the ward's lights out still are.
- A treatment "started on review" or "commenced on arrival" tells when, not a medicine someone
  was started on (medication); a drug started on admission with its levels missed still is.
- A doctor "tied up with a peri-arrest on ward 18" tells why the report's patient waited, not
  the report's patient deteriorating (monitoring_deterioration); the patient's own arrest
  still is.
- A computer or screen that "hadnt updated" is a system fault, not a record staff did not
  update (communication_documentation).
- What lies under a treatment mask ("no hydrocolloid under the CPAP mask") is no PPE not worn
  (infection); staff not wearing a mask still are.
- The intent to harm oneself told as absent ("he was not trying to hurt himself") is no
  self-harm; an attempt told beside a denial still is.
- A fall told with where and when before the blow ("fell in the corridor at 11:15, hit her
  shoulder") is no assault (behaviour_abuse_safeguarding); a patient hitting another still is.
- A bed rail assessment told by the decision it documented ("documented 'rails not
  appropriate'", "said 'rails with bumpers'") was done: its plan was not followed, no
  assessment was missed (assessment_diagnosis); no assessment done still is.
- Equipment a care plan asked for, none to be had on the ward or in the equipment library, is
  equipment unavailable (medical_device).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

PROCEDURE = "treatment_procedure"
DEVICE = "medical_device"
STAFFING = "staffing_infrastructure_estates"
MEDICATION = "medication"
MONITORING = "monitoring_deterioration"
RECORDS = "communication_documentation"
INFECTION = "infection"
SELF_HARM = "self_harm"
BEHAVIOUR = "behaviour_abuse_safeguarding"
ASSESSMENT = "assessment_diagnosis"

SURGERY_RUNG = [
    "DN visit, pt with a catheter unwell and febrile. Rang the surgery, 40 min phone queue, GP "
    "called back at 18:00.",
    "Daughter phoned the surgery twice about her mums catheter bypassing, told to wait for a "
    "call back.",
    "Carer tried calling the surgery at 08:00, the surgery phone lines were busy until 10:30.",
]

OPERATION_CANCELLED = [
    "Pt listed for surgery, operation cancelled on the day as no theatre staff, rebooked 6 "
    "weeks later.",
]

RESTRICTOR_CABLE = [
    "Monthly window check: restrictor cable frayed in bay 2, window opens 20cm. Room locked, "
    "estates fixed it the same day.",
    "Side room window found with the restrictor cables cut, estates called, room closed.",
]

DEVICE_CABLE = ["Syringe driver lead frayed and cable damaged, removed from use, EBME informed."]

DEVICE_LIGHT = [
    "Air mattress found flat at 05:00, the pump had no power light as the plug had been knocked "
    "out overnight, alarm not working. New cat 2 to sacrum.",
    "Feed pump charging light was off, pump had not been plugged in and the feed stopped.",
]

BUILDING_LIGHTS = ["Power cut on the ward at 02:00, all lights out, generator did not start."]

STARTED_AT_A_TIME = [
    "Day 1 post op. NEWS2 6 at 18:00 not escalated, NEWS2 9 at 20:00. Sepsis 6 started on "
    "review at 20:45, abx given 21:30.",
    "NEWS2 7 at 22:00 not escalated until 01:00. Fluids commenced on arrival of the SHO, pt to "
    "HDU.",
]

STARTED_ON_A_DRUG = [
    "Started on gentamicin on admission, levels not taken, AKI on day 4.",
]

STAFF_AT_ANOTHER_EMERGENCY = [
    "Pt found on the floor at 23:00, hip pain. Review requested but the only FY1 was tied up "
    "with a peri-arrest on ward 18, not seen until 05:00. XR # NOF.",
    # join of batches 78-81: the model retrained with them read its "cardiac arrest" (its
    # words are no evidence for the model either since)
    "Unwitnessed fall at 01:00. The SHO was busy with a cardiac arrest on AMU so the post-fall "
    "review was 4 hrs late.",
]

OWN_ARREST = [
    "Pt had a cardiac arrest at 03:00 after a NEWS2 of 7 at midnight was not escalated.",
    "2222 called at 04:10, pt found in cardiac arrest in bay 2, ROSC after 2 cycles.",
    "NEWS 7 at 02:00 not escalated as the SHO was busy with a cardiac arrest on AMU, pt went on "
    "to arrest at 04:00.",
]

SYSTEM_NOT_UPDATED = [
    "EPR down overnight. The business continuity PC with the drug chart report hadnt updated "
    "since 21:00 so 2 IV doses were missed.",
]

RECORD_NOT_UPDATED = [
    "Care plan not updated after the fall and still said mobilises independently.",
]

UNDER_A_MASK = [
    "Cat 2 pressure damage to bridge of nose from the NIV mask, no hydrocolloid applied under "
    "the mask, size M used as no S in stock.",
    "Device related pressure damage to the nose, no protective dressing under mask, mask "
    "pulled tight for a leak.",
]

MASK_NOT_WORN = ["HCA was not wearing a mask when entering the side room of a pt with covid."]

INTENT_DENIED = [
    "Pt climbed out of the ground floor window and ran off. Found in the car park, said he was "
    "not trying to hurt himself, just wanted to go home.",
]

INTENT_BESIDE_A_DENIAL = [
    "Pt denied trying to harm herself but was found with a ligature round her neck.",
    "Pt tried to hang herself with a scarf from the door, found by staff.",
]

FALL_BEFORE_THE_BLOW = [
    "Pt felt dizzy after standing and fell in the corridor at 11:15, hit her shoulder.",
    "Slipped in the bathroom by bed 6 at 04:00, hit his head on the sink, neuro obs started.",
]

ASSAULT = [
    "Pt A hit her on the back with his walking stick in the lounge, staff separated them.",
]

ASSESSMENT_DONE = [
    "Pt climbed over the bed rails at 02:00 and fell. Bed rail assessment on admission "
    "documented 'rails not appropriate - climbs' but night staff put them up.",
    "Bed rail assessment on admission documented 'no rails - climbs' but night staff put them "
    "up; pt climbed over and fell.",
]

NO_ASSESSMENT = [
    "No bed rail assessment done on admission; rails up and pt climbed over and fell.",
]

EQUIPMENT_NONE = [
    "Cat 2 heel ulcer. Care plan says offloading boots, none on the ward and none in the "
    "equipment library over the weekend, heels on a pillow.",
    "Could not get offloading boots, none in the equipment store on a Sunday; cat 2 heel "
    "damage found.",
]


@pytest.mark.parametrize("text", SURGERY_RUNG)
def test_surgery_rung_is_no_operation(text: str) -> None:
    assert PROCEDURE not in theme_ids(text)


@pytest.mark.parametrize("text", OPERATION_CANCELLED)
def test_operation_cancelled_still_counts(text: str) -> None:
    assert PROCEDURE in theme_ids(text)


@pytest.mark.parametrize("text", RESTRICTOR_CABLE)
def test_restrictor_cable_is_no_device(text: str) -> None:
    themes = theme_ids(text)
    assert DEVICE not in themes
    assert STAFFING in themes


@pytest.mark.parametrize("text", DEVICE_CABLE)
def test_device_cable_still_counts(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize("text", DEVICE_LIGHT)
def test_device_light_is_no_building_light(text: str) -> None:
    assert STAFFING not in theme_ids(text)


@pytest.mark.parametrize("text", BUILDING_LIGHTS)
def test_building_lights_still_count(text: str) -> None:
    assert STAFFING in theme_ids(text)


@pytest.mark.parametrize("text", STARTED_AT_A_TIME)
def test_started_at_a_time_is_no_medicine_started(text: str) -> None:
    assert MEDICATION not in theme_ids(text)


@pytest.mark.parametrize("text", STARTED_ON_A_DRUG)
def test_started_on_a_drug_still_counts(text: str) -> None:
    assert MEDICATION in theme_ids(text)


@pytest.mark.parametrize("text", STAFF_AT_ANOTHER_EMERGENCY)
def test_staff_at_another_emergency_is_no_deterioration(text: str) -> None:
    assert MONITORING not in theme_ids(text)


@pytest.mark.parametrize("text", OWN_ARREST)
def test_own_arrest_still_counts(text: str) -> None:
    assert MONITORING in theme_ids(text)


@pytest.mark.parametrize("text", SYSTEM_NOT_UPDATED)
def test_system_not_updated_is_no_record(text: str) -> None:
    assert RECORDS not in theme_ids(text)


@pytest.mark.parametrize("text", RECORD_NOT_UPDATED)
def test_record_not_updated_still_counts(text: str) -> None:
    assert RECORDS in theme_ids(text)


@pytest.mark.parametrize("text", UNDER_A_MASK)
def test_under_a_mask_is_no_ppe(text: str) -> None:
    assert INFECTION not in theme_ids(text)


@pytest.mark.parametrize("text", MASK_NOT_WORN)
def test_mask_not_worn_still_counts(text: str) -> None:
    assert INFECTION in theme_ids(text)


@pytest.mark.parametrize("text", INTENT_DENIED)
def test_intent_denied_is_no_self_harm(text: str) -> None:
    assert SELF_HARM not in theme_ids(text)


@pytest.mark.parametrize("text", INTENT_BESIDE_A_DENIAL)
def test_attempt_beside_a_denial_still_counts(text: str) -> None:
    assert SELF_HARM in theme_ids(text)


@pytest.mark.parametrize("text", FALL_BEFORE_THE_BLOW)
def test_fall_before_the_blow_is_no_assault(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", ASSAULT)
def test_assault_still_counts(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", ASSESSMENT_DONE)
def test_assessment_told_by_its_decision_was_done(text: str) -> None:
    assert ASSESSMENT not in theme_ids(text)


@pytest.mark.parametrize("text", NO_ASSESSMENT)
def test_no_assessment_still_counts(text: str) -> None:
    assert ASSESSMENT in theme_ids(text)


@pytest.mark.parametrize("text", EQUIPMENT_NONE)
def test_equipment_none_to_be_had_is_device(text: str) -> None:
    assert DEVICE in theme_ids(text)
