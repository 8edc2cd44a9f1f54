"""Folic acid told given daily with its dose ("folic acid 5mg had been given every day for 6
days", "folate 5mg being given daily") beside methotrexate given weekly is folic acid's error,
not a methotrexate overdose: no never event 7, from the rules or the learned model.
Methotrexate's own dose given daily stays never event 7, folic acid told daily too or not."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FOLIC_ACID_DAILY = [
    "methotrexate 15mg weekly given correctly on Mondays, but folic acid 5mg had been given every "
    "day since admission instead of weekly. pharmacist picked up",
    "MAR audit on the ward: methotrexate given on the right day. folic acid 5 mg was given daily "
    "for a week (should be weekly, day after MTX)",
    "Pt on weekly methotrexate for RA. folic acid 5mg being given every day on the care home "
    "MAR, should be once a week. GP informed.",
    "folic acid 5mg has been given daily instead of weekly for 8 days - methotrexate was not "
    "affected, given Fridays as prescribed",
]

METHOTREXATE_DAILY = [
    "methotrexate 10mg had been given every day for 5 days instead of weekly, folic acid 5mg "
    "weekly correct. pt pancytopenic",
    "Methotrexate 10mg given daily x6 days on the ward instead of weekly for RA, folic acid 5mg "
    "was given daily too",
]


@pytest.mark.parametrize("text", FOLIC_ACID_DAILY)
def test_folic_acid_given_daily_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", METHOTREXATE_DAILY)
def test_methotrexate_given_daily_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)
