"""An in-process intake wired to the session's real broker and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from devstack.stack import INTAKE_DB, Stack
from intake.main import create_app
from intake.settings import Settings
from shared.events import IncidentSubmitted, decode
from shared.topics import INCIDENTS_SUBMITTED
from tests.kafka_helpers import read_topic


def intake_settings(stack: Stack, **overrides: object) -> Settings:
    """Settings for an intake talking to `stack`'s broker and ledger database."""
    values = {
        "kafka_bootstrap_servers": stack.broker.bootstrap_servers,
        "database_url": stack.postgres.url(INTAKE_DB),
        "auth_jwks_file": stack.jwks_path,
        "kafka_send_timeout_seconds": 3.0,
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def live_intake(stack: Stack) -> Iterator[TestClient]:
    """The intake publishing to the real broker, with its real ledger."""
    with TestClient(create_app(intake_settings(stack))) as client:
        yield client


def submitted_events(stack: Stack, incident_id: uuid.UUID | str) -> list[IncidentSubmitted]:
    """Every IncidentSubmitted for `incident_id` now on the topic."""
    records = read_topic(
        stack.broker.bootstrap_servers, INCIDENTS_SUBMITTED, key=str(incident_id).encode()
    )
    return [decode(r.value, r.headers, IncidentSubmitted) for r in records]
