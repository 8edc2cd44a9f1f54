"""When the broker is down the intake answers 503 within a bounded time, never 202."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from devstack.broker import TansuBroker
from devstack.stack import Stack
from intake.main import create_app
from shared.messaging.topics import ensure_topics
from tests.factories import incident_body
from tests.intake.conftest import intake_settings

pytestmark = [pytest.mark.integration, pytest.mark.fault]
SEND_TIMEOUT = 2.0


def test_broker_stopped_means_503_with_retry_after_then_recovery(
    stack: Stack,
    own_broker: TansuBroker,
    token_for: Callable[..., str],
    unique_reference: Callable[[], str],
) -> None:
    settings = intake_settings(
        stack,
        kafka_bootstrap_servers=own_broker.bootstrap_servers,
        kafka_send_timeout_seconds=SEND_TIMEOUT,
        kafka_request_timeout_ms=1500,
    )
    headers = {"Authorization": f"Bearer {token_for('RC9', 'reporter')}"}
    with TestClient(create_app(settings)) as intake:
        assert (
            intake.post(
                "/v1/incidents",
                json=incident_body(local_reference=unique_reference()),
                headers=headers,
            ).status_code
            == 202
        )
        own_broker.stop()
        body = incident_body(local_reference=unique_reference())
        started = time.monotonic()
        refused = intake.post("/v1/incidents", json=body, headers=headers)
        elapsed = time.monotonic() - started
        assert refused.status_code == 503
        assert refused.headers["Retry-After"].isdigit()
        assert elapsed < SEND_TIMEOUT + 2
        assert intake.get("/readyz").status_code == 503

        own_broker.start()
        asyncio.run(ensure_topics(own_broker.bootstrap_servers, partitions=2))
        deadline = time.monotonic() + 30
        while (
            status := intake.post("/v1/incidents", json=body, headers=headers).status_code
        ) != 202:
            assert status == 503 and time.monotonic() < deadline
            time.sleep(0.5)
        assert intake.get("/readyz").status_code == 200
