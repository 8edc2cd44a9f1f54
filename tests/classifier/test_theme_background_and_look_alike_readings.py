"""Round 25 theme cues: words that name the theme only in another sense or as the background
of a long report: a blood component beside an implant's component, a habit done "by
default" beside a system's default, a scan not displayed in theatre beside one not displayed
on PACS, a radiotherapy portal image, the reason for the admission beside an infection of the
event, the diastolic of a normal BP, haemolysis looked for, a radiology hanging protocol."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

DEVICE = "medical_device"
IT = "it_systems"
INFECTION = "infection"
MONITORING = "monitoring_deterioration"
SELF_HARM = "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "the wrong tibial component was opened and cemented in, size 4 instead of size 3",
        "theatre used an incorrect component for the revision, found on the post op film",
    ],
)
def test_wrong_implant_component_is_a_device(text: str) -> None:
    assert DEVICE in rule_theme_ids(text)


def test_incorrect_blood_component_is_not_a_device() -> None:
    text = (
        "pt in side room 3 given the unit meant for the pt in bay 2, reported to SHOT as an "
        "incorrect blood component transfused, ABO compatible by chance, no reaction"
    )
    assert DEVICE not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "alendronic acid prescribed daily - the EPMA default frequency was daily, not weekly",
        "gentamicin dose came up at the system default of 7mg/kg and was given to a pt with AKI",
        "PACS opened last month's film by default so the reg reviewed the wrong image",
    ],
)
def test_a_systems_default_is_it(text: str) -> None:
    assert IT in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "cot sides were raised by default at night as he is confused, no assessment on file",
        "the team always use the small sizer by default for this operation",
    ],
)
def test_a_habit_by_default_is_not_it(text: str) -> None:
    assert IT not in rule_theme_ids(text)


def test_a_scan_not_displayed_on_the_screen_is_it() -> None:
    text = "the MRI was not displayed on the PACS screen in theatre as the viewer kept crashing"
    assert IT in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "operated at the wrong level. contributory: the CT was not displayed in theatre",
        "portal images were not reviewed before the second fraction was delivered",
    ],
)
def test_a_scan_not_put_up_or_a_portal_image_is_not_it(text: str) -> None:
    assert IT not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "84F with dementia, admitted with a UTI, found on the floor by the bed at 05:00",
        "a 4-year-old with tonsillitis given the wrong dose of paracetamol suspension",
        "pt on 2L for pneumonia, tubing disconnected when the bed was moved, sats 86%",
    ],
)
def test_the_infection_the_patient_came_in_with_is_background(text: str) -> None:
    assert INFECTION not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "hospital acquired pneumonia after the NG tube feed went into the lung",
        "pt developed aspiration pneumonia after the feed was given via the misplaced tube",
        "wound infection day 5, pus from the incision, started on flucloxacillin",
    ],
)
def test_an_infection_the_event_caused_is_infection(text: str) -> None:
    assert INFECTION in rule_theme_ids(text)


def test_aspiration_pneumonia_ruled_out_is_not_infection() -> None:
    text = "tube re-sited the same day, chest clear, no evidence of aspiration pneumonia on CXR"
    assert INFECTION not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pyrexial 38.4 during the second unit with rigors, BP 132/78 stable, unit stopped",
        "wrong unit hung and stopped after 50ml, obs stable, haemolysis screen sent to lab",
        "given group O cells and monitored overnight with no further haemolysis",
    ],
)
def test_a_normal_bp_or_haemolysis_looked_for_is_not_deterioration(text: str) -> None:
    assert MONITORING not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "after the wrong dose pt became drowsy, BP 78/40, fluid bolus given",
        "BP dropped to 82/50 after the bolus of the wrong drug, medical team called",
    ],
)
def test_a_low_systolic_is_deterioration(text: str) -> None:
    assert MONITORING in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the mammograms were on the standard hanging protocol and the wrong side was biopsied",
        "her head was hanging into the gap between the mattress and the rail, pulled back up",
    ],
)
def test_a_hanging_protocol_or_a_head_in_a_gap_is_not_self_harm(text: str) -> None:
    assert SELF_HARM not in rule_theme_ids(text)


def test_a_hanging_attempt_is_self_harm() -> None:
    text = "pt found hanging from the door with a ligature, cut down, staff commenced CPR"
    assert SELF_HARM in rule_theme_ids(text)


COMMS = "communication_documentation"


def test_family_informed_after_the_event_is_not_communication() -> None:
    text = (
        "wrong dose of gentamicin given at 18:00, levels sent, plan documented by the reg, "
        "pt and daughter informed"
    )
    assert COMMS not in rule_theme_ids(text)


def test_family_not_informed_is_communication() -> None:
    text = "pt moved to the hospice and the family were not informed until the next day"
    assert COMMS in rule_theme_ids(text)


def test_a_bed_number_is_not_a_device() -> None:
    text = "the unit for bed 2 was hung on bed 5 through the cannula in her left arm"
    assert DEVICE not in rule_theme_ids(text)
