"""Round 64, helper 4: call bells that have not worked, potholes, staff counted for a whole
area, fittings checked and found working, and the GP or dental surgery as a place.

- A call bell or buzzer told as not having worked for a time ("has not worked for three
  days", "stopped working on Sunday") is the ward's fitting failing:
  staffing_infrastructure_estates. A bell told as working is not.
- A pothole a person caught a foot in is a defect of the grounds:
  staffing_infrastructure_estates beside the fall. A fall on the ward with no defect is not.
- Staff counted as "of them" or "of us" for a whole area ("just three of us for the whole
  unit") are staff numbers linked to the event: staffing_infrastructure_estates. "Only one of
  them" of two ulcers is no staff count.
- Door locks or restrictors told as checked and found working after the event are the
  safeguard confirmed, not a building fault. A restrictor found snapped still is one.
- "The GP surgery" or "the dental surgery" is the practice, not an operation: a surgery that
  "has not received" a letter is no access failure. An operation not booked still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

ESTATES = "staffing_infrastructure_estates"
ACCESS = "access_transfer_discharge"

ESTATES_FOUND = [
    "my father's call bell has not worked for three days, staff were told, and last night he "
    "was left sitting on the commode for an hour.",
    "my husband caught his foot in a pothole on the path to the outpatient entrance and fell, "
    "fracturing his wrist.",
    "daughter says the carer told her there were just three of us for the whole unit on the "
    "night shift, so dad was left in a wet bed until morning.",
    "my mum's carer said there were only two of them for the whole home that evening, so mum "
    "missed her tea and evening tablets.",
]

ESTATES_NOT_FOUND = [
    "the call bell worked fine; she chose not to press it and got up alone, she fell and hit "
    "her knee.",
    "pt fell on the ward after getting up without his frame, skin tear to elbow.",
    "pt has two leg ulcers; only one of them was redressed at the visit, the other dressing "
    "was left from last week and the wound now smells.",
    "visitor handed tobacco to a patient through the open lounge door. item confiscated. door "
    "locks checked and working.",
]

ESTATES_KEPT = [
    "window restrictor in the lounge found snapped during the walk-round, no patient "
    "involved; the rest of the restrictors were checked.",
    "resident's buzzer in room 12 stopped working on Sunday, she shouted for help for 30 "
    "minutes before a carer heard her.",
]

SURGERY_AS_PLACE = [
    "The dental surgery has not received the hospital's letter about my antibiotics.",
]

OPERATION_NOT_BOOKED = [
    "his knee surgery was not booked after the clinic said it would be done within 6 weeks.",
]


@pytest.mark.parametrize("text", ESTATES_FOUND + ESTATES_KEPT)
def test_estates_or_staffing_read(text: str) -> None:
    assert ESTATES in theme_ids(text)


@pytest.mark.parametrize("text", ESTATES_NOT_FOUND)
def test_no_estates_or_staffing(text: str) -> None:
    assert ESTATES not in theme_ids(text)


@pytest.mark.parametrize("text", SURGERY_AS_PLACE)
def test_gp_or_dental_surgery_is_a_place(text: str) -> None:
    assert ACCESS not in theme_ids(text)


@pytest.mark.parametrize("text", OPERATION_NOT_BOOKED)
def test_operation_not_booked_is_access(text: str) -> None:
    assert ACCESS in theme_ids(text)
