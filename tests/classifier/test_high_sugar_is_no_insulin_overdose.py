"""A blood sugar told by its figure is a sign of an insulin overdose only when it is low ("BM
2.1", "CBG was 3.2"): high sugars after a missed or omitted dose ("BMs of 18-24", "BM 19 at
22:00", the clock's figures no reading) tell no overdose, so a dose written "22u" beside them is
no never event 6. A "U" dose misread as the bigger number and a low sugar after it stays one."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

HIGH_SUGARS_AFTER_A_MISSED_DOSE = [
    "T1DM lady admitted to MAU overnight. Her Levemir 18u was not written up at clerking and "
    "the night nurse charted BMs of 17-23 without telling anyone. DKA by the morning, ketones "
    "5.1, FRIII started.",
    "Novomix 30 12u tea time dose omitted as pt in radiology, BM 19 at 22:00, dose given late "
    "by night staff.",
    "Pt's own Humalog pen left at home, 8u with meals not given on day 1. Sugars 15-21 all "
    "day, diabetes nurse informed.",
]

LOW_SUGAR_AFTER_A_MISREAD_DOSE = [
    "Actrapid 6U on the kardex given as 60 units by the agency nurse. CBG 2.6 an hour later, "
    "hypo treated with glucogel.",
    "Lantus 10U written by the GP, nurse read it as 100 units and gave it. BM was 1.8 at 03:00.",
]


@pytest.mark.parametrize("text", HIGH_SUGARS_AFTER_A_MISSED_DOSE)
def test_high_sugars_after_a_missed_dose_are_no_overdose(text: str) -> None:
    assert never_event_codes(text)[0] != "6"


@pytest.mark.parametrize("text", LOW_SUGAR_AFTER_A_MISREAD_DOSE)
def test_low_sugar_after_a_misread_unit_dose_stays_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)
