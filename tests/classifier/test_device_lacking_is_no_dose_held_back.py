"""A "no" naming the device or stock the unit lacked ("no insulin syringes on the ward, given
20 units", "no insulin pens in stock", "no feed pump so feed given by gravity") tells why the
wrong device was used, not a dose held back: the overdose drawn up in a luer syringe and
given is never event 6. A dose told as not given ("no insulin given", "no dose given") is
still the catch, and "no needle inserted" still holds the block back."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DEVICE_LACKED_DOSE_GIVEN = [
    "pt had insulin drawn up by the HCA in a 2ml luer syringe as no insulin syringes on the "
    "ward, given 20 units instead of 2, hypo 2.1 at next obs",
    "agency nurse used a 2ml syringe as no insulin syringes available, 10 units given as 1ml "
    "= 100 units given, hypo 1.8 treated with glucogel",
    "no insulin pens in stock so nurse drew up novorapid from a cartridge with a 1ml syringe, "
    "30 units given instead of 3, BM 1.9",
]

DOSE_HELD_BACK = [
    "Insulin drawn up in a 5ml luer slip syringe as there were no insulin syringes, 40 units "
    "drawn instead of 4, noticed by second checker, no insulin given",
    "insulin drawn up in a 2ml syringe because no insulin syringes on the ward, nurse realised "
    "before giving and discarded, no dose given",
]


@pytest.mark.parametrize("text", DEVICE_LACKED_DOSE_GIVEN)
def test_device_lacked_and_overdose_given_is_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", DOSE_HELD_BACK)
def test_dose_held_back_stays_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


def test_no_needle_inserted_still_holds_the_block_back() -> None:
    text = (
        "Stop before you block: probe on the L popliteal fossa, R ankle listed. ODP called stop, "
        "no needle inserted, block done on the R."
    )
    assert never_event_codes(text) == (None, "1")
