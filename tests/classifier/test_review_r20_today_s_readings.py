"""Review R20: probes just outside the readings added since 1.96.0 (bcd4083f), by H58-H61.

Each probe is another reporter's wording sitting beside a new reading: the real never event it
must not explain away, the real near miss it must not drop, the look-alike it must not promote.
Probes main reads right are guards; the rest are strict xfails with their reason.

- Regression mended: an implanting step told about to be taken ("picked up the lens ready to
  insert") followed by a check told finding it right ("said it looked fine") is an all-clear,
  not a catch: the lens found wrong post op stays never event 2 (q09; the about-to-implant
  catch of dev-174354 read any "said" as a catch). A check telling it wrong ("said it wasn't
  the correct one") stays a catch, near miss 2.
- Regression left as xfail: a chest told "held ... against the bed rail gap" (p47), read at
  1.96.0 by the learned model only.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# (probe id, reading probed, narrative, (never event, near miss) per the labelling guide)
GUARDS = [
    (
        "p01",
        "count_end",
        (
            "Perineal repair completed. At the final count only 4 of 5 swabs, pt transferred to"
            " postnatal ward. Swab found in vagina by community midwife on day 5 and removed."
        ),
        ("3", None),
    ),
    (
        "p02",
        "count_end",
        (
            "Episiotomy sutured. Count at the end 4 out of 5 swabs. Searched room, swab found "
            "in the bin. Pt informed."
        ),
        (None, None),
    ),
    (
        "p03",
        "count_end",
        (
            "2 packs of 5 swabs opened for the repair, count correct at the end. Pt discharged "
            "home, swab passed PV 3 days later."
        ),
        ("3", None),
    ),
    (
        "p04",
        "count_end",
        (
            "Laparotomy, sheath closed and skin stapled. At the end count 9 of 10 small swabs. "
            "X-ray in recovery showed swab in abdomen, pt returned to theatre next day for "
            "removal."
        ),
        ("3", None),
    ),
    (
        "p05",
        "count_end",
        (
            "3rd degree tear repaired in theatre. At the final count only 3 out of 4 tampons "
            "accounted for, VE repeated, tampon found high in vagina and removed before pt left"
            " theatre."
        ),
        (None, "3"),
    ),
    (
        "p06",
        "reopen",
        (
            "Count correct at closure of the sheath. Skin closed. Pt readmitted 2 weeks later, "
            "CT showed a retained swab, wound re-opened and swab removed."
        ),
        ("3", None),
    ),
    (
        "p07",
        "reopen",
        (
            "Needle count short before closing the rectus sheath, sheath already closed so "
            "surgeon re-opened it and the needle was found in the wound and removed."
        ),
        (None, "3"),
    ),
    (
        "p08",
        "dressing",
        (
            "Central line inserted, dressing applied. 2 days later nurse was changing the "
            "dressing when she noticed the guidewire still in situ, removed by medical team."
        ),
        ("3", None),
    ),
    (
        "p10",
        "drapes",
        "As the drapes were cleared a swab was found on the floor, count then correct. No harm.",
        (None, None),
    ),
    (
        "p11",
        "drapes",
        (
            "Swab count correct, drapes cleared, pt to recovery. Abdominal x-ray on day 3 "
            "showed a retained swab."
        ),
        ("3", None),
    ),
    (
        "p12",
        "implant",
        (
            "Wrong size lens (22D instead of 20D) implanted, noticed while the scrub nurse was "
            "filing the stickers after the case, pt informed."
        ),
        ("2", None),
    ),
    (
        "p13",
        "implant",
        (
            "Surgeon about to insert the tibial component when the scrub nurse noticed it was a"
            " left, correct one opened and implanted."
        ),
        (None, "2"),
    ),
    (
        "p15",
        "implant",
        (
            "Femoral stem handed up was size 12, the template said 14, surgeon noticed before "
            "impaction, correct stem opened and used."
        ),
        (None, "2"),
    ),
    (
        "p16",
        "implant",
        (
            "IOL handed to surgeon and implanted, post op the lens sticker showed 19.5D but "
            "biometry planned 21.0D, pt listed for lens exchange."
        ),
        ("2", None),
    ),
    (
        "p17",
        "implant",
        (
            "While loading the lens into the injector the scrub nurse noticed the power was for"
            " the other eye's plan, lens exchanged before insertion."
        ),
        (None, "2"),
    ),
    (
        "p18",
        "implant",
        (
            "Knee implanted, while closing the scrub nurse noticed a right femoral component "
            "had been used on the left knee. Pt informed."
        ),
        ("2", None),
    ),
    (
        "p19",
        "abo",
        (
            "Group O FFP transfused to a group A pt in error, 50ml given before the error "
            "noticed. Transfusion stopped, haem informed."
        ),
        ("12", None),
    ),
    (
        "p20",
        "abo",
        (
            "Group A pt prescribed platelets. Unit issued was group O pos, not HT negative, "
            "full unit transfused."
        ),
        ("12", None),
    ),
    (
        "p21",
        "abo",
        "Pt group O. Unit of FFP issued was group A, stopped at bedside check before spiking.",
        (None, None),
    ),
    (
        "p22",
        "abo",
        (
            "Non-O pts should receive HT neg O platelets. Audit found 2 units given without "
            "checking HT status, both recipients group O."
        ),
        (None, None),
    ),
    (
        "p23",
        "abo",
        (
            "65F group O pos. Given 1 unit of A pos red cells in error in ED, reaction with "
            "fever and rigors."
        ),
        ("12", None),
    ),
    (
        "p24",
        "abo",
        (
            "80M, group A RhD pos, given O neg red cells in major haemorrhage as emergency "
            "stock. No reaction."
        ),
        (None, None),
    ),
    (
        "p25",
        "abo",
        (
            "There is a risk that an ABO incompatible transfusion could occur because the "
            "fridge has no barcode scanner."
        ),
        (None, None),
    ),
    (
        "p26",
        "abo",
        (
            "Wrong unit collected and an ABO incompatible transfusion did occur, pt group O "
            "received group B red cells, ITU admission."
        ),
        ("12", None),
    ),
    (
        "p27",
        "abo",
        (
            "Two pts in resus. Approx 200ml B pos red cells transfused to the group O pt before"
            " the error was noticed. Haemolysis."
        ),
        ("12", None),
    ),
    (
        "p28",
        "abo",
        (
            "Two pts in resus. Approx 200ml O neg red cells transfused to the group AB pt who "
            "was meant to get AB units. No reaction."
        ),
        (None, None),
    ),
    (
        "p29",
        "abo",
        (
            "Compatibility tag checked against the wristband, pt group B. Red cell unit was "
            "group A, noticed at bedside before spiking."
        ),
        (None, "12"),
    ),
    (
        "p30",
        "site",
        (
            "Clerking said left knee, consent and mark right knee. At time out noted the "
            "clerking typo, right side confirmed with the pt, op went ahead on the right as "
            "planned."
        ),
        (None, None),
    ),
    (
        "p31",
        "site",
        (
            "Consent form and marking both on the left, listing said right. At sign in the pt "
            "said it was the right hip, site re-marked and consent redone."
        ),
        (None, "1"),
    ),
    (
        "p33",
        "site",
        (
            "Right inguinal hernia repair performed, but consent and marking were for left "
            "side. Discovered in recovery."
        ),
        ("1", None),
    ),
    (
        "p35",
        "midaz",
        (
            "Pt in endoscopy given midazolam 5mg/ml in error instead of 1mg/ml for sedation, "
            "became drowsy, flumazenil given."
        ),
        ("8", None),
    ),
    (
        "p37",
        "insulin",
        (
            "Insulin drawn from the pt's pen using a syringe by the nurse, 40 units given "
            "instead of 4, BM 1.9, glucose given."
        ),
        ("6", None),
    ),
    (
        "p38",
        "insulin",
        (
            "Insulin withdrawn from a Novorapid pen with an insulin syringe as no pen needles. "
            "Correct dose received, BM 8.2 next morning."
        ),
        (None, None),
    ),
    (
        "p39",
        "insulin",
        (
            "Nurse drew up insulin from the pen cartridge with a syringe. Dose given was ten "
            "times the correct dose, pt hypo BM 2.1."
        ),
        ("6", None),
    ),
    (
        "p40",
        "insulin",
        (
            "No pen needles on the ward so insulin dose was delayed 2 hours until supplies came"
            " from another ward."
        ),
        (None, None),
    ),
    (
        "p41",
        "mtx",
        (
            "Pt with RA given methotrexate 10mg daily for 5 days on the ward instead of weekly,"
            " bloods showed pancytopenia."
        ),
        ("7", None),
    ),
    (
        "p42",
        "mtx",
        (
            "Son on phone: 'mum has been given her methotrexate every day' - checked the chart,"
            " given Saturday only, the daily tablet is folic acid. Son reassured."
        ),
        (None, None),
    ),
    (
        "p43",
        "mtx",
        (
            "Pt's psoriasis methotrexate charted daily in error and given Mon Tue Wed, noticed "
            "by pharmacist Thursday. Folic acid is also given daily."
        ),
        ("7", None),
    ),
    (
        "p44",
        "rails",
        (
            "Pt found with neck trapped between the bed rail and mattress, rails supplied by "
            "the trust. Released by staff, marks on neck."
        ),
        ("11", None),
    ),
    (
        "p45",
        "rails",
        (
            "Pt at home found with head and neck trapped in bed rails the family bought "
            "privately online and fitted themselves."
        ),
        (None, None),
    ),
    (
        "p46",
        "rails",
        "Pt's arm trapped between the bed rail and the mattress, skin tear to forearm.",
        (None, None),
    ),
    (
        "p48",
        "ngt",
        (
            "NG tube placed, CXR reported by radiologist as tip in right main bronchus after "
            "200ml feed already run through it. Feed stopped, pt desaturated."
        ),
        ("13", None),
    ),
    (
        "p49",
        "ngt",
        (
            "NG tube position queried on CXR by the FY1, radiologist reported tip in the "
            "stomach, feeding started."
        ),
        (None, None),
    ),
    (
        "p50",
        "air",
        (
            "Pt requiring oxygen connected to the flowmeter that said AIR on it instead of the "
            "oxygen one, sats dropped to 82%."
        ),
        ("15", None),
    ),
    (
        "p52",
        "air",
        (
            "Pt in bed 12 on 2L oxygen found connected to the medical air flowmeter, sats 84%, "
            "changed to oxygen."
        ),
        ("15", None),
    ),
    (
        "p53",
        "window",
        (
            "Pt undid the window restrictor with a screwdriver found in his bag afterwards and "
            "jumped from first floor window, fractured ankle."
        ),
        (None, None),
    ),
    (
        "p54",
        "window",
        (
            "Pt fell from a second floor window, restrictor had been broken for weeks and "
            "reported to estates."
        ),
        ("10", None),
    ),
    (
        "q01",
        "mtx_day_only",
        (
            "RA pt given methotrexate 7.5mg daily on the ward for 4 days, it should have been "
            "given on Monday only. Bloods checked, pt informed."
        ),
        ("7", None),
    ),
    (
        "q02",
        "mtx_quote",
        (
            "Pt's husband: 'she has been given methotrexate every day since admission' - chart "
            "checked and confirms methotrexate 10mg was given daily for 5 days, pt has "
            "psoriasis."
        ),
        ("7", None),
    ),
    (
        "q03",
        "mtx_folic",
        (
            "Pt with RA. The tablets given every day were not folic acid but methotrexate 10mg,"
            " given daily for 6 days in error."
        ),
        ("7", None),
    ),
    (
        "q04",
        "abo_agesex",
        (
            "Recipient group O pos. Red cell unit labelled for 45M group A pos collected in "
            "error and transfused to our pt, 150ml given before reaction."
        ),
        ("12", None),
    ),
    (
        "q05",
        "abo_given_to",
        "A pos FFP given to the group B pt in error in theatre, full unit transfused.",
        ("12", None),
    ),
    (
        "q06",
        "reopen_later",
        (
            "Count short at closure of the sheath, x-ray in theatre reported as clear so sheath"
            " and skin closed. Pt returned to theatre 3 days later, wound re-opened and the "
            "missing swab found in the pelvis."
        ),
        ("3", None),
    ),
    (
        "q07",
        "final_count_later",
        (
            "At the final count 3 of 4 packs were counted back, search done and nothing found, "
            "pt sent to ward. Pack found in vagina at 6 week check by GP."
        ),
        ("3", None),
    ),
    (
        "q08",
        "implant_while_after",
        (
            "Wrong power IOL noticed by the scrub nurse while the surgeon was irrigating after "
            "the lens had been inserted. Pt informed, lens exchange booked."
        ),
        ("2", None),
    ),
    (
        "q09",
        "implant_about_said",
        (
            "Consultant picked up the lens ready to insert and said it looked fine. Post op "
            "check found the lens was 24D instead of the 21D planned."
        ),
        ("2", None),
    ),
    (
        "q10",
        "implant_handed",
        (
            "Femoral head handed up and implanted, wrong size (32 not 36 as planned) noticed on"
            " the sticker sheet after closure."
        ),
        ("2", None),
    ),
    (
        "q11",
        "lens_planned_other",
        (
            "The lens implanted was the one planned for the previous pt on the list, noticed "
            "when filing stickers. Pt informed."
        ),
        ("2", None),
    ),
    (
        "q12",
        "own_mark",
        (
            "Pt had drawn their own arrow on the left leg at home, no surgical mark made, left "
            "varicose veins stripped instead of right."
        ),
        ("1", None),
    ),
    (
        "q13",
        "mark_wiped",
        (
            "Surgical mark was wiped off during skin prep, surgeon incised the left knee "
            "instead of the right. Noticed when the arthroscope showed a normal joint."
        ),
        ("1", None),
    ),
    (
        "q14",
        "other_scan",
        (
            "Another patient's MRI was used for planning and the pt had the wrong level "
            "decompressed, found on post op review."
        ),
        ("1", None),
    ),
    (
        "q15",
        "pen_needles",
        (
            "No pen needles on the ward so nurse drew up insulin from the pen with a 1ml "
            "syringe, 10 times the dose given, pt hypo BM 1.6."
        ),
        ("6", None),
    ),
    (
        "q16",
        "restrictor_tool",
        (
            "Window restrictor found missing after pt fell from 2nd floor window, estates say "
            "it had been removed during redecoration. A screwdriver was found on the "
            "windowsill."
        ),
        ("10", None),
    ),
    (
        "q17",
        "air_bed",
        (
            "Pt in bed 4 on 4L O2 connected to the air flowmeter in error, bed 4 had been empty"
            " earlier in the shift. Sats 85%."
        ),
        ("15", None),
    ),
    (
        "q18",
        "midaz_supplied",
        (
            "Midazolam 5mg/ml supplied in error by pharmacy to endoscopy instead of 1mg/ml, pt "
            "given 5mg for colonoscopy sedation and needed flumazenil. Traced to goods-in."
        ),
        ("8", None),
    ),
    (
        "q19",
        "midaz_trolley_after",
        (
            "Midazolam 10mg/2ml taken off the trolley after 2ml had already been given to the "
            "pt for bronchoscopy sedation, pt oversedated."
        ),
        ("8", None),
    ),
    (
        "q20",
        "rails_family",
        (
            "Rails bought and fitted by the family at home, our carers found pt with neck "
            "trapped between rail and mattress."
        ),
        (None, None),
    ),
    (
        "q21",
        "rails_agency",
        (
            "Family bought the bed rails but our agency carers fitted them. Pt found with her "
            "neck trapped between the rail and mattress."
        ),
        ("11", None),
    ),
    (
        "q22",
        "ngt_radiology",
        (
            "NG tube placed, radiologist reported the tip in the stomach, but next day CXR "
            "showed the tube in the right bronchus after feed had been run overnight."
        ),
        ("13", None),
    ),
    (
        "q23",
        "air_prescribed",
        "Air prescribed for nebuliser, flowmeter said AIR on the tap as intended, pt comfortable.",
        (None, None),
    ),
    (
        "q24",
        "insulin_correct_heading",
        (
            "Insulin withdrawn from pen with a syringe. Correct dose: 6 units. 60 units given, "
            "BM 1.4 and pt unresponsive."
        ),
        ("6", None),
    ),
]


@pytest.mark.parametrize(
    ("probe", "reading", "text", "expected"), GUARDS, ids=[g[0] for g in GUARDS]
)
def test_a_narrative_beside_a_new_reading_keeps_its_guide_reading(
    probe: str, reading: str, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


ALL_CLEAR_CASES = [
    (
        "Consultant picked up the lens ready to insert and said it looked fine. Post op check "
        "found the lens was 24D instead of the 21D planned.",
        ("2", None),
    ),
    (
        "Surgeon picked up the cup ready to insert and checked it was correct with the scrub "
        "nurse. After closure the sticker showed a 50 cup instead of the 54 planned.",
        ("2", None),
    ),
    (
        "Surgeon picked up the lens ready to insert, scrub nurse said it wasn't the correct "
        "one, 21D lens opened and inserted.",
        (None, "2"),
    ),
    (
        "Surgeon was about to implant it when the scrub nurse checked and it was the wrong "
        "size, correct one opened and used.",
        (None, "2"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALL_CLEAR_CASES)
def test_a_check_told_right_before_implanting_is_no_catch_but_one_told_wrong_is(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


XFAILS = [
    pytest.param(
        (
            "The surgeon went on to insert the cup, afterwards the scrub nurse noticed it was "
            "52 not 54 as planned. Pt informed, revision discussed."
        ),
        ("2", None),
        id="p14",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "not a regression (base also null): an implant told put in with 'went on to "
                "insert' and the mismatch found afterwards is read as neither reached nor "
                "caught"
            ),
        ),
    ),
    pytest.param(
        (
            "Midazolam 10mg/2ml (5mg/ml) drawn up for endoscopy conscious sedation, taken off "
            "the trolley by the nurse before the pt came in, 1mg/ml used."
        ),
        (None, "8"),
        id="p34",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "not a regression (base also never event 8): a high-strength syringe taken off "
                "the trolley before the pt came in, with 1 mg/ml used, is still read as given "
                "(H59's reading did not reach 'before the pt came in, 1mg/ml used')"
            ),
        ),
    ),
    pytest.param(
        (
            "Pt slipped down the bed and was held by her chest against the bed rail gap, HCA "
            "released her, bruising to chest."
        ),
        ("11", None),
        id="p47",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "regression since 1.96.0: base read it only by the learned never-event model "
                "(dev-44996), which the doubt merge's retrained model (dev-45716) no longer "
                "gives; no rule reads a chest told 'held ... against the bed rail gap' as "
                "trapped, and adding 'held' to the trapping words would be too broad (staff "
                "held the pt) for a small mend"
            ),
        ),
    ),
    pytest.param(
        (
            "Bed 12 was empty, nebuliser set up on the air outlet for the next pt, noticed and "
            "changed before anyone was admitted."
        ),
        (None, None),
        id="p51",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "not a regression (base also near miss 15): an air set-up at an empty bed, "
                "changed before anyone was admitted, has no patient (null); H61's reading did "
                "not reach 'Bed 12 was empty ... for the next pt'"
            ),
        ),
    ),
    pytest.param(
        (
            "Insulin drawn up from the pen cartridge with a syringe, right dose prescribed but "
            "10 times it given, pt hypo."
        ),
        ("6", None),
        id="q25",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "not a regression (base also null): insulin drawn from a pen cartridge with a "
                "syringe and ten times the prescribed dose given is never event 6; 'right dose "
                "prescribed but 10 times it given' is not read as an overdose"
            ),
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), XFAILS)
def test_a_narrative_the_engine_still_misreads_beside_a_new_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
