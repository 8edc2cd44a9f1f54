"""Theme cues for services short of staff told by their counts and shortages, electronic
systems that built a medicine order wrong or lost a referral, and procedures abandoned by
name."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "child with a # wrist waited 5 hrs for an xray as only one radiographer on overnight",
        "echo delayed to the next day, only 1 physiologist in for the whole hospital",
        "111 shift: calls queued for 6 hrs, shortage of clinicians escalated to the manager",
        "DN team had 41 visits for 6 nurses today, 2 insulin visits were late",
        "leg ulcer review missed and handed to the late team due to caseload",
    ],
)
def test_service_short_of_staff_is_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "only 1 radiographer noticed the wrong side marker on the film",
        "shortage of insulin syringes on the ward so a luer syringe was used",
        "pt had 3 visits for wound care this week, all done as planned",
        "pain clinic letter missed because of the wrong address on the referral",
    ],
)
def test_staff_and_counts_named_otherwise_are_not_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt on alendronate weekly, the eMAR set it up as daily and she had 2 doses",
        "EPMA converted the order to twice daily when the pt moved wards",
        "urgent referral lost on the e-referral system, pt seen 3 months late",
    ],
)
def test_electronic_system_that_built_an_order_wrong_or_lost_a_referral_is_it(text: str) -> None:
    assert "it_systems" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "doses signed on the eMAR by the night nurse, all given on time",
        "nurse set up the pump as per the chart, rate correct",
        "referral letter lost in the post, GP resent it",
    ],
)
def test_systems_named_without_a_failure_are_not_it(text: str) -> None:
    assert "it_systems" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt oversedated and needed airway support, the extraction was abandoned",
        "colonoscopy aborted at the splenic flexure as the pt was in too much pain",
    ],
)
def test_procedure_abandoned_by_name_is_treatment(text: str) -> None:
    assert "treatment_procedure" in rule_theme_ids(text)


def test_medicine_stopped_is_not_a_procedure_abandoned() -> None:
    assert "treatment_procedure" not in rule_theme_ids(
        "ramipril stopped by the GP after the AKI, bloods repeated"
    )
