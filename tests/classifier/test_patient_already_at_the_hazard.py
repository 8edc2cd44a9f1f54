"""Whether the patient was already at the hazard when it was found (never events 9, 10, 11,
14), read by engine.hazard_reached: washing water found too hot with the person already being
put in (sat on the shower chair under the head, in the hoist over the bath, being lowered, a
foot in) is near miss 14; shoulders wedged between rail and mattress with the head or neck just
clear is near miss 11; a person half out of a window whose restrictors were never put on is near
miss 10. What stays: the water checked before anyone was brought to it, the person still in
their room, a limb caught with the neck clear, a window fault found on a walk-round (both
null), and a rail found not to release at an environmental check, which is an estates finding,
not a wrong-site operation stopped.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MENTAL_HEALTH = {"service_type": "4", "location_type": "10"}

CASES = [
    # --- the patient already at the water: near miss 14
    (
        None,
        "14",
        "resident sat on shower chair in the cubicle, carer ran shower onto the floor first "
        "and tested - 54 degC. switched off b4 it touched her. TMV reported to estates.",
        {},
    ),
    (
        None,
        "14",
        "Pt hoisted over the bath and being lowered when I checked the water again - 50C. "
        "Hoist raised, pt taken out of the bathroom, never touched the water.",
        {},
    ),
    (
        None,
        "14",
        "Patient had already been transferred onto the bath seat and we started to lower him, "
        "then my colleague checked the temp - 52 C. Stopped and brought him back up. No contact.",
        {},
    ),
    (
        None,
        "14",
        "lady seated in the shower ready for her wash, HCA tested the water on her own wrist, "
        "thermometer 49 deg c, turned off before reaching pt. Moved to another bathroom.",
        {},
    ),
    (
        None,
        "14",
        "Mr X had one foot in the bath when he shouted it was too hot. Lifted straight out, "
        "bath water 47C on thermometer, foot checked no redness. Should have checked first.",
        {},
    ),
    (
        None,
        "14",
        "I put resident on the bath chair and start to lower, then I check with the "
        "thermometer it show 51. I lift her up again and drain the water. She not touch it.",
        {},
    ),
    (
        None,
        "14",
        "hoist lowering pt towards the bath, water 48C checked at that point, pt lifted back "
        "out, no contact with water. Faulty TMV.",
        {},
    ),
    # --- the water checked before anyone was near it: both null
    (
        None,
        None,
        "Bath run for resident, checked with the thermometer before she was brought in - 52C. "
        "Drained and refilled, 38C. Resident bathed without issue. TMV reported.",
        {},
    ),
    (
        None,
        None,
        "Shower temp checked prior to taking pt to the bathroom, reading 55 degC. Pt still in "
        "her room. Shower taken out of use, estates informed.",
        {},
    ),
    (
        None,
        None,
        "Water temp in bath 1 was 50C on routine check this morning. No patients were bathed "
        "in it. Estates contacted, TMV replaced.",
        {},
    ),
    (
        None,
        None,
        "Before hoisting pt into the bath I checked the water with the thermometer: 49C. "
        "Cold water added, rechecked 38C, then she was hoisted in.",
        {},
    ),
    (
        None,
        None,
        "Pt sat in the shower chair on the ward corridor waiting for the bathroom; flushing "
        "check of the shower found 47C. Pt washed at the basin instead.",
        {},
    ),
    (
        None,
        None,
        "Pt in her room. HCA put her hand in the water in the bath to test it - far too hot, "
        "thermometer 51C. Put cold water in the bath until 38C, then pt brought in and bathed.",
        {},
    ),
    # --- the patient's body met scalding water: never event stays
    (
        "14",
        None,
        "Pt lowered into the bath in the hoist, water too hot, 52C, red blistered skin to both "
        "legs. Burns team review. TMV failed.",
        {},
    ),
    # --- bed rails: the patient already in the gap, neck just clear: near miss 11
    (
        None,
        "11",
        "found pt's shoulders wedged between the bed rail and the mattress, head just clear "
        "of the gap. Repositioned, no injury. Air mattress too high for standard rails.",
        {},
    ),
    (
        None,
        "11",
        "HCA found the resident slipped down with her upper body wedged in the gap between "
        "mattress and bedrail, neck just clear. Pulled up the bed, no marks.",
        {},
    ),
    # --- limb only, or nobody in the bed: stays null
    (
        None,
        None,
        "Pt's left arm trapped between bed rail and mattress, head and neck clear. Arm freed, "
        "small skin tear dressed. Bumpers fitted.",
        {},
    ),
    (
        None,
        None,
        "Bed rail audit on ward 4: gap between the rail and the new mattress would be large "
        "enough to trap a neck. Bed was empty. Rails replaced with extra-height ones.",
        {},
    ),
    (
        None,
        None,
        "Pt's leg wedged between rail and mattress, chest and neck clear. Leg freed, no "
        "injury. Rail protectors put on.",
        {},
    ),
    # --- window: the person half out of a window without its restrictor: near miss 10
    (
        None,
        "10",
        "Resident found with one leg over the sill of her open bedroom window (2nd floor). "
        "The restrictors had not been put back on after the windows were replaced. Staff "
        "helped her down, no injury.",
        {},
    ),
    (
        None,
        "10",
        "Pt climbing out of the 1st floor window, half out, restrictor was never fitted to "
        "the new frame. Staff held him back and pulled him in. Not injured.",
        {},
    ),
    # --- window fault found with nobody at it: both null
    (
        None,
        None,
        "Walk round of the 2nd floor: restrictors not put back on 3 windows after the "
        "replacement works. No patients in those rooms. Estates fitted them same day.",
        {},
    ),
    (
        None,
        None,
        "Estates check found the window restrictor in room 12 broken, window opens fully. "
        "Room unoccupied at the time. Repaired.",
        {},
    ),
    # --- rails tested at an environmental check: an estates finding, both null
    (
        None,
        None,
        "Weekly environmental check on Ash ward: curtain rail in bedroom 4 did not release "
        "when tested with the test weight. Pt moved to bedroom 6 and bedroom 4 locked. Pt "
        "had not used it. Estates job raised.",
        MENTAL_HEALTH,
    ),
    (
        None,
        None,
        "monthly ligature audit - shower rail in room 3 failed to release on load testing. "
        "patient in room 3 moved to room 5, room closed, estates informed.",
        MENTAL_HEALTH,
    ),
    (
        None,
        None,
        "Rail in en-suite of room 9 would not release with 40kg weight at the environmental "
        "check. The patient in that room was moved to room 11. Rail replaced.",
        MENTAL_HEALTH,
    ),
    (
        None,
        None,
        "Curtain rail in bedroom 2 tested at the weekly check, released as designed. No "
        "issues found. Patient in room 2 not moved.",
        MENTAL_HEALTH,
    ),
    # --- a rail that held a hanging: stays a never event
    (
        "9",
        None,
        "Pt found hanging from the shower rail in room 7, rail did not collapse. Cut down, "
        "CPR started, transferred to ED.",
        MENTAL_HEALTH,
    ),
    # --- wrong patient brought to theatre: stays near miss 1
    (
        None,
        "1",
        "Porter brought the pt from room 7 to theatre instead of the pt in room 10 for the "
        "carpal tunnel release. Wrong patient identified at sign in, sent back to the ward.",
        {},
    ),
    # --- a scald from a drink: stays null
    (
        None,
        None,
        "Pt sat on the shower chair spilt her hot tea on her thigh, redness, cold water "
        "applied. No washing water involved.",
        {},
    ),
    # --- the water checked after the bath with the person out of it: null
    (
        None,
        None,
        "Resident had her bath earlier at 38C, no concerns. Later the bath tap was found "
        "running at 56C during the water safety check when nobody was in the bathroom.",
        {},
    ),
    (
        None,
        None,
        "temp checked b4 resident got into the bath - 50C on the thermometer. she did not get "
        "in, bath drained and refilled, TMV reported.",
        {},
    ),
    (
        None,
        "14",
        "Her foot went into the shower tray and she said too hot, 48C on the thermometer, "
        "moved back out, no marks. I ought to have tested it first.",
        {},
    ),
    (
        None,
        "14",
        "pt already sitting on shower chair under the shower head, nurse turned shower on to "
        "the side first 53c, so switched off before it got to pt. no harm",
        {},
    ),
    (
        None,
        None,
        "shower checked before pt brought in, 53c, pt not yet in the shower, switched off and "
        "estates called. pt showered in the other bathroom",
        {},
    ),
]


@pytest.mark.parametrize(("never_event", "near_miss", "text", "fields"), CASES)
def test_patient_already_at_the_hazard(
    never_event: str | None, near_miss: str | None, text: str, fields: dict[str, str]
) -> None:
    assert never_event_codes(text, **fields) == (never_event, near_miss)
