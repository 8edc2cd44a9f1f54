"""Session 26 (never event 10): a drop "to the ground" after a missed environmental check.

"climbed out of his first floor bedroom window and dropped to the ground ... Restrictor on that
window was missing ... not noticed on the last environmental check. Fractured L calcaneum": the
check named is the one that missed the fault, not a risk found with no patient, because the fall
is told by where it ended. A hazard found on a check, the drop only feared, stays a risk.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_drop_to_the_ground_after_a_missed_check_is_never_event_10() -> None:
    text = (
        "15 yo on the adolescent unit climbed out of her first floor bedroom window and dropped "
        "to the grass. The restrictor was missing, not picked up on the last environmental "
        "check. Fractured wrist, taken to ED."
    )
    assert never_event_codes(text) == ("10", None)


def test_a_drop_only_feared_on_a_walk_round_stays_a_risk() -> None:
    text = (
        "Walk-round found the restrictor missing from the 1st floor lounge window; no patient "
        "fell. Risk that someone might jump to the ground. Window locked shut."
    )
    assert never_event_codes(text)[0] is None
