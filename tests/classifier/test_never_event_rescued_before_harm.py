"""A person brought back from the hazard before it harmed them: half out of an unrestricted
window and pulled back in (or helped down from the sill) is near miss 10; a ligature on a
non-collapsible rail taken off before it held any weight or went round the neck is near miss
9; a head freed from the bed rail gap before any pressure on the neck is near miss 11; hot
washing water that never reached the person (told in the sentence after) is near miss 14. A
fall, a hanging, a compressed neck or a burn on the body told with its own words stays the
never event, whatever rescue the report then tells."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MENTAL_HEALTH_WARD = "10"


@pytest.mark.parametrize(
    "text",
    [
        "Pt seen with both legs over the sill of his 3rd floor window, restrictor had been "
        "removed by estates. Two HCAs pulled him back in. No injury.",
        "Resident found sat on the window ledge of the open 1st floor window, restrictor arm "
        "snapped. Talked back inside by the nurse in charge, unhurt.",
        "Pt climbing out of the 2nd floor window, restrictor broken. Staff got to him and "
        "coaxed him down from the sill. No harm.",
    ],
)
def test_person_brought_back_from_unrestricted_window_is_near_miss_10(text: str) -> None:
    assert never_event_codes(text) == (None, "10")


@pytest.mark.parametrize(
    "text",
    [
        "Pt fell from 2nd floor window, restrictor missing. Found on the flat roof below, "
        "helped down by fire service, fractured wrist.",
        "Pt fell from the 1st floor window onto the ledge below - restrictor had been "
        "disabled. Pulled back in by staff, head injury.",
        "Pt fell from the 1st floor window - restrictor had been disabled. Pulled back into "
        "the building by staff from the ledge he landed on, head injury.",
    ],
)
def test_fall_from_window_stays_10_whatever_rescue_follows(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


def test_restrictor_found_broken_with_nobody_at_the_window_is_no_event() -> None:
    text = "Window restrictor found broken on routine estates check, room empty at the time."
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt tied a belt to the shower rail, rail fixed type not collapsible. Nurse on obs took "
        "the belt off before she put it round her neck.",
        "Old fixed curtain track in room 4 - pt found with a cord looped over it, the rail is "
        "not collapsible. Cord not yet tied round her neck, removed by staff.",
    ],
)
def test_ligature_taken_off_rail_before_loaded_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, location_type=MENTAL_HEALTH_WARD) == (None, "9")


@pytest.mark.parametrize(
    "text",
    [
        "Pt found hanging from the curtain rail by a sheet, rail did not collapse. Cut down, "
        "CPR started.",
        "Shower rail did not collapse: pt found hanging from it with a towel round her neck "
        "before staff arrived. Cut down, CPR, ambulance.",
    ],
)
def test_hanging_from_rail_that_held_stays_9(text: str) -> None:
    assert never_event_codes(text, location_type=MENTAL_HEALTH_WARD) == ("9", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pts head slid towards the gap between the bed rail and mattress; HCA caught her "
        "before her head went into the gap. Bumpers fitted.",
        "Head slipped into the gap between the bed rail and an air mattress. The nurse lifted "
        "it out at once, before any pressure on her neck. No marks.",
    ],
)
def test_head_freed_from_rail_gap_before_pressure_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    "text",
    [
        "Pt found with head between the bed rail and the mattress, neck compressed, petechiae. "
        "Rails removed.",
        "Chest trapped between bed rails and mattress overnight, bruising to chest wall found "
        "in the morning.",
    ],
)
def test_chest_or_neck_trapped_in_rail_stays_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


@pytest.mark.parametrize(
    "text",
    [
        "Bath run for resident, carer lowered her feet in and the thermometer read 52. Lifted "
        "straight out, skin not red.",
        "Carer had the resident under the shower head and ran the shower on the wall first, "
        "water far too hot. Resident moved away before the water reached him.",
    ],
)
def test_hot_washing_water_that_never_harmed_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


def test_burn_on_body_from_shower_stays_14_whatever_part_was_spared() -> None:
    text = (
        "Shower too hot, resident scalded on the back, red and blistered. Carer moved her out "
        "before any water reached her face."
    )
    assert never_event_codes(text) == ("14", None)


def test_bath_found_hot_at_the_check_before_anyone_got_in_is_no_event() -> None:
    text = (
        "Bath thermometer showed 48 at the check before the resident got in. Bath emptied, "
        "not used. TMV reported."
    )
    assert never_event_codes(text) == (None, None)
