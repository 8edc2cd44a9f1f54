"""Helper H36: the scope of a query answered as right, the next weekly dose, and a stock
finding joined to a flush only when the flush came from that product.

- The folic acid's row told as the daily one answers a query of methotrexate's daily word only
  where the check found the methotrexate itself weekly; a folic acid row daily beside
  methotrexate prescribed and given daily is a second error (never event 7).
- A regimen told right answers a query only when told after it: "the correct dose was given on
  Sunday and then again on Monday ... pharmacist queried on Tuesday before any further dose" is
  the dose given twice (never event 7), not an overdose queried and disproved.
- A giving told again as the next weekly dose ("again the following Wednesday", "again on
  14/03 as due" with no daily schedule told), another act repeated or a giving asked about is no
  second dose.
- A stock check's finding of strong potassium is lifted to an event by a flush made up only
  when the report tells that flush's own product potassium; a flush confirmed as sodium
  chloride and given is no mis-selection.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: A regimen told right in a sentence before the query's is still read as its answer: only an
#: answer told before the query in the query's own sentence is set aside (a review told before
#: "Reported as there is a risk of ..." may answer the worry).
ANSWER_IN_A_SENTENCE_BEFORE = "the dose told right a sentence before the query read as its answer"

CASES = [
    # the folic acid row daily beside methotrexate given daily: never event 7
    (
        "Methotrexate 10mg written up once daily, folic acid 5mg row below which was daily too. "
        "Pt given methotrexate Mon, Tue and Wed before the pharmacist noticed.",
        ("7", None),
    ),
    (
        "mtx 7.5mg charted OD next to the folate line which was also daily; mtx given daily for "
        "3 days, picked up by pharmacy on day 4.",
        ("7", None),
    ),
    (
        "Methotrexate 10mg prescribed once daily, the folic acid 5mg row beneath it which was "
        "daily as well. Methotrexate given daily on Mon, Tue and Wed.",
        ("7", None),
    ),
    (
        "methotrexate 2.5mg x4 on the kardex as daily and the folic acid line under it which is "
        "daily too; 3 daily doses of methotrexate given before the pharmacist saw it.",
        ("7", None),
    ),
    # ... the row answering the query, the methotrexate found weekly: neither
    (
        "Nurse queried methotrexate on the kardex signed as 'daily' - it was the folate row below "
        "that was daily, the methotrexate itself weekly and correct.",
        (None, None),
    ),
    (
        "Methotrexate 15mg weekly on the chart. Pharmacist queried it and found the folate line "
        "beneath which was daily; the methotrexate itself weekly and given on the right day.",
        (None, None),
    ),
    # the dose told right before any query, then given again: never event 7
    (
        "Methotrexate 20mg weekly, the correct dose was given on Sunday and then again on Monday "
        "by the agency nurse and the pharmacist queried on Tuesday before any further dose.",
        ("7", None),
    ),
    (
        "methotrexate 15mg weekly usual dose given sunday and again monday by bank staff as the "
        "chart said daily and the pharmacist queried it tues before any further dose was given",
        ("7", None),
    ),
    # ... only the usual dose given, the daily entry queried: near miss 7
    pytest.param(
        "Methotrexate 20mg weekly, the correct dose was given on Sunday. Pharmacist queried the "
        "daily entry on Tuesday before any further dose and changed it to weekly.",
        (None, "7"),
        marks=pytest.mark.xfail(strict=True, reason=ANSWER_IN_A_SENTENCE_BEFORE),
    ),
    # the next weekly dose given on its due date: neither
    (
        "Methotrexate 10mg weekly. Given on Monday as usual and again on 14/03 as due. Reported "
        "as the folic acid was missing from the chart.",
        (None, None),
    ),
    (
        "MTX 15mg once weekly - administered on Friday as usual and administered again on 21/06 "
        "as prescribed. Datix for the late delivery of the blister pack.",
        (None, None),
    ),
    (
        "Methotrexate 25mg s/c weekly given on the Wednesday and again the following wednesday "
        "as due; district nurse forgot to sign the chart.",
        (None, None),
    ),
    (
        "Methotrexate 15mg weekly given on Monday and again the following Monday as prescribed. "
        "Incident raised as the folic acid was not charted.",
        (None, None),
    ),
    (
        "Weekly methotrexate 10mg: the correct dose was given Sunday; the patient queried "
        "whether it should be given again Monday; chart checked, weekly, not given.",
        (None, None),
    ),
    # ... "as due" by a chart made daily is the wrong schedule's: never event 7
    (
        "methotrexate given on Monday as usual and again on 14/03 as due - the chart said once "
        "daily.",
        ("7", None),
    ),
    (
        "Methotrexate 10mg given Tuesday (usual day) and given again Wednesday as due per the "
        "eMAR which showed it daily. Pharmacist stopped it Thursday.",
        ("7", None),
    ),
    # a stock finding and a flush made up confirmed as sodium chloride: neither
    (
        "Stock check found strong KCl in the flush drawer; a flush made up earlier on the round "
        "was confirmed as sodium chloride and given.",
        (None, None),
    ),
    (
        "Monthly stock check: 2 strong KCl amps found in the flush drawer. HCA had prepared a "
        "flush for bed 9 from the same drawer earlier but it was confirmed as sodium chloride "
        "0.9% and given.",
        (None, None),
    ),
    (
        "Pharmacy audit found KCl 15% ampoules in the flush drawer. A saline flush had been "
        "drawn up from the drawer for bed 3 before the audit and was checked: sodium chloride "
        "0.9%.",
        (None, None),
    ),
    (
        "Ward audit: KCl 15% amps in the flush drawer next to NaCl 0.9%. A flush prepared from "
        "that drawer earlier today was checked and was saline. Amps removed.",
        (None, None),
    ),
    (
        "Stock check found KCl 15% ampoules in the flush drawer. Removed. No patient involved.",
        (None, None),
    ),
    # ... a flush made up from the potassium itself: never event 4, near miss 4 when caught
    (
        "Stock check found strong KCl in the flush drawer; the nurse had drawn up a flush from a "
        "KCl ampoule for bed 4 and given it.",
        ("4", None),
    ),
    (
        "Stock check of the sharps tray: the nurse had prepared a sodium chloride flush syringe "
        "for bed 2 on the round and the empty ampoule was found to be KCl 15%. Flush given.",
        ("4", None),
    ),
    (
        "Strong KCl found in the flush drawer at stock check. The nurse confirmed she had made up "
        "a flush from one of the KCl amps for the cannula in bed 7 and flushed it.",
        ("4", None),
    ),
    (
        "Student nurse drew up a flush from a KCl 15% ampoule thinking it was saline; mentor "
        "spotted it before it was given. Stock check then found more KCl in the flush drawer.",
        (None, "4"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_weekly_dose_scope_and_flush_from_the_product(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
