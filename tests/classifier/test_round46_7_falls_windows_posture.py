"""Round 46 (helper 7): falls read from a drop, not from a window, a storey or feet at rest.

A patient who climbed out of a window and dropped a height or landed hurt has fallen; a window,
its restrictor or the storey it is on, named with no drop, is no fall; nor are the feet of a
patient sitting on the bed resting on the floor.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

DROP_TOLD = [
    "informal pt got out through the day room window at 23:10, dropped about 2m onto the "
    "gravel path and hurt her wrist, brought back by the night porter",
    "pt on s3 prised the restrictor off with a spoon, climbed out of the 2nd floor window and "
    "jumped onto the flat roof below, heel fracture on xray",
    "man left the ward through the toilet window and sprained his knee landing in the "
    "courtyard, security returned him within the hour",
]

NO_FALL_TOLD = [
    "estates check of ward 12: window in the side room opens beyond 100mm, restrictor cable "
    "frayed. room empty at the time, taken out of use until repaired",
    "resident let himself out of the ground floor lounge window and walked to the shop, "
    "staff followed and he came back with them, unhurt",
    "pt sitting on the side of her bed with both feet on the floor asking for a commode, bed "
    "exit alarm had not gone off as it was unplugged",
    "3rd floor windows audited on the unit today, all restrictors present and tested",
    "pt stood at the basin with her feet flat on the floor for a wash, became breathless, "
    "sats 86%, back to bed and O2 restarted",
]


@pytest.mark.parametrize("text", DROP_TOLD)
def test_a_drop_from_a_window_told_by_height_or_landing_is_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize("text", NO_FALL_TOLD)
def test_a_window_storey_or_feet_on_the_floor_without_a_drop_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "falls"),
    [
        # the ligature put her on the floor: self-harm, no fall
        (
            "Night check: pt found on the floor of her room with a ligature round her neck, cut "
            "off by staff, conscious, to ED.",
            False,
        ),
        (
            "Pt found on the bathroom floor with a cord round his neck, cut by staff, alert.",
            False,
        ),
        # a fall told with a cord caught round the legs is still a fall
        (
            "Pt found on the floor next to the bed, had fallen trying to get to the toilet, the "
            "dressing gown cord round her legs.",
            True,
        ),
    ],
)
def test_a_person_found_on_the_floor_with_a_ligature_is_no_fall(text: str, falls: bool) -> None:
    assert ("falls" in theme_ids(text)) is falls
