"""Round 67, helper 4: the maternity service type and a doctor told late.

- A narrative reported from the maternity service (service type "19") carries
  `maternity_perinatal` even when its own words name no pregnancy, birth or baby (a controlled
  drug count, a cannula site, a piece of kit on the unit): the labelling rule gives the theme
  "also when service type is maternity". The same text from an acute service does not.
- A doctor not told or called until later ("the doctor was not told until 04:30", "the registrar
  wasn't informed till the morning") is a delayed escalation (`monitoring_deterioration`), not
  information lost in a record or a handover: no `communication_documentation`. A family not
  told until later, or a doctor not told of a fact (an allergy, a plan), keeps it.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

MATERNITY = "maternity_perinatal"
COMMUNICATION = "communication_documentation"
MONITORING = "monitoring_deterioration"

NO_MATERNITY_WORDS = [
    "Controlled drug check at shift change: one oramorph 10mg/5ml bottle short against the "
    "register. searched, not found, pharmacy aware.",
    "bay 3 bed 2: cannula site red and swollen at 14:00, infusion of IV fluids stopped, limb "
    "elevated, plastics advice sought.",
    "hoist sling frayed at the seam found at the weekly check, taken out of use, replacement "
    "ordered.",
]

DOCTOR_TOLD_LATE = [
    "pt on surgical ward with HR 128 and BP 86/50 at 02:00, NEWS2 7. the doctor was not told "
    "until 04:30 when pt became confused. sepsis 6 started, to HDU.",
    "child on the ward with a GCS drop from 15 to 12 at 21:00. the registrar wasn't informed "
    "till the morning round, CT then showed a bleed.",
]

INFORMATION_NOT_PASSED = [
    # look-alike: the family told late
    "pt on surgical ward with HR 128 and BP 86/50 at 02:00, NEWS2 7. FY1 was called at 02:10 but "
    "the family were not told until the next afternoon that he had gone to HDU.",
    # look-alike: a doctor not told of a fact
    "reg not informed of the new allergy at handover, co-amoxiclav prescribed, rash.",
    # look-alike: the GP not told of a dose change
    "pt discharged home but the GP was not informed of the change to his warfarin dose, INR 6.2 "
    "a week later.",
]


@pytest.mark.parametrize("text", NO_MATERNITY_WORDS)
def test_maternity_service_type_carries_the_theme(text: str) -> None:
    assert MATERNITY in theme_ids(text, service_type="19")


@pytest.mark.parametrize("text", NO_MATERNITY_WORDS)
def test_same_text_from_an_acute_service_is_no_maternity(text: str) -> None:
    assert MATERNITY not in theme_ids(text, service_type="1")


@pytest.mark.parametrize("text", DOCTOR_TOLD_LATE)
def test_doctor_told_late_is_escalation_not_communication(text: str) -> None:
    themes = theme_ids(text)
    assert COMMUNICATION not in themes
    assert MONITORING in themes


@pytest.mark.parametrize("text", INFORMATION_NOT_PASSED)
def test_information_not_passed_keeps_communication(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)
