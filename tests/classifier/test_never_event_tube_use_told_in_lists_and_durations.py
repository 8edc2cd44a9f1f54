"""Use of a misplaced NG tube told as a list after "before" (not yet given: near miss 13) or
as a feed that "had been running" when the position was found (given: never event 13)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "NG tube placed on AMU, CXR read by the SpR: tip in the L main bronchus. Tube pulled "
        "before any feed, flush or medication given. Re-passed next day.",
        "Fine bore NGT, xray showed it in the R lower lobe. Removed prior to any water, feed or "
        "meds administered. Sats stable.",
        "NGT inserted, CXR: tube coiled in the R bronchus. Taken out before any flush, water or "
        "meds given, pt comfortable.",
    ],
)
def test_tube_removed_before_a_listed_use_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        # the list after "before" is the x-ray, not the use: the use happened
        "Before the CXR was reviewed, feed, water and meds were given via the NGT. CXR showed "
        "the tip in the R main bronchus.",
        "NG passed, before the xray was seen the nurse gave feed and meds given via the tube. "
        "CXR: tube in the L lung.",
        "NGT placed, feed, water and meds given overnight before the CXR was looked at: tip in "
        "the R bronchus.",
    ],
)
def test_use_before_the_xray_stays_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "NG inserted on the stroke unit, no aspirate. Xray reported next morning: tube in the "
        "R lower lobe bronchus. Feed at 40ml/hr had been running 8 hrs.",
        "Fine bore NGT passed, CXR later showed the tip in the L bronchus; Nutrison had been "
        "infusing since 22:00.",
        "NGT placed, tip found in the R main bronchus on the formal report. By then the feed "
        "had been going for 6 hours.",
    ],
)
def test_feed_that_had_been_running_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "NGT passed, CXR showed the tip in the R bronchus, removed. Feed had been planned for "
        "the afternoon, not started.",
        "NG tube in the L lung on xray, removed before the feed that had been prescribed was "
        "started.",
        "NGT in the R bronchus on CXR, pulled out straight away. No feed given.",
    ],
)
def test_feed_planned_or_not_started_is_not_never_event_13(text: str) -> None:
    assert never_event_codes(text)[0] != "13"
