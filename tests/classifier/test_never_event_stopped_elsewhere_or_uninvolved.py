"""Round 30, never events 9, 10, 11, 13, 14 and 15: events stopped before the harm, and events
that belong to someone else.

Stopped: a ligature on a rail that would not collapse, found before it was tightened or before
the person "could drop his weight" (the cord slack, "had not stepped off", "about to use it")
is a near miss 9; a head in the rail gap moved "before his neck was compressed", or with the
neck "not against anything yet", a near miss 11; a feed set joined to a misplaced tube whose
pump "had not been started" (or "before pressing start") a near miss 13; oxygen tubing found on
the air flowmeter "before the pt arrived" a near miss 15; a person coaxed back from the sill of
a window whose restrictor was left off a near miss 10.

Someone else's, or no event: a hanging never event of the unit's past, dated; a ligature point
that was no rail ("the rails ... were not involved"); a misplaced tube, an air connection or a
scald of a patient at another hospital, trust or home; the never event for NG tubes named by
its title in an NJ tube report; an air-driven nebuliser prescribed (the chart read out, or a
review's finding); a ground-floor or non-opening window; a bed whose rails were not in use.

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
        "Acute MH ward. HCA found pt in the en-suite with a sheet knotted to the shower curtain "
        "rail, interrupted before tightening it. Rail tested after: did not release under load.",
        "PICU. Pt had tied a lanyard to the curtain track and was stood on the bin; staff took "
        "it off before she could put her weight on it. Track was a fixed domestic type.",
        "MH ward room check: belt looped round the shower rail and over his head, the belt "
        "slack. Staff removed it. Estates: the rail held 60 kg without releasing.",
        "Female acute ward. Pt stood on the chair with a scarf tied to the curtain rail, she "
        "had not stepped off when the RMN came in. Rail was a non-collapsible standard rail.",
        "Room search, MH ward: cord found tied to the shower rail, pt said she was going to use "
        "it tonight. Rail would not have collapsed - old fixed type.",
    ],
)
def test_ligature_on_a_rail_that_held_found_before_any_load_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, **MH) == (None, "9")


@pytest.mark.parametrize(
    "text",
    [
        # "before ... tightened" of the staff's own act, after the hanging
        "MH ward. Pt found hanging from the shower curtain rail by a belt; the rail did not "
        "collapse under her weight. Staff cut her down before the knot tightened further, CPR "
        "started.",
        # "could ... use" of something else, after she was cut down
        "Acute MH ward. Pt found hanging from the curtain rail, which did not release. Cut "
        "down by staff before anyone could use the ligature cutter, rescue with scissors.",
        # "slack" of the cord after the hanging
        "PICU. Pt found suspended from the shower rail by a cord; the fixed rail held his "
        "weight. Staff cut him down and the cord went slack. Taken to ED.",
        # "had not stepped off" of an earlier moment, she was then found hanging
        "MH ward. At 02:00 she had not stepped off the bed when seen; at 02:15 found hanging "
        "from the curtain rail, the rail did not collapse. Cut down, CPR.",
        # "about to use" of the defib, after the hanging
        "MH ward. Pt found hanging from the shower rail which did not collapse. Cut down, "
        "staff were about to use the defib when he started breathing.",
    ],
)
def test_hanging_from_a_rail_that_held_stays_9_whatever_those_words_say(text: str) -> None:
    assert never_event_codes(text, **MH) == ("9", None)


@pytest.mark.parametrize(
    "text",
    [
        "Quality report, MH division. Since the never event on Oak Ward in 2019 (hanging from "
        "a non-collapsible shower rail) all rails were replaced; load tests this quarter all "
        "passed.",
        "MH ward. Pt found in her bedroom with a ligature tied to the wardrobe door, cut down "
        "by staff, taken to ED. The curtain rail and shower rail were not involved.",
    ],
)
def test_past_rail_never_event_or_a_ligature_point_that_was_no_rail_is_not_9(text: str) -> None:
    assert never_event_codes(text, **MH) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # a past never event named and this patient's hanging from a rail told now
        "MH ward. Following the never event on Elm Ward in 2020 (hanging from a curtain rail) "
        "rails were replaced, but today pt found hanging from the shower rail, which did not "
        "collapse. Cut down, CPR.",
        # the shower rail not involved, the curtain rail was and it held
        "MH ward. Pt found hanging from the curtain rail, cut down by staff. The shower rail "
        "was not involved; the curtain rail did not collapse, it was a fixed type.",
        # "rails not involved" of another room's rails, this rail failed
        "MH ward. Pt found suspended from the curtain track in room 3; the track had not "
        "released under load. The rails in the other rooms were not involved and were tested.",
    ],
)
def test_hanging_from_a_rail_that_held_stays_9_beside_the_past_or_other_rails(
    text: str,
) -> None:
    assert never_event_codes(text, **MH) == ("9", None)


# ----------------------------------------------------------------------------- 11 bed rails


@pytest.mark.parametrize(
    "text",
    [
        "Ward 7. HCA saw pt slipping down between the rail and the mattress with his head in "
        "the gap and pulled him up before his neck was compressed. No harm.",
        "Care home. Resident found with her head through the gap between the bed rail and the "
        "headboard, neck not against anything yet. Repositioned, rails removed.",
    ],
)
def test_head_in_rail_gap_moved_before_the_neck_was_held_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    "text",
    [
        # "before his neck was compressed" of an earlier round, he was then found trapped
        "Ward 7. Pt repositioned at 01:00 before his neck was compressed; at 03:00 found with "
        "his neck trapped between the bed rail and the mattress, cyanosed. Freed, MET call.",
        # "neck not against anything yet" of the first check, then trapped
        "Care home. At 22:00 head near the rail gap, neck not against anything yet. At 23:00 "
        "found with neck trapped between the bed rail and mattress, red marks across the neck.",
        # the possessive cue about the chest of another time, neck trapped now
        "Pt's neck found trapped between the bed rail and the mattress, turned blue, freed by "
        "two nurses. Earlier she had been moved before her chest was pressed on the bars.",
    ],
)
def test_neck_trapped_in_the_rail_stays_11_whatever_an_earlier_check_said(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


@pytest.mark.parametrize(
    "text",
    [
        "COTE ward night. Pt (rails not in use as per assessment) found half out of bed with "
        "her head and neck wedged between the bed and the chair. Freed, no injury.",
        "Found pt with his head wedged between the bed and the wall. No bed rails involved. "
        "Bed moved away from the wall.",
    ],
)
def test_head_wedged_where_no_rails_were_in_use_is_not_11(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Rails not in use on the left side. Pt found with her neck trapped between the right "
        "bed rail and the mattress, cyanosed. Freed, MET call.",
        "Bed rails were not in use overnight as per assessment but were raised at 06:00; at "
        "07:00 pt found with his neck trapped between the rail and the mattress, red marks "
        "across the neck.",
        "Pt's neck trapped between the bed rail and mattress, dusky. Freed. Family asked why "
        "no bed-rails in use on the other bed.",
    ],
)
def test_neck_trapped_in_a_rail_stays_11_beside_rails_not_in_use(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


# ----------------------------------------------------------------------------- 10 windows


def test_coaxed_back_from_a_window_whose_restrictor_was_left_off_is_near_miss_10() -> None:
    text = (
        "Estates removed the restrictor from the bay window to repair the frame and left it "
        "off. Pt (delirium) found sitting on the open window sill, 3rd floor, and was coaxed "
        "back to bed by staff. No injury."
    )
    assert never_event_codes(text) == (None, "10")


@pytest.mark.parametrize(
    "text",
    [
        "PICU. Pt smashed the glazing of the 1st floor lounge window with a chair and jumped, "
        "fractured ankle. It is a non-opening window, no restrictor fitted or needed.",
        "AWOL: pt climbed out of the games room window, the restrictor had been removed as the "
        "window is ground floor. No fall, returned by police.",
    ],
)
def test_non_opening_or_ground_floor_window_is_not_10(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # the restrictor taken from the window told beside a real fall
        "Contractor removed the restrictor from the 2nd floor window and left it off. Pt "
        "climbed out and fell onto the flat roof below, fractured wrist.",
        # a ground-floor room named, the fall from an upper floor window
        "Pt moved from the ground floor bay to the 2nd floor ward. The restrictor on her room "
        "window was broken and she fell from the window onto the car park, fractured pelvis.",
        # "non-opening" of another window, sentences away
        "The lounge has non-opening windows. Staff had reported the bedrooms. Tonight pt fell "
        "from her 3rd floor bedroom window, the restrictor was missing, landed on the grass, "
        "fractured leg.",
    ],
)
def test_fall_from_a_faulty_restricted_window_stays_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


# ----------------------------------------------------------------------------- 13 NG tubes


@pytest.mark.parametrize(
    "text",
    [
        "NGT passed 09:00, pH 7. Nurse connected the feed giving set to the NGT and set the "
        "rate but did not start the pump. CXR at 10:30: tip in the left main bronchus. Tube "
        "removed, nothing given.",
        "Feed connected to the new NG at 21:00. Before pressing start she checked PACS: tube in "
        "the right lung. Feed disconnected, tube removed.",
        "Feed line connected to the NG tube at 14:00. CXR: tube in the trachea. The pump had "
        "not been started. Tube removed.",
    ],
)
def test_feed_joined_to_a_misplaced_tube_that_never_ran_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        # "before pressing start" of the pH check, the feed then ran
        "NGT passed, feed connected. Before pressing start the nurse got pH 5. Feed ran for 6 "
        "hrs overnight, pt coughing. CXR: tube in the right main bronchus.",
        # "pump had not been started" of the next bag, a flush already given
        "NGT inserted, 30ml water flush given via the NGT at 12:00. At 13:00 CXR showed the tube "
        "in the right lung; the pump had not been started. Tube removed.",
        # "but did not start the pump" about the 2nd feed, the 1st ran
        "Feed ran via NGT 10:00-14:00. Nurse reconnected at 16:00 but did not start the pump. "
        "CXR at 16:30 tube in the left lower lobe bronchus. Pt desaturated, treated for "
        "aspiration.",
    ],
)
def test_use_of_a_misplaced_tube_stays_13_beside_words_of_a_pump_not_started(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "Complaint response. Mr B's daughter read about a patient at another hospital who was "
        "fed through an NG tube that was in the lung. Mr B's NG tube pH was checked before every "
        "feed; there was no misplacement.",
        "ICU nutrition group. NJ tube placed with a guidance system, feed started, later found "
        "in the right lower lobe bronchus. The group noted NJ tubes are outside the never event "
        "for misplaced NG/OG tubes.",
    ],
)
def test_another_hospitals_tube_or_an_nj_tube_is_not_13(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # another hospital named as where she came from, her own tube misplaced and used
        "Pt transferred from another hospital with an NG tube in situ. Feed started here at "
        "10:00 without checking; CXR at 14:00 showed the tube in the right lung.",
        # the never event named by its title, a real NG tube used
        "Never event for misplaced NG tubes: NGT inserted, 200ml feed given, CXR then showed "
        "the tube in the left main bronchus.",
        # the film's lung named alone
        "NG re-passed by the DN at home, 50ml water flushed down it. Pt coughing. CXR at the "
        "hospital - R lung.",
    ],
)
def test_this_patients_misplaced_tube_used_stays_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


# ----------------------------------------------------------------------------- 14 scalds


def test_scald_of_a_resident_at_another_home_is_not_this_reports_scald() -> None:
    text = (
        "Care home visit. The home bought bath thermometers after a resident was scalded at "
        "another home last year. Today's bath checked at 38C, resident bathed, no concerns."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Resident admitted from another home last week. Today the carer ran the bath too hot "
        "and the resident was scalded on both legs, blistering. TMV had failed.",
        "Pt was scalded in the shower on the ward, burns to her back. She had been scalded at "
        "another hospital in 2019 too.",
        "Strip wash with water from the tap: the resident was burnt on his thighs, blistered. "
        "Staff from another home were covering the shift.",
    ],
)
def test_scald_from_washing_water_here_stays_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


# ----------------------------------------------------------------------------- 15 air


@pytest.mark.parametrize(
    "text",
    [
        "Getting the bay ready for an admission needing 2L O2: HCA attached the nasal specs "
        "to the air flowmeter. The nurse noticed before the pt arrived and moved them to "
        "oxygen.",
        "Recovery: nasal specs set up for the next pt on the air flowmeter. Colleague spotted the "
        "tubing on AIR before the patient came in from theatre. Pt never connected to air.",
    ],
)
def test_oxygen_tubing_on_air_seen_before_the_patient_arrived_is_near_miss_15(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        # "checked ... before the pt arrived" of the room set-up, then connected to air
        "Nurse checked the side room before the pt arrived. Pt on 4L O2 then had her nasal "
        "specs plugged into the air flowmeter by the HCA; found 3 hours later, sats 84%.",
        # "noticed before the pt arrived" of something else
        "Porter noticed the bed was wet before the pt arrived. Pt needing 35% O2 via venturi "
        "was connected to the air outlet in error, sats dropped to 85%.",
        # the catch of the next patient's set-up, this patient on air
        "Pt on 2L O2 found with his specs on the air flowmeter, sats 86%, drowsy. The "
        "nurse spotted the same error in bay 2 before the next pt arrived.",
    ],
)
def test_patient_on_air_stays_15_beside_a_check_before_someone_arrived(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    "text",
    [
        "Resp ward. Nurse asked why the COPD pt's neb was running on the air flowmeter. The "
        "chart states 'air driven nebs', with O2 1L via specs alongside. Education given.",
        "Complaint: son saw his mother's neb plugged into the air not the oxygen. Findings: her "
        "nebulisers were prescribed to be driven by medical air with oxygen via nasal "
        "cannula. Apology for poor explanation.",
        "Medical gases committee: HSSIB report of patients at other trusts who needed oxygen "
        "being connected to medical air flowmeters. Audit here: no patients were found "
        "connected to air.",
    ],
)
def test_air_nebuliser_prescribed_or_other_trusts_events_are_not_15(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # air nebs prescribed, but the oxygen specs then put on air
        "Her nebulisers were prescribed to be driven by medical air. After the neb the HCA put "
        "her nasal specs on the air flowmeter; sats 83% an hour later.",
        # the chart read out for the neb, the venturi mask on air
        "The chart states 'air driven nebs'. Pt on 28% venturi found connected to the air "
        "outlet instead of oxygen, sats 82%, drowsy.",
        # other trusts named in the learning, this patient on air
        "Pt on 2L O2 found with specs on the air flowmeter, sats 84%. Similar to patients at "
        "other trusts in the national alert. Moved to oxygen.",
    ],
)
def test_oxygen_patient_on_air_stays_15_beside_air_nebs_or_other_trusts(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


# ------------------------------------------------- 13 a film reported late, the tube used before


def test_tube_used_before_a_late_film_report_and_found_again_on_repeat_is_13() -> None:
    text = (
        "Investigation summary. NG tube passed at 15:00, no aspirate, so CXR done. An F2 read "
        "it as 'tip below diaphragm'. The radiology report the next morning stated the tube "
        "was in the left main bronchus. Meanwhile Jevity was started at 17:00 at 40 ml/h with "
        "30 ml water flushes. Overnight the pt desaturated. A repeat x-ray showed the tube "
        "in the left lung. Tube removed."
    )
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "NGT passed, pH 7, CXR requested. Reg reviewed before any feed: tip in the R main "
        "bronchus. Tube removed and re-passed, 2nd film tip below diaphragm. Feed then started. "
        "Review next day: the first tube had been in the R main bronchus.",
        "Case review. NG passed, CXR read before use: tube in the trachea. Nothing given. "
        "Re-passed, second CXR in the stomach, feed started once position confirmed. The "
        "learning note repeats that the first tube was in the trachea.",
    ],
)
def test_feed_after_a_re_passed_tube_is_no_use_of_the_misplaced_one(text: str) -> None:
    assert never_event_codes(text) == (None, "13")
