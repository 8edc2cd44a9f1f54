"""Round 62, helper 3: bedside risk screening tools, breaks from a treatment mask and a
specialist team called "outreach".

- A bedside risk screening tool or screen (sepsis, falls, delirium, nutrition, VTE) is a
  clinical assessment, not a national screening programme: no radiotherapy_screening, for the
  rules or the learned model. A bowel or breast screening invitation that was never sent is
  still one.
- "Mask holidays" are planned breaks from a treatment mask (NIV, CPAP) to relieve pressure:
  "no mask holidays" is no PPE breach and no infection. Staff not wearing masks beside an
  infectious patient still is one.
- A haematology outreach team named in its short form ("haem outreach", "paeds haem
  outreach") is a specialist nurse team, not critical-care outreach called to a deteriorating
  patient: no monitoring_deterioration. Outreach not called for a rising NEWS2 still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import kept_from_model_evidence, theme_ids

RISK_SCREENING_TOOL = [
    "paramedics saw an 81 yr old with rigors and new confusion, sepsis screening tool was not "
    "completed and she was left at home, readmitted next day in septic shock",
    "falls screening tool not completed when she came in from the care home, found on the "
    "floor by her bed at 0300 with a cut to her eyebrow",
    "delirium screen not completed on admission to the orthopaedic ward, agitation at night put "
    "down to dementia, 4AT on day 3 positive",
]

SCREENING_PROGRAMME = [
    "bowel screening invitation never sent to a 62 yr old man as his GP record had a wrong "
    "date of birth, picked up when he asked his practice",
    "her breast screening results letter was not sent, she found out 4 months later that she "
    "should have been recalled for assessment",
]

NO_MASK_HOLIDAYS = [
    "grade 2 pressure damage to the bridge of his nose from the CPAP mask, no mask holidays "
    "documented over the last 36 hrs, tissue viability asked to review",
    "pt on BiPAP for 3 days with no mask holidays given, category 2 pressure ulcers found "
    "over both cheeks, dressing applied under the mask",
]

STAFF_WITHOUT_MASKS = [
    "two HCAs seen not wearing masks while giving care in the side room of a pt with covid, "
    "IPC nurse informed",
]

HAEM_OUTREACH_TEAM = [
    "paeds haem outreach visit at home: the boy's mum had been giving 6-mercaptopurine 75mg "
    "twice a day instead of once, chemist label was wrong, consultant informed",
    "haem outreach nurse found at the home visit that the oral chemo had been dispensed at "
    "double strength by the local chemist",
]

OUTREACH_NOT_CALLED = [
    "NEWS2 rose to 8 at 0400 and outreach were not called until 0730, pt to ICU with "
    "respiratory failure",
]


@pytest.mark.parametrize("text", RISK_SCREENING_TOOL)
def test_risk_screening_tool_is_no_screening_programme(text: str) -> None:
    assert "radiotherapy_screening" not in theme_ids(text)


def test_risk_screening_tool_is_no_model_evidence_of_screening() -> None:
    text = RISK_SCREENING_TOOL[1]
    assert kept_from_model_evidence(text, "radiotherapy_screening", "screening")


@pytest.mark.parametrize("text", SCREENING_PROGRAMME)
def test_screening_programme_still_counts(text: str) -> None:
    assert "radiotherapy_screening" in theme_ids(text)


@pytest.mark.parametrize("text", NO_MASK_HOLIDAYS)
def test_no_mask_holidays_is_no_infection(text: str) -> None:
    themes = theme_ids(text)
    assert "infection" not in themes
    assert "pressure_ulcer" in themes


@pytest.mark.parametrize("text", STAFF_WITHOUT_MASKS)
def test_staff_without_masks_is_still_infection(text: str) -> None:
    assert "infection" in theme_ids(text)


@pytest.mark.parametrize("text", HAEM_OUTREACH_TEAM)
def test_haem_outreach_team_is_no_deterioration(text: str) -> None:
    themes = theme_ids(text)
    assert "monitoring_deterioration" not in themes
    assert "medication" in themes


@pytest.mark.parametrize("text", OUTREACH_NOT_CALLED)
def test_outreach_not_called_is_still_deterioration(text: str) -> None:
    assert "monitoring_deterioration" in theme_ids(text)
