"""Methotrexate told given on its regimen's own day ("had been given once yesterday (Saturday),
which is his usual weekly day", "given Monday, his normal dosing day") is the weekly dose, not
an extra one: a daily MAR caught before the next dose is near miss 7. Given "daily instead of
on her usual weekly day" is still the overdose (never event 7)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    "Care home. Carer checking the MAR before the 8am round saw methotrexate 10mg 'daily'. The "
    "weekly dose had been given on Monday, his normal dosing day. Held, GP rang and confirmed "
    "weekly. No extra doses given.",
    "Sunday round. New MAR printed with methotrexate 2.5mg x4 'once daily', seen by the senior "
    "carer before the morning meds. Methotrexate had been given once yesterday, which is her "
    "usual weekly day. Today's dose held, GP confirmed weekly. No extra dose given.",
]

GIVEN = [
    "Methotrexate 2.5mg x4 on MAR as 'once daily'. It had been given daily instead of on her "
    "usual weekly day for 3 days before the pharmacist noticed. Pt admitted with mouth ulcers.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_dose_on_its_usual_day_leaves_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", GIVEN)
def test_daily_instead_of_the_usual_day_is_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)
