"""Theme cues told as background, not as the event: a Saturday's date or time written "Sat"
(not a saturation), a nebuliser prescribed to be driven by air (not a medication error), bed
rails named only as the subject of a risk assessment not done (not a device problem) - each
with the look-alike that must still assign the theme."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "elective list Sat 21/09, pt consented for the wrong procedure, picked up at sign in",
        "dose given Fri 09:00 and again Sat 08:30 as the first one was not signed for",
        "first pt with diarrhoea Sat 03:00, moved to a side room Sunday",
    ],
)
def test_saturday_date_or_time_is_not_a_low_saturation(text: str) -> None:
    assert "monitoring_deterioration" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt drowsy on the ward, O2 sat 84% on air, outreach not called for 2 hrs",
        "post op sat 86 on 2L, HCA didnt tell the nurse",
        "found with sat 80 despite 15L via NRB, crash team called",
    ],
)
def test_sat_with_a_low_figure_and_a_unit_is_still_deterioration(text: str) -> None:
    assert "monitoring_deterioration" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "daughter worried that her mum's salbutamol neb was on air, explained it is "
        "prescribed air driven as she retains CO2",
        "ipratropium nebs run off the air outlet as prescribed for a hypercapnic pt, "
        "HCA queried it, no error",
        "hypercapnic COPD, nebs charted as air-driven, pt fine, reported for staff learning",
    ],
)
def test_nebuliser_prescribed_air_driven_is_not_a_medication_error(text: str) -> None:
    assert "medication" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "salbutamol neb prescribed air driven for a CO2 retainer but given 3 hours late "
        "as the nurse forgot",
        "nebs prescribed air-driven, the 10:00 dose was omitted as pt off the ward",
        "pt prescribed air driven nebs as a CO2 retainer was given a salbutamol neb "
        "driven by oxygen at 8L instead of air, became drowsy",
    ],
)
def test_air_driven_neb_given_late_omitted_or_on_oxygen_is_still_medication(text: str) -> None:
    assert "medication" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "rails up overnight for a confused gent, no bed rail risk assessment in the notes. no harm",
        "ward audit: 2 pts with bedrails in use without a bed rails assessment",
        "bed rails risk assessment not completed on admission though rails were up, "
        "found by the matron",
    ],
)
def test_bed_rails_without_risk_assessment_is_not_a_device_problem(text: str) -> None:
    themes = rule_theme_ids(text)
    assert "medical_device" not in themes
    assert "assessment_diagnosis" in themes


@pytest.mark.parametrize(
    "text",
    [
        "no bed rail risk assessment on file and the rails were up with no bumpers",
        "pt's arm trapped between the bed rail bars, bruised. no bed rails assessment done",
        "bed rail risk assessment not completed; the bed rail was broken and would not lock",
    ],
)
def test_bed_rails_missing_bumpers_trapped_or_broken_is_still_a_device_problem(
    text: str,
) -> None:
    assert "medical_device" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "MH ward, pt tied a ligature to the curtain rail which collapsed as designed, no injury",
        "pt attempted to hang from the shower rail, rail came down under her weight as it should",
    ],
)
def test_curtain_rail_collapsing_as_designed_is_not_a_device_problem(text: str) -> None:
    assert "medical_device" not in rule_theme_ids(text)
