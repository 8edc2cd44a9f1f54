"""A nebuliser reported as on the air outlet "instead of O2", and the chart read at the check
saying the nebs are to be air driven ("Checked: chart says 'nebs to be air driven - CO2
retainer'"): air prescribed on purpose, no never event 15 (the reporter's "instead of O2" is
the report, not the error). A patient on prescribed oxygen found on the air flowmeter stays
never event 15 whatever the chart says of the nebs."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

AIR_NEB_AS_CHARTED = [
    "HCA told the NIC the pt's ipratropium neb was plugged into the medical air point instead "
    "of oxygen. Checked: drug chart says nebs to be air driven (retains CO2), nasal O2 2L "
    "running throughout, sats 90%. Given as prescribed.",
    "Bank nurse worried that bed 4's neb was running off the air flowmeter instead of O2. NIC "
    "checked and the kardex states nebulisers are air driven for this pt. No error.",
]

OXYGEN_PATIENT_ON_AIR = [
    "Pt on 2L O2 via nasal cannula for COPD found with the nasal cannula connected to the air "
    "flowmeter instead of the O2 flowmeter, sats 84%. Chart says nebs to be air driven but the "
    "cannula was meant to be on oxygen.",
]


@pytest.mark.parametrize("text", AIR_NEB_AS_CHARTED)
def test_air_nebuliser_read_as_charted_at_the_check_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OXYGEN_PATIENT_ON_AIR)
def test_oxygen_patient_found_on_air_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
