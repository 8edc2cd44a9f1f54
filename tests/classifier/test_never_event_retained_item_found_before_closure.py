"""Never event 3: an item missing at the count, found and removed, the count told made good
("count re-done correct") and the closure told on the next line is a near miss; a suture needle
seen on screening images is an item of the count, not the procedure's own access needle."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Lap chole. At the count before closure one small swab unaccounted for. Found at 10:12 "
        "under the liver edge. Removed. Count re-done correct. Skin closed 10:20.",
        "Open hernia repair. Needle missing at the closing count. Located in the wound at 14:05 "
        "and removed, count repeated - correct. Wound closed 14:12.",
    ],
)
def test_item_found_then_count_made_good_then_closed_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        # the count made good at a later operation, the item found weeks after closure
        "Count documented correct and skin closed. Pt readmitted 3 weeks later with a "
        "collection; CT showed a retained swab. Swab removed at relaparotomy, count re-done "
        "correct. Skin closed.",
        # the count re-done correct told before the item is seen on a film after the operation
        "Abdominal hysterectomy. Count re-done correct. Skin closed. Post-op x-ray on the ward "
        "next day showed a needle in the pelvis; returned to theatre for removal.",
        # not found, closed, then found on a film and the count made good after its removal
        "Swab missing at the count before closure. Not found despite a search; wound closed. "
        "X-ray in recovery showed the swab; removed in theatre, count re-done correct.",
        "Count 1 swab short at closure. Searched, not found, closed. Swab found on xray on the "
        "ward, removed. Count re-done correct.",
        # a suture needle seen on the screening images after the pocket was closed
        "PPM generator change. Pocket closed. Fluoroscopy screening at the end showed a suture "
        "needle in the pocket; reopened the next day to remove it.",
    ],
)
def test_item_left_after_closure_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


def test_suture_needle_on_screening_before_closure_is_a_near_miss() -> None:
    text = (
        "ICD box change. Needle count one short before pocket closure. Fluoro screening over the "
        "pocket showed a suture needle in the pocket, retrieved. Count then correct and pocket "
        "closed."
    )
    assert never_event_codes(text) == (None, "3")


def test_access_needle_on_screening_is_no_retained_object() -> None:
    text = (
        "Lumbar facet injection. Fluoroscopy images showed the spinal needle in position at "
        "L4/5. Injection given, uneventful."
    )
    assert never_event_codes(text) == (None, None)
