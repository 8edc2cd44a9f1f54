"""Round 28 (never events 1 to 8 and 12): what was given, how often, with what device, and which
implant, told in detail.

Catches: a barcode scan that raised an alert, the nurse in charge asked to check the syringe,
an opened implant "wasted", a daily methotrexate changed "before tomorrow's dose".
Reached: "the local anaesthetic had been injected", "received 10mg daily for 5 days", "gave the
flush as a bolus", "the block was performed".
Readings: a syringe drawn "to the 1.0ml line" is a graduation, not a dose with a trailing zero;
"2.5 units read as 25" is a decimal point missed, not an abbreviation; a 1ml oral or TB syringe
is a non-insulin syringe; a learned insulin finding needs an abbreviation or a device; a rate set
"instead of 125 ml/h" is no product chosen instead of another; a patient "taking it correctly"
was not overdosed; a daily dose "set up on the repeat template" is a daily prescription.
Implants: the lens power "calculated for the R eye" is the lens's side, not the side planned
for the operation; "the trial used was size 3" is the plan; a "contralateral limb" of an
endograft is a part of the implant, not the patient's other leg.
Transfusion and retained items: blood given that "was the wrong type"; gauze seen "at the back
of her mouth" in recovery; a pack the anaesthetic chart "did not record".

Each suppressing reading is paired with narratives where its words appear in an innocent role
and the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import (
    learned_finding_ruled_out,
    never_event_codes,
    rule_never_event_codes,
)


def test_barcode_scan_alert_before_drawing_up_is_a_catch() -> None:
    text = (
        "Endoscopy, sedation for ERCP. Midazolam ampoule scanned against the eMAR before "
        "drawing up: alert 'strength does not match - 10mg/2ml scanned, 5mg/5ml prescribed'. "
        "Nurse had picked the 10mg/2ml from the wrong bin. Swapped. Nothing drawn up or given."
    )
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Midazolam 10mg/2ml given for OGD sedation, 5mg given before the scan of the "
            "ampoule on the eMAR flagged an alert. Pt oversedated, flumazenil.",
            "8",
        ),
        (
            "Insulin 40 units given with a 1ml luer syringe. The barcode scanner flagged a "
            "warning afterwards on the eMAR. Pt hypo, BM 1.9.",
            "6",
        ),
        (
            "Pt scanned on the eMAR, no alert. KCl 15% 10ml given as a flush instead of sodium "
            "chloride 0.9%, VF arrest.",
            "4",
        ),
    ],
)
def test_scan_alert_after_the_dose_leaves_it_reached(text: str, expected: str) -> None:
    assert never_event_codes(text)[0] == expected


def test_nurse_in_charge_asked_to_check_who_recognised_the_syringe_is_a_catch() -> None:
    text = (
        "Student nurse drew up Actrapid 8 units in a 1ml Luer syringe to the 0.8 ml mark (80 "
        "units), as there were no insulin syringes on the trolley. She asked the nurse in "
        "charge to check it. NIC recognised the wrong syringe and the volume. An insulin syringe "
        "was found in the treatment room and 8 units drawn up."
    )
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Insulin 20 units drawn up in a 2ml syringe to the 2 ml mark (200 units) and given. "
            "NIC noticed the pt sweaty an hour later, BM 1.5.",
            "6",
        ),
        (
            "Bronchoscopy sedation: midazolam 5mg/ml given, 2ml given. NIC noticed the ampoule "
            "strength when clearing the tray, pt needed flumazenil.",
            "8",
        ),
        (
            "KCl 15% used to flush the cannula and given, pt arrested. NIC recognised the empty "
            "potassium ampoule in the tray.",
            "4",
        ),
    ],
)
def test_nurse_in_charge_noticing_after_the_dose_leaves_it_reached(
    text: str, expected: str
) -> None:
    assert never_event_codes(text)[0] == expected


def test_wrong_implant_opened_and_wasted_is_a_near_miss() -> None:
    text = (
        "Elective left TKR. The femoral component opened was a RIGHT femur, size 5. The scrub "
        "nurse read the box back before cementing and stopped. Correct left femur opened and "
        "used. Wrong component wasted."
    )
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        "The size 5 femoral component was implanted instead of the planned size 3, seen on the "
        "check x-ray. The size 3 component opened afterwards was wasted.",
        "Left-sided plate fixed to the right distal radius, noticed on the check x-ray post op. "
        "A spare plate wasted.",
        "Wrong lens implanted: +22D instead of the planned +18D. Lens exchange booked; the +18D "
        "lens opened in error at the end was wasted.",
    ],
)
def test_wrong_implant_in_place_beside_one_wasted_stays(text: str) -> None:
    assert never_event_codes(text)[0] == "2"


def test_daily_methotrexate_changed_before_tomorrows_dose_is_a_near_miss() -> None:
    text = (
        "Med rec: RA patient, methotrexate 20mg prescribed on admission as once daily. First "
        "dose given this morning, her usual weekly day. Changed to weekly on Fridays by the "
        "pharmacist before tomorrow's dose. No extra dose given."
    )
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize(
    "text",
    [
        "Methotrexate 10mg given daily for 4 days for RA. Pharmacist stopped it before "
        "tomorrow's dose.",
        "RA pt took methotrexate 15mg daily from Monday to Thursday. GP changed it to weekly "
        "before tomorrow's dose and sent an FBC.",
        "Pt with psoriasis took methotrexate 2.5mg x4 every day for 6 days; the practice changed "
        "the directions before tomorrow's dose. Admitted with mucositis.",
    ],
)
def test_methotrexate_taken_daily_before_the_change_stays(text: str) -> None:
    assert never_event_codes(text)[0] == "7"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear Mrs Hale, I am writing about your operation. You were having a right knee "
            "replacement with a nerve block for pain relief. You were anaesthetised before the "
            "block was performed. The anaesthetist then performed the block on the left side of "
            "your leg, and the Stop Before You Block pause was not carried out. The mistake was "
            "noticed by the assistant after the local anaesthetic had been injected.",
            "1",
        ),
        (
            "Care home. Resident on methotrexate for RA. The MAR was handwritten from the letter "
            "and the weekly was not copied over. The resident received 10mg daily for 5 days. "
            "Picked up by the visiting GP pharmacist.",
            "7",
        ),
        (
            "CICU. The nurse wanted to flush the central line before starting the potassium "
            "infusion. She drew up the flush from what she thought was a sodium chloride "
            "ampoule; it was potassium chloride 15%. She gave the flush as a bolus. VF within a "
            "minute, defibrillated.",
            "4",
        ),
    ],
)
def test_reach_told_by_the_act(text: str, expected: str) -> None:
    assert never_event_codes(text) == (expected, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wrong side block caught at Stop Before You Block: the needle was on the left for a "
            "right TKR. No local anaesthetic had been injected.",
            (None, "1"),
        ),
        (
            "Methotrexate 10mg prescribed daily for RA on admission; the pharmacist amended it "
            "to weekly before any dose was received.",
            (None, "7"),
        ),
        (
            "Nurse about to give the flush when the checker spotted the KCl 15% ampoule in the "
            "tray. Flush discarded, not given.",
            (None, "4"),
        ),
    ],
)
def test_act_still_to_come_stays_caught(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


def test_syringe_drawn_to_a_graduation_is_a_device_error() -> None:
    text = (
        "Prison healthcare. No insulin syringes, nurse used a 1ml luer non-insulin syringe for "
        "Actrapid 10 units and drew it to the 1.0ml line = 100 units. Found at 21:30 sweaty and "
        "confused, BM 1.6, IV glucose."
    )
    assert never_event_codes(text) == ("6", None)


def test_dose_written_with_a_trailing_zero_stays_excluded() -> None:
    text = (
        "Insulin written as '10.0 units' on the paper chart, read as 100 units by the agency "
        "nurse and 100 units given. BM 1.8."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # a decimal point missed: not an abbreviation or device
        "Care plan changed to 1.5 units of Novorapid with meals. The carer read it as 15 units "
        "and gave 15 units with the pen. Hypo 2.2 an hour later, treated.",
        # the wrong insulin picked
        "Novorapid 20 units given at 22:00 instead of Lantus 20 units, the pens look alike. "
        "BM 2.5 at midnight, treated with glucose.",
        # no insulin at all
        "Pt on gliclazide, BM 2.1 at 17:00 not reported to the nurse. Found drowsy at 18:30, "
        "BM 1.8, IV glucose given.",
    ],
)
def test_insulin_overdose_without_an_abbreviation_or_device_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Care home: carer gave Lantus with a 1ml oral syringe as the insulin syringes had run "
        "out, ten times the dose. Found drowsy, BM 1.9, 999.",
        "Insulin dose written '4U' on the chart and read as 40; 40 units given. BM 2.0 later.",
        "Humalog drawn out of the KwikPen with a syringe because the pen jammed, and given. "
        "Hypo 2.4 two hours later.",
        "Sliding scale at 1.5 units/hr. Separately the Novorapid dose written '6U' was read as "
        "60 and 60 units given sc. BM 1.9.",
        "Sliding scale insulin 0.5 units/kg. Actrapid drawn up in a 1ml luer syringe to the "
        "0.5 ml mark (50 units) and given. BM 1.4.",
    ],
)
def test_insulin_overdose_by_abbreviation_or_device_stays(text: str) -> None:
    assert never_event_codes(text)[0] == "6"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Insulin in the care plan changed to 1.5 units with meals. The carer read it as 15 "
            "units and gave 15 units with the pen. Hypo 2.2 an hour later.",
            "NE6.ex.decimal_point",
        ),
        (
            "Insulin: Novorapid 20 units given at 22:00 instead of Lantus 20 units, the pens look "
            "alike. BM 2.5 at midnight.",
            "no abbreviation or device named",
        ),
        (
            "Hypo on the ward: pt on gliclazide, BM 1.8 at 18:30, IV glucose given.",
            "no abbreviation or device named",
        ),
        (
            "Insulin for a care home resident given with a 1ml oral syringe as the insulin "
            "syringes had run out, ten times the dose. BM 1.9.",
            None,
        ),
        (
            "Insulin dose written '4U' on the chart and read as 40; 40 units given. BM 2.0.",
            None,
        ),
        (
            "Insulin drawn out of the KwikPen with a syringe because the pen jammed, and given. "
            "Hypo 2.4 two hours later.",
            None,
        ),
    ],
)
def test_learned_insulin_finding_needs_an_abbreviation_or_device(
    text: str, reason: str | None
) -> None:
    assert learned_finding_ruled_out(text, "6") == reason


def test_oral_syringe_for_oral_medicine_is_no_insulin_error() -> None:
    text = "Oramorph 5mg drawn up in a 5ml oral syringe and given orally as prescribed."
    assert never_event_codes(text) == (None, None)


def test_insulin_withdrawn_from_pen_stopped_by_the_team_leader_is_a_near_miss() -> None:
    text = (
        "DN visit for evening Toujeo 300 units/ml, 30 units. Pen would not dial, so the nurse "
        "withdrew insulin from the pen cartridge into an insulin syringe to the 30 unit mark. "
        "Before giving it she phoned the team leader.\nThe team leader told her not to give it. "
        "The syringe was discarded.\nA new pen was obtained and the correct dose was given."
    )
    assert never_event_codes(text) == (None, "6")


def test_abbreviation_read_correctly_stays_excluded() -> None:
    text = (
        "Insulin prescribed as '10U' on the chart. Both nurses read it correctly and the correct "
        "dose was given. Reported as a risk."
    )
    assert never_event_codes(text) == (None, None)


def test_premixed_potassium_rate_set_instead_of_another_is_no_mis_selection() -> None:
    text = (
        "Pt prescribed potassium chloride 40 mmol in 1 litre sodium chloride 0.9% premixed bag "
        "over 8 hours. The pump was programmed at 500 ml/h instead of 125 ml/h. Found nearly "
        "empty at 2 hrs, K 4.9."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "KCl 15% 10ml used instead of sodium chloride 0.9% 10ml to flush the cannula, VF arrest.",
        "Strong potassium chloride drawn up instead of a 10 ml sodium chloride flush and given, "
        "the fluids pump was also running at 100 ml/hr instead of 50 ml/hr.",
        "Potassium chloride concentrate used instead of water for injection to reconstitute the "
        "antibiotic, given, pt arrested.",
    ],
)
def test_potassium_chosen_instead_of_a_flush_beside_a_rate_stays(text: str) -> None:
    assert never_event_codes(text)[0] == "4"


def test_methotrexate_taken_correctly_with_missed_monitoring_is_no_overdose() -> None:
    text = (
        "RA pt on methotrexate 20mg weekly, taking it correctly on Mondays for 3 years. Bloods "
        "not done for 6 months as the recall failed. Admitted with pancytopenia."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt said she was taking it correctly, but the pharmacy label read 'one daily' and she "
        "took methotrexate 10mg every day for 6 days. Admitted with mucositis.",
        "Methotrexate 15mg weekly for years, taking it correctly. The new GP script was printed "
        "as daily and she took methotrexate daily for 4 days.",
        "Husband says she has been taking her tablets correctly. Methotrexate 10mg dispensed as "
        "'once daily' and taken daily for 5 days; pancytopenia.",
    ],
)
def test_methotrexate_overdose_beside_taking_it_correctly_stays(text: str) -> None:
    assert never_event_codes(text)[0] == "7"


def test_daily_dose_set_up_on_the_repeat_template_caught_is_a_near_miss() -> None:
    text = (
        "Pharmacy phoned the surgery: methotrexate 2.5mg set up on the repeat template as '4 "
        "tablets daily'. Not dispensed, pt still on the old weekly supply. Template corrected."
    )
    assert never_event_codes(text) == (None, "7")


def test_weekly_dose_set_up_on_the_template_is_no_error() -> None:
    text = (
        "Methotrexate 10mg set up on the repeat template as weekly on Mondays, folic acid 5mg "
        "once weekly on Thursdays. Checked by the practice pharmacist."
    )
    assert never_event_codes(text) == (None, None)


def test_lens_calculated_for_the_other_eye_opened_and_caught_is_a_wrong_implant() -> None:
    text = (
        "L cataract list. Circulating nurse opened the IOL; reading the box against the "
        "biometry before passing it, the lens was the power calculated for the pt's R eye. "
        "Lens not passed to the field, correct L lens opened."
    )
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        "Consented and marked for R cataract. Phaco performed on the L eye with the lens "
        "calculated for the R eye; noticed at the post op check.",
        "Listed for L cataract. The lens power calculated for the L eye was opened; incision "
        "made on the R eye before the team noticed.",
        "Wrong eye: left eye phaco done, right eye listed. Biometry calculated for the right eye "
        "was used for the lens.",
    ],
)
def test_wrong_side_operated_beside_a_lens_for_a_side_stays(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_trial_size_is_the_plan_for_the_component_opened() -> None:
    text = (
        "During L TKR the tibial tray size 5 was opened and passed up for cementing. The trial "
        "used was size 4. The scrub nurse noticed at the implant check and stopped the surgeon "
        "before the cement was mixed. Size 4 opened and used."
    )
    assert never_event_codes(text) == (None, "2")


def test_trial_and_component_of_one_size_is_no_mismatch() -> None:
    text = "R TKR: size 3 trial used, size 3 tibial tray opened and implanted. Uneventful."
    assert rule_never_event_codes(text) == (None, None)


def test_endograft_limb_is_a_part_of_the_implant() -> None:
    text = (
        "Vascular PSII. Elective endovascular repair of a 6 cm aneurysm, planned on CT with a "
        "main body device of 28 mm proximal diameter and a contralateral limb of a specified "
        "length. On the day a 32 mm main body was brought from the shelf next to the planned "
        "one and deployed. Type Ia endoleak, cuff placed."
    )
    assert never_event_codes(text)[0] == "2"


@pytest.mark.parametrize(
    "text",
    [
        "Embolectomy listed for the left leg; the contralateral limb was opened and explored "
        "before the error was noticed.",
        "Wrong limb amputation: L below knee amputation listed, contralateral limb amputated.",
        "Angioplasty performed on the contralateral limb instead of the planned left leg.",
    ],
)
def test_patients_contralateral_limb_operated_stays_wrong_site(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_blood_given_that_was_the_wrong_type_is_abo_incompatible() -> None:
    text = (
        "PALS call from a daughter: Mum was given blood that was meant for the lady in the next "
        "bed and it was the wrong type. She had a reaction and went to ITU."
    )
    assert never_event_codes(text) == ("12", None)


def test_sample_of_the_wrong_group_with_no_transfusion_is_no_event() -> None:
    text = (
        "Wrong blood in tube: the sample grouped as A but the historic group is O, the blood in "
        "the tube was the wrong group. Repeat sample taken, no units issued."
    )
    assert never_event_codes(text)[0] is None


def test_gauze_seen_at_the_back_of_the_mouth_in_recovery_is_retained() -> None:
    text = (
        "Septoplasty under GA, throat pack inserted after intubation. The anaesthetic chart did "
        "not record the pack and the sign out asked about nasal packs, answered 'in situ x2' "
        "(intentional).\nIn recovery the pt complained of something in her throat; the nurse "
        "saw gauze at the back of her mouth and the throat pack was removed."
    )
    assert never_event_codes(text) == ("3", None)


def test_pack_left_on_purpose_and_lost_at_handover_stays_excluded() -> None:
    text = (
        "Vaginal pack intentionally left in after the repair and documented in the op note, "
        "removal planned at 12 hrs. The handover to the ward did not include the pack, so it "
        "was removed at 24 hrs."
    )
    assert never_event_codes(text) == (None, None)


def test_medicine_taken_at_home_is_no_item_removed_at_home() -> None:
    text = (
        "Community pharmacy blister pack made up with the morning and evening slots swapped. Pt "
        "took her zopiclone in the morning and was drowsy, nearly fell at home. Pack remade."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "She took the tampon out herself at home 5 days after her perineal repair; it had been "
        "left in at the end of the repair.",
        "Woman pulled a swab out herself at home, 4 days after her perineal repair.",
        "Pt took it out at home himself: a length of drain tubing left in the wound after his "
        "hernia repair.",
    ],
)
def test_item_taken_out_at_home_stays_retained(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


@pytest.mark.parametrize(
    "text",
    [
        "Lumbar discectomy done at L3/4, not the planned L4/5.",
        "Block sited on the left, not at the planned right side, before the error was seen.",
        "Excision performed on the R forearm lesion and not the marked L forearm lesion.",
    ],
)
def test_wrong_site_told_as_not_the_planned_one_stays(text: str) -> None:
    assert never_event_codes(text)[0] == "1"
