"""POST /fhir/AdverseEvent against the real broker: both shapes accepted, equal to native."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from devstack.stack import Stack
from intake.fhir.examples import lfpse_example, plain_r4_example
from intake.fhir.render import incident_to_adverse_event
from shared.incident import Incident
from tests.factories import incident_body
from tests.intake.conftest import submitted_events

pytestmark = pytest.mark.integration
FHIR = {"Content-Type": "application/fhir+json"}


def test_an_lfpse_adverse_event_publishes_the_same_incident_as_its_native_twin(
    live_intake: TestClient,
    stack: Stack,
    token_for: Callable[..., str],
    unique_reference: Callable[[], str],
) -> None:
    native = Incident.model_validate(incident_body(local_reference=unique_reference()))
    headers = {**FHIR, "Authorization": f"Bearer {token_for('RC9', 'reporter')}"}
    response = live_intake.post(
        "/fhir/AdverseEvent", json=incident_to_adverse_event(native), headers=headers
    )
    assert response.status_code == 202, response.text
    assert response.json()["incident_id"] == str(native.incident_id)
    (event,) = submitted_events(stack, native.incident_id)
    assert event.incident == native
    assert event.channel == "fhir"


def test_the_documented_lfpse_example_maps_to_the_native_example(
    live_intake: TestClient, token_for: Callable[..., str]
) -> None:
    headers = {**FHIR, "Authorization": f"Bearer {token_for('RC9', 'reporter')}"}
    response = live_intake.post("/fhir/AdverseEvent", json=lfpse_example(), headers=headers)
    assert response.status_code == 202, response.text
    assert response.json()["incident_id"] == str(
        Incident.model_validate(incident_body()).incident_id
    )


def test_a_plain_hl7_r4_adverse_event_is_accepted_for_the_callers_organisation(
    live_intake: TestClient, stack: Stack, token_for: Callable[..., str]
) -> None:
    headers = {**FHIR, "Authorization": f"Bearer {token_for('RTH', 'reporter')}"}
    response = live_intake.post("/fhir/AdverseEvent", json=plain_r4_example(), headers=headers)
    assert response.status_code == 202, response.text
    events = submitted_events(stack, response.json()["incident_id"])
    incident = events[-1].incident
    assert (incident.ods_code, incident.local_reference) == ("RTH", "49476534")
    assert incident.description == "This was a mild rash on the left forearm"


def test_an_invalid_adverse_event_gets_an_operation_outcome_naming_the_element(
    live_intake: TestClient, token_for: Callable[..., str]
) -> None:
    resource = plain_r4_example()
    del resource["event"]
    headers = {**FHIR, "Authorization": f"Bearer {token_for('RTH', 'reporter')}"}
    response = live_intake.post("/fhir/AdverseEvent", json=resource, headers=headers)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/fhir+json")
    outcome = response.json()
    assert outcome["resourceType"] == "OperationOutcome"
    assert any(
        "description" in " ".join(i.get("expression", []))
        or "event" in " ".join(i.get("expression", []))
        for i in outcome["issue"]
    )
