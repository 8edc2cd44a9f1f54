"""Round 66: an implant checked against the plan and found right, or put in with no error
told, is no wrong implant.

- A check of the implant against the plan or template told as made and found right ("box
  checked against the plan, correct L size 4 opened and implanted") is a check that matched,
  not an implant that differed from the plan (round 66 helper 2's note).
- An implant told as put in against the plan ("size 6 femoral component implanted against the
  plan of size 4") still differs from it: never event 2.
- A routine implant record with no error, plan or discovery told ("L THR, cup size 52
  implanted, uneventful") is no never event 2, though the learned model read one in it; a
  wrong implant told in words the rules do not read stays the learned model's finding.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CHECKED_AND_RIGHT = [
    "L TKR. femoral component box checked against the plan, correct L size 4 opened and "
    "implanted, uneventful.",
    "R THR. acetabular cup verified against the template, matched, impacted without incident.",
]

IMPLANTED_AGAINST_THE_PLAN = [
    "R TKR. size 6 femoral component implanted against the plan of size 4, found on the "
    "post op check of the implant record.",
]


@pytest.mark.parametrize("text", CHECKED_AND_RIGHT)
def test_an_implant_checked_against_the_plan_and_right_is_no_never_event(text: str) -> None:
    assert "2" not in never_event_codes(text)


@pytest.mark.parametrize("text", IMPLANTED_AGAINST_THE_PLAN)
def test_an_implant_put_in_against_the_plan_is_never_event_2(text: str) -> None:
    assert "2" in never_event_codes(text)


ROUTINE_IMPLANT_RECORDS = [
    "R TKR done, size 3 femoral and size 3 tibial components implanted. good ROM day 1",
    "dual chamber pacemaker box change, new generator implanted, pt well on the ward after.",
]


@pytest.mark.parametrize("text", ROUTINE_IMPLANT_RECORDS)
def test_a_routine_implant_record_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
