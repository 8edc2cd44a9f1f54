"""Round 35: an infection told only as the indication of a named antibiotic ("IV
co-amoxiclav for cellulitis") or as being treated ("UTI on IV co-amox") is background, not
the infection theme; a blood count that fell ("neuts fell to 1.1") is not a fall. The
look-alikes keep their themes: an infection the event caused, a patient who fell."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

INFECTION = "infection"
FALLS = "falls"


@pytest.mark.parametrize(
    "text",
    [
        "pt on IV flucloxacillin for cellulitis was given 10 times the dose of enoxaparin",
        "ceftriaxone 2g IV for pneumonia was prescribed but the insulin was omitted overnight",
        "Bed 2 Mrs B, UTI on oral trimethoprim, found with the wrong wristband at the drug round",
    ],
)
def test_infection_named_as_antibiotic_indication_is_background(text: str) -> None:
    assert INFECTION not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "cannula left in for 6 days without review, the site became red and hot and "
        "the pt developed cellulitis needing IV flucloxacillin",
        "hospital-acquired pneumonia after a week on the ward, blood cultures positive",
        "staff did not wear gloves or aprons in the side room of a pt with C diff",
    ],
)
def test_infection_the_event_is_about_keeps_its_theme(text: str) -> None:
    assert INFECTION in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "methotrexate given daily instead of weekly, neuts fell to 0.9 and folinic acid started",
        "clozapine bloods not checked for 6 weeks, WCC fell and the pharmacist stopped the drug",
    ],
)
def test_blood_count_that_fell_is_not_a_fall(text: str) -> None:
    assert FALLS not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt with low neuts fell in the bay on the way to the toilet, head injury, CT done",
        "pt fell out of bed at 03:00, found on the floor by the HCA",
    ],
)
def test_patient_who_fell_is_still_a_fall(text: str) -> None:
    assert FALLS in rule_theme_ids(text)


TREATMENT = "treatment_procedure"
MONITORING = "monitoring_deterioration"


@pytest.mark.parametrize(
    "text",
    [
        "main lift in the tower block broken all day, porters carried supplies up the stairs",
        "heating failed in the outpatient block, clinics moved to the main block for the day",
    ],
)
def test_building_named_as_a_block_is_not_a_nerve_block(text: str) -> None:
    assert TREATMENT not in rule_theme_ids(text)


def test_nerve_block_that_went_wrong_is_still_a_procedure() -> None:
    text = "femoral nerve block given on the wrong leg, stop before you block not done"
    assert TREATMENT in rule_theme_ids(text)


def test_stock_borrowed_from_outreach_is_not_escalation() -> None:
    text = "no insulin syringes on the ward so two were borrowed from outreach for the dose"
    assert MONITORING not in rule_theme_ids(text)


def test_outreach_called_to_a_deteriorating_patient_is_still_monitoring() -> None:
    text = "NEWS2 of 8 not escalated for 3 hours, outreach called when the pt became hypotensive"
    assert MONITORING in rule_theme_ids(text)


MEDICATION = "medication"


def test_overdose_the_patient_was_admitted_after_is_not_a_medication_error() -> None:
    text = (
        "pt admitted after a sertraline overdose, awaiting liaison psychiatry, "
        "found with a ligature tied to the shower rail in the ward bathroom"
    )
    assert MEDICATION not in rule_theme_ids(text)


def test_overdose_given_by_staff_is_still_a_medication_error() -> None:
    text = "nurse gave an overdose of morphine, 10mg instead of 1mg, pt needed naloxone"
    assert MEDICATION in rule_theme_ids(text)


STAFFING = "staffing_infrastructure_estates"


@pytest.mark.parametrize(
    "text",
    [
        "enteral feed found running at 150 ml/h instead of 50 - keypad error when the pump was set",
        "Mg 0.4 on the morning bloods, no replacement prescribed until the evening review",
    ],
)
def test_pump_keypad_and_electrolyte_replacement_are_not_estates_or_staffing(text: str) -> None:
    assert STAFFING not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the ward door keypad was broken and the door left unlocked, detained pt absconded",
        "night RN went off sick at 01:00 and no replacement was found, 1 RN for 24 pts",
    ],
)
def test_door_keypad_and_a_shift_without_replacement_stay_staffing(text: str) -> None:
    assert STAFFING in rule_theme_ids(text)
