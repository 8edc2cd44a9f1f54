"""Publishing incident events with broker acknowledgement and a bounded wait."""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaProducer

from shared.events import KafkaMessage
from shared.messaging.partitioning import partition_for
from shared.settings import KafkaSettings

log = logging.getLogger(__name__)


class PublishError(RuntimeError):
    """The broker did not acknowledge the write in time (or refused it)."""


def make_producer(settings: KafkaSettings) -> AIOKafkaProducer:
    """A producer that waits for all in-sync replicas (at-least-once, no idempotence).

    The idempotent producer is avoided on purpose: consumers are idempotent instead,
    which also works with brokers that lack InitProducerId (tansu).
    """
    return AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        client_id=settings.kafka_client_id,
        acks="all",
        enable_idempotence=False,
        linger_ms=settings.kafka_linger_ms,
        request_timeout_ms=settings.kafka_request_timeout_ms,
        max_batch_size=256 * 1024,
        max_request_size=4 * 1024 * 1024,
    )


class EventPublisher:
    """Sends events and waits, at most `send_timeout` seconds, for the broker's ack."""

    def __init__(self, producer: AIOKafkaProducer, *, send_timeout: float) -> None:
        self._producer = producer
        self._send_timeout = send_timeout

    async def send_many(self, topic: str, messages: list[KafkaMessage]) -> int:
        """Send a batch and wait (bounded) until every message is acknowledged.

        Messages go in record batches built per partition (chosen from the key exactly as
        `send()` and the Java client choose it: murmur2, see `partitioning.py`), which costs
        a fraction of one `send()` per message; order within a partition is kept. Returns
        the number of messages sent.
        """
        if not messages:
            return 0
        try:
            await asyncio.wait_for(self._send_in_batches(topic, messages), self._send_timeout)
        except TimeoutError as error:
            raise PublishError(
                f"no acknowledgement from the broker within {self._send_timeout}s"
            ) from error
        except PublishError:
            raise
        except Exception as error:
            raise PublishError(f"the broker did not accept the write: {error!r}") from error
        return len(messages)

    async def _send_in_batches(self, topic: str, messages: list[KafkaMessage]) -> None:
        producer = self._producer
        partitions = sorted(await producer.partitions_for(topic))
        batches: dict[int, list] = {}  # type: ignore[type-arg]
        for message in messages:
            partition = partition_for(message.key, partitions)
            builders = batches.setdefault(partition, [producer.create_batch()])
            appended = builders[-1].append(
                timestamp=None, key=message.key, value=message.value, headers=message.headers
            )
            if appended is None:  # the batch is full: start the next one
                builders.append(producer.create_batch())
                appended = builders[-1].append(
                    timestamp=None, key=message.key, value=message.value, headers=message.headers
                )
                if appended is None:
                    raise PublishError("a message is larger than the producer's batch size")
        acknowledgements = []
        for partition, builders in batches.items():
            for builder in builders:
                builder.close()
                acknowledgements.append(
                    await producer.send_batch(builder, topic, partition=partition)
                )
        await asyncio.gather(*acknowledgements)
