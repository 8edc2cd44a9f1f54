"""Whose sedation the high strength was for and where it was given (engine.sedation_area),
the dose the patient got against the one written ("given by 2 nurses as 14 units":
engine.drug_strengths) and a methotrexate supply never collected or a folic acid schedule
(engine.extra_dose).

Never event 8 and its near miss: an area word told as where the patient went after the harm
("intubated and transferred to ITU", "admitted to HDU") or as whose stock the ampoule was ("a
supply for palliative care syringe drivers") is not the area of the sedation; a critical care
patient named in the report's opening ("ICU bay 2, ventilated patient") is; a sedation room's
high strength made ready and told mistaken with no drug named is the sedation's midazolam.
Look-alikes: sedation inside intensive care, stock found with no patient, palliative syringe
drivers, another drug's strength, a learning bulletin about another trust."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        (
            "Night CD check in the endoscopy suite found a box of midazolam 5mg/ml in the "
            "sedation cupboard. Not used, returned to pharmacy."
        ),
        (None, None),
    ),
    (
        (
            "ICU: ventilated pt, nurse gave a 10mg bolus from the 5mg/ml midazolam used for the "
            "infusion instead of 2mg from the 1mg/ml. BP dropped, metaraminol given."
        ),
        (None, None),
    ),
    (
        (
            "Palliative care: the syringe driver was made up with midazolam 10mg/2ml as "
            "prescribed, no issue, pt comfortable."
        ),
        (None, None),
    ),
    (
        (
            "Audit of bronchoscopy stock: 2 ampoules of midazolam 10mg in 2ml found in the drawer"
            " with the 1mg/ml. No patient involved, removed."
        ),
        (None, None),
    ),
    (
        (
            "Chart had 'insulin 8U' written by the F1; both nurses read it as 8 units and gave 8 "
            "units. Reported for the abbreviation only."
        ),
        (None, None),
    ),
    (
        (
            "Insulin infusion set at 50 ml/hr instead of 5.0 ml/hr due to a misread decimal on "
            "the VRIII chart, BM fell to 2.8."
        ),
        (None, None),
    ),
    (
        (
            "Pt's husband says she was given the wrong insulin because the chart said 'U'. On "
            "review the chart said 10 units in full and she had 10 units; the hypo was due to "
            "missed lunch."
        ),
        (None, None),
    ),
    (
        (
            "Folic acid 5mg charted as daily instead of once weekly; the methotrexate itself was "
            "correctly weekly on Fridays. Pharmacist amended."
        ),
        (None, None),
    ),
    (
        (
            "Dispensary stock check: a box labelled methotrexate 2.5mg contained 10mg tabs, "
            "quarantined, none dispensed from it."
        ),
        (None, None),
    ),
    (
        (
            "Colonoscopy: pt given 3ml of midazolam 5mg/ml by the endoscopist believing it was "
            "1mg/ml. Became apnoeic, flumazenil x2, admitted to HDU overnight for obs."
        ),
        ("8", None),
    ),
    (
        (
            "OGD list - midaz 10mg/2ml used in error for sedation, sats fell to 70%, peri-arrest "
            "call, pt intubated in the endo room and taken to ITU."
        ),
        ("8", None),
    ),
    (
        (
            "Cystoscopy under sedation. The 2mg/ml amp was drawn up and 4ml given instead of the "
            "1mg/ml, pt unrousable, crash call, transferred to critical care."
        ),
        ("8", None),
    ),
    (
        (
            "ED sedation for a Colles reduction. Midazolam 10 mg in 2 ml given, thought to be 1 "
            "mg/ml. The 10mg/2ml had come in a delivery meant for the palliative care team on the"
            " CDU and was kept in the same box."
        ),
        ("8", None),
    ),
    (
        (
            "bronch - pt given 4ml from a 5mg/ml amp thinking it was 1mg/ml, needed reversal and "
            "bagging"
        ),
        ("8", None),
    ),
    (
        (
            "bronch today: 2.5 ml drawn up from the 5mg/ml amp, reg thought it was the 1mg/ml. "
            "Noticed on the 2nd check, discarded, not given."
        ),
        (None, "8"),
    ),
    (
        (
            "Endoscopy unit. Nurse drew up 10mg/2ml thinking it was the usual 2mg/2ml. "
            "Endoscopist read the ampoule before giving and asked for a fresh syringe."
        ),
        (None, "8"),
    ),
    (
        (
            "OGD - the HCA put a 5mg/ml ampoule in the sedation tray instead of the 1mg/ml; SN "
            "drew it up and the endoscopist spotted it at the check, nothing given."
        ),
        (None, "8"),
    ),
    (
        (
            "ED proc sedation for a shoulder reduction: midazolam 10mg in 2ml drawn up in error, "
            "checked against the ampoule by the consultant before it was given and replaced. The "
            "10mg/2ml amps were part of a palliative care supply stored in the resus CD cupboard."
        ),
        (None, "8"),
    ),
    (
        (
            "TOE in the cath lab: 2mg/ml midazolam drawn up for sedation when 1mg/ml intended, "
            "the cardiologist read the label before giving. Syringe discarded. Pt later went to "
            "CCU as planned for monitoring."
        ),
        (None, "8"),
    ),
    (
        (
            "ICU bay 2, ventilated patient, midazolam bolus 10mg given from the 5mg/ml infusion "
            "stock instead of 2mg of the 1mg/ml, BP dropped, treated."
        ),
        (None, None),
    ),
    (
        (
            "ITU pt for bedside trache, sedation bolus given from the 5mg/ml midazolam used for "
            "the infusion, intended 1mg/ml. No harm."
        ),
        (None, None),
    ),
    (
        (
            "HDU patient agitated overnight, staff nurse gave 5mg of midazolam 5mg/ml for "
            "sedation instead of the 1mg/ml bolus strength. Fully monitored, settled."
        ),
        (None, None),
    ),
    (
        (
            "Bronchoscopy: lidocaine 10mg/ml drawn up for the spray instead of the 4% (40mg/ml), "
            "noticed by the reg, replaced."
        ),
        (None, None),
    ),
    (
        (
            "Colonoscopy: fentanyl 50mcg/ml drawn up, thought it was the usual strength; pt fine,"
            " no error found."
        ),
        (None, None),
    ),
    (
        (
            "Endoscopy audit: 10mg/2ml midazolam ampoules stocked in the sedation cupboard where "
            "1mg/ml should be kept. Removed, no patients affected."
        ),
        (None, None),
    ),
    (
        (
            "Palliative care ward: syringe driver made up with midazolam 10mg/2ml as prescribed "
            "for the pt's agitation, correct dose."
        ),
        (None, None),
    ),
    (
        (
            "Pt came to endoscopy from ICU, still intubated, for an OGD; the ICU team gave the "
            "sedation from their 5mg/ml infusion as per their protocol."
        ),
        (None, None),
    ),
    (
        (
            "RSI in ED resus: midazolam 10mg/2ml used by the anaesthetist for induction, pt "
            "intubated and transferred to ITU. Reported for a delay."
        ),
        (None, None),
    ),
    (
        (
            "Bronchoscopy - saline 10ml drawn up for the wash, thought it was water; noticed "
            "before use."
        ),
        (None, None),
    ),
    (
        (
            "ED chart audit: 'Levemir 18U' written by the F2. Given by the night staff as 18 "
            "units, which was correct. Abbreviation flagged to the prescriber."
        ),
        (None, None),
    ),
    (
        (
            "Community nurse visit: 'Insulin 22IU' on the district nursing chart. Administered by"
            " the HCA as 22 units per pt's diabetes plan. Reported as bad practice."
        ),
        (None, None),
    ),
    (
        ("'Novorapid 4U' on the chart. Given by the bank nurse as 40 units, pt hypo 1.8 at 2am."),
        ("6", None),
    ),
    (
        (
            "Hospital pharmacy: outpatient script for methotrexate 10mg once daily for psoriasis."
            " Pt had not collected it yet. Rang the derm team, changed to weekly. Pt given the "
            "methotrexate leaflet."
        ),
        (None, "7"),
    ),
    (
        (
            "Methotrexate 15mg charted daily for her RA on the ward, given on 3 consecutive days "
            "before pharmacy noticed; pt given the MTX booklet on discharge."
        ),
        ("7", None),
    ),
    (
        (
            "Folic acid 5mg charted OD instead of weekly (the day after her MTX). Methotrexate "
            "20mg weekly on Sundays was charted correctly. Changed by the ward pharmacist."
        ),
        (None, None),
    ),
    (
        (
            "Pt's folate was on the dosette every day, the methotrexate Saturdays only - correct."
            " Raised as query by the carer, no error."
        ),
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sedation_area_and_dose_readings(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
