"""Potassium named as what a bag of fluid should have held ("instead of 0.9% sodium chloride
with 20mmol KCl") is a dilute infusion missed, not a strong potassium solution selected. A
strong potassium ampoule taken for a flush or diluent stays never event 4."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

BAG = [
    "Plain 0.9% saline hung in error instead of the prescribed 0.9% saline + 40 mmol KCl, "
    "wrong bag selected from the shelf.",
    "Hartmann's hung by mistake instead of the prescribed sodium chloride 0.9% with 20mmol "
    "KCl, wrong bag selected from the fluids store, ran 3 hrs.",
]

STRONG = [
    "KCl 15% ampoule drawn up instead of sodium chloride 0.9% flush, wrong ampoule selected, "
    "given IV, pt c/o burning.",
    "Potassium chloride concentrate selected in error instead of water for injection to "
    "reconstitute the antibiotic and given.",
]


@pytest.mark.parametrize("text", BAG)
def test_potassium_of_the_intended_bag_is_no_mis_selection(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", STRONG)
def test_strong_potassium_for_a_flush_stays_a_mis_selection(text: str) -> None:
    assert never_event_codes(text) == ("4", None)
