"""An act told only as possible ("a unit for another patient could be given", "the feed might get
connected to the IV line") is what may happen, no event: a hazard, not a never event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Risk: a unit for another patient could be given and cause dark urine and a positive DAT.",
        "Concern that enteral feed might get connected to the IV line as both use luer ends.",
        "Audit found KCl ampoules beside the saline flushes - these could be injected in error.",
        "Two patients with the same surname on the ward, blood for one may be transfused to "
        "the other.",
    ],
)
def test_an_act_told_only_as_possible_is_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Unit for the pt in bed 4 was given to our pt in bed 5. Within 20 min rigors, dark "
            "urine, DAT positive. Could be given only after the bedside check, which was missed.",
            "12",
        ),
        ("Vincristine given intrathecally. It could have been prevented by the checklist.", "5"),
    ],
)
def test_a_done_act_told_beside_a_could_stays_a_never_event(text: str, code: str) -> None:
    assert never_event_codes(text)[0] == code
