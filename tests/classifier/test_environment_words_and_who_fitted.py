"""How a rail, window or bed-rail event is told (never events 9, 10 and 11): a patient brought
back inside told in the present tense ("I pull him back inside") or by head and shoulders
outside the window, a restrictor staff had taken off with the key (not one the patient forced
with a tool), a rail told as "not involved" without a verb, bed rails the family bought but
the provider's nursing or rehab team fitted, and a ligature fastened to the track that the
person had not put on. Look-alikes stay as they are: a fall, a walk-round finding, a working
restrictor forced with a tool, a ligature point that was a door or a handle, rails the family
bought and fitted, a limb trapped, a rail that collapsed, and a general ward."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        "I am nurse on ward 9. Patient push the window hard, restrictor is broken, window "
        "open wide. I see her head and shoulders outside, I pull her back inside and call for"
        " help. She not fall. 2nd floor.",
        (None, "10"),
    ),
    (
        "pt climbs onto sill, restrictor missing since last week, window fully open, leg out "
        "of the window, HCA grabs him and pulls him back in. no fall. 1st floor bay.",
        (None, "10"),
    ),
    (
        "Restrictor cable snapped (reported to estates 2 days ago). Resident has head and "
        "shoulders out of the window when carer walks in, carer holds her back and brings her"
        " inside. First floor, no injury.",
        (None, "10"),
    ),
    (
        "1st floor side room, restrictor had been cut, Mr T had his upper body outside of the"
        " window, staff pulled him back in, no fall, no injuries",
        (None, "10"),
    ),
    (
        "Restrictor is broken, window open wide, patient climb out and fall to the flat roof "
        "below from 1st floor, hurt his ankle, ambulance called.",
        ("10", None),
    ),
    (
        "Walk-round by estates: restrictor in bay 3 broken, window opens fully. No patient in"
        " the room, taped shut, job logged.",
        (None, None),
    ),
    (
        "Pt leaning out of the window shouting at passers by, restrictor in place and "
        "working, window only opens 10cm, staff ask him to come away.",
        (None, None),
    ),
    (
        "Ground floor window, restrictor broken, pt climbs out into the garden, brought back "
        "in by staff.",
        (None, None),
    ),
    (
        "Ward very warm, nurses had taken the window restrictor off with the allen key to get"
        " air in. At 02:00 Mrs P had the window wide open and was half out over the sill, HCA"
        " got her back in. 1st floor, no fall.",
        (None, "10"),
    ),
    (
        "restrictor removed by staff using the key as the room was hot. later pt found with "
        "one leg over sill of the open window, pulled back in by nurse, no fall, second floor",
        (None, "10"),
    ),
    (
        "Staff unlocked the restrictor with the key for cleaning and did not re-lock it. Pt "
        "opened the window fully and fell from the first floor window onto the car park, "
        "fractured wrist.",
        ("10", None),
    ),
    (
        "Pt unscrewed the restrictor with a knife from the dining room, climbed onto the sill"
        " and half out, staff pulled her back in. Restrictor had been intact at the morning "
        "check.",
        (None, None),
    ),
    (
        "patient used a spoon to lever the restrictor off, got one leg out of the window, "
        "nurse held him back. restrictor working before, 1st floor",
        (None, None),
    ),
    (
        "mental health ward. pt tied a dressing gown cord to the top of the en-suite door, "
        "found by staff on obs with it round her neck, removed, no injury. door top should be"
        " sloped. curtain rail in room not involved",
        (None, None),
    ),
    (
        "PICU: pt used a belt looped over the wardrobe door hinge, found kneeling, cut free "
        "by staff, neck marks. Shower rail not involved.",
        (None, None),
    ),
    (
        "Acute MH unit. Ligature made from a t-shirt and tied to the window handle, staff "
        "intervened, ligature removed. Curtain track in bedroom not implicated.",
        (None, None),
    ),
    (
        "Mental health ward. Pt found hanging from the curtain rail by a belt, cut down by "
        "staff, rail did not collapse. Transferred to ED.",
        ("9", None),
    ),
    (
        "Community visit. Rails were bought online by his daughter but fitted by our district"
        " nursing team last month. Found with his neck trapped between the rail and the "
        "mattress, freed by his wife, red marks.",
        ("11", None),
    ),
    (
        "Bed rails purchased privately by the family, installed by the community rehab team "
        "on discharge. Carer found Mrs A with her neck caught between the rail and the "
        "headboard, bruising to neck.",
        ("11", None),
    ),
    (
        "DN caseload: family bought the rails but they were fitted by our community nursing "
        "team. Pt found with chest wedged between rail and mattress, SOB, settled once freed.",
        ("11", None),
    ),
    (
        "Bed rails bought online by his son and fitted by the son himself. Wife found him "
        "with his neck trapped between the rail and mattress, red marks.",
        (None, None),
    ),
    (
        "Rails bought privately by the family and put on by her husband. Found with her head "
        "and neck caught in the rail gap this morning. No injury.",
        (None, None),
    ),
    (
        "Rails fitted by our community nursing team. Pt's leg was trapped between the rail "
        "and the mattress overnight, bruised shin.",
        (None, None),
    ),
    (
        "Adolescent unit. Track in bedroom 2 had been screwed fixed by estates after it kept "
        "falling. YP found on 10 min obs sitting on the bed with a belt fastened round the "
        "track and a loop made. YP had not put it on. Belt removed, YP moved room.",
        (None, "9"),
    ),
    (
        "mental health ward, shower rail is a fixed type. Pt found with a cord fastened to "
        "the rail, loop tied, she hadnt put it round her neck. Cord removed, no injury.",
        (None, "9"),
    ),
    (
        "PICU. Non-collapsible curtain track. SU seen fastening a sheet to the track, staff "
        "went in, sheet taken off before she used it. No injury.",
        (None, "9"),
    ),
    (
        "Secure unit: pt fastened a towel to the curtain track (should be collapsible but "
        "screwed in), staff found him with it round his neck but no weight on it yet, "
        "removed.",
        (None, "9"),
    ),
    (
        "Mental health ward: pt fastened a belt round the curtain track and put it round her "
        "neck, the track collapsed as designed under her weight, no injury.",
        (None, None),
    ),
    (
        "mental health unit. YP fastened a scarf to the track, which had been screwed in, and"
        " hung from it, found by staff and cut down, neck marks, to ED.",
        ("9", None),
    ),
    (
        "Estates audit: curtain track in bedroom 6 found screwed fixed, not collapsible. No "
        "patient involved, track replaced.",
        (None, None),
    ),
    (
        "Acute medical ward. Pt with delirium found with a sheet fastened to the curtain "
        "rail, not round her neck, removed by nurse.",
        (None, None),
    ),
    (
        "Gastro ward: pt found with a belt fastened round the bay curtain track, nothing "
        "round his neck. Removed.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_environment_event_read_by_who_did_what(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
