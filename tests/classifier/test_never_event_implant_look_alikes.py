"""A valve is an implant only when it is a heart valve, and an implant is "for another patient"
only when another patient is named: plumbing and care for "a patient" are no wrong implant."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Bed bath given from the hot tap in a bay whose basin has no thermostatic mixing valve; "
        "she had blisters to both shins by the evening.",
        "Shower was provided for a patient with dementia; the mixing valve had been removed "
        "and the water came out scalding, burns to his back.",
    ],
)
def test_a_mixing_valve_in_a_scald_is_not_an_implant(text: str) -> None:
    assert never_event_codes(text)[0] == "14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MVR: a 27 valve was sewn in although the sizer and plan said 29; found on the "
            "post-op echo, pt back to theatre.",
            ("2", None),
        ),
        (
            "TAVI - 26 valve loaded onto the delivery system, plan was 23; perfusionist queried "
            "it, stopped before deployment and the correct valve was opened.",
            (None, "2"),
        ),
    ],
)
def test_a_sized_heart_valve_is_still_an_implant(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
