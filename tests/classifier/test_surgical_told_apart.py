"""Whether a wrong surgical act reached the patient is told by what was done on the day and in
which order, not by a paper fix, a plan or a history the report also tells: a wrong side put
right on paper ahead of the day and then operated on anyway is the act (never event 1); the old
wrong side marked on the day and caught at sign in or time out is the error made and caught
(near miss 1) even though the booking had been put right; a pack whose removal was planned
before leaving theatre and forgotten is a retained item (never event 3), not one left with a
documented plan; a count closed short (search or x-ray negative, count "accepted") with the
swab found days later is no catch (never event 3); and a swab retained at a past operation
elsewhere, told as history beside today's correct count, is not this report's event (null).
Look-alikes keep their outcomes: the fix on paper that held, the mark caught with nothing on the
day, a pack left with a plan to remove it on the ward, a swab found before closure."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PAPER_FIX_THEN_THE_WRONG_SIDE_DONE = [
    "Consent form had the L knee in error, corrected to R at pre-op clinic. On the day the "
    "surgeon operated on the left knee. Error realised after the incision.",
    "The theatre list had the wrong side which was amended the week before. Despite this the "
    "left hip was injected on the day.",
    "Booking form showed right carpal tunnel; amended to left by the secretaries a week prior. "
    "On the day the right wrist was incised, realised at closure. DoC done.",
    "wrong side on consent (R) - corrected by reg in clinic to L. on day of surgery R inguinal "
    "hernia repaired, ?old consent copy used. pt informed",
    "Listing error (left) corrected in advance to the right shoulder. However the left shoulder "
    "was injected under US in clinic on the day; error noted afterwards.",
]

PAPER_FIX_THAT_HELD = [
    "Consent had wrong side; corrected at pre-op clinic; operation done on correct side.",
    "Booking team noticed the list said L instead of R and amended it two weeks before. "
    "Surgery went ahead on the right side without issue.",
    "Wrong side on consent form noted at sign in, corrected, operation proceeded on correct side.",
]

OLD_WRONG_SIDE_MARKED_AND_CAUGHT = [
    "Booking amended to the right side after pre-assessment. On the day the left leg was marked "
    "by the registrar; this was identified at sign in and the mark removed before anaesthesia.",
    "Listing was corrected to left side in advance. However on the day the right arm was marked "
    "in error, picked up at the WHO time out, nothing done.",
    "Pt listed for L TKR after the booking was put right (orig R). Surgeon marked R knee on the "
    "ward am. Anaesthetist noticed at sign-in, remarked L, proceeded correctly.",
    "the list had been corrected to the right foot last week but the left foot was marked on the "
    "day - spotted at time out before knife to skin",
]

MARK_RIGHT_ON_THE_DAY = [
    "Booking amended to the right side after pre-assessment. On the day the right leg was marked "
    "and the operation went ahead on the right.",
    "Pt concerned at sign in the mark was faint; re-marked on the correct (L) side, proceeded.",
]

PLANNED_REMOVAL_IN_THEATRE_FORGOTTEN = [
    "Throat pack inserted at start of case. The plan was to remove the throat pack before leaving "
    "theatre but this was forgotten. Found on the ward when the patient complained of a sore "
    "throat.",
    "Vaginal pack placed, plan to remove before leaving theatre, this was not done and the pack "
    "was found at return to theatre two days later.",
    "Nasal pack was meant to come out at the end of the op before transfer to recovery but was "
    "forgotten; pt came back to ENT clinic with it in situ a week later.",
    "Throat pack - plan to remove prior to extubation but not removed. Pt in recovery coughing, "
    "pack found in the oropharynx by the recovery nurse.",
]

PACK_LEFT_WITH_A_WARD_PLAN = [
    "Vaginal pack left in situ with a documented plan to remove on the ward in 24 hours; removed "
    "as planned.",
    "Nasal packs left in as planned, documented in op note for removal the next morning on the "
    "ward. Removed day 1 without problem.",
    "Throat pack placed and removed before extubation as planned; count correct.",
]

CLOSED_SHORT_FOUND_LATER = [
    "Count was one swab short at closure. X-ray negative so wound closed anyway. Swab found at "
    "relook laparotomy 3 days later.",
    "Swab count incorrect at end of case, search negative, count accepted and abdomen closed. CT "
    "scan 5 days later showed a retained swab.",
    "count discrepancy - 1 x small swab. theatre searched, not found, consultant decided to close. "
    "pt readmitted wk later with wound infection, swab removed at re-exploration",
    "At the final count a raytec was missing; intra-op x-ray reported no foreign body and the "
    "count was signed off as accepted. Pt returned to theatre on day 4, raytec found in the "
    "pelvis.",
]

SHORT_COUNT_FOUND_BEFORE_CLOSURE_OR_OUTSIDE = [
    "Swab count short at closure; swab found in the abdomen on re-exploration before closure.",
    "Count one swab short, x-ray requested, swab found in the bin before the wound was closed.",
    "Instrument count incorrect at the end of the case; clip found on the floor under the table. "
    "Count reconciled and wound closed.",
]

PAST_RETAINED_ITEM_TOLD_AS_HISTORY = [
    "Patient had a swab retained after a past operation at another hospital in 2015, now for "
    "elective hernia repair. Today's count was correct.",
    "History of retained swab following caesarean section at another trust. Procedure today "
    "uneventful, counts correct.",
    "PMH: retained surgical swab removed 2019 (operated elsewhere). Today lap chole, all counts "
    "correct, no issues, pt anxious so extra reassurance given.",
    "Pt disclosed at pre-op that a gauze swab was left in after her hysterectomy at another trust "
    "years ago. Today's procedure and counts were correct and she was reassured.",
]


@pytest.mark.parametrize("text", PAPER_FIX_THEN_THE_WRONG_SIDE_DONE)
def test_paper_fix_then_the_wrong_side_done_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", PAPER_FIX_THAT_HELD)
def test_paper_fix_that_held_keeps_its_outcome(text: str) -> None:
    expected = (None, "1") if "sign in" in text else (None, None)
    assert never_event_codes(text) == expected


@pytest.mark.parametrize("text", OLD_WRONG_SIDE_MARKED_AND_CAUGHT)
def test_old_wrong_side_marked_and_caught_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", MARK_RIGHT_ON_THE_DAY)
def test_mark_right_on_the_day_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", PLANNED_REMOVAL_IN_THEATRE_FORGOTTEN)
def test_planned_removal_in_theatre_forgotten_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", PACK_LEFT_WITH_A_WARD_PLAN)
def test_pack_left_with_a_ward_plan_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CLOSED_SHORT_FOUND_LATER)
def test_closed_short_found_later_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", SHORT_COUNT_FOUND_BEFORE_CLOSURE_OR_OUTSIDE)
def test_short_count_found_before_closure_or_outside(text: str) -> None:
    expected = (None, "3") if "abdomen" in text else (None, None)
    assert never_event_codes(text) == expected


@pytest.mark.parametrize("text", PAST_RETAINED_ITEM_TOLD_AS_HISTORY)
def test_past_retained_item_told_as_history_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)
