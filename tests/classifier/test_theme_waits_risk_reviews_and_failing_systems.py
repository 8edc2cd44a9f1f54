"""Access, assessment, IT and self-harm told in words the earlier cues missed: a package of
care told as not started, a wait told object first ("awaiting a bed for 20 hours"), a decision
taken without a risk review, a tracking system that kept failing; and a bag or an infusion left
hanging, which is not a hanging."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "DN first visit: pt incontinent and unable to get to the toilet, care package not "
        "restarted after she went home from the ward on Friday.",
        "Pt (91) awaiting a bed on the stroke unit for 20 hours in ED majors.",
    ],
)
def test_package_not_started_or_long_wait_is_access(text: str) -> None:
    assert "access_transfer_discharge" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Carers had not started the new eye drops as the MAR had not been updated by the GP.",
        "pt awaiting review by the reg, NEWS2 3, obs 4 hrly",
    ],
)
def test_package_in_place_or_a_wait_for_review_is_no_access(text: str) -> None:
    assert "access_transfer_discharge" not in rule_theme_ids(text)


def test_leave_granted_without_risk_review_is_assessment() -> None:
    text = (
        "Detained pt went on unescorted section 17 leave and cut her forearm in the park. Leave "
        "had been granted without a risk review after the weekend."
    )
    assert "assessment_diagnosis" in rule_theme_ids(text)


def test_leave_granted_after_risk_review_is_no_assessment() -> None:
    text = "Pt returned late from leave, granted after a full risk review at ward round. No harm."
    assert "assessment_diagnosis" not in rule_theme_ids(text)


def test_tracking_system_that_kept_failing_is_it_systems() -> None:
    text = (
        "Bedside scanner kept failing on the wristband so the nurse overrode it and gave the unit "
        "meant for bed 4, pt group O, unit A."
    )
    assert "it_systems" in rule_theme_ids(text)


def test_tracking_alert_that_worked_is_no_it_systems() -> None:
    text = (
        "Bedside scanner alerted wrong patient when the unit was scanned, unit returned to the "
        "lab, not spiked."
    )
    assert "it_systems" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Maternity ward: epidural bag left hanging on the drip stand after the woman went back "
        "to the PN ward, MW about to connect it to the IV line and noticed the label.",
        "Old TPN bag still hanging from yesterday, new bag put up by the night RN without taking "
        "it down, both running.",
        "Blood unit left hanging at room temperature for 5 hours before it was started.",
    ],
)
def test_bag_left_hanging_is_no_self_harm(text: str) -> None:
    assert "self_harm" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt found hanging from the bathroom door with a belt, cut down by staff, CPR.",
        "MH ward: pt tied a sheet to the wardrobe and was found hanging, marks to neck.",
        "Pt used a plastic bag and a cord and was found hanging in his room by the HCA on obs.",
    ],
)
def test_a_person_found_hanging_is_still_self_harm(text: str) -> None:
    assert "self_harm" in rule_theme_ids(text)
