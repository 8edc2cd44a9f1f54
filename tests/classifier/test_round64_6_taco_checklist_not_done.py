"""Round 64: the transfusion's TACO risk checklist told as not done.

- A TACO (transfusion-associated circulatory overload) risk checklist or assessment told as
  not done ("no TACO checklist completed", "nil TACO checklist recorded") is a risk
  assessment not done: assessment_diagnosis, read by the rules as the missed waterlow or VTE
  assessment is. A checklist told as done is not.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

ASSESSMENT = "assessment_diagnosis"

CHECKLIST_NOT_DONE = [
    "2 units of red cells run back to back in a frail 52kg lady, breathless after the second "
    "with crackles. no TACO checklist completed before the first unit.",
    "pt in heart failure became short of breath after the 3rd unit and needed iv furosemide. "
    "nil TACO checklist recorded pre transfusion.",
]

CHECKLIST_DONE = [
    "TACO checklist completed and single unit given with furosemide as planned; pt later "
    "complained the blood bank porter was rude.",
]


@pytest.mark.parametrize("text", CHECKLIST_NOT_DONE)
def test_taco_checklist_not_done_is_an_assessment_not_done(text: str) -> None:
    assert ASSESSMENT in rule_theme_ids(text)


@pytest.mark.parametrize("text", CHECKLIST_DONE)
def test_taco_checklist_done_is_no_missed_assessment(text: str) -> None:
    assert ASSESSMENT not in rule_theme_ids(text)
