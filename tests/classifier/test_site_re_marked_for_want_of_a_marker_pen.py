"""A site re-marked because there was no skin marker pen to hand is a mark made again, not a
wrong side put right: no near miss of never event 1. A wrong side marked and corrected at the
check stays a near miss, whatever pen was used."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MARK_MADE_AGAIN = [
    "Block room: no skin marker available for the Stop Before You Block check, so the "
    "anaesthetist waited until the surgeon re-marked the site. list started 40 min late.",
    "Day surgery: pts for the hand list arrived with no site marks as the ward had no marker "
    "pens. Surgeon came to the ward and re-marked all 4 before they went down. delay 30 min.",
    "Anaesthetic room: arrow not visible as no skin marker pen on the ward at admission, reg "
    "re-marked the L knee with the consent form before the block. list started late.",
]

WRONG_SIDE_PUT_RIGHT = [
    "At time out the left leg was marked but consent and list said right TKR. Surgeon re-marked "
    "the right leg and re-prepped. no skin marker in theatre so used a pen from recovery.",
    "Wrong site marked on the ward (L hand instead of R) due to no marker pen being available "
    "and a biro used, noticed at time out, re-marked",
]


@pytest.mark.parametrize("text", MARK_MADE_AGAIN)
def test_mark_made_again_for_want_of_a_pen_is_no_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_SIDE_PUT_RIGHT)
def test_wrong_side_put_right_stays_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
