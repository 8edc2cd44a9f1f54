"""Round 53, helper 7: theme words read in another sense, and infections told by cases counted,
a refusal of isolation or an exposure to a known blood-borne virus.

A disease or a treatment told as aggressive, a bleep or a referral system abused by overuse, a
caller restrained in manner are no behaviour, abuse or safeguarding. A person's mental capacity
and the fire service's home safety visit are no service capacity or fire in the building. Staff
counted "on the floor" and a routine infection control audit under way name no fall and no
infection. Cases confirmed in several patients, a patient with MRSA refusing to stay in a side
room, a needlestick from a source known to carry hepatitis B with HBIG given, and a burn made on
oneself with a lighter are their themes.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

BEHAVIOUR = "behaviour_abuse_safeguarding"
STAFFING = "staffing_infrastructure_estates"

BEHAVIOUR_WORD_IN_ANOTHER_SENSE = [
    "55F with aggressive high grade NHL, MDT outcome was a PET scan within a week. Outcome form "
    "never reached the booking team, scan done 5 weeks later.",
    "New T1DM in DKA, the SHO gave very aggressive fluid resus off protocol, 6L in 4 hours. Pt "
    "went into pulmonary oedema, furosemide given.",
    "The night bleep holder had 50 bleeps in 5 hours for routine jobs, an abuse of the bleep, and "
    "did not answer a call about a pt with NEWS 6 for 40 min.",
    "Daughter rang, restrained and polite but upset: her dad's discharge summary had the wrong GP "
    "so the district nurse referral never arrived.",
]

BEHAVIOUR_TOLD_OF_A_PERSON = [
    "Pt became aggressive on the ward, shouting at staff and throwing a chair. Security called.",
    "Pt with dementia was restrained by 3 staff after hitting the HCA.",
    "Daughter disclosed that her father abuses her mother at home; safeguarding referral made.",
]

MENTAL_CAPACITY_AND_FIRE_SERVICE_VISIT = [
    "Community nurse visit: man (79) living alone among piles of papers to the ceiling, not "
    "eating, declining help. Seems to have capacity re this decision. Self neglect concern "
    "raised, fire service safe and well visit requested.",
]

FIRE_AND_BEDS_IN_THE_BUILDING = [
    "Fire alarm activated on ward 5 at 02.00, small fire in the sluice, ward evacuated.",
    "ED at capacity, 12 pts waiting for beds, ambulance handover delays of 3 hours.",
]

STAFF_ON_THE_FLOOR = [
    "Resident (dementia) knocked a cup of hot tea onto her legs in the lounge. There was only 1 "
    "carer on the floor for 15 residents due to sickness, so no one was with her. Cooled, "
    "dressed, small red area.",
]

A_FALL_TO_THE_FLOOR = [
    "Resident found on the floor by her bed at 03.00, unwitnessed fall, skin tear to elbow.",
]

IPC_AUDIT_UNDER_WAY = [
    "While doing the quarterly infection control audit on ward 4 I saw the fire exit blocked by a "
    "linen cage. Moved it and told the NIC. Audit otherwise fully compliant.",
]

INFECTION_TOLD = [
    "Influenza B confirmed in 4 pts on ward 10. Staff flu vaccine uptake on the ward was 40%, "
    "catch up vaccination offered.",
    "Pt known MRSA refusing to stay in her side room, repeatedly going into the bay and using the "
    "shared toilet.",
    "Staff nurse needlestick from a used needle left on a tray. Source pt known hep C positive. "
    "OH informed, bloods taken, follow up arranged.",
    "HCA needlestick from a discarded insulin needle; source pt bloods pending. HBIG and booster "
    "given in ED.",
]

NEEDLESTICK_ALONE = [
    "HCA needlestick from a used insulin pen needle left on a bed table. Washed, OH informed, "
    "source pt bloods taken with consent.",
    "Physio used the PEP device for chest clearance, pt tolerated well.",
]

SELF_HARM_BY_BURNING = [
    "Pt found in her room burning her forearm with a lighter, 2 superficial burns. Lighter had "
    "been brought in by a friend.",
    "Young person burnt himself with a cigarette in the garden, small burn to wrist dressed.",
]

BURN_FROM_A_DRINK = [
    "Pt spilt a hot drink onto her lap in the dining room, reddened area to both thighs, cooled "
    "and dressed.",
]


@pytest.mark.parametrize("text", BEHAVIOUR_WORD_IN_ANOTHER_SENSE)
def test_a_behaviour_word_in_another_sense_is_no_behaviour(text: str) -> None:
    assert BEHAVIOUR not in rule_theme_ids(text)


@pytest.mark.parametrize("text", BEHAVIOUR_TOLD_OF_A_PERSON)
def test_behaviour_told_of_a_person_stays(text: str) -> None:
    assert BEHAVIOUR in rule_theme_ids(text)


@pytest.mark.parametrize("text", MENTAL_CAPACITY_AND_FIRE_SERVICE_VISIT)
def test_mental_capacity_and_a_fire_service_visit_are_no_estates(text: str) -> None:
    assert STAFFING not in rule_theme_ids(text)


@pytest.mark.parametrize("text", FIRE_AND_BEDS_IN_THE_BUILDING)
def test_a_fire_or_a_full_department_stays_estates(text: str) -> None:
    assert STAFFING in rule_theme_ids(text)


@pytest.mark.parametrize("text", STAFF_ON_THE_FLOOR)
def test_staff_counted_on_the_floor_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize("text", A_FALL_TO_THE_FLOOR)
def test_a_fall_to_the_floor_stays(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize("text", IPC_AUDIT_UNDER_WAY)
def test_an_ipc_audit_under_way_is_no_infection(text: str) -> None:
    assert "infection" not in theme_ids(text)


@pytest.mark.parametrize("text", INFECTION_TOLD)
def test_infection_told_by_cases_refusal_or_known_source(text: str) -> None:
    assert "infection" in rule_theme_ids(text)


@pytest.mark.parametrize("text", NEEDLESTICK_ALONE)
def test_a_needlestick_alone_or_a_pep_device_is_no_infection(text: str) -> None:
    assert "infection" not in theme_ids(text)


@pytest.mark.parametrize("text", SELF_HARM_BY_BURNING)
def test_a_burn_made_with_a_lighter_or_cigarette_is_self_harm(text: str) -> None:
    assert "self_harm" in rule_theme_ids(text)


@pytest.mark.parametrize("text", BURN_FROM_A_DRINK)
def test_a_burn_from_a_drink_is_no_self_harm(text: str) -> None:
    assert "self_harm" not in theme_ids(text)
