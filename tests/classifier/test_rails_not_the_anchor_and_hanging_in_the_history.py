"""A ligature on a mental health ward that no rail held: the anchor set against the rails ("it's
the wardrobe not the rails that is the risk here") denies every rail of its sentence, so a
collapsible shower rail named beside it makes no never event 9 or near miss; a hanging told in
the shorthand history ("hx of hanging from curtain rail at previous hospital in 2021") is
background, like "history of". A hanging from a rail that held stays never event 9."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MENTAL_HEALTH = {"service_type": "4", "location_type": "10"}

NO_RAIL_EVENT = [
    "Pt tried to tie a cord round the top of the bedroom door, staff interrupted before any "
    "weight went on it. Door top not anti-ligature. En-suite has a collapsible shower rail, "
    "reminded staff it is the door not the rails that is the risk.",
    "pt found with a sock tied round her neck, not attached to anything, ligature cut, no "
    "injury. pt has hx of hanging from a shower rail at another unit in 2020. obs increased.",
    "Ligature made from a t-shirt tied round neck, not tied to any fixture, removed by HCA. hx "
    "of hanging from curtain rail at previous hospital, level 3 obs.",
]

RAIL_EVENT = [
    "pt tied a sheet to the shower rail, not the door. rail did not collapse, staff cut her "
    "down, neck marks.",
]


@pytest.mark.parametrize("text", NO_RAIL_EVENT)
def test_no_rail_of_this_event_is_no_never_event_9(text: str) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH) == (None, None)


@pytest.mark.parametrize("text", RAIL_EVENT)
def test_hanging_from_a_rail_that_held_stays_never_event_9(text: str) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH) == ("9", None)
