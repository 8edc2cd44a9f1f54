"""Saturations told as still low a time after the connection, with no word between ("15 mins
later sats still 88%", "half an hour later her sats remained 86%", "sats stayed 85% for 20
mins") went on on the wrong supply: the patient had been on the air, so a "stop" said after it
ends the exposure and catches nothing (never event 15, not a near miss). Sats told low before
any connection ("sats still 89% on RA", the reason for oxygen) and a device caught before it
went on the face stay near miss 15."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

ON_THE_AIR = [
    "Pt with acute asthma on 15L via NRB from the ambulance cylinder, I moved the tubing to the "
    "wall outlet. 15 mins later sats still 88%, the reg came in and said stop, that's the air - "
    "tubing was on the air flowmeter. Changed to O2.",
    "COPD pt on 2L nasal specs moved to side room, specs plugged into the wall. Half an hour "
    "later her sats remained 86% and the reg said stop - the specs were on the air flowmeter. "
    "Moved to oxygen.",
    "Pt transferred from trolley, I connected his venturi mask to the outlet. At the next obs "
    "his sats were still only 87%, nurse in charge shouted stop, it was on the medical air "
    "flowmeter not O2. Swapped over, sats improved.",
    "Pt on 4L via nasal cannula for pneumonia. Connected to wall on arrival to the ward. Sats "
    "stayed 85% for 20 mins, then physio said stop it's connected to the air flowmeter. "
    "Changed to oxygen outlet.",
]

CAUGHT = [
    "Sats still 89% on RA. HCA went to connect the venturi to the air flowmeter and the nurse "
    "said stop, that's air - connected to oxygen instead before the mask went on.",
    "Pt sats still 88% on room air so O2 2L prescribed. I connected the nasal specs tubing to "
    "the air flowmeter but noticed before putting the specs on her face. Moved to O2 outlet.",
]


@pytest.mark.parametrize("text", ON_THE_AIR)
def test_sats_still_low_on_the_air_is_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize("text", CAUGHT)
def test_low_sats_before_the_connection_stay_near_miss_15(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


def test_low_sats_of_a_misplaced_tube_caught_before_use_stay_near_miss_13() -> None:
    text = (
        "NG tube passed for feeding, pt's sats still 89% (her baseline). CXR showed the tube in "
        "the R main bronchus. Removed before any feed or water given."
    )
    assert never_event_codes(text) == (None, "13")
