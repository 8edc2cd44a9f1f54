"""An implant found to be the wrong one when the delivery came in, days before the list
("Goods in: IOL delivered ... was 21.0D, biometry says 21.5D", "picked up by the nurse booking
the stock in", "noticed when the delivery was checked against the plan"), never opened for a
patient, is a supply hazard (a risk, both null), not near miss 2. A wrong implant opened at the
lens check and caught before insertion stays near miss 2."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FOUND_ON_DELIVERY = [
    "Goods in: toric IOL delivered for Mrs H (list 12/06) was 23.0D but the order and the "
    "biometry both say 22.5D. Found by the theatre nurse booking the stock in, 4 days before "
    "her op. Supplier sent the right lens. Lens never opened, no pt involvement.",
    "Tissue expanders ordered for the reconstruction were the wrong volume (order form error), "
    "picked up by the CNS when the delivery was checked against the plan 3 days before "
    "surgery. Reordered.",
]

OPENED_AND_CAUGHT = [
    "Cataract list: the IOL opened was 19.5D but the biometry said 21.0D. Caught at the lens "
    "check before insertion, correct lens opened, wrong one not inserted.",
]


@pytest.mark.parametrize("text", FOUND_ON_DELIVERY)
def test_implant_found_wrong_on_delivery_is_no_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OPENED_AND_CAUGHT)
def test_wrong_implant_opened_and_caught_stays_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")
