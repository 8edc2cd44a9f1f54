"""Helper H54: methotrexate overdoses that were not (batch 103).

- A dose made ready over the one told intended, the intended one told as what the syringes
  were "meant to" or "supposed to" make, the total told "ready": the dose miscalculated, a near
  miss 7 when caught before the injection; given, it stays never event 7 ("which meant 170mg
  was given" tells the result, not the intent).
- An extra dose seen only on a record (a chart or eMAR showing two signatures) and the check
  finding only one dose given: no extra dose made nor taken, both null; the patient confirming
  both doses, a "but" turning the answer, or a daily prescription caught after the one dose
  (near miss 7) keep their outcome.
- Overdose words told as what a storage risk "could lead to" or a "risk of": no overdose, both
  null, however far along the clause they come; an overdose told after the risk as what then
  happened stays never event 7.
- Doses on the days of a multi-dose regimen the report lists ("MTX days 1,3,5,7 with folinic
  acid days 2,4,6,8"): the regimen's own doses, both null; a day outside the list ("given on day
  1 and day 2") or a single-dose protocol repeated stays never event 7.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DOUBLE_DOSE_MADE_READY_AND_CAUGHT = [
    "EPAU. IM MTX for tubal ectopic, dose 90mg (50mg/m2). Two pre-filled syringes of 45mg came "
    "up from aseptics to be split between both buttocks. Nurse thought each syringe should hold "
    "90mg and drew 90mg into each, 180mg ready on the tray. Checking nurse questioned the total "
    "before anything was injected; the pair was supposed to be 90mg in all. Redrawn, given late.",
    "Early pregnancy unit, methotrexate 50mg/m2 for ectopic. The two syringes from pharmacy were "
    "meant to total 76mg between them but the nurse drew 76mg into each, so 152mg ready to give. "
    "Caught by the second nurse at the bedside check before any injection. Redrawn and given.",
    "IM methotrexate for an unruptured ectopic. The dose was supposed to be 90 mg, split into "
    "two 45 mg syringes. HCA helped set up, 180 mg was ready on the tray when the checker "
    "queried it before administration. Re-prepared correctly.",
    "Gynae day unit: methotrexate for ectopic, prescribed 70mg IM. I drew up 140mg because I "
    "misread the label. The second checker noticed before the injection, dose was meant to be "
    "70 mg. Discarded and redrawn correctly.",
]


@pytest.mark.parametrize("text", DOUBLE_DOSE_MADE_READY_AND_CAUGHT)
def test_a_double_dose_made_ready_and_caught_before_the_injection_is_a_near_miss(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "7")


DOUBLE_DOSE_GIVEN = [
    "Gynae ward. IM methotrexate for ectopic, dose meant to be 85mg split over two syringes of "
    "42.5mg. Nurse drew 85mg into each syringe and both were given, total 170mg. Noticed by "
    "pharmacist next day. Folinic acid given.",
    "EPU: methotrexate for ectopic, 85mg intended. 170mg drawn up and given IM before the "
    "second checker arrived. Pt informed, bloods monitored.",
    "Gynae ward: methotrexate for ectopic. Nurse misread the label and drew up double, which "
    "meant 170mg was given IM instead of 85mg. Folinic acid rescue, bloods monitored.",
    "IM methotrexate for ectopic was meant to be 85mg in two syringes. The nurse filled both to "
    "85mg and gave both injections, 170mg in total. Found at pharmacist review the next day.",
]


@pytest.mark.parametrize("text", DOUBLE_DOSE_GIVEN)
def test_a_double_dose_given_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


EXTRA_DOSE_ONLY_ON_THE_RECORD = [
    "Pharmacy technician doing med rec: the kardex looked like methotrexate 15mg had been signed "
    "for on Thursday and again Friday. Spoke to the nurse - Friday's initials were for the folic "
    "acid in the row below. Only one methotrexate dose given that week, pt agrees.",
    "RA pt. eMAR showed weekly MTX recorded as administered Mon and Tues. Checked: Tuesday's "
    "entry was a documentation error, the nurse had clicked the wrong drug. Pt had only the one "
    "dose, blister pack count agrees. eMAR corrected.",
    "Drug chart for psoriasis pt appeared to show methotrexate signed on 2 consecutive days. "
    "Investigated with the nurse in charge: second signature belonged to another drug. Just one "
    "dose of methotrexate had been given.",
    "Rheumatology day unit. The electronic record showed the weekly subcut methotrexate recorded "
    "twice, Wednesday and Thursday. On checking, Thursday's entry was a duplicate click with no "
    "injection; only 1 dose given (sharps log and pt confirm).",
]


@pytest.mark.parametrize("text", EXTRA_DOSE_ONLY_ON_THE_RECORD)
def test_an_extra_dose_seen_only_on_the_chart_with_one_dose_found_given_is_no_overdose(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


EXTRA_DOSE_ON_THE_RECORD_AND_GIVEN = [
    "Drug chart showed MTX signed as given on 2 consecutive days (Sun and Mon). Checked with the "
    "pt - she confirmed she had a dose on both days. Rheum informed, bloods.",
    "Chart showed weekly methotrexate signed Sunday and Monday. Nurse thought only one dose was "
    "given but the pt said she had both doses.",
    "Methotrexate signed for on Mon and Tue on the chart. Only one dose was due that week but "
    "both were given by different nurses.",
    "MTX given by the day nurse at 10:00 and again by the night nurse at 22:00 as the chart had "
    "not been signed. Only one dose was prescribed. Pt monitored, bloods sent.",
]


@pytest.mark.parametrize("text", EXTRA_DOSE_ON_THE_RECORD_AND_GIVEN)
def test_an_extra_dose_on_the_chart_that_was_given_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


def test_a_daily_prescription_caught_after_the_one_dose_stays_a_near_miss() -> None:
    text = (
        "MTX 10mg prescribed OD on the chart, first dose signed Monday. Pharmacist queried on "
        "Tuesday before the round, only one dose given. Chart amended to weekly."
    )
    assert never_event_codes(text) == (None, "7")


STORAGE_RISK_ONLY = [
    "Dispensary stock check: methotrexate 2.5mg and 10mg tabs in near-identical boxes on "
    "adjoining shelves. This could result in someone being handed the 10mg strength and taking "
    "a fourfold overdose. Separated and shelf-edge warning added. No incidents found.",
    "Ward cupboard audit: MTX 10mg tablets stored with the 2.5mg. Risk of a patient being given "
    "the wrong strength and a 4x overdose. 10mg returned to pharmacy.",
    "Community pharmacy: found methotrexate 10mg packs mixed in the 2.5mg tote. May lead to a "
    "patient getting tablets 4 times stronger than intended and an overdose of methotrexate. "
    "Totes separated.",
]


@pytest.mark.parametrize("text", STORAGE_RISK_ONLY)
def test_an_overdose_told_only_as_what_a_storage_risk_could_lead_to_is_no_event(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


OVERDOSE_AFTER_THE_RISK = [
    "Methotrexate 2.5mg and 10mg stored on the same shelf. This led to pt being dispensed 10mg "
    "tablets and she took 4 tablets = 40mg, a 4x overdose. Admitted with mucositis.",
    "Storage of MTX 2.5 and 10mg together could lead to errors and this week a pt was given "
    "10mg tablets in error, taking a 4x overdose of her weekly dose.",
    "MTX 2.5mg dispensed as 'one daily' - there is a risk with this label. Pt took it daily for "
    "5 days, admitted with mucositis.",
]


@pytest.mark.parametrize("text", OVERDOSE_AFTER_THE_RISK)
def test_an_overdose_that_happened_beside_a_risk_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


MULTI_DOSE_REGIMEN_AS_PLANNED = [
    "Agency nurse on gynae ward queried giving methotrexate on day 5 to a pt with an ectopic as "
    "she had already had MTX on day 1 and day 3. Reg confirmed she is on the multiple dose "
    "regimen (MTX days 1, 3, 5 and 7 alternating with folinic acid) as prescribed. Day 5 dose "
    "given an hour late.",
    "EPU. Pt with persisting PUL/ectopic on the multidose methotrexate protocol (days 1,3,5,7 "
    "with folinic acid rescue days 2,4,6,8). Student nurse unsure about giving the day 3 "
    "injection since she had MTX on day 1. Explained it's the planned regimen. Given on time.",
    "Gynae: IM MTX for ectopic given day 1 and day 3 as per the multi-dose regimen (MTX days 1, "
    "3, 5, 7). Nurse new to the ward raised concern it was too frequent; reviewed by consultant, "
    "regimen correct.",
    "Night staff rang pharmacy worried that methotrexate was due again on day 7 for the lady "
    "with the ectopic, having been given on day 1, day 3 and day 5. On-call pharmacist "
    "confirmed this is the multi-dose regimen per trust protocol, days 1, 3, 5 and 7 with "
    "folinic acid between. Dose given.",
]


@pytest.mark.parametrize("text", MULTI_DOSE_REGIMEN_AS_PLANNED)
def test_doses_on_the_days_of_a_multi_dose_regimen_are_no_overdose(text: str) -> None:
    assert never_event_codes(text) == (None, None)


DOSES_OUTSIDE_THE_REGIMEN = [
    "Ectopic on multi-dose MTX regimen (days 1,3,5,7 with folinic acid on 2,4,6,8). Folinic acid "
    "and MTX rows swapped on the ward chart so MTX given on day 1 and day 2 and folinic acid "
    "omitted. Found day 3.",
    "Single dose methotrexate for ectopic given day 1. Chart had it in the regular section and it "
    "was given again on day 2 and day 3 before the EPU nurse noticed.",
    "Multi-dose ectopic regimen should be MTX days 1,3,5,7 but the ward gave it on days 1,2,3 "
    "and 4. Pt developed mouth ulcers.",
]


@pytest.mark.parametrize("text", DOSES_OUTSIDE_THE_REGIMEN)
def test_doses_outside_the_regimen_or_a_single_dose_repeated_stay_never_event_7(
    text: str,
) -> None:
    assert never_event_codes(text) == ("7", None)
