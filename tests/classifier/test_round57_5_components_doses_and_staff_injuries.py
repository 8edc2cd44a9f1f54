"""Round 57, helper 5: words of a theme used of something else in long and messy reports.

- A blood component named by its haemovigilance category or as a product ("reported to SHOT
  as an incorrect blood component transfused", "wrong component transfused"): a transfusion,
  no medical_device. A joint's component opened and implanted instead of the planned one is
  still a device.
- Equipment told as unharmed by an event of the building ("ceiling leak, no equipment
  damaged"): a denial, no medical_device. Equipment told as damaged still is.
- A dose or a syringe's contents "pushed" ("about 4ml pushed before the nurse saw ..."):
  giving a drug, no behaviour_abuse_safeguarding. A patient who pushed a nurse still is.
- Social services arranging a package of care ("the social services restart of his care
  package was never requested"): a discharge arrangement, no safeguarding concern. A social
  services referral for unexplained bruising still is.
- A member of staff "now off sick" after an injury to them: harm to staff, no shift short of
  staff (neither for the rules nor for the learned model). Staff off sick leaving one nurse
  for a bay still is staffing.
- Infection control giving advice after another event ("infection control advised a deep
  clean"): a team's advice, no infection. A bug and an isolation breach told beside it still
  are.
- A device out of order for a while, told with where it is between ("the ceiling hoist in side
  room 2 has been out of order since Monday"): medical_device. A lift out of order is the
  building's, not a device.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

BLOOD_COMPONENT_CATEGORY = [
    "Transfusion incident: wrong component to the wrong patient, ABO compatible, no reaction.",
    "Classification: wrong component transfused, both pts group O pos, no reaction.",
]

JOINT_COMPONENT_INSTEAD = [
    "Wrong femoral component opened and implanted, size 5 instead of the planned size 4.",
]

EQUIPMENT_UNHARMED = [
    "Ceiling leak in the sluice overnight, no equipment damaged, estates attended at 02:00.",
]

EQUIPMENT_DAMAGED = [
    "Flood in the store room overnight, equipment damaged: 2 infusion pumps condemned.",
]

DOSE_PUSHED = [
    "Oramorph drawn up in a luer syringe and about 4ml pushed before the nurse saw it was "
    "connected to the PICC.",
]

PERSON_PUSHED = [
    "Pt pushed the nurse against the wall when she tried to give his evening meds.",
]

SOCIAL_CARE_PACKAGE = [
    "Discharged Friday evening, the social services restart of his care package was never "
    "requested, found at home by a neighbour without food.",
]

SOCIAL_SERVICES_CONCERN = [
    "Social services referral made as the bruising on the child's back was unexplained.",
]

STAFF_OFF_SICK_AFTER_INJURY = [
    "Porter twisted his knee moving the bariatric bed and is now off sick.",
]

STAFF_OFF_SICK_SHORT_SHIFT = [
    "Only 1 RN for 26 pts as 2 staff off sick, obs were late.",
]

IPC_ADVICE = [
    "Sewage backed up into the bathroom, infection control advised a deep clean before it is "
    "used again.",
]

IPC_BESIDE_A_BREACH = [
    "C diff toxin positive in bay 3, pt not isolated for 24 hrs, infection control informed.",
]

DEVICE_OUT_OF_ORDER_FOR_A_WHILE = [
    "The ceiling hoist in side room 2 has been out of order since Monday so the pt was moved "
    "with a slide sheet.",
]

LIFT_OUT_OF_ORDER = [
    "The lift in the east wing has been out of order for a week so pts go to x-ray via the "
    "kitchen corridor.",
]


@pytest.mark.parametrize("text", BLOOD_COMPONENT_CATEGORY)
def test_blood_component_category_is_no_device(text: str) -> None:
    themes = rule_theme_ids(text)
    assert "medical_device" not in themes
    assert "blood_transfusion_tissues" in themes


@pytest.mark.parametrize("text", JOINT_COMPONENT_INSTEAD)
def test_joint_component_instead_of_planned_is_still_a_device(text: str) -> None:
    assert "medical_device" in rule_theme_ids(text)


@pytest.mark.parametrize("text", EQUIPMENT_UNHARMED)
def test_no_equipment_damaged_is_no_device(text: str) -> None:
    themes = rule_theme_ids(text)
    assert "medical_device" not in themes
    assert "staffing_infrastructure_estates" in themes


@pytest.mark.parametrize("text", EQUIPMENT_DAMAGED)
def test_equipment_damaged_is_still_a_device(text: str) -> None:
    assert "medical_device" in rule_theme_ids(text)


@pytest.mark.parametrize("text", DOSE_PUSHED)
def test_dose_pushed_is_no_behaviour(text: str) -> None:
    themes = rule_theme_ids(text)
    assert "behaviour_abuse_safeguarding" not in themes
    assert "medication" in themes


@pytest.mark.parametrize("text", PERSON_PUSHED)
def test_person_pushed_is_still_behaviour(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in rule_theme_ids(text)


@pytest.mark.parametrize("text", SOCIAL_CARE_PACKAGE)
def test_social_services_care_package_is_no_safeguarding(text: str) -> None:
    themes = rule_theme_ids(text)
    assert "behaviour_abuse_safeguarding" not in themes
    assert "access_transfer_discharge" in themes


@pytest.mark.parametrize("text", SOCIAL_SERVICES_CONCERN)
def test_social_services_referral_for_a_concern_is_still_safeguarding(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in rule_theme_ids(text)


@pytest.mark.parametrize("text", STAFF_OFF_SICK_AFTER_INJURY)
def test_staff_off_sick_after_an_injury_is_no_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" not in theme_ids(text)


@pytest.mark.parametrize("text", STAFF_OFF_SICK_SHORT_SHIFT)
def test_staff_off_sick_leaving_a_shift_short_is_still_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" in theme_ids(text)


@pytest.mark.parametrize("text", IPC_ADVICE)
def test_infection_control_advice_after_another_event_is_no_infection(text: str) -> None:
    themes = rule_theme_ids(text)
    assert "infection" not in themes
    assert "staffing_infrastructure_estates" in themes


@pytest.mark.parametrize("text", IPC_BESIDE_A_BREACH)
def test_infection_control_beside_a_breach_is_still_infection(text: str) -> None:
    assert "infection" in rule_theme_ids(text)


@pytest.mark.parametrize("text", DEVICE_OUT_OF_ORDER_FOR_A_WHILE)
def test_device_out_of_order_for_a_while_is_a_device(text: str) -> None:
    assert "medical_device" in rule_theme_ids(text)


@pytest.mark.parametrize("text", LIFT_OUT_OF_ORDER)
def test_lift_out_of_order_is_no_device(text: str) -> None:
    themes = theme_ids(text)
    assert "medical_device" not in themes
    assert "staffing_infrastructure_estates" in themes
