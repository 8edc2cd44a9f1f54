""" "IOL" in a report of labour is the induction of labour, not an intraocular lens: a rate or
dose told against the regimen there is no wrong implant. An IOL told with an eye stays a lens."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

IN_LABOUR = [
    "IOL - syntocinon increased to 12ml/hr at 30 mins instead of the planned 60 mins, FHR "
    "decels, stopped.",
    "IOL day 1: balloon left in for 30 hrs rather than the 12 hrs in the guideline, woman "
    "distressed, midwife unaware of the regimen.",
    "Primip admitted for IOL at T+12, oxytocin rate should be 30 min increments, increased "
    "every 15 mins, contractions 6 in 10.",
]

LENS = [
    "Phaco + IOL R eye: lens implanted was +22.0D, biometry planned +19.5D. Found at post op "
    "refraction.",
    "Post-natal mum had cataract surgery; a wrong IOL was implanted in her R eye, planned "
    "+21.0D, she delivered 2 months ago.",
]


@pytest.mark.parametrize("text", IN_LABOUR)
def test_induction_of_labour_is_no_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", LENS)
def test_lens_told_with_an_eye_stays_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
