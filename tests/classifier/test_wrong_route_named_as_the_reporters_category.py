"""The wrong route named as the category the report was filed under ("reported as wrong route
never event", "Datixed as a wrong route NE") is the reporter's label, not the route the
medicine went by: a medicine with an IV form given IV instead of orally, its prescription then
changed to "IV/oral", is no never event 5. An oral liquid pushed into a line stays one however
the report was filed."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

IV_FORM_FILED_AS_WRONG_ROUTE = [
    "Metoclopramide 10mg charted PO, the bank nurse gave it IV as the pt had a cannula and was "
    "retching. No harm. FY1 changed the prescription to IV/oral. Reported as wrong route never "
    "event.",
    "Paracetamol 1g written oral, IV bag given instead as pt nil by mouth for theatre. Pt "
    "fine. Chart amended to IV/oral by the surgical reg. Datixed as a wrong route NE.",
]

ORAL_LIQUID_INTO_A_LINE = [
    "Oramorph 10mg drawn up in a luer syringe and pushed through the cannula by the FY1 "
    "instead of given orally. Pt drowsy, naloxone given. Reported as wrong route never event.",
    "Oral paracetamol suspension given via the PICC line in error. Pt had rigors. Reported as "
    "wrong route never event.",
]


@pytest.mark.parametrize("text", IV_FORM_FILED_AS_WRONG_ROUTE)
def test_iv_form_given_iv_filed_as_wrong_route_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ORAL_LIQUID_INTO_A_LINE)
def test_oral_liquid_into_a_line_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)
