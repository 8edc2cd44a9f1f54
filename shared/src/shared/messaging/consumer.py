"""Consuming a topic in a consumer group with explicit, per-partition commits.

Offsets are committed only after the batch they stand for was handled (written,
published, ...). A handler that fails leaves its partition's position at the first
record of the failed batch, so the same records are handled again after a backoff:
nothing is skipped and, because every handler is idempotent, nothing is doubled.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import (
    CommitFailedError,
    ConsumerStoppedError,
    IllegalStateError,
    KafkaError,
)
from aiokafka.structs import ConsumerRecord

from shared.observability import CONSUMER_LAG, EVENTS_CONSUMED
from shared.settings import ConsumerSettings

log = logging.getLogger(__name__)

BatchHandler = Callable[[TopicPartition, list[ConsumerRecord]], Awaitable[None]]


class FatalConsumerError(RuntimeError):
    """Processing cannot go on safely; the service should stop rather than skip records."""


def make_consumer(settings: ConsumerSettings, *topics: str) -> AIOKafkaConsumer:
    """A consumer-group member with auto-commit off."""
    return AIOKafkaConsumer(
        *topics,
        bootstrap_servers=settings.kafka_bootstrap_servers,
        client_id=settings.kafka_client_id,
        group_id=settings.kafka_consumer_group,
        enable_auto_commit=False,
        auto_offset_reset=settings.kafka_auto_offset_reset,
        max_poll_records=settings.kafka_max_poll_records,
        fetch_max_wait_ms=settings.kafka_fetch_max_wait_ms,
        request_timeout_ms=max(settings.kafka_request_timeout_ms, 40_000),
        session_timeout_ms=10_000,
        heartbeat_interval_ms=3_000,
        max_poll_interval_ms=300_000,
    )


@dataclass
class _RetryBackoff:
    initial: float = 0.2
    maximum: float = 10.0
    current: float = field(default=0.0)

    def next_delay(self) -> float:
        self.current = self.initial if self.current == 0 else min(self.current * 2, self.maximum)
        return self.current

    def reset(self) -> None:
        self.current = 0.0


class _FinishBatchBeforeRevoke(ConsumerRebalanceListener):
    """Lets the in-flight batch finish and commit before partitions move to another member."""

    def __init__(self, lock: asyncio.Lock) -> None:
        self._lock = lock

    async def on_partitions_revoked(self, revoked: Iterable[TopicPartition]) -> None:
        async with self._lock:
            log.info("partitions revoked", extra={"partitions": sorted(map(str, revoked))})

    async def on_partitions_assigned(self, assigned: Iterable[TopicPartition]) -> None:
        log.info("partitions assigned", extra={"partitions": sorted(map(str, assigned))})


class BatchConsumer:
    """Polls batches and hands each partition's records to `handle_batch`, then commits."""

    def __init__(
        self,
        consumer: AIOKafkaConsumer,
        topics: tuple[str, ...],
        handle_batch: BatchHandler,
        *,
        max_records: int = 500,
        poll_timeout_ms: int = 200,
    ) -> None:
        self._consumer = consumer
        self._topics = topics
        self._handle_batch = handle_batch
        self._max_records = max_records
        self._poll_timeout_ms = poll_timeout_ms
        self._lock = asyncio.Lock()
        self._backoff = _RetryBackoff()
        self._stopping = asyncio.Event()
        self.healthy = False

    async def start(self) -> None:
        """Join the group (retrying until the broker answers or stop() is called)."""
        self._consumer.subscribe(
            topics=list(self._topics), listener=_FinishBatchBeforeRevoke(self._lock)
        )
        await self._consumer.start()

    async def wait_until_polling(self, *, timeout: float) -> None:
        """Wait (bounded) for the first poll, so a service is ready once it serves."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not self.healthy and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.02)

    async def stop(self) -> None:
        """Finish the batch in hand, commit it, and leave the group."""
        self._stopping.set()
        async with self._lock:
            await self._consumer.stop()

    async def run(self) -> None:
        """Consume until stop(); raises FatalConsumerError if the handler says so."""
        while not self._stopping.is_set():
            try:
                batches = await self._consumer.getmany(
                    timeout_ms=self._poll_timeout_ms, max_records=self._max_records
                )
            except ConsumerStoppedError:
                return
            self.healthy = True
            if not batches:
                continue
            async with self._lock:
                await self._handle_and_commit(batches)

    async def _handle_and_commit(self, batches: dict[TopicPartition, list[ConsumerRecord]]) -> None:
        offsets: dict[TopicPartition, int] = {}
        failed = False
        for tp, records in batches.items():
            try:
                await self._handle_batch(tp, records)
            except FatalConsumerError:
                raise
            except Exception:
                log.exception(
                    "batch failed; will retry",
                    extra={
                        "topic": tp.topic,
                        "partition": tp.partition,
                        "offset": records[0].offset,
                    },
                )
                failed = True
                self._rewind(tp, records[0].offset)
                continue
            offsets[tp] = records[-1].offset + 1
            EVENTS_CONSUMED.labels(topic=tp.topic).inc(len(records))
            highwater = self._consumer.highwater(tp)
            if highwater is not None:
                CONSUMER_LAG.labels(topic=tp.topic, partition=str(tp.partition)).set(
                    max(highwater - offsets[tp], 0)
                )
        if offsets:
            await self._commit(offsets)
        if failed:
            self.healthy = False
            await asyncio.sleep(self._backoff.next_delay())
        else:
            self._backoff.reset()

    def _rewind(self, tp: TopicPartition, offset: int) -> None:
        try:
            self._consumer.seek(tp, offset)
        except IllegalStateError:
            log.info(
                "partition no longer assigned; its new owner will re-read", extra={"tp": str(tp)}
            )

    async def _commit(self, offsets: dict[TopicPartition, int]) -> None:
        try:
            await self._consumer.commit(offsets)
        except CommitFailedError:
            # The group rebalanced: the new owner re-reads these records; handlers are idempotent.
            log.warning("commit failed after a rebalance; records will be re-delivered")
        except KafkaError:
            log.exception("commit failed; records will be re-delivered")


#: Set when a consumer loop died; the service then exits with EXIT_LOOP_FAILED.
LOOP_FAILED = threading.Event()
EXIT_LOOP_FAILED = 70


async def run_or_stop_service(
    consumer: BatchConsumer, *, name: str, request_shutdown: Callable[[], None]
) -> None:
    """Run the loop; if it fails, stop the service (its supervisor restarts it)."""
    try:
        await consumer.run()
    except asyncio.CancelledError:
        raise
    except Exception:
        log.critical("%s loop stopped; shutting the service down", name, exc_info=True)
        LOOP_FAILED.set()
        request_shutdown()
