"""Theme words used of something else in round 44's settings and ordinary reports: an
electrical trip ("the breaker tripped") or the staff "on the floor" of a shift names no fall, a
computer infected with malware no infection, a leak dripping onto the floor no patient on it,
and the lab's pneumatic tube system no computer system; a fall, an infection told beside them
still counts."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "breaker tripped in the kitchen, lights out in bay 3 for 20 mins, estates reset it. "
            "no pts affected",
            "falls",
        ),
        ("the RCD tripped twice during the night and the hoist would not charge", "falls"),
        ("the heater tripped the fuse, room cold overnight, pt given extra blankets", "falls"),
        (
            "staffing: 3 HCAs on the floor instead of 5 for the whole unit, obs late",
            "falls",
        ),
        (
            "rain coming in through the roof light, leaking onto the floor of the corridor by "
            "bay 2. estates called, area coned off",
            "falls",
        ),
        (
            "ransomware attack - the server was infected overnight, EPR unavailable 6 hrs, "
            "paper records used",
            "infection",
        ),
        (
            "blood sample sent through the pneumatic tube system from ED arrived haemolysed, "
            "repeat needed",
            "it_systems",
        ),
    ],
)
def test_theme_word_used_of_something_else_is_no_evidence(text: str, absent: str) -> None:
    assert absent not in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "pt tripped on the edge of the rug in the dayroom and landed on her hip, xray NAD",
            "falls",
        ),
        (
            "only 4 staff on the floor, resident found on floor in lounge, unwitnessed, no injury",
            "falls",
        ),
        (
            "the fuse tripped and pt got up in the dark and fell onto the floor",
            "falls",
        ),
        ("cannula site infected, phlebitis score 3 not acted on", "infection"),
        (
            "the laptop was infected and the pt's wound was also infected, abx started, swab MRSA",
            "infection",
        ),
    ],
)
def test_the_theme_told_beside_a_look_alike_still_counts(text: str, present: str) -> None:
    assert present in theme_ids(text)
