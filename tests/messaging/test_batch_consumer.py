"""The shared consumer loop against the real broker: commit after work, retry on failure."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import ConsumerRecord

from devstack.stack import Stack
from shared.messaging.consumer import BatchConsumer, FatalConsumerError, make_consumer
from shared.messaging.topics import ensure_topics
from shared.settings import ConsumerSettings

pytestmark = pytest.mark.integration


async def fresh_topic(stack: Stack, partitions: int = 2) -> str:
    topic = f"test.{uuid.uuid4().hex[:10]}"
    await ensure_topics(stack.broker.bootstrap_servers, partitions=partitions, topics=(topic,))
    return topic


async def produce(stack: Stack, topic: str, count: int) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=stack.broker.bootstrap_servers, acks="all")
    await producer.start()
    try:
        for i in range(count):
            await producer.send_and_wait(topic, key=str(i % 7).encode(), value=str(i).encode())
    finally:
        await producer.stop()


async def committed_total(stack: Stack, topic: str, group: str) -> int:
    probe = AIOKafkaConsumer(bootstrap_servers=stack.broker.bootstrap_servers, group_id=group)
    await probe.start()
    try:
        partitions = probe.partitions_for_topic(topic) or set()
        if not partitions:
            await probe._client.force_metadata_update()
            partitions = probe.partitions_for_topic(topic) or set()
        return sum([await probe.committed(TopicPartition(topic, p)) or 0 for p in partitions])
    finally:
        await probe.stop()


def settings_for(stack: Stack, group: str) -> ConsumerSettings:
    return ConsumerSettings(
        kafka_bootstrap_servers=stack.broker.bootstrap_servers, kafka_consumer_group=group
    )


async def consume_until(loop: BatchConsumer, condition, timeout: float = 20) -> None:  # type: ignore[no-untyped-def]
    await loop.start()
    task = asyncio.create_task(loop.run())
    try:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.05)
    finally:
        await loop.stop()
        task.cancel()


async def test_a_failing_batch_is_retried_and_nothing_is_skipped(stack: Stack) -> None:
    topic, group = await fresh_topic(stack), f"g-{uuid.uuid4().hex[:8]}"
    await produce(stack, topic, 50)
    handled: list[int] = []
    failures = {"left": 2}

    async def flaky(tp: TopicPartition, records: list[ConsumerRecord]) -> None:
        if failures["left"] > 0:
            failures["left"] -= 1
            raise ConnectionError("database is down")
        handled.extend(int(r.value) for r in records)

    consumer = make_consumer(settings_for(stack, group), topic)
    loop = BatchConsumer(consumer, (topic,), flaky, max_records=10)
    await consume_until(loop, lambda: len(set(handled)) == 50)
    assert sorted(set(handled)) == list(range(50))
    assert await committed_total(stack, topic, group) == 50


async def test_offsets_are_not_committed_for_work_that_failed(stack: Stack) -> None:
    topic, group = await fresh_topic(stack, partitions=1), f"g-{uuid.uuid4().hex[:8]}"
    await produce(stack, topic, 5)
    attempts: list[int] = []

    async def always_fails(tp: TopicPartition, records: list[ConsumerRecord]) -> None:
        attempts.append(len(records))
        raise ConnectionError("still down")

    loop = BatchConsumer(make_consumer(settings_for(stack, group), topic), (topic,), always_fails)
    await consume_until(loop, lambda: len(attempts) >= 2)
    assert await committed_total(stack, topic, group) == 0


async def test_a_fatal_error_stops_the_loop(stack: Stack) -> None:
    topic, group = await fresh_topic(stack, partitions=1), f"g-{uuid.uuid4().hex[:8]}"
    await produce(stack, topic, 3)

    async def fatal(tp: TopicPartition, records: list[ConsumerRecord]) -> None:
        raise FatalConsumerError("contract broken")

    loop = BatchConsumer(make_consumer(settings_for(stack, group), topic), (topic,), fatal)
    await loop.start()
    with pytest.raises(FatalConsumerError):
        async with asyncio.timeout(20):
            await loop.run()
    await loop.stop()
    assert await committed_total(stack, topic, group) == 0
