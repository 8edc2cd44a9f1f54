"""An item not removed at a search of the patient's room or belongings, then used to self-harm,
is the search's miss, not an item left in a body. An item not removed at the end of an
operation stays a retained object."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SEARCH = [
    "Pt scratched her arms with a piece of broken mirror at 21:00, superficial. Her bedroom "
    "had been searched at 18:00 and the mirror was not removed.",
    "Pt cut his leg with a piece of plastic from a broken cup. His belongings were searched "
    "on admission but the cup was not removed.",
    "Pt used a piece of metal from a ring binder to self harm. room search done yesterday, "
    "the binder was not removed.",
]

OPERATION = [
    "Pt back from theatre after hernia repair, a piece of gauze was not removed and was found"
    " on the wound check day 2.",
]


@pytest.mark.parametrize("text", SEARCH)
def test_item_missed_at_a_search_is_not_retained(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OPERATION)
def test_item_left_at_an_operation_stays_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
