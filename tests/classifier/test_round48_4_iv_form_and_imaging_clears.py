"""Round 48 (helper 4): a drug prescribed by mouth and given by its own IV form is no wrong
route; a queried retained item cleared by imaging told short ("no radio-opaque FB") is none."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DRUG_GIVEN_BY_ITS_IV_FORM = [
    "metoclopramide 10mg prescribed PO. Staff nurse administered it IV as pt vomiting. no harm.",
    "co-amoxiclav prescribed PO, nurse gave it IV as pt NBM. pharmacist informed, no harm.",
    "cyclizine 50mg charted oral, agency nurse gave it IV via the venflon as she was "
    "struggling to swallow tablets. medic aware.",
]

ORAL_PRODUCT_STILL_INTO_THE_LINE = [
    "Calpol 240mg prescribed PO, the nurse gave it IV through the cannula. child drowsy.",
    "Lactulose 10ml prescribed PO was drawn up in an IV syringe and the nurse gave it IV via "
    "cannula. pt unwell.",
    "oral suspension prescribed PO; nurse pushed it IV through the cannula by mistake, pt "
    "collapsed",
]

RETAINED_QUERY_CLEARED_BY_IMAGING = [
    "Day 2 post laparotomy, pyrexial, ?retained swab. CT abdo: no radiopaque foreign body, "
    "small haematoma only. conservative mx.",
    "?retained needle after episiotomy repair. xray - no radiopaque object. needle found on "
    "floor of room.",
]

RETAINED_ITEM_STILL_FOUND = [
    "CXR post CVC insertion: guidewire left in situ in the IVC, no other radio-opaque FB. "
    "removed by IR.",
    "swab left in abdomen after laparotomy found on AXR 3 days later. second film no "
    "radio-opaque FB after removal.",
    "?retained swab. CT: swab with radiopaque marker in RIF. back to theatre.",
]


@pytest.mark.parametrize("text", DRUG_GIVEN_BY_ITS_IV_FORM)
def test_drug_prescribed_oral_given_as_its_iv_form_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text)[0] != "5"


@pytest.mark.parametrize("text", ORAL_PRODUCT_STILL_INTO_THE_LINE)
def test_oral_product_given_into_the_line_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text)[0] == "5"


@pytest.mark.parametrize("text", RETAINED_QUERY_CLEARED_BY_IMAGING)
def test_retained_query_cleared_by_imaging_told_short_is_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] != "3"


@pytest.mark.parametrize("text", RETAINED_ITEM_STILL_FOUND)
def test_retained_item_found_beside_a_clear_film_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text)[0] == "3"
