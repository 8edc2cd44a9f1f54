"""Round 27, never events 9, 10 and 11 stopped short of harm: a person talked down (not
lifted down) from a ligature on a rail that would not have collapsed, or with "no weight
applied yet" / "not yet bearing any weight", is a near miss 9; a head in the rail gap lifted
out "before any compression", or with the neck "not yet caught", is a near miss 11 (a window
rescue told hours before a fall is no catch of the fall). Every cue that can make a never
event a near miss has true positives below where its words stand in an innocent role and the
event still reached the patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MH = {"service_type": "4"}


@pytest.mark.parametrize(
    "text",
    [
        "Adult MH ward. Pt found on her bed having knotted a pillowcase to the curtain rail and "
        "round her neck, no weight applied yet. Staff removed it. The rail was a fixed "
        "non-collapsible type.",
        "PICU, nights. Pt standing on a chair with a lead tied to the shower curtain rail, not "
        "yet bearing any weight. Lead cut off. Estates: rail would not have collapsed, fixed "
        "type.",
        "Acute MH ward. Nurse found pt on the toilet lid with a dressing gown cord tied to the "
        "shower curtain rail. She was talked down by two staff. Rail tested: not collapsible.",
    ],
)
def test_ligature_set_up_and_stopped_before_any_load_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, **MH) == (None, "9")


@pytest.mark.parametrize(
    "text",
    [
        # "talked ... down" after a real hanging (the rescue itself is lifting, not talking)
        "MH ward. Pt found hanging from the shower curtain rail by a belt, the rail did not "
        "collapse under her weight. Staff cut her down. Later she was talked down from the "
        "garden wall by the police.",
        # "no weight ... placed" about something else
        "Acute MH ward. Pt found hanging from the curtain rail in her room, a non-collapsible "
        "fixed rail. Cut down, CPR started. Told to keep no weight placed on her injured leg.",
        # "talked him down" about calming, the hanging already happened
        "PICU. Pt hanged himself from the shower rail, which did not collapse, and was cut down "
        "by staff, conscious. Later agitated and talked him down in the lounge.",
    ],
)
def test_hanging_from_a_rail_that_held_stays_9_whatever_talking_down_follows(text: str) -> None:
    assert never_event_codes(text, **MH) == ("9", None)


@pytest.mark.parametrize(
    "text",
    [
        # grabbed back but slipped and fell
        "Pt fell from the 2nd floor window, the restrictor was missing. The nurse had grabbed "
        "her back once but she broke free and fell onto the car park, fractured pelvis.",
        # persuaded in after the fall, onto a flat roof
        "1st floor ward. Restrictor broken. Pt fell from the window onto the flat roof below, "
        "injured ankle; staff persuaded him in through the fire door.",
        # pulled back ... fell anyway
        "Third floor. Window restrictor had been disabled. Pt jumped from the window; staff "
        "pulled back the curtain too late. Pt fell 8 metres, died at the scene.",
    ],
)
def test_fall_from_an_unrestricted_window_stays_10_whatever_pulling_back_is_told(
    text: str,
) -> None:
    assert never_event_codes(text, **MH)[0] == "10"


@pytest.mark.parametrize(
    "text",
    [
        "Nurse found the pt's head through the gap between the bed rail and the mattress, "
        "lifted out before any compression. Gap measured, mattress changed.",
        "Bed rail bumpers off; pt's head slid between the rail and the mattress, neck not yet "
        "caught. Repositioned at once and bumpers refitted.",
    ],
)
def test_head_in_the_rail_gap_freed_before_pressure_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    "text",
    [
        "Pt found with her neck trapped between the bed rail and the mattress, cyanosed. "
        "Rail lowered, she was moved before any compression of the limbs occurred.",
        "Pt's neck and chest trapped between the bed rails overnight, marks on his neck. "
        "Neck collar was not yet caught on the frame when he was freed.",
        "Pt's chest was trapped between the bed rail and the frame for 10 minutes before "
        "staff found her, bruising across the chest. Rails removed.",
    ],
)
def test_neck_or_chest_held_in_the_rail_stays_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


def test_a_fall_after_an_earlier_rescue_from_the_window_stays_10() -> None:
    text = (
        "Care home, 1st floor: carer grabbed her back from the open window at 19:00. At 23:00 "
        "the resident was found on the patio below the same window - the restrictor was "
        "broken - with a fractured hip."
    )
    assert never_event_codes(text) == ("10", None)
