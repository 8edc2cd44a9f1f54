"""Round 26, never events 9, 10, 11, 13, 14 and 15: a ligature on a rail that held, told as
never round the neck or loaded, is a near miss however far on the rail is described (a load
told anywhere near keeps it a never event); a person held back at an unrestricted window is a
near miss whatever check missed the fault; a head at the rail gap moved before the neck or
chest was held is a near miss, and "head, neck and chest were not involved" is a limb; an NJ
tube with no gastric tube named is outside type 13, and a reach inside "disconnected the feed
before anything ran" is no use; a scald reported and ruled out on review is none; a risk stated
("Risk that patients requiring oxygen could be connected to air") is no connection; air noticed
before the cannula went on the face is a near miss. Each cue that can switch a never event off
has true positives where its words stand in an innocent role."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MH = {"service_type": "4"}


@pytest.mark.parametrize(
    "text",
    [
        "MH ward. Pt seen tying a cord to the curtain rail in her room, cord not yet around her "
        "neck. Staff removed it. Estates found the rail was a fixed domestic type, not "
        "collapsible.",
        "Female PICU. Pt tied her scarf to the shower curtain rail; nothing was round her neck "
        "when staff went in. Scarf removed. Estates: the rail was an old fixed type that should "
        "have been replaced.",
        "Acute MH inpatient ward, 22:10. Pt looped a bedsheet over the curtain track. Staff "
        "entered at once. She had not put it round her neck. The next morning estates tested "
        "the curtain track. It did not release under load: a non-collapsible track fitted as a "
        "stop-gap.",
        "MH ward. Pt looped a belt over the curtain rail. Staff stopped her. Belt not around "
        "her neck. 1:1 obs. Estates: the curtain rail was a fixed type.",
    ],
)
def test_ligature_on_a_rail_that_held_never_round_the_neck_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, **MH) == (None, "9")


@pytest.mark.parametrize(
    "text",
    [
        # "nothing was round his neck" told of the time after he was cut down
        "Acute MH ward. Pt found hanging from the shower curtain rail by a towel, cut down by "
        "staff, CPR started. Nothing was round his neck when paramedics arrived as staff had "
        "cut the towel off. Rail was a standard fixed type that did not collapse.",
        # "not around her neck" told of later; the load ("hung from it") sentences away from
        # the rail's failure
        "PICU. Pt tied a belt to the curtain rail and hung from it for about a minute; she was "
        "suspended with her feet off the floor. Staff lifted her and removed it. The belt was "
        "not around her neck by the time the nurse in charge arrived. Rail did not release "
        "under her weight.",
        # "had not put it around his neck" told of an earlier attempt
        "MH inpatient unit. Patient found with a sheet tied to the bedroom curtain rail and "
        "around his neck, kneeling, weight through the ligature; the rail did not collapse. "
        "Staff cut him down. He had not put it around his neck on the earlier attempt last "
        "week.",
        # "no weight on the rail" told of an earlier check
        "Adult acute MH ward. Staff found the patient hanging from the en-suite shower rail, "
        "which had not collapsed. CPR given. Previous check at 02:00 - no weight on the rail "
        "then, he was asleep.",
    ],
)
def test_ligature_stopped_words_told_of_another_moment_leave_hanging_9(text: str) -> None:
    assert never_event_codes(text, **MH) == ("9", None)


def test_rmn_brought_to_a_general_ward_is_no_mental_health_setting() -> None:
    text = (
        "Surgical ward - pt found in the toilet with a dressing gown cord tied to the shower "
        "rail, which did not collapse. Cord removed, no marks. 1:1 RMN requested."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Found hanging from the curtain rail, which did not collapse; cut down, CPR. 1:1 "
            "RMN requested for the rest of the night.",
            MH,
        ),
        (
            "Adult acute mental health ward. Pt found hanging from the shower rail, which held "
            "her weight; cut down by staff. One-to-one RMN arranged after.",
            {},
        ),
        (
            "Older adult mental health ward. Pt found hanging from the curtain rail which did "
            "not collapse, cut down, 1:1 RMN requested for the rest of the night.",
            {},
        ),
    ],
)
def test_rmn_requested_on_a_mental_health_ward_leaves_hanging_9(
    text: str, fields: dict[str, str]
) -> None:
    assert never_event_codes(text, **fields) == ("9", None)


@pytest.mark.parametrize(
    "text",
    [
        "2nd floor ward. Confused pt had opened the window fully and was sitting on the sill "
        "with one leg out when a nurse grabbed her. Restrictor opens without a key. No injury.",
        "Ward 9 (3rd floor). Pt climbed onto the sill of the open window in the day room. Two "
        "HCAs reached him and held him back. No injury. On inspection afterwards the "
        "restrictor had been removed by contractors and not refitted.",
        # the fault told sentences after the rescue, and a check that had missed it
        "Fourth floor ward. 09:30 a relative called staff: pt sitting on the window sill with "
        "both legs outside. The window was open about 50 cm. Two nurses held her and brought "
        "her back inside, unhurt. On inspection the restrictor arm had snapped. It had passed "
        "the last environmental check.",
    ],
)
def test_person_held_back_at_an_unrestricted_window_is_near_miss_10(text: str) -> None:
    assert never_event_codes(text) == (None, "10")


@pytest.mark.parametrize(
    "text",
    [
        "Pt fell from the 2nd floor window, restrictor cable had been cut. Staff had grabbed "
        "him but he slipped out of their grip and landed on the flat roof below, fractured "
        "ankle.",
        "Pt opened the bedroom window wide - restrictor missing - and jumped from the first "
        "floor; found on the grass below with a fractured pelvis. Staff had held him back from "
        "the same window an hour earlier.",
    ],
)
def test_fall_from_an_unrestricted_window_stays_10_whoever_held_them(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize(
    "text",
    [
        "Night: pt slid down the bed, head going into the gap between the bed rail and the "
        "mattress. HCA pulled her up before neck or chest became trapped. No marks.",
        "Pt found with head and shoulders through the gap between the split bed rails. Neck and "
        "chest were not compressed, he was talking. Repositioned, rails down.",
        "Pt found lying across the bed with her head slipped into the gap of the bed rail, neck "
        "against the gap but she was breathing normally and talking, no marks. Repositioned.",
        "HCA saw the pt's head pushed through the gap of the split bed rails; he could have got "
        "his neck stuck. Pulled back, no marks.",
    ],
)
def test_head_at_the_rail_gap_moved_before_the_neck_was_held_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    "text",
    [
        # "could have got her neck trapped" told of an earlier time
        "Pt found with her neck trapped between the bed rail and the mattress, cyanosed. Freed "
        "by two staff; she could have got her neck trapped earlier too as the gap was wide. "
        "Marks on neck.",
        # "chest was not compressed" after the neck was wedged
        "Pt found with his neck wedged between the bed rail and the mattress, chest was not "
        "compressed but neck marks seen. Medical review.",
        # breathing normally told after the release
        "Pt's neck trapped between the bed rail and the mattress, petechiae on his face. Freed "
        "by two nurses, but he was breathing normally by the time the doctor arrived.",
        "Resident found with her neck wedged in the gap between the bed rail and the "
        "headboard, marks on neck. Freed by staff; she was breathing normally afterwards.",
        # head and neck uninvolved, the chest trapped
        "Pt's chest trapped between the bed rail and the mattress, breathing laboured. Head and "
        "neck were not involved. Freed by staff, chest bruising.",
        # neck and chest named as uninvolved in an assessment, not the event
        "Pt with dementia found with his neck trapped between the split bed rails, unable to "
        "speak. Freed. Neck and chest were not involved in the previous bed rail assessment, "
        "which covered limbs only.",
    ],
)
def test_neck_or_chest_held_in_the_rail_stays_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


def test_limb_caught_with_head_neck_and_chest_uninvolved_is_no_event() -> None:
    text = (
        "Night report. Pt's left arm trapped between the bars of the bed rail, skin tear. "
        "Released. Pt was lying in the middle of the bed. Head, neck and chest were not "
        "involved. Bumpers fitted."
    )
    assert never_event_codes(text) == (None, None)


def test_nasojejunal_tube_with_no_gastric_tube_named_is_no_event() -> None:
    text = (
        "NJ tube placed on the ward; the x-ray was misread and the tube was in the left main "
        "bronchus. Feed ran for 6 hours. Aspiration pneumonia."
    )
    assert never_event_codes(text) == (None, None)


def test_bare_tube_after_an_nj_tube_is_the_nj_tube_though_ng_tubes_are_named_later() -> None:
    text = (
        "ICU review. Nasojejunal tube placed at the bedside and used for feed for 5 hours "
        "before the film was seen; tip found in the R lower lobe bronchus. Tube removed. Our "
        "policy treats NJ tubes apart from NG tubes."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt had an NJ tube which fell out last week. NG tube placed on the ward today. Tip in "
        "the right lower lobe on review of the CXR after 300 ml feed had run.",
        "Nasogastric tube passed on the stroke unit (pt previously had an NJ tube). pH not "
        "checked, feed started, later CXR showed the tube in the right bronchus.",
        "Neonate: OG tube passed, aspirate not obtained, 5 ml feed given. X-ray then showed "
        "the tube in the right main bronchus. Note NJ feeding was considered earlier in the "
        "week.",
    ],
)
def test_gastric_tube_named_beside_an_nj_tube_stays_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


def test_feed_disconnected_before_anything_ran_is_near_miss_13() -> None:
    text = (
        "NG inserted. While awaiting x-ray the feed was connected to the tube, pump not "
        "switched on. X-ray: tube in the left bronchus. Nurse disconnected the feed before "
        "anything ran."
    )
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        "Fine bore NG inserted; aspirate pH 5 taken from the wrong tube. Feed ran for 3 hours, "
        "then stopped; nurse disconnected the feed before any more ran. CXR: tube in the right "
        "main bronchus.",
        "NGT in situ, position not rechecked after vomiting. 250 ml feed given. CXR later: "
        "tube in the right main bronchus. Tube re-passed and the feed disconnected before "
        "anything ran until x-ray confirmed.",
        "Ryles tube placed, pH not tested. Medications flushed down it at 08:00. CXR at 10:00 "
        "showed it in the trachea. HCA had hung the lunchtime feed; nurse disconnected it "
        "before anything ran.",
    ],
)
def test_tube_used_before_a_later_feed_was_disconnected_stays_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


def test_scald_reported_and_ruled_out_on_review_is_no_event() -> None:
    text = (
        "Daughter said her dad had been scalded in the shower. Nurse and GP reviewed: the "
        "redness matches his known psoriasis, water at 41C, GP agreed no burn."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Resident scalded in the bath, water 52C, TMV failed. Blisters to both feet. GP "
        "reviewed and agreed it was a partial thickness scald to the feet; confirmed no burn "
        "to the hands.",
        "Pt scalded during a strip wash with water from the hot tap, redness to his back and "
        "blistering. Plastics felt no scald to the face.",
        "Pt burnt in the shower as the TMV had failed, water at 55C. Erythema to both legs. "
        "The area matches the shower spray pattern, not her known eczema.",
    ],
)
def test_scald_with_some_part_ruled_out_stays_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


def test_risk_stated_of_a_connection_to_air_is_no_event() -> None:
    text = (
        "Risk that patients requiring oxygen could be connected to the medical air flowmeter "
        "on ward 3 as outlets are side by side. No patient connected in error."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt requiring 2L O2 was connected to the medical air flowmeter instead of oxygen "
            "for 3 hours overnight, sats dropped to 84%. There is a risk that this will happen "
            "again.",
            ("15", None),
        ),
        (
            "Pt on 4L O2 via nasal specs found connected to the air flowmeter for 2 hours, sats "
            "85%. Risk that was on the register since 2022.",
            ("15", None),
        ),
        (
            "Swab retained in the abdomen found on CT 3 weeks after the laparotomy. Risk that "
            "the count board was not updated has been escalated to theatre governance.",
            ("3", None),
        ),
    ],
)
def test_risk_that_told_beside_a_real_event_leaves_it(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_air_noticed_before_the_cannula_went_on_the_face_is_near_miss_15() -> None:
    text = (
        "Pt needs 2L O2. HCA connected the nasal cannula tubing to the air flowmeter. I noticed "
        "it before putting the cannula on the pt's face. Moved to the O2 flowmeter."
    )
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        "HCA put the nasal cannula on the pt and connected it to the air flowmeter instead of "
        "oxygen. Nobody noticed the flowmeter before putting the mask on later; pt on air for "
        "3 hours, sats 86%.",
        "Pt had been on the air flowmeter via a venturi mask for 2 hours overnight instead of "
        "oxygen, sats 85%. Day nurse noticed it before putting the nasal cannula on for "
        "breakfast and moved it to O2.",
        "HCA noticed the nasal specs tubing was on the air flowmeter before putting the cannula "
        "on the next pt; this pt needing 2L O2 had been on air for 3 hours, sats 86%.",
    ],
)
def test_air_noticed_before_a_cannula_went_on_after_hours_on_air_stays_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rail took her weight: reached, whatever an earlier check found
        (
            "MH ward: pt tied a sheet to the shower rail and around her neck and stepped off the "
            "chair; the rail held her weight for about a minute before staff reached her and cut "
            "the sheet. At the 13:00 check nothing was round her neck.",
            ("9", None),
        ),
        # "head, neck and chest were not involved" told of an assessment, then a neck entrapment
        (
            "Bed rail assessment on admission recorded that head, neck and chest were not "
            "involved in her previous incidents. At 03:00 she was found with her neck trapped "
            "between the bed rail and the mattress, released by two staff, marks on the neck.",
            ("11", None),
        ),
    ],
)
def test_earlier_or_other_words_leave_a_reached_rail_event(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_neck_told_as_compressed_beside_a_chest_not_pressed_is_never_event_11() -> None:
    text = (
        "Older man found with head trapped between bed rail and mattress; chest against the "
        "rail but not pressed, neck compressed between rail bars, resus called."
    )
    assert never_event_codes(text) == ("11", None)


@pytest.mark.parametrize(
    "text",
    [
        "Patient slid down the bed and her head went into the gap between the rail and the "
        "mattress; staff freed her before her neck was compressed. No marks.",
        "Head found between the bed rail and mattress at 03:00, neck not compressed, chest "
        "clear; HCA lifted him out before any pressure. Resus not needed.",
    ],
)
def test_neck_freed_before_it_was_compressed_stays_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


# ---- air for oxygen: a time told as short, the patient already on it, the tubing found on air


def test_not_connected_for_long_is_connected_15() -> None:
    text = (
        "Patient needing 2L oxygen via nasal cannulae was found with the tubing on the air "
        "flowmeter at the drug round; he was not connected to air for long, sats 93%, moved to "
        "oxygen."
    )
    assert never_event_codes(text) == ("15", None)


def test_never_connected_to_air_at_the_set_up_stays_near_miss_15() -> None:
    text = (
        "Oxygen mask tubing found connected to the air flowmeter at the bed space set-up for a "
        "patient needing oxygen. Tubing moved to the oxygen flowmeter. No patient was connected "
        "to air."
    )
    assert never_event_codes(text) == (None, "15")


def test_patient_already_on_the_air_for_a_time_is_never_event_15() -> None:
    text = (
        "Oxygen mask tubing found on the air flowmeter before applying it to the next patient; "
        "the current patient had already been on it for 40 minutes, sats 84%."
    )
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt on 2L O2 via NC. At the 4 hourly obs the tubing was found to be on the air "
        "flowmeter, sats 95%, moved to the oxygen outlet.",
        "HD pt on home O2 2L via NC, breathless mid session, sats 84%. Tubing traced to the "
        "medical air outlet on the chair panel, not the O2. Switched, sats 93%.",
        "CCU, on oxygen as prescribed (2L NC). On the ward round sats 90% and the flowmeter in "
        "use was medical air, fitted in the usual O2 position after panel repairs. Switched.",
    ],
)
def test_oxygen_tubing_found_on_the_air_supply_is_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


def test_nebuliser_tubing_on_air_as_prescribed_is_no_event() -> None:
    text = (
        "Nebuliser tubing found on the air flowmeter as prescribed for the salbutamol neb; pt on "
        "2L O2 via NC from the oxygen outlet."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Audit of ward 6: oxygen tubing found attached to the air flowmeter at 3 bedspaces, no "
        "patients using them at the time.",
        "Night walk-round: spare nasal specs left on the air flowmeter in bay 2, tubing not in "
        "use. Moved to O2.",
    ],
)
def test_oxygen_set_up_on_air_with_nobody_using_it_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt in bed 4 needing 2L O2 found with nasal specs connected to the air flowmeter, sats "
        "86%. Spare tubing in bed 5 was not in use.",
        "Bay 3 check: O2 mask on air outlet, nobody using it. Later that shift pt in bed 2 "
        "requiring O2 found on air, sats 85%.",
    ],
)
def test_unused_set_up_told_beside_a_patient_found_on_air_leaves_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
