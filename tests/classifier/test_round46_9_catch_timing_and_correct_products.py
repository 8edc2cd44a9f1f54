"""Round 46 (helper 9): when a medicine or bath error was caught, and what was the right product.

- a wrong product made up and infused, the infusion told in a sentence of its own before the
  error was found part-way through, reached the patient (never event 4); a vial "injected"
  while making up is no dose;
- the patient told "after the procedure" dates the disclosure, not the catch;
- high strength midazolam told as meant only for ICU or a hospice names where it belongs, not
  where it was used;
- the correct premixed potassium product told as selected is no concentrate put in its place;
- a clinician's graded scald on the body after bathing water is a burn, whatever "no
  blistering" says of its depth.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Flucloxacillin reconstituted with what was thought to be WFI from the trolley. It was "
        "actually a KCl 15% ampoule. The antibiotic was hung and infused via the cannula. Picked "
        "up about 20 mins in when the student spotted the ampoule in the tray, infusion stopped. "
        "K 6.0.",
        "staff nurse used strong potassium in error in place of water for injection for the "
        "co-amox. The drip was started at 14:00 and infused via the PICC. The mistake was found at "
        "14:25 when the empty amp was seen; the infusion was taken down.",
    ],
)
def test_potassium_infused_before_the_catch_is_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("4", None)


@pytest.mark.parametrize(
    "text",
    [
        "Meropenem to be made up. Took an amp from the WFI drawer where KCl concentrate amps sit "
        "side by side. Drew up 10ml, injected into the meropenem vial, then saw the amp said "
        "potassium chloride 15%. Vial binned, nothing given to the pt.",
        "KCl concentrate picked up instead of water for injection at the preparation stage. "
        "Nothing was given. The checker noticed the label and it was discarded.",
    ],
)
def test_potassium_caught_while_making_up_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize(
    "text",
    [
        "pt for bronchoscopy with conscious sedation, midazolam 5mg/ml drawn up in error instead "
        "of 1mg/ml. 2nd nurse saw the ampoule before it was given. pt was informed after the "
        "procedure and was happy.",
        "pt for OGD, conscious sedation. midazolam 10mg/2ml drawn up instead of 1mg/ml, caught "
        "before given. We explained after the procedure what happened.",
        "bronchoscopy under conscious sedation: nurse drew up midazolam 5mg/ml in error for "
        "1mg/ml, caught by 2nd check before given. high strength is meant to be stocked only in "
        "ICU.",
    ],
)
def test_midazolam_caught_told_after_or_kept_elsewhere_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize(
    "text",
    [
        "pt for OGD under conscious sedation, given midazolam 5mg/ml instead of 1mg/ml; error "
        "noticed after the procedure when the empty amp was checked. pt told.",
        "colonoscopy under conscious sedation, 5mg/ml midazolam drawn up instead of 1mg/ml, 2mg "
        "given. pt oversedated, flumazenil. the 5mg/ml is supposed to be kept in theatres only.",
    ],
)
def test_midazolam_found_after_it_was_given_is_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


@pytest.mark.parametrize(
    "text",
    [
        "asked if never event as strong potassium. no - the correct premixed bag was hung, pump "
        "rate wrong at 250ml/h.",
        "kcl premixed bag was correctly selected; potassium concentrate ampoules locked away. "
        "rate error only",
    ],
)
def test_correct_premixed_potassium_selected_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "bath run by hca, pt lowered in hoist, left foot went into water and he shouted, lifted "
        "out. thermometer 50c. gp assessed a superficial scald to the foot, no blisters.",
        "shower too hot, pt stepped in, F1 diagnosed a superficial partial-thickness scald to "
        "left foot",
    ],
)
def test_graded_scald_after_bath_water_is_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize(
    "text",
    [
        "pt spilt tea on lap, doctor assessed a superficial scald to thigh. later had a shower "
        "with help, no issues.",
        "hot water bottle in bed, nurse documented a minor burn on the calf. bed bath given next "
        "morning.",
        "bath water 50c at thermometer check, pt not in bath. doctor assessed skin - no "
        "superficial scald found.",
    ],
)
def test_graded_scald_from_other_heat_or_denied_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
