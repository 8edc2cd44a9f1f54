"""A drug with both forms prescribed by mouth and given as its IV form, told with the drug named
between the verb and the dose ("gave paracetamol 1g IV via the cannula", "gave ondansetron 4mg
IV"), is the drug by its own IV route: null, not never event 5. An oral liquid named ("gave
Oramorph 5mg IV", "gave morphine solution 10mg IV") or an oral suspension pushed into the
cannula stays never event 5."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

IV_FORM_BY_ITS_ROUTE = [
    "Pt written up for oral ondansetron 4mg prn. Later the nurse gave ondansetron 4mg IV through "
    "the venflon as the old IV prescription was still on the chart. no harm",
    "Metoclopramide 10mg PO charted but bank nurse gave metoclopramide 10mg IV via cannula. "
    "reported as wrong route",
    "Paracetamol 1g oral qds prescribed from today. At 18:00 the student administered "
    "paracetamol 1g IV via the cannula, the old IV bag still on the trolley. no harm",
]

ORAL_PRODUCT_IN_A_LINE = [
    "Oramorph 5mg prescribed PO, nurse gave Oramorph 5mg IV via the cannula, pt drowsy, naloxone",
    "Oral morphine solution 10mg prescribed, nurse gave morphine solution 10mg IV via the cannula "
    "in error",
    "Pt with NGT. nurse drew up lansoprazole oral suspension and gave it IV via the cannula by "
    "mistake. pt had rigors",
]


@pytest.mark.parametrize("text", IV_FORM_BY_ITS_ROUTE)
def test_iv_form_given_iv_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ORAL_PRODUCT_IN_A_LINE)
def test_oral_product_into_a_line_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)
