"""A never event told as another ward's or unit's ("the never event on another ward where
oral morphine was given IV"), or dated by its month as the reason for today's care ("after the
wrong side block never event we had in Jan"), is background, not this report's event. Today's
own event told beside it stays."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

BACKGROUND = [
    "Teaching session on the ward about the never event on another ward in March when a pt had "
    "oral paracetamol suspension pushed through his cannula. enteral syringes now kept in "
    "every treatment room.",
    "Learning shared at handover from the serious incident on a different unit where insulin "
    "was drawn up from a pen with a syringe. no pts affected here, audit of insulin syringes "
    "stock ok.",
    "Since the retained guidewire never event on ICU in October, all CVC insertions now have a "
    "guidewire check on the sticker. today sticker missing from the pack, line inserted and "
    "wire seen intact on the trolley.",
]

TODAYS_EVENT = [
    "Oral morphine solution given via the pts PICC line in error by agency nurse at 22:00 on "
    "ward 4. never event declared. Same type of never event happened on another ward last year.",
    "L5/S1 discectomy done at L4/5, wrong level found on post op imaging. Declared a never "
    "event in March by the division.",
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_background_never_event_is_none_here(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", TODAYS_EVENT)
def test_todays_event_beside_it_stays(text: str) -> None:
    assert never_event_codes(text)[0] is not None
