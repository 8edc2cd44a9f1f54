"""Round 64: something passed, thrown or shouted through a window is no person falling from it.

- "Through", "out of" or "from the window" counts towards a fall from a window (never event
  10) when a person goes that way ("dived through the window", "climbing out of a bedroom
  window", "jumped from the window"), not when something is passed, handed or thrown through
  it or a person shouts or smokes from it ("a visitor passed cigarettes to a pt through the
  bedroom window", "threw his phone out of the window"), even where the restrictor was then
  found broken.
- The learned model's never event 10 stands only where a fall is told (fallen, jumped, found
  on the lawn or patio below...): a failed restrictor at a window someone only smoked out of
  is a hazard.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PERSON_THROUGH = [
    "pt dived through the window of the 2nd floor day room, restrictor had been broken for "
    "weeks. # pelvis, trauma call.",
    "resident found on the flat roof below, having gone through the window of her room; the "
    "restrictor cable had snapped. # ankle.",
    "mr k found on the patio below his 2nd floor bedroom at 05:40, window wide open, the "
    "restrictor had been missing since the decorators were in. # femur.",
]

SOMETHING_PASSED_THROUGH = [
    "visitor passed vapes to the pt through the day room window. window restrictor found "
    "broken afterwards, estates called and the window screwed shut.",
    "friend handed a bag of takeaway to him through his bedroom window. restrictor found "
    "faulty when checked, reported to estates, no one hurt.",
    "pt threw his tablets and a mug out of the window of the 4th floor ward; window restrictor "
    "found snapped by estates. items picked up from the car park, pt unhurt.",
    "pt shouting at the smokers below from the window of his room, restrictor found to be "
    "faulty and the window opening fully, estates fixed it the same day.",
    "pt caught vaping out of the window in the side room, restrictor found broken.",
]


@pytest.mark.parametrize("text", PERSON_THROUGH)
def test_a_person_through_an_unrestricted_window_is_never_event_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize("text", SOMETHING_PASSED_THROUGH)
def test_something_passed_thrown_or_shouted_from_the_window_is_no_fall(text: str) -> None:
    assert never_event_codes(text)[0] != "10"
