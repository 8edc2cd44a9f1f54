"""Session 26 (never event 2): an implant component named by its side is the implant's side.

"R TKR done ... on post op xray review at fracture clinic noted femoral component is a left
sided component ... L femoral component implanted": the left is the side the component was made
for, not a side planned or operated on, so no wrong site (never event 1) but the wrong implant
(never event 2). A knee operated on the wrong side stays never event 1, and a femoral nerve
block named by its side is no implant.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_component_named_left_in_a_right_knee_is_never_event_2() -> None:
    text = (
        "R TKR done 3/6, on post op xray review at fracture clinic noted femoral component is a "
        "left sided component. Implant record confirms L femoral component implanted. Revision "
        "being discussed."
    )
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    "text",
    [
        "Listed for R TKR. Surgeon operated on the L knee; consent and marking said R. L femoral "
        "component and tibial tray implanted before the error was noticed.",
        "anaes reg performed R sided femoral nerve block under US for L TKR. realised when "
        "surgeon prepping left leg. L block then performed.",
    ],
)
def test_the_wrong_side_operated_or_blocked_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
