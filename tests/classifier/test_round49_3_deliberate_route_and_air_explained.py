"""Round 49, helper 3: wrong-route and air-flowmeter reports answered by the facts.

An IV preparation named with its dose and given, the oral one told afterwards as the
prescription ("IV paracetamol 1g given - pt was written up for oral paracetamol"), is a drug
with both forms given by its own IV route: not never event 5. A complaint about a nebuliser
run on air, answered by staff explaining it was deliberate and prescribed, is air meant: not
never event 15. An oral product pushed into a line, or an oxygen patient found on air with the
error owned, stay never events.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

IV_FORM_GIVEN_ORAL_PRESCRIBED = [
    "IV ondansetron 4mg given at 09:00, pt was prescribed oral ondansetron, no harm",
    "intravenous paracetamol 1g administered - pt charted for oral paracetamol and was "
    "eating, EPMA error",
]

ORAL_PRODUCT_INTO_A_LINE = [
    "Oramorph 10mg given via IV cannula in error, pt was prescribed oral morphine",
    "crushed tablets given via the PICC line in error - prescribed for oral via NG",
]

AIR_EXPLAINED_AS_PRESCRIBED = [
    "Complaint: nebuliser on air flowmeter not oxygen. Ward manager confirmed this was "
    "deliberate - air driven nebs on chart for hypercapnia",
    "son complained mum's nebs were run off the air point not O2. staff nurse clarified "
    "that was intentional, resp team prescribe air for her due to CO2 retention",
]

OXYGEN_PATIENT_ON_AIR = [
    "pt on 2L O2 via nasal specs found connected to the air flowmeter, sats 84%. explained "
    "to family it was not deliberate, error by HCA",
    "Pt with COPD on 28% venturi oxygen found on air flowmeter instead of oxygen. sats 80. "
    "Dr confirmed it was deliberate that the nebuliser had been on air earlier but the "
    "venturi should have been on O2",
]


@pytest.mark.parametrize("text", IV_FORM_GIVEN_ORAL_PRESCRIBED)
def test_iv_form_given_where_oral_prescribed_is_not_wrong_route(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ORAL_PRODUCT_INTO_A_LINE)
def test_oral_product_into_a_line_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", AIR_EXPLAINED_AS_PRESCRIBED)
def test_air_explained_as_deliberate_and_prescribed_is_not_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OXYGEN_PATIENT_ON_AIR)
def test_oxygen_patient_found_on_air_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
