"""What is told beside a gas, window or transfusion event without being one: a fitting left
plugged into a wall outlet or left from the previous patient ("flowmeter in the air outlet, left
in from the previous pt's nebs") is the room's equipment, no item left in a body (so the air
connection it made is never event 15, not a retained object); the patient's own never event
named with its time or another hospital ("told us she had a 'never event' some years ago when
the wrong knee was operated on") is history; a ward told as on the ground floor with its kind
between ("Ward 3 (paeds, ground floor)") is a ground-floor window; the group of another
patient's unit told as not recorded names no group (null, not near miss 12); and emergency O
negative units told given before the wrong unit was stopped ("2 units O NEG emergency given")
are not that unit's reach (near miss 12)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FITTING_LEFT_IN_AN_OUTLET = [
    "Pt on 2L O2 via nasal specs moved to bay 4. HCA plugged the tubing into the flowmeter "
    "already in the bedhead - it was the air flowmeter, left in from the last patient's nebs. "
    "Sats dropped to 86% over 30 mins, found on air by the nurse and moved onto O2.",
    "Pt needing 4l oxygen transferred to side room, nasal cannula connected to the flowmeter "
    "that had been left in the medical air outlet. Desat to 84%, tubing found on air, swapped "
    "to O2 flowmeter, sats recovered",
    "COPD pt on 28% venturi. Air flowmeter left plugged into the wall from previous user; staff "
    "connected the mask to it in error. Pt became drowsy, found connected to air.",
]

ITEM_LEFT_IN_THE_PATIENT = [
    "Pt back from theatre, swab left in from the previous operation found on CT, returned to "
    "theatre for removal.",
    "Pt had a guidewire left in after central line insertion, seen on CXR next day.",
    "Needle left in the wound at closure, found on x-ray.",
]

PATIENTS_PAST_NEVER_EVENT = [
    "Pt attending pre-op clinic very anxious, explained he had a never event 6 years ago where "
    "the wrong hip was operated on. Reassured. Today BP cuff too small, reading repeated.",
    "Daughter said her mum had a never event at a different hospital, the wrong eye injected, so "
    "she wants to watch the consent. Clinic ran 90 mins late today.",
    "OPD: pt reports he had a never event at another trust - wrong toe operated on - and asked "
    "for extra checks. Referral letter missing today.",
]

THIS_REPORTS_NEVER_EVENT = [
    "Pt had a never event today: the wrong knee was operated on. Surgeon informed, duty of "
    "candour done.",
    "She had a never event on the ward this morning when the wrong knee was operated on by the "
    "locum.",
    "Pt had a never event earlier today when the wrong knee was prepped and operated on in "
    "theatre 3.",
]

GROUND_FLOOR_WARD_WITH_ITS_KIND = [
    "Oak ward (older adults, ground floor). Pt with dementia climbed out of the lounge window, "
    "restrictor broken. Found in the car park by security, no injury.",
]

UPPER_FLOOR_WARD = [
    "Ward 12 (surgical, 3rd floor). Pt fell from the bay window, the restrictor had been removed "
    "by estates. Sustained fractured pelvis.",
    "Ash ward, older adults, 2nd floor. Pt fell from the day room window, restrictor missing; "
    "# wrist.",
]

OTHER_PATIENTS_UNIT_GROUP_NOT_RECORDED = [
    "Haem day unit. Bedside check: unit collected was labelled for another pt with a similar "
    "surname. Not spiked. Unit returned to the lab, the group of the other pt's unit wasn't "
    "documented.",
    "At the bedside check the unit was found to be for the pt in bed 6. Not spiked. We didn't "
    "record the group of the returned unit.",
]

OTHER_PATIENTS_UNIT_GROUPS_STATED = [
    "At the bedside check the unit was found to be for the pt in bed 6. Not spiked. Unit was A "
    "POS, our pt is O POS.",
    "At the bedside check the unit was found to be for the pt in bed 6. Not spiked. Group of the "
    "wrong unit not recorded, pt is O pos and unit was B pos per lab.",
]

EMERGENCY_UNITS_BEFORE_THE_CATCH = [
    "Trauma pt in resus given 2 emergency O neg units, then group specific blood collected. "
    "Bedside check: unit was group A, pt grouped as O. Not spiked, returned to lab.",
    "Resus: 3 units O neg emergency transfused via the rapid infuser. 4th unit from the lab "
    "checked at the bedside - labelled for the other trauma pt, group A POS; our pt is O POS. "
    "Not spiked, returned.",
]

INCOMPATIBLE_UNIT_GIVEN_AFTER_EMERGENCY_UNITS = [
    "Trauma call: 2 units O neg emergency given. Group specific unit (A POS) then put up for pt "
    "who groups as O POS - 150ml transfused before the error was noticed.",
]


@pytest.mark.parametrize("text", FITTING_LEFT_IN_AN_OUTLET)
def test_fitting_left_in_an_outlet_is_the_air_connection(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize("text", ITEM_LEFT_IN_THE_PATIENT)
def test_item_left_in_the_patient_is_still_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", PATIENTS_PAST_NEVER_EVENT)
def test_patients_past_never_event_is_history(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", THIS_REPORTS_NEVER_EVENT)
def test_never_event_of_today_still_counts(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", GROUND_FLOOR_WARD_WITH_ITS_KIND)
def test_ground_floor_ward_with_its_kind_is_no_window_fall(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", UPPER_FLOOR_WARD)
def test_upper_floor_ward_window_fall_still_counts(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize("text", OTHER_PATIENTS_UNIT_GROUP_NOT_RECORDED)
def test_other_patients_unit_with_its_group_not_recorded_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OTHER_PATIENTS_UNIT_GROUPS_STATED)
def test_other_patients_unit_with_incompatible_groups_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", EMERGENCY_UNITS_BEFORE_THE_CATCH)
def test_emergency_units_given_before_the_catch_are_no_reach(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", INCOMPATIBLE_UNIT_GIVEN_AFTER_EMERGENCY_UNITS)
def test_incompatible_unit_given_after_emergency_units_is_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)
