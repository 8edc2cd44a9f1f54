"""Theme cues that told something other than their theme: a pregnancy check not done before an
x-ray, aids lost on a ward move, a patient absent without leave brought back by the police, and
a window pattern with nobody falling."""

from __future__ import annotations

import pytest

from classifier.engine.themes import TOLD_BESIDE_EXCLUSION
from tests.classifier.outcomes import rule_theme_ids, theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "CT KUB on a 31 yr old woman, pregnancy status not checked or documented before the scan. "
        "hCG negative afterwards.",
        "19F had a pelvic xray in minors, LMP not asked and not documented before the film. "
        "Urine pregnancy test after was negative.",
        "barium swallow done, no pregnancy status recorded by the requesting doctor, pt 8/40 "
        "pregnant on booking bloods later. dose estimate by physics.",
    ],
)
def test_pregnancy_status_not_recorded_before_exposure_is_not_documentation(text: str) -> None:
    assert "communication_documentation" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # a record that failed is still a documentation failure
        "CT abdo done on the wrong pt - request form had another pt's name and NHS number on it",
        "pregnancy test result was positive but filed in the wrong pts notes, scan went ahead",
        "MRI safety questionnaire not completed or documented before the scan, pacemaker missed",
        # an identification error told beside the pregnancy check not done still counts
        "24F CT abdo, pregnancy status not checked. The request form had another patients name "
        "and NHS number on it.",
    ],
)
def test_records_that_failed_around_a_scan_are_still_documentation(text: str) -> None:
    assert "communication_documentation" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pts dentures went missing when moved from AMU to ward 7, not on the property list",
        "family complained that his glasses were lost on the transfer to the rehab ward, "
        "property form not completed",
    ],
)
def test_aids_lost_on_a_move_are_not_documentation(text: str) -> None:
    assert "communication_documentation" not in rule_theme_ids(text)


def test_handover_that_left_out_a_finding_is_still_documentation() -> None:
    text = "pts new grade 3 sacral ulcer not mentioned on the transfer letter or at handover"
    assert "communication_documentation" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "informal pt on s17 leave did not come back at 18:00, AWOL policy, returned by police "
        "at 22:30 unharmed",
        "pt absconded from the garden, found by security in the car park and brought back "
        "to the ward at 23:15",
        "detained pt walked off from escorted leave, brought back by the police at 21:40",
    ],
)
def test_awol_patient_returned_by_police_late_is_not_access(text: str) -> None:
    assert "access_transfer_discharge" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "frail pt discharged home at 23:30 by taxi, no carers told",
        "pt returned from the acute hospital at 22:45 with no transfer letter",
    ],
)
def test_late_discharge_or_return_is_still_access(text: str) -> None:
    assert "access_transfer_discharge" in rule_theme_ids(text)


def test_identification_error_beside_never_event_is_still_documentation() -> None:
    text = (
        "Unit for the pt in bed 4 (group A) hung for the pt in bed 6 (group O), wristband not "
        "checked against the unit. Rigors and loin pain within 15 min, stopped."
    )
    assert "communication_documentation" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "restrictor on the 2nd floor day room window found snapped on the walk round, room locked",
        "pt on the MH ward climbed out of the ground floor window after forcing the "
        "restrictor with a spoon, found in the car park unhurt",
        "window restrictor intact, pt broke the frame with a chair leg and got out of the "
        "ground floor lounge window, returned by police",
    ],
)
def test_window_pattern_with_nobody_falling_is_not_falls(text: str) -> None:
    assert "falls" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt forced the working window restrictor with a knife and climbed out of the 1st "
        "floor window, fell 3m onto the grass, ankle #",
        "pt unscrewed the restrictor with a screwdriver from a contractor and jumped from "
        "the first floor window",
    ],
)
def test_window_pattern_with_a_fall_is_falls(text: str) -> None:
    assert "falls" in theme_ids(text)


def test_falls_is_told_beside_an_exclusion() -> None:
    assert "falls" in TOLD_BESIDE_EXCLUSION
