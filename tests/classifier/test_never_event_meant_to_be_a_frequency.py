"""Session 25 (never event 2): "meant to be" followed by a frequency is no implant size.

"Post femoral angiogram. Obs meant to be every 15 mins": the femoral artery and an observation
frequency, no implant meant to be another size. The size an implant was meant to be stays
never event 2.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_observation_frequency_meant_is_no_wrong_implant() -> None:
    text = (
        "Post femoral angiogram. Obs meant to be every 15 mins x4 then 30 mins, groin site "
        "checks. Nothing recorded between 13:00 and 17:10."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "THR: 32mm head opened and implanted, it was meant to be a 36mm head to match the liner.",
        "TKR: tibial tray implanted size 3, meant to be size 4 as templated.",
        "Hip: the liner implanted was meant to be the 36 mm one, a 32 mm was used.",
    ],
)
def test_implant_size_meant_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
