"""Round 50, helper 1: an air set-up caught before the flow went on, a strong potassium ampoule
caught before it was drawn up.

Oxygen tubing pushed into the air outlet and seen before the flow was turned on, or before the
device was put on the person, is a near miss 15; a patient left on the air, harmed by it or told
on it for a time stays a never event. A strong potassium ampoule picked up in error and not drawn
up is a near miss 4.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes

AIR_CAUGHT_BEFORE_THE_FLOW_WENT_ON = [
    "Was about to turn the flow on when I noticed the specs for the new pt were connected to the "
    "air flowmeter, not O2. Swapped to O2 before pt used it.",
    "New pt needing O2: mask attached to the AIR outlet by the porter. I spotted it before "
    "turning the oxygen on, changed it over.",
    "Pt requiring 2L O2. Nasal cannula pushed into the air point; HCA realised before she "
    "switched the flow on. Moved to oxygen.",
    "Post-op pt to go on 2L O2 nasal specs, tubing plugged into the air flowmeter in error. Saw "
    "the label and moved it to the O2 before putting on pt.",
]

AIR_REACHED_THE_PATIENT = [
    "HCA connected the nasal specs to the air outlet and turned it on; pt on it for 20 minutes "
    "before the RN noticed. Moved to O2.",
    "Pt on 2L O2 via nasal specs was found connected to the air flowmeter. Sats 84%. The HCA had "
    "turned the flow on before anyone checked the outlet.",
    "Pt needing 2L O2 put on nasal specs plugged into the air outlet. Pt on it overnight. Nurse "
    "went to turn the flow up and saw AIR.",
    "Pt on 4L O2 mask connected to the air flowmeter, sats dropped to 85%, found at 10:00.",
]

POTASSIUM_NOT_DRAWN_UP = [
    "Reached for a sodium chloride flush and the ampoule was strong KCl, stored in the flush "
    "drawer. Did not draw it up, pharmacy informed.",
    "Picked up potassium chloride concentrate instead of water for injection from the cupboard, "
    "read the label and didnt draw any up. Ampoules removed from the ward.",
]


@pytest.mark.parametrize("text", AIR_CAUGHT_BEFORE_THE_FLOW_WENT_ON)
def test_air_set_up_caught_before_the_flow_went_on_is_near_miss_15(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "15")


@pytest.mark.parametrize("text", AIR_REACHED_THE_PATIENT)
def test_air_reaching_the_patient_stays_never_event_15(text: str) -> None:
    assert rule_never_event_codes(text)[0] == "15"


@pytest.mark.parametrize("text", POTASSIUM_NOT_DRAWN_UP)
def test_strong_potassium_not_drawn_up_is_near_miss_4(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "4")
