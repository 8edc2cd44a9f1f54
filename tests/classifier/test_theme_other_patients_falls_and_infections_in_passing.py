"""Themes named in passing in a long report: another patient's fall that called staff away, an
instrument that slipped in surgery, an infection looked for and not found, the infection a drug
was given for or in the patient's history, and a risk assessment updated as an action after
the event; with the look-alikes that keep their theme."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

FALLS = "falls"
INFECTION = "infection"
ASSESSMENT = "assessment_diagnosis"


@pytest.mark.parametrize(
    "text",
    [
        "02:00 the HCA was attending a patient who had fallen in another bay and the "
        "hourly check on bed 6 was missed; the oxygen tubing had come off the flowmeter",
        "the nurse was then called to a patient who had fallen in the next bay and forgot to "
        "remove the mask, sats dropped to 84%",
        "obs not done at 04:00 (the HCA was dealing with a fallen patient); the pump alarm "
        "was not answered",
        "the surgeon's self-retaining retractor slipped during control of bleeding and was "
        "re-sited, the dural tear was repaired",
    ],
)
def test_another_patients_fall_or_a_slipped_instrument_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mrs B had fallen in the bathroom at 03:00 and was found on the floor by the HCA",
        "pt slipped in the shower and fell, sustaining a wrist fracture",
        "another patient in the bay pressed the call bell because Mr D had fallen out of bed",
    ],
)
def test_the_patients_own_fall_is_still_a_fall(text: str) -> None:
    assert FALLS in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the hip patients were recalled for radiographs and bloods for infection markers; "
        "the wrong liner size had been implanted",
        "the line was removed; there was no sign of phlebitis and the pump was sent to EBME",
        "pt admitted with a lower respiratory tract infection, the wrong dose of "
        "paracetamol was given by the bank nurse",
        "gentamicin 7mg/kg prescribed once daily on ward 5 for pyelonephritis and given "
        "for 4 days without a level",
        "Mrs O (COPD, pneumonia, on 3L O2 via nasal cannula) returned from x-ray on an empty "
        "cylinder",
        "Mr V (86, vascular dementia, recent UTI) was found with his leg through the bed rail",
    ],
)
def test_infection_looked_for_or_given_as_indication_is_background(text: str) -> None:
    assert INFECTION not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the wound was red and hot with signs of infection on day 3, swab grew MRSA",
        "pt developed a hospital acquired pneumonia after aspiration on the ward",
        "the tube was removed and the pt was treated for aspiration pneumonia with IV abx",
        "antibiotics for pyelonephritis were delayed 9 hours and he became septic",
    ],
)
def test_an_infection_the_event_caused_or_mismanaged_is_still_infection(text: str) -> None:
    assert INFECTION in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immediate action taken: leave suspended, RC review, risk assessment updated",
        "Ms C was found with a ligature round her neck in her room; nurse called for help. "
        "Her risk assessment and safety plan were updated by the duty doctor.",
        "Report: pt voiced wanting to die earlier that day; risk assessment had been updated "
        "and obs increased",
    ],
)
def test_risk_assessment_updated_after_the_event_is_no_assessment(text: str) -> None:
    # neither the rules nor the learned model read an action taken after the event
    assert ASSESSMENT not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the falls risk assessment was not updated after his first fall and he fell again",
        "no ligature risk assessment had been completed on admission to the ward",
        "his risk assessment had not been reviewed since admission and he absconded",
    ],
)
def test_risk_assessment_not_done_is_still_assessment(text: str) -> None:
    assert ASSESSMENT in theme_ids(text)
