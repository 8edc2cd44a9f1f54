"""Never events stopped before they reached the patient, or not: a unit meant for someone else
stopped at the bedside, hot washing water the person was pulled back from, insulin errors a
second checker stopped, and a second member of staff querying a dose already given."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ 12: another patient's unit


@pytest.mark.parametrize(
    "text",
    [
        "Red cells brought to the ward were for the lady in the next bay (group A), our pt is "
        "group O. Wristband check before spiking picked it up, unit returned.",
        "Bag of red cells for pt in cubicle 6 hung on the drip stand of pt in cubicle 7. Group "
        "AB vs B at the bedside check. Not spiked, sent back to the lab.",
        "Unit at the bedside did not match the pt's wristband: the bag had been issued for a "
        "patient with a similar surname. ABO incompatible. Not transfused.",
        "Platelets and a unit labelled for a patient at another hospital arrived with the courier "
        "(group B). Our patient is group A. Stopped at the bedside check, returned unspiked.",
    ],
)
def test_unit_meant_for_another_patient_stopped_at_bedside_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


def test_unit_for_another_patient_transfused_with_groups_stated_is_never_event_12() -> None:
    text = (
        "Red cells collected for pt in bed 3 were transfused to pt in bed 4 in error. Pt in "
        "bed 4 is group O, the unit was group A. Reaction after 20 minutes."
    )
    assert never_event_codes(text) == ("12", None)


def test_wrong_patients_unit_when_both_patients_share_a_group_is_not_never_event_12() -> None:
    text = (
        "Red cells for the pt in bay 2 transfused to the pt in bay 5 in error. Both patients "
        "are O neg. Found when the tag was checked at the 1 hour obs."
    )
    assert never_event_codes(text)[0] is None


def test_both_units_of_one_group_do_not_make_the_transfusion_compatible() -> None:
    text = "Pt AB pos; 2 units FFP given pre op, both group O. Lab issued the wrong group in error."
    assert never_event_codes(text) == ("12", None)


# ------------------------------------------------------------------ 14: pulled back from the water


@pytest.mark.parametrize(
    "text",
    [
        "Resident stepping into the shower when the water ran scalding, carer pulled him back "
        "before the water reached him. Shower isolated.",
        "Bath on ward 9: pt being hoisted in, her toes touched the water and she cried out. "
        "Water 52C. Hoist raised straight away, skin checked, no marks.",
        "Pt put one foot into the shower tray and pulled it back straight away, shouting. "
        "Temp 58C at the outlet. Estates called.",
    ],
)
def test_person_pulled_back_from_hot_washing_water_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


def test_scald_with_burn_on_the_body_stays_never_event_14() -> None:
    text = (
        "Pt scalded in the shower, water ran hot and she could not step out quickly. "
        "Blistering to both feet, burns dressing applied."
    )
    assert never_event_codes(text) == ("14", None)


def test_pulled_out_of_a_hot_bath_with_burns_is_never_event_14() -> None:
    text = (
        "Pt lowered into the bath, screamed, lifted straight out. Bath water 60C. "
        "Redness and blistering to both legs, reviewed by burns unit."
    )
    assert never_event_codes(text) == ("14", None)


# ------------------------------------------------------------------ 6: insulin stopped by a checker


@pytest.mark.parametrize(
    "text",
    [
        "Novorapid prescribed as '6U' on the chart, 60 units drawn up. The checking nurse "
        "stopped it - she read the chart as 6 units. Correct dose then given.",
        "Levemir drawn up in a 1ml Luer syringe as no insulin syringes on the ward, co-signer "
        "refused, discarded.",
        "Student had drawn insulin out of the pt's pen cartridge with a syringe, mentor saw it on "
        "the tray and stopped her. Pen used instead.",
    ],
)
def test_insulin_error_stopped_before_giving_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


def test_insulin_abbreviation_overdose_given_is_never_event_6() -> None:
    text = (
        "Humalog written as '10U', read as 100 units and given. Pt hypoglycaemic, BM 1.8, "
        "treated with IV glucose."
    )
    assert never_event_codes(text) == ("6", None)


def test_insulin_u_read_correctly_by_everyone_is_not_an_event() -> None:
    text = "Insulin written as '4U' on the chart. Everyone read it as 4 units, correct dose given."
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Insulin 10 units drawn up in a 2ml syringe and given by RN; pt hypo 1.9 an hour later. "
        "Second RN queried the dose at handover.",
        "KCl 15% given instead of saline flush; second doctor stopped the infusion when pt "
        "developed arrhythmia.",
        "Novorapid 6 units drawn from the pen with a 1ml luer syringe and given. Second midwife "
        "challenged it afterwards. BM 2.1.",
        "Oramorph 5ml given via the cannula in error by the student; 2nd RN stopped the flush "
        "when she realised.",
    ],
)
def test_a_second_nurse_or_doctor_querying_after_the_dose_was_given_is_not_a_catch(
    text: str,
) -> None:
    # a second member of staff "queried" or "stopped" something is no catch by itself: here
    # the dose had been given first
    assert never_event_codes(text)[0] is not None
