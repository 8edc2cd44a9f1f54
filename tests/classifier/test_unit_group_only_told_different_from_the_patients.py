"""Another patient's unit whose group is told only as different from the patient's, no group
named ("a different blood group to our pt", "of a different blood group from the patient"):
nothing says the pair is ABO incompatible, so the unit stopped at the bedside is neither a
never event nor a near miss (the guide's hard case), also when told with no one to compare
with ("it was for another patient and a different blood group"). Groups named, "ABO
incompatible" told or a haemolytic reaction still read never event or near miss 12."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

ONLY_DIFFERENT = [
    "At the 2 nurse bedside check the unit was labelled for the lady in bed 4, a different "
    "blood group from our patient. Not spiked, back to the fridge.",
    "Unit at the bedside was for another pt, it was of a different blood group to our patient. "
    "Stopped before spiking.",
    "RN checking at the bedside saw the name on the bag did not match the wristband and that it "
    "was a different blood group to the pt. Returned to the lab.",
    # told with no one to compare with
    "bedside check: unit belonged to the lady in bed 2, a different blood group. Not started, "
    "sent back.",
    "the bag was for someone else with a different blood group, we stopped before connecting",
    "name on the bag didnt match the wristband, it was for another patient and a different "
    "blood group. never started",
]

GROUPS_TOLD = [
    (
        "Red cells for another pt brought to the bedside - unit group A pos, our pt is O pos, "
        "so a different blood group to the pt. Stopped before spiking.",
        (None, "12"),
    ),
    (
        "unit was for another pt and a different blood group (A pos, our pt O pos). not spiked, "
        "returned to lab",
        (None, "12"),
    ),
    (
        "Unit for the pt in side room 12 (different blood group, B vs A) brought to our pt in "
        "side room 2. Giving set not spiked.",
        (None, "12"),
    ),
    (
        "Wrong unit at the bedside, different blood group to our pt - ABO incompatible. Not "
        "spiked.",
        (None, "12"),
    ),
    (
        "Unit of a different blood group to the pt was transfused, pt developed rigors and dark "
        "urine - haemolytic transfusion reaction.",
        ("12", None),
    ),
]


@pytest.mark.parametrize("text", ONLY_DIFFERENT)
def test_group_only_told_different_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(("text", "expected"), GROUPS_TOLD)
def test_groups_told_stay_never_event_or_near_miss_12(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
