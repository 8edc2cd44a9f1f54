"""A look at the record told as not taken again before the act ("xray not looked at again
before blocking", "the x-ray wasnt looked at again before the needle went in") is the check
that was missed, not a catch: the wrong-side block was done and is never event 1. A look
that was taken at the stop moment and stopped the needle stays near miss 1."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CHECK_NOT_TAKEN = [
    "L hip fracture. ED reg did a femoral nerve block on the R at 01:10. the xray wasnt looked "
    "at again before blocking and there was no stop before you block. noticed by ortho at "
    "03:00, block on the wrong side. NE declared, DoC.",
    "#NOF R side. ED reg did a fascia iliaca block on the L at 02:00. xray not looked at again "
    "before blocking, no stop before you block. ortho noticed at 04:00 that the block was on "
    "the wrong leg. NE reported.",
    "Pt for L FIB. R leg blocked by mistake. the x-ray wasnt looked at again before the needle "
    "went in. Reported as NE.",
]

CHECK_TAKEN = [
    "R ankle block planned. L ankle prepped and the needle was about to go in, but the consent "
    "was looked at again at stop before you block and it said R. Stopped before any injection.",
]


@pytest.mark.parametrize("text", CHECK_NOT_TAKEN)
def test_block_after_a_look_not_taken_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", CHECK_TAKEN)
def test_look_taken_at_the_stop_moment_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
