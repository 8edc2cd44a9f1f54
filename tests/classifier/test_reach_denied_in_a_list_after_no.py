"""A reach closing a short list that one "no" opens ("No LA or incision had been made on the
left", "no prep nor incision made") is denied like one straight after "no": the wrong side
marked and caught at the check is near miss 1. A reach after "or" with no "no" before it in
its sentence still reached the patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DENIED_IN_A_LIST = [
    "Pt listed for R knee arthroscopy. L knee marked on the ward. Picked up at time out, L mark "
    "removed. No LA or incision had been made on the left.",
    "booked for L inguinal hernia repair, R groin marked by the F1. scrub nurse noticed at sign "
    "in, mark wiped off and L marked. no prep or incision had been made on the R",
    "Listed R ankle ORIF, L leg marked and in the leg holder. Spotted at time out and moved "
    "across, nil block nor incision had been made on the left",
]

REACHED = [
    "Pt listed for R knee arthroscopy. L knee prepped and the incision had been made on the "
    "left before the reg saw the consent.",
]


@pytest.mark.parametrize("text", DENIED_IN_A_LIST)
def test_reach_denied_in_a_list_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", REACHED)
def test_reach_told_outright_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
