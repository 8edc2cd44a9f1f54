"""A device the patient already has, told as not MR conditional in a report of an MRI scan that
tells no device put in or planned, is an MR safety incident, not never event 2. A device
implanted against an MR-conditional plan stays a wrong implant."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

AT_MRI = [
    "pt had MRI knee on the 3T scanner. afterwards told the radiographer he has a pacemaker, "
    "not MR conditional. device check normal.",
    "MRI head done for ?stroke, safety questionnaire not completed as pt confused. CXR later "
    "shows an ICD, not MRI conditional. cardiology informed, device interrogated, no damage.",
    "Outpatient scanned in MRI with a spinal cord stimulator that is non MR conditional. "
    "screening form said no implants. no harm, device checked.",
]

IMPLANTED = [
    "needed a generator change, pt needs regular MRI scans. new generator was a non "
    "MRI-conditional model.",
]


@pytest.mark.parametrize("text", AT_MRI)
def test_device_found_at_the_scan_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", IMPLANTED)
def test_device_implanted_against_the_plan_stays_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
