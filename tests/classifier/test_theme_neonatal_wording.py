"""Theme cues by concept (batch13): neonatal care told by its own vocabulary (age in days, weeks
/40, expressed milk, umbilical lines, numbered cots), an infant who is months old, a leak round
an airway tube, a deterioration sign looked for and not found; and their look-alikes."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "EBM feed given 1h late as the pump kept alarming",
        "expressed breast milk labelled for the twin given to the wrong baby",
        "colostrum syringe left on the warmer for 6 hours",
        "flush drawn up for cot 2 from the wrong ampoule",
        "oral sodium pushed into the UAC by an agency nurse",
        "umbilical venous catheter tip found in the liver on x-ray",
        "lumbar puncture attempted 3 times on a 5 day old",
        "gent given IM as the long line had tissued, baby 34/40",
        "tongue-tie division done on the wrong twin",
        "heel-prick sample sent unlabelled",
        "born preterm and the surfactant was delayed",
    ],
)
def test_neonatal_vocabulary_is_perinatal_care(text: str) -> None:
    assert "maternity_perinatal" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # an infant months old on the children's ward is past the perinatal period
        "Bronchiolitis infant on the ward, O2 requirement increasing overnight",
        "oral potassium dose 10x too high given to an infant with Bartter's",
        # a blood pressure written over 40, an old film days earlier, a cot side
        "BP 70/40 when finally checked, not escalated",
        "x-ray on PACS was the film from 2 days earlier (old tube position)",
        "umbilical hernia repair list overran",
        "pt had expressed suicidal thoughts to the liaison team",
    ],
)
def test_neonatal_look_alikes_are_not_perinatal_care(text: str) -> None:
    assert "maternity_perinatal" not in rule_theme_ids(text)


def test_leak_round_an_airway_tube_is_not_estates() -> None:
    text = "ventilated child, ETT leak increased and tidal volumes dropped"
    assert "staffing_infrastructure_estates" not in rule_theme_ids(text)


def test_leak_from_the_building_stays_estates() -> None:
    assert "staffing_infrastructure_estates" in rule_theme_ids("leak from the ceiling onto bed 4")


def test_deterioration_sign_looked_for_and_not_found_is_no_deterioration() -> None:
    text = "oramorph given via the cannula by mistake, no resp depression seen"
    assert "monitoring_deterioration" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "midazolam 5mg/ml given, resp depression, sats 82%, flumazenil",
        "no rash at first, then resp depression needing naloxone",
    ],
)
def test_deterioration_sign_found_stays_deterioration(text: str) -> None:
    assert "monitoring_deterioration" in rule_theme_ids(text)


def test_a_mask_left_hanging_over_the_rail_is_not_a_hanging() -> None:
    text = "switched the flowmeter on, her mask was still hanging over the rail not on her"
    assert "self_harm" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt found hanging from the curtain rail with a dressing gown cord",
        "found hanging in the bathroom, oxygen mask on the floor beside him",
        "took off his oxygen mask and was found hanging from the door",
        "mask was off and pt found hanging from the wardrobe",
    ],
)
def test_a_patient_found_hanging_stays_self_harm(text: str) -> None:
    assert "self_harm" in rule_theme_ids(text)
