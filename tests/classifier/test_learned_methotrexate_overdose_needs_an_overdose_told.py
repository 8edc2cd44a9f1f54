"""A learned methotrexate overdose (never event 7) needs an overdose told: a daily or repeated
dose, an extra or second one, more than meant, an error or its toxicity. A routine report of the
weekly dose given on its day, with something else in it or nothing, tells none of them, however
much the model weighs "methotrexate", "weekly" and the arthritis it is for."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import learned_finding_ruled_out, never_event_codes

NO_OVERDOSE = "no overdose told"

ROUTINE_WEEKLY_DOSES = [
    "methotrexate 10mg once weekly (Mondays) for psoriasis, dose given today, folic acid "
    "given on wed",
    "Weekly MTX injection 15mg given by the practice nurse for RA, pt fainted after, "
    "recovered lying down",
    "pt on methotrexate 20mg weekly for crohns, bloods taken today as per shared care, "
    "results filed",
    "methotrexate tabs weekly on Fridays, pt says she felt sick this week, advised to ring "
    "rheumatology",
]

OVERDOSES_TOLD = [
    "RA pt, methotrexate 10mg given on Monday and again on Tuesday by the bank nurse, "
    "usual day Monday",
    "MTX 15mg charted OD instead of weekly, 3 doses given, mouth ulcers",
    "pt took her weekly methotrexate every day for 4 days after the new box said daily",
    "methotrexate 25mg given, should have been 2.5mg, psoriasis pt, neutropenic",
]


@pytest.mark.parametrize("text", ROUTINE_WEEKLY_DOSES)
def test_a_routine_weekly_dose_is_no_learned_methotrexate_overdose(text: str) -> None:
    assert learned_finding_ruled_out(text, "7") == NO_OVERDOSE
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize("text", OVERDOSES_TOLD)
def test_an_overdose_told_keeps_a_learned_methotrexate_overdose(text: str) -> None:
    assert learned_finding_ruled_out(text, "7") != NO_OVERDOSE
    assert never_event_codes(text)[0] == "7"
