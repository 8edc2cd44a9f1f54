"""A letter, report or result sent to one clinician in place of another ("CT report sent to Dr
J Harrison at Parkside Surgery instead of Dr J Harris", "sent to the wrong GP, Dr Khan rather
than Dr Kahn") names the paper's recipients, not a patient brought for a procedure in place of
another: no wrong-patient never event 1. A patient taken to theatre instead of another stays
never event 1."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PAPER_SENT = [
    "Discharge letter sent to Dr Patel at Hillside Surgery instead of Dr Patil, the pt's GP.",
    "clinic letter with the biopsy result was sent to the wrong GP, Dr A Khan instead of Dr A "
    "Kahn at Riverside Medical Centre",
    "MRI report addressed to Dr Brown rather than Dr Browne, missed for 2 months, surgery delayed",
    "Histology from the excision sent to Dr Lee at Bridge Street Surgery instead of Dr Leigh, "
    "found 6 wks later.",
]

WRONG_PATIENT_KEPT = [
    "Porter took Mr Jones to theatre instead of Mr Jones in bed 4, anaesthetic started before "
    "the mistake was noticed",
    "pt sent to theatre for surgery instead of Mrs Green, knife to skin before noticed",
    "Twin B was taken to theatre instead of twin A and the frenotomy was done",
]


@pytest.mark.parametrize("text", PAPER_SENT)
def test_paper_sent_to_another_clinician_is_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] != "1"


@pytest.mark.parametrize("text", WRONG_PATIENT_KEPT)
def test_patient_brought_instead_of_another_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
