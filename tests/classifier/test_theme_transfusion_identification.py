"""Transfusions (round 24): a unit given or nearly given to the patient of another bed, chair
or cot, an identity check made away from the patient, or units of two patients collected
together is an identification failure (communication_documentation) told by the rules; an ABO
error told only in blood groups and units (a lab selection error) gives the learned model no
evidence of one."""

from __future__ import annotations

import pytest

from classifier.engine import classify_text
from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "Night shift. Pt in bay 2 given a unit of red cells meant for bed 7, stopped after 30 ml.",
        "Dialysis unit: the red cell unit hung at chair 2 was for chair 5 pt, noticed at the scan.",
        "Group O man received A pos cells - the unit was for the pt in the next bay.",
        "Neonatal unit: paedipak intended for cot 4 was started on the baby in cot 6.",
        "Haemolytic reaction; the two nurses had checked the unit at the nurses station.",
        "HCA collected both units together from the fridge and the RN hung the wrong one.",
        "Unit collected for the baby was actually the mother's crossmatched unit, not given.",
        "BMS entered B pos instead of O pos on the request and group B cells were issued.",
    ],
)
def test_wrong_patient_unit_is_identification(text: str) -> None:
    assert "communication_documentation" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unit of red cells for bed 7 given as prescribed, obs stable throughout, no reaction.",
        "Checked the stock at the nurses station fridge log on the early shift, all in date.",
    ],
)
def test_the_look_alikes_are_left_alone(text: str) -> None:
    assert "communication_documentation" not in rule_theme_ids(text)


def _themes(text: str) -> set[str]:
    return {tag.id.value for tag in classify_text(text).themes}


def test_lab_selection_error_told_in_groups_gets_no_communication_theme() -> None:
    text = (
        "Pt grp AB pos on the liver unit prescribed 4 units FFP before the drain. Lab issued "
        "group A FFP as no AB was thawed, the BMS thought A was acceptable. All 4 units given. "
        "Found at the lab audit the next day, DAT weakly pos, no haemolysis."
    )
    themes = _themes(text)
    assert "blood_transfusion_tissues" in themes
    assert "communication_documentation" not in themes


def test_wrong_patient_unit_keeps_its_communication_theme() -> None:
    text = (
        "Group O pt given a unit of A pos red cells meant for the pt in the next bed; 80 ml in "
        "before rigors, no check against the wristband, both units on the same trolley."
    )
    assert {"blood_transfusion_tissues", "communication_documentation"} <= _themes(text)


def test_two_unidentified_patients_at_once_is_identification() -> None:
    text = "Resus: two unknown pts (Unknown Female 6 and 7), units for one hung on the other."
    assert "communication_documentation" in rule_theme_ids(text)


def test_one_unknown_patient_is_left_alone() -> None:
    text = "Unknown male brought in by ambulance, grouped O pos, 2 units given as prescribed."
    assert "communication_documentation" not in rule_theme_ids(text)
