"""Round 45 (helper 4): air for oxygen and misplaced tubes read by who needed oxygen, whether the
device was on the patient, what a review concluded, and whether the tube was used.

- the oxygen device on the air outlet while the patient is not yet wearing it is a near miss;
- a patient told as needing no oxygen is no never event 15 unless the air harmed them;
- a relative's account overturned by the review's own denial is no connection;
- an air cylinder is an air supply like the wall outlet (and "conected" is "connected");
- a dose made up in water ready to give is no use of the tube; a bare "give" or a headline "tube
  used while ..." is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEAR_MISS_15 = [
    "HCA connected the venturi tubing to the air outlet for the post op pt, pt not on the mask "
    "yet, nurse noticed the label and moved it to the oxygen flowmeter",
    "student attached the nasal specs tubing to the air flowmeter by mistake. Patient was not "
    "wearing the specs at all at that point, nurse in charge saw it and changed it over",
]

NEVER_EVENT_15 = [
    "pt needing 4L oxygen was taken to xray with the tubing connected to the air cylinder "
    "instead of the oxygen one, sats fell to 84% on the way, changed over by the radiographer",
    "pt on 2l o2 via nasal specs, porter conected the tube to the air point by mistake, pt sats "
    "86% when found after 30 mins",
    "pt requiring 28% oxygen via venturi was found connected to the air flowmeter for 2 hours, "
    "sats 85%, hypoxic, moved to the oxygen flowmeter",
]

NOT_NEVER_EVENT_15 = [
    "nasal specs set up by the HCA on the air outlet for a pt returning from theatre, noticed "
    "at handover. Sats 98% throughout, not on an oxygen prescription and no oxygen needed",
    "PALS concern: her husband's daughter states she saw AIR written on the wall device his "
    "mask was on. I reviewed: his nebuliser was prescribed air driven and his oxygen ran via "
    "specs from the oxygen flowmeter. So he was not connected to air instead of oxygen",
    "Stock check: an air cylinder was found stored among the oxygen cylinders in the store room, "
    "removed and reported to estates",
]

NEVER_EVENT_13 = [
    "Pt has NG tube, nurse give the tablets and the flush through it, no pH check. Xray after "
    "show the NG tube in the right lung, pt coughing",
    "Incident - NGT used despite tip in the left lower lobe. CXR after the evening medicines "
    "showed it in the left main bronchus, tube removed",
]

NEAR_MISS_13 = [
    "NG tube passed for time critical medicines, aspirate pH 7 so CXR requested. Medicines made "
    "up in 10ml water in an enteral syringe ready to give. CXR showed the NG tube in the right "
    "main bronchus. Tube removed before anything was given down it",
]


@pytest.mark.parametrize("text", NEAR_MISS_15)
def test_air_connection_before_the_device_is_on_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize("text", NEVER_EVENT_15)
def test_air_supply_for_a_patient_needing_oxygen_is_never_event_15(text: str) -> None:
    assert never_event_codes(text)[0] == "15"


@pytest.mark.parametrize("text", NOT_NEVER_EVENT_15)
def test_no_oxygen_need_denied_connection_or_stock_is_not_never_event_15(text: str) -> None:
    assert never_event_codes(text)[0] != "15"


@pytest.mark.parametrize("text", NEVER_EVENT_13)
def test_misplaced_tube_used_with_a_bare_verb_or_headline_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize("text", NEAR_MISS_13)
def test_dose_made_up_but_not_given_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")
