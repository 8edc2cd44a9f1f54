"""Metrics, JSON logs and one W3C trace from the intake's request through both topics."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import httpx
import pytest

from devstack.stack import Stack
from shared.events import header
from shared.incident import Incident
from shared.topics import INCIDENTS_CLASSIFIED, INCIDENTS_SUBMITTED
from tests.factories import incident_body
from tests.kafka_helpers import read_topic

pytestmark = pytest.mark.e2e
TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"


def wait_for(fetch: Callable[[], list], timeout: float = 10) -> list:
    deadline = time.monotonic() + timeout
    while not (found := fetch()):
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)
    return found


def test_the_callers_trace_follows_the_incident_through_both_topics_and_the_logs(
    running_stack: Stack, token_for: Callable[..., str], unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    incident_id = str(Incident.model_validate(body).incident_id)
    response = httpx.post(
        f"{running_stack.service('intake').url}/v1/incidents",
        json=body,
        headers={
            "Authorization": f"Bearer {token_for('RC9', 'reporter')}",
            "traceparent": f"00-{TRACE_ID}-00f067aa0ba902b7-01",
        },
    )
    assert response.status_code == 202
    assert TRACE_ID in response.headers["traceparent"]
    bootstrap, key = running_stack.broker.bootstrap_servers, incident_id.encode()
    for topic in (INCIDENTS_SUBMITTED, INCIDENTS_CLASSIFIED):
        (record,) = wait_for(lambda t=topic: read_topic(bootstrap, t, key=key))
        assert (header(record.headers, "traceparent") or "").split("-")[1] == TRACE_ID

    def logged(service: str, message: str) -> list[dict]:
        log = (running_stack.state_dir / "logs" / f"{service}.log").read_text()
        entries = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
        return [
            e for e in entries if e["message"] == message and e.get("incident_id") == incident_id
        ]

    (accepted,) = wait_for(lambda: logged("intake", "incident accepted"))
    (recognised,) = wait_for(lambda: logged("classifier", "never event recognised"))
    assert accepted["trace_id"] == recognised["trace_id"] == TRACE_ID


@pytest.mark.parametrize(
    ("service", "metrics"),
    [
        ("intake", ["http_request_duration_seconds_bucket", "events_produced_total"]),
        (
            "classifier",
            [
                "events_consumed_total",
                "kafka_consumer_lag",
                "classifier_incidents_total",
                "classifier_themes_total",
            ],
        ),
        (
            "learning-feed",
            ["events_consumed_total", "kafka_consumer_lag", "http_request_duration_seconds_bucket"],
        ),
    ],
)
def test_every_service_exposes_prometheus_metrics(
    running_stack: Stack,
    service: str,
    metrics: list[str],
    token_for: Callable[..., str],
    unique_reference: Callable[[], str],
) -> None:
    httpx.post(
        f"{running_stack.service('intake').url}/v1/incidents",
        json=incident_body(local_reference=unique_reference()),
        headers={"Authorization": f"Bearer {token_for('RC9', 'reporter')}"},
    )
    url = f"{running_stack.service(service).url}/metrics"
    deadline = time.monotonic() + 10
    while missing := [m for m in metrics if f"\n{m}" not in httpx.get(url).text]:
        assert time.monotonic() < deadline, f"{service} does not expose {missing}"
        time.sleep(0.2)
    for path in ("/healthz", "/readyz"):
        assert httpx.get(f"{running_stack.service(service).url}{path}").status_code == 200
