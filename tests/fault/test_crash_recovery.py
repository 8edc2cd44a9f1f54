"""Killing and stopping real processes mid-stream loses nothing and doubles nothing."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from devstack.ports import free_port
from devstack.services import ServiceProcess
from devstack.stack import LEARNING_FEED_DB, Stack
from shared.events import IncidentSubmitted, encode
from shared.incident import Incident
from shared.topics import INCIDENTS_CLASSIFIED, INCIDENTS_SUBMITTED
from tests.factories import incident_body
from tests.fault.conftest import batch_prefix, post_bulk, stored_count, wait_until
from tests.kafka_helpers import produce_raw

pytestmark = pytest.mark.fault


def assert_each_stored_once_with_classification(stack: Stack, prefix: str, expected: int) -> None:
    rows, distinct, classified, versions = stack.postgres.query(
        LEARNING_FEED_DB,
        "SELECT count(*), count(DISTINCT i.incident_id), "
        "count(*) FILTER (WHERE i.classification ? 'taxonomy_version'), "
        "(SELECT count(*) FROM incident_versions v JOIN incidents j USING (incident_id) "
        f" WHERE j.local_reference LIKE '{prefix}-%') "
        f"FROM incidents i WHERE i.local_reference LIKE '{prefix}-%'",
    ).split("|")
    assert (int(rows), int(distinct), int(classified), int(versions)) == (expected,) * 4


def test_kill_9_of_classifier_and_learning_feed_mid_stream_loses_and_doubles_nothing(
    fault_stack: Stack, reporter_token: str
) -> None:
    prefix, total, per_request = batch_prefix(), 5_000, 500
    classifier, feed = fault_stack.service("classifier"), fault_stack.service("learning-feed")
    for request in range(total // per_request):
        post_bulk(fault_stack, reporter_token, prefix, request * per_request, per_request)
        if request == 2:
            classifier.kill()
        if request == 4:
            feed.kill()
        if request == 6:
            classifier.start()
            feed.start()
    classifier.wait_healthy()
    feed.wait_healthy()
    wait_until(lambda: stored_count(fault_stack, prefix) == total, timeout=120)
    time.sleep(2)  # anything re-delivered after the restart has arrived by now
    assert_each_stored_once_with_classification(fault_stack, prefix, total)


async def committed_offsets(stack: Stack, group: str, topic: str) -> int:
    probe = AIOKafkaConsumer(bootstrap_servers=stack.broker.bootstrap_servers, group_id=group)
    await probe.start()
    try:
        await probe._client.force_metadata_update()
        partitions = probe.partitions_for_topic(topic) or set()
        return sum([await probe.committed(TopicPartition(topic, p)) or 0 for p in partitions])
    finally:
        await probe.stop()


def submitted_records(prefix: str, count: int) -> list[tuple[bytes, bytes, list]]:
    """IncidentSubmitted events as a trust-side producer would write them."""
    records = []
    now = dt.datetime.now(dt.UTC)
    for n in range(count):
        incident = Incident.model_validate(incident_body(local_reference=f"{prefix}-{n}"))
        event = IncidentSubmitted(
            incident_id=incident.incident_id,
            version=1,
            amendment=False,
            content_hash=incident.content_hash(),
            submitted_at=now,
            submitted_by="lrms:RC9",
            channel="bulk",
            incident=incident,
        )
        message = encode(event, source="/test")
        records.append((message.key, message.value, message.headers))
    return records


def test_postgres_down_for_20_seconds_stops_commits_and_recovers_without_loss(
    fault_stack: Stack, reporter_token: str
) -> None:
    prefix, total = batch_prefix(), 1_000
    feed, intake = fault_stack.service("learning-feed"), fault_stack.service("intake")
    submission = {
        "url": f"{intake.url}/v1/incidents",
        "json": incident_body(local_reference=f"{prefix}X-intake"),  # not in stored_count
        "headers": {"Authorization": f"Bearer {reporter_token}"},
        "timeout": 30,
    }
    before = asyncio.run(committed_offsets(fault_stack, "learning-feed", INCIDENTS_CLASSIFIED))
    fault_stack.postgres.stop()
    try:
        produce_raw(
            fault_stack.broker.bootstrap_servers,
            INCIDENTS_SUBMITTED,
            submitted_records(prefix, total),
        )
        # How soon the feed notices depends on its health check's timing and the host's load.
        wait_until(lambda: httpx.get(f"{feed.url}/readyz").status_code == 503, timeout=30)
        # The intake cannot record versions without its ledger: 503 quickly, never 202.
        started = time.monotonic()
        refused = httpx.post(**submission)  # type: ignore[arg-type]
        assert refused.status_code == 503 and refused.headers["Retry-After"].isdigit()
        assert time.monotonic() - started < 10  # DATABASE_TIMEOUT_SECONDS (5) + margin
        assert httpx.get(f"{intake.url}/readyz").status_code == 503
        time.sleep(15)
        during = asyncio.run(committed_offsets(fault_stack, "learning-feed", INCIDENTS_CLASSIFIED))
        assert during == before, "offsets were committed while the database was down"
    finally:
        fault_stack.postgres.start()
    wait_until(lambda: stored_count(fault_stack, prefix) == total, timeout=90)
    assert_each_stored_once_with_classification(fault_stack, prefix, total)
    wait_until(lambda: httpx.get(f"{feed.url}/readyz").status_code == 200, timeout=30)
    wait_until(lambda: httpx.get(f"{intake.url}/readyz").status_code == 200, timeout=30)
    assert httpx.post(**submission).status_code == 202  # type: ignore[arg-type]


def test_two_classifiers_share_partitions_and_stopping_one_loses_nothing(
    fault_stack: Stack, reporter_token: str
) -> None:
    prefix, total, per_request = batch_prefix(), 3_000, 500
    first = fault_stack.service("classifier")
    second = ServiceProcess(
        name="classifier",
        port=free_port(),
        env=first.env,
        log_path=fault_stack.state_dir / "logs" / "classifier-2.log",
    )
    second.start()
    second.wait_healthy()
    try:
        time.sleep(3)  # let the group rebalance onto two members
        for request in range(total // per_request):
            post_bulk(fault_stack, reporter_token, prefix, request * per_request, per_request)
            if request == 2:
                second.stop()  # graceful: finishes its batch, commits, leaves the group
        wait_until(lambda: stored_count(fault_stack, prefix) == total, timeout=90)
        assert_each_stored_once_with_classification(fault_stack, prefix, total)
        shared = [
            line
            for line in (fault_stack.state_dir / "logs" / "classifier-2.log")
            .read_text()
            .splitlines()
            if "partitions assigned" in line
        ]
        assert shared, "the second classifier never received partitions"
    finally:
        second.stop()
