"""Round 56, helper 5: questions answered no, roles, services and e-prescriptions.

- A question the reporter asks of the event and answers "no" at once ("given to the wrong
  patient? nope, right patient", "booked for lithium monitoring? no - thyroid bloods"): what
  the question ends with is denied, so its cue is no evidence (no communication_documentation,
  no medication). A question answered "yes", or "no one checked" after it, still tells it.
- A person who leads a service or team ("the clinical lead confirmed the molar was removed
  instead of ..."): a role, no pacing lead, so no medical_device. A pacing lead placed instead
  of the planned one is still a device.
- A falls clinic, team or service named ("referral to the community falls team lost"): a
  service, no fall. A fall told beside it ("fell at home, referred to the falls team") still is.
- Electronic prescriptions not coming through or not downloading, or a spine fault named:
  it_systems. A stock problem with EPS told as working, or a paper script, is not.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_theme_ids

WRONG_PATIENT_ASKED_AND_DENIED = [
    "Warfarin given to wrong patient? nope, right patient, the evening dose was signed twice "
    "and given twice.",
    "Metformin dispensed for the wrong patient? no - right patient, the pharmacy had put 1g "
    "tablets in the box instead of 500mg.",
    "Blister pack made up for the wrong pt? no, right pt, but the pharmacy had put 1g "
    "metformin tablets in instead of 500mg.",
]

WRONG_PATIENT_TOLD = [
    "Night dose of insulin given to the wrong resident? yes - the carer used the MAR sheet for "
    "room 6.",
    "Given to the wrong pt? no one checked the wristband before giving the 22:00 antibiotics.",
]

DRUG_MONITORING_ASKED_AND_DENIED = [
    "Had she been booked for lithium monitoring? no - she was on the list for her thyroid "
    "bloods only. Missed clinic letter went to an old address.",
]

LEAD_AS_ROLE = [
    "The clinical lead confirmed the lower left molar was removed instead of the lower right, "
    "the dentist had read the chart upside down.",
    "Team lead reviewed: the upper right premolar was taken out instead of the one on the plan.",
]

PACING_LEAD_INSTEAD = [
    "RV lead positioned in the atrium instead of the planned ventricular site, re-sited next day.",
]

FALLS_SERVICE_NAMED = [
    "Urgent referral to the falls clinic was never received, pt waited 3 months for an "
    "appointment.",
    "GP referral to the community falls team lost when the service moved to a new inbox, pt "
    "chased it after 6 weeks.",
]

FALL_BESIDE_FALLS_SERVICE = [
    "Pt fell at home in the night, crew attended, referred to the falls team.",
]

EPS_NOT_COMING_THROUGH = [
    "EPS scripts not coming through from the surgery since 2pm, pt went without her "
    "levetiracetam overnight.",
    "Community pharmacy could not download any EPS prescriptions all afternoon (spine issue), "
    "3 pts missed doses of their inhalers.",
]

NO_EPS_FAULT = [
    "Pharmacy had no stock of the pt's inhaler, EPS working normally, pt missed 2 days of doses.",
    "Paper prescription for the pt's inhaler not coming through from the surgery, pt missed 2 "
    "days of doses.",
]


@pytest.mark.parametrize("text", WRONG_PATIENT_ASKED_AND_DENIED)
def test_wrong_patient_asked_and_answered_no_is_not_identification(text: str) -> None:
    themes = rule_theme_ids(text)
    assert "communication_documentation" not in themes
    assert "medication" in themes


@pytest.mark.parametrize("text", WRONG_PATIENT_TOLD)
def test_wrong_patient_answered_yes_or_no_one_checked_is_identification(text: str) -> None:
    assert "communication_documentation" in rule_theme_ids(text)


@pytest.mark.parametrize("text", DRUG_MONITORING_ASKED_AND_DENIED)
def test_drug_monitoring_asked_and_answered_no_is_not_medication(text: str) -> None:
    assert "medication" not in rule_theme_ids(text)


@pytest.mark.parametrize("text", LEAD_AS_ROLE)
def test_lead_as_a_role_is_no_device(text: str) -> None:
    themes = rule_theme_ids(text)
    assert "medical_device" not in themes
    assert "treatment_procedure" in themes


@pytest.mark.parametrize("text", PACING_LEAD_INSTEAD)
def test_pacing_lead_instead_of_planned_is_still_a_device(text: str) -> None:
    assert "medical_device" in rule_theme_ids(text)
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", FALLS_SERVICE_NAMED)
def test_falls_service_named_is_no_fall(text: str) -> None:
    themes = rule_theme_ids(text)
    assert "falls" not in themes
    assert "access_transfer_discharge" in themes


@pytest.mark.parametrize("text", FALL_BESIDE_FALLS_SERVICE)
def test_fall_told_beside_falls_team_is_still_a_fall(text: str) -> None:
    assert "falls" in rule_theme_ids(text)


@pytest.mark.parametrize("text", EPS_NOT_COMING_THROUGH)
def test_eps_not_coming_through_is_it_systems(text: str) -> None:
    assert "it_systems" in rule_theme_ids(text)


@pytest.mark.parametrize("text", NO_EPS_FAULT)
def test_eps_working_or_paper_script_is_not_it_systems(text: str) -> None:
    assert "it_systems" not in rule_theme_ids(text)
