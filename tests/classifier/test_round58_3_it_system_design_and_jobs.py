"""Round 58, helper 3: IT systems told through what the system did or was built to do.

- A form or template that copies forward what the last patient or entry held, or a box ticked
  before anyone checked it ("pre-ticked"), on a named system (EPR, e-obs, BadgerNet, an
  e-record) is the system's design: it_systems. Copied forward with no system named (a nurse
  rewriting a paper chart) stays without it.
- A job or order the system closed or cancelled by itself ("auto-cancelled", "auto-closed") is
  the system's doing: it_systems. A clinic cancelled by a person is not.
- A phishing email is a cyber incident: it_systems.
- A fault logged with IT ("IT ticket raised") is an IT fault: it_systems.
- A system that "hadnt synced", and the EPR that "wouldnt load" (the negation spelt without
  the apostrophe), fail as a system: it_systems. A hoist that "wouldnt work" is no system, and a
  photograph a person had not uploaded stays a person's omission.
- An alert the system was never set up to give ("renal alerting never configured") is a design
  gap: it_systems. A bed alarm not switched on is no IT system.
- A computer system (a rostering system, EPMA) that did not block what it should have is its
  design: it_systems. A "system" of checks that did not prevent an error is a process.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

IT = "it_systems"

COPIED_FORWARD_ON_A_SYSTEM = [
    "the falls assessment on the EPR copies forward the answers from the last admission, so "
    "it still said low risk after he fell at home last week",
    "e-obs kept the oxygen target from the bed's last pt and it rolled over to the new "
    "patient, her sats of 89% scored nothing",
    "pre-op checklist on the EPR had 'fasted from midnight' pre-ticked, pt had eaten toast at 8",
    "anaesthetic e-record template copied over from the previous case, listed the wrong allergy",
]

COPIED_FORWARD_BY_HAND = [
    "new paper drug chart written and the regular doses copied over from the old chart, "
    "checked by a second nurse",
]

JOB_CLOSED_BY_THE_SYSTEM = [
    "the repair request for the broken shower was auto-closed after 30 days without a visit, "
    "pt slipped on the flooded floor",
    "CT request auto-cancelled by order comms when the pt moved wards, scan delayed by 2 days",
]

CLINIC_CANCELLED_BY_A_PERSON = [
    "clinic cancelled by the consultant for sickness, pt rebooked for next month",
]

PHISHING = [
    "a phishing email was opened by a member of staff on the ward, the outpatient clinics were "
    "cancelled for the morning",
]

IT_TICKET = [
    "the discharge summary page on the EPR kept freezing, IT ticket logged, TTOs written by hand",
]

NOT_SYNCED_OR_LOADED = [
    "the district nurse tablets hadnt synced overnight so the morning visits list was missing "
    "two insulin pts",
    "the drug chart on the EPR wouldnt load on the ward laptop, morning meds given late",
]

NO_SYSTEM_WOULDNT_WORK = [
    "the ceiling hoist wouldnt work in bay 3, pt moved with the mobile hoist instead",
    "the lesion photograph had not been uploaded to the record by the referring clinic",
]

ALERT_NEVER_CONFIGURED = [
    "pt on methotrexate daily for 5 days - the EPMA weekly dosing warning was never set up for "
    "the oral tablets",
]

ALARM_NOT_SWITCHED_ON = [
    "bed sensor alarm not switched on overnight, pt found on the floor at 0400",
]

COMPUTER_SYSTEM_DID_NOT_BLOCK = [
    "EPMA didnt block a second dose of paracetamol on the PRN chart, pt had 6g in 24 hours",
]

PROCESS_SYSTEM_DID_NOT_PREVENT = [
    "our double checking system didnt prevent the wrong dose of gentamicin, pt had 2 doses",
]


@pytest.mark.parametrize("text", COPIED_FORWARD_ON_A_SYSTEM)
def test_copied_forward_or_pre_ticked_on_a_system_is_it(text: str) -> None:
    assert IT in rule_theme_ids(text)


@pytest.mark.parametrize("text", COPIED_FORWARD_BY_HAND)
def test_copied_forward_by_hand_is_not_it(text: str) -> None:
    assert IT not in rule_theme_ids(text)


@pytest.mark.parametrize("text", JOB_CLOSED_BY_THE_SYSTEM)
def test_job_closed_by_the_system_is_it(text: str) -> None:
    assert IT in rule_theme_ids(text)


@pytest.mark.parametrize("text", CLINIC_CANCELLED_BY_A_PERSON)
def test_clinic_cancelled_by_a_person_is_not_it(text: str) -> None:
    assert IT not in rule_theme_ids(text)


@pytest.mark.parametrize("text", PHISHING + IT_TICKET)
def test_phishing_and_it_ticket_are_it(text: str) -> None:
    assert IT in rule_theme_ids(text)


@pytest.mark.parametrize("text", NOT_SYNCED_OR_LOADED)
def test_system_not_synced_or_loaded_is_it(text: str) -> None:
    assert IT in rule_theme_ids(text)


@pytest.mark.parametrize("text", NO_SYSTEM_WOULDNT_WORK)
def test_equipment_or_person_not_it(text: str) -> None:
    assert IT not in rule_theme_ids(text)


@pytest.mark.parametrize("text", ALERT_NEVER_CONFIGURED)
def test_alert_never_configured_is_it(text: str) -> None:
    assert IT in rule_theme_ids(text)


@pytest.mark.parametrize("text", ALARM_NOT_SWITCHED_ON)
def test_alarm_not_switched_on_is_not_it(text: str) -> None:
    assert IT not in rule_theme_ids(text)


@pytest.mark.parametrize("text", COMPUTER_SYSTEM_DID_NOT_BLOCK)
def test_computer_system_did_not_block_is_it(text: str) -> None:
    assert IT in rule_theme_ids(text)


@pytest.mark.parametrize("text", PROCESS_SYSTEM_DID_NOT_PREVENT)
def test_process_system_did_not_prevent_is_not_it(text: str) -> None:
    assert IT not in rule_theme_ids(text)
