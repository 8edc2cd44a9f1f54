"""Review R36: probes just outside today's wrong-site, wrong-patient, retained-object and organ
ABO readings (s4 merged as 50fb0c91, s5 as 44fbcdd8, r2 as b98c63d5; base c1d30e81).

s4 read another patient's side as ruling a finding out only by its side word, an eye told "not
due" as no side planned, and a lesion taken from one part with the part meant named after "not" /
"rather than" as a wrong site; s5 read another labelled patient's procedure done or set up, a
level told by a recount and a consent never agreed to or copied from another's entry; r2 read a
pack's plan lost only from what was passed on, an absorbable haemostat left as treatment,
rescoping after a loop told incomplete, a donor group read off a form and organ checks at the
back table. Each probe sits just outside one of these, its expected (never event, near miss)
taken from the labelling guide.

- GUARDS: main reads them right (those marked "gain" the base read wrong).
- MENDED: main (b98c63d5) read it wrong and the base right: s4's lesion taken from one part with
  the other part named after "not" read a part chosen with the patient ("..., as agreed with
  the pt") as a wrong site; mended (site_act.drop_lesion_parts_chosen_as_agreed), with
  paraphrases and contrasts.
- BOTH_WRONG: main and base wrong alike (or differently): strict xfails with the reason.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

GUARDS = [
    pytest.param(
        "Prev pt on the list had a R knee steroid injection. This pt was listed and "
        "consented for L knee injection, L marked. Reg injected the R knee in error, "
        "realised straight after and informed pt.",
        ("1", None),
        id="sd1",
    ),
    pytest.param(
        "Previous pt had R shoulder arthroscopy. Next pt listed for L shoulder; R "
        "shoulder was prepped and draped as the table was left set up from the last case. "
        "Noticed at time out before any incision, re-prepped L side.",
        (None, "1"),
        id="sd3",
    ),
    pytest.param(
        "Aflibercept clinic. LE not due until 12/4, RE due today. Nurse injector injected "
        "the LE in error. Pt informed, consultant aware.",
        ("1", None),
        id="ey2",
    ),
    pytest.param(
        "Eye clinic: RE due today, LE not due. Pts LE was cleaned and draped and speculum "
        "inserted, noticed at the final check before injection and swapped to the RE, no "
        "injection to the LE.",
        (None, "1"),
        id="ey3",
    ),
    pytest.param(
        "Ranibizumab clinic. L eye is not due, R eye due today. Injected the R eye. Pt "
        "upset as she thought both eyes were due, explained cycles.",
        (None, None),
        id="ey4",
    ),
    pytest.param(
        "Dermatology list: I excised the mole on her back rather than the one on the "
        "shoulder that had been consented and marked. Pt recalled for the shoulder "
        "lesion.",
        ("1", None),
        id="le1",
    ),
    pytest.param(
        "Consultant reviewed pt in clinic and changed the plan: excise the lesion on the "
        "forearm rather than the upper arm, which was benign on dermoscopy. Forearm "
        "lesion excised as per amended plan and consent.",
        (None, None),
        id="le2",
    ),
    pytest.param(
        "Biopsied the lesion on her cheek instead of the one on her forehead that was "
        "marked for biopsy. Apologised to pt, returned the following wk for correct "
        "biopsy.",
        ("1", None),
        id="le3",
    ),
    pytest.param(
        "Pt asked on the day for the mole on the neck to be removed and not the one on "
        "the chest, as she was more worried about it. Consent amended and neck mole "
        "removed.",
        (None, None),
        id="le4",
    ),
    pytest.param(
        "Minor ops: froze a wart on the hand rather than the foot as listed in the notes, "
        "pt pointed out the error afterwards.",
        ("1", None),
        id="le5_gain",
    ),
    pytest.param(
        "GP minor surgery. Lesion on the back excised, not the shoulder one - the "
        "shoulder lesion had been seen by dermatology and was benign so the plan was only "
        "the back. Histology awaited.",
        (None, None),
        id="le6",
    ),
    pytest.param(
        "Two pts on the list: pt X for L inguinal hernia repair, pt Y for R inguinal "
        "hernia repair. Both had their own procedures on the correct sides, no harm. "
        "Reported as the printed list showed pt X twice.",
        (None, None),
        id="pa1",
    ),
    pytest.param(
        "Pt A listed for flexible cystoscopy, pt B for TURBT. Pt B underwent the flexible "
        "cystoscopy meant for pt A and the TURBT was not done. Noticed afterwards when pt "
        "A was called.",
        ("1", None),
        id="pa2",
    ),
    pytest.param(
        "Pt X listed for liver biopsy and pt Y for renal biopsy. Pt Y's notes were filed "
        "in pt X's folder, noticed on the ward round. Both biopsies went ahead on the "
        "correct patients.",
        (None, None),
        id="pa4",
    ),
    pytest.param(
        "IR list: pt 1 for PICC line, pt 2 for nephrostomy. Pt 2 had the PICC line "
        "inserted, which was pt 1's procedure, as the request forms were swapped. Pt 2 "
        "then had his nephrostomy as well.",
        ("1", None),
        id="pa6",
    ),
    pytest.param(
        "Lumbar decompression planned at L4/5. Surgeon operated at L3/4; recount on the "
        "post op MRI showed the marker had been at L3/4 and the planned level untouched. "
        "Pt to return to theatre.",
        ("1", None),
        id="lv2",
    ),
    pytest.param(
        "Trigger finger release planned for R ring finger. At time out on recount the "
        "middle finger was found to be marked; corrected before any incision.",
        (None, "1"),
        id="lv3_gain",
    ),
    pytest.param(
        "At sign in the pt said she had never agreed to the sterilisation that was on her "
        "consent form. Surgeon discussed with her, consent amended to LSCS only. Caught "
        "before theatre.",
        (None, "1"),
        id="cs1",
    ),
    pytest.param(
        "Surgicel placed in the liver bed for oozing. Swab count was 1 short at closure "
        "and not resolved; x-ray in recovery showed a swab in the abdomen, returned to "
        "theatre for removal.",
        ("3", None),
        id="rt1",
    ),
    pytest.param(
        "Lap chole, Surgicel left in the GB fossa as documented in the op note. Post op "
        "CT 2 wks later showed a retained swab with a radio-opaque marker, removed at "
        "relook laparoscopy.",
        ("3", None),
        id="rt2",
    ),
    pytest.param(
        "Spongostan left in the nasal cavity as haemostat at the end of septoplasty, "
        "counts correct. Pt worried after reading op note, reassured it dissolves.",
        (None, None),
        id="rt3",
    ),
    pytest.param(
        "Op note says cavity packed, DN to remove pack day 2. The discharge letter sent "
        "to the district nurses had no mention of the pack, and the pack was removed late "
        "on day 5 when DN found it.",
        (None, None),
        id="rt5",
    ),
    pytest.param(
        "TURBT. At the end noticed the resectoscope loop was incomplete; surgeon rescoped "
        "and found the wire fragment in the bladder and removed it before pt left "
        "theatre.",
        (None, "3"),
        id="rt6",
    ),
    pytest.param(
        "Pt had TURP 3 months ago. At check cystoscopy today a fragment of resectoscope "
        "loop wire was found embedded in the prostatic bed and removed.",
        ("3", None),
        id="rt7",
    ),
    pytest.param(
        "Swab count short at the end of the case. Surgicel had been used. Swab found in "
        "the bin in theatre on searching, x-ray not needed.",
        (None, None),
        id="rt8",
    ),
    pytest.param(
        "Renal transplant. Donor blood group on the HTA form read A; recipient group A. "
        "Checked at the back table and matched, transplant proceeded.",
        (None, None),
        id="og1",
    ),
    pytest.param(
        "Liver transplant: at the final check before anastomosis the donor form showed "
        "group B, recipient group A. Transplant halted, organ not implanted.",
        (None, "12"),
        id="og3",
    ),
    pytest.param(
        "Heart transplant completed overnight. Day 2 the team found the donor was group "
        "AB and recipient group A; ABO mismatch had not been picked up at any check. Pt "
        "on ECMO.",
        ("12", None),
        id="og5",
    ),
    pytest.param(
        "Last pt had a L sided nerve block. Anaesthetist then performed a L sided block "
        "on this pt who was listed for R TKR; noticed when the surgeon arrived. Stop "
        "before you block not done.",
        ("1", None),
        id="sd8",
    ),
    pytest.param(
        "Botox clinic. R arm not due until June, L arm due today. L arm injected as planned.",
        (None, None),
        id="ey7",
    ),
    pytest.param(
        "RE due today, LE not due for another 4 wks. The doctor injected the LE, realised "
        "when pt said it was the wrong eye.",
        ("1", None),
        id="ey8",
    ),
    pytest.param(
        "Lesion on the arm excised as planned, not the back lesion which is for review in "
        "3 months. Pt happy.",
        (None, None),
        id="le8",
    ),
    pytest.param(
        "The pt in bed 3 was listed for an ascitic drain and the pt in bed 4 for a "
        "pleural tap. Bed 4 pt was positioned and the abdomen prepped for the ascitic "
        "drain before the error was noticed at the safety pause, stopped before any LA.",
        (None, "1"),
        id="pa8",
    ),
    pytest.param(
        "At time out the consent form was found to have been copied from another "
        "patient's entry, listing a R knee replacement; this pt was for L knee. Stopped, "
        "consent redone for L knee before starting.",
        (None, "1"),
        id="cs6",
    ),
    pytest.param(
        "Consent was copied from the previous patient's entry and not noticed. The "
        "procedure was carried out as listed and was correct for this pt. Found on audit "
        "of consent forms.",
        (None, None),
        id="cs7",
    ),
    pytest.param(
        "Donor kidney group on the form read B, recipient group B. Back table checks "
        "correct. Transplant completed, good graft function.",
        (None, None),
        id="og6",
    ),
    pytest.param(
        "Kidney on the back table, recipient already opened. Donor group on the HTA form "
        "read A, recipient group O; transplant halted and kidney not implanted.",
        (None, "12"),
        id="og7_gain",
    ),
    pytest.param(
        "Donor form read O for the deceased donor; recipient group A. Kidney "
        "transplanted. Day 3 the lab reported the donor was actually group B; acute "
        "rejection.",
        ("12", None),
        id="og8",
    ),
]

MENDED = [
    pytest.param(
        "Removed the mole on her back and not the one on her arm, as agreed with the pt "
        "and documented on the consent.",
        (None, None),
        id="le9",
    ),
    # other reporters' words for the part chosen with the patient
    pytest.param(
        "Excised the lesion on his forearm rather than the upper arm, as discussed with the pt "
        "in clinic.",
        (None, None),
        id="le9_discussed",
    ),
    pytest.param(
        "Shaved the lesion off her cheek not the forehead as per the consent, pt happy.",
        (None, None),
        id="le9_per_consent",
    ),
    pytest.param(
        "GP minor ops. Curetted the lesion from the scalp instead of the one on the neck, as "
        "requested by the pt who was more worried about it. Documented.",
        (None, None),
        id="le9_requested",
    ),
    # contrasts: an error told in the report, or "as planned" naming the part meant
    pytest.param(
        "Excised the mole from his back not the shoulder as agreed with the pt at consent, "
        "error noticed when histology came back and pt recalled.",
        ("1", None),
        id="le9_contrast_error_told",
    ),
    pytest.param(
        "I excised a lesion on the L forearm not the upper arm. pt recalled, apologised.",
        ("1", None),
        id="le9_contrast_dev_181352_wording",
    ),
    pytest.param(
        "Biopsied the lesion on the chest rather than the shoulder as planned. The shoulder "
        "lesion is still there untouched.",
        ("1", None),
        id="le9_contrast_as_planned",
    ),
]

BOTH_WRONG = [
    pytest.param(
        "The previous patient had a left hip injection under x-ray. Next pt had his right "
        "hip injected as planned and consented, no issues. Reported as list ran late.",
        (None, None),
        id="sd2",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: the previous patient's L hip told beside this patient's R "
                "hip done as planned reads as planned R done L"
            ),
        ),
    ),
    pytest.param(
        "pt had a R sided carpal tunnel injection last month. Today booked for L carpal "
        "tunnel injection, L wrist injected correctly. Pt queried why R not done again, "
        "explained.",
        (None, None),
        id="sd5",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: the patient's own earlier R injection (last month) reads "
                "as the side planned today"
            ),
        ),
    ),
    pytest.param(
        "Pt attends for intravitreal injections to both eyes on different cycles. RE not "
        "due until next month, LE due today. LE injected as planned, RE left alone. No "
        "incident, reported for learning about booking system.",
        (None, None),
        id="ey1",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: 'RE not due ..., LE due today. LE injected as planned, RE "
                "left alone' still reads a wrong site"
            ),
        ),
    ),
    pytest.param(
        "Endoscopy: pt X for colonoscopy, pt Y for OGD. Pt Y brought in, consented and "
        "positioned for colonoscopy. At time out the name on the list was checked and it "
        "was stopped before sedation or the scope.",
        (None, "1"),
        id="pa3",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: another listed pt's colonoscopy set up (consented, "
                "positioned) on pt Y and stopped at time out is not read as near miss 1"
            ),
        ),
    ),
    pytest.param(
        "Bed 4 and bed 5 both had chest drains planned. Bed 4 drain inserted on the R, "
        "then bed 5 drain inserted on the L, each the correct side. Datix for delay in "
        "getting the US machine.",
        (None, None),
        id="pa5",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: two beds each with their own drain on their own side read "
                "as a drain redone on the correct side"
            ),
        ),
    ),
    pytest.param(
        "L4/5 microdiscectomy planned. Intraop x-ray with marker at L3/4; the level was "
        "recounted and confirmed marker at L4/5, proceeded at L4/5 as planned.",
        (None, None),
        id="lv1",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: a marker first at L3/4 then told by recount at the planned "
                "L4/5 reads as a wrong digit/level"
            ),
        ),
    ),
    pytest.param(
        "Consent form details had been copied from the previous patient's entry on the "
        "electronic record, but at sign in the procedure and side on it were checked and "
        "correct for this pt. Reported as a documentation issue.",
        (None, None),
        id="cs2",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: a consent copied from another pt's entry but found correct "
                "at sign in reads as near miss 1"
            ),
        ),
    ),
    pytest.param(
        "Pt had changed her mind and no longer wanted the sterilisation she had consented "
        "for in clinic. Consent form amended at sign in, LSCS only.",
        (None, None),
        id="cs5",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: the pt's own changed wish (no longer wanted sterilisation) "
                "reads as near miss 1"
            ),
        ),
    ),
    pytest.param(
        "Deceased donor kidney transplanted into a group O recipient. Next day the lab "
        "confirmed the donor was group A - the donor group on the paperwork had been read "
        "wrongly. Graft function poor, plasma exchange started.",
        ("12", None),
        id="og2",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: a kidney transplanted into a group O recipient from a "
                "donor found group A the next day is not read as never event 12"
            ),
        ),
    ),
    pytest.param(
        "Pt in bay 2 had his L hip injected under US. The pt in bay 3 then had her R hip "
        "injected as listed and consented. No issues, reported as the US machine failed "
        "between pts.",
        (None, None),
        id="sd6",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: the pt in the next bay's L hip reads as this pt's side "
                "against her R done as listed"
            ),
        ),
    ),
    pytest.param(
        "Initial x-ray reported the marker at L5/S1 but on recount it was at L4/5, the "
        "planned level; proceeded at L4/5.",
        (None, None),
        id="lv5",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: a marker level recounted to the planned level reads as a "
                "retained object (the marker)"
            ),
        ),
    ),
    pytest.param(
        "Gelfoam placed in the wound bed. Needle count incorrect at closure, x-ray showed "
        "the needle in the wound, pt returned to theatre next day.",
        ("3", None),
        id="rt9",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong, differently: a needle left after a count told 'incorrect' "
                "(not 'short') with Gelfoam placed: base read near miss 3, main null "
                "(r2's haemostat_left_as_treatment takes the needle as the haemostat "
                "since count_came_up_short misses 'incorrect')"
            ),
        ),
    ),
    pytest.param(
        "Pt had TURBT 2 days ago. At the time the loop was noted incomplete and pt was "
        "rescoped, nothing found. Today the missing loop wire tip passed in the catheter "
        "bag.",
        ("3", None),
        id="rt12",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "both wrong: a loop wire tip passed in the catheter bag days after a "
                "TURBT (rescope found nothing) is not read as never event 3"
            ),
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_reading_kept_just_outside_todays_site_patient_retained_and_organ_changes(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), MENDED)
def test_lesion_part_chosen_as_agreed_is_no_wrong_site_unless_an_error_is_told(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), BOTH_WRONG)
def test_reading_wrong_before_and_after_todays_changes(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
