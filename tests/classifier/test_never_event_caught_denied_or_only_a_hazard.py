"""Round 28, never events 9, 10, 11, 13, 14 and 15: an event caught, denied by the report or only a
hazard, told among other words. A psychiatric liaison team names a general ward; a charger cable
tied to a rail is a ligature, not a rail cable-tied; stepping off told as still to come ("before
he had put any weight on it or stepped off the chair") is no load. A fall told "approx 3.5
metres" is a fall; a restrictor a person broke by hand was not adequate, one that "could not be
released without a tool" (beside the fall) was; an H&S walk-round or an empty room is a hazard
only. A bed nursed without rails has none; a head moved "before she could slip further" or
"before her head or neck were caught", or a report saying "No entrapment occurred", is a near
miss, unless the neck or chest was harmed or the body freed. Feed and flush held as the tube was
checked, and "nothing given" told sentences after the feed regimen or after "the second nurse
stopped her", are no use of the tube. Washing water topped up from a kettle is washing water;
water touching the foot with no burn is a near miss, a body part "red and blistered" a scald.
Oxygen tubing on the air outlet seen "before it was on the pt's face" or "before the pt was
switched" is a near miss; a risk of a connection stated is no connection. Each cue that can
switch a never event off or make it a near miss has true positives where its words stand in an
innocent role."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MH = {"service_type": "4"}


# ------------------------------------------------------------------------------- 9 rails


def test_psychiatric_liaison_on_a_general_ward_is_no_mental_health_setting() -> None:
    text = (
        "Respiratory ward, district general hospital. Pt admitted after an overdose found in the "
        "bathroom with a cord round his neck tied to the shower curtain rail, which did not "
        "collapse. Staff released him, no injury. Psychiatric liaison reviewed."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Acute mental health ward, 02:10. Pt found hanging from the shower curtain rail by a "
            "belt; the rail did not collapse. Cut down, CPR. Pt had been referred by psychiatric "
            "liaison in ED two days earlier.",
            {},
        ),
        (
            "Willow ward (adult acute psychiatric inpatient unit). Pt found hanging from the "
            "bedroom curtain rail, which held her weight. Staff cut her down. Psychiatric "
            "liaison had assessed her on the medical ward before transfer.",
            {},
        ),
        (
            "Pt admitted via liaison psychiatry from the general hospital. On the ward she tied a "
            "scarf to the shower rail and was found suspended; the rail did not release. Cut "
            "down by staff.",
            MH,
        ),
    ],
)
def test_liaison_named_on_a_mental_health_ward_leaves_hanging_9(
    text: str, fields: dict[str, str]
) -> None:
    assert never_event_codes(text, **fields) == ("9", None)


def test_charger_cable_tied_to_a_rail_that_released_is_no_event() -> None:
    text = (
        "Acute mental health ward. Pt found in her en-suite with a phone charger cable tied to "
        "the shower curtain rail. The rail had released as designed and lay on the floor; cable "
        "loose round her neck, no marks. Cable had been brought in by a visitor."
    )
    assert never_event_codes(text, **MH) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "PICU. Pt found hanging from the curtain track by a cord - the collapsible mechanism had "
        "been cable-tied by estates after it kept falling down, so it held. Cut down, CPR.",
        "Pt found hanging from the shower curtain rail with a bedsheet. The release joint had "
        "been secured with a plastic cable tie, so the rail did not come down. Staff cut her "
        "down.",
        "Pt found suspended from the en-suite curtain rail by a phone charger cable tied to the "
        "rail. The magnetic fitting had been fixed with cable ties and held her weight. Cut "
        "down, CPR.",
    ],
)
def test_rail_fixed_with_cable_ties_that_held_stays_9(text: str) -> None:
    assert never_event_codes(text, **MH) == ("9", None)


@pytest.mark.parametrize(
    "text",
    [
        "Acute MH ward. Pt standing on a chair with a cord tied to the shower curtain rail and "
        "round his neck. Staff reached him before he stepped off the chair and removed the "
        "cord. Estates: the rail was a standard fixed rail that did not collapse on test.",
        "PICU. HCA found pt on the bed with a towel tied to the curtain track and looped over her "
        "head; staff got to her before she had put any weight on it or jumped off the bed, and "
        "removed the towel. The track was an old non-collapsible type.",
    ],
)
def test_stepping_off_told_as_still_to_come_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, **MH) == (None, "9")


@pytest.mark.parametrize(
    "text",
    [
        "Pt tied a belt to the shower curtain rail and stepped off the chair before staff "
        "arrived; the rail did not collapse and held his weight until staff cut him down.",
        # stepping off "before" told of an earlier attempt
        "Pt tied a sheet around her neck and to the curtain rail, which did not collapse, and "
        "stepped off the bin. Staff found her hanging 5 minutes later, cut her down. Earlier in "
        "the week staff had reached her before she stepped off a chair.",
        "Acute MH ward. Pt found hanging from the shower rail with a cord; the standard rail did "
        "not release. She had stepped off the toilet seat before the HCA opened the door. Cut "
        "down, CPR commenced.",
    ],
)
def test_stepping_off_that_happened_stays_9(text: str) -> None:
    assert never_event_codes(text, **MH) == ("9", None)


# ------------------------------------------------------------------------------ 10 windows


@pytest.mark.parametrize(
    "text",
    [
        "2nd floor ward. Pt climbed out of the bay window - restrictor missing - and fell approx "
        "4 metres onto the car park. Fractured pelvis. Estates survey of all windows requested.",
        "Ward 6 (first floor). Confused pt forced the window past its restrictor by hand, "
        "climbed out and dropped about 3 m onto the flat roof; fractured wrist. A health and "
        "safety audit of the ward had been done the week before.",
        # an H&S walk-round and an empty room told beside a fall
        "H&S walk-round on 3 May had noted the window restrictor in side room 2 (2nd floor) as "
        "loose; not repaired. On 9 May pt opened the window fully, climbed out and fell onto the "
        "courtyard below, head injury.",
        "Pt in side room 5 (3rd floor) - the room next door was empty. He pulled the restrictor "
        "off the frame by hand, opened the window wide and jumped, landing on the roof below. "
        "Fractured ankles.",
    ],
)
def test_fall_told_roughly_or_beside_an_audit_stays_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


def test_restrictor_broken_by_hand_and_person_pulled_back_is_near_miss_10() -> None:
    text = (
        "Acute MH ward, first floor. Pt broke the rusted window restrictor with his hands and was "
        "half out of the lounge window when two staff pulled him back in. No injury."
    )
    assert never_event_codes(text) == (None, "10")


@pytest.mark.parametrize(
    "text",
    [
        "H&S inspection: restrictor missing on the day room window (first floor), window opens "
        "wide. Estates job raised.",
        "Night shift - 3rd floor side room: restrictor found missing, window opens fully. Room "
        "empty. Estates called, fixed.",
    ],
)
def test_window_hazard_with_no_patient_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt on the 2nd floor got the window restrictor off, opened the window fully and fell 3 m "
        "onto the roof below. The restrictor was tamper-proof and it could not be released "
        "without a tool; a butter knife was found on the sill.",
        "First floor ward. Pt prised the window restrictor with a metal spoon from the dining "
        "room, opened the window fully and fell about 3 m onto the grass. Fractured wrist.",
    ],
)
def test_restrictor_that_needed_a_tool_is_excluded_from_10(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # what the replacement restrictors will do, not the one that failed
        "First floor ward. The restrictor cable had been cut by contractors. Pt opened the "
        "window fully and climbed out, falling about 4 m. Fractured femur. Following the fall "
        "all restrictors were replaced with a type that cannot be released without a key.",
        "Ward 12 (2nd floor). Restrictor found broken after pt fell from the window onto the roof "
        "below, fractured wrist. The replacement restrictor will not be released without a tool.",
        "Second floor bay. The restrictor had snapped and was hanging loose; pt opened the window "
        "wide and fell from it onto the flat roof below. Investigation: the restrictor fitted on "
        "the other windows cannot be released without a tool, this one had failed.",
        # a tool used by contractors, not the patient
        "1st floor. Contractors had used a screwdriver to remove the screws holding the "
        "restrictor while painting and did not refit it. Pt opened the window fully and fell "
        "about 3 m onto the grass. Fractured ankle.",
    ],
)
def test_tool_words_of_a_replacement_or_of_contractors_leave_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


def test_a_tool_needed_by_another_window_far_from_the_fall_leaves_10() -> None:
    # "could not be released without a tool" counts only beside the fall: further off it is
    # often another window
    text = (
        "Pt climbed out through a first floor window on ward 7 after the restrictor was found "
        "broken; found in the courtyard below with a head injury. Family informed and the "
        "duty manager attended. The restrictor could not be released without a tool when "
        "estates tested the other windows."
    )
    assert never_event_codes(text) == ("10", None)


# ---------------------------------------------------------------------------- 11 bed rails


def test_head_wedged_in_a_bed_nursed_without_rails_is_no_event() -> None:
    text = (
        "Mrs K, dementia, nursed without bed rails (risk assessed), bed at lowest height beside "
        "the wall. Found at 05:00 with her head wedged between the mattress and the wall. "
        "Repositioned, no injury. Bed moved away from the wall."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt previously nursed without bed rails; rails put up last night after a fall. Found at "
        "03:00 with her neck trapped between the bed rail and the mattress, unable to speak. "
        "Freed by two staff.",
        "Pt found with his neck wedged against the top of the bed rail, face purple; rails had "
        "been raised although the plan said he was to be nursed without bed rails. Lifted out, "
        "medical review.",
        "Pt with his neck caught between the split rails of his bed, red marks across the "
        "throat. His wife said at home he is managed without bed rails. Rails removed.",
    ],
)
def test_rails_raised_for_a_pt_once_nursed_without_them_stays_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt slid down the bed with her head going into the gap between the rail and the "
        "mattress; the HCA lifted her up before her head or neck were caught. No marks.",
        "Found pt lying with his head and shoulder in the gap between the bed rail and the "
        "mattress. Repositioned and rails lowered before he could slip further. No injury.",
        "Virtual ward visit: pt in bed with rails up, his head against the rail, the gap between "
        "the rail and the narrow mattress wide enough for his neck. Pt sliding towards it. "
        "Repositioned, rails lowered. Mattress swapped. No entrapment occurred.",
        "HCA found pt with head and shoulder through the gap between the bed rail and the "
        "headboard. She was not trapped and was talking. Repositioned, rails lowered.",
    ],
)
def test_head_at_the_gap_moved_or_told_not_trapped_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    "text",
    [
        # "no entrapment occurred" told of an earlier check
        "Pt found with her neck trapped between the bed rail and the mattress, cyanosed. Freed "
        "by two staff. She had been checked 20 minutes earlier and no entrapment occurred then.",
        "Pt found with his neck wedged in the gap between the rail and the mattress, marks on "
        "his neck; staff released him before he could slip further. Medical review, bed rails "
        "removed.",
        "Resident's neck was trapped between the cot side and the mattress; she had gone dusky. "
        "Carer lowered the rail and pulled her up before her head or neck were caught again. "
        "She was not trapped on the previous night.",
        "Pt found with his chest trapped between the bed rail and the mattress, struggling to "
        "breathe. Freed by staff; he was not trapped for long but had chest bruising.",
        "Pt's neck wedged between the bed rail and the headboard; freed by the nurse. Her neck "
        "and chest were clear after repositioning but she had marks on the neck.",
    ],
)
def test_neck_or_chest_harmed_in_the_rail_stays_11_whatever_catch_or_denial(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


def test_a_body_freed_from_the_rail_is_no_denial_of_another_time() -> None:
    # freed from the rail, so "not trapped when checked at 02:00" is of an earlier time
    text = (
        "Pt found at 03:00 with her chest wedged between the bed rail and mattress, breathing "
        "laboured, freed by two nurses. She was not trapped when checked at 02:00."
    )
    assert never_event_codes(text) == ("11", None)


# ------------------------------------------------------------------------------ 13 NG tubes


@pytest.mark.parametrize(
    "text",
    [
        "Care home resident admitted to the rehab unit. NG passed, no aspirate. Held all feed "
        "and flush, x-ray at the acute hospital: tube in the right bronchus. Removed and "
        "re-passed, pH 4.",
        # "nothing given" four sentences after the feed regimen of the old tube
        "SBAR. S: NGT re-passed at 22:00 after the pt pulled the old one out. B: pt on bolus "
        "feeds via NGT, nil by mouth. Meds due at 23:00. Obs stable. A: CXR reviewed by the reg "
        "at 23:30 - tube in the right main bronchus. NOTHING given down the tube, all on hold "
        "for the CXR. R: tube removed.",
        # the person stopped, not a use
        "ICU. NG passed, CXR requested. Day nurse attached a 20 ml water flush in an enteral "
        "syringe to the NG port. The second nurse stopped her as the CXR had not been reviewed. "
        "Nothing was flushed. CXR then showed the tube in the right main bronchus.",
    ],
)
def test_feed_held_or_nothing_given_through_a_misplaced_tube_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        # held after the feed and flush had gone down
        "NG passed on the stroke unit, pH 6. Feed and flush given overnight via the tube. CXR "
        "next morning: tube in the right lower lobe bronchus. Held all feed and meds, tube "
        "removed.",
        "NGT in situ. Nurse held the feed and flush given at 08:00 was 30 ml water via the tube. "
        "CXR then showed the tube in the left main bronchus.",
        "Fine bore NG inserted, CXR not checked. 200 ml feed had run before the day team "
        "withheld the feed and flush at 10:00; CXR showed the tube in the trachea.",
        # a use stopped, whatever person is named
        "NGT passed and the feed connected via the NGT at 06:00. At 09:00 the nurse stopped her "
        "feed for the x-ray. CXR: tube in the left main bronchus. Nothing given.",
        "NG passed. Feed connected to the NG and running at 40 ml/h. The nurse in charge stopped "
        "it after 2 hours. Nothing was given after that. CXR: tube in the left lower lobe "
        "bronchus.",
        # nothing given after the use, told sentences on
        "Feed connected via the NGT at 20:00. Pt coughing overnight. Obs stable. CXR at 08:00: "
        "tube in the right bronchus. Feed stopped; nothing given since.",
        "Bolus feed attached to the NG at 12:00. Pt vomited. Suctioned by the physio. CXR: NG in "
        "the left main bronchus. Nothing was given after that.",
        "NG feed connected at 18:00 on the pump. Night staff busy. Pt desaturated at 02:00. CXR: "
        "NGT in the right lower lobe. Nothing more was given.",
    ],
)
def test_tube_used_before_a_hold_or_nothing_given_stays_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


# ---------------------------------------------------------------------------- 14 scalding


@pytest.mark.parametrize(
    "text",
    [
        "Bed bath on the community ward: hot tap not working so the HCA topped up the washing "
        "bowl with water from the kettle. Pt's back red and blistered afterwards, partial "
        "thickness scald, burns team advice.",
        "Hospice IPU. The basin water was cold so the carer filled the wash bowl from the kettle "
        "and washed the pt's legs; scald with blisters to both shins, water later measured 55C.",
    ],
)
def test_washing_water_topped_up_from_a_kettle_is_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


def test_tea_from_the_ward_kettle_is_no_washing_scald() -> None:
    text = (
        "Pt scalded his hand on a cup of tea from the ward kettle at breakfast, small blister. "
        "Washing bowls are only filled from the basin tap."
    )
    assert never_event_codes(text) == (None, None)


def test_hot_water_touching_the_foot_with_no_burn_is_near_miss_14() -> None:
    text = (
        "Assisted shower room. Pt wheeled in on the shower chair; HCA turned the shower on "
        "towards her feet, pt said it was very hot. Water had touched her left foot briefly. "
        "Skin slightly pink, settled, no burn. TMV found at 50C."
    )
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize(
    "text",
    [
        "Shower room. The water touched his legs and back at 52C before the HCA could turn it "
        "off; both legs red and blistered, burns dressing applied. No marks on his arms.",
        "Care home bath: water measured 50C after the resident complained. Bath water touched "
        "her feet and calves; blisters on both feet, dressing by the DN. No redness to the "
        "hands.",
        "Strip wash at the bedside with water straight from the hot tap; the water hit his "
        "thighs and he was scalded, superficial burn to both thighs. No injury elsewhere.",
    ],
)
def test_water_touching_the_body_and_burning_it_stays_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


# ------------------------------------------------------------------------- 15 air for oxygen


@pytest.mark.parametrize(
    "text",
    [
        "Pt on 2L O2 via nasal cannula back from x-ray on the cylinder. HCA plugged the cannula "
        "tubing into the air flowmeter. I spotted the tubing going to the air outlet before the "
        "cannula was on the pt's face and moved it to oxygen.",
        "ED cubicle 4. Pt on 4L O2 via mask from the portable cylinder. HCA attached new tubing "
        "to the wall air flowmeter to swap him over; the porter said it was the air one. Tubing "
        "moved to the O2 flowmeter before the pt was switched over.",
    ],
)
def test_air_seen_before_the_device_was_on_the_face_or_switched_is_near_miss_15(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        "HCA noticed the specs tubing on the air flowmeter before the cannula was on the next "
        "pt's face; this pt needing 2L O2 had been on air for 3 hours, sats 86%.",
        "Pt on 2L O2 overnight. The day nurse saw the tubing on the air outlet before the specs "
        "went back on his nose after his wash, but he had been on air for 2 hours overnight, "
        "sats 84% and drowsy.",
        "COPD pt on 24% venturi. After the neb the venturi tubing was pushed onto the air outlet "
        "instead of oxygen. The physio spotted it before the mask was back on her face after "
        "her wash; she had been on air via the venturi for 3 hours, ABG showed a rising pCO2.",
        "Pt on 2L O2 via specs: the HCA moved the tubing to the air flowmeter before the pt was "
        "switched back from the cylinder, and she was left on air for 2 hours; sats dropped to "
        "83%.",
        "Transfer from ED. The porter plugged the mask tubing into the air flowmeter before the "
        "pt was swapped over from the cylinder; pt requiring 4L O2 remained on air for 40 "
        "minutes, sats fell to 86%.",
    ],
)
def test_air_seen_late_or_connected_before_the_switch_after_hours_on_air_stays_15(
    text: str,
) -> None:
    assert never_event_codes(text) == ("15", None)


def test_risk_register_entry_of_a_connection_to_air_is_no_event() -> None:
    text = (
        "Trust risk register - new entry. Air flowmeters are fitted beside oxygen flowmeters at "
        "every bed space. There is a risk that a patient requiring oxygen could be connected to "
        "air in error. Controls: labels. Action: remove air flowmeters by Q3."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt on 2L O2 connected to the air flowmeter after her neb and left on air for 2 hours, "
        "sats dropped to 85%, drowsy. There is a risk that other patients could be connected "
        "the same way while air flowmeters stay on the wall.",
        "Bed 12 (COPD) was put back on the air outlet after a nebuliser instead of oxygen; ABG 2 "
        "hours later showed a rising pCO2 and hypoxia. Risk of patients being connected to air "
        "remains until the flowmeters are removed.",
        "Post-op pt on 4L O2 via face mask connected to medical air in recovery in error for 40 "
        "minutes; sats fell to 88%. Learning: risk that patients could be put on air persists "
        "on all wards with two flowmeters.",
    ],
)
def test_risk_of_a_connection_told_beside_a_real_one_leaves_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
