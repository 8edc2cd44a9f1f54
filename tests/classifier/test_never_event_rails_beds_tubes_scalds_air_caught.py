"""Round 32, never events 9, 11, 13, 14 and 15: catches told at the last second or in a few
plain words, with their look-alikes that did reach the patient.

- 9: a ligature on a rail that held, stopped before it took any weight, is a near miss however
  many time-stamped lines on the estates test of the rail comes; a plan to hang told by the
  patient, with no attempt, is a near miss; a hanging told after the plan stays a never event.
- 11: "neck and chest were not trapped" told sentences after the head was at the gap, "chest
  not yet caught" and "neck not in the gap" are near misses; a neck or chest held (harm, freed)
  stays a never event.
- 13: a syringe connected to the misplaced tube and the nurse stopping ("she stopped and called
  me. Nothing pushed") is a near miss, and so is "no feed, water or meds had been put down it";
  a flush that went in stays a never event.
- 14: "Pt did not touch the water" with the person in the hoist is a near miss, and so is a
  scald told only as what the water "would have" done; a scald on the body stays a never event.
- 15: "the pt hadn't had the mask on" is a near miss; the air set-up found at the bay check
  before the first patient arrived is no event; a later patient on air stays a never event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MH = {"service_type": "4"}


# ----------------------------------------------------------------------------------------- 9
@pytest.mark.parametrize(
    "text",
    [
        # a timeline: every stamp its own line, the estates test of the rail many lines on
        "Cedar ward (male acute)\n"
        "03:10 HCA on hourly checks sees pt on a chair tying a dressing gown cord to the "
        "curtain rail.\n"
        "03:10 HCA and RMN entered, cord taken off before he put any weight on it.\n"
        "03:15 pt tearful, said he wanted it over.\n"
        "03:20 obs increased, cords removed from the room.\n"
        "Later that day estates load-tested the rail: it did not release, a fixed domestic rail "
        "fitted after a repair.",
        # a plan to hang told, no attempt, the rail found not to collapse
        "MH inpatient ward. In her 1:1 the pt told staff she had been planning to hang herself "
        "from the bathroom curtain rail and handed over a cord made from shoelaces. Estates "
        "tested the rail - it did not collapse, the wrong type had been fitted. Room closed.",
    ],
)
def test_rail_ligature_stopped_or_only_planned_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, **MH) == (None, "9")


@pytest.mark.parametrize(
    "text",
    [
        # the plan told, then the hanging itself
        "MH ward. Pt had told her named nurse she was planning to hang herself. At 02:00 she "
        "was found hanging from the curtain rail by a belt, cut down, CPR started. The rail did "
        "not collapse: a fixed rail had been fitted in error.",
        # "planned to hang" told of the past, the load told now
        "Acute MH inpatient unit. Pt said last month he planned to hang himself. Tonight he "
        "tied a sheet to the shower rail and was found suspended, feet off the floor. The "
        "shower rail did not collapse under his weight.",
        # the ligature taken off in a timeline, then a later hanging from the same rail
        "Cedar ward\n"
        "03:10 pt seen tying a belt to the curtain rail.\n"
        "03:10 belt removed before he put any weight on it.\n"
        "05:40 pt found hanging from the curtain rail by a sheet, cut down.\n"
        "Estates: the rail did not release at the rated load.",
    ],
)
def test_rail_hanging_after_a_plan_or_an_earlier_catch_stays_never_event_9(text: str) -> None:
    assert never_event_codes(text, **MH)[0] == "9"


# ---------------------------------------------------------------------------------------- 11
@pytest.mark.parametrize(
    "text",
    [
        "Night report: 03:00 heard a shout.\nFound pt with her head and shoulders through the "
        "gap\nbetween the split rails on the R side, sliding down.\nI called for help.\nNeck "
        "and chest were not trapped - I held her and lowered the rail.\nNo injury. Rails "
        "removed, low bed.",
        "Pt on a standard bed with an extra mattress - the rails too low. Found his upper body "
        "sliding between rail and mattress, chest not yet caught. Repositioned by 3 staff, bed "
        "changed.",
        "Ward 5. Rails from another bed model fitted by porters. At 11:40 the pt's head had "
        "slipped between the top of the rail and the headboard; neck not in the gap and "
        "nothing compressed. Moved up the bed at once, bed taken out of use.",
    ],
)
def test_head_at_rail_gap_with_neck_and_chest_not_held_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    "text",
    [
        # "neck and chest were not trapped" told of an earlier check, then freed
        "At 02:00 check pt was restless near the bed rails; neck and chest were not trapped. "
        "At 04:30 found with her neck wedged between the rail and the mattress, freed by two "
        "nurses, red mark across her throat.",
        # the chest held: harm told, whatever "not yet" words of an earlier moment
        "Pt slid between the rail and the mattress, chest not yet caught at first. By the "
        "time help came his chest was trapped between the rail and mattress, he was cyanosed, "
        "crash call.",
        # the neck not in the gap, but the chest compressed against the rail, with harm
        "Pt found slumped between the bed rail and the mattress, neck not in the gap but her "
        "chest trapped against the rail, struggling to breathe, petechiae.",
    ],
)
def test_neck_or_chest_held_stays_never_event_11(text: str) -> None:
    assert never_event_codes(text)[0] == "11"


# ---------------------------------------------------------------------------------------- 13
@pytest.mark.parametrize(
    "text",
    [
        "NGT re-passed at 02:00. The nurse connected a 50ml enteral syringe of water to flush "
        "it, but as she was about to push the pt coughed and desaturated, so she stopped and "
        "called the NIC. Nothing pushed. CXR - tube in the right main bronchus. Removed.",
        "NGT passed on ICU at 09:00, no aspirate so CXR requested. CXR reviewed before any "
        "use: tube tip in the left bronchus. NG removed, no feed, water or meds had been put "
        "down it. Re-passed, repeat CXR satisfactory.",
    ],
)
def test_misplaced_tube_nothing_put_down_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        # the flush went in; "she stopped" is after it
        "NGT re-passed at 02:00. The nurse flushed 20ml of water down the tube, the pt coughed "
        "and she stopped and called the NIC. CXR - tube in the right main bronchus.",
        # the feed started; "she stopped and called me" is the feed stopped, no catch told
        "NG feed started at 14:00. At 14:20 the pt was coughing, she stopped and called me. "
        "Nothing pushed after that. CXR - tube in the left main bronchus.",
        "Feed commenced via the NGT at 14:00. At 14:20 the pt was coughing and she stopped and "
        "called me. Nothing pushed. CXR - tube in the left main bronchus.",
        # a flush given, and "no feed had been given" said of the feed only
        "NGT passed at 09:00. 30ml water flush given via the NG at 09:15. CXR at 10:00: tube "
        "tip in the right bronchus. No feed had been given. Tube removed.",
        # "no feed ... given" said of another day, the feed ran
        "NG tube in the trachea on CXR after 300ml Nutrison had run overnight. The day before "
        "no feed had been given as she was nil by mouth.",
    ],
)
def test_misplaced_tube_used_stays_never_event_13(text: str) -> None:
    assert never_event_codes(text)[0] == "13"


# ---------------------------------------------------------------------------------------- 14
def test_person_in_the_hoist_not_touching_hot_water_is_near_miss_14() -> None:
    text = (
        "Respite unit. Resident in the bath hoist being lowered when the carer dipped the "
        "thermometer - 55 degrees. Hoist raised, bath drained. Hot water found running too "
        "hot after boiler work. Resident did not touch the water, no injury."
    )
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize(
    "text",
    [
        "Near miss, care home bathroom. Resident in the hoist chair over the bath, being "
        "lowered, when the second carer checked with the floating thermometer: 49C. Lowering "
        "stopped. The resident was being put into water that would have scalded her. The "
        "display panel on the bath had shown 39C.",
        "Shower room, ward 4. Water tested at the outlet by the nurse as pt was about to step "
        "in - 52 degrees, pt could have been badly burnt. Pt did not go under the shower, "
        "estates called.",
    ],
)
def test_a_scald_told_only_as_what_the_water_would_have_done_is_near_miss_14(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize(
    "text",
    [
        # a burn told, with what "could have been" worse
        "Resident was scalded on her feet in the bath, red and blistered; the nurse said it "
        "could have been far worse if she had sat down.",
        # "did not touch the water" said of the other foot
        "Resident lowered into the bath in the hoist, water 58C. Her left foot went in and was "
        "scalded, blistered; the right foot did not touch the water.",
        # "did not touch the bath" of another patient, the scald told
        "Pt scalded on both legs in the shower, water from the TMV too hot, red and blistered. "
        "The next pt did not touch the bath taps after that.",
    ],
)
def test_scald_with_words_of_not_touching_stays_never_event_14(text: str) -> None:
    assert never_event_codes(text)[0] == "14"


def test_bath_scald_after_which_nobody_got_in_stays_never_event_14() -> None:
    text = (
        "Mr T was put in the bath by the HCA and scalded on his buttocks and legs, blistered. "
        "Bath drained, nobody got in after that. Estates found the TMV failed."
    )
    assert never_event_codes(text)[0] == "14"


# ---------------------------------------------------------------------------------------- 15
def test_mask_in_hand_on_air_never_on_the_patient_is_near_miss_15() -> None:
    text = (
        "I had the Hudson mask ready to put on the pt when I saw the flowmeter I had turned "
        "on was the air one. Switched off and connected to the O2. The pt hadn't had the mask "
        "on."
    )
    assert never_event_codes(text) == (None, "15")


def test_bay_set_up_on_air_found_before_first_patient_is_no_event() -> None:
    text = (
        "Recovery bay 3 set up at the start of the list with the Hudson mask tubing attached "
        "to the air flowmeter. Found at the bay check before the first pt arrived, moved to "
        "O2. Asked for the extra air flowmeters to be removed."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # the bay check before the first patient passed; a later patient found on air
        "Bay check done before the first pt arrived. At 14:00 the third pt of the list was "
        "found with her Hudson mask on the air flowmeter instead of oxygen, sats 84%.",
        # "hadn't had the mask on" said of another patient
        "Pt in bed 4 on 4L O2 via nasal cannula found connected to the air flowmeter in error, "
        "sats 86%. The pt in bed 5 hadn't had the mask on yet.",
        # the patient put on the mask on air, found later
        "The pt was put on a Hudson mask connected to the air flowmeter by mistake in "
        "recovery; 20 minutes later sats dropped to 85% and the air was noticed, moved to O2.",
    ],
)
def test_patient_on_air_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text)[0] == "15"


def test_a_scald_told_after_words_of_not_touching_stays_never_event_14() -> None:
    # the lead's probe: "did not touch the water with her hands", then the legs blistered
    assert never_event_codes(
        "Resident hoisted into the bath, temperature not checked, water was 52C. She did not "
        "touch the water with her hands but both legs were red and blistered when lifted out. "
        "Burns unit."
    ) == ("14", None)
