"""Round 48, helper 1: medicine errors made and caught before any dose reached the patient.

A subjectless or patient-subject "had not been given" tells the dose held back, but not
something else the patient lacked ("had not been given one at reception"); a bag "hung on"
a pump or stand is the set-up, not the infusion reaching the patient; a stock check that
found high-strength midazolam "nobody had drawn up" involved no patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOT_GIVEN_CATCH = [
    (
        "drew up what i took to be a water for injection amp for the abx, checking the empty "
        "amp afterwards it said potassium chloride 15%. had not been given, binned it and "
        "told the NIC",
        "4",
    ),
    (
        "RA pt on weekly mtx. ward doctor wrote methotrexate 15mg daily on the kardex. pt had "
        "not been given any yet, pharmacist altered it to weekly on fridays",
        "7",
    ),
]

NOT_GIVEN_OF_SOMETHING_ELSE = [
    "bilateral cataract list. wrong patient called in, the surgeon operated on his left eye. "
    "nobody checked the band as he had not been given one at reception",
    "wrong patient taken for the colonoscopy, the scope was done. she had not been given a "
    "wristband in the waiting area",
]

PATIENTS_OWN_HISTORY_NOT_GIVEN = [
    "kcl 15% amp drawn up in place of the sodium chloride flush and pushed via the venflon, "
    "pt had not been given any potassium before this, went into VF",
]

BAG_HUNG_ON_EQUIPMENT_CAUGHT = [
    "maternity theatre recovery - the epidural bag was hung on a spare infusion pump and "
    "primed, i went to attach it to the iv cannula but the midwife stopped me as it was "
    "the epidural. not connected to the woman",
    "the bupivacaine epidural infusion bag was hung on the drip stand next to the IV fluids. "
    "SN about to connect it to the cannula, noticed the yellow label. not connected",
]

BAG_HUNG_INTO_THE_VEIN = [
    "the epidural bag was hung and connected to the iv cannula in error instead of the "
    "epidural catheter, pt became drowsy with low bp",
]

STOCK_NOBODY_DREW_UP = [
    "pre-list check in bronchoscopy - 3 x midazolam 10mg/2ml ampoules were in the sedation "
    "tray with the 1mg/ml ones. taken out before the first pt, nobody had drawn any up.",
    "stock check on the endoscopy trolley - midazolam 5mg/ml amps mixed in with the "
    "1mg/ml. removed, nobody had used them, pharmacy informed.",
]


@pytest.mark.parametrize(("text", "code"), NOT_GIVEN_CATCH)
def test_dose_told_as_not_given_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize("text", NOT_GIVEN_OF_SOMETHING_ELSE)
def test_something_else_not_given_is_no_catch(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", PATIENTS_OWN_HISTORY_NOT_GIVEN)
def test_what_the_patient_never_had_before_is_no_catch(text: str) -> None:
    assert never_event_codes(text) == ("4", None)


@pytest.mark.parametrize("text", BAG_HUNG_ON_EQUIPMENT_CAUGHT)
def test_bag_hung_on_a_pump_then_caught_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize("text", BAG_HUNG_INTO_THE_VEIN)
def test_bag_hung_and_connected_reached_the_patient(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", STOCK_NOBODY_DREW_UP)
def test_stock_nobody_drew_up_is_no_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)
