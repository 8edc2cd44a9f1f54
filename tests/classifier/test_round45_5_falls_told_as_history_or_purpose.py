"""Round 45 (helper 5): a fall told as what left the patient as they are ("housebound since a
fall last spring") is history, and a fall named as what a measure is for ("cot sides up to stop
him falling", "alarm mat to prevent falls") is its purpose: neither is evidence of the falls
theme. A fall told as the event still is, whatever else the narrative says."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

FALLS = "falls"


@pytest.mark.parametrize(
    "text",
    [
        "community pt chairbound since a fall two years ago, DN visit cancelled without telling "
        "her, sacral grade 3 pressure damage found at the next visit",
        "lady immobile after her fall at home in the autumn, OT referral sent to the wrong team "
        "and not picked up for 7 weeks",
        "cot sides raised overnight to stop him falling as his wife asked, no bedrail risk "
        "assessment on file",
        "alarm mat placed to prevent falls. Tazocin 4.5g given at 14.00 although the chart "
        "said pt allergic to penicillin",
        "ultra low bed brought in to reduce the chance of her falling, then 2 doses of IV "
        "gentamicin were missed as the line had tissued",
    ],
)
def test_fall_told_as_history_or_purpose_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "mat alarm not plugged in although it was there to prevent falls, pt fell getting up "
        "to the toilet and fractured her wrist",
        "wheelchair user since a stroke, slid from the commode onto the floor during transfer, "
        "no injury found by the doctor",
        "HCA tried to stop her falling but she went down onto the floor by the sink and cut "
        "her eyebrow",
    ],
)
def test_fall_told_as_event_is_a_fall(text: str) -> None:
    assert FALLS in theme_ids(text)
