"""Never events 9-11, 14 and 15: what the words say happened, to whom and where.

- a restrictor's screws or arm told as "fallen out" / "come off" is a fitting, not a fall;
- a head in the bed-rail gap told as "not trapped or compressed" is a near miss, unless the neck
  or chest is told as held beside it;
- a head "pressed against the gap" of a rail is a near miss, an entrapment beside it is not;
  "the gap between the rail and ..." names the gap, not a body held between them;
- a mask connected to air and noticed "before applying it" is a near miss, a patient on it is not;
- the reporter's community team ("Reported by ..., X CMHT") is not where an inpatient hanging
  happened; "at home" still is;
- a form's category heading ("Category: Estates - hot water") is the reporter's label, not a
  scald; the narrative's own words still are;
- a ligature tied to the rail "and hanging" is a hanging, not a ligature stopped while tied.

Every catch or denial also has true never events in which its words appear in an innocent
role."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


# -- NE10: a fitting's fixings fallen out ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Acute psychiatric ward, 2nd floor. Restrictor screws missing and she fell out of the "
        "bedroom window onto the flat roof below, fractured ankle.",
        "Mental health ward, 3rd floor. The window restrictor arm had come off its bracket. Pt "
        "climbed out and fell approx 4 metres onto the grass, fractured pelvis.",
        "Ward 7 (1st floor). The restrictor screws had fallen out, the window opened fully and "
        "the pt jumped, landing on the car park below. Estates found the restrictor loose.",
    ],
)
def test_fixings_fallen_out_beside_a_fall_is_still_a_fall(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


def test_fixings_fallen_out_with_the_person_held_back_is_a_near_miss() -> None:
    text = (
        "Older adult MH ward, 2nd floor. 22:40 pt found kneeling on the sill with both legs out "
        "of the window, window open about 40cm. The restrictor was detached: its bolts had "
        "dropped out of the frame. Staff held him and brought him back in, no fall, no injury."
    )
    assert never_event_codes(text) == (None, "10")


# -- NE11: the head told as not trapped or compressed ---------------------------------------
def test_head_in_the_gap_not_trapped_or_compressed_is_a_near_miss() -> None:
    text = (
        "Medical ward 01:10. Pt found asleep with her head resting in the space between the "
        "side rail and the headboard (rail extension not matched to this bed). Head not trapped "
        "or compressed, breathing easily. Rails lowered and bed swapped."
    )
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    "text",
    [
        "Ward 4 night. Her head was not trapped or compressed, but her neck was wedged between "
        "the bed rail and the mattress; freed by two nurses.",
        "Ward 4 night. Pt found with his neck trapped between the side rail and the mattress for "
        "several minutes until staff lifted him out. Head not trapped or compressed.",
        "Ward 4 02:00 check head not trapped or compressed. 04:00 pt found with neck trapped "
        "between the bed rail and mattress, freed by staff.",
        "Ward 4 night. Pt found with chest trapped between the bed rail and the mattress, head "
        "not trapped or compressed.",
    ],
)
def test_head_not_trapped_beside_a_neck_or_chest_held_is_an_entrapment(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


# -- NE11: pressed against the gap ------------------------------------------------------------
def test_head_pressed_against_the_rail_gap_is_a_near_miss() -> None:
    text = (
        "Nursing home 05:30. Resident found with head and shoulders pressed against the gap "
        "between the bed rail and the mattress (new air mattress, rail too low). Awake, could "
        "move freely, no marks. Rails removed pending review."
    )
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    "text",
    [
        "Care home. Resident found with head and shoulders pressed against the gap between the "
        "bed rail and mattress, neck trapped in the gap, freed by two carers, bruising to neck.",
        "Care home. Resident's head pressed against the gap between bed rail and headboard; slid "
        "down and neck became wedged between the rail and the headboard, freed by staff.",
    ],
)
def test_pressed_against_the_gap_then_held_is_an_entrapment(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


# -- NE11: "the gap between the rail and ..." names the gap, not a body in it -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Ward 9 night. Pt found with neck across the gap between the bed rail and the mattress, "
        "struggling to breathe, cyanosed. Rails removed.",
        "Ward 9 night. Pt found with his neck over the gap between the bed rail and the "
        "mattress, red marks across his throat.",
        "Ward 9. Pt's neck compressed against the gap between the side rail and the headboard; "
        "sats 82%, recovered after repositioning.",
        "Ward 9. Pt's head lying in the gap between the side rail and the mattress, neck pressed "
        "against the rail, dusky, freed by two nurses.",
    ],
)
def test_neck_in_or_across_the_named_gap_is_an_entrapment(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


# -- NE15: noticed before applying it ---------------------------------------------------------
def test_air_noticed_before_the_mask_was_applied_is_a_near_miss() -> None:
    text = (
        "AMU bay 2. New pt needing 35% O2. HCA attached the Venturi mask to the flowmeter on the "
        "medical air outlet; before applying it she saw the black/white AIR label and moved it "
        "to the oxygen outlet."
    )
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        "ED. Venturi mask connected to the air flowmeter in error; before applying it the nurse "
        "checked the prescription, then put it on the pt. Pt on air for 40 minutes, sats fell "
        "to 84%.",
        "Ward 3. Nurse connected the nasal specs to the medical air flowmeter instead of oxygen "
        "and put them on the patient before applying it to the chart. Sats dropped to 86% over "
        "an hour.",
        "AMU. Pt on 28% Venturi connected to the air outlet instead of O2 for 2 hours; found at "
        "handover, sats 85%. Nurse had checked the mask before applying it.",
    ],
)
def test_before_applying_it_beside_a_patient_on_air_is_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


# -- NE9: the reporting community team, and "and hanging" -------------------------------------
def test_reporting_cmht_is_not_where_an_inpatient_hanging_happened() -> None:
    text = (
        "Reported by care coordinator, Northside CMHT. Our service user, detained under s3 on "
        "PICU at a private hospital, was found hanging from the curtain rail in his bedroom; the "
        "rail did not collapse. Cut down, CPR, died."
    )
    assert never_event_codes(text) == ("9", None)


def test_a_hanging_at_home_reported_by_the_cmht_is_no_inpatient_rail() -> None:
    text = (
        "Reported by CMHT care coordinator. Pt found hanging from the curtain rail in her "
        "bedroom at home; rail did not collapse."
    )
    assert never_event_codes(text) == (None, None)


def test_tied_to_the_rail_and_hanging_is_a_hanging() -> None:
    text = (
        "PICU. Pt tied a ligature to the curtain rail and then hanging for about a minute before "
        "staff got to her; the rail did not detach. Neck abrasions."
    )
    assert never_event_codes(text) == ("9", None)


def test_seen_tying_to_the_rail_before_it_went_round_the_neck_is_a_near_miss() -> None:
    text = (
        "PICU. Pt seen tying a cord to the curtain rail, staff entered before she put it round "
        "her neck; the rail did not collapse when tested."
    )
    assert never_event_codes(text) == (None, "9")


# -- NE14: a form's category heading ----------------------------------------------------------
def test_category_heading_hot_water_with_the_bath_checked_is_no_scald() -> None:
    text = (
        "Shower run for pt in bathroom 3. HCA checked the temperature before wheeling the pt in: "
        "49°C. Shower isolated, estates called. Pt washed at the sink in her room.\n"
        "Category: Estates - hot water\n"
        "Never event? No"
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Category: Scald. Pt scalded in the shower on the ward, blisters to both legs.",
        "Category: hot water. Bath water 52C, resident lowered in and scalded, red and blistered "
        "feet.",
        "Category: Estates - hot water. Shower too hot in bathroom 2, pt scalded on her back, "
        "blisters, burns dressings.",
    ],
)
def test_scald_told_under_a_category_heading_is_still_a_scald(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


def test_a_persons_arm_then_a_fall_is_no_fitting_fallen_out() -> None:
    text = (
        "MH ward 2nd floor. Restrictor missing. Staff had her by the arm, fell out of the window "
        "onto the roof below, fractured ankle."
    )
    assert never_event_codes(text) == ("10", None)


def test_hanging_on_to_the_rail_to_climb_is_no_load() -> None:
    text = (
        "PICU. Pt seen tying a sheet to the curtain rail and hanging on to it to climb onto the "
        "sill; staff removed the sheet, nothing round her neck. Rail did not collapse."
    )
    assert never_event_codes(text) == (None, "9")


def test_hanging_on_to_something_else_beside_a_hanging_is_still_a_hanging() -> None:
    text = (
        "PICU. Pt found hanging from the curtain rail, cut down, CPR. Rail did not collapse. "
        "Earlier she had been hanging on to the door frame."
    )
    assert never_event_codes(text) == ("9", None)
