"""A limb caught in a bed rail, told with the head and chest clear without a rail named after
it ("his head and chest were well clear", "head and chest both completely free") or with the
limb as the only part caught ("it was only her arm that was trapped"), is a limb-only
entrapment: no never event 11 (README: limbs only). A neck or chest trapped stays never event
11, whatever else is clear ("chest clear on auscultation", "only his arm was free")."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

LIMB_ONLY = [
    "Found pt at 03:00 with his R arm through the gap in the bed rail up to the shoulder. His "
    "head and chest were well clear. Arm eased out, bruised.",
    "pt found with leg trapped between bed rail and mattress, head and chest both completely "
    "free. leg freed, bruising",
    "resident's arm caught in the gap of the bed rails, it was only her arm that was trapped. "
    "Bumpers fitted",
    "Heard shouting, his leg had slipped through the side rail bars, it was just the leg that "
    "was stuck. Freed by two staff.",
]

NECK_OR_CHEST_TRAPPED = [
    "pt found with his neck trapped between the bed rail and the mattress, chest clear on "
    "auscultation, sats 88%, freed by staff",
    "pt's head and chest were trapped between the rail and mattress. only his arm was free. "
    "freed, bruising to neck",
]


@pytest.mark.parametrize("text", LIMB_ONLY)
def test_limb_only_entrapment_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NECK_OR_CHEST_TRAPPED)
def test_neck_or_chest_trapped_stays_never_event_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)
