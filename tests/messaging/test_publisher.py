"""The shared publisher against the real broker: batched sends keep keys, order and headers."""

from __future__ import annotations

import uuid

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import DefaultPartitioner

from devstack.stack import Stack
from shared.events import KafkaMessage
from shared.messaging.producer import EventPublisher, PublishError, make_producer
from shared.messaging.topics import ensure_topics
from shared.settings import KafkaSettings
from tests.kafka_helpers import read_topic_async

pytestmark = pytest.mark.integration
PARTITIONS = 3


async def started_publisher(stack: Stack, send_timeout: float = 10) -> EventPublisher:
    producer = make_producer(KafkaSettings(kafka_bootstrap_servers=stack.broker.bootstrap_servers))
    await producer.start()
    return EventPublisher(producer, send_timeout=send_timeout)


async def stop(publisher: EventPublisher) -> None:
    await publisher._producer.stop()


async def fresh_topic(stack: Stack) -> str:
    topic = f"test.{uuid.uuid4().hex[:10]}"
    await ensure_topics(stack.broker.bootstrap_servers, partitions=PARTITIONS, topics=(topic,))
    return topic


async def test_send_many_keeps_each_keys_partition_and_order_across_full_batches(
    stack: Stack,
) -> None:
    topic = await fresh_topic(stack)
    keys = [f"incident-{n}".encode() for n in range(40)]
    # ~2.6 MB: many record batches per partition (the producer's batch size is 256 KiB).
    messages = [
        KafkaMessage(
            key=keys[n % len(keys)],
            value=f"{n}:".encode() + b"x" * 2_000,
            headers=[("ce_id", str(n).encode()), ("traceparent", b"00-abc")],
        )
        for n in range(1_300)
    ]
    publisher = await started_publisher(stack)
    try:
        assert await publisher.send_many(topic, messages) == len(messages)
    finally:
        await stop(publisher)

    records = await read_topic_async(stack.broker.bootstrap_servers, topic)
    assert len(records) == len(messages)
    partitions = list(range(PARTITIONS))
    for key in keys:
        own = [r for r in records if r.key == key]
        # The partition a standard client (and aiokafka's send) picks for the key: murmur2.
        assert {r.partition for r in own} == {DefaultPartitioner()(key, partitions, partitions)}
        sequence = [int(r.value.split(b":")[0]) for r in sorted(own, key=lambda r: r.offset)]
        assert sequence == sorted(sequence)
    first = min(records, key=lambda r: int(r.value.split(b":")[0]))
    assert dict(first.headers) == {"ce_id": b"0", "traceparent": b"00-abc"}


async def test_send_many_lands_where_a_plain_producer_would_put_the_same_key(
    stack: Stack,
) -> None:
    topic = await fresh_topic(stack)
    plain = AIOKafkaProducer(bootstrap_servers=stack.broker.bootstrap_servers, acks="all")
    await plain.start()
    try:
        expected = {
            key: (await plain.send_and_wait(topic, key=key, value=b"plain")).partition
            for key in (f"k{n}".encode() for n in range(20))
        }
    finally:
        await plain.stop()
    publisher = await started_publisher(stack)
    try:
        await publisher.send_many(
            topic, [KafkaMessage(key=k, value=b"batched", headers=[]) for k in expected]
        )
    finally:
        await stop(publisher)
    records = await read_topic_async(stack.broker.bootstrap_servers, topic)
    batched = {r.key: r.partition for r in records if r.value == b"batched"}
    assert batched == expected


async def test_send_many_to_an_unreachable_broker_fails_within_the_timeout() -> None:
    from devstack.ports import free_port

    producer = make_producer(KafkaSettings(kafka_bootstrap_servers=f"127.0.0.1:{free_port()}"))
    publisher = EventPublisher(producer, send_timeout=1.0)
    with pytest.raises(PublishError):
        await publisher.send_many("any.topic", [KafkaMessage(key=b"k", value=b"v", headers=[])])
