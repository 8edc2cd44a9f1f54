"""Errors made and caught before they reached the patient, told by what happened first: hot
washing water that touched a foot and left no mark, a missing swab found before the wound was
closed, a feed connected to a line with nothing run, strong potassium caught before anything was
added, an insulin pen drawn from with a syringe and stopped, another patient's incompatible unit
caught at the bedside. Each with the look-alike in which the error did reach the patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ 14 scalding


@pytest.mark.parametrize(
    "text",
    [
        "Resident put one foot into the bath, water far too hot at 52C, lifted straight out. "
        "Skin checked by the nurse - no redness. Estates called re the TMV.",
        "Day centre shower: client stepped in with his left foot and shouted it was very hot, "
        "stepped straight back out. No mark on examination. Thermostatic valve faulty.",
        "HCA lowering pt in the hoist, pts feet went into the water which was 49C. Hoist raised "
        "at once, no injury to skin.",
    ],
)
def test_hot_washing_water_touched_without_a_mark_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize(
    "text",
    [
        "Resident stepped into the shower, water 50C, scalded her L foot. No other injury.",
        "Pt's foot went into the bath water which was too hot, she screamed. No redness at "
        "first, by the evening blisters on her foot and redness to both feet.",
        "Pt hoisted into the bath, foot in the water at 48C, lifted out. Redness to the right "
        "foot and a superficial burn dressed by the nurse.",
    ],
)
def test_hot_washing_water_that_marked_the_skin_is_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize(
    "text",
    [
        "TMV check on ward 3: water at the bath tap 55C. No pt involved, no injury. Estates "
        "called.",
        "pt complained the shower felt too hot, no burns, estates checked TMV and adjusted",
    ],
)
def test_hot_water_with_no_body_in_it_is_not_a_scald_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------------ 3 retained object


@pytest.mark.parametrize(
    "text",
    [
        "Open right hemicolectomy. At the closing count one large swab not accounted for. "
        "Located deep under the liver edge in the right upper quadrant before the fascia was "
        "closed, and removed.",
        "Count at closure one swab missing. Surgeon searched and found it in the pelvis and "
        "removed it. Wound then closed.",
        "Hernia repair: count at skin closure one small swab short, surgeon reopened the skin "
        "and found it in the wound, removed. Count correct, then closed.",
        "At the final count after the episiotomy repair, before her legs came down from the "
        "stirrups, only 4 of 5 swabs accounted for. Vaginal examination and the swab was found "
        "high in the vagina and removed.",
        "Delivery suite: after the tear repair the tampon was still in at the final check with "
        "the coordinator before the woman left the lithotomy position. Removed.",
    ],
)
def test_missing_item_found_before_the_procedure_ended_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        "Count at closure one swab missing. Wound closed anyway as the pt was unstable. Swab "
        "found on CT 2 days later.",
        "Needle found on the post op x-ray. The wound had been closed with the count recorded "
        "as correct.",
        "Perineal repair, count correct before the legs came down. Woman discharged home; day 5 "
        "a swab was found in the vagina by the community midwife.",
        "Labour ward. Swab count correct after the repair. Woman went home, swab found in the "
        "vagina by the GP 6 days later.",
        "Community MW visit day 4. On exam a rolled up tampon found high in the vagina and "
        "removed. Notes say 2nd degree tear sutured in room 6 and swab count correct.",
    ],
)
def test_missing_item_found_after_the_procedure_ended_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        "Ultrasound guided PICC insertion on ward. Guidewire found still in situ before the "
        "line was secured and removed.",
        "Bedside PICC insertion on ward 9 by the vascular access nurse. Before securing the "
        "line, the assistant noticed the guidewire had not been removed. It was withdrawn "
        "intact.",
    ],
)
def test_guidewire_caught_before_securing_a_ward_picc_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        "PICC inserted on the ward. CXR next day showed the guidewire still in the line, "
        "removed by IR.",
        "PICC insertion on ward 4, line secured and dressed. Guidewire seen on the check x-ray "
        "that evening and removed in IR.",
    ],
)
def test_guidewire_found_after_a_ward_picc_was_secured_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


# ------------------------------------------------------------------ 5 wrong route


@pytest.mark.parametrize(
    "text",
    [
        "Enteral feed connected to the midline at 23:00 ready for the morning. Pump wasnt "
        "started and no feed ran; found by the RN at the 06:00 check.",
        "Feed giving set found attached to the Hickman line at the start of the shift, "
        "nothing infused as the line had not been opened. Removed and reported.",
    ],
)
def test_feed_connected_to_a_line_with_nothing_run_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize(
    "text",
    [
        "Enteral feed connected to the PICC in error and the pump started at 22:00. Found at "
        "02:00 when the pump alarmed, pump put on hold, 200ml had gone in.",
        "NG feed connected to the pts cannula by the HCA and run for an hour. Pump then put on "
        "hold and the clamp was closed.",
    ],
)
def test_feed_run_into_a_line_before_the_pump_was_held_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


def test_reconstituted_iv_vial_given_iv_for_an_oral_prescription_is_no_never_event() -> None:
    text = (
        "Vancomycin 125mg QDS ORAL prescribed. Bank nurse reconstituted the vial and gave it IV "
        "through the cannula. Doctor informed, oral dose then given."
    )
    assert never_event_codes(text)[0] is None


# ------------------------------------------------------------------ 4 strong potassium


@pytest.mark.parametrize(
    "text",
    [
        "Surgical ward nights. Bank RN was about to add KCl 15% to a 1L saline bag as the "
        "premix wasnt there. Nurse in charge asked what she was doing before anything was "
        "added. Premixed bag found in the fridge.",
        "Paeds HDU: KCl 15% drawn up in a 5ml syringe labelled 'saline flush'. At the bedside "
        "double check and it was stopped when the 2nd nurse read the ampoule.",
    ],
)
def test_strong_potassium_caught_before_it_went_in_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize(
    "text",
    [
        "Premixed KCl 20mmol/500ml out of stock on the ward. RN added 2 amps of KCl 15% to a "
        "litre of saline and it ran at 125ml/hr overnight. K+ 6.8 in the morning.",
        "KCl 15% drawn up in a 10ml syringe labelled 'flush' and given as the line flush. "
        "Pt arrested, K+ 7.9.",
    ],
)
def test_strong_potassium_given_for_a_premix_or_flush_is_never_event_4(text: str) -> None:
    assert never_event_codes(text) == ("4", None)


# ------------------------------------------------------------------ 6 insulin


@pytest.mark.parametrize(
    "text",
    [
        "Agency RN drew 16 units out of the pts FlexPen with an insulin syringe and was about "
        "to give it when the pts son challenged her. Not given.",
        "HCA tried to withdraw insulin from a Lyumjev 200 units/ml KwikPen with a syringe as "
        "the pen needles had run out; the nurse stopped her before it was given.",
        "Care home: Humulin I '12U' read as 120 by the agency nurse who was drawing it up when "
        "the senior carer queried it. Not given, correct dose given.",
        "Insulin: drew up 80 units as the U was read as 0, second RN queried it, 8 units given.",
    ],
)
def test_insulin_device_or_misreading_caught_before_the_dose_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize(
    "text",
    [
        "Insulin 10u written on the chart, 2nd nurse queried the U, both read it as 10 units, "
        "given correctly.",
        "Lantus 20 units given from the pt's own SoloStar pen as normal.",
    ],
)
def test_insulin_pen_or_unit_read_as_intended_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_insulin_withdrawn_from_a_named_pen_and_given_is_never_event_6() -> None:
    text = "RN withdrew 30 units from the pts KwikPen with a syringe and gave it. BM 2.1 later."
    assert never_event_codes(text) == ("6", None)


# ------------------------------------------------------------------ 12 ABO


@pytest.mark.parametrize(
    "text",
    [
        "Day unit: unit brought to chair 4, pt said 'I'm O not B' and the checking RN found the "
        "unit was for chair 1. Not spiked.",
        "Nurse took the platelets to the bedside, second checker found the bag was allocated to "
        "a child with a similar name on ward 2 (group A, this child group O). Not started.",
    ],
)
def test_incompatible_unit_for_another_patient_caught_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        "Unit for the pt in chair 6 (O pos) given to the pt in chair 2 who is also O pos. "
        "Compatible, no reaction.",
        "Unit brought to chair 2 for the wrong pt, unit group O, pt group A, checking RN "
        "confirmed it was for chair 5. Not spiked.",
    ],
)
def test_compatible_unit_for_another_patient_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
