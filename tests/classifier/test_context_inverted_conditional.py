"""Session 27 (context): an inverted conditional opening a sentence tells what did not happen.

"Had the patient fallen from it the outcome could have been fatal": the fall is the condition of
a consequence, no event (it read as never event 10 beside a broken restrictor). "Had a fall" is
an event, not a condition, and the consequence told after a real fall does not undo it.
"""

from __future__ import annotations

import pytest

from classifier.engine import classify_text
from tests.classifier.outcomes import never_event_codes


def test_fall_in_an_inverted_conditional_is_no_never_event_10() -> None:
    text = (
        "Restrictor on bedroom window broken. Had the patient fallen from it the outcome could "
        "have been fatal. Fixed same day."
    )
    assert never_event_codes(text) == (None, None)


# Guards, not proofs of the conditional reading: a fault found on a walk round is a risk only
# (NE10 exclusion) whatever the conditional after it says.
@pytest.mark.parametrize(
    "text",
    [
        "Window restrictor on the 1st floor found unscrewed on the walk round. Were a pt to "
        "climb out they would drop 5 metres. Window screwed shut.",
        "Restrictor on the 2nd floor bathroom window found broken on the walk round. Had anyone "
        "climbed out they might have died. Reported to estates.",
    ],
)
def test_restrictor_found_on_a_walk_round_with_a_conditional_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_had_a_fall_opening_a_sentence_is_still_a_fall() -> None:
    text = (
        "Had a fall in the bathroom at 03:00, found on floor by HCA, could have been prevented "
        "with a sensor mat."
    )
    assert "falls" in {theme.id.value for theme in classify_text(text).themes}


def test_window_fall_told_plainly_stays_never_event_10() -> None:
    text = "Window restrictor broken in room 4. Pt climbed out and fell 2 floors, fractured pelvis."
    assert never_event_codes(text) == ("10", None)
