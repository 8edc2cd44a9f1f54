"""Round 33, never events 9, 10 and 11: a catch, a setting or a hazard told in words the rules
read as the event, with the look-alikes that stay never events.

- 9: a ligature round a limb, "not his neck", on a rail that held, taken off: a near miss; the
  person found tying a ligature to the rail is a patient act, whatever estates inspection
  follows (a trainer demonstrating it is not); a young person on a children's ward "awaiting a
  CAMHS Tier 4 bed" is not in a mental health inpatient setting (a CAMHS unit or an MH ward is).
- 10: "patients moved away from the bay window" is no fall from it; a fall told beside it is.
- 11: "measured the gap between the rail and mattress" names the gap, not a body in it; a neck
  or chest told as held beside the measurement stays a never event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MH = {"service_type": "4"}


# ----------------------------------------------------------------------------------------- 9
@pytest.mark.parametrize(
    "text",
    [
        # round a limb, told as not the neck
        "Acute MH ward. HCA saw pt on a chair with a belt looped over the curtain rail and "
        "around her wrist, not her neck. Belt removed, no injury. The rail was a fixed "
        "non-collapsible type.",
        # found while tying it, an estates inspection after
        "Acute MH ward. Staff found the pt on the bed tying a ligature to the curtain rail, "
        "nothing round her neck yet. Ligature removed. Estates inspection: the rail was a "
        "standard fixed rail.",
    ],
)
def test_rail_ligature_on_a_limb_or_found_being_tied_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, **MH) == (None, "9")


@pytest.mark.parametrize(
    "text",
    [
        # "not his neck" of an earlier moment, then a hanging
        "Acute MH ward. At 01:00 pt had a cord round his wrist, not his neck, and it was "
        "removed. At 04:00 he was found hanging from the curtain rail by a belt, cut down, CPR. "
        "The rail did not collapse.",
        # the neck named first, the limb denied
        "MH inpatient unit. The ligature was round her neck, not her wrist, and she had stepped "
        "off the chair. The shower rail did not collapse.",
        # marks on a limb from something else, the hanging told after
        "PICU. Marks round her wrists, not her neck, from restraint earlier. At 03:00 found "
        "suspended from the shower rail by a sheet, cut down. The rail did not release.",
        # a limb, then the weight dropped from the chair
        "PICU. Pt tied a cord round his wrist but not his neck and then dropped his weight from "
        "the chair; the curtain rail held his weight and did not collapse. Neck marks.",
        # tying told, then the hanging, with an estates inspection
        "Acute MH ward. Pt was tying a ligature to the shower rail and then hanged herself from "
        "it, found suspended and cut down. Estates inspection: the rail was non-collapsible.",
    ],
)
def test_rail_hanging_beside_a_limb_denial_stays_never_event_9(text: str) -> None:
    assert never_event_codes(text, **MH)[0] == "9"


def test_rail_ligature_tying_demonstrated_in_training_is_no_event_9() -> None:
    text = (
        "Ligature audit on Oak ward (MH). During staff training the trainer demonstrated tying "
        "a ligature to a mock rail. Estates inspection found the rail in room 4 is a fixed "
        "type, not collapsible. No patient involved."
    )
    assert never_event_codes(text, **MH) == (None, None)


def test_rail_on_childrens_ward_awaiting_camhs_bed_is_no_never_event_9() -> None:
    text = (
        "Childrens ward. 15yo awaiting a CAMHS Tier 4 bed found with a cord tied to the "
        "curtain rail. Cord removed. Rails are standard."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # a CAMHS unit waiting for another CAMHS bed
        "CAMHS Tier 4 inpatient unit. 15yo awaiting transfer to a CAMHS PICU bed found hanging "
        "from the bedroom curtain rail by a belt, cut down. The rail did not collapse - fixed "
        "type.",
        "Adolescent unit (mental health). Pt awaiting a CAMHS bed nearer home was found with a "
        "sheet tied to the shower rail and round her neck; the rail did not collapse.",
        # an adult MH ward holding a young person until the CAMHS bed
        "Acute MH ward. 17yo placed on the adult ward while awaiting a CAMHS Tier 4 bed. Found "
        "with a belt tied to the curtain rail and round his neck, rail did not collapse, fixed "
        "domestic rail.",
    ],
)
def test_rail_in_mental_health_unit_awaiting_camhs_bed_stays_never_event_9(text: str) -> None:
    assert never_event_codes(text)[0] == "9"


# ---------------------------------------------------------------------------------------- 10
def test_window_patients_moved_away_at_walk_round_is_no_event_10() -> None:
    text = (
        "Ward walk-round with estates: bay 3 window restrictor broken, window opens fully. "
        "Patients moved away from the window, window screwed shut."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt climbed out of the window and fell 3 m onto the flat roof. Restrictor had been "
        "removed. Staff moved the other patients away from the window.",
        "Pt opened the window fully (restrictor broken) and jumped from the window into the "
        "courtyard below, fractured ankle. Other residents kept away from the windows "
        "afterwards.",
        "Pt stepped back from the window, then fell from the second floor window. Restrictor "
        "missing. Bed moved away from the window since.",
        # "away from" said of something else before the fall
        "Pt, away from the nurses station, climbed out and fell from the window. Restrictor "
        "broken.",
    ],
)
def test_window_fall_beside_moved_away_stays_never_event_10(text: str) -> None:
    assert never_event_codes(text)[0] == "10"


# ---------------------------------------------------------------------------------------- 11
def test_bed_rail_gap_measured_after_a_concern_is_no_event_11() -> None:
    text = (
        "Relative raised a concern that her mother 'might get her head stuck' in the bed "
        "rails. Nurse measured the gap between the rail and mattress: 13cm, outside guidance. "
        "Mattress changed."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt found with neck trapped between the bed rail and the mattress, cyanosed. Rail "
        "lowered. Estates measured the gap between the rail and mattress: 13cm.",
        "At 04:00 pt's neck stuck between the bed rail and the mattress. Nurse lowered the "
        "rail. Nurse then measured the gap between the rail and the mattress - outside "
        "guidance.",
        "Pt's chest was squashed between the side rail and the mattress. We measured the gap "
        "between the rail and the mattress: 14cm.",
        "HCA checked the gap between the rail and the mattress and found the pt's neck wedged "
        "in it, pt gasping.",
        # the check of the patient, the head in the gap
        "Nurse checked the pt: head in the gap between the rail and mattress, neck compressed.",
    ],
)
def test_bed_rail_entrapment_beside_gap_measured_stays_never_event_11(text: str) -> None:
    assert never_event_codes(text)[0] == "11"
