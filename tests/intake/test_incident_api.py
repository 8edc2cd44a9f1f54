"""The intake's native JSON route: authentication, scope and problem details.

These run the app in-process with publishing disabled; the real broker path is proven
end to end in tests/e2e.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from devstack.stack import Stack
from intake.main import create_app
from intake.settings import Settings
from tests.factories import incident_body


@pytest.fixture(scope="module")
def client(stack: Stack) -> Iterator[TestClient]:
    settings = Settings(auth_jwks_file=stack.jwks_path, publishing_enabled=False)
    with TestClient(create_app(settings)) as client:
        yield client


def post(client: TestClient, body: object, token: str | None) -> object:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post("/v1/incidents", json=body, headers=headers)


def test_no_token_is_401_problem(client: TestClient) -> None:
    response = post(client, incident_body(), None)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_a_reporter_cannot_report_for_another_organisation(
    client: TestClient, token_for: Callable[..., str]
) -> None:
    response = post(client, incident_body(), token_for("RX1", "reporter"))
    assert response.status_code == 403


def test_an_analyst_token_cannot_submit(client: TestClient, token_for: Callable[..., str]) -> None:
    assert post(client, incident_body(), token_for("RC9", "analyst")).status_code == 403


def test_invalid_fields_are_422_problems_with_json_pointers(
    client: TestClient, token_for: Callable[..., str]
) -> None:
    body = incident_body(service_type="99", occurred={"date": "not-a-date"})
    response = post(client, body, token_for("RC9", "reporter"))
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    pointers = {error["pointer"] for error in response.json()["errors"]}
    assert {"/service_type", "/occurred/date"} <= pointers


def test_a_closed_trust_cannot_submit(client: TestClient, token_for: Callable[..., str]) -> None:
    # R0C, Project Nightingale NHS Trust, closed on 2020-03-26.
    body = incident_body(ods_code="R0C")
    response = post(client, body, token_for("R0C", "reporter"))
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/ods_code"


def test_a_valid_incident_is_accepted_with_its_deterministic_id(
    client: TestClient, token_for: Callable[..., str]
) -> None:
    response = post(client, incident_body(), token_for("RC9", "reporter"))
    assert response.status_code == 202
    assert response.json()["incident_id"] == "980cd847-4643-5558-a949-a8cabf7212b9"
    assert response.headers["location"].endswith(response.json()["incident_id"])
