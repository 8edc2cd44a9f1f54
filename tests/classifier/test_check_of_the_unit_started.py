"""The bedside check of a unit told as started ("2 nurse check for RBC started at the nurses
station", "bedside check of the platelets commenced", "unit check started") starts the
checking, not the unit: another patient's ABO-incompatible unit stopped at that check before
it was spiked is near miss 12. A unit told as checked and started, or spiked and run, still
reached the patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT_AT_THE_CHECK = [
    "2 RN checks for the red cells started in the treatment room. at the bedside the 2nd RN "
    "found the unit was for another pt (group A) and our pt is group O. not spiked, sent back "
    "to blood bank.",
    "Unit check started at the nurses station. the unit was for the pt in bed 6 (A pos) not "
    "our pt in bed 8 (O pos). stopped before spiking, returned to the fridge.",
    "checking of the RBC commenced at the desk. at the bedside the wristband did not match: "
    "the unit was for another patient (B pos), our pt is O pos. unit not spiked, returned.",
]

REACHED = [
    "the RBC for bed 4 was checked and started at 14:00. at 14:20 realised the unit was for "
    "another patient (A pos) - our pt is O pos. stopped, 60ml had gone in.",
]


@pytest.mark.parametrize("text", CAUGHT_AT_THE_CHECK)
def test_incompatible_unit_stopped_at_the_check_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", REACHED)
def test_unit_checked_and_started_stays_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


def test_matching_check_started_is_neither() -> None:
    text = (
        "2 nurse check for FFP started at the bedside, all details matched, transfused "
        "without incident."
    )
    assert never_event_codes(text) == (None, None)
