"""Round 66, helper 6: errors missed at a process check, for themes.

- An error told as not picked up at a check or image match of the process ("not picked up on
  the online set-up match", "not picked up at the ward admission check", "never picked up at
  checking") is the error's own story: no assessment_diagnosis. A fracture not picked up
  on an x-ray is still a missed diagnosis.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

ASSESSMENT = "assessment_diagnosis"

MISSED_AT_PROCESS_CHECK = [
    "electrons planned for the R parotid, couch shift entered the wrong way and not picked up "
    "on the online set-up match, 2 fractions off target.",
    "pt brought in her own electric blanket which was not picked up at the ward admission "
    "check, blister on the calf next morning.",
    "tablet strength on the dosette label was wrong and never picked up at checking before it "
    "left the dispensary.",
]

DIAGNOSIS_MISSED = [
    "scaphoid fracture not picked up on the wrist x-ray in MIU, pt returned 10 days later.",
]


@pytest.mark.parametrize("text", MISSED_AT_PROCESS_CHECK)
def test_an_error_not_picked_up_at_a_process_check_is_no_missed_diagnosis(text: str) -> None:
    assert ASSESSMENT not in theme_ids(text)


@pytest.mark.parametrize("text", DIAGNOSIS_MISSED)
def test_a_fracture_not_picked_up_on_x_ray_stays_a_missed_diagnosis(text: str) -> None:
    assert ASSESSMENT in theme_ids(text)
