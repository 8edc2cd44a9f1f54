"""Review R21: probes just outside the readings added on 7 December (h63, h64, h66).

Each probe sits next to a new reading: the real never event it must not explain away, the
real near miss it must not drop, the look-alike it must not promote. Probes that main read
right are guards; five that main read wrong and the base (e3b3359b) read right were mended
(test_regressions_of_todays_readings_mended); probes both read wrong are strict xfails, each
with its reason ("both:").
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEVER_EVENT_1 = ("1", None)
NEVER_EVENT_11 = ("11", None)
NEVER_EVENT_12 = ("12", None)
NEVER_EVENT_13 = ("13", None)
NEVER_EVENT_14 = ("14", None)
NEVER_EVENT_15 = ("15", None)
NEVER_EVENT_2 = ("2", None)
NEVER_EVENT_4 = ("4", None)
NEVER_EVENT_5 = ("5", None)
NEVER_EVENT_6 = ("6", None)
NEVER_EVENT_7 = ("7", None)
NEAR_MISS_12 = (None, "12")
NEAR_MISS_13 = (None, "13")
NEAR_MISS_2 = (None, "2")
NEAR_MISS_5 = (None, "5")
NEAR_MISS_6 = (None, "6")
NEAR_MISS_7 = (None, "7")
NOTHING = (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 18: head on pillow between the rails read as in the gap (h64's two-rail phrase
        # took any words between the head and 'between')
        (
            (
                "Checked pt at 02:00, settled, head on pillow between the head-end rail and the "
                "raised side rails, all rails up as per assessment. No concerns."
            ),
            NOTHING,
        ),
        # probe 23: 'She believed the dose given was the prescribed 10 units, but...' read as the
        # dose found right (h63's pen-dose phrase)
        (
            (
                "Nurse drew Humalog from the KwikPen cartridge with an insulin syringe. She "
                "believed the dose given was the prescribed 10 units, but the pen was 200 "
                "units/ml so pt received 20 units and became hypoglycaemic."
            ),
            NEVER_EVENT_6,
        ),
        # probe 74: 'dose she received was the prescribed 6 units according to the nurse, however'
        # read as the dose found right (h63)
        (
            (
                "The dose she received was the prescribed 6 units according to the nurse, however "
                "she was found hypo and it emerged 60 units had been drawn from the pen with a "
                "1ml syringe."
            ),
            NEVER_EVENT_6,
        ),
        # probe 37: 'No patient involved in the subsequent drill' beside a real patient's dose
        # read as a rehearsal (h63; now the words must fill their sentence)
        (
            (
                "Worst case scenario considered by the team after pt was given strong KCl 15% "
                "instead of sodium chloride flush via cannula. No patient involved in the "
                "subsequent drill."
            ),
            NEVER_EVENT_4,
        ),
        # probe 75: 'diagnosed as cellulitis rather than a scald initially ... review found it was
        # a scald' read as no scald (h64)
        (
            (
                "Blisters on feet after shower, diagnosed as cellulitis rather than a scald "
                "initially by the FY1; TVN review next day found it was a scald from the shower "
                "water, TMV faulty."
            ),
            NEVER_EVENT_14,
        ),
    ],
)
def test_regressions_of_todays_readings_mended(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 0
        (
            (
                "Enteral syringe with 5ml Oramorph was pushed onto the cannula bung and the dose "
                "pushed through IV before the nurse realised. Pt monitored, naloxone not needed."
            ),
            NEVER_EVENT_5,
        ),
        # probe 1
        (
            (
                "PEG feed giving set pushed onto the IV cannula and the feed ran for 20 mins "
                "before HCA noticed. Pt had rigors, doctor informed."
            ),
            NEVER_EVENT_5,
        ),
        # probe 2
        (
            (
                "Student nurse pushed the purple syringe of oral paracetamol suspension onto the "
                "PICC hub, mentor stopped her before any was given. Syringe removed, given via "
                "PEG."
            ),
            NEAR_MISS_5,
        ),
        # probe 3
        (
            (
                "Mistakenly administered through the IV cannula: the Oramorph 2.5ml that was "
                "prescribed orally. Pt drowsy afterwards, obs stable."
            ),
            NEVER_EVENT_5,
        ),
        # probe 4
        (
            (
                "Pt has a peripheral cannula for IV fluids started yesterday. Nurse connected the "
                "NG feed to the cannula line and it ran for an hour before being found."
            ),
            NEVER_EVENT_5,
        ),
        # probe 5
        (
            (
                "Feed set pushed onto the PEG extension as normal and feed started at 50ml/hr. No "
                "issues, pt tolerated well."
            ),
            NOTHING,
        ),
        # probe 6
        (
            (
                "Laparoscopic left salpingectomy for ectopic. Surgeon removed the wrong tube "
                "(right) - ectopic still in situ in left tube, returned to theatre."
            ),
            NEVER_EVENT_1,
        ),
        # probe 8
        (
            (
                "Nurse went to give the feed and pt pulled away and said it was the wrong tube - "
                "syringe was on the IV line, nothing given, set moved to the NGT."
            ),
            NEAR_MISS_5,
        ),
    ],
)
def test_feed_set_pushed_onto_a_line_keeps_real_wrong_routes(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 9
        (
            (
                "NGT inserted on ward. Nurse documented that pH was 5 and started feed. CXR later "
                "that evening showed the tube in the right main bronchus; feed had run for 4 "
                "hours. Pt desaturated."
            ),
            NEVER_EVENT_13,
        ),
        # probe 10
        (
            (
                "It was recorded that the NGT position had been confirmed, but no x-ray had been "
                "reviewed. Flush of 50ml water given and later CXR showed tip in the left lung."
            ),
            NEVER_EVENT_13,
        ),
        # probe 11
        (
            (
                "Notes state that the NG tube was checked by the FY1 on CXR, but the film showed "
                "the tube in the right lower lobe bronchus. Meds given via tube overnight."
            ),
            NEVER_EVENT_13,
        ),
        # probe 12
        (
            (
                "Pt has an alert on EPR that in 2019 an NG tube was placed in her lung at another "
                "trust. Today NGT inserted, CXR confirmed in stomach, feed started."
            ),
            NOTHING,
        ),
        # probe 13
        (
            (
                "Reinserted NGT, pH 7. Documented that CXR was requested before use. CXR shows "
                "tube in left bronchus - removed, nothing given through it."
            ),
            NEAR_MISS_13,
        ),
    ],
)
def test_record_note_of_the_past_keeps_todays_misplaced_tube(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 14
        (
            (
                "Pt found at 03:00 with her neck trapped between the head-end rail and the split "
                "side rail, purple in the face; released, needed O2 and medical review."
            ),
            NEVER_EVENT_11,
        ),
        # probe 15
        (
            (
                "HCA found pt's chest wedged between the upper and lower side rail sections, "
                "struggling to breathe, rails lowered and pt repositioned."
            ),
            NEVER_EVENT_11,
        ),
        # probe 16 (mended: test_blood_group_and_rail_probes_mended)
        (
            (
                "Pt's arm found trapped between the head-end rail and the side rail, bruising to "
                "forearm, no other injury."
            ),
            NOTHING,
        ),
    ],
)
def test_head_between_two_rails_keeps_its_bounds(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 19
        (
            (
                "Pt's legs blistered after bath. GP initially said cellulitis not a scald, but "
                "TVN review and bath temp 49C at the tap confirmed a bath scald."
            ),
            NEVER_EVENT_14,
        ),
        # probe 20
        (
            (
                "Pt scalded by shower water, TMV failed. Burn to left thigh became infected and "
                "is now being treated as cellulitis rather than left to heal."
            ),
            NEVER_EVENT_14,
        ),
        # probe 21
        (
            (
                "Redness on both shins after a bath, reported as possible scald. Reviewed by "
                "derm: cellulitis rather than a burn, bath temp checked 38C."
            ),
            NOTHING,
        ),
        # probe 22
        (
            (
                "Pt said she was scalded by a cup of tea, not a bath. Area red, thought to be "
                "cellulitis not a scald by GP."
            ),
            NOTHING,
        ),
    ],
)
def test_scald_reviewed_as_another_condition_keeps_confirmed_scalds(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 24
        (
            (
                "Insulin withdrawn from Toujeo 300 units/ml pen with a U100 syringe; the amount "
                "drawn to the 20 mark was thought to be the prescribed dose, pt actually had 60 "
                "units, BM 1.9."
            ),
            NEVER_EVENT_6,
        ),
        # probe 25
        (
            (
                "Lantus pen broken so DN drew insulin from the pen with a syringe. Pen is 100 "
                "units/ml so the dose given was the prescribed 18 units. Discussed with diabetes "
                "team re practice."
            ),
            NOTHING,
        ),
        # probe 27
        (
            (
                "Insulin drawn from a pen cartridge into an insulin syringe by agency nurse; "
                "noticed by NIC before given, discarded and pen needle sourced."
            ),
            NEAR_MISS_6,
        ),
    ],
)
def test_pen_dose_told_prescribed_keeps_real_device_overdoses(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 28
        (
            (
                "RA pt, methotrexate 15mg charted once daily instead of weekly. Given Mon, Tue "
                "and Wed before pharmacist noticed; the Monday dose was due anyway."
            ),
            NEVER_EVENT_7,
        ),
        # probe 29
        (
            (
                "Pt with psoriasis had methotrexate 10mg given daily x3 days on the ward, it was "
                "only due weekly. Bloods sent, folinic acid started."
            ),
            NEVER_EVENT_7,
        ),
        # probe 30
        (
            (
                "Methotrexate 20mg prescribed daily on admission for Crohn's. Todays dose given "
                "(it was due today, usual Friday dose). Pharmacist amended chart to weekly before "
                "any further dose."
            ),
            NEAR_MISS_7,
        ),
        # probe 31
        (
            (
                "Methotrexate for RA charted OD. Dose given 08:00 as due, then again next morning "
                "by night staff before the error was noticed on ward round."
            ),
            NEVER_EVENT_7,
        ),
        # probe 32
        (
            (
                "Methotrexate (leukaemia maintenance, haem-onc) given daily as per protocol; "
                "Friday dose was due and given. No error, query from student."
            ),
            NOTHING,
        ),
        # probe 70
        (
            (
                "Methotrexate 10mg given on Tuesday although not due until Friday, as it had been "
                "charted daily on admission. Pt with RA, GP informed."
            ),
            NEVER_EVENT_7,
        ),
        # probe 71
        (
            (
                "MTX prescribed daily in error. Dose given Monday as it was due per pt's own "
                "record, and again on Tuesday by another nurse."
            ),
            NEVER_EVENT_7,
        ),
    ],
)
def test_methotrexate_due_dose_keeps_extra_doses(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 33
        (
            (
                "Fire drill on the ward at 10:00. During the drill the HCA ran a bath for bed 6, "
                "water not checked, pt scalded both feet. No patients were involved in the drill "
                "itself."
            ),
            NEVER_EVENT_14,
        ),
        # probe 34
        (
            (
                "In situ simulation in ED resus this morning. Later in the shift, separate from "
                "the sim, a real pt in cubicle 4 was connected to the air flowmeter instead of O2 "
                "and desaturated to 82%."
            ),
            NEVER_EVENT_15,
        ),
        # probe 35
        (
            (
                "Simulation training in theatre: scenario of retained swab, manikin used. No "
                "patient involved. Learning shared."
            ),
            NOTHING,
        ),
        # probe 36
        (
            (
                "Scenario-based teaching day on the ward. KCl ampoules used in the scenario were "
                "later found in the real drug cupboard next to the flushes; removed. No patient "
                "involved."
            ),
            NOTHING,
        ),
    ],
)
def test_rehearsal_with_no_patient_keeps_real_patients_events(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 38
        (
            (
                "Paracetamol 1g IV given at 14:00. Chart stated ORAL paracetamol 1g. Pt able to "
                "swallow, no harm."
            ),
            NOTHING,
        ),
        # probe 39
        (
            (
                "Oramorph PO charted. Nurse drew up the Oramorph 5mg into a luer syringe and gave "
                "it IV via the cannula; morphine IV was never prescribed."
            ),
            NEVER_EVENT_5,
        ),
        # probe 40
        (
            (
                "Paracetamol PO was prescribed. Nurse drew up paracetamol oral suspension and "
                "gave it IV through the cannula; IV paracetamol was available but not charted."
            ),
            NEVER_EVENT_5,
        ),
        # probe 41
        (
            (
                "Levetiracetam 500mg IV given, chart had levetiracetam PO - pt was NBM so team "
                "agreed to switch, documented."
            ),
            NOTHING,
        ),
    ],
)
def test_iv_form_for_an_oral_chart_keeps_oral_products_in_a_vein(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 42
        (
            (
                "Long stem femoral component templated, intraop calcar crack so surgeon chose a "
                "standard length stem with cables; decision documented in op note."
            ),
            NOTHING,
        ),
        # probe 43
        (
            (
                "Long stem tibial component planned. Standard length stem opened by scrub nurse, "
                "noticed at the implant check before it was implanted, long stem used."
            ),
            NEAR_MISS_2,
        ),
        # probe 45
        (
            (
                "Standard length nail planned for the fracture but a long nail was inserted in "
                "error - not noticed until check x-ray. Pt to be informed."
            ),
            NEVER_EVENT_2,
        ),
        # probe 47
        (
            (
                "Biological mesh was specified due to contaminated field. Synthetic mesh only "
                "identified as the one used when checking the implant log next day."
            ),
            NEVER_EVENT_2,
        ),
        # probe 48
        (
            (
                "Lightweight mesh implanted as planned. A heavyweight mesh was also opened in "
                "error but noticed and not used, discarded."
            ),
            NEAR_MISS_2,
        ),
        # probe 49
        (
            (
                "Lightweight mesh planned but heavyweight mesh the only one in stock; consultant "
                "chose heavyweight and documented the reason in op note."
            ),
            NOTHING,
        ),
        # probe 50
        (
            (
                "Left inguinal hernia repair with lightweight mesh was performed on the right "
                "groin. Consent and site marking were for the left side."
            ),
            NEVER_EVENT_1,
        ),
        # probe 51
        (
            (
                "Right TKR performed on the LEFT knee. Cemented implant as planned. Noticed at "
                "end of case when checking consent."
            ),
            NEVER_EVENT_1,
        ),
        # probe 76
        (
            (
                "Plan: biological mesh only due to contamination. Synthetic mesh opened by scrub "
                "nurse, noticed before implantation and swapped for biological."
            ),
            NEAR_MISS_2,
        ),
        # probe 77
        (
            (
                "Cemented stem only as per the plan given poor bone. Uncemented stem implanted in "
                "error, identified on post op x-ray."
            ),
            NEVER_EVENT_2,
        ),
    ],
)
def test_implant_length_and_mesh_specifications_keep_their_bounds(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 52
        (
            (
                "Cataract surgery RE. Lens implanted was the planned 22.0D for the LEFT eye; the "
                "right eye biometry required 19.5D. Pt has large refractive surprise."
            ),
            NEVER_EVENT_2,
        ),
        # probe 53
        (
            (
                "IOL implanted was the planned +20D but a toric lens had been planned and a "
                "standard monofocal lens was inserted in error."
            ),
            NEVER_EVENT_2,
        ),
        # probe 54
        (
            (
                "Lens used was the planned +21.5D as per biometry. Post op refraction as "
                "expected, no issues."
            ),
            NOTHING,
        ),
    ],
)
def test_planned_lens_placed_keeps_other_wrong_lenses(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 55
        (
            (
                "Right TKR. During the operation the box that was opened was a left one and the "
                "left femoral component was implanted; found on post op check of implant "
                "stickers."
            ),
            NEVER_EVENT_2,
        ),
        # probe 56
        (
            (
                "Right TKR. Scrub nurse spotted the R on the box, matched consent and plan; "
                "implant opened and used. No issues."
            ),
            NOTHING,
        ),
    ],
)
def test_handed_pack_opened_keeps_implanted_and_unrelated_packs(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 58
        (
            (
                "Pt group A RhD pos. Allogeneic blood required post op as cell salvage "
                "insufficient. First unit from a group O neg donor, second unit group A pos red "
                "cells. No reaction."
            ),
            NOTHING,
        ),
        # probe 59
        (
            (
                "Post allogeneic SCT: recipient group A, donor group O. Per protocol group O red "
                "cells issued and transfused. No issues, audit only."
            ),
            NOTHING,
        ),
        # probe 60 (mended: test_blood_group_and_rail_probes_mended)
        (
            (
                "Post BMT pt, recipient group O, donor group A. Group O red cells were correctly "
                "issued; group A platelets given. No reaction."
            ),
            NOTHING,
        ),
        # probe 61 (mended: test_blood_group_and_rail_probes_mended)
        (
            (
                "Post allo SCT, recipient A donor O; group A red cells issued by lab in error, "
                "caught at bedside check before spiking, swapped for group O."
            ),
            NEAR_MISS_12,
        ),
    ],
)
def test_stem_cell_donor_group_keeps_compatible_units(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 62
        (
            (
                "The compat label stated group O pos and the bag was O neg. Pt known O pos. Unit "
                "transfused uneventfully, query raised about label format only."
            ),
            NOTHING,
        ),
        # probe 64
        (
            (
                "Analyser result today was A pos for the pt; unit of O neg red cells given in "
                "emergency before crossmatch. No reaction."
            ),
            NOTHING,
        ),
        # probe 72
        (
            (
                "Compat label was for another pt and stated group B; the unit was group B and was "
                "transfused into our pt who is group O. Reaction, HDU."
            ),
            NEVER_EVENT_12,
        ),
        # probe 73
        (
            (
                "Analyser result today was O pos; historic record A pos. Lab overrode today's "
                "result and issued A pos red cells which were transfused; pt's true group O, "
                "haemolysis."
            ),
            NEVER_EVENT_12,
        ),
    ],
)
def test_compat_label_and_analyser_groups_keep_their_bounds(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe 67
        (
            (
                "ABO-incompatible kidney (donor B, recipient O) anastomosed and reperfused before "
                "the mismatch was realised by the coordinator."
            ),
            NEVER_EVENT_12,
        ),
        # probe 68
        (
            (
                "Planned ABOi living donor renal transplant, antibody removal done per protocol; "
                "procedure stopped before any incision as titres still too high, rescheduled."
            ),
            NOTHING,
        ),
        # probe 69
        (
            (
                "Donor kidney group B brought to theatre for a group O recipient; checking by "
                "coordinator picked up mismatch and procedure stopped before knife to skin. No "
                "transplant took place."
            ),
            NEAR_MISS_12,
        ),
        # probe 78 (mended: test_blood_group_and_rail_probes_mended)
        (
            (
                "Group A kidney transplanted into a group O recipient in error, picked up post op "
                "when lab rang. Plasma exchange started."
            ),
            NEVER_EVENT_12,
        ),
    ],
)
def test_kidney_stopped_before_incision_keeps_transplants_done(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
