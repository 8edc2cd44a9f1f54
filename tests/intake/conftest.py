"""An in-process intake wired to the session's real broker and PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from fastapi.testclient import TestClient

from devstack.stack import INTAKE_DB, Stack
from intake.main import create_app
from intake.settings import Settings
from shared.events import IncidentSubmitted, decode
from shared.topics import INCIDENTS_SUBMITTED


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
    """Every IncidentSubmitted for `incident_id` now on the topic (read with assign())."""

    async def read() -> list[IncidentSubmitted]:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=stack.broker.bootstrap_servers, enable_auto_commit=False
        )
        await consumer.start()
        try:
            partitions = [
                TopicPartition(INCIDENTS_SUBMITTED, p)
                for p in (consumer.partitions_for_topic(INCIDENTS_SUBMITTED) or set())
            ]
            if not partitions:
                await consumer._client.force_metadata_update()
                partitions = [
                    TopicPartition(INCIDENTS_SUBMITTED, p)
                    for p in consumer.partitions_for_topic(INCIDENTS_SUBMITTED) or set()
                ]
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            found: list[IncidentSubmitted] = []

            async def behind() -> bool:
                return any([await consumer.position(tp) < ends[tp] for tp in partitions])

            while await behind():
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    for record in records:
                        if record.key == str(incident_id).encode():
                            found.append(decode(record.value, record.headers, IncidentSubmitted))
            return found
        finally:
            await consumer.stop()

    return asyncio.run(read())
