"""Session 25 (never events): another trust's never event shared as learning is background.

"At the safety huddle we shared the retained guidewire never event from the neighbouring trust"
names that trust's event, not one of this report's patients. A never event of this report told
beside such learning stays one.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_another_trusts_never_event_shared_at_a_huddle_is_no_never_event() -> None:
    text = (
        "at the safety huddle we shared the retained guidewire never event from the neighbouring "
        "trust. Quick audit of our last 20 CVC checklists - 3 had the guidewire removed box "
        "blank. No pt harmed."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "We discussed the wrong site block never event from another trust at the huddle. "
            "Today our pt had a L femoral block, consent and mark said R.",
            "1",
        ),
        (
            "Guidewire retained after CVC on ICU found on CXR today; we had shared a similar never "
            "event from the neighbouring trust last month.",
            "3",
        ),
    ],
)
def test_this_reports_event_beside_shared_learning_stays(text: str, code: str) -> None:
    assert never_event_codes(text)[0] == code
