"""An earlier unit of the order told as given by its number ("unit 1 given at the other
hospital", "the first unit had been transfused there"), told before the finding, with the
finding's ABO-incompatible unit stopped at the bedside check ("before spiking unit 2 ... not
spiked"): that "given" is the other unit's, so the incompatible unit is near miss 12. A unit
given with the groups found afterwards, or no catch told, stays never event 12."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

EARLIER_UNIT_GIVEN = [
    "At the bedside check before spiking unit 2 (unit 1 given at Ridgeway) we saw the label "
    "was for another patient. Unit is A RhD pos, pt is O RhD neg. Not spiked, returned to lab.",
    "Pt transferred from St Elsewhere with 2 units, the first unit had been transfused there. "
    "At the bedside check of the second unit RN noticed it was for another pt. Unit group B "
    "pos, pt is A pos on our records. Not spiked, returned to lab.",
    "Unit 1 given overnight without issue. On checking unit 2 the bag was group A, pt group O. "
    "Stopped before spiking.",
]

REACHED_KEPT = [
    "Unit 1 given overnight. Unit was group A, pt group O, found when unit 2 came up. pt had a "
    "reaction to unit 1.",
    "unit 2 given at 14:00. bag was A pos and pt is O neg, found at end when reconciling.",
    "2 units transfused. Unit is A pos, pt is O neg.",
]


@pytest.mark.parametrize("text", EARLIER_UNIT_GIVEN)
def test_incompatible_unit_stopped_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", REACHED_KEPT)
def test_incompatible_unit_given_stays_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)
