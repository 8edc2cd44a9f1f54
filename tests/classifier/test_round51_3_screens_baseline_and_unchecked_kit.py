"""Round 51 (helper 3): assessment_diagnosis read from a bedside screen not done and from a
sign put down to the patient's baseline, and not from kit nobody checked before a transfer or
drug-monitoring bloods told absent with "no"."""

import pytest

from tests.classifier.outcomes import rule_theme_ids

THEME = "assessment_diagnosis"


@pytest.mark.parametrize(
    "text",
    [
        "Man admitted after a left sided stroke. Swallow screen was not done on arrival to the "
        "ward and he was given porridge at breakfast, coughed and aspirated.",
        "Elderly lady admitted overnight, 4AT never completed and no delirium plan, she "
        "wandered off the unit at 3am.",
        "Her low sats were put down to her baseline by the night doctor, the oxygen tubing was "
        "later found disconnected.",
    ],
)
def test_screen_not_done_or_sign_put_down_to_baseline_is_assessment(text: str) -> None:
    assert THEME in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Transfer to MRI with the oxygen cylinder nearly empty, nobody checked the gauge before "
        "we left the ward. Sats dropped to 84% in the lift.",
        "Pt on lithium for bipolar, no lithium levels taken since the spring, admitted toxic "
        "and confused.",
        "Swallow screen done on arrival and passed, diet started.",
    ],
)
def test_unchecked_kit_drug_bloods_and_a_screen_done_are_not_assessment(text: str) -> None:
    assert THEME not in rule_theme_ids(text)
