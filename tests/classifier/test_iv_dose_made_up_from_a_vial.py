"""A dose prescribed by mouth made up for the vein from a vial, its IV route told before the
vial ("made up vancomycin 125mg IV from a 500mg vial", "drew up 125mg IV out of the 500mg
vial"), is the drug's injectable form given by its own route, not an oral product pushed into
a line: no never event 5 (null). An oral liquid drawn up and given IV is still never event 5."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

IV_FORM = [
    "Vancomycin 125mg prescribed PO for C diff. Nurse drew up 125mg IV out of the 500mg vial "
    "and gave it through the cannula. Pharmacist noticed. Switched back.",
    "Pt prescribed vancomycin 125mg orally qds. Agency nurse made up vancomycin 125mg IV from a "
    "500mg vial and gave it as an infusion via the cannula for 2 doses until pharmacy spotted it.",
]

ORAL_PRODUCT = [
    "Oramorph 5ml prescribed orally. Drawn up in a luer syringe and given IV via the cannula by "
    "mistake. Pt drowsy.",
]


@pytest.mark.parametrize("text", IV_FORM)
def test_iv_form_made_from_a_vial_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ORAL_PRODUCT)
def test_oral_liquid_given_iv_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)
