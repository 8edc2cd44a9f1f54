"""Whether the extra dose reached the patient (engine.extra_dose): methotrexate written,
labelled or packed daily is never event 7 only when doses beyond the weekly one are counted
taken or given ("took it for 6 days", "second dose given"), near miss 7 when the report tells
none reached ("no tablets taken", "before the next round"); an insulin dose written with "U"
read as the number the abbreviation makes of it ("8U" -> 80 units) is the misreading, given
or caught. Look-alikes (wrong day, missed dose, cancer, folic acid daily, decimal point, wrong
insulin) stay null."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        (
            "Pharmacist screening the TTO found methotrexate 10mg OD; pt usually takes it "
            "Fridays. Amended to weekly before the pt went home."
        ),
        (None, "7"),
    ),
    (
        (
            "MTX 15mg charted daily by the reg on admission. pt had her sat dose at home, ward "
            "pharm picked it up sunday morning before the 0800 round, nothing given on ward"
        ),
        (None, "7"),
    ),
    (
        (
            "Dosette for pt with psoriasis had methotrexate in every compartment mon-sun. "
            "Carer noticed before giving any, pharmacy re-packed"
        ),
        (None, "7"),
    ),
    (
        (
            "pt took methotrexate 7.5mg every day for 6 days after the label on the new box "
            "said daily, admitted with mouth ulcers and low wcc"
        ),
        ("7", None),
    ),
    (
        (
            "GP repeat for MTX 20mg showed 'once daily'. Pt collected it and took a tablet "
            "each morning for 5 days until the practice nurse saw the blister pack at her "
            "bloods"
        ),
        ("7", None),
    ),
    (
        (
            "Pt with Crohns on SC methotrexate weekly. Prescribed OD on epma. Nurses gave it "
            "tues, weds and thurs before it was noticed on ward round"
        ),
        ("7", None),
    ),
    (
        (
            "Methotrexate 2.5mg x4 daily was dispensed on the TTO but the discharge nurse "
            "caught it when counselling and phoned the ward pharmacist, TTO re-dispensed "
            "weekly, no tablets taken"
        ),
        (None, "7"),
    ),
    (
        (
            "Mrs B (RA) second dose of methotrexate given on day 2 because the chart said "
            "daily, third dose stopped by pharmacist"
        ),
        ("7", None),
    ),
    (
        (
            "Novorapid 8U on the drug chart read as 80 units by agency nurse, drew up 80 "
            "units; 2nd checker queried and it was not given"
        ),
        (None, "6"),
    ),
    (
        (
            "F2 wrote humalog 4u, staff nurse drew up 40 units but colleague checking stopped "
            "her. correct 4 units given"
        ),
        (None, "6"),
    ),
    (
        (
            "Insulin drawn up in a 5ml luer syringe as no insulin syringes on ward, CSW "
            "noticed before it was given and it was discarded"
        ),
        (None, "6"),
    ),
    (
        (
            "Nurse drew insulin out of the patient's Humalog KwikPen with a 1ml syringe, the "
            "sister stopped it before administration"
        ),
        (None, "6"),
    ),
    (
        (
            "Lantus 14U on the transfer letter given as 140 units by the night nurse, pt hypo "
            "1.9 at 6am"
        ),
        ("6", None),
    ),
    (
        (
            "Used a 2ml syringe for the insulin since there were no insulin syringes, pt "
            "received too much and his BM went to 2.0"
        ),
        ("6", None),
    ),
    (
        (
            "Methotrexate 15mg weekly given on the wrong day (Tuesday instead of Monday), no "
            "further dose"
        ),
        (None, None),
    ),
    ("pt on MTX for RA, Friday dose missed as pt NBM for theatre", (None, None)),
    (
        (
            "High dose methotrexate for osteosarcoma given on day 1 as per protocol, level "
            "delayed clearance"
        ),
        (None, None),
    ),
    (
        (
            "Folic acid prescribed daily instead of weekly, methotrexate correctly charted "
            "weekly on Mondays, pharmacist amended"
        ),
        (None, None),
    ),
    (
        (
            "Insulin dose written as 10 units in full and 10 units given, pt hypo later as "
            "missed lunch"
        ),
        (None, None),
    ),
    ("Lantus given instead of Novorapid, 12 units, BM 3.2", (None, None)),
    (
        "Insulin infusion set at 10 ml/hr instead of 1.0 ml/hr, decimal point error, BM 2.9",
        (None, None),
    ),
    ("Insulin omitted at teatime as no pen needles on the ward, BM 22", (None, None)),
    (
        "Chart says 6U Lantus, 6 units given correctly, reporting the use of U on the chart",
        (None, None),
    ),
    (
        (
            "Methotrexate 10mg weekly given on Weds as usual; admitted with pancytopenia, "
            "bloods had not been monitored for 6 months"
        ),
        (None, None),
    ),
    (
        (
            "Patient asked if she could take her methotrexate daily to speed things up; told "
            "no, weekly only"
        ),
        (None, None),
    ),
    ("Methotrexate 7.5mg weekly TTO checked by pharmacist, dispensed correctly", (None, None)),
    ("Pt self-administers insulin with own pen; reviewed as competent", (None, None)),
    (
        "MTX 25 mg weekly Sundays, Sunday dose given late at 18:00 as the ward had none in stock",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extra_dose_reading(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
