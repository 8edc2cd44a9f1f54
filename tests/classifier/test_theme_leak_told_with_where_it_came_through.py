"""Session 25 (themes): a leak told with where it came through is water on the floor, no fall.

"Water leaking through the ceiling onto the floor by bed 3" is estates; a patient who slipped
on that water and fell onto the floor is still a fall.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "water leaking through the ceiling onto the floor by bed 3, bucket placed, estates called.",
        "Rain coming through the roof light dripping down onto the floor of bay 2, wet floor "
        "signs up.",
    ],
)
def test_leak_onto_the_floor_is_estates_not_a_fall(text: str) -> None:
    themes = theme_ids(text)
    assert "falls" not in themes
    assert "staffing_infrastructure_estates" in themes


@pytest.mark.parametrize(
    "text",
    [
        "pt slipped on water leaking from the ceiling and fell onto the floor, hip pain, xray NAD.",
        "Water leaking from the ceiling; a pt walking to the toilet slipped and fell onto the "
        "floor.",
    ],
)
def test_patient_who_slipped_on_the_leak_is_still_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)
