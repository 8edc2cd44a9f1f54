"""Theme cues for things that are not what they look like: an aid, a tube or a task that
"fell" (not the patient), and a real fall beside them; records that lagged
behind a change (a chart rewritten, a chart that still said the old route, a family nobody
told); lines kept past their plan or never flushed; an acute kidney injury named alone."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "pts glasses fell into the bath during her wash and the lens cracked",
        "his hearing aid fell in the sink at the morning wash and stopped working",
        "PEG re-sited in endoscopy after it fell out overnight, feed restarted",
        "lithium levels not done for 6 months, monitoring fell between the GP and psychiatry",
    ],
)
def test_an_aid_tube_or_task_that_fell_is_not_a_patient_fall(text: str) -> None:
    assert "falls" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt fell in the toilet and her hearing aid fell out, bruise to L hip",
        "confused pt fell between the bed and the wall at 02:00, found by HCA",
        "care home resident fell between the chair and the commode, skin tear",
        "it was unwitnessed, pt fell off the commode onto the floor",
    ],
)
def test_a_patient_who_fell_beside_a_fallen_aid_is_still_a_fall(text: str) -> None:
    assert "falls" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt admitted post fall at home. on the ward found on the floor by her bed at 03:00",
        "attended post fall, then fell again in the ED toilet and hit his head",
        "pt fell into the bath when the shower chair tipped, bruised back",
    ],
)
def test_a_patient_fall_beside_an_earlier_fall_or_a_bath_is_still_a_fall(text: str) -> None:
    assert "falls" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "furosemide given BD instead of OD for 2 days after being rewritten onto a new chart",
        "PEG feeds stopped but the kardex still said via PEG so tabs went in the line",
        "son upset at the clinic, nobody had explained to him that the operation was changed",
    ],
)
def test_a_record_behind_a_change_or_a_family_nobody_told_is_communication(text: str) -> None:
    assert "communication_documentation" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "drug chart full so rewritten by the FY1, doses checked, no errors found",
        "pt still said she had pain at 04:00, analgesia given as prescribed and effective",
        "pt slipped in the bathroom, nobody was hurt, no injury",
    ],
)
def test_a_plain_rewrite_or_still_without_a_record_is_not_communication(text: str) -> None:
    assert "communication_documentation" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "urosepsis from a urinary catheter left in 4 weeks beyond the planned removal date",
        "midline not flushed for a week at home and now blocked",
    ],
)
def test_a_line_kept_past_its_plan_or_not_flushed_is_a_device_issue(text: str) -> None:
    assert "medical_device" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "midline flushed with 10ml saline at each visit, bled back well",
        "catheter removed on day 2 as planned, passed urine",
        "pt remained on the ward after the planned discharge date waiting for a package of care",
    ],
)
def test_a_line_cared_for_as_planned_is_not_a_device_issue(text: str) -> None:
    assert "medical_device" not in rule_theme_ids(text)


def test_an_acute_kidney_injury_named_alone_is_not_deterioration() -> None:
    text = "ward at 31C in the heatwave with no fans, 2 pts developed an AKI from dehydration"
    assert "monitoring_deterioration" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "AKI with BP 72/40 and NEWS2 of 7, not escalated for 5 hours",
        "acute kidney injury and hypotension after the vancomycin level was missed",
        "creatinine rising, AKI stage 3, obs not done overnight",
    ],
)
def test_an_acute_kidney_injury_with_a_deterioration_sign_is_deterioration(text: str) -> None:
    assert "monitoring_deterioration" in rule_theme_ids(text)
