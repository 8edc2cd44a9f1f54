"""Round 49, helper 4: the imaging and scope kit of a procedure room that failed.

A C-arm that froze, an image intensifier that crashed or a scope that failed its leak test is a
medical device fault (medical_device); a scope's leak test is the device's check, not a leak of
the building (staffing_infrastructure_estates). A kit fault only discussed as a risk, or a scope
that passed its leak test, is no device fault.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

KIT_FAILED = [
    "angio suite: the c-arm froze halfway through the fem-pop angioplasty, could not get "
    "any images so the list was stopped and the patient moved to lab 2",
    "ENT clinic - nasendoscope would not start, light source faulty, pt sent home "
    "without exam and rebooked",
    "bronchoscopy list on the respiratory unit: our bronchoscope failed the leak test before "
    "the first case, list started 40 min late",
]

SCOPE_LEAK_TEST = [
    "bronchoscopy list on the respiratory unit: our bronchoscope failed the leak test before "
    "the first case, list started 40 min late",
    "gastroscope failed the leak test at decon and went off for repair, no patient involved",
]

NO_KIT_FAULT = [
    "The gastroscope was checked and passed the leak test. Pt had a perforation after dilatation.",
    "Discussed at governance the risk that the C-arm might fail mid case, no incident.",
]


@pytest.mark.parametrize("text", KIT_FAILED)
def test_procedure_room_kit_that_failed_is_a_medical_device_fault(text: str) -> None:
    assert "medical_device" in theme_ids(text)


@pytest.mark.parametrize("text", SCOPE_LEAK_TEST)
def test_a_scopes_leak_test_is_not_a_building_leak(text: str) -> None:
    assert "staffing_infrastructure_estates" not in theme_ids(text)


@pytest.mark.parametrize("text", NO_KIT_FAULT)
def test_kit_that_passed_or_was_only_a_risk_is_no_device_fault(text: str) -> None:
    assert "medical_device" not in theme_ids(text)
