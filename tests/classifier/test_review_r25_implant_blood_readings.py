"""Review R25: probes just outside the implant and blood readings x4 added on 7 December
(f3ffe757): donor tissue's graft is no implant, a value "rather than / instead of" the planned
one is the one put in, each side's planned value put on its side is no mismatch, "not tested for
high titre" and "did not notice / spot ... it was" are no denial, a check that did not notice is
no catch, an old implant's value removed at an exchange is neither plan nor placed, and
"inserted as planned" in the sentence after the evidence rules out the learned never event 2.

Each probe sits next to a new reading: the real never event it must not explain away, the real
near miss it must not drop, the look-alike it must not promote (and, for "did not notice", the
other never events the shared pseudo-negation reaches). Probes main read right are guards; one
main read wrong and the base (5fee87ef) read right, with its paraphrases, was mended in
implant_sides, and one rule reading lost under the learned model's right answer was mended in
implant_specs; probes both read wrong were strict xfails, mended by x5.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

NEAR_MISS_12 = (None, "12")
NEAR_MISS_13 = (None, "13")
NEAR_MISS_2 = (None, "2")
NEAR_MISS_4 = (None, "4")
NEAR_MISS_6 = (None, "6")
NEAR_MISS_7 = (None, "7")
NEVER_EVENT_10 = ("10", None)
NEVER_EVENT_12 = ("12", None)
NEVER_EVENT_13 = ("13", None)
NEVER_EVENT_15 = ("15", None)
NEVER_EVENT_2 = ("2", None)
NEVER_EVENT_4 = ("4", None)
NEVER_EVENT_5 = ("5", None)
NEVER_EVENT_7 = ("7", None)
NEVER_EVENT_8 = ("8", None)
NOTHING = (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # C4_one_side_right_other_wrong
        (
            (
                "Plan R 300cc, L 325cc. The 300cc implant was placed on the right; on the "
                "left a 350cc was placed in error."
            ),
            NEVER_EVENT_2,
        ),
        # C6_one_side_wrong_unsided
        (
            (
                "Plan R 350cc and L 375cc. 350cc implant inserted into the right pocket; "
                "a 400cc implant was then placed in error."
            ),
            NEVER_EVENT_2,
        ),
        # C7_sided_as_planned_old_removed
        (
            (
                "Plan R 350cc, L 375cc. Old 280cc implants removed. The 350cc was placed "
                "in the right and the 375cc in the left as planned."
            ),
            NOTHING,
        ),
    ],
)
def test_an_implant_off_the_plan_on_no_side_keeps_the_mismatch(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """A per-side plan with one side's planned value put on its side, and another implant of a
    value the plan gave neither side put in on no told side, is no as-planned placing (main
    read nothing; mended in implant_sides); an old implant removed is not that implant."""
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # F3_new_placed_after_previous_removed
        (
            (
                "New 350cc implant was placed after the previous 400cc implant was "
                "removed; 375cc had been planned."
            ),
            NEVER_EVENT_2,
        ),
        # F6_new_inserted_old_removed_after
        (
            (
                "The 350cc implant was inserted and the old 300cc implant removed; the "
                "plan had been for 375cc."
            ),
            NEVER_EVENT_2,
        ),
    ],
)
def test_an_old_word_before_another_value_leaves_the_new_implant_placed(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """'the previous 400cc implant was removed' makes the 400cc the old one, not the new 350cc
    told before it: the rules keep the plan-versus-placed mismatch (main left it to the learned
    model; mended in implant_specs)."""
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A1_dmek_triple_wrong_iol
        (
            (
                "Triple procedure (DMEK with phaco and IOL). A +18.0D lens was implanted "
                "instead of the planned +21.5D lens. The DMEK graft was unremarkable."
            ),
            NEVER_EVENT_2,
        ),
        # A2_eyebank_cornea_wrong_iol
        (
            (
                "Eye bank cornea received for the keratoplasty. The scrub nurse opened a "
                "+22.0D IOL instead of the planned +19.0D; it was implanted and the error "
                "was found at the post-op check."
            ),
            NEVER_EVENT_2,
        ),
        # A3_bonebank_wrong_cup
        (
            (
                "Femoral head allograft from the bone bank was used to pack the defect. "
                "The wrong size acetabular cup was implanted, a 52mm instead of the "
                "planned 56mm."
            ),
            NEVER_EVENT_2,
        ),
        # A4_bonebank_other_pt_caught
        (
            (
                "Bone bank allograft labelled for another patient was sent to theatre; "
                "this was noticed at the check before the graft was opened and the "
                "correct tissue was obtained."
            ),
            NOTHING,
        ),
        # A5_synthetic_acl_graft_instead_of_allograft
        (
            (
                "ACL reconstruction was planned with an allograft from the tissue bank, "
                "but a synthetic LARS ligament graft was implanted in error. Found when "
                "the stickers were reviewed after the case."
            ),
            NEVER_EVENT_2,
        ),
        # A7_eyebank_wrong_lens_caught
        (
            (
                "Eye bank tissue for the DMEK arrived. Before the lens was opened the "
                "scrub nurse noticed it was +25.0D instead of the planned +20.0D; the "
                "correct lens was fetched and implanted."
            ),
            NEAR_MISS_2,
        ),
        # B1_plan_changed_rather_than
        (
            (
                "At pre-op clinic the consultant chose a +21.0D lens rather than the "
                "originally planned +22.5D lens after repeat biometry. Surgery went ahead "
                "and the +21.0D lens was implanted as planned."
            ),
            NOTHING,
        ),
        # B2_intentional_cup_instead_of_templated
        (
            (
                "Intra-op the surgeon decided to use a 50mm cup instead of the templated "
                "52mm as the bone was soft; the reason was documented in the op note."
            ),
            NOTHING,
        ),
        # B3_opened_rather_than_caught
        (
            (
                "A +24.0D lens was opened rather than the planned +21.0D; the scrub nurse "
                "noticed before it was loaded and the correct lens was implanted."
            ),
            NEAR_MISS_2,
        ),
        # B4_implanted_rather_than
        (
            (
                "A 22.0D lens was implanted rather than the planned 24.0D lens. Found at "
                "the first post-op visit."
            ),
            NEVER_EVENT_2,
        ),
        # B5_cemented_in_place_of
        (
            (
                "A size 4 femoral component was cemented in place of the planned size 5. "
                "Noted on the post-op x-ray."
            ),
            NEVER_EVENT_2,
        ),
        # B7_picked_instead_of_caught_time_out
        (
            (
                "The runner picked a 50mm head instead of the planned 54mm head; it was "
                "spotted at the implant check before opening and swapped."
            ),
            NEAR_MISS_2,
        ),
        # C1_sides_swapped
        (
            (
                "Plan R 300cc, L 325cc. The 300cc implant was placed on the left and the "
                "325cc on the right."
            ),
            NEVER_EVENT_2,
        ),
        # C2_sides_swapped_in_error
        (
            (
                "Plan: right 350cc, left 375cc. The 375cc implant was inserted on the "
                "right side and the 350cc in the left in error."
            ),
            NEVER_EVENT_2,
        ),
        # C5_lens_for_other_eye
        (
            (
                "Plan: RE +21.0D, LE +22.5D. Left eye operated today; the +21.0D lens "
                "meant for the right eye was implanted in the left eye."
            ),
            NEVER_EVENT_2,
        ),
        # D1_o_platelets_untested_caught
        (
            (
                "Group O platelets not tested for high titre were issued for a group A "
                "patient; the bedside check noticed this before the unit was spiked and "
                "it was returned to the lab."
            ),
            NEAR_MISS_12,
        ),
        # D2_o_platelets_unscreened_transfused
        (
            (
                "Group O platelets that had not been screened for high titre antibodies "
                "were transfused to a group B child."
            ),
            NEVER_EVENT_12,
        ),
        # D3_group_specific_platelets_untested
        (
            (
                "Group A patient was given group A platelets; the unit had not been "
                "tested for HT but this is not required for group specific platelets."
            ),
            NOTHING,
        ),
        # D4_red_cells_not_checked_given
        (
            (
                "The group B unit was not checked against the wristband and was "
                "transfused to the group A patient."
            ),
            NEVER_EVENT_12,
        ),
        # D6_ffp_not_screened_other_pt_stopped
        (
            (
                "Group A FFP for another patient, not screened for high titre, was "
                "stopped at the bedside of the group O patient before spiking."
            ),
            NOTHING,
        ),
        # E1_ng_moved_fed
        (
            (
                "Nurse did not notice the NG tube had moved and gave the 0800 feed; chest "
                "x-ray later showed the tube in the right main bronchus."
            ),
            NEVER_EVENT_13,
        ),
        # E2_ng_moved_noticed_not_fed
        (
            (
                "Nurse noticed the NG tube had moved out to 30cm, did not give the feed "
                "and requested an x-ray, which showed the tube in the lung."
            ),
            NEAR_MISS_13,
        ),
        # E3_restrictor_broken_fall
        (
            (
                "Staff did not notice the window restrictor was broken; the patient "
                "climbed out and fell from the first floor window."
            ),
            NEVER_EVENT_10,
        ),
        # E4_kcl_noticed_not_given
        (
            ("Nurse noticed it was KCl 15% rather than sodium chloride 0.9% and did not give it."),
            NEAR_MISS_4,
        ),
        # E5_kcl_not_noticed_given
        (
            (
                "Nurse did not notice it was potassium chloride concentrate instead of "
                "sodium chloride 0.9% and gave it as a flush."
            ),
            NEVER_EVENT_4,
        ),
        # E6_air_not_noticed
        (
            (
                "Staff did not notice the patient's oxygen tubing was on the air "
                "flowmeter; he was found connected to air instead of oxygen with sats of "
                "84%."
            ),
            NEVER_EVENT_15,
        ),
        # E7_doctor_missed_nurse_stopped
        (
            (
                "The doctor did not notice that the unit was for another patient but the "
                "nurse at the bedside did and the transfusion was not started. Unit group "
                "A, patient group O."
            ),
            NEAR_MISS_12,
        ),
        # E8_physiologist_noticed_non_mri
        (
            (
                "Physiologist checked the generator before the leads were connected and "
                "noticed it was the non-MRI conditional model; it was not implanted and "
                "the correct one was opened."
            ),
            NEAR_MISS_2,
        ),
        # E9_scrub_spotted_surgeon_missed
        (
            (
                "At the check before implanting, the scrub nurse spotted that the box "
                "held a left knee component, which the surgeon had missed, and the right "
                "component was fetched."
            ),
            NEAR_MISS_2,
        ),
        # E10_lens_not_noticed_implanted
        (
            (
                "Before the lens was inserted the surgeon did not notice it was a +12.0D "
                "lens instead of the planned +22.0D; it was implanted and the refractive "
                "surprise found at follow-up."
            ),
            NEVER_EVENT_2,
        ),
        # E11_xray_not_recognised_feed_withheld
        (
            (
                "The FY1 did not recognise that the NG tube was in the lung on the x-ray, "
                "but the feed was not started because the nurse queried the aspirate and "
                "a senior review confirmed misplacement."
            ),
            NEAR_MISS_13,
        ),
        # E12_mtx_daily_not_noticed
        (
            (
                "Pharmacist did not notice that methotrexate 10mg was prescribed daily "
                "instead of weekly; the patient received 4 daily doses for rheumatoid "
                "arthritis."
            ),
            NEVER_EVENT_7,
        ),
        # E13_mtx_daily_noticed
        (
            (
                "The pharmacist noticed methotrexate was prescribed daily instead of "
                "weekly for psoriasis before any dose was given and it was changed."
            ),
            NEAR_MISS_7,
        ),
        # E14_feed_iv_not_noticed
        (
            (
                "Nurse did not notice the enteral feed was connected to the IV cannula; "
                "the feed ran intravenously for 10 minutes."
            ),
            NEVER_EVENT_5,
        ),
        # E15_midazolam_not_spotted
        (
            (
                "Endoscopy nurse did not spot that the midazolam was 5mg/ml and it was "
                "given for conscious sedation."
            ),
            NEVER_EVENT_8,
        ),
        # E16_didnt_see_insulin_syringe_stopped
        (
            (
                "Student didn't see that a 1ml syringe had been used to draw up the "
                "insulin but the mentor did and it was not given."
            ),
            NEAR_MISS_6,
        ),
        # F1_revision_old_cup_wrong_new
        (
            (
                "Revision hip: old 52mm cup removed. A 54mm cup was implanted instead of "
                "the planned 56mm."
            ),
            NEVER_EVENT_2,
        ),
        # F2_exchange_previous_removed_wrong_new
        (
            (
                "Breast implant exchange: previous 300cc implants removed; plan was 400cc "
                "but 350cc implants were inserted in error."
            ),
            NEVER_EVENT_2,
        ),
        # F4_inserted_and_old_removed
        (
            ("The original plan was 300cc; 350cc implants were inserted and the old ones removed."),
            NEVER_EVENT_2,
        ),
        # F5_exchange_as_planned_guard
        (
            (
                "Old implants R 300cc and L 325cc removed; new R 350cc and L 375cc "
                "inserted as planned."
            ),
            NOTHING,
        ),
        # G1_stem_wrong_cup_as_planned
        (
            (
                "A size 12 stem was implanted instead of the planned size 14. The "
                "acetabular cup was inserted as planned."
            ),
            NEVER_EVENT_2,
        ),
        # G2_wrong_lens_other_eye_as_planned
        (
            (
                "The wrong lens was implanted in the left eye, +24.0D instead of +21.0D. "
                "The right eye's lens had been inserted as planned last month."
            ),
            NEVER_EVENT_2,
        ),
        # G4_as_planned_on_checking
        (
            (
                "Concern raised that the wrong lens had been used; on checking the "
                "stickers the +21.0D lens had been inserted as planned."
            ),
            NOTHING,
        ),
        # G5_wrong_mesh_next_sentence_placed_as_plan
        (
            (
                "The surgeon used a polypropylene mesh although a biological mesh was "
                "specified on the plan. Drain placed as per plan."
            ),
            NEVER_EVENT_2,
        ),
    ],
)
def test_todays_implant_and_blood_readings_keep_their_neighbours(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """Guards main reads right: the real never event, the real near miss and the look-alike
    next to each of x4's readings, and other never events' 'did not notice' and real catches."""
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A6_av_graft_size_cornea_history
        pytest.param(
            (
                "A 6mm graft was implanted instead of the planned 7mm graft for the AV "
                "access. Patient has a history of corneal transplant."
            ),
            NEVER_EVENT_2,
        ),
        # B6_prescribed_rather_than_new_plan
        pytest.param(
            (
                "Consultant prescribed a 23.0D lens rather than the planned 21.0D after "
                "repeat biometry and documented the change; the 23.0D lens was implanted "
                "per the new plan."
            ),
            NOTHING,
        ),
        # C3_sides_as_planned_guard
        pytest.param(
            (
                "Planned R 400cc and L 425cc. The 400cc was inserted in the right breast "
                "and the 425cc in the left, as planned."
            ),
            NOTHING,
        ),
        # D5_o_platelets_untested_not_given
        pytest.param(
            (
                "Group O platelets not tested for high titre were not transfused: stopped "
                "before spiking for the group AB patient."
            ),
            NEAR_MISS_12,
        ),
        # G3_wrong_side_femoral_tray_as_planned
        pytest.param(
            (
                "Wrong side knee prosthesis: a left femoral component was cemented into "
                "the right knee. The tibial tray was inserted as planned."
            ),
            NEVER_EVENT_2,
        ),
    ],
)
def test_neighbours_both_main_and_base_read_wrong(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """Probes main and the base (5fee87ef) both read wrong, mended by x5."""
    assert never_event_codes(text) == expected
