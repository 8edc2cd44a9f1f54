"""Look-alikes of the readings merged on the day of review R19 (helpers H48, H50, H51, H52).

Each narrative is a real never event, near miss or look-alike told in words the new readings
catch, and must keep its outcome by the guide. Mended at R19: group O red cells are no longer
judged compatible with whoever got them when another component or unit is told beside them or
an ABO incompatibility is told confirmed; an insulin infusion's 50 ml syringes are no incorrect
device; a device told not on the oxygen ("had not been put on the oxygen flowmeter", "still not
on oxygen") is not a device off the patient, and one told not on and then put on reached him; a
wrong side done before the patient's state is told changed is no choice before a renewed
consent; platelets that "had not been tested" high titre negative are untested; "No error was
picked up at sign in" is no catch. Wrong-both-ways probes left as they are are strict xfails.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

BLOOD_PROBES = [
    pytest.param(
        (
            "Unit of O neg red cells crossmatched for the pt in bed 4 was hung on the pt in "
            "bed 6 in error. Pt in bed 6 is also group O neg. 100ml transfused before noticed "
            "at obs check. No reaction."
        ),
        (None, None),
        id="o_red_cells_other_pts_unit_to_o_pt",
    ),
    pytest.param(
        (
            "Pt is group A pos. Given one adult dose of group O apheresis platelets that had "
            "not been tested high titre negative. Lab had issued them in error. Pt developed "
            "haemolysis, DAT positive."
        ),
        ("12", None),
        id="apheresis_o_platelets_untested_to_a_pt",
    ),
    pytest.param(
        (
            "Pt group O pos, haem-onc pt needing irradiated blood. Group A pos irradiated red "
            "cells issued for another pt collected and transfused in error. Pt had rigors, "
            "fever and dark urine. Haemolytic transfusion reaction confirmed."
        ),
        ("12", None),
        id="irradiated_a_red_cells_to_o_pt",
    ),
    pytest.param(
        (
            "Neonate grouped O neg. Received group B CMV neg red cells meant for another baby "
            "on NICU. Wrong unit picked up from the fridge, bedside check not done."
        ),
        ("12", None),
        id="b_cmv_neg_red_cells_to_o_pt",
    ),
    pytest.param(
        (
            "Pt is A pos. Given 1 unit of AB pos packed red cells labelled for another "
            "patient. Identified after 150ml when the HCA did obs. Transfusion stopped, "
            "haematology informed."
        ),
        ("12", None),
        id="packed_ab_cells_to_a_pt",
    ),
    pytest.param(
        (
            "Pt group B pos. Group O HLA matched platelets, not high titre tested, brought to "
            "the bedside. At the bedside check the nurse noticed the group and that they were "
            "not HT neg - not spiked, returned to lab."
        ),
        (None, "12"),
        id="hla_matched_o_platelets_untested_to_b_pt_stopped",
    ),
    pytest.param(
        (
            "Pt received a unit of B pos red cells meant for the pt in the next bay. Pt "
            "subsequently grouped as O pos. Developed fever, hypotension and haemoglobinuria."
        ),
        ("12", None),
        id="later_grouped_o_given_b_unit",
    ),
    pytest.param(
        (
            "Pt is A pos. Unit labelled O neg was transfused on the ward and pt had a severe "
            "reaction. The bag was sent to the lab and later grouped as B pos - mislabelled "
            "at source. ABO incompatible transfusion confirmed."
        ),
        ("12", None),
        id="bag_regrouped_by_lab_b_to_a_pt",
        marks=pytest.mark.xfail(
            reason="a mislabelled unit regrouped by the lab: its label's group is read",
            strict=True,
        ),
    ),
    pytest.param(
        (
            "Emergency O neg x1 given in ED for GI bleed. A second unit meant for another pt "
            "was then hung in error - lab confirmed this unit was ABO incompatible. Pt had an "
            "acute haemolytic reaction."
        ),
        ("12", None),
        id="emergency_o_then_wrong_unit_abo_incompatible",
    ),
    pytest.param(
        (
            "2 units O neg red cells given in theatre. FFP issued for another pt was also "
            "given in error; lab confirmed the FFP was ABO incompatible with the pt. Pt "
            "developed haemoglobinuria."
        ),
        ("12", None),
        id="o_red_cells_plus_ffp_wrong_patient_incompatible",
    ),
    pytest.param(
        (
            "Group O FFP given to a group A pos pt during a major haemorrhage, not the group "
            "A FFP that was issued for her. Lab confirmed ABO incompatible plasma. Pt "
            "developed haemolysis."
        ),
        ("12", None),
        id="o_plasma_to_a_pt",
    ),
    pytest.param(
        (
            "Unit of group B red cells for another pt transfused in error on the ward. Later "
            "grouped A pos. Transfusion reaction: rigors, back pain, hypotension."
        ),
        ("12", None),
        id="later_grouped_a_given_b_unit",
    ),
    pytest.param(
        (
            "Unit of O neg red cells for bed 3 taken to the pt in bed 5, who is group A pos. "
            "Stopped at the bedside check before spiking. Returned to the lab."
        ),
        (None, None),
        id="o_neg_unit_stopped_at_bedside_a_pt",
    ),
    pytest.param(
        (
            "Unit of group A pos red cells for another pt was taken to a pt who is O pos. "
            "Stopped at the bedside check before it was spiked, returned to the lab."
        ),
        (None, "12"),
        id="a_unit_to_o_pt_stopped_at_bedside",
    ),
    pytest.param(
        (
            "Pt given one pool of group O platelets not high titre negative. Group came back "
            "as A pos. Haemolysis noted next day, DAT pos. Lab should have issued HT neg."
        ),
        ("12", None),
        id="grouped_a_result_pt_given_o_platelets_untested",
    ),
    pytest.param(
        (
            "Pt O neg given group A single donor platelets as no O in stock. Queried as ABO "
            "incompatible; haematology confirmed acceptable."
        ),
        (None, None),
        id="single_donor_a_platelets_to_o_pt",
    ),
    pytest.param(
        (
            "Emergency O neg red cells x2 given in resus. Pt later grouped O pos. Datix "
            "raised as possible ABO incompatible transfusion."
        ),
        (None, None),
        id="o_red_cells_given_to_o_pt_reported_abo_incompatible",
    ),
    pytest.param(
        (
            "Pt is O pos. Unit sent back to the lab after a reaction. Later grouped A pos by "
            "the lab, the unit label had said O pos. Pt had haemoglobinuria and AKI."
        ),
        ("12", None),
        id="unit_regrouped_later_a_pt_o",
        marks=pytest.mark.xfail(
            reason="a unit regrouped by the lab after a reaction: not read as the unit's",
            strict=True,
        ),
    ),
    pytest.param(
        (
            "2 units of O neg red cells given in ED for GI bleed. Another unit meant for the "
            "pt in bay 4 was then hung in error - lab confirmed this unit was ABO "
            "incompatible. Acute haemolytic reaction."
        ),
        ("12", None),
        id="o_neg_then_another_unit_incompatible",
    ),
    pytest.param(
        (
            "Pt is group A pos. Given group O platelets that hadn't been tested HT neg. Pt "
            "developed haemolysis."
        ),
        ("12", None),
        id="untested_o_platelets_hadnt_been_tested",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BLOOD_PROBES)
def test_blood_look_alikes_of_todays_group_readings_keep_their_outcome(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """Blood (H50): make words, subjectless grouping results, and group O red cells beside
    another component or a confirmed incompatibility."""
    assert never_event_codes(text) == expected


MED_PROBES = [
    pytest.param(
        (
            "Pt unable to swallow Oramorph so morphine sulphate injection 2.5mg given via the "
            "sc butterfly as per the anticipatory prescription."
        ),
        (None, None),
        id="sc_morphine_injection_instead_of_oramorph",
    ),
    pytest.param(
        (
            "Oramorph 5mg given orally at 14:00 and cyclizine 50mg given via the sc butterfly "
            "at 14:10 for nausea. Both as prescribed."
        ),
        (None, None),
        id="oramorph_po_and_cyclizine_sc",
    ),
    pytest.param(
        (
            "Oramorph 2.5mg given sub lingual as pt unable to swallow, family informed. "
            "Reviewed by the palliative care team."
        ),
        (None, None),
        id="oramorph_sub_lingual",
    ),
    pytest.param(
        (
            "Community nurse drew up Oramorph 5mg in a luer syringe and gave it into the s/c "
            "butterfly as pt could not swallow. Realised the error afterwards, GP informed."
        ),
        ("5", None),
        id="oramorph_into_sc_butterfly",
    ),
    pytest.param(
        (
            "Oral morphine solution 10mg given via the PICC line instead of orally. Pt "
            "monitored, no harm."
        ),
        ("5", None),
        id="oramorph_into_picc",
    ),
    pytest.param(
        (
            "Oramorph 5mg drawn up in a luer syringe to be given into the subcut butterfly. "
            "Stopped by the second checker before it was given."
        ),
        (None, "5"),
        id="oramorph_drawn_up_for_butterfly_stopped",
    ),
    pytest.param(
        (
            "Vincristine was administered intrathecally at the LP instead of IV. The syringe "
            "had been brought to theatre with the IT methotrexate."
        ),
        ("5", None),
        id="vincristine_it_instead_of_iv",
    ),
    pytest.param(
        (
            "Vincristine was given via the line thought to be the PICC but it was the "
            "intrathecal catheter. Pt transferred to neuro ICU."
        ),
        ("5", None),
        id="vincristine_via_line_that_was_intrathecal",
    ),
    pytest.param(
        (
            "Pt A's vincristine was given IV on the ward as planned. Pt B's vinblastine was "
            "injected intrathecally at LP in error instead of the methotrexate."
        ),
        ("5", None),
        id="vincristine_given_iv_but_other_pt_vinca_it",
    ),
    pytest.param(
        (
            "Vincristine given IV via the PICC as planned. Later the pt's oral ondansetron "
            "liquid was pushed into the PICC in error."
        ),
        ("5", None),
        id="vincristine_iv_and_oral_into_picc",
    ),
    pytest.param(
        (
            "Vincristine and IT methotrexate delivered to the ward in the same box. "
            "Vincristine was given via the PICC on the ward, methotrexate taken to theatre "
            "separately. Supply breach reported."
        ),
        (None, None),
        id="vincristine_iv_supply_breach_only",
    ),
    pytest.param(
        (
            "VRIII: insulin 50 units made up in 50ml syringes as per protocol. Pump set at "
            "10ml/hr instead of 1ml/hr, pt BM 1.9, treated with glucose."
        ),
        (None, None),
        id="insulin_infusion_50ml_syringes_rate_error",
    ),
    pytest.param(
        (
            "Insulin drawn up in 2ml syringes as no insulin syringes on the ward. 20 units "
            "given instead of 2 units, pt hypo 1.8."
        ),
        ("6", None),
        id="insulin_in_2ml_syringes_given_overdose",
    ),
    pytest.param(
        (
            "Insulin 10 units drawn up in a 1ml luer syringe and given. Pt received 100 "
            "units. When the nurse in charge found out she said we must not give it with that "
            "syringe. BM 1.6 later."
        ),
        ("6", None),
        id="insulin_given_then_sister_said_must_not",
    ),
    pytest.param(
        (
            "Nurse withdrew insulin from the pen with a syringe and gave it. Pt got 40 units "
            "instead of 4, hypo. Diabetes nurse said we must not use this method."
        ),
        ("6", None),
        id="insulin_pen_withdrawn_given_dsn_said_must_not",
    ),
    pytest.param(
        (
            "Nurse drew up Novorapid 8 units in a 1ml syringe. Checker said you must not give "
            "it with that syringe. Discarded and redrawn in an insulin syringe."
        ),
        (None, "6"),
        id="insulin_caught_must_not_give",
    ),
    pytest.param(
        (
            "KCl 15% ampoule selected instead of sodium chloride 0.9% flush and given via the "
            "cannula. Pharmacist said it must not be given undiluted. Pt had arrhythmia."
        ),
        ("4", None),
        id="potassium_must_not_be_given_after_given",
    ),
    pytest.param(
        (
            "Methotrexate 10mg for RA given daily for 5 days instead of weekly. Pharmacist "
            "said it must not be given daily. Pt admitted with neutropenia."
        ),
        ("7", None),
        id="mtx_daily_checker_must_not_after",
    ),
    pytest.param(
        (
            "Vincristine was given via the line on the ward. It was later found that the line "
            "was the lumbar drain, not the PICC. Pt transferred to neuro ICU."
        ),
        ("5", None),
        id="vincristine_via_line_that_was_lumbar_drain",
        marks=pytest.mark.xfail(
            reason="a line later found to be the lumbar drain is not read as intrathecal",
            strict=True,
        ),
    ),
    pytest.param(
        ("Vincristine was not given IV as prescribed; it was injected intrathecally at the LP."),
        ("5", None),
        id="vincristine_not_given_iv_but_it",
        marks=pytest.mark.xfail(reason="'not given IV' read as the vinca withheld", strict=True),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MED_PROBES)
def test_medicine_look_alikes_of_todays_route_syringe_and_checker_readings_keep_their_outcome(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """Medicines (H51): subcutaneous access, a vinca by the vein, ml syringes (an insulin
    infusion's 50 ml syringe), a checker's 'must not'."""
    assert never_event_codes(text) == expected


AIR_PROBES = [
    pytest.param(
        (
            "Pt on 4L via Hudson mask. At handover found the mask had not been put on the "
            "oxygen flowmeter but on the medical air one. Changed over."
        ),
        ("15", None),
        id="mask_not_put_on_o2_but_air",
    ),
    pytest.param(
        (
            "Pt transferred from ED needing 2L O2. On the ward nasal specs still not on "
            "oxygen as the tubing had been connected to the air flowmeter. Moved to O2."
        ),
        ("15", None),
        id="specs_still_not_on_oxygen_air",
    ),
    pytest.param(
        (
            "Nasal specs were not on the patient at that point as she was eating. After lunch "
            "the specs were put back on but were still connected to the air flowmeter. Found "
            "an hour later by the HCA, moved to O2."
        ),
        ("15", None),
        id="specs_not_on_then_put_back_on_air",
    ),
    pytest.param(
        (
            "Audit of bays on ward 7: 3 of 10 bays had nebuliser tubing left on the flowmeter "
            "labelled AIR. No pts affected. Tubing removed."
        ),
        (None, None),
        id="flowmeter_marked_air_audit",
    ),
    pytest.param(
        (
            "COPD pt, CO2 retainer. Salbutamol neb given via the nebuliser on the flowmeter "
            "marked AIR as prescribed by the resp team."
        ),
        (None, None),
        id="air_neb_prescribed_flowmeter_marked_air",
    ),
    pytest.param(
        (
            "Air-driven neb prescribed for CO2 retainer and given via the air flowmeter as "
            "charted. IV antibiotics given through the T-piece on the cannula."
        ),
        (None, None),
        id="t_piece_iv_extension_air_neb",
    ),
    pytest.param(
        (
            "Found pt on medical air via the venturi mask at 40%. Noticed the mask had been "
            "set up on the air flowmeter before pt was connected to the monitor; pt had been "
            "breathing it throughout the transfer."
        ),
        ("15", None),
        id="pt_on_air_since_before_connected_to_monitor",
        marks=pytest.mark.xfail(
            reason="'before pt was connected to the monitor' read as the catch's", strict=True
        ),
    ),
    pytest.param(
        (
            "Trache pt in recovery on T-piece with 4L O2. T-piece tubing was found attached "
            "to the air flowmeter, pt had been on it since arrival from theatre. Moved to O2."
        ),
        ("15", None),
        id="t_piece_on_air_pt_breathing",
    ),
    pytest.param(
        (
            "Pt needing 35% O2. Venturi mask had not been fitted properly and was connected "
            "to the air outlet. Pt had been on it since the ward round."
        ),
        ("15", None),
        id="mask_not_fitted_properly_on_air",
    ),
    pytest.param(
        (
            "Mask for the new admission set up on the air flowmeter by mistake. Mask was not "
            "on patient yet when the nurse noticed. Moved to oxygen before use."
        ),
        (None, "15"),
        id="mask_not_yet_on_caught",
    ),
    pytest.param(
        (
            "NG tube passed on the ward. Tube not used for feed but a 50ml water flush given "
            "via it. CXR then showed the tube in the R bronchus. Removed."
        ),
        ("13", None),
        id="ngt_not_used_for_feed_but_flushed",
    ),
    pytest.param(
        (
            "Old NG tube not used, pulled out. New tube passed and feed started without a pH "
            "check. Pt coughing, CXR showed tube in the L lung. Feed stopped."
        ),
        ("13", None),
        id="old_tube_not_used_new_tube_fed",
    ),
    pytest.param(
        (
            "NGT passed at 15:00, tube not used by the day staff. Night staff gave meds via "
            "it before the x-ray was reviewed; CXR showed it in the R lower lobe bronchus."
        ),
        ("13", None),
        id="tube_not_used_by_day_night_gave_meds",
    ),
    pytest.param(
        (
            "The NG placement checklist was not used. Feed ran for 4 hrs via the NGT, CXR "
            "later showed the tube in the R lung."
        ),
        ("13", None),
        id="checklist_not_used_feed_in_lung",
    ),
    pytest.param(
        (
            "NGT passed, pH 7. CXR showed tube in the R main bronchus. Tube not used, removed "
            "and re-passed."
        ),
        (None, "13"),
        id="tube_misplaced_not_used_caught",
    ),
    pytest.param(
        (
            "Enteral syringe not used; a 50ml luer was used to flush the NGT with water. CXR "
            "afterwards showed the tube in the L bronchus."
        ),
        ("13", None),
        id="syringe_not_used_flush_into_lung",
    ),
    pytest.param(
        (
            "Ayre's T-piece for the baby being delivered set up on the air outlet. Spotted by "
            "the midwife before baby was connected, moved to O2."
        ),
        (None, "15"),
        id="t_piece_ayres_neonate_air_caught",
    ),
    pytest.param(
        (
            "NGT passed, 200ml feed given, CXR then showed the NGT in the R lung. Suction "
            "tube not used during the event. Feed stopped."
        ),
        ("13", None),
        id="suction_tube_not_used_feed_in_lung",
    ),
    pytest.param(
        (
            "Nasal specs tubing attached to the air flowmeter in error. Specs were not on the "
            "pt yet, spotted by the RN and moved to the O2 flowmeter before use."
        ),
        (None, "15"),
        id="specs_not_on_o2_yet_caught_before_on_pt",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AIR_PROBES)
def test_air_and_tube_look_alikes_of_todays_readings_keep_their_outcome(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """Air and tubes (H52): a device told not on the oxygen (not off the patient), not on then
    put on, T-pieces, 'not used' of another thing."""
    assert never_event_codes(text) == expected


SITE_PROBES = [
    pytest.param(
        (
            "Theatre list had a typo: R instead of L. Not noticed at the WHO checklist; R "
            "inguinal hernia repair performed. Consent form said L hernia. List corrected "
            "afterwards."
        ),
        ("1", None),
        id="list_typo_not_noticed_wrong_side_done",
    ),
    pytest.param(
        (
            "Theatre list said L, consent form said R. L knee arthroscopy performed. Post op "
            "the registrar confirmed the list was a typo and the list was corrected."
        ),
        ("1", None),
        id="list_corrected_after_wrong_side_done",
    ),
    pytest.param(
        (
            "Theatre list said R ovarian cystectomy, consent form said L. Picked up at time "
            "out. Registrar who typed the list confirmed it was a typo. List corrected, L "
            "cystectomy done."
        ),
        (None, "1"),
        id="list_typo_caught_at_time_out",
    ),
    pytest.param(
        (
            "Drug chart typo for eye drops corrected by pharmacist. Pt listed and consented "
            "for L cataract. R eye peribulbar block given in the anaesthetic room in error. "
            "Stop before you block not done."
        ),
        ("1", None),
        id="drug_chart_typo_wrong_side_block",
    ),
    pytest.param(
        (
            "Pt wanted the R carpal tunnel done. No error in the paperwork - consent and list "
            "both R. Surgeon operated on the L wrist in error."
        ),
        ("1", None),
        id="no_error_paperwork_wrong_side_operated",
    ),
    pytest.param(
        (
            "L knee arthroscopy done as per the theatre list. No error was picked up at sign "
            "in or time out. Post op pt said it was his R knee; consent form says R knee."
        ),
        ("1", None),
        id="no_error_at_time_out_wrong_side_done",
    ),
    pytest.param(
        (
            "Pt listed for L TKR. On the morning pt asked for the R knee to be done instead "
            "as it is now more painful. Consent re-signed for R. In theatre the L knee was "
            "operated on as per the original list."
        ),
        ("1", None),
        id="pt_asked_r_renewed_consent_l_done",
    ),
    pytest.param(
        (
            "Pt asked to confirm side at sign in, said L. Site mark was on the R knee and "
            "list said R. Consent form said L. Stopped, re-marked and L knee done."
        ),
        (None, "1"),
        id="pt_asked_to_confirm_side_wrong_side_marked_caught",
    ),
    pytest.param(
        (
            "Pt consented for R knee arthroscopy. Surgeon operated on the L knee. Post op pt "
            "said the R knee now more painful; re-consented for R knee, done the following "
            "week."
        ),
        ("1", None),
        id="wrong_side_then_reconsent",
    ),
    pytest.param(
        (
            "Consent and list for R inguinal hernia. Registrar asked for the L to be prepped "
            "and the L groin was incised in error. Noticed after incision, closed and R done."
        ),
        ("1", None),
        id="reg_asked_for_l_done_wrong",
    ),
    pytest.param(
        (
            "Pt for R inguinal hernia repair, consent R, site marked R. ECG dots placed over "
            "L chest by anaesthetic assistant. R hernia repaired uneventfully. Datix for "
            "delay to start."
        ),
        (None, None),
        id="ecg_dots_l_chest_r_hernia_right",
        marks=pytest.mark.xfail(
            reason="ECG dots placed over the L chest read as an act on the left", strict=True
        ),
    ),
    pytest.param(
        (
            "Dot placed above R eye by the nurse in error, pt listed and consented for L "
            "cataract. Block given to the R eye. Noticed by the surgeon, surgery abandoned."
        ),
        ("1", None),
        id="dot_mark_wrong_eye_block_given",
    ),
    pytest.param(
        (
            "Pt listed for L cataract, consent L. Dot placed above R eye by the nurse. "
            "Noticed at sign in before the block, re-marked L."
        ),
        (None, "1"),
        id="dot_mark_wrong_eye_caught",
    ),
    pytest.param(
        (
            "Pt listed for L carpal tunnel release. On the day pt asked to have the R done "
            "instead as now more painful. Consent re-signed for R by surgeon, R carpal tunnel "
            "release done."
        ),
        (None, None),
        id="pt_choice_other_side_on_day",
    ),
    pytest.param(
        (
            "Pt asked why the consent said R when it was her L knee. Consent and list said R. "
            "Stopped at sign in, consent redone for L knee."
        ),
        (None, "1"),
        id="pt_asked_why_consent_said_r",
    ),
    pytest.param(
        (
            "L4/5 discectomy planned, consent L4/5. Surgery performed at L3/4 level. Not a "
            "mistake in the paperwork. Identified on post op MRI."
        ),
        ("1", None),
        id="not_a_mistake_says_reporter_but_wrong_level",
    ),
    pytest.param(
        (
            "Consent form had a typo saying L; list and clinic letter said R knee. Not "
            "noticed at time out; L knee arthroscopy performed."
        ),
        ("1", None),
        id="consent_typo_not_noticed_wrong_side_done",
    ),
    pytest.param(
        (
            "Booking said R, consent L. List corrected on the morning to L. R knee injected "
            "in error by the registrar."
        ),
        ("1", None),
        id="list_corrected_on_day_but_wrong_side_injected",
    ),
    pytest.param(
        (
            "Pt listed for L hip injection. Daughter asked for the R to be done instead. "
            "Consent re-signed for R. L hip injected in error."
        ),
        ("1", None),
        id="daughter_asked_r_reconsent_l_done",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITE_PROBES)
def test_site_look_alikes_of_todays_readings_keep_their_outcome(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """Surgery site (H48): typos and corrections, denied error words, the patient's request or
    a side now more painful, dots."""
    assert never_event_codes(text) == expected
