"""Round 66, helper 4: a safety check's alarm that caught the error, and an aspiration
pneumonia treated now, after the event.

- A scanner or a pump's hard limit that alarmed at the very error it is there to catch
  ("the PDA flagged 'wrong patient'", "the hard limit stopped the pump starting") worked as
  designed: no medical_device. A pump or scanner told as failing in its own words (an
  occlusion alarm that stopped the infusion, a scanner that froze) still is a device problem.
- An aspiration pneumonia told as what the patient is treated for now, after a misplaced
  tube or a feed ("subsequently treated for aspiration pneumonia"), is the event's harm:
  infection, not the background of "being treated for" an infection the patient came in
  with. A patient on the ward being treated for it before a fall still is background.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

DEVICE = "medical_device"
INFECTION = "infection"

ALARM_CAUGHT_ERROR = [
    "went to give iv gentamicin, the handheld scanner flagged 'wrong patient' when i scanned "
    "the wristband, i had the neighbouring pts drug chart. not given.",
    "amiodarone rate typed in as 300 ml/hr rather than 30, the pump's hard limit stopped it "
    "starting. re-entered and checked with a second nurse, no harm.",
    "PDA beeped 'unit does not match patient' at the bedside check, unit was for bed 9. "
    "returned to the blood fridge, nothing spiked.",
]

DEVICE_FAILED = [
    "oxytocin infusion pump alarmed occlusion and stopped overnight, nobody noticed for 2 hrs, "
    "pump sent to EBME.",
    "handheld scanner froze and would not read any wristbands on the drug round, meds given "
    "late, scanner reported faulty.",
]

ASPIRATION_TREATED_NOW = [
    "fine bore NG passed on the ward and feed started without an x-ray. pt coughing and "
    "desaturating, CXR tip in L main bronchus, feed stopped. subsequently treated for "
    "aspiration pneumonia.",
    "MND pt choked on a sandwich as the SALT plan for a puree diet was not followed, sats "
    "dropped to 85%, now being treated for aspiration pneumonitis.",
]

ASPIRATION_AS_BACKGROUND = [
    "pt on ward 9 being treated for aspiration pneumonia with iv co-amox, found on the floor "
    "by the commode at 0400, obs stable, no injury.",
]


@pytest.mark.parametrize("text", ALARM_CAUGHT_ERROR)
def test_check_alarm_that_caught_the_error_is_no_device_fault(text: str) -> None:
    assert DEVICE not in theme_ids(text)


@pytest.mark.parametrize("text", DEVICE_FAILED)
def test_device_told_as_failing_is_still_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize("text", ASPIRATION_TREATED_NOW)
def test_aspiration_treated_now_is_infection(text: str) -> None:
    assert INFECTION in theme_ids(text)


@pytest.mark.parametrize("text", ASPIRATION_AS_BACKGROUND)
def test_aspiration_being_treated_before_a_fall_is_background(text: str) -> None:
    assert INFECTION not in theme_ids(text)
