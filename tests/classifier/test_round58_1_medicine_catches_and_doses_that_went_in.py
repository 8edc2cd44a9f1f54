"""Round 58, helper 1: medicine never events caught before the patient, or reaching them
(never events 4, 6, 7 and 8).

- The catch dated before a dose named by its time or round ("before the 08:00 dose", "before
  the bedtime dose") came before that dose: a wrong daily methotrexate or a misread "IU" caught
  so is a near miss (7, 6). Doses told as given for days before the catch still reached the
  patient (never event 7).
- A wrong methotrexate label caught at the dispensary's accuracy check, or "no supply to pt",
  never left the pharmacy: near miss 7. An accuracy check that missed it, the tablets then
  taken daily, is never event 7.
- "No tablets dispensed" told after the script was queried and reissued, however many lines
  on: the daily directions never went out (near miss 7). Tablets dispensed and taken daily are
  still never event 7.
- "Nothing went near the patient" after a concentrate drawn up for a flush: near miss 4. The
  flush given is still never event 4.
- The high strength told as what a kit or stock "keeps" or "holds" for fitting or seizures
  (present tense, the use straight after "for") is where the ampoule came from, not an area
  where high strength belongs: given for the sedation it is never event 8. Midazolam given for
  status epilepticus in resus is still excluded.
- The patient told as having "got" a stated amount ("pt got 2.5mg") after a stop part way
  through: part of the dose went in (never event 8). The patient who "got 2mg from a fresh
  1mg/ml amp" after the syringe was stopped before anything went in had the redo (near miss 8).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes

CAUGHT_BEFORE_A_TIMED_DOSE = [
    (
        "RA pt, methotrexate 10mg prescribed OD on the electronic chart by the admitting FY1. "
        "seen on the morning round at 07:45 before the 08:00 dose, changed to weekly on sundays",
        "7",
    ),
    (
        "insulin detemir written on the transfer letter as '20IU' and keyed onto the eMAR as "
        "201 units. the night nurse rang the doctor at 21:30 before the bedtime dose, corrected "
        "to 20 units",
        "6",
    ),
]

GIVEN_FOR_DAYS_BEFORE_A_TIMED_DOSE = [
    "RA pt had methotrexate 10mg prescribed daily and given daily for 4 days. picked up by the "
    "pharmacist at 17:00 before the evening dose on day 5",
]

CAUGHT_AT_THE_ACCURACY_CHECK = [
    "methotrexate 2.5mg TTO labelled 'take 6 tablets daily' for a pt with psoriatic arthritis - "
    "spotted on final accuracy check in dispensary and sent back to the prescriber for weekly",
    "methotrexate 2.5mg TTO printed 'take 4 daily' for a Crohn's pt, corrected to weekly by the "
    "prescriber. no supply to pt.",
]

ACCURACY_CHECK_MISSED_IT = [
    "methotrexate 2.5mg TTO labelled 'take 6 tablets daily' for a pt with psoriatic arthritis. "
    "the accuracy check in dispensary missed it, pt took them daily for 5 days and was admitted "
    "with mucositis",
    "methotrexate 2.5mg TTO printed 'take 4 daily' for a Crohn's pt, corrected to weekly by the "
    "prescriber the next week. pt had been taking 4 daily for 6 days.",
]

NO_TABLETS_DISPENSED_LINES_ON = [
    "community pharmacy got a GP repeat for methotrexate 2.5mg 'four tablets each day' for a "
    "psoriasis pt. rang the practice to query. the GP said the new template had done it. a "
    "weekly script was sent over the next day. no tablets dispensed.",
]

TABLETS_DISPENSED_AND_TAKEN = [
    "community pharmacy got a GP repeat for methotrexate 2.5mg 'four tablets each day' for a "
    "psoriasis pt. dispensed. pt took them daily for 6 days. rang the practice when she came "
    "back with mouth ulcers.",
]

NOTHING_WENT_NEAR_THE_PATIENT = [
    "student drew up 10ml from what he believed was a sodium chloride amp to flush the cannula, "
    "it was potassium chloride 15%. staff nurse read the empty amp in the treatment room and "
    "took the syringe off him. nothing went near the patient.",
]

CONCENTRATE_FLUSHED = [
    "student drew up 10ml from what he believed was a sodium chloride amp to flush the cannula, "
    "it was potassium chloride 15%. he flushed it and the pt went into VT.",
]

STOCK_KEPT_FOR_FITTING = [
    "colonoscopy list: nurse gave midazolam 2mg/ml thinking it was the 1mg/ml, 4mg in total, "
    "sats 85%. the unit's emergency box keeps the 2mg/ml for fitting patients.",
]

GIVEN_FOR_STATUS_EPILEPTICUS = [
    "ED resus: midazolam 10mg/2ml given for status epilepticus, pt stopped fitting, the box "
    "keeps the high strength for seizures.",
]

PATIENT_GOT_PART_OF_IT = [
    "bronch: nurse almost pushed the whole 5mg/ml midazolam syringe, i stopped her after 0.5ml "
    "- pt got 2.5mg, sleepy, sats ok",
]

PATIENT_GOT_THE_REDO = [
    "bronch: nurse almost pushed the 5mg/ml midazolam syringe, i stopped her before anything "
    "went in. discarded. pt got 2mg from a fresh 1mg/ml amp.",
]


@pytest.mark.parametrize(("text", "code"), CAUGHT_BEFORE_A_TIMED_DOSE)
def test_caught_before_a_timed_dose_is_near_miss(text: str, code: str) -> None:
    assert rule_never_event_codes(text) == (None, code)


@pytest.mark.parametrize("text", GIVEN_FOR_DAYS_BEFORE_A_TIMED_DOSE)
def test_given_for_days_before_a_timed_dose_stays_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == ("7", None)


@pytest.mark.parametrize("text", CAUGHT_AT_THE_ACCURACY_CHECK)
def test_caught_at_the_accuracy_check_is_near_miss(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", ACCURACY_CHECK_MISSED_IT)
def test_accuracy_check_missed_stays_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == ("7", None)


@pytest.mark.parametrize("text", NO_TABLETS_DISPENSED_LINES_ON)
def test_no_tablets_dispensed_lines_on_is_near_miss(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", TABLETS_DISPENSED_AND_TAKEN)
def test_tablets_dispensed_and_taken_stays_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == ("7", None)


@pytest.mark.parametrize("text", NOTHING_WENT_NEAR_THE_PATIENT)
def test_nothing_went_near_the_patient_is_near_miss(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "4")


@pytest.mark.parametrize("text", CONCENTRATE_FLUSHED)
def test_concentrate_flushed_stays_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == ("4", None)


@pytest.mark.parametrize("text", STOCK_KEPT_FOR_FITTING)
def test_stock_kept_for_fitting_is_never_event_8(text: str) -> None:
    assert rule_never_event_codes(text) == ("8", None)


@pytest.mark.parametrize("text", GIVEN_FOR_STATUS_EPILEPTICUS)
def test_given_for_status_epilepticus_stays_excluded(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", PATIENT_GOT_PART_OF_IT)
def test_patient_got_part_of_it_is_never_event_8(text: str) -> None:
    assert rule_never_event_codes(text) == ("8", None)


@pytest.mark.parametrize("text", PATIENT_GOT_THE_REDO)
def test_patient_got_the_redo_stays_near_miss(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "8")
