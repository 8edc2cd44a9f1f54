"""The learning-feed's stream step: classified incidents into PostgreSQL.

Each partition batch is written in one transaction; the consumer commits the
offsets only after that transaction committed. Records that can never be stored
are parked on the dead-letter topic.
"""

from __future__ import annotations

import logging

from aiokafka import TopicPartition
from aiokafka.structs import ConsumerRecord
from sqlalchemy.ext.asyncio import async_sessionmaker

from shared.events import EventDecodeError, IncidentClassified, KafkaMessage, decode
from shared.messaging.consumer import FatalConsumerError
from shared.messaging.dead_letter import PoisonBurstGuard, dead_letter_message
from shared.messaging.producer import EventPublisher
from shared.observability import EVENTS_DEAD_LETTERED
from shared.topics import INCIDENTS_CLASSIFIED_DLQ

from learning_feed.incidents.service import store_classified

log = logging.getLogger(__name__)


class StoreBatch:
    """The batch handler: decode, then store the whole batch in one transaction."""

    def __init__(
        self, sessions: async_sessionmaker, publisher: EventPublisher, *, poison_burst_limit: int  # type: ignore[type-arg]
    ) -> None:
        self._sessions = sessions
        self._publisher = publisher
        self._guard = PoisonBurstGuard(poison_burst_limit)

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
            await store_classified(session, events=events)
