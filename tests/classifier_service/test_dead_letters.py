"""The classifier service parks poison records and carries on; a burst of them stops it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from devstack.broker import TansuBroker
from devstack.ports import free_port
from devstack.services import ServiceProcess
from devstack.stack import Stack
from shared.events import IncidentClassified, IncidentSubmitted, decode, header
from shared.incident import Incident
from shared.messaging.consumer import EXIT_LOOP_FAILED
from shared.topics import INCIDENTS_CLASSIFIED, INCIDENTS_SUBMITTED, INCIDENTS_SUBMITTED_DLQ
from tests.factories import incident_body
from tests.kafka_helpers import produce_raw, read_topic

pytestmark = pytest.mark.e2e
CE_SUBMITTED = [
    ("ce_specversion", b"1.0"),
    ("ce_type", IncidentSubmitted.cloudevent_type.encode()),
    ("ce_id", b"poison"),
    ("ce_source", b"/test"),
    ("content-type", b"application/json"),
]


def wait_until(condition: Callable[[], object], timeout: float) -> object:
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)
    return result


def test_a_poison_record_goes_to_the_dlq_and_the_next_incident_is_still_classified(
    running_stack: Stack, token_for: Callable[..., str], unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    key = str(Incident.model_validate(body).incident_id).encode()
    bootstrap = running_stack.broker.bootstrap_servers
    # Same key, so the poison record sits on the same partition just before the good one.
    produce_raw(bootstrap, INCIDENTS_SUBMITTED, [(key, b'{"not": "an incident"}', CE_SUBMITTED)])
    accepted = httpx.post(
        f"{running_stack.service('intake').url}/v1/incidents",
        json=body,
        headers={"Authorization": f"Bearer {token_for('RC9', 'reporter')}"},
    )
    assert accepted.status_code == 202

    classified = wait_until(lambda: read_topic(bootstrap, INCIDENTS_CLASSIFIED, key=key), 10)
    event = decode(classified[0].value, classified[0].headers, IncidentClassified)  # type: ignore[index]
    assert event.incident.local_reference == body["local_reference"]
    (parked,) = wait_until(lambda: read_topic(bootstrap, INCIDENTS_SUBMITTED_DLQ, key=key), 10)  # type: ignore[misc]
    assert parked.value == b'{"not": "an incident"}'
    assert "incident_id" in (header(parked.headers, "dlq-error") or "")
    assert header(parked.headers, "dlq-source-topic") == INCIDENTS_SUBMITTED


def test_a_burst_of_poison_stops_the_service_instead_of_emptying_the_topic(
    stack: Stack, own_broker: TansuBroker, tmp_path: Path
) -> None:
    bootstrap = own_broker.bootstrap_servers
    produce_raw(
        bootstrap,
        INCIDENTS_SUBMITTED,
        [(f"k{n}".encode(), b"garbage", CE_SUBMITTED) for n in range(40)],
    )
    classifier = ServiceProcess(
        name="classifier",
        port=free_port(),
        log_path=tmp_path / "classifier.log",
        env={
            "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "POISON_BURST_LIMIT": "5",
            "KAFKA_MAX_POLL_RECORDS": "10",
        },
    )
    classifier.start()
    assert classifier.process is not None
    try:
        assert classifier.process.wait(timeout=60) == EXIT_LOOP_FAILED
    finally:
        classifier.stop()
    assert len(read_topic(bootstrap, INCIDENTS_SUBMITTED_DLQ)) < 40
