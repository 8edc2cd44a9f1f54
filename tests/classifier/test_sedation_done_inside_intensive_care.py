"""A sedated procedure done inside intensive care ("ICU bronchoscopy for BAL", "bedside
bronchoscopy on ITU") is in the area where high strength midazolam is risk-assessed: its own
stock ("taken from the ICU stock") is no ampoule brought from elsewhere, so an overdose there
is excluded from never event 8. High strength borrowed from ICU for an endoscopy list or a
bronchoscopy suite, or an ICU patient sedated in endoscopy, stays never event 8."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

ON_THE_UNIT = [
    "ICU bronchoscopy for BAL, midazolam 5mg/ml taken from the ICU stock, 5mg given instead of "
    "1mg as the nurse thought it was 1mg/ml, pt apnoeic, flumazenil.",
    "Bedside bronchoscopy on ITU in a self-ventilating pt, midazolam 5mg/ml given as 2ml "
    "thinking it was 1mg/ml, reversed with flumazenil.",
]

ELSEWHERE = [
    "Endoscopy list, midazolam 5mg/ml borrowed from ICU stock, pt given 5mg for OGD and "
    "oversedated, flumazenil needed.",
    "Bronchoscopy suite: midazolam taken from ICU, 5mg/ml, given for conscious sedation instead "
    "of 1mg/ml, flumazenil needed.",
    "Pt transferred from ICU to endoscopy for OGD, sedated with midazolam 5mg/ml in error "
    "instead of 1mg/ml, reversed.",
    "Colonoscopy: high strength midazolam 5mg/ml drawn up and given instead of 1mg/ml, sats "
    "dropped, pt later admitted to ICU.",
]


@pytest.mark.parametrize("text", ON_THE_UNIT)
def test_sedation_inside_intensive_care_is_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ELSEWHERE)
def test_high_strength_outside_intensive_care_is_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)
