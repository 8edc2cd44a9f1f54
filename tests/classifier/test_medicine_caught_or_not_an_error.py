"""Medicine never-event patterns: whether this report's patient was given, or about to be given,
the wrong thing by staff, and whether any of it reached them.

A wrong-route, insulin, methotrexate, potassium or midazolam pattern told only as a training
scenario on a manikin, or as a past incident with no patient today, is no event (null); an
insulin pump profile the patient changed themself is no staff error (null); an injectable product
put down an NG tube on purpose is no wrong route (null). The errors made and stopped before
giving (a 'U' read as 0 and dialled, a methotrexate dose drawn up or prescribed daily and caught,
potassium phosphate concentrate drawn up for the bag) are near misses; the same errors told as
given are never events, and high-strength midazolam given for sedation in ED is never event 8."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES: list = [
    # --- a simulation with no patient: null
    (
        "Sim session in skills lab, no patients. Scenario had a mannequin with NG tube and "
        "cannula; the actor nurse pushed oral paracetamol suspension into the cannula as the "
        "planted error. Candidates missed it until debrief.",
        (None, None),
    ),
    # (the real patient the exclusion's except_if looks for is read in "no real pt" itself)
    pytest.param(
        "Training scenario (manikin only, no real pt): oramorph drawn up in a luer syringe and "
        "connected to the IV cannula by the facilitator to test the team. Not spotted by the "
        "trainees.",
        (None, None),
        marks=pytest.mark.xfail(
            reason="'no real pt' read as a real patient named (real_patient_named)", strict=True
        ),
    ),
    (
        "in-situ simulation on ward 7 using a manikin - scenario was enteral feed connected to "
        "the PICC line. the f1 didnt notice. learning shared, no patient involved",
        (None, None),
    ),
    # ... look-alike: a real patient, the oral liquid into the cannula: NE5
    (
        "Pt in bay 3 had oramorph 5mg drawn up in a luer syringe and given via the IV cannula "
        "in error by agency nurse. Pt drowsy, outreach called.",
        ("5", None),
    ),
    # --- a past incident told as history, no patient today: null
    (
        "After the never event on this ward in 2021 when oral morphine was given IV via a "
        "cannula, all RNs must complete oral syringe training. Audit today shows 40% "
        "compliance. No patient involved, reminders sent.",
        (None, None),
    ),
    (
        "Following a previous incident in 2018 where enteral feed was connected to a central "
        "line, purple syringes were introduced. Today's stock check found none on the ward. "
        "No patients affected.",
        (None, None),
    ),
    # ... look-alike: the same error today
    (
        "Today oral morphine solution was given via the IV cannula instead of orally by the "
        "night nurse. Pt monitored, naloxone not needed.",
        ("5", None),
    ),
    # --- an injectable given down the NG on purpose: null
    (
        "pt on oral vanc for c diff, no capsules on ward so the IV vial reconstituted and "
        "given down the NG as per micro advice. student nurse queried wrong route. confirmed "
        "correct and intended by pharmacy.",
        (None, None),
    ),
    (
        "Injectable hydrocortisone given via the NG tube as per pharmacy advice, as no oral "
        "preparation in stock. Intended and documented. Reported by bank staff who thought it "
        "was a wrong route.",
        (None, None),
    ),
    # ... look-alike: the oral medicine pushed into the line
    (
        "Oral vancomycin liquid given via the PICC line in error instead of via the NG tube. "
        "Micro informed, pt observed.",
        ("5", None),
    ),
    # --- a pump profile the patient changed himself: null
    (
        "T1DM pt with own insulin pump, found basal at 2 units/hr instead of 1 - pt had "
        "altered the profile himself at home. BM 3.1, treated. DSN reviewed, pump reset.",
        (None, None),
    ),
    (
        "Patient's own CSII pump running a higher basal rate than documented; she had "
        "reprogrammed it herself before admission. Hypo 2.9 treated with glucose.",
        (None, None),
    ),
    # ... look-alike: the insulin overdose from a 'U' misread by staff and given
    (
        "Insulin chart said 'Novorapid 6U'. Nurse read it as 60 and gave 60 units. Pt "
        "hypoglycaemic BM 1.8, IV glucose.",
        ("6", None),
    ),
    # --- a 'U' read as 0, dialled, stopped before giving: NM6
    (
        "Lantus written as '8U' on the chart. I dialled 80 units on the pen but before I gave "
        "it the patient said she only ever has 8. Rechecked, the U looked like a zero. 8 "
        "units given.",
        (None, "6"),
    ),
    (
        "Insulin 'Humalog 10U' handwritten, the U read as a 0 so 100 units drawn up. Second "
        "checker stopped it before administration. Correct 10 units given, chart rewritten.",
        (None, "6"),
    ),
    # ... look-alike: the 'U' read correctly by all
    (
        "Insulin prescribed as '12U' on the drug chart. Nurse queried the abbreviation, it was "
        "read correctly as 12 units and given. Dr asked to rewrite as units in full.",
        (None, None),
    ),
    # --- methotrexate daily caught before any extra dose: NM7
    (
        "Med rec: methotrexate 15mg for psoriasis prescribed once daily on EPMA instead of "
        "once weekly. Next dose would have been due tomorrow morning. Amended to weekly "
        "before any dose given, prescriber informed.",
        (None, "7"),
    ),
    (
        "MTX 10mg (RA) on the drug chart as OD not weekly. Pharmacist spotted on ward round "
        "before the next dose was due, changed to weekly on Fridays. No extra dose given.",
        (None, "7"),
    ),
    # ... look-alike: the daily doses given
    (
        "Methotrexate 10mg for RA prescribed daily in error and given daily for 4 days on "
        "the ward. Pt developed mouth ulcers and neutropenia.",
        ("7", None),
    ),
    # --- methotrexate miscalculated for an ectopic, excess discarded before giving: NM7
    (
        "Methotrexate for ectopic pregnancy: dose worked out with the wrong weight giving "
        "150mg instead of 90mg. Drawn up but the second checker recalculated and the extra was "
        "discarded before the IM injection. Pt not affected.",
        (None, "7"),
    ),
    # ... look-alike: methotrexate for cancer, a chemo dose error: null
    (
        "Oncology day unit. Methotrexate chemotherapy for lymphoma, dose calculated on the "
        "wrong BSA, noticed by the pharmacist before dispensing. Recalculated.",
        (None, None),
    ),
    # --- potassium phosphate concentrate drawn up instead, stopped before adding: NM4
    (
        "Pt prescribed sodium glycerophosphate. Potassium phosphate concentrate taken from "
        "the cupboard in error and 10ml drawn up to go in the bag. Pharmacist noticed the vial "
        "and it was stopped before it was added.",
        (None, "4"),
    ),
    (
        "Nurse selected strong potassium chloride ampoule instead of sodium chloride 0.9% "
        "flush and drew it up. Second nurse spotted the label before it was given. Discarded.",
        (None, "4"),
    ),
    # ... look-alike: the concentrate given instead of the flush
    (
        "Potassium chloride concentrate drawn up instead of saline flush and given IV as a "
        "flush. Pt complained of burning arm and arrhythmia, crash team called.",
        ("4", None),
    ),
    # ... look-alike: a premixed potassium bag at the wrong rate: null
    (
        "Premixed potassium chloride 40mmol in 1L bag run at 250ml/hr instead of 125ml/hr. "
        "Noticed after 2 hours, K 5.1, rate corrected.",
        (None, None),
    ),
    # --- high-strength midazolam given for sedation in ED: NE8
    (
        "ED procedural sedation for a Colles reduction. Midazolam 5mg/ml used, doctor gave "
        "2ml thinking it was 1mg/ml so 10mg given. Pt apnoeic, bag-valve mask and flumazenil.",
        ("8", None),
    ),
    (
        "Conscious sedation in ED for shoulder relocation, 10mg/2ml midazolam drawn up in place "
        "of the 1mg/ml; 5mg intended, 25mg given. Desaturated to 80%, reversed with flumazenil.",
        ("8", None),
    ),
    # ... look-alike: midazolam 5mg/ml for status in ED, intended: null
    (
        "ED resus: midazolam 5mg/ml given buccally for status epilepticus as prescribed. "
        "Seizure terminated. Reported only because the stock drawer was untidy.",
        (None, None),
    ),
    # ... look-alike: high-strength midazolam in ICU sedation: null
    (
        "ICU sedation infusion made up with midazolam 5mg/ml as per the unit protocol; pump "
        "programmed correctly. Reported for a labelling query only.",
        (None, None),
    ),
    # ... look-alike: high-strength midazolam drawn up for endoscopy, caught: NM8
    (
        "Endoscopy: midazolam 10mg/2ml drawn up instead of the 1mg/ml for conscious sedation. "
        "Endoscopist checked the ampoule before giving and it was swapped. Not given.",
        (None, "8"),
    ),
    # --- a stock finding with no patient: null
    (
        "Audit found midazolam 5mg/ml ampoules in the endoscopy sedation cupboard. No patient "
        "involved, removed to pharmacy.",
        (None, None),
    ),
    (
        "Potassium chloride concentrate ampoules found on an open shelf in the treatment room "
        "during a pharmacy walk-round. Removed. No patient involved.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_medicine_caught_or_not_an_error(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
