"""Never events told through the device or the source of the error: an OG tube named by its
initials, a feed told by "during", meds given after a missed check ("no xray, meds given via
the NG"), a guidewire "found still within the lumen", a missing needle whose "found" one was
another, high-strength midazolam from ITU stock borrowed for a sedation list, a wrong-side
nerve block (type 1, not an implant). And what is none: treatment eye drops in the wrong eye,
a side taken from an imaging report that was wrong, a urinary catheter left in too long."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_og_named_by_initials_in_airway_not_used_is_near_miss_13() -> None:
    text = (
        "OG just passed on NNU, no aspirate, xray showed the OG in the right main bronchus. "
        "Not used, re-passed."
    )
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        "Baby desaturated during the OG feed. OG had been re-passed and checked by measurement "
        "only. CXR: tip in the trachea.",
        "No pH, no xray, meds given via the NG. CXR later: NG in the left lower lobe bronchus.",
    ],
)
def test_feed_or_meds_down_misplaced_tube_is_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


def test_nothing_given_told_as_a_list_is_near_miss_13() -> None:
    text = "NG tip in the right lung on CXR. No water, flush or meds given. Removed."
    assert never_event_codes(text) == (None, "13")


def test_guidewire_found_in_lumen_before_the_dressing_is_near_miss_3() -> None:
    text = (
        "PICC line inserted on the ward; the guidewire was missing from the pack count. Found "
        "still within the catheter lumen before the dressing went on, removed. Procedure not "
        "finished."
    )
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        "Guidewire found still within the femoral line on the next day CXR. Removed in IR.",
        "Guidewire left in after CVC insertion, found on CXR the next day. Pt also has a "
        "urinary catheter.",
        "CT day 2 after laparotomy shows a swab in the abdomen. Count recorded correct; a swab "
        "found on the floor was counted as the missing one but it was from a different case.",
    ],
)
def test_item_found_in_patient_after_the_procedure_is_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        "Catheter left in 4 weeks after the reason for it had ended, no removal plan. Pt "
        "developed urosepsis.",
        "Swab missing at the count, found on the floor under the table. Count correct, pt closed.",
    ],
)
def test_catheter_kept_too_long_or_swab_found_outside_is_no_3(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_treatment_eye_drops_in_wrong_eye_are_no_1() -> None:
    text = (
        "Chloramphenicol eye drops put into the L eye instead of the R post op. Pt noticed, "
        "no harm."
    )
    assert never_event_codes(text) == (None, None)


def test_injection_into_wrong_eye_with_drops_named_stays_1() -> None:
    text = (
        "Intravitreal injection given into the R eye instead of the L eye. Post injection "
        "drops instilled into the L eye."
    )
    assert never_event_codes(text) == ("1", None)


def test_dilating_drops_for_surgery_in_wrong_eye_stay_near_miss_1() -> None:
    text = "Dilating drops put into the L eye, pt listed for R cataract. Picked up at sign in."
    assert never_event_codes(text) == (None, "1")


def test_side_from_a_wrong_imaging_report_is_excluded() -> None:
    text = (
        "Excision of R breast lump based on the ultrasound report; the US report side was "
        "wrong and the lump is in the L breast."
    )
    assert never_event_codes(text) == (None, None)


def test_report_misread_by_the_surgeon_stays_1() -> None:
    text = (
        "Excision of R breast lump although the ultrasound report said left; surgeon misread "
        "the report. L excision done later."
    )
    assert never_event_codes(text) == ("1", None)


def test_high_strength_from_itu_stock_borrowed_for_sedation_is_8() -> None:
    text = (
        "ITU 5mg/ml midazolam stock borrowed for the endoscopy list and drawn up as if 1mg/ml; "
        "8mg given for sedation. Pt obstructed airway, flumazenil."
    )
    assert never_event_codes(text) == ("8", None)


def test_itu_sedation_infusion_is_no_8() -> None:
    text = "ICU: midazolam 5mg/ml infusion for sedation of ventilated pt made up per unit protocol."
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Relieving anaesthetist performed a L femoral nerve block (20ml 0.5% bupivacaine) on a "
        "pt listed for R TKR. Noticed by scrub nurse.",
        "Pt listed for L TKR. R adductor canal block done (20ml 0.25% levobupivacaine) as the "
        "block trolley was set up on that side. Noticed when the surgeon checked the mark.",
    ],
)
def test_wrong_side_block_before_joint_replacement_is_1_not_2(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_planned_and_implanted_sizes_stay_2_with_a_drug_volume_named() -> None:
    text = (
        "Planned size 5 femoral component, size 4 implanted in error (20ml 0.5% chirocaine "
        "infiltrated). Revision planned."
    )
    assert never_event_codes(text) == ("2", None)
