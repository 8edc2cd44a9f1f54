"""Theme cues for two told-in-general patterns: a document of the previous (or another)
patient used for this one (patient identification, communication_documentation), and a
midwife with more than one woman in labour (one-to-one care is the standard, so staffing);
with look-alikes that must not fire them."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

COMMS = "communication_documentation"
STAFFING = "staffing_infrastructure_estates"


@pytest.mark.parametrize(
    "text",
    [
        "the lens power was read off the biometry printout of the previous pt on the list",
        "the injector worked from the treatment sheet for another patient in the clinic",
        "the consent form in the notes belonged to the previous patient",
        "sticker of a different patient was on the request so the wrong dose was planned",
    ],
)
def test_another_patients_document_used_is_communication(text: str) -> None:
    assert COMMS in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # the previous operation, visit or admission of the same patient: no identification
        "a retrieval bag from the previous operation was found at the re-look laparoscopy",
        "the theatre was cleaned after the previous patient left and the list ran to time",
        "the sheet from the previous clinic showed a stable pressure and no change was made",
        # a form checked for this patient, the previous patient named in the next clause
        "the consent form was checked for this pt, the previous patient had been sent home",
    ],
)
def test_previous_procedure_or_patient_named_in_passing_is_not_communication(text: str) -> None:
    assert COMMS not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the CTG was not reviewed for an hour - midwife looking after 2 women in labour",
        "delay in escalation, the co-ordinator was caring for three labouring women",
    ],
)
def test_midwife_with_more_than_one_woman_in_labour_is_staffing(text: str) -> None:
    assert STAFFING in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "midwife looking after the woman in labour noticed the trace change and escalated",
        "the ward cares for 2 women after caesarean section and their babies",
        "the team looking after both women in the antenatal clinic was informed of results",
    ],
)
def test_one_woman_in_labour_or_women_not_in_labour_is_not_staffing(text: str) -> None:
    assert STAFFING not in rule_theme_ids(text)
