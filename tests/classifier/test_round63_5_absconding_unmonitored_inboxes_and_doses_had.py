"""Round 63, helper 5: a patient who slipped away is no fall, an inbox no one monitors is no
missing monitor, and the dose a patient actually had is no diagnosis.

- "Slipped away", slipping past the staff or out of the ward is a patient who absconded (or,
  "slipped away peacefully", who died): no falls. A patient who slipped on a wet floor or out
  of bed still is a fall.
- "No one monitors" (an inbox, a list, a fax tray) is people not watching something, not a
  monitor that was missing: no medical_device. No monitors available on the ward still is one.
- The dose a patient "actually had" after a strength or volume slip ("actually had 40 mg") is
  the dose given, not a finding missed: no assessment_diagnosis. A patient who actually had a
  fracture or an MI that was missed still is one.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

FALLS = "falls"
DEVICE = "medical_device"
ASSESSMENT = "assessment_diagnosis"

ABSCONDED = [
    "section 2 patient on escorted ground leave slipped away from the nurse in the hospital "
    "car park, police notified, brought back to the unit by officers that evening",
    "informal patient slipped out through the fire exit of the ward during the medication "
    "round, found at home by the crisis team",
    "young man on 15 minute checks slipped past the reception staff when the airlock opened "
    "for a delivery, returned by his brother two hours later",
]

REAL_SLIPS = [
    "elderly lady slipped on urine on the bathroom floor of the bay, bruised hip, x-ray clear",
    "pt slipped out of bed overnight reaching for his urinal, found by the HCA, obs stable",
]

INBOX_UNWATCHED = [
    "urgent suspected cancer referral bounced back to a shared mailbox no one monitors, the "
    "woman was only booked when she phoned the hospital after 6 weeks",
]

MONITORS_MISSING = [
    "no monitors available on the respiratory ward so the patient on NIV had only manual obs "
    "overnight",
]

DOSE_ACTUALLY_HAD = [
    "oral morphine 10mg/5ml drawn up as 20ml instead of 2ml, the patient actually had 40 mg "
    "and needed naloxone, RR 7 and drowsy",
]

FINDING_ACTUALLY_HAD = [
    "sent home from ED with a sprained wrist, the follow-up review showed he actually had a "
    "scaphoid fracture missed on the first x-ray",
]


@pytest.mark.parametrize("text", ABSCONDED)
def test_patient_who_slipped_away_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", REAL_SLIPS)
def test_patient_who_slipped_on_the_floor_is_a_fall(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", INBOX_UNWATCHED)
def test_inbox_no_one_monitors_is_no_device(text: str) -> None:
    assert DEVICE not in theme_ids(text)


@pytest.mark.parametrize("text", MONITORS_MISSING)
def test_no_monitors_available_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize("text", DOSE_ACTUALLY_HAD)
def test_dose_actually_had_is_no_diagnosis(text: str) -> None:
    assert ASSESSMENT not in theme_ids(text)


@pytest.mark.parametrize("text", FINDING_ACTUALLY_HAD)
def test_finding_actually_had_is_a_diagnosis(text: str) -> None:
    assert ASSESSMENT in theme_ids(text)
