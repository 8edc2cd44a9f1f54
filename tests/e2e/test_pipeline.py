"""A POSTed incident flows intake -> classifier -> learning-feed and can be read back."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from devstack.stack import Stack
from tests.factories import incident_body

pytestmark = pytest.mark.e2e


def wait_for_incident(stack: Stack, location: str, token: str, *, timeout: float) -> httpx.Response:
    """Poll the learning-feed until the incident is there (or the timeout passes)."""
    deadline = time.monotonic() + timeout
    while True:
        response = httpx.get(location, headers={"Authorization": f"Bearer {token}"})
        if response.status_code == 200 or time.monotonic() > deadline:
            return response
        time.sleep(0.05)


def test_posted_incident_is_queryable_with_its_classification_within_5_seconds(
    running_stack: Stack, token_for: Callable[..., str], unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    reporter = token_for("RC9", "reporter")
    started = time.monotonic()
    response = httpx.post(
        f"{running_stack.service('intake').url}/v1/incidents",
        json=body,
        headers={"Authorization": f"Bearer {reporter}"},
    )
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert response.headers["Location"] == accepted["location"]

    stored = wait_for_incident(
        running_stack, accepted["location"], token_for("RC9", "analyst"), timeout=5
    )
    elapsed = time.monotonic() - started

    assert stored.status_code == 200, stored.text
    assert elapsed < 5
    record = stored.json()
    assert record["incident_id"] == accepted["incident_id"]
    assert record["incident"]["local_reference"] == body["local_reference"]
    assert record["classification"]["never_event"]["code"] == "1"
    assert record["region_code"] == "Y61"  # RC9 (Bedfordshire Hospitals): East of England


def test_posting_the_same_incident_twice_leaves_one_record(
    running_stack: Stack, token_for: Callable[..., str], unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    headers = {"Authorization": f"Bearer {token_for('RC9', 'reporter')}"}
    url = f"{running_stack.service('intake').url}/v1/incidents"
    first = httpx.post(url, json=body, headers=headers)
    second = httpx.post(url, json=body, headers=headers)
    assert first.status_code == second.status_code == 202
    assert first.json()["incident_id"] == second.json()["incident_id"]

    analyst = token_for("RC9", "analyst")
    assert (
        wait_for_incident(running_stack, first.json()["location"], analyst, timeout=5).status_code
        == 200
    )
    time.sleep(1)  # let the second delivery arrive too
    count = running_stack.postgres.query(
        "learning_feed",
        f"SELECT count(*) FROM incidents WHERE local_reference = '{body['local_reference']}'",
    )
    versions = running_stack.postgres.query(
        "learning_feed",
        "SELECT count(*) FROM incident_versions WHERE incident_id = "
        f"'{first.json()['incident_id']}'",
    )
    assert (count, versions) == ("1", "1")
