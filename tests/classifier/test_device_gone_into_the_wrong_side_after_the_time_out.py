"""The device of the operation told as gone into the part named by its side ("the grommet went
into the R ear", "the drain was inserted into the L chest") is the act done on that side, not
the side set up; and a safety check told as done before the setting up ("Time out done before
positioning and draping") dates the check, it stopped nothing: the wrong side operated on after
it is never event 1. A check told before the first invasive step with the catch beside it
("time out done before incision - mismatch identified") is still the catch."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DONE_AFTER_THE_CHECK = [
    "Listed for L grommet. L ear marked. Time out done before positioning and draping; pt "
    "positioned R ear up and the grommet went into the R ear. Noticed writing the op note, L "
    "ear then done.",
    "R chest drain planned for R effusion. Pt sat up, the drain was inserted into the L chest, "
    "CXR showed no effusion on that side.",
    "Pt for L carpal tunnel release. WHO sign in completed before the pt was positioned. R arm "
    "put on the hand table and R side infiltrated with LA and incised, surgeon then saw the "
    "mark on the L.",
]

CAUGHT = [
    "Listed for L grommet. L ear marked. Time out done before positioning; pt positioned R ear "
    "up and prepped, picked up by the scrub nurse before any incision, repositioned.",
    "Pt for R knee scope. L knee prepped and draped. Time out done before incision - mismatch "
    "with consent identified, L prep removed, R knee done.",
    "Pt for R knee scope. Time out done before prepping, at that point the L knee had been "
    "marked, mark corrected, no incision made.",
]


@pytest.mark.parametrize("text", DONE_AFTER_THE_CHECK)
def test_wrong_side_done_after_the_check_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", CAUGHT)
def test_wrong_side_caught_at_the_check_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
