"""Round 53, helper 1: device and estates look-alikes of never events 2, 3, 5 and 15.

- Oxygen tubing found on the air flowmeter while the device was off the patient, as it was
  about to be put back on (after a wash, a turn): a near miss 15, not a never event.
- A concentrator "delivering room air not oxygen" is a failed oxygen source, not a medical air
  outlet: no never event 15 (a patient's tubing on the air outlet still is one).
- The theatre's standby generator slow to cut in is the building's power, not a pacemaker
  generator: no wrong implant.
- An IT rule said to cover "IV paracetamol, not oral" tells the drug's two forms apart: no
  oral medicine given into a line.
- A learned finding of a retained object with no item named (a pneumothorax after a central
  line) does not stand.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import learned_finding_ruled_out, never_event_codes

PUT_BACK_ON_WHILE_ON_AIR = [
    "HCA was going to put the mask back on pt after her wash (needs 28% O2) and noticed the mask "
    "tubing was plugged into the AIR flowmeter. swapped to the oxygen outlet first, pt fine.",
    "Pt on 2L nasal specs via the wall. After turning her I was about to put the specs back on "
    "and saw the tubing was on the air outlet not oxygen. Moved across to O2 before she had "
    "them on.",
]

FOUND_ON_AIR = [
    "Pt on 2L O2 via nasal specs found with the tubing connected to the air flowmeter instead "
    "of oxygen, sats 86%, moved to oxygen.",
    "Nurse put the mask back on pt after the wash. 20 mins later found the tubing on the air "
    "flowmeter not oxygen, sats 85%.",
]


@pytest.mark.parametrize("text", PUT_BACK_ON_WHILE_ON_AIR)
def test_device_about_to_go_back_on_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize("text", FOUND_ON_AIR)
def test_patient_found_on_air_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    "text",
    [
        "Home visit, pt on LTOT 2L from a concentrator, breathless, sats 84%. Engineer found the "
        "sieve beds had failed and it was delivering room air not oxygen. Unit replaced.",
        "Pt on 3L home O2 via concentrator, sats 85%. Supplier's engineer said the machine was "
        "putting out room air instead of O2 because of a faulty compressor. New concentrator "
        "fitted same day.",
    ],
)
def test_concentrator_giving_room_air_is_no_air_connection(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_tubing_on_the_air_outlet_giving_room_air_is_still_a_connection() -> None:
    text = (
        "Pt on 2L O2, sats 84%, tubing found connected to the air outlet - getting room air "
        "not oxygen. moved to the O2 flowmeter."
    )
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    "text",
    [
        "Theatre 3 power failure during lap chole. Lights and stack went off, generator took "
        "about 40 sec to kick in (should be under 15). Procedure completed, no harm.",
        "Lights went out in theatre 2 mid knee replacement. The backup generator needed about a "
        "minute to cut in, it should be 10 sec. Op finished without harm, estates informed.",
    ],
)
def test_standby_generator_slow_to_cut_in_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_wrong_pacemaker_generator_is_still_a_wrong_implant() -> None:
    text = (
        "Pacemaker box change: the generator implanted was the wrong model, should have been "
        "the MRI conditional one."
    )
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    "text",
    [
        "EPMA default for paracetamol is 1g QDS. Pt weighs 38kg and no warning fired, 4g a day "
        "given for 2 days. IT say the weight check only runs on IV paracetamol, not oral.",
        "Pt 40kg given 1g paracetamol QDS orally for 2 days. The e-prescribing dose alert is only "
        "built for IV paracetamol, not oral, so nothing flagged. Dose reduced.",
    ],
)
def test_iv_form_told_apart_from_oral_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_oral_suspension_given_iv_not_oral_is_still_a_wrong_route() -> None:
    text = (
        "Oral paracetamol suspension drawn up in a luer syringe and given IV not oral via the "
        "cannula in error."
    )
    assert never_event_codes(text) == ("5", None)


def test_learned_retained_object_with_no_item_named_is_ruled_out() -> None:
    text = "CVC inserted R IJ on the ward, CXR after shows a small apical pneumothorax, no mx."
    assert learned_finding_ruled_out(text, "3") == "no object named"


@pytest.mark.parametrize(
    "text",
    [
        "guidewire found on CXR after the CVC was inserted, pt returned to have it removed.",
        # the item is no listed object, but it is told as found in the joint
        "Shoulder arthroscopy, count correct. Xray in recovery showed a broken shaver end in "
        "the joint, back to theatre to remove it.",
    ],
)
def test_learned_retained_object_with_an_item_told_is_not_ruled_out_for_it(text: str) -> None:
    assert learned_finding_ruled_out(text, "3") != "no object named"
