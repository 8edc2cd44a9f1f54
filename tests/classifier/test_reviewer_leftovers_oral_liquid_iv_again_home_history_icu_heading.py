"""Helper M12: reviewers' leftovers, each read by how the event is told.

- An oral liquid named as such (Oramorph, oral morphine solution, a syrup or suspension) told
  given by a vein is never event 5 with no "in error" said: it has no IV form. A drug with both
  forms given IV against an oral prescription stays null (the guide's hard case), and so does a
  planned switch between the routes.
- "Again" belongs to the drug told beside it: another drug's repeat after a correct
  methotrexate dose is no methotrexate overdose.
- A fall at home told as the patient's past ("had fallen from a window at home last year") does
  not make this fall, from a care home's or a ward's window, a fall at home.
- An intensive care area told only as the report's heading ("ICU: ...") is where the
  sedation was: high strength midazolam there is outside the framework.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # --- an oral liquid given by a vein: never event 5
    ("Oramorph 5mg given IV by agency nurse.", ("5", None)),
    ("oral morphine solution 10mg administered intravenously, prescribed 10mg PO", ("5", None)),
    ("Pt had oramorph 2.5mg IV at 02:00, charted 2.5mg PO PRN.", ("5", None)),
    ("Lactulose 10ml given IV via the cannula.", ("5", None)),
    ("Omeprazole suspension 20mg given IV through PICC.", ("5", None)),
    ("Nurse gave Oramorph 10mg IV for breakthrough pain.", ("5", None)),
    ("Night shift: oramorph 5 mg iv given, pt was prescribed it orally", ("5", None)),
    # --- a drug with both forms given IV, or a planned switch: null
    ("Ondansetron 8mg IV given, prescribed 8mg PO.", (None, None)),
    ("paracetamol 1g IV, charted PO", (None, None)),
    ("Morphine 2mg IV given, prescribed morphine 10mg PO.", (None, None)),
    ("Metoclopramide 10mg given IV, written up PO.", (None, None)),
    ("Plan: switch IV morphine to Oramorph 5mg PO once tolerating diet.", (None, None)),
    (
        "Converted from IV paracetamol to paracetamol suspension 1g PO today as planned.",
        (None, None),
    ),
    ("Oramorph 5mg PO given for pain. IV fluids running.", (None, None)),
    (
        "Oramorph 10mg PO given, morphine 2mg IV also given by the FY1 for breakthrough.",
        (None, None),
    ),
    # --- "again" of another drug after a correct methotrexate dose: null
    (
        "Had her correct methotrexate dose on Monday. On Wednesday she got 2 doses of "
        "paracetamol again.",
        (None, None),
    ),
    (
        "Methotrexate 15mg weekly given correctly on Sunday. Later that week codeine was "
        "given again by the night staff.",
        (None, None),
    ),
    (
        "pt recieved correct weekly methotrexate tues. Fell weds, had ibuprofen again.",
        (None, None),
    ),
    # --- ... and methotrexate itself given again: never event 7
    (
        "Pt with RA had correct dose of methotrexate on Monday, then was given methotrexate "
        "again on Tuesday and Wednesday.",
        ("7", None),
    ),
    (
        "Methotrexate 10mg given on Monday, the correct weekly dose, and given again on "
        "Tuesday as it was charted daily. Psoriasis.",
        ("7", None),
    ),
    # --- a past fall at home told as history: this fall's window is the care home's
    (
        "Resident fell from 1st floor window of the care home, restrictor had been removed. "
        "Has fallen from a window at home before.",
        ("10", None),
    ),
    (
        "Pt fell from the ward window on the second floor, no restrictor fitted. Previously "
        "fell from a window at her home in 2019.",
        ("10", None),
    ),
    (
        "Nursing home resident climbed out of his first floor bedroom window, restrictor broken, "
        "fell to the garden. History of falling from a window at home last year.",
        ("10", None),
    ),
    # --- ... the fall itself at home: null
    (
        "District nurse visit: pt fell from her first floor bedroom window at home, no "
        "restrictor fitted.",
        (None, None),
    ),
    (
        "Community team informed pt had jumped from a window at his home last night, window "
        "had no restrictor.",
        (None, None),
    ),
    # --- high strength midazolam with intensive care only as the heading: null
    ("ICU: midazolam 5mg/ml drawn up for sedation of ventilated pt", (None, None)),
    (
        "ITU: midazolam 10mg/2ml drawn up for a sedation bolus, nurse queried the strength and "
        "stopped.",
        (None, None),
    ),
    (
        "Critical care - midazolam 5mg/ml drawn up for sedation, nurse noticed the high "
        "strength and stopped.",
        (None, None),
    ),
    # --- ... a sedation room as the heading keeps its near miss
    (
        "Endoscopy: midazolam 5mg/ml drawn up for conscious sedation instead of 1mg/ml, nurse "
        "noticed and stopped before giving.",
        (None, "8"),
    ),
    (
        "Bronchoscopy - midazolam 10mg/2ml drawn up for sedation when 1mg/ml was intended, "
        "noticed at the check, not given.",
        (None, "8"),
    ),
    (
        "Endoscopy: pt came from ICU. Midazolam 5mg/ml drawn up for conscious sedation instead "
        "of 1mg/ml, noticed before giving.",
        (None, "8"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reviewer_leftovers_oral_liquid_iv_again_home_history_icu_heading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
