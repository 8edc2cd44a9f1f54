"""Batch 106's oxygen and water errors (helper D1): who breathed the air, and whose body the
bath water met.

- A patient's own oxygen device driven from the air flowmeter while the oxygen flowmeter ran
  into tubing lying unused (dev-178915): the unused set-up was the oxygen's, not an air set-up
  waiting for nobody, so never event 15 stands; an air set-up found with nobody on it stays a
  risk.
- The bath told filling around the person, or a part of the body told burning or stinging
  (dev-178976): the water met the body; no mark told, near miss 14 (the guide: "near miss 14
  only when the patient was already being put in ... a foot in the water"). A burn told stays
  never event 14; water checked before anyone got in stays neither.
- A cylinder brought for a patient on oxygen told as the medical air one, caught before it was
  turned on (dev-178987): near miss 15; the air cylinder reaching the patient (sats fell) is
  never event 15, an empty oxygen cylinder or an air cylinder prescribed for a nebuliser neither.
- A bed space set up on the air and seen before the patient's device was moved onto the wall
  supply (dev-179000): near miss 15; the device moved onto it and the patient then found on the
  air is never event 15.
- The person told stepping or getting under the shower, or being lowered with the hoist left
  unsaid (dev-167940, dev-167949): on the way in, near miss 14 when no burn is told; a burn told
  stays never event 14; an estates setting "being lowered" with no patient is neither.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PATIENTS_DEVICE_ON_AIR_OXYGEN_UNUSED = [
    "HDU bed 2: pt with trache on heated humidified O2 via trache mask, FiO2 40% "
    "prescribed. Circuit changed by night nurse at 05:00. At 07:30 handover found the "
    "humidifier being driven from the air flowmeter - pt also has air driven nebs so both "
    "outlets were in use and the O2 flowmeter was running into the neb tubing lying on "
    "the bed. Obs chart shows sats 91-92% since 05:00 (normally 96%), not escalated. No "
    "other harm. Flowmeters/tubing labelled, night nurse supported, learning shared at "
    "huddle.",
    "Pt on 35% venturi for COPD. On the drug round found his venturi tubing plugged into "
    "the air flowmeter and the O2 flowmeter attached to a spare mask lying on the pillow. "
    "Sats 88%. Moved to O2, sats came up to 93%.",
    "Trache pt on humidified oxygen 28%. At 14:00 the humidifier was found connected to "
    "the medical air outlet; the oxygen flowmeter had the old tubing hanging behind the "
    "bed. Sats had drifted to 90% over the afternoon. Swapped over, reviewed by outreach.",
    "Side room 4, pt requiring 2L O2 via nasal specs. Found the specs running off the air "
    "flowmeter, the O2 flowmeter was running into a nebuliser mask left lying on the "
    "chair. Sats 89%. Corrected, doctor informed.",
]


AIR_SET_UP_WITH_NOBODY_ON_IT = [
    "Walk round of bay 3: spare tubing lying on the bed connected to the air flowmeter, "
    "no patient using it. Removed and flowmeters checked.",
    "Audit of ward 7: two air flowmeters found in bed spaces, tubing left lying on the "
    "pillow, nobody on them. Air flowmeters removed.",
]


BATH_WATER_MET_THE_BODY_UNHURT = [
    "Pt (MS, non weight bearing) in the Parker bath on the rehab unit - door closed and "
    "bath filling around her when she called out that her feet were burning. Bath stopped "
    "and drained straight away. Thermometer then showed 47°C. No redness found by RN. "
    "Estates: TMV set wrong after a service last week, bath out of use.",
    "Resident sat in the Parker bath and it was filling around him when he said his legs "
    "were stinging. Stopped the fill and drained it. Water 49C. Skin checked, no redness. "
    "TMV reported to estates.",
    "Pt in the assisted bath, water running in around her legs, she shouted her feet were "
    "burning. Bath emptied at once, thermometer 48C. No marks on her skin. Estates "
    "called.",
    "Mr D in the walk-in bath, door sealed, bath filling round him; after a minute he "
    "said his feet were stinging. Drained immediately, temp 46C. Feet checked, no "
    "redness. Bath out of use.",
]


BATH_WATER_BURNT_THE_BODY = [
    "Pt in the Parker bath, bath filling around her, she called out that her feet were "
    "burning. Drained. Thermometer 52C. Both feet red and blistered, plastics review.",
    "Resident sat in the bath as it filled around him, said his legs were stinging. Water "
    "50C. Blisters to both legs noted later, dressed by the nurse.",
]


NOBODY_IN_HOT_WATER = [
    "Bath run for pt, checked with the thermometer before she got in - 50C. She was still "
    "in her room. Bath drained and refilled to 38C, estates informed.",
    "Pt said her feet were burning in the bath. Water checked at 39C, skin not red, known "
    "peripheral neuropathy, reviewed by the doctor.",
]


AIR_CYLINDER_CAUGHT_BEFORE_TURNED_ON = [
    "Porter brought a cylinder from the store for the transfer of a pt on 6L O2 to CT. It "
    "was a medical air cylinder - delivered and racked in the same bay as the O2 "
    "cylinders. RN noticed the label while attaching the mask tubing, before turning it "
    "on. Correct O2 cylinder got, transfer delayed 20 mins. Cylinder store re-organised.",
    "Pt on 4L oxygen going to x-ray. HCA fetched a cylinder for the transfer, it was a "
    "medical air cylinder. Staff nurse saw the white shoulder before it was turned on. "
    "Swapped for an O2 cylinder.",
    "Transfer to the ward of a pt needing 2L O2: the cylinder on the trolley turned out "
    "to be an air cylinder. Spotted by the porter before switching her across. Oxygen "
    "cylinder obtained.",
]


AIR_CYLINDER_REACHED_THE_PATIENT = [
    "Pt on 6L O2 transferred to CT with a cylinder from the store. It was a medical air "
    "cylinder. In CT her sats dropped to 84%, cylinder checked and found to be air. "
    "Swapped to O2, sats recovered.",
]


NO_AIR_CYLINDER_ERROR = [
    "Pt on 6L O2 going to CT. Porter brought an O2 cylinder that was empty, another one "
    "found. Transfer delayed 20 mins.",
    "Salbutamol nebs prescribed to be driven by air. It was a medical air cylinder as "
    "prescribed for the nebuliser, given on the transfer.",
]


BED_SPACE_AIR_CAUGHT_BEFORE_MOVED_ONTO = [
    "AMU bedspace 14 prepared for pt coming from ED on 4L O2; face mask tubing connected "
    "and left running from the air flowmeter. Pt arrived on a portable O2 cylinder; "
    "receiving nurse checked before moving the mask onto the wall supply and saw the "
    "tubing was on the air outlet. Swapped. Pt stayed on O2 throughout. Air flowmeters on "
    "AMU to be taken out of bedspaces when not in use.",
    "Bed 6 set up for an admission on 2L O2, the nasal specs tubing was attached to the "
    "air flowmeter. Pt arrived on the ambulance cylinder; I checked the flowmeter before "
    "switching her specs to the wall and found it was air. Changed to O2.",
    "CCU bed space made ready for pt returning from the cath lab on 3L oxygen, hudson "
    "mask tubing plugged into the air outlet. The nurse receiving him noticed the air "
    "label before moving his mask onto the piped supply. Moved to O2, pt on the transfer "
    "cylinder until then.",
    "Bedspace 3 made ready for a pt from theatre on 2L O2 via nasal specs, the tubing was "
    "put on the air flowmeter. Recovery nurse checked before moving the specs tubing onto "
    "the wall outlet and saw AIR on the flowmeter. Changed to O2.",
]


BED_SPACE_AIR_REACHED_THE_PATIENT = [
    "Bedspace prepared for pt coming from ED on 4L O2, mask tubing connected to the air "
    "flowmeter. Pt moved onto the wall supply on arrival. 2 hours later sats 84%, tubing "
    "found on the air outlet. Moved to O2.",
    "Bed space set up for pt from ED on 2L O2, specs tubing on the air flowmeter. On "
    "arrival the nurse moved the specs onto the wall supply. At 4hr obs sats 85%, tubing "
    "found on the air flowmeter, changed to O2.",
]


@pytest.mark.parametrize("text", PATIENTS_DEVICE_ON_AIR_OXYGEN_UNUSED)
def test_patients_device_on_air_while_the_oxygen_ran_unused_is_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize("text", AIR_SET_UP_WITH_NOBODY_ON_IT)
def test_an_air_set_up_with_nobody_on_it_stays_a_risk(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", BATH_WATER_MET_THE_BODY_UNHURT)
def test_bath_filling_around_the_person_or_a_part_burning_unmarked_is_near_miss_14(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize("text", BATH_WATER_BURNT_THE_BODY)
def test_a_burn_told_after_the_bath_filled_around_the_person_stays_never_event_14(
    text: str,
) -> None:
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize("text", NOBODY_IN_HOT_WATER)
def test_water_checked_before_anyone_got_in_or_safe_water_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", AIR_CYLINDER_CAUGHT_BEFORE_TURNED_ON)
def test_an_air_cylinder_brought_for_a_patient_on_oxygen_caught_before_use_is_near_miss_15(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize("text", AIR_CYLINDER_REACHED_THE_PATIENT)
def test_an_air_cylinder_the_patient_breathed_from_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize("text", NO_AIR_CYLINDER_ERROR)
def test_an_empty_oxygen_cylinder_or_an_air_cylinder_prescribed_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", BED_SPACE_AIR_CAUGHT_BEFORE_MOVED_ONTO)
def test_bed_space_air_seen_before_the_device_moved_onto_the_wall_is_near_miss_15(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize("text", BED_SPACE_AIR_REACHED_THE_PATIENT)
def test_bed_space_air_the_patient_was_moved_onto_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


ON_THE_WAY_INTO_HOT_WATER_UNHURT = [
    "Shower for service user, water came out very hot as he stepped under - he jumped "
    "straight back, no redness. Thermostat fault, estates called.",
    "Pt got under the shower and the water was far too hot, she got straight back out. "
    "Skin checked, no redness. TMV reported.",
    "Resident walked under the shower in the wet room and the water was far too hot, he "
    "stepped straight back out. Skin checked, no redness. Shower out of use.",
    "Carer running a bath for Mrs Pike at 10am, checked with bath thermometer: 38C. Mrs "
    "Pike was hoisted and being lowered when the carer noticed steam and the hot tap "
    "still running - it had been left slightly on. Rechecked: 46C. Hoist stopped with her "
    "feet about 10cm above the water. Bath drained and refilled.",
    "Pt was being lowered into the bath when the HCA saw steam, water then 50C. Raised "
    "back up before her feet touched the water, no injury.",
    "Resident being lowered when staff noticed the hot tap was still running, water 48C. "
    "Stopped and raised, she never touched the water.",
]


ON_THE_WAY_INTO_HOT_WATER_BURNT = [
    "Pt stepped under the shower, water scalding, burns to both legs and blisters on her "
    "back. Plastics review.",
    "Pt was being lowered into the bath, water too hot, both feet blistered, burns unit referral.",
]


NOBODY_ON_THE_WAY_IN = [
    "Ran the shower before bringing pt in and checked it with the thermometer: 52C. Pt "
    "still in her room, not showered. Estates called.",
    "Estates: TMV setting on bathroom 2 being lowered after the annual check found 45C at "
    "the outlet. No patient bathed.",
]


@pytest.mark.parametrize("text", ON_THE_WAY_INTO_HOT_WATER_UNHURT)
def test_stepping_under_the_shower_or_being_lowered_unmarked_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize("text", ON_THE_WAY_INTO_HOT_WATER_BURNT)
def test_stepping_under_or_being_lowered_with_a_burn_stays_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize("text", NOBODY_ON_THE_WAY_IN)
def test_a_setting_being_lowered_or_water_checked_with_nobody_in_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)
