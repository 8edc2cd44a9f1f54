"""Session 25 (never event 1): the unexpected-anatomy exclusion answered by the report itself.

A wrong level told with a transitional vertebra is excluded as unexpected anatomy, unless the
report says the anatomy was known: "the panel concluded the anatomy was not unexpected", "the
transitional vertebra was known and reported before the operation". A "before the operation"
that dates what was known is no catch. Anatomy first found at surgery stays excluded.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Wrong level lumbar decompression. Listed L4/5, decompression done at L3/4 as the "
        "surgeon counted from a lumbarised S1. The panel concluded the anatomy was not "
        "unexpected and this is a wrong site surgery never event.",
        "Wrong level microdiscectomy: L3/4 done instead of L4/5. The transitional vertebra was "
        "known and reported before the operation but not on the plan.",
    ],
)
def test_anatomy_known_before_the_operation_keeps_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "Wrong level microdiscectomy: L3/4 done instead of L4/5. Transitional vertebra "
        "(lumbarised S1) not seen on the pre-op MRI and only found at surgery: unexpected "
        "anatomy.",
        "Wrong level microdiscectomy: L3/4 done instead of L4/5 because of unexpected anatomy - "
        "a transitional vertebra nobody had reported.",
    ],
)
def test_anatomy_first_found_at_surgery_stays_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)
