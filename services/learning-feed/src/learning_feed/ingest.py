"""The learning-feed's stream step: classified incidents into PostgreSQL.

Each partition batch is written in one transaction: the incidents (latest version wins),
the rollup counts they move, the signals and never events they raise, and the deliveries
of those alerts (the outbox). The consumer commits the offsets only after that
transaction committed. Records that can never be stored are parked on the dead-letter
topic.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from aiokafka import TopicPartition
from aiokafka.structs import ConsumerRecord
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from learning_feed.aggregates.service import apply_changes
from learning_feed.alerts.service import raise_alerts
from learning_feed.incidents.service import RecordKeys, random_record_key, store_classified
from learning_feed.signals.service import SignalSettings, find_signals
from shared.events import EventDecodeError, IncidentClassified, KafkaMessage, decode
from shared.messaging.consumer import FatalConsumerError
from shared.messaging.dead_letter import PoisonBurstGuard, dead_letter_message
from shared.messaging.producer import EventPublisher
from shared.observability import EVENTS_DEAD_LETTERED
from shared.topics import INCIDENTS_CLASSIFIED_DLQ

log = logging.getLogger(__name__)


async def ingest_events(
    session: AsyncSession,
    *,
    events: Sequence[IncidentClassified],
    signals: SignalSettings,
    now: dt.datetime,
    record_keys: RecordKeys = random_record_key,
) -> int:
    """Store a batch and everything it implies, in the caller's transaction.

    Returns the number of deliveries queued (so the dispatcher can be woken).
    """
    changes = await store_classified(session, events=events, record_keys=record_keys)
    if not changes:
        return 0
    moved = await apply_changes(session, changes=changes)
    found = await find_signals(session, moved=moved, settings=signals, today=now.date())
    return await raise_alerts(
        session, changes=changes, signals=found, parameters=signals.parameters, now=now
    )


class StoreBatch:
    """The batch handler: decode, then store the whole batch in one transaction."""

    def __init__(
        self,
        sessions: async_sessionmaker,  # type: ignore[type-arg]
        publisher: EventPublisher,
        *,
        poison_burst_limit: int,
        signals: SignalSettings,
        on_deliveries: Callable[[], None] | None = None,
    ) -> None:
        self._sessions = sessions
        self._publisher = publisher
        self._guard = PoisonBurstGuard(poison_burst_limit)
        self._signals = signals
        self._on_deliveries = on_deliveries

    async def __call__(self, tp: TopicPartition, records: list[ConsumerRecord]) -> None:
        """Store one partition batch; raises (so nothing is committed) if the database fails."""
        events: list[IncidentClassified] = []
        poison: list[KafkaMessage] = []
        for record in records:
            try:
                events.append(decode(record.value, record.headers, IncidentClassified))
                self._guard.record_success()
            except EventDecodeError as error:
                poison.append(dead_letter_message(record, f"EventDecodeError: {error}"))
                if self._guard.record_poison():
                    raise FatalConsumerError("too many undecodable records in a row") from error
        if poison:
            await self._publisher.send_many(INCIDENTS_CLASSIFIED_DLQ, poison)
            EVENTS_DEAD_LETTERED.labels(topic=INCIDENTS_CLASSIFIED_DLQ).inc(len(poison))
        async with self._sessions() as session, session.begin():
            queued = await ingest_events(
                session, events=events, signals=self._signals, now=dt.datetime.now(dt.UTC)
            )
        if queued and self._on_deliveries is not None:
            self._on_deliveries()
