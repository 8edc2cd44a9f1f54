"""Session 25 (never event 3): a procedure's needle moved in its course is in use, not left.

"The needle was lying in the joint space when the pt moved, withdrawn and reinserted": the
injection's own needle. A broken tip found in the joint after the needle was withdrawn stays
never event 3.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_needle_withdrawn_and_reinserted_is_no_retained_item() -> None:
    text = (
        "Joint injection of the knee: the needle was lying in the joint space when the pt "
        "moved, withdrawn and reinserted."
    )
    assert never_event_codes(text) == (None, None)


def test_broken_tip_left_after_the_needle_was_withdrawn_stays_never_event_3() -> None:
    text = (
        "Post op x-ray after knee arthroscopy: a broken needle tip lying in the joint space; the "
        "needle had been withdrawn without noticing the tip was missing."
    )
    assert never_event_codes(text) == ("3", None)
