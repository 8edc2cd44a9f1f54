"""Errors really made and stopped on the way to the patient (oxygen tubing on the air outlet
with the mask not yet on, a patient lowered towards a too-hot bath and lifted out, a unit for
another bedspace read at the bedside, a potassium ampoule read while drawing up a flush), and
the same words told of an error that did reach the patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Porter plugged the O2 tubing into the outlet - it was the air one. I saw it was the AIR "
        "meter, her mask was still hanging over the rail not on her. Changed over.",
        "pt arriving from recovery, porter attached her nasal specs tubing to the air flowmeter. "
        "Noticed the AIR label, specs still in my hand not on the pt. Moved to oxygen.",
    ],
)
def test_oxygen_tubing_on_air_before_the_mask_went_on_is_near_miss_15(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        "pt moved to ward 14 on O2 by mask, mask tubing went onto the air flowmeter at the new "
        "bedspace. Sats 84% on the 06:00 obs.",
        "Infant with bronchiolitis, O2 requirement rising overnight, consultant found it had "
        "been on air the whole time.",
        "Mask tubing was still connected to the air flowmeter not the oxygen when the mask went "
        "on her, sats fell to 85%.",
    ],
)
def test_oxygen_patient_left_on_air_is_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    "text",
    [
        "Resident in the hoist being lowered into the bath, foot went into the water and she "
        "pulled away - temp 50C. Hoist raised straight away. No burn.",
        "pt already in the sling over the bath when the thermometer went in - 51 degrees. pt "
        "not lowered. Bath drained.",
    ],
)
def test_lowered_towards_too_hot_bath_and_taken_out_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize(
    "text",
    [
        "Bath run for a resident, carer checked it with the thermometer before hoisting - 50C. "
        "Resident not put in. Bath emptied, TMV fault reported to estates.",
        "shower tested by the HCA on her wrist before the pt got in, far too hot. pt not put in, "
        "estates called.",
    ],
)
def test_bath_found_too_hot_at_the_check_before_anyone_got_in_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "child sustained a scald injury in the bath, bath temperature not checked before placing "
        "child in the water",
        "HCA felt the shower was scalding and pulled her back, but not before the water hit her "
        "shoulder - red, blistered. Shower checked before pt went in earlier and it was fine.",
    ],
)
def test_scald_when_the_check_was_missed_or_came_to_nothing_is_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


def test_hot_bath_with_the_patient_above_it_and_no_contact_is_near_miss_14() -> None:
    text = (
        "Bath too hot at 50C, pt in the hoist over the bath, no contact with the water, hoist "
        "raised."
    )
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize(
    "text",
    [
        "Birth pool topped up with hot water and not checked, woman c/o burning, erythema to "
        "thighs and buttocks.",
        "Resident lowered into the bath, water 50C, lifted straight out but blisters to both feet.",
    ],
)
def test_scald_from_bathing_water_is_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize(
    "text",
    [
        "Bedside check: unit was for the pt in bed 4 (A pos), being hung for bed 5 who is O "
        "pos. Not spiked.",
        "At the bedside check the unit was for the baby in cot 8 (group A, ours is O). Not "
        "spiked. Returned to lab.",
    ],
)
def test_unit_for_another_bedspace_read_at_the_bedside_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


def test_unit_meant_for_another_bed_and_transfused_is_not_a_near_miss() -> None:
    text = (
        "The group A unit which was for the pt in bed 4 was transfused to our pt in bed 5 who "
        "is group O. Reaction after 50ml."
    )
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text",
    [
        "Saline flush drawn up, syringe on the cannula when I saw the empty ampoule said "
        "Potassium Chloride Concentrate. Disconnected, nothing pushed.",
        "FY1 drawing up WFI for IV abx. Checker noticed the ampoule in her hand read Potassium "
        "Chloride 15%. Discarded before it was added to anything.",
    ],
)
def test_potassium_ampoule_read_while_drawing_up_a_flush_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


def test_potassium_ampoule_read_after_the_flush_was_given_is_never_event_4() -> None:
    text = (
        "Saline flush given through the cannula, pt c/o burning arm. Empty ampoule on the tray "
        "said Potassium Chloride 15%. K+ 6.1."
    )
    assert never_event_codes(text) == ("4", None)


@pytest.mark.parametrize(
    "text",
    [
        "Chest film shows the orogastric tube in the right lower lobe. Tube placed at 08:00 and "
        "pH 5 accepted; 2 hourly feeds of 4ml EBM had been given since.",
        "NICU. OGT re-passed, aspirate not obtained; 06:15 2ml EBM given; 06:40 CXR - tube in "
        "trachea. Feed stopped.",
    ],
)
def test_breast_milk_given_down_a_misplaced_tube_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


def test_epidural_set_connected_to_iv_but_pump_never_run_is_near_miss_5() -> None:
    text = (
        "post CS: the giving set off the epidural bag was pushed onto the IV cannula hub. roller "
        "clamp still shut and pump not switched on when the anaesthetist saw it. Reconnected."
    )
    assert never_event_codes(text) == (None, "5")


def test_epidural_bag_run_into_iv_cannula_is_never_event_5() -> None:
    text = (
        "post CS: the giving set off the epidural bag was pushed onto the IV cannula hub and the "
        "pump was running for 2 hours before the anaesthetist saw it. Pt hypotensive."
    )
    assert never_event_codes(text) == ("5", None)


def test_object_the_patient_disclosed_inserting_is_not_never_event_3() -> None:
    text = "YP disclosed she had inserted a piece of plastic into her arm wound, removed in ED."
    assert never_event_codes(text) == (None, None)


def test_needle_in_hand_on_the_wrong_side_is_not_a_retained_object() -> None:
    text = (
        "ODP noticed the anaesthetist had the probe and needle on the R side of neck for a L "
        "block; STOP called before needle inserted. Block done L side."
    )
    assert never_event_codes(text)[0] != "3"


def test_guidewire_still_in_after_the_line_is_never_event_3() -> None:
    text = "CXR after central line insertion showed the guidewire still in the vein, pt to IR."
    assert never_event_codes(text) == ("3", None)


def test_fall_from_window_missed_at_the_last_audit_is_never_event_10() -> None:
    text = (
        "14:10 bay window found wide open, no restrictor fitted on this window (missed on last "
        "audit); 14:11 pt seen on flat roof below (approx 4m drop); 15:00 pt in ED with # tib."
    )
    assert never_event_codes(text) == ("10", None)


def test_walk_round_finding_a_broken_restrictor_stays_a_risk() -> None:
    text = (
        "estates walk round: window restrictor on 2nd floor found broken, window taped shut and "
        "reported. no pt involved"
    )
    assert never_event_codes(text) == (None, None)


def test_high_strength_midazolam_for_sedation_then_picu_admission_is_never_event_8() -> None:
    text = (
        "Child for MRI under IV sedation with midazolam - high strength vial used by the "
        "sedation nurse, dose five times intended, apnoea in the scanner. PICU admission."
    )
    assert never_event_codes(text) == ("8", None)


def test_endoscopist_asked_to_wait_before_high_strength_given_is_near_miss_8() -> None:
    text = (
        "Endoscopy - sedation drawn up from a 10mg/2ml midazolam ampoule. Nurse noticed when "
        "handing the syringe over and asked the endoscopist to wait. Redrawn from 5mg/5ml."
    )
    assert never_event_codes(text) == (None, "8")


def test_endoscopist_asked_to_wait_after_high_strength_given_is_never_event_8() -> None:
    text = (
        "Endoscopy - sedation given from a 10mg/2ml midazolam ampoule, endoscopist gave 5mg. "
        "Pt apnoeic, nurse asked the endoscopist to wait and gave flumazenil."
    )
    assert never_event_codes(text) == ("8", None)


def test_wrong_lesion_marked_against_a_correct_referral_photo_is_near_miss_1() -> None:
    text = (
        "minor ops: lesion marked on upper back for excision. as i drew up LA pt said it was the "
        "one lower down. checked referral photo - pt correct, mark was on the wrong mole. "
        "Re-marked, LA then given to correct lesion."
    )
    assert never_event_codes(text) == (None, "1")


def test_wrong_site_from_a_wrong_referral_letter_stays_excluded() -> None:
    text = (
        "Excision of lesion from R forearm as listed. The referral letter from the GP was wrong, "
        "the lesion was on the L forearm."
    )
    assert never_event_codes(text)[0] is None


def test_swab_found_before_closing_the_laparotomy_is_near_miss_3() -> None:
    text = (
        "Closing count on laparotomy 1 large swab short. Surgeon explored again before closing "
        "the sheath - swab tucked under the liver edge. Removed. count then correct."
    )
    assert never_event_codes(text) == (None, "3")


def test_swab_removed_at_a_later_laparotomy_is_never_event_3() -> None:
    text = (
        "Closing count on laparotomy signed as correct. Pt septic 2 weeks later, CT showed a "
        "swab, removed at laparotomy."
    )
    assert never_event_codes(text) == ("3", None)


def test_colostrum_pushed_into_a_uvc_is_never_event_5() -> None:
    text = (
        "expressed colostrum for twin 1 attached to the UVC stopcock on transfer in from "
        "delivery suite - pushed approx 0.3ml before it was noticed. cultures sent."
    )
    assert never_event_codes(text) == ("5", None)


def test_iv_form_of_a_drug_prescribed_oral_is_not_never_event_5() -> None:
    text = (
        "Ondansetron was prescribed oral for 9yo with vomiting, given IV through cannula by "
        "nurse. both forms available, same dose. no harm"
    )
    assert never_event_codes(text) == (None, None)


def test_oral_liquid_pushed_into_a_cannula_is_never_event_5_whatever_forms_exist() -> None:
    text = (
        "Oral ondansetron syrup drawn up in an oral syringe was pushed into the cannula in "
        "error. both forms available on the ward."
    )
    assert never_event_codes(text) == ("5", None)


def test_daily_methotrexate_caught_before_the_next_dose_is_near_miss_7() -> None:
    text = (
        "prescribed MTX 20 mg od on admission clerking (pt with psoriatic arthritis), pharmacist "
        "picked it up on ward round before the next morning dose was due. chart corrected"
    )
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize(
    "text",
    [
        "His MTX was put on the EPMA as daily for his RA. He was given 15mg on 3 consecutive "
        "days. pharmacist queried on day 4.",
        "RA pt, clerking FY1 prescribed methotrexate 15mg OD and it was given daily x4 days. "
        "Pharmacist picked it up day 5, before the next dose.",
    ],
)
def test_daily_methotrexate_given_for_days_then_caught_is_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


@pytest.mark.parametrize(
    "text",
    [
        "pt used a screwdriver (brought in by visitor) to undo the restrictor and climbed out of "
        "the 1st floor window, fell, sprained ankle. Restrictor was working before being "
        "unscrewed.",
        "pt used screwdriver from visitor to take restrictor off and climbed out to abscond, "
        "fell 1st floor",
    ],
)
def test_working_restrictor_defeated_with_the_patients_tool_is_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_estates_removing_a_broken_restrictor_after_the_fall_is_never_event_10() -> None:
    text = (
        "Restrictor on the 2nd floor bay window was broken. pt climbed out of the window and "
        "fell onto the courtyard, # pelvis. Estates used a tool to remove the restrictor after."
    )
    assert never_event_codes(text) == ("10", None)


def test_cup_upsized_on_the_table_is_an_intentional_change() -> None:
    text = (
        "Cup upsized intra-op from 52 to 54 after trialling showed poor press fit. Reporting as "
        "implant differs from the plan on the template."
    )
    assert never_event_codes(text) == (None, None)


def test_wrong_size_cup_implanted_unnoticed_is_never_event_2() -> None:
    text = (
        "54 cup implanted instead of the planned 52, not noticed until the post op x-ray. Not "
        "intended."
    )
    assert never_event_codes(text) == ("2", None)


def test_prediction_that_someone_will_be_marked_on_the_wrong_side_is_a_risk() -> None:
    text = (
        "Risk: new theatre booking system has no mandatory field for laterality so lists print "
        "without the side. Nothing has gone wrong so far but someone is going to be marked on "
        "the wrong side"
    )
    assert never_event_codes(text) == (None, None)


def test_someone_marking_the_wrong_side_before_surgery_went_ahead_is_never_event_1() -> None:
    text = (
        "Someone marked the wrong side on the ward and the knee arthroscopy was performed on "
        "the wrong knee. Pt informed."
    )
    assert never_event_codes(text) == ("1", None)


def test_patient_pulled_back_in_before_falling_is_not_never_event_10() -> None:
    text = (
        "3rd floor - pt with delirium found with one leg out the window, restrictor had snapped "
        "and window was open fully. HCA pulled him back in. No injury."
    )
    assert never_event_codes(text)[0] is None


def test_patient_helped_back_in_after_falling_onto_a_roof_is_never_event_10() -> None:
    text = (
        "Restrictor missing on the 1st floor window. pt climbed out and fell onto the flat roof "
        "below, # wrist. Staff helped her back in through the window."
    )
    assert never_event_codes(text) == ("10", None)


def test_air_driven_nebs_prescribed_are_not_never_event_15() -> None:
    text = (
        "Student nurse reported COPD pt's salbutamol neb running from the air flowmeter. Air "
        "driven nebs are prescribed for this pt (CO2 retainer), pt on 1L O2 via nasal specs as "
        "per plan. No error."
    )
    assert never_event_codes(text) == (None, None)


def test_oxygen_tubing_left_on_air_after_a_prescribed_air_neb_is_never_event_15() -> None:
    text = (
        "Pt had an air driven neb at 14:00 as prescribed; after the neb the nurse reconnected "
        "the pt's oxygen mask tubing to the air flowmeter, not the oxygen. Found at 16:00, sats "
        "86%."
    )
    assert never_event_codes(text) == ("15", None)
