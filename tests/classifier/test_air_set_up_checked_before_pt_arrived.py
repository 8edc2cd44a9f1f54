"""An oxygen set-up on the air flowmeter seen at the check before the patient arrived, told with
no article as hurried notes are ("checking the bay before pt arrived spotted it", "spotted by
the NIC when checking before pt arrived"), was caught before the patient was on it: near miss
15. A set-up not checked and a patient found on the air stays never event 15, whatever else a
check before the patient came found."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT_BEFORE_THE_PATIENT = [
    "Resus bay being set up for an incoming pt from the ambulance: non-rebreathe mask tubing on "
    "the air flowmeter. Noticed by the ED nurse when checking before pt arrived, moved to O2.",
    "AMU bed made ready for a transfer from ED needing O2. Nasal cannula tubing pushed onto the "
    "medical air outlet. Staff nurse checking the bedspace before pt came in noticed the AIR "
    "label and moved it across.",
    "Recovery bay prepared for a pt back from IR, HCA put the mask tubing on the AIR flowmeter "
    "at 4L. RN checking the bay before pt returned spotted it and moved it to O2.",
]

PATIENT_ON_AIR = [
    "Bed space set up for pt coming back from theatre, O2 mask tubing on the air flowmeter, not "
    "checked before pt arrived. Pt put on the mask on arrival and sats dropped to 86%, found on "
    "air after 40 min.",
    "Checking the bay before pt arrived found the suction not working. Pt arrived, O2 via nasal "
    "specs connected to the air flowmeter, sats 88% after an hour, moved to O2.",
]


@pytest.mark.parametrize("text", CAUGHT_BEFORE_THE_PATIENT)
def test_set_up_caught_before_the_patient_arrived_is_near_miss_15(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize("text", PATIENT_ON_AIR)
def test_patient_put_on_the_air_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
