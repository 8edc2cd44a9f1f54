"""The water told as kept off a person already seated or standing in the shower ("none of it
went on her", "it never touched him", "kept the spray off her", "held it away from her") when it
came out too hot: the patient was being put in, the water spared her (near miss 14, the guide:
"only when the patient was already being put in"). A burn on the body still reads never event
14, and water found too hot with the person still elsewhere or at the check before anyone got
in stays neither."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

KEPT_OFF = [
    "Resident sat on the shower stool, I ran the shower away from him and it came out "
    "scalding hot. None of the water touched him, turned it off and reported to estates.",
    "Pt standing in the shower cubicle, HCA turned the water on at the wall end and it was far "
    "too hot. Kept the spray off her. TMV found faulty.",
    "Sat him on the shower seat and switched the shower on, water was boiling hot. Luckily it "
    "didnt touch him, shower taken out of use.",
    "pt on commode chair in the wet room, shower turned on aimed at the floor, water came out "
    "very hot. It did not go on the pt at all. Estates called, TMV replaced.",
    "Lady in the shower chair, water very hot from the shower head - I held it away from her "
    "and none got on her skin. Shower put out of use.",
]

SCALDED = [
    "Pt in shower chair, water came out far too hot and went on her back, red and blistered. "
    "Plastics review.",
    "HCA showering pt, water suddenly very hot, scalded his legs - it didnt touch his face. "
    "TMV failed.",
    "Resident in the bath, water too hot, scalded her feet, none of it went on her upper body.",
]

NOBODY_IN_THE_WATER = [
    "Ran the shower to warm it up before bringing pt in, water far too hot. Pt was still in "
    "her room, none of it went on her. Estates called.",
    "Checked the bath water with the thermometer before she got in - 50C. Did not let her in. "
    "Bath emptied, estates informed.",
    "The kettle water for her tea was boiling, none of it went on her, cup taken away.",
]


@pytest.mark.parametrize("text", KEPT_OFF)
def test_hot_water_kept_off_the_patient_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize("text", SCALDED)
def test_burn_on_the_body_stays_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize("text", NOBODY_IN_THE_WATER)
def test_nobody_in_the_water_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)
