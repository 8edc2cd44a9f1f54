"""Caught while the device was still off the patient: a high-flow circuit whose gas inlet had
been joined to the air outlet, found "before the interface was put on" (near miss 15). The
inlet named or the interface words in an innocent role (the patient then breathed air for a
time) leave the never event standing."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Optiflow being set up in AMU for a pt needing oxygen. Before the interface was put on "
        "her the nurse saw the FiO2 stuck at 21%. The humidifier hose had been connected to the "
        "air outlet, moved to the O2 outlet, then applied.",
        "Before the nasal interface went on, the RT noticed the Airvo inlet was connected to "
        "the medical air wall outlet instead of oxygen. Swapped over, pt never on air.",
    ],
)
def test_inlet_on_air_found_before_the_interface_went_on_is_near_miss_15(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        # the interface words told of the set-up, the patient then on air for hours
        "Nurse checked the flow rate before the interface was put on but not the outlet. The "
        "circuit had been connected to the air outlet instead of oxygen and the pt was on it "
        "for 3 hours, sats 84%.",
        # the inlet named, and the patient connected to it too
        "Airvo inlet had been connected to the air terminal unit instead of the oxygen. Pt had "
        "been connected to it for 40 mins before sats dropped to 85%; moved to O2.",
        # the interface words about another patient, this one on air
        "Before the mask was put on bed 4 the nurse checked it. Bed 5 pt who needs oxygen had "
        "been connected to the air flowmeter for 2 hrs, found when sats fell to 86%.",
    ],
)
def test_inlet_or_interface_words_with_the_patient_on_air_stay_never_event_15(
    text: str,
) -> None:
    assert never_event_codes(text)[0] == "15"
