"""Theme cues and their look-alikes: a disclosure is abuse when it names what someone did to
the patient, not when the patient discloses her own act or an old event elsewhere; the
medical gases committee or the legionella water safety group is who looked, not a failed gas
supply or an infection; an antibiotic started for an infection is the prescription's reason;
a kit check missed at the team brief is no diagnostic failure; a staff needlestick is no
procedure; the light over the bed is not the bed."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

ABUSE = "behaviour_abuse_safeguarding"
ESTATES = "staffing_infrastructure_estates"
INFECTION = "infection"
ASSESSMENT = "assessment_diagnosis"
PROCEDURE = "treatment_procedure"
DEVICE = "medical_device"


@pytest.mark.parametrize(
    "text",
    [
        "pt disclosed to the HCA that her husband had slapped her before she came in",
        "during the home visit she disclosed that her son takes her pension each week",
        "young person disclosed to the school nurse that a neighbour had touched her",
        "she disclosed domestic abuse at booking and no referral was made",
    ],
)
def test_a_disclosure_of_what_someone_did_is_abuse(text: str) -> None:
    assert ABUSE in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt disclosed to the night nurse that she had pushed a hair grip into an old wound",
        "in pre-op she disclosed that she had an awful experience at another trust in 2019",
        "he disclosed that he had not taken his tablets for a week",
    ],
)
def test_a_patients_own_act_or_old_event_disclosed_is_not_abuse(text: str) -> None:
    assert ABUSE not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "medical gas pipeline failure on ward 4, oxygen outlets lost pressure for 20 mins",
        "piped oxygen supply failed across theatres, cylinders used",
    ],
)
def test_a_failed_gas_supply_is_estates(text: str) -> None:
    assert ESTATES in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Medical gases walk-round: 5 air flowmeters left in wall outlets, none in use, removed",
        "Reported to the medical gases committee: air and oxygen flowmeters look alike",
    ],
)
def test_the_medical_gases_committee_or_audit_is_not_estates(text: str) -> None:
    assert ESTATES not in rule_theme_ids(text)


def test_legionella_found_in_outlets_is_infection() -> None:
    text = "legionella detected in 2 shower outlets on the renal ward, point of use filters fitted"
    assert INFECTION in rule_theme_ids(text)


def test_the_legionella_water_safety_group_is_not_infection() -> None:
    text = (
        "Legionella / water safety group: quarterly TMV checks found 2 valves failing on "
        "ward 9, showers taken out of use until replaced"
    )
    assert INFECTION not in rule_theme_ids(text)


def test_an_infection_caught_from_a_cannula_is_infection() -> None:
    text = "cannula left in for 7 days, site red hot and oozing pus, phlebitis, IV abx started"
    assert INFECTION in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt on weekly methotrexate, nitrofurantoin prescribed by the OOH GP for a UTI, no check",
        "warfarin pt, clarithromycin started by the out of hours doctor for a chest infection",
    ],
)
def test_an_antibiotic_started_for_an_infection_is_not_infection(text: str) -> None:
    assert INFECTION not in rule_theme_ids(text)


def test_a_result_nobody_checked_is_assessment() -> None:
    text = "CT report showing a lung mass was never reviewed, nobody actioned it for 3 months"
    assert ASSESSMENT in rule_theme_ids(text)


def test_a_kit_check_missed_at_the_team_brief_is_not_assessment() -> None:
    text = (
        "pt anaesthetised before we found the revision kit was not in theatre, nobody checked "
        "at the team brief. op cancelled"
    )
    assert ASSESSMENT not in rule_theme_ids(text)


def test_a_needle_left_in_the_patient_is_a_procedure() -> None:
    text = "needle missing at the count after the repair, x-ray showed it left in the wound"
    assert PROCEDURE in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Porter had a needlestick injury from a needle left on a trolley in the corridor. OH told",
        "sharps injury to the HCA from a used needle left in the bed linen, bloods taken",
    ],
)
def test_a_staff_needlestick_is_not_a_procedure(text: str) -> None:
    assert PROCEDURE not in rule_theme_ids(text)


def test_a_broken_bed_is_a_device() -> None:
    assert DEVICE in rule_theme_ids("the profiling bed was not working so she could not sit up")


def test_the_light_over_the_bed_is_not_a_device() -> None:
    text = "my dad's call bell went unanswered for an hour and the light above his bed was broken"
    assert DEVICE not in rule_theme_ids(text)


SELF_HARM = "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "pt jumped from the multistorey car park roof, suicide attempt",
        "found hanging from the bathroom door, ligature cut, CPR started",
        "she swallowed 30 paracetamol tablets intending to end her life",
    ],
)
def test_an_act_of_self_harm_is_self_harm(text: str) -> None:
    assert SELF_HARM in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "detained pt jumped from the first floor window in an attempt to abscond, # ankle",
        "the window opened fully, its restrictor cable was cut through and hanging",
        "resident with dementia swallowed a denture cleaning tablet, 111 advice followed",
        "pt with delirium swallowed two coins from the locker, x-ray in stomach",
    ],
)
def test_a_getaway_a_hanging_fitting_or_a_confused_swallow_is_not_self_harm(text: str) -> None:
    assert SELF_HARM not in rule_theme_ids(text)
