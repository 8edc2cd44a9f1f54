"""A safeguard against scalds named by what it prevents ("danger hot water signs put up",
"CAUTION HOT WATER notice", "anti-scald valve fitted") is a notice or a fitting, no scald and no
hot water told: a hot-water fault found at testing with nobody in the water is neither a never
event nor a near miss (the guide: estates findings with no patient involved). A scald of a
patient's body from washing water beside such a sign is still never event 14."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SAFEGUARD_ONLY = [
    "Weekly water temperature checks by estates found the assisted bath tap at 56C. Hot water "
    "warning signs put on the door and the bath taken out of use.",
    "Legionella flushing on ward 9 - shower ran at 60C. Bathroom locked, danger hot water sign "
    "up until the TMV is replaced.",
    "Assisted bathroom: caution hot water notice missing from the wall by the basin. Estates "
    "informed.",
    "Estates fitted an anti-scald valve to the assisted bath on ward 4 after the TMV service. "
    "Bath back in use.",
    "TMV testing found the hand wash basin in bay 2 at 58 degrees. Warning signs (hot water) "
    "put up, outlet isolated, no pts used it. Could have scalded someone.",
]

SCALDED = [
    "Pt scalded both feet in the bath, the hot water warning sign was on the door but the TMV "
    "had failed.",
    "Resident got into the bath, the water scalded her legs, red and blistered. Anti scald "
    "valve on the bath had failed.",
    "hot water from the shower burnt his back, no warning sign on the shower.",
]


@pytest.mark.parametrize("text", SAFEGUARD_ONLY)
def test_safeguard_named_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", SCALDED)
def test_scald_beside_a_safeguard_stays_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)
