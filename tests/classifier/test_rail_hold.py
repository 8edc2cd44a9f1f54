"""Whether the bed rail held the neck or chest (engine.rail_hold): never event 11.

The neck hung over the rail's top bar is held as in its gap ("neck over the top of the bed
rail, head hanging the other side", "hanging over the cot side by her neck"): never event 11.
The head or neck at the gap but never held, the patient moving it out by themselves or able to
move, or told not held whatever the auxiliaries ("pulled his head back himself", "able to move
and talking", "He had not been trapped"): near miss 11. A limb caught with the neck and chest
told clear ("chest and neck clear"), and the entrapment named as what the type is ("neck
entrapment in bed rails is a never event"): neither.

What stays: a hold with harm is never event 11 whatever freeing is told; a freeing told under
a negation or by another person ("could not pull back", "she pulled him out herself") is no
freeing; a cord looped over a shower curtain rail is a ligature point, not a bed rail.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: The neck or chest held by the rail: never event 11.
HELD = [
    "found pt slumped with her neck over the top of the side rail, lips blue, sats 82%, "
    "rail lowered and pt sat up",
    "nights: mr k had slid down and his throat was pressed across the bed rail bar, purple "
    "in the face, freed by 2 RNs",
    "HCA found resident hanging over the cot side by her neck, not responsive at first, 999 called",
    "pt found with chin hooked over the raised rail, neck resting across it, red line across neck",
    "daughter found dad with his neck lying across the top of the rail, grey and gasping, "
    "red mark on throat",
    "SN found the pt half out of bed, neck draped over the rail and head hanging down the "
    "other side, unresponsive, oxygen given, recovered",
    "On the 2am check pt was found with his neck across the top bar of the bedrail. "
    "Cyanosed. Rail lowered, NEWS 7, medics reviewed",
    "Staff nurse heard choking noise, pts neck was over top of bed rail with head hanging "
    "outside bed, dusky, rail dropped straight away, marks on neck",
    "neck trapped between rail and mattress, cyanosed, crash call put out, rails removed",
    "head stuck between the rail and headboard, he could not get it out, red marks on "
    "neck, RN released the rail",
    "Found with his neck wedged in the gap between the bed rail and mattress, couldnt free "
    "himself, petechiae to face, MET call",
    "Pt found at 05:10 with his throat resting over the top bar of the side rail, face "
    "congested, not responding to voice, rail dropped & pt laid flat, recovered",
    "Carer found Mrs D with her neck caught over the bedrail, she was gasping, ambulance "
    "called, bruise across throat",
    "neck trapped between the bedrail and the frame, could not move, purple face, rails "
    "cut free by fire service",
]
#: The neck told as held, then freed by the patient or able to talk: held, never event 11.
HELD_THEN_FREED = [
    "neck trapped between the rail and mattress, he was able to talk, staff released the rail",
    "his neck was wedged in the gap between rail and mattress, he pulled himself out after a "
    "minute, no marks",
    "pt's neck stuck between bed rail and headboard, she freed herself before I got there, "
    "no marks",
]
#: The head or neck at the gap, never held: near miss 11.
NEVER_HELD = [
    "Pt's head had slipped into gap between rail and mattress, he could move it freely and "
    "was chatting, no marks. Rails removed.",
    "found her with head through the gap at the head end rail but she lifted it out "
    "herself when prompted, no injury, obs stable",
    "Night RN saw pt's head and neck between rail and headboard; he moved back on his own "
    "when spoken to. obs normal, no marks",
    "Head in the gap between the split rails, she was able to move her head and was "
    "talking to me, no redness. bumpers fitted",
    "pt had wriggled down so his neck was in the gap by the rail, pulled himself back up "
    "when asked, no marks, rails reassessed",
    "found pt w/ head pushed thru the bars of the bed rail, she took it out herself when I "
    "spoke to her, no marks",
    "relative saw her mums head slip into the gap between bed rail & mattress, mum pulled "
    "it out straight away by herself, unharmed",
    "head and neck in the gap between rail and headboard, able to turn and move freely, "
    "talking, no marks, rails taken off",
    "Found pt with his head in the gap at the foot of the rail, he moved his head out by "
    "himself as I got there, obs fine, no marks",
    "chest slipped into the gap between rail and mattress, she could turn freely and was "
    "chatting, nil marks, rails swapped for full length",
    "HCA saw her head going into the space between the rail and headboard, pt pulled "
    "herself back up unaided, no injury",
    "neck in the gap between rail and mattress on the 02:00 check, pt was not trapped and "
    "moved back when asked, no red marks",
]
#: A limb, a climb, an audit, a learning or no bed rail: neither.
NEITHER = [
    "pt's L arm trapped between the rails, chest and neck clear, bruise to forearm",
    "pt climbed over the bed rails at 3am and fell, no head injury. Learning: neck "
    "entrapment in rails is a never event",
    "Bed rail audit: gap between rail and headboard 15cm on 3 beds, no pts affected",
    "pt's foot caught between the rail and mattress, freed, no injury",
    "pt hung his legs over the top of the rail trying to climb out, no injury, low bed",
    "pt leaning with her arms over the top of the bed rail, talking, asked for a drink, no "
    "concerns",
    "relative complains rails were left down overnight, mum worried she might roll out",
    "Training slide for the ward: a neck over the top of an unguarded rail can asphyxiate "
    "a pt, bumpers to be used",
    "pt slumped in the recliner with his neck over the arm of the chair, dusky, "
    "repositioned, no bed involved",
    "arm through the bars of the rail, he could move it freely, no marks, padded covers fitted",
    "pt's leg hanging over the top of the bed rail, skin tear to shin from the rail edge",
    "pt was able to move and talking, no marks, after a fall from the chair, rails not used",
    "pt's hand stuck between the bed rail and the mattress, he could not move it, swollen "
    "fingers, rail removed",
    "pt's arm wedged through the rail bars, neck and chest both fine, arm swollen, rail padded",
    "Policy reminder: neck entrapment in bed rails is a never event and a bed rail risk "
    "assessment must be done",
    "pt's leg over the top of the rail and she was trying to get out, got her back into "
    "bed, low bed ordered",
    "resting her chin on her hands on top of the bed rail, chatting to her daughter, no concerns",
    "pt able to move freely in bed, rails up at night as per assessment, no issues, "
    "transferred to ward 9",
]


@pytest.mark.parametrize("text", HELD + HELD_THEN_FREED)
def test_neck_or_chest_held_is_never_event_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


@pytest.mark.parametrize("text", NEVER_HELD)
def test_head_at_the_gap_never_held_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize("text", NEITHER)
def test_limb_climb_or_definition_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)
