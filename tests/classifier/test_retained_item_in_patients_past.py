"""A patient telling of an item left in at her or his own earlier birth or operation (often at
another hospital) tells history, not this report's retained object. An item left at the
procedure this report is about, even when the patient is the one who tells it, stays never
event 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PAST = [
    "At booking she said that after her previous birth at another hospital a swab was left "
    "inside and her GP removed it. Anxious, wants swab count shown to her.",
    "Pt says at his previous operation in Spain a needle was left in and had to be removed.",
    "At booking she disclosed that in her previous pregnancy a tampon was left in after "
    "suturing, found 5 days later.",
]

NOW = [
    "She told the midwife that a swab had been left inside after her delivery here last week,"
    " found and removed on exam today.",
    "Post op day 3: CT shows a retained swab from the laparotomy, swab count was recorded as "
    "correct.",
]


@pytest.mark.parametrize("text", PAST)
def test_item_left_at_a_past_procedure_is_history(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NOW)
def test_item_left_at_this_procedure_stays_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
