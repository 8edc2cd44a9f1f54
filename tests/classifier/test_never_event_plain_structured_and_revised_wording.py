"""Round 31, never events 9, 10, 11, 13, 14 and 15: the same clinical facts told in plain,
second-language or structured wording, and reports whose final account decides.

Found: a patient told as on the flat roof below the open window ("she was on the flat roof
below, one floor down"), or who opened the window fully "and jumped"; washing water "steaming"
or "measured 55 at the outlet" that "hit his feet"; a foot in the shower tray is a patient
event whatever "no mark on inspection" says of the skin.

Stopped (near misses): a cord on a fixed rail "not round her neck yet", or one the patient "had
not used"; a head in the rail gap "not stuck", "but no compression", moved "before her neck was
against the rail"; a bath lift already lowering raised "before the water reached the pt"; an
oxygen device joined to the air flowmeter before it went on the patient ("I did not put the
cannula on the patient yet", "about to put the new mask on").

No event: a ligature point with "no rail involved"; a ligature risk audit; a window on a ground
floor ward ("Ward 2 (ground floor)", "opens wide as ground floor"); a limb entrapment "no chest
or neck involvement"; a tube in the lung at another hospital in the patient's history; a bath
burn of years ago that explains a plan now; air for a nebuliser "deliberate", the prescription
read out verb first.

Every cue that can switch a never event off or make it a near miss has true positives below in
which its words stand in an innocent role and the event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MH = {"service_type": "4"}


# ----------------------------------------------------------------------------- 9 rails


@pytest.mark.parametrize(
    "text",
    [
        "agency HCA, MH ward. saw pt on chair with belt tied to curtain rail, not round her "
        "neck yet. took it down with nurse. rail is old fixed type, not collapsible.",
        "Pt on Birch ward told staff 'I have made it ready'. Staff found a towel knotted round "
        "the shower rail. Pt had not used it. Rail found to be a non-collapsible type.",
    ],
)
def test_ligature_on_a_fixed_rail_not_yet_used_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, **MH) == (None, "9")


@pytest.mark.parametrize(
    "text",
    [
        # "not round ... neck yet" of another moment, the hanging told after it
        "MH ward. At 01:00 cord seen by the rail, not round her neck yet, removed. At 03:00 pt "
        "found hanging from the curtain rail by a second cord, cut down, CPR. Rail did not "
        "collapse.",
        # "had not used it" of the call bell
        "Acute MH ward. Pt found hanging from the shower rail by a belt, cut down by staff. The "
        "rail did not release. Pt had a call bell but she had not used it.",
        # "had not used it" of a safe box, the load told
        "PICU. Pt found suspended from the curtain track by a sheet, staff lifted her down. "
        "Track was a fixed domestic type. Her property box was open, he had not used it.",
    ],
)
def test_hanging_from_a_fixed_rail_stays_never_event_9(text: str) -> None:
    assert never_event_codes(text, **MH)[0] == "9"


@pytest.mark.parametrize(
    "text",
    [
        "MH ward night. Pt tied a ligature to the wardrobe hinge (no rail involved). Found by "
        "RN, removed, pt conscious.",
        "Annual ligature risk audit, Ash ward: bedroom 3 curtain rail non-collapsible HIGH; "
        "bathroom shower rail untested MED. No incidents. Rails replaced.",
    ],
)
def test_no_rail_or_an_audit_is_no_rail_event(text: str) -> None:
    assert never_event_codes(text, **MH) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # "no rail involved" of the first attempt, the second on the rail
        "MH ward. 02:00 pt tied a cord to the door handle (no rail involved), removed. 05:00 "
        "found hanging from the curtain rail by a sheet, cut down, CPR. Rail did not collapse.",
        # "ligature risk audit" named as overdue, the event on the ward
        "MH ward. Pt found hanging from the shower rail by a belt, cut down. Rail did not "
        "release under her weight. The ligature risk audit was overdue.",
        # "no rail involved" said of the other patient
        "PICU: pt A found hanging from the curtain track by a scarf, lifted down, CPR. Track "
        "was a fixed type. Pt B self-harmed with a cord on the same night, no rail involved.",
    ],
)
def test_hanging_from_a_rail_beside_those_words_stays_never_event_9(text: str) -> None:
    assert never_event_codes(text, **MH)[0] == "9"


# ----------------------------------------------------------------------------- 10 windows


@pytest.mark.parametrize(
    "text",
    [
        "I clean room 4 at 9am. Window open wide and restrictor hanging off. The man not in "
        "bed. I looked out, he was on the flat roof below, one floor down, holding his leg. "
        "Staff helped bring him back in. Leg fractured.",
        "Serious incident summary: a patient on Elm Ward (second floor) was able to open her "
        "bedroom window fully by pushing the stay off its pin by hand, and jumped. Fractured "
        "pelvis. An estates survey had flagged the stays.",
    ],
)
def test_fall_from_an_open_window_told_plainly_is_never_event_10(text: str) -> None:
    assert never_event_codes(text)[0] == "10"


def test_person_on_the_sill_above_a_drop_pulled_back_stays_near_miss_10() -> None:
    text = (
        "Pt found sitting on the open window sill, one leg out over a 4 m drop, restrictor "
        "missing. Staff pulled her back in. No injury."
    )
    assert never_event_codes(text) == (None, "10")


@pytest.mark.parametrize(
    "text",
    [
        "Ward 5 (ground floor, dementia). Pt climbed out of the lounge window at 17:00, the "
        "window opens wide. Grazed hands on the path. Brought back in by staff.",
        "Pt left through her bedroom window, window opens fully as ground floor. Found in the "
        "garden with a bruised knee.",
    ],
)
def test_ground_floor_window_told_after_the_ward_or_as_the_reason_is_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # "as ground floor" said of where she was taken, the fall from an upper floor
        "Pt jumped from her 2nd floor bedroom window, restrictor missing. She was moved to "
        "ward 1 as ground floor beds were free. Fractured ankle.",
        # the ward's floor told after its number, upper
        "Ward 7 (third floor). Pt fell from the day room window, restrictor broken. Found on "
        "the flat roof below with a head injury.",
        # a ground-floor ward named as where he came from
        "Pt moved up from ward 3 ground floor last week. Today he fell from his 1st floor "
        "window, the restrictor had been removed. Fractured wrist.",
    ],
)
def test_fall_from_an_upper_floor_window_beside_ground_floor_words_stays_10(text: str) -> None:
    assert never_event_codes(text)[0] == "10"


# ----------------------------------------------------------------------------- 11 bed rails


@pytest.mark.parametrize(
    "text",
    [
        "HCA. Pt had slid to the side, her head going into the gap between the rail and the "
        "mattress, not stuck, she could move it. Repositioned, rails down, mattress changed.",
        "Rehab ward. Pt found with head and neck through the gap between mattress and rail, "
        "but no compression as a pillow held her up. Moved at once. No injury.",
        "Pt slid towards the rail, head partly in the gap between the mattress and the rail. "
        "Repositioned immediately before her neck was against the rail. Wrong mattress fitted.",
    ],
)
def test_head_at_the_rail_gap_not_held_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    "text",
    [
        # "not stuck" of the arm, the neck trapped and harmed
        "Pt's neck trapped between the bed rail and the mattress, cyanosed, freed by two "
        "nurses. Her arm was between the rails, not stuck.",
        # "but no compression" of a fracture, the neck held
        "Neck trapped in the gap between the rail and the mattress, red marks across the "
        "throat. CT neck done but no compression fracture.",
        # "before her neck was against" of a history, entrapment told after
        "Pt's neck was found trapped between the bed rail and the mattress at 04:00, she was "
        "dusky and struggling to breathe. Freed, O2 given.",
    ],
)
def test_neck_trapped_in_the_rail_stays_never_event_11(text: str) -> None:
    assert never_event_codes(text)[0] == "11"


def test_limb_entrapment_with_chest_and_neck_said_uninvolved_is_excluded() -> None:
    text = (
        "Pt found with her R leg trapped between the bed rail bars up to the knee. Freed, skin "
        "tear. On review limb only, no chest or neck involvement."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # "no chest or neck involvement" of the earlier fall, the neck trapped now
        "Pt fell at 02:00, no chest or neck involvement on exam. At 05:00 found with her neck "
        "trapped between the bed rail and the mattress, cyanosed, freed.",
        "Neck trapped between the cot side and the mattress, bruising across the throat. "
        "Previous arm entrapment last month: no chest or neck involvement.",
        "Pt's chest wedged between the rail and the mattress, struggling to breathe, freed. "
        "Her leg was also caught; physio: no neck or chest involvement in the fall of Monday.",
    ],
)
def test_chest_or_neck_trapped_beside_an_uninvolved_statement_stays_11(text: str) -> None:
    assert never_event_codes(text)[0] == "11"


# ----------------------------------------------------------------------------- 13 tubes


def test_tube_in_the_lung_at_another_hospital_in_the_history_is_no_event() -> None:
    text = (
        "Pt needs NGT for meds. He has a history of a misplaced NG tube into the lung at "
        "another hospital in 2019, so only the nutrition nurse passes his tubes. None on the "
        "weekend, meds missed 24h."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # the history named, and this admission's tube in the lung fed
        "Pt has a history of a misplaced NG tube into the lung at another hospital. Today NG "
        "passed, feed started at 14:00, CXR later: tube in the right lung.",
        "NG tube passed, 200ml water flush given, CXR then showed the tip in the right main "
        "bronchus. Hx of difficult tubes at another hospital.",
        "Fine bore NG placed by F1, feed running 3 hours, CXR: tube in the left lower lobe. "
        "History of COPD, previous admissions at another hospital.",
    ],
)
def test_tube_in_the_lung_fed_now_stays_never_event_13(text: str) -> None:
    assert never_event_codes(text)[0] == "13"


# ----------------------------------------------------------------------------- 14 scalds


@pytest.mark.parametrize(
    "text",
    [
        "bank hca. pt stood in shower, water came out steaming when i turn it on, hit his feet "
        "short time, he step back and i turn off. no redness. estates measured 58 at the outlet.",
        "shower room 3 - pt had one foot in the tray, water came out scalding, pt pulled foot "
        "back instantly, no mark on inspection. 61c at the head. out of use.",
        "Pt seated on the bath lift, lowering had started when the bath display showed 50°C; "
        "HCA stopped and raised the lift before the water reached the pt.",
    ],
)
def test_hot_washing_water_on_the_way_in_unhurt_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


def test_bath_burn_of_years_ago_explaining_a_plan_is_no_event() -> None:
    text = (
        "OT. Pt will not use the bath since she was burned in a bath at her old home many "
        "years ago, so discharge plan is strip wash. Delay for commode delivery."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # the past burn named, and a scald today
        "Pt was scalded on both feet in the shower today, blistered, burns team. She is "
        "anxious since she was burned in a bath years ago.",
        # "raised the lift before" of a bath already hurting her
        "Pt lowered into the bath at 52C, scalded on her legs and buttocks, blistering. HCA "
        "raised the lift before the water reached her chest.",
        # "lowering had started" of the hoist, the scald told
        "Bath hoist lowering had started when pt screamed; water 60C; burns to both feet and "
        "legs, red and blistered.",
    ],
)
def test_scald_in_washing_water_beside_those_words_stays_never_event_14(text: str) -> None:
    assert never_event_codes(text)[0] == "14"


# ----------------------------------------------------------------------------- 15 air


@pytest.mark.parametrize(
    "text",
    [
        "I am HCA. Nurse ask me set up oxygen for new patient, 2L nasal. I connect tubing to "
        "flowmeter and turn on, then I see it say AIR. I did not put the cannula on the "
        "patient yet. I move it to oxygen.",
        "Relative stopped me as I was about to put the new mask on the pt - I had connected it "
        "to the air flowmeter. He was still on his old mask on oxygen. No harm.",
    ],
)
def test_oxygen_device_on_air_seen_before_it_went_on_is_near_miss_15(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        # "about to put the new mask on" after the patient was found on air, desaturated
        "Pt on 4L O2 found connected to the air flowmeter, sats 84%. I was about to put the "
        "new mask on when the nurse came, tubing moved to oxygen.",
        # "did not put ... on" of another patient
        "Pt in bed 2 requiring oxygen was connected to medical air via venturi for 3 hours, "
        "sats 86%. Bed 3: I did not put the mask on the patient as not needed.",
        # the device on air and on the patient
        "Nasal specs tubing connected to the air outlet instead of oxygen, pt drowsy, ABG "
        "worsened. I was going to put a new mask on him but he was already hypoxic.",
    ],
)
def test_patient_on_air_beside_not_yet_words_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text)[0] == "15"


def test_air_nebuliser_told_as_deliberate_is_excluded() -> None:
    text = (
        "Staff nurse ticked never event: COPD pt had his nebuliser driven by medical air. This "
        "was deliberate - prescription states 'nebulise with air, O2 via specs 1L'. The neb "
        "was late as no air flowmeter could be found."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # "this was deliberate" of the patient's act, the specs on air
        "Pt pulled off his mask; this was deliberate. Nurse then put his nasal specs tubing "
        "onto the air flowmeter by mistake, sats 85%.",
        # the prescription read out for the neb, the oxygen device on air
        "Prescription states nebulise with air. After the neb the pt's oxygen mask tubing was "
        "reconnected to the air flowmeter instead of oxygen, sats fell to 86%.",
        # "deliberate" denied
        "Pt requiring O2 found with his specs connected to the air flowmeter, sats 83%. Staff "
        "say this was not deliberate.",
    ],
)
def test_oxygen_device_on_air_beside_deliberate_words_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text)[0] == "15"
