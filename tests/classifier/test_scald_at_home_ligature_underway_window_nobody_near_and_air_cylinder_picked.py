"""Batch 107's rail, water and window errors, and review r24's air and water xfails (d2).

- A scald from washing water at the person's own home, in their own or their family's care,
  with no provider's carer or care setting named, is not in a provider's care: null
  (dev-179951, dev-180016; dev-167902 a home bath scald told as history). A home care worker's
  bath, a district nurse's bed bath, a parent's bath on the ward and a care home's bath stay
  never event 14.
- A ligature still being put round the neck when staff came in, on a rail that failed its load
  test, is a near miss 9 (dev-179922); found hanging is never event 9.
- A window restrictor found undone with nobody at or near the window is a risk: null
  (dev-179972); a fall or a person on the sill is not.
- An air cylinder picked for a patient on oxygen, caught before it was turned on: near miss 15
  (r24's d1i). Burning feet after a shower told at a normal temperature: null (r24's d1t).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

# ----------------------------------------------------------------- scalds at home: null

DEV_179951 = (
    "DN visit for leg ulcer dressing: pt (lives alone, no care package) told me she scalded her "
    "feet 2 days ago in a bath she ran too hot herself, blisters dorsum of both feet. Dressed, "
    "advised GP. Referred to adult social care re support with bathing, self-neglect concerns."
)
DEV_180016 = (
    "Child (2y) brought to paeds ED by dad with scalds to both feet and lower legs in a sock "
    "distribution. Dad says child climbed into the bath while it was running. Paeds reg feels "
    "pattern not consistent with history. Safeguarding referral, admitted to ward for burns "
    "care, strategy meeting arranged."
)


def test_a_scald_in_a_bath_the_patient_ran_herself_at_home_told_to_the_dn_is_null() -> None:
    assert never_event_codes(DEV_179951, service_type="7", specialty="64", location_type="2") == (
        None,
        None,
    )


def test_a_toddler_brought_to_ed_by_dad_with_bath_scalds_is_null_by_the_rules() -> None:
    fields = {"service_type": "1", "specialty": "166", "location_type": "4"}
    assert rule_never_event_codes(DEV_180016, **fields) == (None, None)
    assert never_event_codes(DEV_180016, **fields) == (None, None)


SCALDS_AT_HOME = [
    "Pt attended ED with partial thickness scalds to both legs after getting into a bath that "
    "was too hot at home last night. Dressed, burns clinic follow up.",
    "Practice nurse review: pt says she burnt her legs in the shower at home at the weekend when "
    "the boiler surged, blisters both shins. Dressings.",
    "Toddler brought in by mum with scald to buttocks, mum says he sat in the bath before she "
    "had added cold water. Social worker informed, safeguarding referral.",
    "85yo lives alone, told the GP she scalded her foot in her bath 3 days ago, now infected. "
    "Antibiotics started.",
    "Admitted from home with scalds to both feet from her bath, she lives with her husband who "
    "ran it. Burns team review.",
    "Admitted for rehab after scalds to both legs in her bath at home 3 weeks ago (treated at "
    "burns unit). Today: cat 2 pressure ulcer to L heel found on skin check.",
]


@pytest.mark.parametrize("text", SCALDS_AT_HOME)
def test_a_scald_at_home_in_the_persons_own_or_familys_care_is_null(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


SCALDS_IN_A_PROVIDERS_CARE = [
    "Community - home care worker ran a bath for the pt at her home. Bath too hot, pt scalded "
    "legs, partial thickness burns.",
    "DN visit: district nurse gave a bed bath at home, the water from the combi boiler was very "
    "hot and not checked, scalds to both legs.",
    "Paeds ward: mum ran the bath for her 3 yr old in the ward bathroom, child scalded both "
    "feet, TMV failed.",
    "Admitted from Ashgrove care home with scalds to both feet and legs. Carers said she was put "
    "in the bath this morning.",
    "Carer visit: Mrs X had a bath at home this morning, the carer ran it and did not check, pt "
    "scalded legs, blisters.",
    "Pt scalded in the shower on the ward, says it is like the one at home that surges, "
    "blistering to back.",
    "Supported living: service user ran his own bath in the house, no TMV, burns to both feet.",
    "Pt living with dementia was scalded in the shower, TMV failed, blistering to back.",
    "Pt scalded in the shower this morning, blistering to back, TMV failed, discharged home later "
    "with dressings.",
]


@pytest.mark.parametrize("text", SCALDS_IN_A_PROVIDERS_CARE)
def test_a_scald_in_a_providers_care_stays_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


# ------------------------------------------------- a ligature still being put on: near miss 9

DEV_179922 = (
    "Pt found by staff at 16:05 standing on her bed, she had tied a phone charger cable to the "
    "bedroom curtain rail and was putting the other end round her neck. Staff intervened, pt "
    "helped down, cable taken. Estates load tested the rail afterwards - it did not release "
    "with 40kg; fixings overtightened when it was installed last month. All newly fitted rails "
    "on the unit now being load tested."
)


def test_a_ligature_being_put_round_the_neck_on_a_rail_that_held_is_near_miss_9() -> None:
    assert never_event_codes(DEV_179922, service_type="4", specialty="3", location_type="10") == (
        None,
        "9",
    )


LIGATURES_STILL_BEING_PUT_ON = [
    "MH inpatient unit: HCA entered the en-suite and found pt on a chair, belt tied to the "
    "shower rail, he was in the process of looping it over his head. Belt removed. Rail tested - "
    "did not collapse, non-compliant fitting.",
    "PICU. Pt seen through the vision panel trying to get a cord round her neck, the other end "
    "knotted on the curtain rail. Staff went in and took the cord. Rail checked by estates and "
    "failed to collapse under load.",
    "Acute mental health ward. Pt was tying the sheet round her neck, the other end already "
    "fastened to the curtain rail, when the nurse came in; sheet removed. The rail did not "
    "collapse when tested.",
]


@pytest.mark.parametrize("text", LIGATURES_STILL_BEING_PUT_ON)
def test_a_ligature_still_being_put_on_at_a_rail_that_held_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, service_type="4", location_type="10") == (None, "9")


RAIL_CONTRASTS = [
    (
        "Acute mental health ward. Pt found hanging from the curtain rail by a belt, cut down by "
        "staff. Rail did not collapse as the fixings had been overtightened.",
        ("9", None),
    ),
    (
        "Acute mental health ward. Pt found standing on her bed tying a cable to the curtain "
        "rail. Rail collapsed as designed when she pulled on it. Cable removed.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RAIL_CONTRASTS)
def test_a_hanging_from_a_rail_that_held_or_a_rail_that_collapsed_keeps_its_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, service_type="4", location_type="10") == expected


# --------------------------------------------------- a window fault with nobody near it: null

DEV_179972 = (
    "Dad of a patient on Puffin ward (childrens, 2nd floor) told the nurse the window in bay 2 "
    "opened all the way. Checked - restrictor had been unclipped; the blinds contractor had been "
    "working in the bay that morning. Re-engaged, facilities informed. No child near the window "
    "at the time."
)


def test_a_restrictor_found_unclipped_with_no_child_near_the_window_is_null() -> None:
    assert never_event_codes(DEV_179972, service_type="1", specialty="77", location_type="4") == (
        None,
        None,
    )


WINDOW_FAULTS_WITH_NOBODY_NEAR = [
    "Visitor told the nurse the 3rd floor side room window opened fully - restrictor had been "
    "disconnected by the window cleaners. Refitted. No patients were near the window.",
    "Relative noticed the day room window on the 2nd floor could be opened wide, restrictor "
    "cable cut. Taped shut, estates called. Nobody was at the window at the time.",
    "Mum said the window by bed 4 (first floor) opened right up, restrictor unclipped after the "
    "painters. Re-clipped. No one near the window when found.",
]


@pytest.mark.parametrize("text", WINDOW_FAULTS_WITH_NOBODY_NEAR)
def test_a_window_fault_found_with_nobody_near_the_window_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


WINDOW_CONTRASTS = [
    (
        "Pt climbed out of the 2nd floor bay window and fell onto the flat roof below, fractured "
        "ankle. Restrictor had been unclipped by the contractor. No one had been near the window "
        "when staff last checked.",
        ("10", None),
    ),
    (
        "Pt found sitting on the 3rd floor window sill with legs outside, the restrictor had been "
        "removed. Staff talked her back in. No patients near the window earlier on the walk "
        "round.",
        (None, "10"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WINDOW_CONTRASTS)
def test_a_fall_or_a_person_on_the_sill_keeps_its_window_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ---------------------------------------------- an air cylinder picked for a patient on oxygen

AIR_CYLINDERS_PICKED = [
    "Porter picked up air cylinder for transfer, pt needs 4L O2, told it was air by nurse before "
    "turning it on, swapped for O2.",
    "HCA grabbed a medical air cylinder for the transfer of a pt on 2L oxygen; RN noticed the "
    "label before it was turned on and swapped it for an O2 cylinder.",
]


@pytest.mark.parametrize("text", AIR_CYLINDERS_PICKED)
def test_an_air_cylinder_picked_for_a_patient_on_oxygen_caught_before_on_is_near_miss_15(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "15")


def test_an_air_cylinder_picked_and_connected_to_a_patient_on_oxygen_is_never_event_15() -> None:
    text = (
        "Porter picked up an air cylinder for the transfer, pt on 4L O2 connected to it, "
        "desaturated to 82% in the lift before noticed."
    )
    assert never_event_codes(text) == ("15", None)


def test_an_air_cylinder_collected_for_a_nebuliser_prescribed_on_air_is_null() -> None:
    text = (
        "Porter collected an air cylinder for the nebuliser as prescribed on air, pt not on oxygen."
    )
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------ washing water told at a safe temperature

WATER_TOLD_SAFE = [
    "Pt complained of burning feet (diabetic neuropathy) after a shower at normal temperature.",
    "Pt said her legs felt like they were burning after her bath; bath water temperature checked "
    "and normal, no redness, known peripheral neuropathy.",
]


@pytest.mark.parametrize("text", WATER_TOLD_SAFE)
def test_a_burning_told_after_water_of_a_normal_temperature_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_a_shower_normal_at_first_then_surging_and_scalding_is_never_event_14() -> None:
    text = (
        "Shower at normal temperature at first then surged scalding hot, pt's back scalded, "
        "blistering, burns team."
    )
    assert never_event_codes(text) == ("14", None)
