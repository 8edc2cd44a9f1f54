"""Whether the insulin or methotrexate overdose reached the patient (engine.extra_dose),
read across wordings: an insulin error (a non-insulin syringe by its size or kind, insulin drawn
from a pen, a "U" read as a digit) halted before any of it went in is near miss 6, however the
halt is worded ("the DN arrived and stopped it", "the student queried it, 4 units given"), and
never event 6 when given or a low sugar follows; a pen taken from the fridge is no withdrawal.
Methotrexate: a dose made ready over the one told correct is the dose miscalculated (given:
never event 7; stopped: near miss 7); a dose due when the weekly one was already had, withheld,
is near miss 7; a hazard found in testing with no patient, folic acid daily, a late or wrong-day
weekly dose, cancer methotrexate and an underdose stay null."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        (
            "Staff nurse drew up Lantus 20 units using a 1ml luer syringe as no insulin "
            "syringes on ward. Second nurse checking noticed and stopped her before it was "
            "given. Redrawn with insulin syringe."
        ),
        (None, "6"),
    ),
    (
        (
            "HCA about to give insulin drawn from the pt's kwikpen with a 2ml syringe, RN "
            "intervened, discarded."
        ),
        (None, "6"),
    ),
    (
        (
            "chart read 'Novorapid 8U', I drew up 80 units, the checker queried it and 8 "
            "units were given."
        ),
        (None, "6"),
    ),
    (
        (
            "FY2 transcribed Levemir 14IU as 141 units on the drug chart; pharmacist "
            "screening spotted it before any dose was due. Amended."
        ),
        (None, "6"),
    ),
    (
        (
            "Carer drew the resident's insulin from a vial in a 5ml syringe, DN arrived and "
            "stopped it. Resident given correct dose by DN."
        ),
        (None, "6"),
    ),
    (
        (
            "The agency nurse used a 1ml syringe for the insulin and gave it; pt's BM 1.8 an "
            "hour later, glucagon given."
        ),
        ("6", None),
    ),
    (
        ("Insulin 6U read as 60 units and administered. hypo 2.1 at 11pm"),
        ("6", None),
    ),
    (
        (
            "Nurse drew up insulin from patients flexpen with a syringe and injected it. BM "
            "dropped to 2.4."
        ),
        ("6", None),
    ),
    (
        ("dialled 40 on the pen as chart said 4U; pt queried it, nurse stopped, 4 units given."),
        (None, "6"),
    ),
    (
        (
            "Methotrexate 10mg daily prescribed on admission (usually weekly on Mondays). "
            "Pharmacist picked up at screening before the first dose was due. No dose given."
        ),
        (None, "7"),
    ),
    (
        (
            "Pt took methotrexate 2.5mg x 4 every day for 5 days as the label said daily, "
            "admitted with neutropenia"
        ),
        ("7", None),
    ),
    (
        (
            "Ward nurse was about to give methotrexate 15mg for the second day running when "
            "the pt said she only has it weekly; not given."
        ),
        (None, "7"),
    ),
    (
        (
            "Rheumatology pt: MTX 20mg given on mon and again tue and wed as chart said "
            "daily. Bloods showed drop in neutrophils."
        ),
        ("7", None),
    ),
    (
        (
            "Student nurse prepared the insulin in an oral syringe (purple) as couldnt find "
            "insulin syringes; mentor noticed before we went to the pt. Discarded."
        ),
        (None, "6"),
    ),
    (
        (
            "Pharmacist noticed the TTO label for methotrexate said 'take 4 tablets daily'; "
            "corrected before the pt collected it."
        ),
        (None, "7"),
    ),
    (
        (
            "Insulin chart reads 'Lantus 10 units' written in full; 10 units given. Pt hypo "
            "next morning after missing breakfast."
        ),
        (None, None),
    ),
    (
        ("Gave Humalog instead of Humulin I from the wrong pen; BM 2.9, treated."),
        (None, None),
    ),
    (
        ("VRIII rate read as 60 instead of 6.0 ml/hr, decimal point missed. CBG 2.8."),
        (None, None),
    ),
    (
        (
            "Audit: 3 wards had no insulin syringes in stock; 1 ml syringes stored next to "
            "insulin vials. No incidents reported."
        ),
        (None, None),
    ),
    (
        (
            "Chart says 12U; both nurses read it as 12 units and gave 12 units. Reminded GP "
            "to write units in full."
        ),
        (None, None),
    ),
    (
        ("Pt's sugars 24 overnight, insulin not given as the pen was missing."),
        (None, None),
    ),
    (
        (
            "Methotrexate for ALL maintenance (oncology) given daily x5 as per protocol, pt "
            "neutropenic."
        ),
        (None, None),
    ),
    (
        (
            "Folic acid written daily instead of weekly; methotrexate correct weekly "
            "Tuesdays. Pharmacist amended."
        ),
        (None, None),
    ),
    (
        ("Pt's MTX weekly dose given a day late because of the bank holiday."),
        (None, None),
    ),
    (
        ("Methotrexate 15mg weekly given on Friday instead of Thursday. Not repeated."),
        (None, None),
    ),
    (
        (
            "EPMA test: methotrexate can be prescribed daily with no alert; found in testing,"
            " no patients involved."
        ),
        (None, None),
    ),
    (
        ("Insulin given 2 hours late due to the drug round; BM 18."),
        (None, None),
    ),
    (
        (
            "Nurse drew up 10 units of Actrapid in an insulin syringe and gave it as "
            "prescribed; pt BM 3.5 later, had not eaten."
        ),
        (None, None),
    ),
    (
        (
            "Insulin pen needles out of stock; nurse fetched some from ward 5 and gave "
            "insulin with the pen. No error."
        ),
        (None, None),
    ),
    (
        (
            "Pt on methotrexate 20mg weekly for RA presented with pancytopenia; bloods had "
            "not been monitored for 6 months. Dose correct."
        ),
        (None, None),
    ),
    (
        (
            "Daughter worried mum got too much insulin because the chart had a U on it; chart"
            " checked, 'units' written in full and 6 units given as prescribed."
        ),
        (None, None),
    ),
    (
        (
            "Ectopic: MTX 50mg/m2 IM. Weight typed as 95 instead of 59 kg so 110 mg was "
            "given; the correct dose was 82 mg. Spotted at the day 4 review."
        ),
        ("7", None),
    ),
    (
        (
            "EPAU methotrexate, nurse worked out 900mg, prescribed dose 90 mg, 2nd checker "
            "stopped it before administration."
        ),
        (None, "7"),
    ),
    (
        ("Methotrexate 15mg weekly for RA, correct dose 15 mg given on Monday as usual."),
        (None, None),
    ),
    (
        (
            "Methotrexate 25mg SC for Crohn's set up on EPMA as once daily; first dose given "
            "on her usual Friday. Pharmacist amended on review, no additional dose was given."
        ),
        (None, "7"),
    ),
    (
        (
            "HCA preparing insulin for a diabetic resident drew Humulin I from the cartridge "
            "of his pen using a 1 ml syringe; RN saw and stopped her. Dose discarded."
        ),
        (None, "6"),
    ),
    (
        ("Insulin drawn from a flexpen with a syringe and given by the bank nurse, BG 2.0 later"),
        ("6", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_insulin_and_methotrexate_reach(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
