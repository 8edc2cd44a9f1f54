"""Never events that reached the patient later, and their look-alikes: retained items found
later or caught before the end, the air outlet used in place of oxygen, look-alikes that are
not never events (an IV drug into an epidural, IV paracetamol for oral, an allegation not
upheld, a limb-only entrapment, a restrictor forced, a hospice rail, a referral letter), and
learning actions that caught nothing."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ 3: retained, found later


def test_swab_found_when_sinus_explored_weeks_later_is_never_event_3() -> None:
    text = (
        "Pt reviewed in clinic with a discharging wound 10 weeks after open appendicectomy. "
        "Wound explored in minor ops - a gauze swab found and removed from the tract."
    )
    assert never_event_codes(text) == ("3", None)


def test_wound_explored_with_nothing_found_is_not_never_event_3() -> None:
    text = (
        "Pt reviewed in clinic with a discharging wound 10 weeks after open appendicectomy. "
        "Wound explored in minor ops, slough debrided, no foreign body. Swab sent for MC&S."
    )
    assert never_event_codes(text) == (None, None)


def test_throat_pack_found_in_pharynx_in_recovery_is_never_event_3() -> None:
    text = (
        "Pt in recovery after septoplasty complaining of a gagging feeling. Anaesthetist found "
        "the throat pack in the oropharynx and removed it. Pack not recorded on the board."
    )
    assert never_event_codes(text) == ("3", None)


def test_vaginal_pack_found_at_later_visit_is_never_event_3() -> None:
    text = (
        "Readmitted 6 days after D&C with offensive loss. Vaginal pack found on speculum exam; "
        "op note makes no mention of a pack being inserted."
    )
    assert never_event_codes(text) == ("3", None)


def test_pack_count_short_found_before_drapes_came_down_is_near_miss_3() -> None:
    text = (
        "Count at end of vaginal repair: one pack short. ODP stopped everyone before the drapes "
        "came down, pack found in the vagina and taken out. Count then correct."
    )
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        "Subclavian CVC on HDU: guidewire not in the sharps pot after insertion. Checked before "
        "the line was stitched - the wire was still inside the catheter, pulled out complete.",
        "PICC insertion in IR: at the end, before the dressing, the nurse noticed the doctor "
        "was not holding the guidewire; it was visible at the hub and was withdrawn.",
    ],
)
def test_guidewire_still_in_line_before_securing_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


def test_guidewire_seen_in_line_on_next_day_xray_is_never_event_3() -> None:
    text = (
        "Femoral CVC sited in ED overnight. Next day CXR and AXR: the guidewire was still "
        "within the vein. Removed by IR."
    )
    assert never_event_codes(text) == ("3", None)


# ------------------------------------------------------------------ 15: air for oxygen


def test_mask_put_on_air_outlet_instead_of_oxygen_after_air_neb_is_never_event_15() -> None:
    text = (
        "Pt had an ipratropium neb driven by air as prescribed. Afterwards the HCA put the "
        "venturi mask onto the air outlet instead of the oxygen outlet. Pt (needs 35% O2) found "
        "drowsy, sats 81%."
    )
    assert never_event_codes(text) == ("15", None)


def test_air_neb_as_prescribed_then_back_on_oxygen_is_not_never_event_15() -> None:
    text = (
        "Pt had an ipratropium neb driven by air as prescribed, then the venturi mask was put "
        "back on the oxygen outlet at 35%. Sats 93%."
    )
    assert never_event_codes(text) == (None, None)


def test_low_sats_on_air_flowmeter_found_at_handover_is_never_event_15() -> None:
    text = (
        "Handover said 2L oxygen via nasal specs. When I checked, the nasal specs tubing was on "
        "the medical air flowmeter and the pt's sats were 85%. Moved to O2, sats 95%."
    )
    assert never_event_codes(text) == ("15", None)


def test_tubing_on_air_spotted_before_pt_connected_is_near_miss_15() -> None:
    text = (
        "Domestic plugged the oxygen mask tubing into the air outlet at the new bed space. "
        "Nurse saw it before the pt, who is on 4L O2, was connected - still on the cylinder. "
        "Moved to the O2 outlet."
    )
    assert never_event_codes(text) == (None, "15")


# ------------------------------------------------------------------ 5: look-alikes


def test_iv_antibiotic_connected_to_epidural_instead_of_cannula_is_not_never_event_5() -> None:
    text = (
        "Cefuroxime 1.5g IV connected to the epidural line instead of the cannula, about 5ml "
        "went in before it was noticed. Anaesthetist reviewed, no deficit."
    )
    assert never_event_codes(text) == (None, None)


def test_epidural_bupivacaine_connected_to_cannula_is_still_never_event_5() -> None:
    text = (
        "Epidural bupivacaine/fentanyl bag connected to the peripheral cannula instead of the "
        "epidural catheter in error, ran IV for 20 mins. Pt drowsy, anaesthetist called."
    )
    assert never_event_codes(text) == ("5", None)


def test_iv_paracetamol_given_when_oral_prescribed_is_not_never_event_5() -> None:
    text = (
        "Pt prescribed ondansetron 4mg PO but was given IV ondansetron 4mg via the cannula by "
        "the night nurse. No harm, datix raised."
    )
    assert never_event_codes(text) == (None, None)


def test_oral_liquid_pushed_into_cannula_is_still_never_event_5() -> None:
    text = (
        "Oramorph 10mg oral solution was drawn up in a luer syringe and pushed through the "
        "cannula in error instead of being given PO. Pt drowsy."
    )
    assert never_event_codes(text) == ("5", None)


def test_wrong_route_allegation_not_upheld_is_not_never_event_5() -> None:
    text = (
        "Daughter complained that 'the medicine from the bottle went into his drip'. The "
        "complaint was not upheld: IV antibiotics were prescribed and given as planned."
    )
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------------ 11, 10, 9, 1 look-alikes


def test_arm_trapped_with_head_neck_chest_clear_of_rail_is_not_never_event_11() -> None:
    text = (
        "Pt's right leg found trapped between the bed rail bars, bruising to shin. Head, neck "
        "and chest were clear of the rails. Rail covers fitted."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Stroke unit. HCA found his right leg wedged between the bars of the bed rail up to the "
        "knee, he had tried to climb out. His chest, neck and head were well on the mattress. "
        "Leg freed, graze to shin.",
        "Pt found with left arm wedged between the bed rail bars; head and chest safely in "
        "the middle of the bed. Arm freed, bruised.",
    ],
)
def test_limb_trapped_with_chest_and_neck_told_as_lying_on_the_bed_is_not_never_event_11(
    text: str,
) -> None:
    assert never_event_codes(text)[0] is None


def test_chest_trapped_with_only_the_head_on_the_pillow_stays_never_event_11() -> None:
    text = (
        "Pt slid down the bed and her chest was trapped against the bed rail; her head was "
        "well on the pillow. Freed, SOB."
    )
    assert never_event_codes(text)[0] == "11"


def test_neck_trapped_in_rail_with_chest_clear_on_auscultation_is_never_event_11() -> None:
    text = (
        "Pt found with neck trapped between the bed rail and the mattress, freed by staff. "
        "Chest clear on auscultation, obs stable."
    )
    assert never_event_codes(text) == ("11", None)


def test_restrictor_intact_until_forced_is_not_never_event_10() -> None:
    text = (
        "Pt levered the window open using a metal chair leg and climbed out, fell from first "
        "floor. The window restrictor had been checked and was working until forced."
    )
    assert never_event_codes(text, location_type="10") == (None, None)


def test_hospice_shower_rail_that_held_is_not_never_event_9() -> None:
    text = (
        "Hospice inpatient unit: pt tried to hang himself with a dressing gown cord from the "
        "shower rail in his room. Rail did not collapse. Found quickly, no injury; psychiatry "
        "liaison asked to review."
    )
    assert never_event_codes(text) == (None, None)


def test_found_hanging_from_rail_that_did_not_collapse_is_never_event_9() -> None:
    text = (
        "Pt found on obs hanging by a belt from the curtain rail. Rail did not collapse - on "
        "inspection the release had been glued during decorating. Cut down, transferred to ED."
    )
    assert never_event_codes(text, location_type="10") == ("9", None)


def test_wrong_side_operated_per_referral_letter_is_not_never_event_1() -> None:
    text = (
        "GP letter said R carpal tunnel; symptoms were on the L. Surgeon operated on R per the "
        "letter, then L done at a later date."
    )
    assert never_event_codes(text) == (None, None)


def test_injections_planned_per_referral_done_at_wrong_level_is_never_event_1() -> None:
    text = (
        "L5/S1 facet injections planned per referral and MRI. Consultant injected at L3/4 "
        "instead of L5/S1; miscounted from the top."
    )
    assert never_event_codes(text) == ("1", None)


# ------------------------------------------------------------------ 8, 1: found later


def test_high_strength_midazolam_come_over_from_icu_for_sedation_is_never_event_8() -> None:
    text = (
        "Bronchoscopy: the midazolam drawn up for sedation was a 50mg/10ml ampoule that had "
        "come over from ICU. Pt had 7.5mg instead of 2mg, oversedated."
    )
    assert never_event_codes(text) == ("8", None)


def test_time_out_named_only_in_the_learning_does_not_make_a_near_miss_1() -> None:
    text = (
        "DoC letter sent. Learning: the list will now re-check the toe at time out with the "
        "mark visible. The incident: the L 3rd toe was operated on, the listed digit was the "
        "L 2nd toe, which was subsequently also done."
    )
    assert never_event_codes(text) == ("1", None)


def test_wrong_toe_marked_caught_at_time_out_is_still_near_miss_1() -> None:
    text = (
        "Wrong toe marked (L 3rd instead of L 2nd). Caught at time out before any incision, "
        "re-marked and correct toe operated on."
    )
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        "Pt sats were 86% on room air so 2L O2 prescribed via nasal specs. HCA attached the tubing "
        "to the air flowmeter but the RN noticed before the pt was connected and moved it to the "
        "oxygen outlet.",
        "COPD pt, sats of 84% on arrival. Nasal cannula tubing plugged into the medical air outlet "
        "in error; spotted by the nurse before it was put on the patient. Moved to O2.",
    ],
)
def test_low_sats_given_as_the_reason_for_oxygen_do_not_make_a_caught_air_error_reach(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "15")


def test_count_signed_before_the_drapes_came_down_is_no_catch_of_a_swab_found_next_day() -> None:
    text = (
        "Swab count signed as correct before the drapes came down. CXR the next day showed a "
        "retained swab in the abdomen."
    )
    assert never_event_codes(text) == ("3", None)
