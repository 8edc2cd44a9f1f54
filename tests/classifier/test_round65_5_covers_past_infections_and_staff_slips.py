"""Round 65, helper 5: a cover missing from a thing, an infection the patient got over, and a
member of staff who slipped.

- A physical cover missing from a thing ("no cover on the air outlet", "no lid on the sharps
  bin", "no cover on it" of a hot water bottle) is a fitting or an object left bare, not a
  professional's absence left uncovered: no staffing_infrastructure_estates from it. A
  pharmacist's leave with "no cover for the ward" stays staffing, and a bare radiator stays
  estates by its own cue.
- An infection told as what a period of care or a change came after ("reablement after a
  chest infection", "diet changed after pneumonia") is the patient's history, not an
  infection incident. Sepsis that followed an untreated UTI stays infection.
- A community clinician who slipped or tripped on the way to a visit ("HV tripped on the
  kerb outside the house and landed on her knee") is a staff injury, not a patient fall, for
  the rules and the learned model. A patient who slipped stays a fall.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

ESTATES = "staffing_infrastructure_estates"
INFECTION = "infection"
FALLS = "falls"

COVER_ON_AN_OBJECT = [
    "wall outlets for oxygen and medical air are side by side in bay 2, no cover on the air "
    "outlet and both flowmeters look alike. pt on 1L via nasal specs, sats stable, checked ok.",
    "found the sharps bin in the treatment room overflowing with no lid on the bin, reported "
    "to the nurse in charge, no injury.",
]

COVER_STILL_STAFFING_OR_ESTATES = [
    "the ward pharmacist was on annual leave with no cover for the ward, the gentamicin level "
    "was not checked and the dose given late.",
    "resident sat by the hall radiator after lunch, radiator had no cover on it, 4cm burn to "
    "her calf, dressing applied, maintenance informed.",
]

INFECTION_IN_THE_HISTORY = [
    "mr b in his second week of reablement after a chest infection, carer found he had not "
    "been given his evening meal, daughter informed.",
    "resident's diet was changed to soft and bite sized following pneumonia, kitchen still "
    "sent a full roast dinner, she coughed and went dusky, sats 86% then recovered.",
]

INFECTION_STILL_THE_EVENT = [
    "gp did not treat the uti found on the dipstick, pt admitted 2 days later with urosepsis "
    "and needed iv antibiotics.",
]

STAFF_SLIPS = [
    "hv tripped on the broken kerb outside the family's house and landed on her knee, "
    "went to the minor injuries unit, visit rebooked for next week.",
    "community physio slipped on wet leaves on the drive on arrival and fell onto her hip, "
    "bruised, pt seen by another physio in the afternoon.",
]

PATIENT_SLIPS = [
    "pt slipped on the wet bathroom floor at home and fell onto her hip, found by the dn on "
    "the morning visit, 999 called.",
]


@pytest.mark.parametrize("text", COVER_ON_AN_OBJECT)
def test_cover_on_an_object_is_no_staffing(text: str) -> None:
    assert ESTATES not in theme_ids(text)


@pytest.mark.parametrize("text", COVER_STILL_STAFFING_OR_ESTATES)
def test_absence_without_cover_or_bare_radiator_still_read(text: str) -> None:
    assert ESTATES in theme_ids(text)


@pytest.mark.parametrize("text", INFECTION_IN_THE_HISTORY)
def test_infection_got_over_is_history(text: str) -> None:
    assert INFECTION not in theme_ids(text)


@pytest.mark.parametrize("text", INFECTION_STILL_THE_EVENT)
def test_infection_of_the_event_still_read(text: str) -> None:
    assert INFECTION in theme_ids(text)


@pytest.mark.parametrize("text", STAFF_SLIPS)
def test_staff_slip_is_no_patient_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_SLIPS)
def test_patient_slip_is_a_fall(text: str) -> None:
    assert FALLS in theme_ids(text)
