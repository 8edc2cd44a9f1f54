"""Session 25 (never event 12): "hospital no." is a number, and a unit told by its group.

"The label did not match the wristband - different surname & hospital no. Unit was A Pos, our pt
is O Pos. Not spiked": "no." abbreviates number, so it negates nothing after it, and "Unit was A
Pos" names the unit's group. An A unit stopped before an O patient got it is near miss 12. A
real "no" still negates.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Pt came up from ED with a unit of red cells in the transfer bag. At the bedside check "
        "the label on the unit did not match the wristband - different surname & hospital no. "
        "Unit was A Pos, our pt is O Pos per the lab. Not spiked, unit returned to lab.",
        "Label showed a different NHS no. Unit was B neg, pt is O neg. Not spiked, returned.",
    ],
)
def test_incompatible_unit_stopped_after_a_hospital_number_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


def test_a_real_no_still_negates() -> None:
    text = "Name and NHS no checked; no discrepancy found, unit of O neg transfused to pt (A pos)."
    assert never_event_codes(text) == (None, None)
