"""Round 31 theme look-alikes: "the floor" as a storey or where a caught body's feet rest, a
value's "fall" told as a noun; a "U" read and given correctly; a controlled-drug register that
does not balance; infection screening; a pregnancy question left blank before imaging; the
nurse-call cord, a reported-broken window fitting, a meal tray and a missing footplate; an
arrest attended elsewhere. Each with the real theme it must still find."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

FALLS = "falls"
COMMS = "communication_documentation"
SCREENING = "radiotherapy_screening"
MATERNITY = "maternity_perinatal"
DEVICE = "medical_device"
MONITORING = "monitoring_deterioration"


@pytest.mark.parametrize(
    "text",
    [
        # the floor as a storey of the building
        "Shower ran scalding when the electricians working on the floor above cut the supply.",
        "TMV failed in bay 3 bathroom, pt scalded. All TMVs on the floor to be serviced.",
        # the feet or legs of a body caught by a ligature or a rail
        "Pt found hanging from the door with a belt round his neck, feet on the floor, cut down.",
        "Pt found with her chest trapped between the bed rail and the mattress, legs on the floor.",
        "Porter: pts foot dragged on the floor going into the lift, skin tear to the heel.",
        # a value's fall told as a noun, a fitting's falling-down complaints
        "Transfusion reaction: rigors, DAT positive, Hb fall of 20 overnight, haematology aware.",
        "After repeated 'falling down' complaints estates fixed the shower rail with a bracket.",
    ],
)
def test_floor_as_storey_or_position_and_a_values_fall_are_not_falls(text: str) -> None:
    assert FALLS not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt found on the floor beside her bed at 03:00, no injury, obs stable.",
        "Pt slipped in the shower and fell, hitting her head on the floor.",
        "Pt fell from his wheelchair on the ramp; graze to the knee.",
        "Pt on the floor above the ward fell in the corridor while walking to the lift.",
    ],
)
def test_patient_falls_are_still_falls(text: str) -> None:
    assert FALLS in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chart review: Levemir written as '14U' on the kardex. Doses given correctly (14 units).",
        "Lantus prescribed as '30U'. Administration record shows 30 units given correctly daily.",
        "Novomix prescribed as '16U nocte', read correctly by the night nurses; chart rewritten.",
        "Insulin prescribed as '8U'; nurses had given 8 units correctly at every dose.",
    ],
)
def test_u_read_and_given_correctly_is_not_communication(text: str) -> None:
    assert COMMS not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Insulin prescribed as '8U' was read as 80 units by the bank nurse and given. Hypo.",
        "Actrapid written as '4U' on the chart, misread as 40 units and given at lunch.",
    ],
)
def test_u_misread_is_still_communication(text: str) -> None:
    assert COMMS in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "CD check ward 5: morphine amps, register balance 12, actual 11. No record of the dose.",
        "Stock check: 4 ampoules of diamorphine 30mg found, not on the stock list. Removed.",
    ],
)
def test_controlled_drug_discrepancy_is_not_communication(text: str) -> None:
    assert COMMS not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gauze found in the wound at suture removal; no record of gauze used in the notes.",
        "The night nurse made no record of the ward round plan and the plan was lost.",
    ],
)
def test_missing_record_of_care_is_still_communication(text: str) -> None:
    assert COMMS in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "MRSA screening swabs not taken on admission; pt later MRSA positive in an open bay.",
        "CPE admission screen not done for a pt transferred from abroad, contacts screened.",
    ],
)
def test_infection_screening_is_not_a_screening_programme(text: str) -> None:
    assert SCREENING not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bowel screening kit result not sent to the GP; pt recalled 3 months late.",
        "Breast screening invitation not sent to the woman after a system change.",
    ],
)
def test_national_screening_failures_are_still_screening(text: str) -> None:
    assert SCREENING in rule_theme_ids(text)


def test_pregnancy_question_left_blank_before_imaging_is_not_maternity() -> None:
    text = "CT abdomen for a 24F: the pregnancy status section of the request was left blank."
    assert MATERNITY not in rule_theme_ids(text)


def test_pregnant_woman_is_still_maternity() -> None:
    text = "Woman 30 weeks pregnant attended with reduced movements and waited 3 hours for a CTG."
    assert MATERNITY in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt pulled the toilet cord but it made no sound at the station; cord alarm not working.",
        "Pt climbed out; the window restrictor had been reported broken to estates last week.",
        "Insulin given at 12:00 but the lunch tray was not delivered; pt hypo at 13:30.",
    ],
)
def test_building_systems_and_meal_trays_are_not_devices(text: str) -> None:
    assert DEVICE not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The wheelchair footplate was missing and the pt's foot caught under the chair.",
        "Infusion pump had been reported faulty and alarmed occlusion again overnight.",
        "Bed alarm not working, pt got up unaided.",
    ],
)
def test_device_faults_are_still_devices(text: str) -> None:
    assert DEVICE in rule_theme_ids(text)


def test_arrest_attended_elsewhere_is_not_deterioration() -> None:
    text = (
        "HCA alone on the ward for 30 min while the RN was at a cardiac arrest elsewhere; "
        "pt tied a ligature to the door handle, found and removed, pt conscious."
    )
    assert MONITORING not in rule_theme_ids(text)


def test_patients_own_arrest_is_still_deterioration() -> None:
    text = "Pt had a cardiac arrest on the ward after obs were not done for 8 hours."
    assert MONITORING in rule_theme_ids(text)
