"""Medicine never events (4, 6, 7, 8, 12): a patient's own dated history, a stock audit, a
discarded syringe, an e-prescribing system not used and a methotrexate dose written daily.

- An ABO-incompatible transfusion listed in the patient's history and dated ("PMH includes
  'ABO incompatible transfusion reaction at another hospital 2012'") and the patient's own
  earlier potassium error kept as an alert, dated at another place, are background: no event.
- A stock audit named by the stock it checked ("audit of endoscopy stock") finding high
  strength midazolam with no patient involved is a risk, not an event.
- "Syringe discarded, nothing given" is a catch of the dose made ready.
- "EPMA not used on this ward" is a system not in use, not a dose held back.
- Methotrexate written daily right after its strength ("methotrexate 10mg once daily") is
  the overdose, whatever folic acid is told with it.

Each suppressing reading is paired with narratives where its words appear in an innocent role
and the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Transferred to Oakfield Hospice at 11:00 without her syringe driver prescription. "
            'Her letter PMH includes "ABO incompatible transfusion reaction at Northgate '
            'Hospital 2015 - recovered". Hospice waited 3 hours for a faxed chart.',
            (None, None),
        ),
        (
            "Handover of two patients by phone. Mr D, alert on his record: had a KCl ampoule "
            "given instead of a saline flush at Brookside in 2019, he asks to see every flush. "
            "Incident: Mr E arrived without his drug chart, found at ED 40 minutes later.",
            (None, None),
        ),
    ],
)
def test_dated_history_of_the_patient_is_no_event(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # history words and a time in the same sentence as this admission's transfusion
        (
            "Pt (hx of anaemia) received an ABO incompatible transfusion, moved to the Royal "
            "Infirmary 20 minutes later with haemoglobinuria.",
            "12",
        ),
        (
            "Pt (background of myeloma) given an ABO incompatible transfusion on the day unit, "
            "to the General Hospital 20 minutes later by ambulance.",
            "12",
        ),
        (
            "Transfusion history none. Group A red cells given to our group O pt in error: ABO "
            "incompatible transfusion, rigors at 14:20, haemoglobinuria, to ITU.",
            "12",
        ),
        (
            "Alert on her record for falls, yet tonight the nurse gave KCl 15% instead of a "
            "saline flush at 22:00 in 20 seconds and she had arm pain, K 6.3.",
            "4",
        ),
        (
            "Pt flagged as high risk, given potassium chloride 15% instead of sodium chloride "
            "0.9% flush at the bedside in 2024 incident, K 6.8, arrest.",
            "4",
        ),
        (
            "History of CKD; KCl ampoule used instead of the saline flush at Ward 7 on "
            "3/2/2024, K 6.5.",
            "4",
        ),
    ],
)
def test_history_words_beside_this_event_keep_it(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


def test_stock_audit_without_a_patient_is_no_event() -> None:
    text = (
        "Pharmacy quarterly audit of theatre stock at the day unit: 3 boxes of midazolam "
        "10mg/2ml found in the sedation cupboard. None used. Returned to pharmacy."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacy audit of endoscopy stock found an error: pt sedated for colonoscopy "
        "yesterday had been given midazolam 10mg/2ml, 5mg given, oversedated, flumazenil.",
        "Nurse drew up midazolam 10mg/2ml for bronchoscopy sedation and gave 4mg; pt became "
        "apnoeic. The quarterly audit of theatre stock found the 10mg/2ml ampoules in the "
        "sedation cupboard.",
        "During an inspection of ward stock the next day, the endoscopy nurse said she had "
        "given 7.5mg of midazolam from a 10mg/2ml ampoule for OGD sedation to a patient who "
        "then needed flumazenil.",
    ],
)
def test_stock_audit_that_finds_a_dose_given_keeps_it(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


def test_syringe_discarded_nothing_given_is_a_catch() -> None:
    text = (
        "IR sedation for a drain: nurse drew up midazolam from a 10mg/5ml ampoule, the room "
        "stocks 1mg/ml. Strength read out at the check with the radiologist. Syringe "
        "discarded, nothing given."
    )
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Insulin novorapid 4U read as 40, 40 units drawn up with an insulin syringe and "
            "given at 17:00. Syringe discarded, nothing given for the hypo until the doctor "
            "came at 19:00, BM 1.9.",
            "6",
        ),
        (
            "Actrapid 6 units written as 6U, nurse drew up 60 units in a 1ml syringe and "
            "injected it. Syringe discarded, nothing given to treat until BM 2.0 at 22:00.",
            "6",
        ),
        (
            "Midazolam 10mg/2ml ampoule picked for colonoscopy sedation and 6mg given, pt "
            "needed flumazenil. Syringe discarded, nothing given after that.",
            "8",
        ),
        # a partial dose gone in before the catch
        (
            "OGD sedation: midazolam drawn from a 10mg/2ml ampoule instead of 1mg/ml. Noticed "
            "before the plunger was fully pushed, but 1ml (5mg) had already gone in. Syringe "
            "discarded, nothing given further.",
            "8",
        ),
    ],
)
def test_syringe_discarded_after_the_dose_keeps_it(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


def test_eprescribing_not_used_is_no_catch() -> None:
    text = (
        "Pt prescribed novorapid 8 units on a paper chart (EPMA not used on this ward yet), "
        'written as "8U". Read as 80, 80 units drawn up in an insulin syringe and given at '
        "12:30. BM 1.6 at 14:00, glucose given."
    )
    assert never_event_codes(text) == ("6", None)


def test_eprescribing_not_used_beside_a_real_catch() -> None:
    text = (
        "Novorapid 10U read as 100, 100 units drawn up in an insulin syringe, second checker "
        "spotted it, syringe not used. EPMA not used on this ward yet."
    )
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Admission from a care home. MAR: methotrexate 2.5mg four tablets weekly and folic "
            "acid 5mg weekly. Transcribed onto our chart as methotrexate 10mg once daily and "
            "folic acid 5mg OD. Pharmacist noticed before the first dose was due, chart "
            "rewritten, no doses given.",
            (None, "7"),
        ),
        (
            "Transcribed as methotrexate 10mg once daily and folic acid 5mg OD from the GP "
            "letter which said weekly. Given daily for 4 days before pharmacy spotted it, "
            "mouth ulcers and neutropenia.",
            ("7", None),
        ),
        (
            "Methotrexate 10mg weekly on Saturday and folic acid 5mg daily except Saturday on "
            "the chart. No issues.",
            (None, None),
        ),
    ],
)
def test_methotrexate_dose_written_daily(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
