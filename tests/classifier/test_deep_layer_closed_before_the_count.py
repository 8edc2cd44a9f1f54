"""A deep layer told closed before the count ("Uterus closed" at a caesarean, "peritoneum
closed") is a step of the operation, not its end: a swab short at the count before the sheath
is closed and found inside and removed then is near miss 3, not a retained object. An item
found after the skin was closed, on the ward or at a later operation is still never event 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    "Emergency LSCS cat 1. Uterus closed in 2 layers. At the count before closing the sheath "
    "only 9 of 10 small swabs. Surgeon re-looked and found it in the R paracolic gutter, "
    "removed, recount correct.",
    "Elective CS. Baby out 10:12. Uterus closed and haemostasis checked. Closing count before "
    "sheath closure: 1 large swab short. Found behind the uterus by the reg and removed. Count "
    "then correct, sheath closed.",
    "cat 2 section, uterus closed, peritoneum left open. count at the start of sheath closure "
    "1 small swab short, surgeon looked again and found it behind the uterus, out, recount "
    "correct",
]

RETAINED = [
    "LSCS. Uterus closed, count correct, sheath and skin closed. Seen on the postnatal ward day "
    "3 with offensive PV loss, large swab removed from the vagina.",
    "LSCS under spinal. Uterus closed, count recorded as correct, skin closed. Pt readmitted 2 "
    "weeks later, CT showed a swab in the pelvis, removed at laparotomy.",
    "Myomectomy. uterus closed, count 1 swab short at closure. swab found on xray in recovery "
    "and pt returned to theatre",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_swab_found_after_a_deep_layer_closed_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", RETAINED)
def test_swab_found_after_the_operation_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
