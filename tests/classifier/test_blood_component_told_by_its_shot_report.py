"""A "wrong component" told with its haemovigilance report (SHOT, SABRE, IBCT) is a blood
component, not an implant's. A wrong implant component beside a transfusion stays a wrong
implant."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SHOT = [
    "Pt received irradiated units not required, SABRE report made: wrong component.",
    "Unit given without the specific requirements (CMV neg) flagged on the LIMS. SHOT "
    "reportable, IBCT-SRNM. wrong component.",
    "Day case: unit for the pt in bay 2 given to the pt in bay 5, both group O pos, no "
    "reaction. Reported to SHOT (IBCT wrong component).",
]

IMPLANT = [
    "L THR: wrong acetabular liner implanted, 28mm liner with a 32mm head. Found on check "
    "x-ray. Pt transfused 1 unit post op.",
]


@pytest.mark.parametrize("text", SHOT)
def test_component_of_a_shot_report_is_no_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", IMPLANT)
def test_wrong_implant_component_stays_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
