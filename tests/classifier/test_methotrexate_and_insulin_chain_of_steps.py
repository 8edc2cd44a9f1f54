"""How far a methotrexate or insulin error got (engine.extra_dose): the chain of steps read for
where the catch stands and who took what. A daily schedule made on a paper (a script, label,
MAR, dosette, TTO) and caught at a step of the supply ("queried it at the counter", "flagged it
during screening") or with nothing handed over is near miss 7; "every morning", "mane" and
"nocte" are daily words. A daily taking worried about with no paper made wrong and no extra
dose ("been taking the methotrexate every day ... it was the folic acid") and the weekly dose
moved to another day ("given on Friday instead of Thursday ... 6 days apart") are neither.
Insulin: a small syringe of a volume in ml drawn into is a non-insulin syringe whatever its kind
is called ("2ml leur-slip syringe"); a syringe driver is a pump, not a syringe; a pen withdrawal
told as a topic ("an alert about insulin withdrawn from pens"), an instruction ("never withdraw")
or as none ("No incidents of insulin drawn from a pen were reported") is no event; a chart found
with units in full beside the insulin's name ("chart reads 'Lantus 10 units' written in full")
answers a "U" complained of. What stays: extra doses counted, daily doses given on a ward, care
home or prison (never event 7), an insulin overdose given with a low sugar (never event 6),
cancer methotrexate, folic acid daily, audits and stock errors with no patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        (
            "Community pharmacy: new rx from GP for methotrexate 2.5mg tabs, directions"
            ' "take 4 tablets daily". Picked up by pharmacist at clinical check, GP '
            "contacted, amended to once weekly on Fridays. Pt had not collected."
        ),
        (None, "7"),
    ),
    (
        (
            "GP repeat for MTX 10mg printed as OD after practice system migration. "
            "Dispenser queried it at the counter when the daughter came to collect; "
            "nothing handed over, new script issued weekly."
        ),
        (None, "7"),
    ),
    (
        (
            "care home: MAR chart from the pharmacy showed methotrexate 7.5mg every "
            "morning. Senior carer checked the box which says once a week on Monday, "
            "rang pharmacy before the evening round. Resident's weekly dose had been "
            "given on monday as normal, no other doses."
        ),
        (None, "7"),
    ),
    (
        (
            "HMP healthcare - in-possession meds for a prisoner on MTX for RA labelled "
            "'one daily' by the outreach pharmacy. Prisoner said at the hatch he only "
            "takes it on sundays, supply withheld and relabelled. No tablets had been "
            "given out."
        ),
        (None, "7"),
    ),
    (
        (
            "Discharge reconciliation: TTO written methotrexate 15mg once daily (should"
            " be weekly, Thursday). Ward pharmacist amended before the TTO was sent to "
            "dispensary, pt still on ward."
        ),
        (None, "7"),
    ),
    (
        (
            "Derm outpatients - clinic letter to GP asked for methotrexate 10 mg daily "
            "for psoriasis; GP practice pharmacist spotted it when adding to repeat, "
            "called derm reg, confirmed weekly. The patient has not started it yet, "
            "first dose due next Monday."
        ),
        (None, "7"),
    ),
    (
        (
            "Rheumatology helpline: pt rang as the new pharmacy label says take ONE "
            "tablet EVERY DAY for her methotrexate. She had not started the new box, "
            "last dose was her usual saturday one. Pharmacy relabelled."
        ),
        (None, "7"),
    ),
    (
        (
            "Pt admitted, drug chart: MTX 20mg od. 1st dose given on wed (her usual "
            "day). Pharmacist on thurs ward round saw the chart before the 2nd dose and"
            " changed it to weekly. No extra dose given."
        ),
        (None, "7"),
    ),
    (
        (
            "dosette from chemist had methotrexate in every day's compartment for the "
            "week. Pt's husband noticed when he opened it on day one and rang them "
            "before she took any. Returned and re-filled."
        ),
        (None, "7"),
    ),
    (
        (
            "methotrexte 2.5mg x 8 tabs transcribed as daily on the inpatient kardex by"
            " FY1. Staff nurse questioned it on the morning round and did not give it, "
            "as the pt said he takes it Tuesdays. Chart rewritten."
        ),
        (None, "7"),
    ),
    (
        (
            "Community pharmacy label said take 4 tablets daily (MTX 2.5mg). Pt took 4 "
            "tablets on Tuesday and again on Wednesday before the pharmacist noticed on"
            " a callback. Admitted for bloods, no harm."
        ),
        ("7", None),
    ),
    (
        (
            "Care home resident on weekly methotrexate was given it on mon, tues and "
            "wed as the MAR said daily. Error found by the visiting pharmacist on "
            "thurs."
        ),
        ("7", None),
    ),
    (
        (
            "Pt on ward given MTX 15mg on two consecutive days because the drug chart "
            "said OD. Noticed by pharmacist at the 2nd week review. Bloods "
            "satisfactory."
        ),
        ("7", None),
    ),
    (
        (
            "prisoner was handed methotrexate daily for 5 days from the meds hatch as "
            "the chart said od; picked up at pharmacy audit, bloods done."
        ),
        ("7", None),
    ),
    (
        (
            "Discharged with MTX labelled 'daily'. Daughter rang the rheum nurse the "
            "following week: mum had been taking it every day since discharge. Admitted"
            " with mouth ulcers and low WCC."
        ),
        ("7", None),
    ),
    (
        (
            "Pt took an extra methotrexate dose on Thursday as well as her usual Monday"
            " one, because the GP repeat had been changed to twice weekly by mistake. "
            "Reviewed, bloods normal."
        ),
        ("7", None),
    ),
    (
        (
            "District nurse drew up Levemir 14U as 140 units because the care plan had "
            "'14U' written. Given at 9am, pt found hypoglycaemic at 11."
        ),
        ("6", None),
    ),
    (
        (
            "HCA used a 1ml general syringe for the 8 units of actrapid as no insulin "
            "syringes on the ward; gave 80 units. BM 1.9 an hour later."
        ),
        ("6", None),
    ),
    (
        (
            "Staff nurse drew insulin out of the patient's own NovoRapid pen cartridge "
            "with a syringe because there were no pen needles. The sister saw it and "
            "stopped her before it was given; pen needles found, correct dose given "
            "with the pen."
        ),
        (None, "6"),
    ),
    (
        (
            'Agency RN read "6U" on the chart as 60 units and had drawn 60 units up '
            "when the second checker queried it. Discarded, 6 units given."
        ),
        (None, "6"),
    ),
    (
        (
            "carer about to give insulin with a 2ml syringe (no insulin syringes left "
            "in the home). DN arrived and stopped it, proper insulin syringe fetched, "
            "10 units given."
        ),
        (None, "6"),
    ),
    (
        (
            "Patient on methotrexate 15mg weekly for RA, bloods overdue by 2 months; GP"
            " recalled for FBC and LFTs. Weekly dose continued."
        ),
        (None, None),
    ),
    (
        (
            "Folic acid 5mg labelled to be taken daily instead of once weekly the day "
            "after methotrexate. Pt took folic acid every day for 3 weeks. Methotrexate"
            " taken correctly weekly."
        ),
        (None, None),
    ),
    (
        (
            "Audit of 40 methotrexate prescriptions in the practice found 3 without the"
            " day of the week stated; no patient received an incorrect dose. Reminder "
            "sent to prescribers."
        ),
        (None, None),
    ),
    (
        (
            "High dose methotrexate for osteosarcoma - level at 48hrs delayed, folinic "
            "acid rescue extended. Haematology reg informed."
        ),
        (None, None),
    ),
    (
        (
            "learning from a never event elsewhere: a patient died after taking "
            "methotrexate daily instead of weekly. We have added a weekly-only warning "
            "to our prescribing system."
        ),
        (None, None),
    ),
    (
        (
            "MTX due on Friday given on Saturday on the ward due to chart missed. One "
            "dose only, no extra doses. Day of the week changed for discharge."
        ),
        (None, None),
    ),
    (
        (
            "Insulin chart reviewed after complaint of high sugars - chart written "
            "'Humulin I 20 units' in full and 20 units given each morning. No "
            "abbreviation used. Diabetes team adjusted dose."
        ),
        (None, None),
    ),
    (
        (
            "Insulin pen needles out of stock on ward 7 for 2 days, borrowed from ward "
            "8. No insulin drawn from pens; all doses given with pens."
        ),
        (None, None),
    ),
    (
        (
            "Pt given 20 units novorapid instead of 2 units, decimal point on chart "
            "read wrongly (2.0 units). Hypo 2.4 treated."
        ),
        (None, None),
    ),
    (
        (
            "pt on weekly methotrexate (Monday) for psoriasis, admitted with chest "
            "infection. MTX withheld on admission as per rheum advice."
        ),
        (None, None),
    ),
    (
        (
            "Pharmacy stock error: methotrexate 10mg tablets found in the 2.5mg slot in"
            " the robot. Removed; no dispensing from that slot since last restock."
        ),
        (None, None),
    ),
    (
        (
            "Pt's husband worried that she takes her methotrexate on the wrong day, "
            "checked - she takes it every Sunday as prescribed, once a week. Folic acid"
            " daily except Sunday."
        ),
        (None, None),
    ),
    (
        (
            "Pharmacy clinical screen: outpatient rheumatology prescription "
            "methotrexate 12.5mg once daily. Query to rheum clinic, should be weekly; "
            "amended before dispensing."
        ),
        (None, "7"),
    ),
    (
        (
            "Hospital pharmacist noticed MTX 2.5mg on the chart without a day, "
            "clarified with pt: Wednesdays. Day added. Pt had been taking it weekly "
            "correctly."
        ),
        (None, None),
    ),
    (
        (
            "Pt rang the GP surgery worried she had 'overdosed on methotrexate' - on "
            "checking her packs with the practice nurse it was her folic acid she had "
            "been taking every day. Methotrexate strip showed one tablet gone per week."
            " No extra doses."
        ),
        (None, None),
    ),
    (
        (
            "Dispensary stock check: MTX 2.5mg tablets found in a box labelled 10mg on "
            "the shelf. Box quarantined; none dispensed from it as far as records show."
        ),
        (None, None),
    ),
    (
        (
            "Wholesaler delivered methotrexate 10mg packs into the 2.5mg location. "
            "Spotted at goods-in, returned. No supply to any patient."
        ),
        (None, None),
    ),
    (
        (
            "Weekly methotrexate given on thursday instead of the wednesday written on "
            "the chart; the next dose was given the following wednesday. 2 doses 6 days"
            " apart, bloods fine."
        ),
        (None, None),
    ),
    (
        (
            "Daughter complained mum 'got the wrong insulin because of the U'. On "
            "review the chart reads 'Novomix 30 18 units' written in full, and 18 units"
            " were given. Her hypo followed a missed lunch."
        ),
        (None, None),
    ),
    (
        (
            "Governance paper: insulin devices. Following a national alert about "
            "insulin withdrawn from pens with syringes, an audit found 3 wards with no "
            "insulin syringes stocked. No incidents of insulin drawn from a pen were "
            "reported. Recommendations: automated top-up."
        ),
        (None, None),
    ),
    (
        (
            "VRIII prescribed at 2.0 ml/hr, run at 20 ml/hr as the decimal point was "
            "missed on the photocopy. Ran for 40 minutes, CBG 2.8 treated. No U "
            "abbreviation involved; infusion via a syringe driver."
        ),
        (None, None),
    ),
    (
        (
            "F2 was drawing up 4 units of novorapid in a 1ml luer-lock syringe as none "
            "of the insulin syringes could be found on the ward. Nurse in charge "
            "stopped him before it was given. Insulin syringe obtained from AMU, 4 "
            "units given."
        ),
        (None, "6"),
    ),
    (
        (
            "Newly qualified nurse drew up humulin S 10 units with a normal 2ml syringe"
            " (insulin syringes out of stock). Preceptor noticed at the bedside before "
            "it reached the patient and she redrew it with an insulin syringe."
        ),
        (None, "6"),
    ),
    (
        (
            "Insulin syringes out of stock on ward 10 for the weekend; staff borrowed "
            "from ward 11. All doses given with insulin syringes, no doses drawn up "
            "with other syringes."
        ),
        (None, None),
    ),
    (
        (
            "Outpatient rheumatology: hand-written script for methotrexate 15mg 'daily'"
            " sent to hospital pharmacy. Pharmacist screening it rang the consultant - "
            "meant weekly. Changed before anything was dispensed."
        ),
        (None, "7"),
    ),
    (
        (
            "Pt on methotrexate weekly for RA. Nurse noticed the alert card was missing"
            " from her notes and issued a new one with counselling. No error in the "
            "dose."
        ),
        (None, None),
    ),
    (
        (
            "On the ward MTX 10mg was given on Monday, then again Tuesday and Wednesday"
            " as the kardex said daily. Found on Thursday by pharmacist. FBC monitored."
        ),
        ("7", None),
    ),
    (
        (
            "Pt's wife noticed the pharmacy label on the new methotrexate box said "
            '"take daily". Rang the pharmacy before he took any from it; label '
            "reprinted as weekly."
        ),
        (None, "7"),
    ),
    (
        (
            "Resident's insulin drawn up with a 1ml syringe and given by the agency "
            "carer as the insulin syringes had run out: 10 times the dose given, "
            "hypoglycaemic later."
        ),
        ("6", None),
    ),
    (
        (
            "pt on methotrexate for breast cancer given daily for 3 days on the "
            "oncology ward per protocol."
        ),
        (None, None),
    ),
    (
        (
            "Prison pharmacy tech noticed at the hatch that the new in-possession MTX "
            "pack said 'take one each morning'. Held back, GP at the prison confirmed "
            "weekly on Fridays. Pt still had his old weekly pack."
        ),
        (None, "7"),
    ),
    (
        (
            'Locum GP issued methotrexate 2.5mg "4 tabs od" on acute. Community '
            "pharmacist flagged it during screening, rang surgery, reissued as weekly. "
            "Pt had not yet been handed anything."
        ),
        (None, "7"),
    ),
    (
        (
            "Practice audit: 12 patients on methotrexate with no weekly day on the "
            "repeat template. All contacted; every one taking it once a week correctly."
            " Template changed."
        ),
        (None, None),
    ),
    (
        (
            "Methotrexate 15mg given on Friday instead of Thursday on the ward because "
            "the chart was not seen. Next given the following Thursday, 6 days apart. "
            "Bloods normal."
        ),
        (None, None),
    ),
    (
        (
            "HCA in the nursing home was preparing lantus 12 units with a 1 ml luer "
            "syringe as the insulin syringes had run out; the RGN stopped her before "
            "she went into the room. Correct syringe from the GP surgery, 12 units "
            "given."
        ),
        (None, "6"),
    ),
    (
        (
            "Insulin infusion set up at 5 ml/hr in the syringe pump instead of 0.5 "
            "ml/hr because the decimal was missed. CBG fell to 3.4. No U or device "
            "issue."
        ),
        (None, None),
    ),
    (
        (
            "Poster campaign on never withdrawing insulin from pens launched on all "
            "wards after the alert; no incidents reported locally."
        ),
        (None, None),
    ),
    (
        (
            "Pt in care home had methotrexate 10mg every day for 4 days as the new MAR "
            "from the pharmacy said od. Found by the visiting GP."
        ),
        ("7", None),
    ),
    (
        (
            "student drew up 4 units novorapid with a 2ml syringe as there were no "
            "insulin syringes; given by the nurse. BM 2.1 within the hour."
        ),
        ("6", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_how_far_the_error_got(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


def test_daily_taking_answered_by_folic_acid_alone() -> None:
    """The patient's word answered by the check: methotrexate "on Sundays only" (a day, then
    "only", answers the concern: engine.concerns; passes since helper H59)."""
    text = (
        "Pt told the dermatology nurse she takes her methotrexate every day. Checked her blister "
        "packs together: it is the folic acid she takes each day, methotrexate on Sundays only. "
        "Reassured."
    )
    assert never_event_codes(text) == (None, None)
