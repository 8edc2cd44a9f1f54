"""Air flowmeters found in the wall at a spot check, audit or walkround, or an oxygen set-up on
one told as attached to no patient, are a risk: neither never event 15 nor a near miss. A
patient found on the air at such a check stays never event 15."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NO_PATIENT_ON_IT = [
    "Night sister spot check of the resp ward: 3 air flowmeters found in wall outlets, one with "
    "a venturi mask on it but not connected to any pt. Removed, staff reminded.",
    "Matron's spot check found an air flowmeter in the wall outlet of bed 4 with O2 tubing "
    "connected. Removed.",
    "Walkround of AMU found two air flowmeters still plugged in with nasal specs tubing on them "
    "after the nebs had finished. Taken out of the wall.",
]

PATIENT_ON_AIR = [
    "Walkround found the pt in bay 2 on nasal specs plugged into the air flowmeter instead of "
    "oxygen, sats 87%.",
    "Audit of oxygen prescribing found pt on 35% venturi connected to the air flowmeter in "
    "error, sats 82%, moved to O2.",
]


@pytest.mark.parametrize("text", NO_PATIENT_ON_IT)
def test_flowmeters_found_with_no_patient_are_a_risk(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", PATIENT_ON_AIR)
def test_patient_found_on_air_at_a_check_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
