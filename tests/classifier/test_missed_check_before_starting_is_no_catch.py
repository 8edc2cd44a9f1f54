"""A check told as never made before the procedure or the feed began ("nobody checked with me
which knee before starting", "the xray hadnt been looked at before we started") is the missed
check, not a catch: the "before starting" belongs to it, and the start it names is the feed
run down the unchecked tube. The error reached the patient: never event 1 or 13. The same
words with the check made and the error stopped there ("checked with the patient which knee
before starting, re-marked") stay near misses."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SITE_CHECK_NOT_MADE = [
    "Steroid injection given into my R shoulder, it was the L that was booked. Nobody asked me "
    "which side before the needle went in.",
    "Anti-VEGF injected into the wrong eye, L instead of R. The nurse never asked which eye "
    "before the injection.",
    "Complaint from pt: the doctor injected my right knee instead of the left. No one checked "
    "with me which knee before starting.",
]

SITE_CHECK_MADE = [
    "wrong knee marked, R instead of L, picked up by the anaesthetist who checked with the "
    "patient which knee before starting, re-marked",
    "L foot marked instead of R, the reg had not asked the patient which foot, caught at time "
    "out before incision, re-marked",
]

TUBE_FILM_NOT_SEEN = [
    "NGT inserted overnight, day staff started feed at 08:00. pt desaturated, CXR showed NGT "
    "in R bronchus - the CXR had not been reviewed before they started. feed stopped.",
    "NGT passed, the xray was not reviewed before we started the feed. it was then seen to be "
    "in the right main bronchus, pt coughing and sats 84%",
    "New NG tube this morning. Feed put up after lunch, pt became breathless and the tube was "
    "found to be in the L lung, the film hadnt been looked at before we started. To HDU.",
]

TUBE_FOUND_BEFORE_USE = [
    "NG placed on ward 9. xray showed tip in the left lower lobe bronchus, this was picked up "
    "by the reg before we started any feed. tube removed and replaced. nothing given.",
    "new NG tube, CXR not reviewed yet so feed held, reg then looked at the film and the tube "
    "was in the R lung. removed, no feed given",
]


@pytest.mark.parametrize("text", SITE_CHECK_NOT_MADE)
def test_site_check_not_made_before_starting_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", SITE_CHECK_MADE)
def test_site_check_made_before_starting_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", TUBE_FILM_NOT_SEEN)
def test_film_not_seen_before_the_feed_started_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize("text", TUBE_FOUND_BEFORE_USE)
def test_tube_found_before_use_stays_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")
