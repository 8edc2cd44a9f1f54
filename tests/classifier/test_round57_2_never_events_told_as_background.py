"""Round 57, helper 2: long reports that name a never event that is not this incident's.

- A teaching session whose topic is the kind ("the talk on retained swabs", "the lecture on
  wrong site surgery"): the subject of the teaching, no event. A real wrong-site operation told
  beside a teaching session is still never event 1.
- A never event dated to the past with what happened in it told after ("the never event last
  month on ward 9 where a WBIT caused an ABO incompatible transfusion"): background, no near
  miss 12 for today's wrong blood in tube. An incompatible unit transfused today is still never
  event 12.
- A safety alert or bulletin about a case at another trust ("the alert about a patient who fell
  from a window with a missing restrictor at a neighbouring hospital"): the other trust's fall
  and fault. A fall from this ward's window with a broken restrictor is still never event 10.
- A medicine never event named as a reminder's subject or as the national picture ("a reminder
  on the vincristine intrathecal never event", "since the intrathecal never event nationally"):
  no wrong route here. Vincristine given intrathecally is still never event 5.
- An item naming a checklist ("a new guidewire checklist taped on each line trolley"): the
  document, no retained object. A guidewire found still in the patient still is one.
- The query on a feeding tube answered "no misplacement after all": no never event 13. A tube
  found in the bronchus after feed went down it still is one.
- A theatre list's side put right before the patient arrived, nothing marked: a record
  corrected, no near miss 1. The list put right at time out with the site re-marked is still a
  near miss.
- A wrong daily methotrexate prescription whose "extra dose not given" is told sentences after
  it: near miss 7. An extra dose told as already given is still never event 7.
- "Pt discharged 3 days later" dates the stay's end, not the error found: a daily methotrexate
  prescription changed before the next dose stays near miss 7. A daily dose given and found
  "3 days later" is still never event 7.
- An oral liquid "prepared" in a luer syringe for a patient with a cannula and stopped at the
  bedside: near miss 5. The same liquid prepared in an oral syringe and given by mouth is
  neither.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

TEACHING_TOPIC = [
    "Patient safety training morning for theatre staff, 25 booked. The talk on retained swabs "
    "overran and the lunch delivery never arrived, 2 staff with diabetes felt unwell and were "
    "given biscuits, no harm.",
    "Never events teaching afternoon in the lecture theatre. During the lecture on wrong site "
    "surgery a delegate fainted, seen by the ED team and sent home.",
]

REAL_WRONG_SITE_BESIDE_TEACHING = [
    "Teaching session on wrong site surgery held last week. Today the R knee arthroscopy was "
    "started on the L knee, portal made before the scrub nurse noticed the arrow on the R.",
]

PAST_ABO_NEVER_EVENT_TOLD_AFTER_WHEN = [
    "Lab rejected a G&S on ward 6, the group did not match the historic record, WBIT suspected "
    "and a new sample confirmed the pt is B pos. No units issued. Staff reminded of the never "
    "event last month on ward 9 where a WBIT caused an ABO incompatible transfusion.",
]

INCOMPATIBLE_UNIT_TODAY = [
    "Pt is group O pos, 1 unit of A pos red cells for the bed 4 pt was transfused to him in "
    "error, ABO incompatible transfusion, pt developed rigors and haemoglobinuria.",
]

ALERT_ABOUT_ANOTHER_TRUSTS_WINDOW_FALL = [
    "Pt 80F found on the floor beside her bed at 03:00, unwitnessed, no injury. At the huddle we "
    "went over the safety alert about a patient who fell from a window with a missing "
    "restrictor at a neighbouring hospital and all our windows were checked.",
]

FALL_FROM_OUR_WINDOW = [
    "Pt fell from the 2nd floor window of the day room at 14:10, the restrictor had been broken "
    "for a week and not reported, sustained a fractured pelvis.",
]

MEDICINE_NEVER_EVENT_AS_REMINDER_OR_POLICY = [
    "Chemo suite closed for a day due to a flood, 9 pts rebooked. The briefing sent to staff "
    "carries a reminder on the vincristine intrathecal never event, as the IT list was moved to "
    "the same day.",
    "Vinblastine for bed 12 was dispensed in a syringe rather than the minibag in error (since "
    "the intrathecal never event nationally vinca alkaloids only go out in minibags), returned "
    "to pharmacy and given IV from a new bag later that day.",
]

VINCA_GIVEN_INTRATHECALLY = [
    "Vincristine was taken to the intrathecal list by mistake and given intrathecally to the pt "
    "instead of the methotrexate, pt transferred to ITU.",
]

ITEM_NAMING_A_CHECKLIST = [
    "Audit findings went to the ED team with a new guidewire checklist taped on each line trolley.",
]

GUIDEWIRE_LEFT_IN = [
    "Audit findings went to the ED team. The guidewire was found still in the pt on the next "
    "CXR, taped on the chest wall.",
]

NO_MISPLACEMENT_AFTER_ALL = [
    "Fine bore NG placed on ward, the FY1 read the CXR as tip in the L main bronchus and said do "
    "not use. Radiology reviewed: tip sits below the diaphragm in the stomach. So no "
    "misplacement after all, feed started 4 hrs late.",
]

TUBE_IN_BRONCHUS_AFTER_FEED = [
    "Fine bore NG placed on ward, pH not checked and feed started at 20:00. Next day the CXR "
    "showed the tip in the L main bronchus, feed stopped, pt desaturating.",
]

LIST_PUT_RIGHT_BEFORE_ARRIVAL = [
    "Theatre list for Friday showed R carpal tunnel release for Mr Okafor; the secretary "
    "noticed on Thursday that the clinic letter and consent were for the LEFT hand. List "
    "amended before the pt arrived, no marking done.",
]

LIST_PUT_RIGHT_AT_TIME_OUT = [
    "Theatre list for Friday showed R carpal tunnel release for Mr Okafor; at time out the team "
    "noticed the clinic letter and consent were for the LEFT hand. List amended and site "
    "re-marked.",
]

MTX_EXTRA_DOSE_NOT_GIVEN_TOLD_LATER = [
    "Pt on methotrexate 15mg weekly for psoriasis. Admitting FY1 wrote methotrexate 15mg daily "
    "on the chart yesterday. The dose this morning was due anyway as it is her Saturday dose. "
    "Pharmacist picked it up on the ward round. Chart rewritten as weekly, extra dose not "
    "given.",
]

MTX_EXTRA_DOSE_ALREADY_GIVEN = [
    "Pt on methotrexate 15mg weekly for psoriasis. Admitting FY1 wrote methotrexate 15mg daily "
    "on the chart yesterday. The dose this morning was due anyway as it is her Saturday dose. "
    "Pharmacist picked it up on the ward round. Chart rewritten as weekly, but an extra dose "
    "had already been given at 18:00.",
]

MTX_CHANGED_THEN_DISCHARGED_DAYS_LATER = [
    "Pt on methotrexate 10mg weekly for RA, prescribed as methotrexate 10mg daily on admission, "
    "pharmacist changed it to weekly before the next dose. Pt discharged 3 days later with the "
    "correct TTO.",
]

MTX_GIVEN_DAILY_FOUND_DAYS_LATER = [
    "Pt on methotrexate 10mg weekly for RA, prescribed as methotrexate 10mg daily on admission "
    "and given, found by pharmacist 3 days later.",
]

ORAL_LIQUID_PREPARED_IN_LUER_SYRINGE = [
    "nurse prepared the child's calpol 5ml in a 5ml luer syringe as the oral ones had run out, "
    "took it to the bedside where he has a cannula. parent queried it, nurse stopped and went "
    "to get an oral syringe, dose given by mouth.",
]

ORAL_LIQUID_PREPARED_IN_ORAL_SYRINGE = [
    "nurse prepared the child's calpol 5ml in an oral syringe and gave it by mouth, he has a "
    "cannula for antibiotics.",
]


@pytest.mark.parametrize(
    "text",
    TEACHING_TOPIC
    + PAST_ABO_NEVER_EVENT_TOLD_AFTER_WHEN
    + ALERT_ABOUT_ANOTHER_TRUSTS_WINDOW_FALL
    + MEDICINE_NEVER_EVENT_AS_REMINDER_OR_POLICY
    + ITEM_NAMING_A_CHECKLIST
    + NO_MISPLACEMENT_AFTER_ALL
    + LIST_PUT_RIGHT_BEFORE_ARRIVAL
    + ORAL_LIQUID_PREPARED_IN_ORAL_SYRINGE,
)
def test_never_event_named_as_background_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", REAL_WRONG_SITE_BESIDE_TEACHING)
def test_wrong_site_operation_beside_teaching_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", INCOMPATIBLE_UNIT_TODAY)
def test_incompatible_unit_transfused_today_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize("text", FALL_FROM_OUR_WINDOW)
def test_fall_from_our_window_with_broken_restrictor_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize("text", VINCA_GIVEN_INTRATHECALLY)
def test_vinca_given_intrathecally_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", GUIDEWIRE_LEFT_IN)
def test_guidewire_found_in_patient_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", TUBE_IN_BRONCHUS_AFTER_FEED)
def test_tube_in_bronchus_after_feed_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize("text", LIST_PUT_RIGHT_AT_TIME_OUT)
def test_list_put_right_at_time_out_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text", MTX_EXTRA_DOSE_NOT_GIVEN_TOLD_LATER + MTX_CHANGED_THEN_DISCHARGED_DAYS_LATER
)
def test_methotrexate_daily_caught_before_extra_dose_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", MTX_EXTRA_DOSE_ALREADY_GIVEN + MTX_GIVEN_DAILY_FOUND_DAYS_LATER)
def test_methotrexate_extra_dose_given_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


@pytest.mark.parametrize("text", ORAL_LIQUID_PREPARED_IN_LUER_SYRINGE)
def test_oral_liquid_prepared_in_luer_syringe_and_stopped_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "5")
