"""A never event named only as the danger of what happened. The intrathecal route told as
what a vinca in a syringe "makes possible", "could be given intrathecally", "risks wrong route
intrathecal administration" or "is how the intrathecal never event happens" is the learning
from a wrong presentation, not a vinca taken to an intrathecal procedure: both null (a vinca
injected intrathecally stays never event 5). Air for a nebuliser confirmed, in answer to a
query, as "as prescribed" is air intended: no never event 15 (a patient on oxygen found on
air stays never event 15)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NAMED_AS_RISK = [
    "Vinblastine supplied in a syringe rather than a minibag, spotted at the ward check and "
    "returned. Learning: a vinca in a syringe is how the intrathecal never event happens.",
    "Vincristine arrived on the ward in a 20ml syringe, not a bag as policy, returned to "
    "pharmacy. A vinca alkaloid in a syringe could be given intrathecally in error.",
    "Vincristine arrived in a syringe not the minibag, returned unused. Reminder that syringes "
    "of vinca alkaloids risk wrong route intrathecal administration.",
    "Vinorelbine came up from aseptics in a syringe, refused by the nurse and remade. A syringe "
    "like this is what makes the intrathecal never event possible.",
]

GIVEN_INTRATHECALLY = [
    "Vincristine given intrathecally in error during the IT chemo list instead of methotrexate, "
    "pt transferred to neuro ICU.",
    "Vincristine administered via the lumbar puncture needle intrathecally, risk of death "
    "discussed with family.",
    "Vincristine injected intrathecally in error, this is how the wrong route deaths happen "
    "nationally.",
]

AIR_AS_PRESCRIBED = [
    "Nebs for pt in bay 2 (COPD) driven by the air flowmeter. Student asked if that was wrong, "
    "it was as prescribed - resp team want air for her nebs. Later neb omitted as no flowmeter.",
]

OXYGEN_PATIENT_ON_AIR = [
    "Pt on 2L O2 via nasal specs found connected to the air flowmeter instead of oxygen, sats "
    "84%. It was as prescribed that she has oxygen.",
    "Oxygen prescribed 28% venturi, tubing found on the air flowmeter at 10:00, sats 85%. This "
    "is as per ward routine for nebs but not for this pt.",
]


@pytest.mark.parametrize("text", NAMED_AS_RISK + AIR_AS_PRESCRIBED)
def test_never_event_named_as_risk_or_intended_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", GIVEN_INTRATHECALLY)
def test_vinca_given_intrathecally_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", OXYGEN_PATIENT_ON_AIR)
def test_oxygen_patient_on_air_is_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
