"""The patient's past ligature from a rail told at another place or dated ("hx of a ligature
from a shower rail at another trust in 2021 where the rail did not collapse", "history of
hanging from a curtain rail at his previous placement in 2022") is background: today's
ligature with no anchor is no never event 9, from the rules or the learned model. A hanging
from a rail that held told in its own sentence, with the history beside it, still is."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MENTAL_HEALTH = {"service_type": "4"}

HISTORY_ONLY = [
    "pt found in her room with a strip of sheet tied round her neck, no anchor point. removed "
    "by staff, marks to neck. of note she has a hx of a ligature from a shower rail at another "
    "trust in 2021 where the rail did not collapse. now on 1:1.",
    "pt tied a ligature around his neck in the toilet at 03:00 using a sock, no anchor point. "
    "removed by staff. history of hanging from a curtain rail at his previous placement in "
    "2022, the rail had held.",
    "at her previous hospital she hanged from a curtain rail that did not collapse. tonight on "
    "Rowan ward she tied a belt round her neck in the lounge, no anchor, removed by staff.",
]

TODAYS_RAIL = [
    "pt found hanging from the shower curtain rail in his en-suite at 02:00, the rail did not "
    "collapse. cut down by staff, CPR. he has a hx of ligature attempts at another trust.",
    "pt found at 22:00 with a sheet tied to the curtain rail and around her neck, rail did not "
    "collapse, feet off the floor. staff cut her down. hx of previous ligatures.",
]


@pytest.mark.parametrize("text", HISTORY_ONLY)
def test_rail_only_in_the_history_is_no_never_event_9(text: str) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH) == (None, None)


@pytest.mark.parametrize("text", TODAYS_RAIL)
def test_todays_hanging_from_a_rail_that_held_stays_never_event_9(text: str) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH) == ("9", None)
