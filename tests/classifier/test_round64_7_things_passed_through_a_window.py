"""Round 64: something passed through a window is no person going through it.

- "Through the window" counts towards a fall from a window (never event 10) when a person
  goes through it ("dived through the window", "having gone through the window"), not when
  something is passed, handed or shouted through it ("a visitor passed cigarettes to a pt
  through the bedroom window"), even where the restrictor was then found broken.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PERSON_THROUGH = [
    "pt dived through the window of the 2nd floor day room, restrictor had been broken for "
    "weeks. # pelvis, trauma call.",
    "resident found on the flat roof below, having gone through the window of her room; the "
    "restrictor cable had snapped. # ankle.",
]

SOMETHING_PASSED_THROUGH = [
    "visitor passed vapes to the pt through the day room window. window restrictor found "
    "broken afterwards, estates called and the window screwed shut.",
    "friend handed a bag of takeaway to him through his bedroom window. restrictor found "
    "faulty when checked, reported to estates, no one hurt.",
]


@pytest.mark.parametrize("text", PERSON_THROUGH)
def test_a_person_through_an_unrestricted_window_is_never_event_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize("text", SOMETHING_PASSED_THROUGH)
def test_something_passed_through_the_window_is_no_fall(text: str) -> None:
    assert never_event_codes(text)[0] != "10"
