"""Wrong implants found at a stock check or in a loan kit, told as involving no patient, are
kit on a shelf: no never event 2. An implant audit that finds a wrong implant already put in a
patient stays never event 2."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

STOCK_NO_PATIENT = [
    "Stock take of the implant cupboard found two acetabular cups in the wrong size box. No "
    "patient involved, returned to supplier.",
    "Loan set check the day before the list found the knee kit sent was the wrong size range. no "
    "pt involved, company sent the right set.",
    "Stock check in main theatre store found the wrong size tibial trays in the TKR loan kit for "
    "tomorrow, rep informed and replaced.",
]

IMPLANT_PUT_IN = [
    "Implant record audit found the wrong size femoral head had been implanted in a pt last "
    "month (32 instead of 28 liner). Pt recalled to clinic.",
    "Wrong size tibial tray was implanted in error, found on the post op x-ray. Spot check of "
    "the implant record confirmed it.",
]


@pytest.mark.parametrize("text", STOCK_NO_PATIENT)
def test_wrong_stock_with_no_patient_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", IMPLANT_PUT_IN)
def test_wrong_implant_put_in_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
