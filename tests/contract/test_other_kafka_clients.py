"""Another Kafka client reads the platform's topics: librdkafka (confluent-kafka), not aiokafka.

Regional networks and national teams will consume `incidents.classified.v1` with whatever
client their stack has; librdkafka is the C client under most non-Java ones. These tests run
it against the real broker the services use: a consumer group of its own reads the events,
the CloudEvents SDK decodes them, and librdkafka's Java-compatible partitioner puts every key
on the partition our producer chose.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable

import httpx
import pytest
from cloudevents.core.bindings import kafka as ce_kafka
from confluent_kafka import Consumer, KafkaError, Message, Producer, TopicPartition

from devstack.stack import Stack
from shared.events import IncidentClassified
from shared.messaging.partitioning import partition_for
from shared.messaging.topics import ensure_topics
from shared.topics import INCIDENTS_CLASSIFIED
from tests.factories import incident_body

pytestmark = pytest.mark.e2e


def _consume_until(
    consumer: Consumer, wanted: Callable[[Message], bool], *, timeout: float
) -> Message | None:
    """Poll until a record `wanted` accepts arrives (committing it), or the timeout passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        message = consumer.poll(0.5)
        if message is None:
            continue
        error = message.error()
        if error is not None:
            assert error.code() == KafkaError._PARTITION_EOF, error
            continue
        if wanted(message):
            consumer.commit(message=message, asynchronous=False)
            return message
    return None


def _partitions_librdkafka_chose(bootstrap: str, topic: str, keys: list[bytes]) -> dict[bytes, int]:
    """Produce one record per key with librdkafka's Java-compatible partitioner; key -> the
    partition it was delivered to. (The producer is freed on return, before the broker stops.)"""
    delivered: dict[bytes, int] = {}

    def on_delivery(error: KafkaError | None, message: Message) -> None:
        assert error is None, error
        delivered[message.key()] = message.partition()

    producer = Producer(
        {
            "bootstrap.servers": bootstrap,
            "partitioner": "murmur2_random",  # the Java client's rule
            "acks": "all",
        }
    )
    for key in keys:
        producer.produce(topic, value=b"{}", key=key, on_delivery=on_delivery)
    assert producer.flush(30) == 0
    return delivered


def test_a_librdkafka_consumer_group_reads_classified_incidents_as_cloudevents(
    running_stack: Stack, token_for: Callable[..., str], unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    response = httpx.post(
        f"{running_stack.service('intake').url}/v1/incidents",
        json=body,
        headers={"Authorization": f"Bearer {token_for('RC9', 'reporter')}"},
    )
    assert response.status_code == 202, response.text
    incident_id = response.json()["incident_id"]

    group = f"regional-network-{uuid.uuid4().hex[:8]}"
    consumer = Consumer(
        {
            "bootstrap.servers": running_stack.broker.bootstrap_servers,
            "group.id": group,
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    try:
        consumer.subscribe([INCIDENTS_CLASSIFIED])
        message = _consume_until(consumer, lambda m: m.key() == incident_id.encode(), timeout=30)
        assert message is not None, "librdkafka never saw the classified incident"
        committed = consumer.committed(
            [TopicPartition(INCIDENTS_CLASSIFIED, message.partition())], timeout=10
        )
    finally:
        consumer.close()

    assert committed[0].offset == message.offset() + 1  # its group's commit held
    cloudevent = ce_kafka.from_binary_event(
        ce_kafka.KafkaMessage(
            headers=dict(message.headers() or []), key=message.key(), value=message.value()
        )
    )
    assert cloudevent.get_type() == IncidentClassified.cloudevent_type
    assert cloudevent.get_id() == f"{incident_id}/v1/classified"
    event = IncidentClassified.model_validate(cloudevent.get_data())
    assert str(event.incident_id) == incident_id
    assert event.incident.local_reference == body["local_reference"]
    assert event.classification.never_event is not None
    assert event.classification.never_event.code == "1"


def test_librdkafkas_java_compatible_partitioner_agrees_with_ours(running_stack: Stack) -> None:
    topic = f"interop-{uuid.uuid4().hex[:8]}"
    partition_count = 6
    asyncio.run(
        ensure_topics(
            running_stack.broker.bootstrap_servers, partitions=partition_count, topics=(topic,)
        )
    )
    keys = [str(uuid.uuid5(uuid.NAMESPACE_URL, f"incident-{n}")).encode() for n in range(60)]
    delivered = _partitions_librdkafka_chose(running_stack.broker.bootstrap_servers, topic, keys)

    expected = {key: partition_for(key, list(range(partition_count))) for key in keys}
    assert delivered == expected
    assert len(set(delivered.values())) > 1  # the keys really spread over partitions
