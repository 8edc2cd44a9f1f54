"""Errors that reached the patient before anyone caught them, where a later query, a redo, an
earlier audit or a wrong record looks like a catch: a dose given and then queried, a misplaced
tube fed through before the x-ray was read right, midazolam brought from an area where high
strength belongs, a group misrecorded so the pairing read as compatible, a fall from a window a
walk-round had reported, oxygen needed and air connected. Each with the look-alike in which the
catch came first or no event happened."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------ the order of dose and catch


@pytest.mark.parametrize(
    "text",
    [
        "Pt given 40 units of Novorapid as the U was misread as 0. 2nd nurse queried the BM of "
        "1.8 and stopped the VRII",
        "Novorapid 8U read as 80 units and given by the agency RN. Pt hypo 1.9 at 14:00, not "
        "given any further doses.",
        "Insulin 10U read as 100, 100 units given at 08:00. Pt hypo at 10:00. Second RN queried "
        "the dose at handover.",
    ],
)
def test_dose_given_before_the_query_is_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize(
    "text",
    [
        "Novorapid 6U read as 60 units and drawn up. Second RN queried it before it was given. "
        "Correct dose given.",
        "Insulin 10U misread as 100 units in a 1ml syringe. The 2nd nurse stopped it. 10 units "
        "then given with an insulin syringe.",
    ],
)
def test_dose_given_only_after_the_query_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


def test_correct_dose_given_before_a_daily_chart_was_caught_stays_near_miss_7() -> None:
    text = (
        "Ward pt given correct weekly methotrexate on Mon. Chart had it written as daily. Tues "
        "nurse checked with pt before giving and pt said only once a week. Dose withheld."
    )
    assert never_event_codes(text) == (None, "7")


# ------------------------------------------------------------ 13 misplaced tube


@pytest.mark.parametrize(
    "text",
    [
        "NGT passed on the stroke unit, aspirate pH 5, Jevity 1.0 at 40ml/h started. Pt "
        "coughing at 15:00, CXR shows the tip in the R main bronchus.",
        "CXR reported as 'NGT in stomach' was yesterday's film. Feed started through the new "
        "tube, which was in the R lower lobe. Pt desaturated.",
        "FY1 read the film as OK to feed. 250ml Nutrison given overnight. Consultant review: NG "
        "tube in the L lower lobe bronchus.",
        "Tube position not checked before the 08:00 meds, old x-ray used. NG tube was in the R "
        "lung on repeat film.",
    ],
)
def test_misplaced_tube_used_before_the_film_was_read_right_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "Jevity 1.0 at 50ml/h planned via the new NGT; CXR showed the tube in the R bronchus "
        "before the feed was connected. Not started.",
        "NG tube in R main bronchus on CXR. Tube removed and a new tube passed, feed started "
        "through the new tube once x-ray confirmed gastric position.",
        "Pt usually NG fed (eating disorder unit). Tube re-passed, x-ray shows it in the R "
        "bronchus. No feed given, tube removed.",
    ],
)
def test_misplaced_tube_caught_before_use_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


# ------------------------------------------------------------ 8 midazolam


@pytest.mark.parametrize(
    "text",
    [
        "ED, conscious sedation for a hip relocation. Reg drew up midazolam 5mg/ml from the RSI "
        "box, gave 2ml thinking it was 2mg. Pt snoring, sats 85%, jaw thrust.",
        "Bronchoscopy: midazolam 10mg/2ml (from ITU) drawn up and 3ml given thinking 1mg/ml. "
        "Flumazenil needed.",
        "Cardioversion under sedation: midazolam 5mg/ml, 1ml given for '1 of midaz'. Pt "
        "apnoeic. High strength stock had been removed at the pharmacy audit last year.",
    ],
)
def test_high_strength_midazolam_given_for_sedation_is_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacy audit in endoscopy: 3 boxes of midazolam 10mg/2ml found in the sedation "
        "cupboard. None used. Removed.",
        "ICU pt on midazolam 5mg/ml infusion for sedation, 2ml given as bolus per protocol "
        "while ventilated.",
    ],
)
def test_high_strength_midazolam_in_stock_or_where_it_belongs_is_no_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------ 12 ABO


@pytest.mark.parametrize(
    "text",
    [
        "Liver transplant: donor group transcribed as A on the local form, the NHSBT record "
        "says group B. Recipient group A. Transplanted, graft failed.",
        "Duplicate registration merged two pts records so the historical group shown was group "
        "B. Pt (group O) issued group B red cells and 1 unit transfused. Haemolysis.",
    ],
)
def test_incompatible_pairing_behind_a_misrecorded_group_is_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


def test_compatible_unit_with_a_recorded_group_is_no_never_event() -> None:
    text = (
        "Pt group A given a group O unit meant for another pt. Compatible by chance, no "
        "reaction. Pt's group recorded as A on the wristband label."
    )
    assert never_event_codes(text)[0] is None


# ------------------------------------------------------------ 10 windows


@pytest.mark.parametrize(
    "text",
    [
        "Pt climbed out and fell from the first floor bay window. The restrictor was broken - "
        "reported at the estates walk round a month ago and not repaired. Fractured pelvis.",
        "Teenager opened the day room window past the restrictor by pressing the release "
        "catch, no key or tool needed. Fell about 3m onto the flat roof, fractured wrist.",
    ],
)
def test_fall_from_a_poorly_restricted_window_is_never_event_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize(
    "text",
    [
        "estates walk round: window restrictor on 2nd floor found broken, window taped shut and "
        "reported. no pt involved",
        "On walk round found restrictor on window in room 14 (first floor) hanging loose, "
        "window could open about 40cm. Room empty, reported to estates.",
    ],
)
def test_broken_restrictor_found_on_a_walk_round_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------ 15 air flowmeter


@pytest.mark.parametrize(
    "text",
    [
        "Pt requiring O2 (prescribed 28%) connected to medical air via a venturi mask. Found "
        "at the drug round, sats 86%.",
        "Air-driven nebs prescribed. After the neb the HCA put the oxygen mask back on but "
        "connected it to the air outlet not O2. Sats 82% an hour later.",
    ],
)
def test_patient_needing_oxygen_connected_to_air_is_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


def test_air_flowmeters_left_fitted_with_no_patient_connected_is_no_never_event() -> None:
    text = (
        "Ward check: medical air flowmeters left in 4 bed spaces with no air-driven nebs "
        "prescribed. No pt was connected. Removed."
    )
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------ 5 equipment not yet in use


def test_equipment_not_yet_in_use_is_no_catch_of_never_event_5() -> None:
    text = (
        "NNU: EBM feed connected to the long line instead of the NG tube. ENFit syringes not "
        "yet in use on the unit. Baby unwell, septic screen."
    )
    assert never_event_codes(text) == ("5", None)


def test_feed_not_yet_connected_is_still_near_miss_5() -> None:
    text = (
        "Enteral feed giving set about to be connected to the PICC by the agency nurse - not "
        "yet connected when the RN stopped her."
    )
    assert never_event_codes(text) == (None, "5")


# ------------------------------------------------------------ 1 a check told as not done


@pytest.mark.parametrize(
    "text",
    [
        "Intravitreal injection given into the L eye, pt booked for R eye. The pre-injection "
        "mark wasn't done as the pen had run out.",
        "Aflibercept injected into the R eye, listed for the L eye. Pre injection mark wasnt "
        "done, nurse said she would remember.",
    ],
)
def test_check_told_as_not_done_is_no_catch_of_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_wrong_eye_stopped_at_the_pre_injection_check_is_near_miss_1() -> None:
    text = (
        "Intravitreal injection: pt booked for R eye, L eye prepped. Noticed at the "
        "pre-injection check, stopped, R eye done."
    )
    assert never_event_codes(text) == (None, "1")


# ------------------------------------------- left on the air supply for a length of time


def test_patient_left_on_air_for_hours_before_the_catch_is_never_event_15() -> None:
    text = (
        "Pt had a hudson mask on air instead of oxygen for 3 hours overnight, sats 84%, noticed "
        "on the morning round before applying the new nasal cannula."
    )
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    "text",
    [
        "Hudson mask tubing attached to the air outlet, noticed by the HCA before it was put on "
        "the pt. Pt had been on room air for 2 hours with sats 97% and O2 was only just "
        "prescribed.",
        "Nasal specs plugged into the air flowmeter, noticed by the student before attaching "
        "them to the pt, who had been on air for an hour while awaiting O2 being prescribed.",
    ],
)
def test_time_on_room_air_before_oxygen_was_due_leaves_the_catch_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


# ------------------------------------------------- a catch dated after the act (never event 1)


@pytest.mark.parametrize(
    "text",
    [
        "Patient listed for right TKR. Left femoral nerve block performed in anaesthetic room. "
        "Realised at time out after block given.",
        "Listed for a left ankle ORIF. Popliteal block put in on the right. Picked up at the "
        "team time out after the block had been administered.",
    ],
)
def test_wrong_side_block_caught_at_time_out_after_it_was_given_is_never_event_1(
    text: str,
) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "Listed for left hip. Identified at time out after the sign in was performed that the "
        "right side had been marked; marking corrected, no block given.",
        "Patient for left TKR. At time out, after the spinal was sited, the team realised the "
        "right leg had been marked; corrected before knife to skin.",
    ],
)
def test_wrong_side_caught_after_another_step_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
