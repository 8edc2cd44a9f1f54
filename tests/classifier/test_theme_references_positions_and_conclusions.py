"""Theme cues by concept: what a report names as the reference of a check (the consent read
out against a wrong mark), where a body is (feet on the floor of someone found hanging), a
ligature with no anchor point, a pregnancy check
missed before imaging; and the plain words of breathing distress, a letter sent to an old
address and a weekly dose written without "weekly"."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

# --- the consent as the reference of a site check -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "time out: consent form said R knee arthroscopy but the arrow was drawn on the L knee. "
        "stopped, re-marked, no incision made",
        "at sign in the consent says left hernia repair, however the right groin had been "
        "prepped and draped. re-prepped before any incision",
        "WHO check - consent stated L wrist but pt was marked on the R. remarked by the reg",
    ],
)
def test_consent_read_against_a_wrong_mark_is_no_documentation_failure(text: str) -> None:
    assert "communication_documentation" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # two documents that disagree: the documentation itself is wrong
        "sign in: consent form said left but the theatre list said right, clarified with pt",
        # the consent read against a mark, and the consent itself left unsigned
        "consent said L but the arrow was on the R. consent form had not been signed by the "
        "surgeon either",
        # a documentation failure told apart from the consent
        "consent said R ankle but the list had L. handover of the side not documented",
    ],
)
def test_consent_disagreeing_with_other_documents_keeps_communication(text: str) -> None:
    assert "communication_documentation" in rule_theme_ids(text)


# --- where the body of someone found hanging is ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "MH ward: pt found in the en suite with a sheet tied to the shower rail, feet on the "
        "floor, conscious. rail did not release",
        "pt found standing with a cord ligature round her neck tied to the wardrobe door, her "
        "feet touching the ground",
        "pt found slumped with a dressing gown cord tied round her neck to the window handle, "
        "feet on the floor, staff cut it",
    ],
)
def test_feet_on_the_floor_of_a_hanging_is_no_fall(text: str) -> None:
    assert "falls" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt fell in the bathroom, found on the floor with his feet on the floor of the shower "
        "tray and a head lac",
        "pt slipped off the commode and fell onto the floor, hit her head. HCA heard the bang",
        "pt fell from the bed rail side, found lying with his feet on the floor and head on the "
        "mat",
        "pt had a fall in the corridor. legs gave way, lowered to the floor by HCA",
    ],
)
def test_falls_told_with_the_feet_on_the_floor_stay_falls(text: str) -> None:
    assert "falls" in rule_theme_ids(text)


# --- a ligature with no anchor point -------------------------------------------------------


def test_ligature_with_no_anchor_point_names_no_estates() -> None:
    themes = rule_theme_ids("pt tied a ligature round her neck in the bedroom, no anchor point")
    assert "staffing_infrastructure_estates" not in themes
    assert "self_harm" in themes


@pytest.mark.parametrize(
    "text",
    [
        "pt found with a ligature tied to the door hinge - an anchor point missed on the "
        "ligature audit",
        "ligature tied to the non-collapsible curtain rail in the bedroom",
        "pt tied a ligature to the wardrobe rail, a ligature point not on the environmental "
        "risk assessment",
    ],
)
def test_ligature_on_an_anchor_point_keeps_estates(text: str) -> None:
    assert "staffing_infrastructure_estates" in rule_theme_ids(text)


# --- a pregnancy check missed before imaging ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CT abdo/pelvis on a 31yo woman done without her pregnancy status being checked",
        "x-ray room 2: pregnancy status was not checked for a 22 yo before a pelvis film",
    ],
)
def test_pregnancy_check_missed_before_imaging_is_neither_maternity_nor_diagnosis(
    text: str,
) -> None:
    themes = rule_theme_ids(text)
    assert "maternity_perinatal" not in themes
    assert "assessment_diagnosis" not in themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # pregnancy care, not an exposure check
        (
            "woman 34/40 pregnant attended triage with reduced fetal movements, CTG not done",
            "maternity_perinatal",
        ),
        # a scan report that nobody read, beside a pregnancy check that was done
        (
            "CT head report not reviewed for 3 days, bleed missed. pregnancy status was checked",
            "assessment_diagnosis",
        ),
        ("CXR not reviewed by the team, pneumothorax missed for 24 hrs", "assessment_diagnosis"),
    ],
)
def test_pregnancy_care_and_unreviewed_scans_keep_their_themes(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


# --- breathing distress seen at the event -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "pt found with his chest wedged between the bed rail and mattress, breathing laboured",
        "found her neck trapped in the rail gap, she was making gurgling noises",
    ],
)
def test_breathing_distress_at_the_event_is_deterioration(text: str) -> None:
    assert "monitoring_deterioration" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt found with his arm trapped in the bed rail, breathing not laboured, no injury",
        "pt's leg caught in the rail gap, bruised shin, obs normal",
    ],
)
def test_no_breathing_distress_is_no_deterioration(text: str) -> None:
    assert "monitoring_deterioration" not in rule_theme_ids(text)


# --- a letter sent to an old address or number --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "bowel screening kit went to his previous address, he moved last year",
        "urgent referral was faxed to the old number and never arrived",
        "clinic letter sent to the pt's old address, appointment missed",
    ],
)
def test_letter_to_an_old_address_or_number_is_communication(text: str) -> None:
    assert "communication_documentation" in rule_theme_ids(text)


def test_a_move_to_a_new_address_alone_is_no_communication_failure() -> None:
    themes = rule_theme_ids("pt moved to her new address last week, visits arranged there")
    assert "communication_documentation" not in themes


# --- a weekly dose written without "weekly" -----------------------------------------------


def test_weekly_dose_copied_without_weekly_is_communication() -> None:
    text = (
        "methotrexate 10mg transcribed onto the drug chart without 'weekly', given 2 days running"
    )
    assert "communication_documentation" in rule_theme_ids(text)


def test_weekly_dose_written_as_weekly_is_no_communication_failure() -> None:
    text = "methotrexate 10mg once weekly on Mondays, given as prescribed. pt well"
    assert "communication_documentation" not in rule_theme_ids(text)
