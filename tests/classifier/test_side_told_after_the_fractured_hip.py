"""The fractured hip told with its side straight after it, as an ED card does ("#NOF R confirmed
on xray", "NOF L"), is the side the block or operation was meant for: a block then done on the
other side is never event 1. The same side done, or a block stopped before it went in, is not."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

OTHER_SIDE_DONE = [
    "ED. 91M #NOF L on xray. FY2 gave a fascia iliaca block at 2200 on the RIGHT, side not "
    "marked. Noticed straight after when the NIC looked at the xray.",
    "Elderly lady, NOF R confirmed on CT. Fascia iliaca block performed on the L by the ED reg. "
    "Realised when documenting.",
    "82F #NOF R. ED reg gave a fascia iliaca block on the left. Picked up at handover, "
    "anaesthetics informed, pt told.",
]

NO_WRONG_SIDE = [
    "ED. 91M #NOF L on xray. FY2 gave a fascia iliaca block on the L at 2200. Good analgesia.",
    "82F #NOF R. ED reg about to do the fascia iliaca block on the L when the nurse did the stop "
    "before you block and stopped him before any needle. R block done.",
]


@pytest.mark.parametrize("text", OTHER_SIDE_DONE)
def test_block_on_the_other_side_of_the_fracture_is_never_event_1(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize("text", NO_WRONG_SIDE)
def test_fracture_side_done_or_caught_is_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is None
