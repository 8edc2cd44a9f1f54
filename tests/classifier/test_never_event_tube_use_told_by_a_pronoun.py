"""Session 25 (never event 13): meds made ready for the tube, then given by a pronoun.

Round 48 read "drawing up meds to give via the tube" as a preparation still to come. When the
report goes on "gave them at 10:00", the giving after the tube named is the use; a preparation
stopped before any giving stays a near miss.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "nurse drawing up meds to give via the tube, gave them at 10:00. CXR later showed NGT "
        "in the R main bronchus.",
        "Crushed the morning tablets to put down the NG, then gave them. Pt coughing; xray "
        "showed the NG tube in the left lung.",
    ],
)
def test_meds_given_by_a_pronoun_after_the_tube_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "Was drawing up the morning meds to give via the NG when the reg rang to say the CXR "
        "showed it in the R bronchus; meds not given.",
    ],
)
def test_meds_made_ready_and_held_back_stay_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "13")
