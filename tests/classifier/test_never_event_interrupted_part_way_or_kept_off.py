"""Never events 9, 10, 11, 13, 14 and 15 interrupted part way, kept off the patient, or only
the carer's, told tersely, in lay words or in a review after the event.

A ligature on a rail that would not collapse, the patient stopped "about to step off the chair",
"about to put it round her neck", "interrupted while attaching" it, or the ligature removed
"before it was used", is a near miss; a general ward where the patient waits "for a mental health
bed" is no mental health setting. A restrictor the patient undid "w butter knife" worked (a
restrictor undone by another patient, by a contractor or only guessed at does not count); "one
leg out of the window" or "trying to climb out of the window" is no fall; a window that "lifted
off its catch with your hand, no key needed" was not restricted, and "she jumped" is a fall. A
head "through gap between rail + mattress", a face against the rail in the gap, a head "poking
out between the bars", the neck "not yet against the rail", a move "before any entrapment" and
"her neck wasn't trapped" told after the rescue are near misses. "Feed startd" is a use of the
tube; a desaturation "during the pass, so feed withheld" is none. "I wasn't burnt" after a foot
in hot water is a near miss; the carer's own hand scalded as she ran the shower, the water kept
off the patient, is one too. "Before she put the mask on his face the physio said" and "she
hadn't put the nasal tubes on me yet" are catches; a review confirming the nebuliser was
prescribed on air answers a complaint. Each cue that can switch a never event off or make it a
near miss has true positives where its words stand in an innocent role."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MH = {"service_type": "4"}


# ------------------------------------------------------------------------------- 9 rails


@pytest.mark.parametrize(
    "text",
    [
        "pt in en-suite w belt tied to curtain rail, not round neck yet, tearful. rail tested "
        "after - doesnt release",
        "Letter from mum: my daughter rang to say she had tied her scarf to the shower rail and "
        "was about to step off the toilet when a nurse knocked and walked in. The staff tested "
        "the rail afterwards and it didn't come down like it should. She wasn't hurt.",
        "Acute ward (MH). Pt standing on her bed with a sheet tied to the curtain rail, about to "
        "put it round her neck, when the HCA came in for obs and took it off her. Rail found "
        "to be a fixed type, not collapsible.",
        "00:40 obs - pt had looped a t-shirt over the bedroom curtain rail and was about to put "
        "his head through when the RMN opened the door. Estates confirmed a non-collapsible "
        "rail.",
        "This report records the estates findings after a pt on Cedar ward was interrupted by "
        "staff while attaching a cord to the en-suite shower rail. The rail was found not to be "
        "of the collapsible type. No injury.",
        "Medium secure unit. Pt found in the bathroom tying strips of towel to the shower curtain "
        "rail. Staff removed them before they were used. Rail was an ordinary domestic rail left "
        "by a contractor.",
    ],
)
def test_ligature_stopped_mid_act_on_a_rigid_rail_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, **MH) == (None, "9")


@pytest.mark.parametrize(
    "text",
    [
        # "about to" said of the staff, not the act
        "Acute mental health ward. Staff were about to put her on 1:1 obs when she tied a sheet "
        "to the curtain rail and was found hanging from it; the rail did not collapse. Cut down, "
        "CPR.",
        # the patient "about to step off", then stepping off before anyone reached her
        "Acute MH ward. HCA saw her about to step off the chair and shouted, but she stepped off "
        "the chair before staff reached her and was found hanging from the curtain rail, which "
        "did not collapse. Cut down, CPR.",
        # found tying a cord hours before the hanging
        "Mental health ward. At 01:00 pt was found tying a cord to the curtain rail and it was "
        "removed. At 03:30 she was found hanging from the same curtain rail by a dressing gown "
        "cord; the rail did not collapse. Cut down by staff.",
        # interrupted on another day
        "Ward 5 (adult MH). Pt had been interrupted while attaching a belt to the shower rail on "
        "Monday. On Wednesday she was found suspended from the shower rail which had not "
        "released; CPR commenced.",
        # a ligature removed before it was used, days before the event
        "PICU. Staff removed a ligature from her room before it was used on Monday. Tonight she "
        "tied a bedsheet to the curtain rail and stepped off the bed; the rail did not collapse "
        "and held her weight. Cut down.",
        # "not round neck yet" at an earlier check
        "Acute MH ward. 02:00 check: cord tied to shower rail, not round neck yet, removed. 04:00 "
        "pt found hanging from the shower rail by a sheet, rail failed to collapse. Cut down, "
        "CPR.",
    ],
)
def test_catch_words_of_another_moment_leave_hanging_9(text: str) -> None:
    assert never_event_codes(text, **MH) == ("9", None)


def test_general_ward_waiting_for_a_mental_health_bed_is_no_mental_health_setting() -> None:
    text = (
        "Pt on AMU after an overdose, awaiting a mental health bed. Found hanging from the "
        "curtain rail round her bed by a scarf; rail did not collapse. Cut down by staff."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Acute mental health ward, pt detained under section 3, waiting for a PICU bed. She "
        "tied a sheet to the curtain rail and was found hanging; the rail did not collapse. Cut "
        "down, CPR.",
        "Psychiatric inpatient unit. Pt waiting for a transfer to a mental health bed nearer home "
        "was found hanging from the shower rail, which failed to collapse. Cut down.",
        "Pt on Oak ward (mental health unit) awaiting a psychiatric placement out of area. Found "
        "suspended from the curtain track by a belt, track did not release. Staff cut him down.",
    ],
)
def test_a_bed_awaited_on_a_mental_health_ward_leaves_hanging_9(text: str) -> None:
    assert never_event_codes(text) == ("9", None)


# ----------------------------------------------------------------------------- 10 windows


def test_restrictor_undone_with_a_knife_told_tersely_is_excluded() -> None:
    text = "pt undid window restrictor w a dinner knife, climbed out 1st floor window, # wrist"
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # another patient, another year
        "Pt fell from the 2nd floor window of her room, # pelvis. Restrictor missing. Estates "
        "note that last year a pt unscrewed a restrictor with a knife on this ward and the "
        "restrictors were changed to a tamper proof type; this one was never refitted after "
        "cleaning.",
        # the contractor's screwdriver
        "The contractor unscrewed the restrictor with a screwdriver to clean the glass and did "
        "not refit it. That evening pt climbed out of the 1st floor window and fell onto the "
        "flat roof below, # wrist.",
        # a first guess overturned
        "Pt jumped from the 2nd floor window, # pelvis. Staff initially thought pt had forced "
        "the restrictor with a knife; estates found the restrictor cable had been cut weeks ago "
        "and not repaired.",
        # broken by hand, no tool
        "She broke the restrictor with her hands - it snapped off, no tool used - and jumped from "
        "the 1st floor window. Found in the courtyard below with a fractured ankle.",
    ],
)
def test_tool_used_by_someone_else_or_only_guessed_leaves_fall_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize(
    "text",
    [
        "Night staff found pt perched on the windowsill with one leg out of the wide open "
        "window; the restrictor had been removed, only screw holes left. Helped back in, no "
        "injury.",
        "Palliative care unit. Restless pt trying to climb out of the bedroom window, which "
        "opened fully as the restrictor had been left unlocked after cleaning. Son pulled him "
        "back onto the bed.",
        "MH ward - pt tried to get out of the lounge window (2nd floor), restrictor overridden "
        "by hand, one leg out, staff pulled back. no injury",
    ],
)
def test_person_part_way_out_of_the_window_is_near_miss_10(text: str) -> None:
    assert never_event_codes(text) == (None, "10")


@pytest.mark.parametrize(
    "text",
    [
        "Pt tried to climb out of the window on the 2nd floor; the restrictor was broken. He "
        "fell approx 4 m onto the car park below. # femur.",
        "Confused pt had one leg out of the 1st floor window, restrictor missing; staff ran to "
        "him but he fell from the window onto the grass below. Head injury.",
        "Pt was half out of the bedroom window (restrictor overridden by hand) and fell out of "
        "the window before staff got to him, landing on the roof below. # ribs.",
    ],
)
def test_part_way_out_then_a_fall_told_is_never_event_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


def test_window_that_lifted_off_its_catch_by_hand_and_she_jumped_is_never_event_10() -> None:
    text = (
        "Complaint from husband. My wife was on the 3rd floor ward and very confused. She opened "
        "the window in her bay, which just came off its catch with one hand, no key needed, and "
        "she jumped. She has broken her pelvis."
    )
    assert never_event_codes(text) == ("10", None)


# ---------------------------------------------------------------------------- 11 bed rails


@pytest.mark.parametrize(
    "text",
    [
        "found pt w head and shoulder through gap between rail + mattress, neck not caught, "
        "eased back, no marks",
        "pt slid down, head gone into gap between rail and footboard, HCA moved her before any "
        "pressure on neck. rail covers ordered",
        "New low mattress fitted. Pt rolled into the gap between the mattress and the rail with "
        "her cheek against the rail; the bed alarm went off and staff pulled her back before she "
        "was trapped.",
        "Son noticed his dad's head poking out between the bars of the cot side as he dozed. "
        "Nurse repositioned him before his neck became trapped.",
        "Pt found with his head and one shoulder through the gap between the split rails, neck "
        "not yet against the rail. Repositioned before any entrapment.",
        "Dear ward manager, the gap between my mum's bed rails was huge. Her head had gone "
        "through the gap and she was half out of the bed. I lifted her straight back; her neck "
        "wasn't trapped and she was fine.",
    ],
)
def test_head_at_the_rail_gap_moved_before_the_neck_was_held_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    "text",
    [
        # "repositioned before any entrapment" of the risk assessment, hours before
        "22:00 pt repositioned before any entrapment risk was assessed. 02:00 found with neck "
        "wedged between the rail and the mattress, red marks on neck, freed by 2 staff.",
        # "neck not yet against the rail" at an earlier check
        "01:00 neck not yet against the rail, pt asleep. 03:00 found with her neck trapped "
        "between the bed rail and the mattress, cyanosed, freed.",
        # "her neck wasn't trapped" said of another time, the body freed
        "Pt found with her head through the gap between the bed rail and mattress and her neck "
        "trapped against the rail. HCA and nurse freed her. Later, reviewing the night: her neck "
        "wasn't trapped at the 01:00 check.",
        # ... of when the son arrived, harm told
        "Pt's head slipped through the gap in the split rails and his neck was compressed "
        "against the rail; red marks across his neck. Son visited. His neck was not trapped "
        "when the son arrived.",
        # the neck denied, the chest held
        "Pt slid down with her head through the gap between the bed rails. Her neck wasn't "
        "trapped but her chest was wedged against the rail and she was struggling to breathe.",
    ],
)
def test_catch_or_denial_words_of_another_moment_leave_entrapment_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


def test_terse_neck_wedged_between_rail_and_mattress_is_never_event_11() -> None:
    assert never_event_codes(
        "pt found w neck wedged between rail + mattress, freed, red marks on neck"
    ) == ("11", None)


def test_face_against_the_rail_beside_a_trapped_arm_is_no_entrapment_11() -> None:
    assert never_event_codes("Pt's arm trapped in the bed rail, his face against the rail.") == (
        None,
        None,
    )


# ----------------------------------------------------------------------------- 13 tubes


def test_feed_started_misspelt_is_a_use_of_the_misplaced_tube() -> None:
    text = "ngt placed, no xray, feed startd 10:00, pt desat + coughing, cxr tube in L lung"
    assert never_event_codes(text) == ("13", None)


def test_desaturation_during_the_pass_with_feed_withheld_is_near_miss_13() -> None:
    text = (
        "Neonatal unit. OGT re-passed after it came out. Baby desaturated during the pass, so "
        "feed withheld. X-ray: tip in the trachea. Re-sited, position confirmed before feeds "
        "resumed."
    )
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        "NG tube re-passed by HCA, no pH check. Pt coughing during the evening feed; CXR showed "
        "the tube in the R main bronchus.",
        "Baby went dusky during her 3rd OG feed. X-ray: OGT tip in the trachea.",
        "Pt choked during the bolus via the NGT. CXR: tube in the left lower lobe bronchus.",
    ],
)
def test_harm_during_a_feed_through_the_misplaced_tube_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


# ---------------------------------------------------------------------------- 14 scalds


def test_foot_in_boiling_shower_not_burnt_is_near_miss_14() -> None:
    text = (
        "PALS: I stepped into the ward shower with one foot and it was boiling so I jumped out. I "
        "wasn't burnt. The nurse checked and it was 58 degrees."
    )
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize(
    "text",
    [
        "Resident lowered into the bath by HCA, water too hot, she was scalded on both legs with "
        "blisters. She wasn't hurt anywhere else.",
        "Pt got into the shower which was boiling; she wasn't burnt on her face but her back is "
        "blistered.",
        "Pt stepped into the bath, water 52 degrees, his feet were red and blistered. He wasn't "
        "injured otherwise.",
    ],
)
def test_not_hurt_elsewhere_leaves_scald_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


def test_carer_felt_shower_scalding_on_her_hand_kept_it_off_the_patient_is_near_miss_14() -> None:
    text = (
        "resident on shower chair, carer turned shower on - scalding on her hand, pointed the "
        "head away before it hit the resident. TMV fault logged"
    )
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize(
    "text",
    [
        # the carer's hand, and the patient's back scalded too
        "HCA turned shower on - scalding on her hand, moved head away before it hit pt's face "
        "but pt's back was scalded and blistered.",
        # the carer tested it on her hand, then the patient stepped in
        "Carer ran the bath and tested it on her hand, scalding; before she could stop him the "
        "resident stepped in, feet red and blistered.",
        # the patient's own hand at the basin
        "Pt at the basin turned the hot tap on - scalding on her hand, blister on her hand, TMV "
        "faulty.",
    ],
)
def test_hand_scalding_words_with_the_patient_burnt_leave_scald_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize(
    "text",
    [
        "HCA turned the shower head away before it hit her face but her back was scalded and "
        "blistered.",
        "Carer pointed the shower spray away before it hit his face; his legs were scalded, "
        "blisters on both shins.",
        "Pt scalded on his back in the shower, red and blistered; HCA had angled the head away "
        "before the water hit his head.",
    ],
)
def test_shower_head_turned_away_from_one_part_leaves_scald_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


# ------------------------------------------------------------------------- 15 air for oxygen


@pytest.mark.parametrize(
    "text",
    [
        "Email from daughter: the nurse plugged mum's oxygen tubing into the wall and turned it "
        "on. Before she put the mask on mum's face the HCA walking past said that was the air "
        "outlet. She swapped it over.",
        "I was having my oxygen set up and saw the flowmeter the nurse had pushed the tubing "
        "into said AIR. He hadn't put the nasal specs on me yet. He thanked me and moved it.",
    ],
)
def test_oxygen_set_up_on_air_caught_before_the_device_went_on_is_near_miss_15(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        "Before she put the mask on his face the nurse said the tubing was on the air flowmeter, "
        "but she said it was fine and left it; pt on air for 2 hours, sats 84%.",
        "Pt requiring 2L O2. HCA connected the nasal specs tubing to the air flowmeter in error. "
        "She hadn't put the specs on the pt yet when she was called away; the bank nurse then "
        "put them on and pt was on air for 2 hours, sats dropped to 84%.",
        "Before he put the mask on the pt he connected it to the air outlet by mistake; pt on "
        "air for 40 mins and sats 85% before the physio noticed.",
    ],
)
def test_catch_words_before_the_device_went_on_leave_air_for_oxygen_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


def test_complaint_answered_by_a_review_confirming_air_driven_nebs_is_no_event() -> None:
    text = (
        "Complaint: my father has COPD and his nebuliser was run from the air point instead of "
        "oxygen. Could have killed him. [Response: the respiratory team confirmed his nebulisers "
        "were prescribed to be driven by air due to CO2 retention.]"
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Resp nurse confirmed his nebulisers were prescribed to be driven by medical air. "
        "However, his nasal specs for 2L O2 had been connected to the air flowmeter overnight; "
        "sats 86%.",
        "Pt requiring oxygen 28% via venturi was found connected to medical air. Dr confirmed "
        "the nebs were prescribed on air but the venturi should have been on oxygen.",
        "Pt needing oxygen was connected to the air flowmeter via mask instead of O2 for 3 "
        "hours; sats 82%. It was agreed the air-driven nebs are prescribed correctly; the mask "
        "was not.",
    ],
)
def test_air_driven_nebs_confirmed_beside_oxygen_on_air_leave_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
