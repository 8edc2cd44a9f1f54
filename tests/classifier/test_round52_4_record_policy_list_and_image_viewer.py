"""Round 52 (helper 4): a record told with "no" before its subject, a policy's approved list,
the ambulance handover bay, and an image shown wrongly or filed under another patient by the
viewer or system."""

from __future__ import annotations

import pytest

from classifier.engine import classify_text

COMMS = "communication_documentation"
IT = "it_systems"


def _themes(text: str) -> set[str]:
    return {theme.id.value for theme in classify_text(text).themes}


# "no <record's subject> had ever been documented": a record never kept.
NO_RECORD_HAD_BEEN_KEPT = [
    "Urinary catheter on the ward, no insertion date had ever been recorded.",
    "Cannula left in for six days; no check of the site had been documented on any shift.",
    "Pt went to theatre and no allergy status had yet been recorded on the paperwork.",
]

# an item "not on the approved list" and the crew's "handover bay": no record or handover
# that failed.
NOT_COMMUNICATION = [
    "Heated gel pad used on a toddler's leg, blistered. These pads are not on the approved list.",
    "Foam dressing used that is not on the trust formulary list; skin broke down underneath.",
    "Crew queued outside ED for four hours as there was no handover bay free; pt got a sore "
    "on the sacrum.",
    "Long handover delays at the front door overnight; the man waited on the stretcher.",
    "Patient flipped over in bed and rolled off the trolley onto the floor.",
]

# an image the viewer showed wrongly or a system filed under another patient.
IMAGE_SHOWN_OR_FILED_WRONGLY = [
    "Wrist film appeared mirrored on the PACS viewer and the splint went on the wrong arm.",
    "The chest film was reversed in the viewer, so the drain went into the wrong side.",
    "Scan images of a different patient had been saved under her record, she was told of a mass.",
]

# the same words with no system at fault.
IMAGE_NOT_A_SYSTEM_FAULT = [
    "Images from the other patient were reviewed at the MDT, no error found.",
    "The report was flipped to the registrar by the consultant, who had read the image.",
]


@pytest.mark.parametrize("text", NO_RECORD_HAD_BEEN_KEPT)
def test_no_record_had_ever_been_kept_is_documentation(text: str) -> None:
    assert COMMS in _themes(text)


@pytest.mark.parametrize("text", NOT_COMMUNICATION)
def test_approved_list_and_handover_bay_are_not_communication(text: str) -> None:
    assert COMMS not in _themes(text)


@pytest.mark.parametrize("text", IMAGE_SHOWN_OR_FILED_WRONGLY)
def test_image_shown_or_filed_wrongly_is_it_systems(text: str) -> None:
    assert IT in _themes(text)


@pytest.mark.parametrize("text", IMAGE_NOT_A_SYSTEM_FAULT)
def test_image_words_without_a_system_fault_are_not_it_systems(text: str) -> None:
    assert IT not in _themes(text)
