"""Helper H41: how far a methotrexate or midazolam error got, and whether it was one.

- A methotrexate daily prescription caught when the only dose given was the usual weekly one,
  the extra dose told only as what would have followed ("would have given it again tomorrow"):
  near miss 7; an extra dose told given stays never event 7.
- High strength midazolam drawn up for a sedation, then someone noticed it and stopped, with
  nothing told given: near miss 8; a dose told given before the stop stays never event 8.
- A query whether the midazolam was the high strength, answered as the right 1 mg/ml product:
  neither; a query that found the high strength keeps its near miss.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # --- the daily methotrexate error caught, the extra dose only hypothetical: near miss 7
    (
        "Pharmacist on MAU: pt with psoriasis takes methotrexate 10mg every Monday. Admitting "
        "FY1 wrote it up as 10mg daily. Monday dose given this morning which was correct, but "
        "the kardex would have given another dose on Tuesday. Changed to weekly.",
        (None, "7"),
    ),
    (
        "RA pt, methotrexate 20mg weekly (Fridays). drug chart had mtx 20mg OD. today is friday "
        "so todays dose was right, it would have been given again tomorrow. rewritten as weekly "
        "by pharmacy",
        (None, "7"),
    ),
    (
        "Crohns pt on methotrexate 15mg once a week on Wednesdays. On admission prescribed as "
        "methotrexate 15mg once daily. The Wednesday dose given was her normal weekly dose; "
        "a second dose would have been given on Thursday had the pharmacist not amended it.",
        (None, "7"),
    ),
    (
        "Med rec: methotrexate 7.5mg weekly on a Sunday for RA, written on the EPMA as daily. "
        "Sunday dose administered correctly. Would have been given again Monday morning - "
        "prescription corrected to weekly, prescriber informed.",
        (None, "7"),
    ),
    (
        "psoriatic arthritis, usual mtx 12.5mg each saturday. Clerked in as mtx 12.5mg od. Sat "
        "dose was given (correct day), pt would have recieved it daily after that. Changed by "
        "ward pharmacist.",
        (None, "7"),
    ),
    # --- ... an extra dose told given stays never event 7
    (
        "RA pt, methotrexate 20mg weekly (Fridays). drug chart had mtx 20mg OD. Given on Friday "
        "and again on Saturday before pharmacy rewrote it as weekly.",
        ("7", None),
    ),
    (
        "Methotrexate 15mg prescribed daily instead of weekly for RA. Doses given Mon, Tue and "
        "Wed. Would have been given again Thursday if the pharmacist had not spotted it.",
        ("7", None),
    ),
    (
        "pt on methotrexate 10mg weekly for psoriasis charted as 10mg OD, given daily for 3 "
        "days. Pt developed mucositis.",
        ("7", None),
    ),
    # --- ... methotrexate for cancer, or weekly throughout: neither
    (
        "Oncology day unit: methotrexate for leukaemia charted daily, caught by pharmacy before "
        "the next dose; first dose given as prescribed.",
        (None, None),
    ),
    (
        "RA pt on methotrexate 15mg weekly on Thursdays, prescribed weekly on admission, "
        "Thursday dose given. Pt asked whether it would have been given again tomorrow: no, "
        "chart clearly weekly.",
        (None, None),
    ),
    # --- high strength midazolam drawn up, noticed and stopped: near miss 8
    (
        "Endoscopy. Midazolam 10mg/2ml drawn up for OGD sedation instead of 5mg/5ml. The "
        "endoscopist noticed the ampoule when checking the syringe and stopped.",
        (None, "8"),
    ),
    (
        "Dental sedation clinic: nurse drew up midazolam from a 5mg/ml amp for IV sedation. "
        "Dentist spotted the strength on the ampoule and stopped. 1mg/ml obtained.",
        (None, "8"),
    ),
    (
        "Cath lab, TOE under conscious sedation - syringe prepared from midazolam 2mg/ml "
        "instead of 1mg/ml. Cardiologist saw the amp on the tray when confirming the dose, "
        "then stopped.",
        (None, "8"),
    ),
    (
        "bronch suite - midazolam 5mg/ml drawn up for the first pt (should be 1mg/ml). "
        "consultant realised when reading the label and stopped, list delayed 20 mins.",
        (None, "8"),
    ),
    (
        "IR nephrostomy under sedation. 10mg in 2ml midazolam drawn up by the radiology nurse. "
        "Radiologist identified the strength at the pause and stopped.",
        (None, "8"),
    ),
    # --- ... a dose given before the stop stays never event 8
    (
        "Endoscopy. Midazolam 10mg/2ml drawn up for OGD sedation instead of 5mg/5ml and 2ml "
        "given. The endoscopist then noticed the ampoule and stopped. Flumazenil given.",
        ("8", None),
    ),
    (
        "Bronchoscopy: midazolam 5mg/ml given for conscious sedation, 3ml = 15mg. Pt apnoeic, "
        "nurse noticed the amp and stopped the procedure, flumazenil given.",
        ("8", None),
    ),
    # --- ... the high strength in its own area, or found in stock: neither
    (
        "ICU: midazolam 5mg/ml drawn up for a sedation bolus. Nurse noticed the strength and "
        "stopped, then confirmed this is the unit's standard strength.",
        (None, None),
    ),
    (
        "Pharmacy audit of endoscopy found midazolam 10mg/2ml in the sedation drawer. Pharmacist "
        "noticed it and stopped the top-up. No pt involved.",
        (None, None),
    ),
    # --- a query whether the midazolam was high strength, answered as the right product:
    # neither
    (
        "Endoscopy nurse queried whether the midazolam in the sedation box was high strength as "
        "the packaging had changed. Pharmacy confirmed it is 5mg/5ml, i.e. 1mg/ml, the correct "
        "product. Nothing given in error.",
        (None, None),
    ),
    (
        "Dental sedation - DCN asked if the new midazolam amps were the high strength ones? "
        "checked: 1mg/ml, correct. raising re look-alike packaging.",
        (None, None),
    ),
    (
        "Bronchoscopy. Staff nurse worried the midazolam drawn up for sedation might be the "
        "stronger version because the label was a different colour. Checked the ampoule with "
        "the consultant - 1 mg/ml as intended. Given as planned.",
        (None, None),
    ),
    (
        "Cath lab conscious sedation: query raised whether midazolam stock was high strength "
        "after a supplier change. Checked, all 5mg in 5ml (1mg/ml). No error.",
        (None, None),
    ),
    (
        "Colonoscopy. ?high strength midazolam on the sedation trolley - box looked different. "
        "Checked by 2 nurses, it was the usual 1mg/ml. Used for the list as normal.",
        (None, None),
    ),
    # --- ... a query that found the high strength keeps its near miss, or its never event
    (
        "Endoscopy nurse queried whether the midazolam drawn up for sedation was high strength. "
        "Checked the ampoule: it was 5mg/ml. Syringe discarded, 1mg/ml drawn up, not given.",
        (None, "8"),
    ),
    (
        "Bronchoscopy: nurse asked whether the midazolam was the high strength one; checked - "
        "10mg/2ml, wrong strength. Discarded before giving, correct 1mg/ml obtained.",
        (None, "8"),
    ),
    (
        "Dental sedation clinic. Dentist queried if the midazolam given was high strength as pt "
        "very drowsy after 2ml. Ampoule checked: 5mg/ml, so 10mg given. Flumazenil given.",
        ("8", None),
    ),
    # --- everyday medicine incidents with the same words: neither
    (
        "Colonoscopy under sedation, midazolam 1mg/ml 3mg given as prescribed. Nurse noticed the "
        "BP cuff was not cycling and stopped to fix it.",
        (None, None),
    ),
    (
        "Methotrexate 15mg weekly for RA given on the correct day. Bloods not checked for 3 "
        "months; GP noticed and stopped the repeat until bloods done.",
        (None, None),
    ),
    (
        "Pt on methotrexate 10mg weekly (Mondays) for RA. Monday dose missed on the ward as "
        "it was not on the chart; would have been due today, given late.",
        (None, None),
    ),
    (
        "OGD list - midazolam 1mg/ml used. Pt more drowsy than expected after 4mg with pethidine, "
        "sats 88%, endoscopist noticed and stopped the procedure, O2 given, recovered.",
        (None, None),
    ),
    (
        "Palliative care: syringe driver with midazolam 10mg/2ml. Family queried whether it was "
        "the high strength; explained it is the right strength for a syringe driver.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_medicine_error_stopped_hypothetical_or_queried_right(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
