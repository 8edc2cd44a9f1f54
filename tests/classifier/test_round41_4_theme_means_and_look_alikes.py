"""Themes read in context (round 41): the drug a wrong-site block injected or an air-driven
nebuliser carried is the never event's means, not a medicines error of its own (one told in a
sentence of its own still is); a device quarantined or an implant reported on a yellow card is
no medicine; an abbreviated falls risk assessment ("falls RA") not done is an assessment, not a
fall; another patient's fall that interrupted a nurse and a rail cover that slipped are no fall;
a tuberculosis sputum smear is no screening programme; the pandemic as the time of a backlog is
no infection; a bottle hanging from an outlet is no hanging."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "popliteal block with 20ml chirocaine sited on the R leg, pt was listed for a L "
            "bunion. noticed by the surgeon when prepping, block redone on the correct side",
            "1",
        ),
        (
            "steroid injection 40mg kenalog given into the L knee, referral letter and consent "
            "both say R knee. pt told, DoC",
            "1",
        ),
        (
            "ipratropium neb driven off the medical air outlet instead of oxygen for a hypoxic "
            "COPD pt, sats 85%",
            "15",
        ),
        (
            "lidocaine 1% injected into the wrong finger for a ring block, digit 4 instead of 5",
            "1",
        ),
    ],
)
def test_the_drug_a_never_event_is_told_through_is_no_medicines_error(text: str, code: str) -> None:
    assert never_event_codes(text)[0] == code
    assert "medication" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt on 2L O2 found connected to the air flowmeter, sats 86. Also his IV gentamicin "
        "dose was given 6 hours late.",
        "wrong site block done L instead of R. later on the ward the pt was given a double "
        "dose of oramorph as the chart had been transcribed wrong",
    ],
)
def test_a_medicines_error_told_on_its_own_beside_the_event_still_counts(text: str) -> None:
    assert "medication" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "ITU ventilator stopped mid shift with a fault code, pt hand bagged, ventilator "
        "quarantined by EBME, yellow card done",
        "hoist strap frayed during transfer, hoist withdrawn from use, yellow card submitted",
        "knee insert found worn through at revision, sent to the MHRA via yellow card",
    ],
)
def test_a_device_or_implant_on_a_yellow_card_is_no_medicine(text: str) -> None:
    assert "medication" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt given a 10x dose of morphine, resp depression, naloxone given, yellow card done",
        "anaphylaxis to IV co-amoxiclav, adrenaline given, yellow card completed",
    ],
)
def test_a_medicine_on_a_yellow_card_still_counts(text: str) -> None:
    assert "medication" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "falls RA not completed on admission to the ward, no fall",
        "bed rails RA not done for a confused pt, rails up overnight, no harm",
        "VTE RA not completed, no LMWH prescribed on admission",
    ],
)
def test_an_abbreviated_risk_assessment_not_done_is_an_assessment(text: str) -> None:
    themes = theme_ids(text)
    assert "assessment_diagnosis" in themes
    assert "falls" not in themes


@pytest.mark.parametrize(
    "text",
    [
        "oral syringe of lansoprazole left attached to the cannula bung, the nurse had been "
        "interrupted by a fall in the next bay. nothing given, syringe removed",
        "pt's arm found through the gap of the bed rail, skin tear to forearm, the rail "
        "covers were on but had slipped down",
    ],
)
def test_another_patients_fall_or_a_slipped_cover_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt slipped in the shower and fell, hit head. nurse had been interrupted by a buzzer",
        "nurse was distracted on the phone and the pt had a fall in the bay, no injury",
    ],
)
def test_the_patients_own_fall_still_counts(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "smear positive TB pt in the negative pressure room, door propped open, staff "
        "entered without FFP3",
        "sputum AFB smear positive next day, pt had been on an open bay for 3 days",
    ],
)
def test_a_tuberculosis_smear_is_no_screening(text: str) -> None:
    assert "radiotherapy_screening" not in theme_ids(text)


def test_a_cervical_smear_still_is_screening() -> None:
    text = "pt not recalled for her cervical smear, screening letter lost, seen 6 months late"
    assert "radiotherapy_screening" in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "infection"),
    [
        (
            "glaucoma follow up not booked, added to a backlog list during COVID recovery. "
            "seen 19 months later, field loss",
            False,
        ),
        ("COVID outbreak on ward 4, 6 pts positive, bay closed", True),
    ],
)
def test_the_pandemic_as_a_backlogs_time_is_no_infection(text: str, infection: bool) -> None:
    assert ("infection" in theme_ids(text)) is infection


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        (
            "O2 tubing found on the air flowmeter, the suction bottle hanging from the O2 "
            "outlet. swapped over, sats recovered",
            False,
        ),
        ("pt found hanging from the curtain rail in her bedroom, cut down, breathing", True),
    ],
)
def test_equipment_hanging_from_an_outlet_is_no_hanging(text: str, self_harm: bool) -> None:
    assert ("self_harm" in theme_ids(text)) is self_harm
