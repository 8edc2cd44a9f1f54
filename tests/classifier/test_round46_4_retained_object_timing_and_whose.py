"""Retained objects (never event 3) read by when the item was found and whose event it was.

An inner structure closed (a stump, a duct, an anastomosis) is a step of the operation, not its
end; a closure begun before the count ran short is no end either. The end of the report's NG
tube is the tube in use, not an item left behind; a drill with no real patient is no event; a
swab named as a policy's subject is paperwork; a past event told as investigated at the time is
background; a decision to leave an item in, made with the patient after it was found, is no plan
documented at the operation.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT_AFTER_AN_INNER_CLOSURE = [
    "Lap chole, cystic duct closed with clips. Closing count 1 small swab missing, found in "
    "the gallbladder fossa and removed. Count correct, ports closed.",
    "laparoscopic appendix, stump closed with two endoloops. count before port removal 1 "
    "needle short, seen by the caecum and removed with graspers. count correct after.",
    "The sheath closure had been started when the count came up one swab short, the sheath "
    "was reopened and the swab found behind the liver and removed. Count correct.",
]

NO_ITEM_LEFT_BEHIND = [
    "Obstetric emergency skills drill on delivery suite: scenario PPH, vaginal swab left in "
    "after repair was one of the planted errors. No real patient was involved.",
    "Simulation session in theatre, mannequin used. Retained guidewire scenario run for the "
    "anaesthetic team. No actual patient involved.",
    "NG feed running, the end of the tube was found in the back of the throat, coiled. Tube "
    "removed.",
    "Pt had an NG tube, end of the tube seen in the mouth after vomiting, feed held, NGT "
    "re-sited and pH checked.",
    "Audit presentation: the retained swab after a c-section in 2020 (investigated at the "
    "time as an SI) was used as an example.",
    "The swab count policy for the day unit was found to be out of date at the audit.",
]

RETAINED_AND_FOUND_LATER = [
    "Lap appendicectomy, stump closed with endoloop, port sites closed. Pt readmitted day 5 "
    "with pain, CT showed a retained swab in the pelvis, removed at relaparotomy.",
    "Theatre drill this morning. In the afternoon pt in bed 6 had a retained swab after her "
    "c-section found on CT and went back to theatre.",
    "The theatre swab policy was not followed and a swab was left in the abdomen, found on CT "
    "4 days later.",
    "CT showed a needle in the abdominal wall from her hernia repair in 2019. After discussion "
    "with the pt, decision to leave in situ after a risk discussion.",
    "Xray at follow up showed a swab in the knee from the arthroscopy last month. Plan to leave "
    "after risk discussion was not accepted, removed in theatre.",
]


@pytest.mark.parametrize("text", CAUGHT_AFTER_AN_INNER_CLOSURE)
def test_item_found_after_an_inner_closure_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", NO_ITEM_LEFT_BEHIND)
def test_drill_tube_end_paperwork_and_past_case_are_no_retained_object(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", RETAINED_AND_FOUND_LATER)
def test_item_left_in_and_found_later_stays_a_retained_object(text: str) -> None:
    assert never_event_codes(text)[0] == "3"
