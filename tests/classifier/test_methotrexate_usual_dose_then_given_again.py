"""The usual weekly methotrexate dose told given, then the giving told once more with "again"
("administered on Tuesday (his correct weekly dose) and again on Wednesday"): the second giving
is an extra dose that reached the patient, never event 7, whatever review or stop the report
tells after it. The usual dose given and the daily error caught before any other dose stays the
near miss; the dose given again a week later, as due, is no error at all."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

GIVEN_AGAIN = [
    "Methotrexate 20mg prescribed on EPMA as once daily by the FY1. The dose was given on "
    "Monday at 0800 (the patient's correct weekly dose) and again on Tuesday at 0800 by the "
    "night nurse. Pharmacist stopped the order on Wednesday; bloods before the next weekly dose.",
    "mtx 15 mg charted daily in error. given sat morning, his normal weekly dose, and then again "
    "sunday morning by bank staff. picked up by pharmacy monday and stopped.",
    "RA patient, methotrexate 10mg weekly. Kardex written as OD. Administered Thursday 09:00 as "
    "usual weekly dose and again Friday 09:00 as the chart showed it due. Rheum review before "
    "next weekly dose, LFTs normal.",
    "Methotrexate 12.5mg given correctly on Wed (weekly day) and given again Thurs because the "
    "chart said daily. Ward pharmacist spotted it and suspended the prescription.",
    "methotrexate 7.5mg transcribed as once daily on admission. Pt recieved her usual weekly "
    "dose on monday and again on tuesday morning. error found at med rec, order cancelled.",
    "The weekly methotrexate (25mg) was administered Friday, right day, then administered again "
    "Saturday 08:00 by a different RN. Dr informed, order stopped, FBC sent.",
    "EPMA order sentence for methotrexate 15mg defaulted to daily. patient had correct dose "
    "tues and again weds as it appeared as due. pharmacist stopped it thurs.",
    "Methotrexate 10 mg: normal dose given on Sunday and again on Monday by agency nurse as MAR "
    "showed once daily. Stopped at pharmacy screen; patient informed.",
    "care home MAR had methotrexate 2.5mg x4 as daily. carer gave the usual weekly dose fri "
    "and gave it again sat. GP rang sun and stopped it.",
    "Methotrexate 15mg (weekly, Tuesdays) - correct dose administered Tue 08:00 and then again "
    "on Wed 08:00. Order had no weekly flag. Reviewed by rheumatology before the next dose.",
    "Pt's weekly methotrexate given right day Monday; given again on Tuesday by the day team as "
    "the e-prescription showed once daily. stopped by the pharmacist weds.",
    "metotrexate 20mg: correct weekly dose given thursday and again friday (chart said daily). "
    "Found at pharmacy check, prescription amended, pt informed.",
]

USUAL_DOSE_ONLY = [
    # the usual dose given, the daily error caught before a second one: near miss 7
    "Methotrexate 20mg prescribed on EPMA as once daily. The dose was given on Monday at 0800 "
    "(his correct weekly dose). Pharmacist screened the chart Monday afternoon and changed it to "
    "weekly before the next dose was due.",
    "mtx 15 mg charted daily in error. His usual weekly dose was given on Saturday. Pharmacy "
    "picked it up the same day and the order was stopped before any further dose.",
    "methotrexate 7.5mg transcribed as once daily. pt had her normal weekly dose monday. error "
    "found on tuesday morning before the 0800 round, no extra dose given.",
    "Methotrexate 10mg put on the chart as OD. Correct weekly dose given Friday; nurse noticed "
    "the daily frequency on Saturday morning and did not give it. Dr changed to weekly.",
    "MTX 15mg on EPMA defaulting to daily. usual dose given weds. pharmacist amended to weekly "
    "weds pm, nothing further given.",
]

NO_ERROR = [
    # the dose given again a week later, as due
    "Methotrexate 15mg weekly given on Monday and again the following Monday as prescribed. "
    "Incident raised as the folic acid was not charted.",
    "mtx 10mg given on its correct day last friday and given again this friday as due; bloods "
    "not sent before the second dose as per shared care.",
    "Methotrexate 20mg weekly administered on Tuesday, correct day, and again next Tuesday. "
    "Delay in discharge letter only.",
    "Patient on weekly methotrexate. Paracetamol 1g given at 0800 and again at 1200, only 4 hrs "
    "apart. Methotrexate correct weekly.",
    "methotrexate 15mg weekly given correctly on thursday. Furosemide 40mg given in the "
    "morning and again at 1400 by mistake, pt dizzy.",
    "Methotrexate injection 15mg given in clinic on Wednesday (usual weekly day). Patient "
    "returned Thursday asking for it again; declined, correct weekly dose already had.",
    "MTX 10mg given Monday as usual. Folic acid 5mg was given on Tuesday and again on "
    "Wednesday though prescribed weekly; pharmacy informed.",
    "Weekly methotrexate given by the district nurse on Friday as normal, and again the next "
    "Friday. No issues, reported only because the PSD was not signed.",
    "methotrexate 25mg s/c weekly. given on sunday, right dose, and again on the sunday after. "
    "sharps bin was overfull at the home.",
    "The usual weekly methotrexate was given Monday and the nurse asked if it should be given "
    "again Tuesday; chart checked, it is weekly, not given.",
    "Methotrexate 15mg weekly given correctly. Ondansetron given at 0900 and again at 0930 "
    "by two nurses, duplicate dose, no harm.",
    "Pt on methotrexate (weekly, correct). Enoxaparin 40mg given at 18:00 and again at 22:00 by "
    "night staff, double dose of enoxaparin.",
    "methotrexate given on the usual day and the BM checked again at 2pm, low 3.1, treated "
    "with glucose.",
]


@pytest.mark.parametrize("text", GIVEN_AGAIN)
def test_usual_dose_then_given_again_is_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


@pytest.mark.parametrize("text", USUAL_DOSE_ONLY)
def test_usual_dose_only_and_the_error_caught_stays_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", NO_ERROR)
def test_dose_given_again_when_due_or_another_drug_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
