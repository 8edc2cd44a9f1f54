"""Round 47, helper 15: the never-event category "falls from windows" named as a form's box.

The framework title shortened ("ticked never event - falls from windows") names the category
the reporter chose, not a patient who fell; a patient who fell or jumped from a window, told
in any words, is still a fall.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

CATEGORY_NAMED_WITHOUT_A_FALL = [
    "Walk-round on the 2nd floor ward: window restrictor in the day room found snapped. No pt "
    "had been in the room, nobody hurt. Reporter ticked never event - falls from windows.",
    "Estates audit of 1st floor restrictors, 2 disabled and fixed same day. Logged under falls "
    "from windows as the nearest category.",
    "Restrictor bracket on bay 4 window loose on the weekly check, tightened by estates. "
    "Category chosen: falls from windows (no patient involved).",
]

A_WINDOW_FALL_TOLD_IN_OTHER_WORDS = [
    "pt climbed out and fell from the window of the 1st floor bay, the restrictor had been "
    "removed. fractured pelvis.",
    "my dad went out of the window on the ward and landed on the flat roof below, the catch "
    "that should stop it opening was broken",
    "patient jumped from the 2nd floor window at night, restrictor broken, found on the ground "
    "outside by security",
]


@pytest.mark.parametrize("text", CATEGORY_NAMED_WITHOUT_A_FALL)
def test_the_window_fall_category_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize("text", A_WINDOW_FALL_TOLD_IN_OTHER_WORDS)
def test_a_fall_from_a_window_is_still_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)
