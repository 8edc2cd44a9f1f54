"""Someone's account of their past elsewhere or long ago: a telling word ("pt says", "her
daughter mentioned", "disclosed that", "Mum reports") opens an account that runs to the end of
its sentence (or to a word of now, "today", or of a finding, "CT showed"); when a time long gone
("in 2015", "years ago", "once", "as a baby", "last year") or another place ("at another
hospital", "a different trust", "elsewhere", "abroad") is told in it, the never-event words
inside it are the teller's past, not this report's event. Not a telling heard ("was told",
"informed by the consultant"), a staff step ("reported to SHOT") or a record's words ("the TTO
label says ... once daily": "once" of a frequency is no time gone)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

ACCOUNTS_OF_THE_PAST = [
    "pt disclosed at triage that a surgical swab was left in her abdomen after a c-section in"
    " 2015 elsewhere. attends today after a fall at home, ?# wrist, xray delayed 4 hrs.",
    "Mum reports child had a guidewire left inside after a central line at a different "
    "hospital as a baby. Today attending for routine bloods, phlebotomist unable to get "
    "sample after 3 attempts, child distressed.",
    "Relative states that in 2020 her father was put on air instead of oxygen at another "
    "trust and she wants reassurance. Today: discharge delayed 5 hrs waiting for hospital "
    "transport.",
    "Handover: pt had a retained swab after a previous op in 2018 at the DGH. Today he is 2 "
    "days post lap chole, wound oozing, dressing changed, reviewed by surgical SHO.",
    "new pt to the GP practice. says that when she had her gallbladder out in 2014 in Leeds "
    "they left a clip and a swab inside her and she needed another op. today requesting "
    "repeat meds, not on system yet, 2 day delay.",
    "Pt's daughter mentioned on admission that her mum was given the wrong blood at a "
    "hospital in Spain years ago and nearly died. Today: pt had a fall from bed at 03:00, no "
    "injury, obs stable.",
    "At clinic pt explained he had a wrong site op on his L hand at another trust in 2019 "
    "(they did the R). Today's appt cancelled by us at short notice, pt upset.",
    "Pt informed us he once had a NG tube put into his lung in another hospital and was fed "
    "through it. Now very anxious about his NGT. Tube placed today, pH 4, feed started, no "
    "issues, but pt refused obs overnight.",
    "Husband states wife was scalded in the bath at her previous nursing home in 2022. On "
    "admission today skin intact. Moving and handling plan not in place, hoist sling wrong "
    "size.",
    "pt told the HCA that last year on a ward in London a nurse gave her liquid paracetamol "
    "into her drip. wanted this documented. no concerns with her care here.",
    "Community nurse visit. Pt says the hospital gave him 10 times his insulin once a few "
    "years back because someone wrote U. Today BM 14, insulin given as prescribed, pen "
    "needles running low, ordered.",
    "On the admission clerking, the patient reported a previous window fall at another unit "
    "(first floor, restrictor missing) in 2017 resulting in a # pelvis. Currently settled. "
    "Bed not available on ward, pt waited 9 hrs in ED.",
    "Prison healthcare. Man says a doctor in another city left a bit of wire in his chest "
    "when he had a neck line in 2021. No symptoms. records requested.",
    "Pre-assessment: she had a retained swab post hysterectomy elsewhere in 2016. Anxious. "
    "Records not received, surgery postponed 2 wks.",
]

OTHER_NOT_THIS_PATIENT_NOT_NOW = [
    "Following the wrong route never event on this ward last year all oral syringes are now "
    "purple. Today pharmacy delivery late so 2 pts had their 10:00 meds at 12:30.",
    "since the NG feed never event on ward 5 in 2022 all NGTs need an xray. Pt's xray delayed"
    " 6 hrs so feed started late, pt hungry and upset.",
    "During the monthly CD check in the bronchoscopy suite 2 ampoules of midazolam 5mg/ml "
    "were found in the sedation box. None had been used. Returned to pharmacy.",
    "Strong potassium chloride 15% ampoules found on the open shelf in the ward treatment "
    "room at the stock check by the pharmacy tech. Moved to the CD cupboard. No pt involved.",
    "Theatre list printed as R ureteroscopy but pt listed for L (clinic letter L, consent L)."
    " Corrected by the coordinator the day before surgery, no harm.",
    "The air and O2 flowmeters in side room 2 look the same, which could lead to a pt being "
    "given air by mistake. Estates asked to swap them.",
    "Concern raised by ward sister: insulin syringes are kept in the same drawer as 1ml luer "
    "syringes and a nurse might draw insulin up in the wrong syringe. Drawers relabelled.",
    "Bay 3 refurbished, medical air outlets fitted beside every oxygen outlet. no pts on the "
    "bay yet. asked estates to cap the air ones.",
    "pt on the ground floor ward climbed out of her bedroom window, restrictor had been "
    "removed by estates for repair. Found in car park by security, no injuries, returned to "
    "ward.",
    "pt on 2nd floor used a metal knife from the dining room to prise off the window "
    "restrictor which had been checked working that morning and climbed out onto the ledge, "
    "jumped, # ankle.",
]

EVENTS_OF_THIS_REPORT = [
    "Pt had the wrong knee operated on today - L TKR done instead of R. Realised by "
    "consultant after closing when reviewing the consent. DoC done.",
    "swab left in after c-section last week, seen on USS today, pt returned to theatre for "
    "removal.",
    "Midazolam 5mg/ml given for endoscopy sedation instead of 1mg/ml, pt oversedated, "
    "flumazenil given.",
    "KCl 15% drawn up instead of the saline flush and given IV to bed 4, pt had arrhythmia, "
    "crash team called.",
    "pt on 2L O2 via nasal specs found connected to the air flowmeter, sats 84%.",
    "Pt on first floor climbed out of window as the restrictor was broken, fell to the "
    "ground, # hip.",
    "Wrong side block: L femoral block given, planned R. Stop before you block not done.",
    "NGT placed, no xray, feed started, pt coughing; CXR showed tube in R bronchus.",
    "Methotrexate 10mg given daily for 4 days for RA pt, should have been weekly.",
    "Insulin written as 10U read as 100 units and given, pt hypo 1.9.",
    "Consent said R but the pt had a L hernia repair done, wrong side, found in recovery.",
    "Pt with history of falls climbed out of the window on the 2nd floor, restrictor missing,"
    " # pelvis.",
    "Previous incident on ward noted. Today pt received a group A unit, pt is group O, rigors"
    " and hypotension, transfusion stopped.",
    "Oral morphine solution given IV through the cannula by an agency nurse, pt drowsy, "
    "naloxone given.",
    "nurse found midazolam 10mg/2ml in the endoscopy cupboard and it was used for the pts "
    "sedation, pt apnoeic, reversed.",
    "Pt says the nurse gave her liquid paracetamol through her cannula last night. Checked: "
    "oral suspension given IV at 22:00 by agency nurse, pt well.",
    "Pt says that since her c-section in 2015 at another hospital she has had pain; CT today "
    "showed a retained swab, removed at laparotomy.",
    "Husband reported that his wife was connected to the air outlet instead of oxygen on the "
    "ward this afternoon, sats 85%.",
    "Pt explained she had the wrong leg blocked today: L femoral block given, planned R, SBYB"
    " not done.",
    "Mum states that the nurse gave 10 times the insulin using a 1ml syringe an hour ago; BM "
    "1.8, glucose given.",
    "The patient told us that in 2018 she had a swab left in at another hospital. CT this "
    "week shows a retained swab from the hysterectomy done here in March, returned to "
    "theatre.",
    "pt reported that the bath water was too hot when the HCA put her in it this morning, "
    "partial thickness scalds to both feet, water temp 52C, TMV faulty. She had been at "
    "another home until last month.",
    "Wife said the midazolam 10mg/2ml was used for his bronchoscopy sedation instead of the "
    "1mg/ml, he became apnoeic and needed flumazenil.",
]

EXPECTED_CODES = [
    "1",
    "3",
    "8",
    "4",
    "15",
    "10",
    "1",
    "13",
    "7",
    "6",
    "1",
    "10",
    "12",
    "5",
    "8",
    "5",
    "3",
    "15",
    "1",
    "6",
    "3",
    "14",
    "8",
]


@pytest.mark.parametrize("text", ACCOUNTS_OF_THE_PAST)
def test_account_of_the_past_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OTHER_NOT_THIS_PATIENT_NOT_NOW)
def test_stock_risk_room_and_excluded_setting_stay_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "code"), list(zip(EVENTS_OF_THIS_REPORT, EXPECTED_CODES, strict=True))
)
def test_event_of_this_report_told_by_someone_stays(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


def test_high_strength_drawn_up_and_caught_stays_near_miss_8() -> None:
    text = "Near miss: midazolam 5mg/ml drawn up for endoscopy, noticed at the check, not given."
    assert never_event_codes(text) == (None, "8")


def test_record_saying_once_daily_is_no_account() -> None:
    text = (
        "At discharge pt read her TTO label and said 'this says every day, I only take "
        "methotrexate once a week'. TTO had been transcribed as daily. Corrected before she "
        "left. No doses taken."
    )
    assert never_event_codes(text) == (None, "7")
