"""Methotrexate and its dose put on a record left unnamed, or named before the drug, as daily
("methotrexate 2.5mg x6 (15mg) put on as DAILY", "MTX 20mg keyed in as OD") is the daily
prescription: caught before any extra dose it is near miss 7, given on following days never
event 7. Folic acid put on as daily beside a weekly methotrexate is the usual regimen."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    "MTX 2.5mg x 8 (20mg) keyed in as OD by the clerking doctor. picked up by pharmacy at med "
    "rec, no doses given, changed to weekly",
    "Community meds copied across to SystmOne - methotrexate 2.5mg x 8 (20mg) for psoriasis "
    "put on as OD. Found on reconciliation before the next dose was due",
    "methotrexate 10mg tabs x4 entered as daily on the EPMA, pharmacist spotted on screening "
    "before any dose given",
]

GIVEN = [
    "methotrexate 2.5mg x4 (10mg) put on as daily on admission for RA, given for 3 days "
    "before pharmacy picked it up",
]

USUAL_REGIMEN = [
    "methotrexate 15mg for RA put on as weekly (Fridays) and folic acid 5mg put on as daily, "
    "given as charted",
    "methotrexate 20mg weekly (Mon) put on correctly, folic acid 5mg entered as once daily "
    "except Mondays",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_put_on_as_daily_and_caught_is_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", GIVEN)
def test_put_on_as_daily_and_given_is_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


@pytest.mark.parametrize("text", USUAL_REGIMEN)
def test_folic_acid_put_on_as_daily_is_no_overdose(text: str) -> None:
    assert never_event_codes(text) == (None, None)
