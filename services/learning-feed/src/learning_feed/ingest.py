"""The learning-feed's stream step: classified incidents into PostgreSQL.

Each partition batch is written in one transaction: the incidents (latest version wins),
the rollup counts they move, the signals and never events they raise, and the deliveries
of those alerts (the outbox). The consumer commits the offsets only after that
transaction committed. Records that can never be stored are parked on the dead-letter
topic.

Each record's W3C `traceparent` header is continued (a new span per record, same trace):
the alerts a record raises keep that trace, the webhooks that deliver them continue it,
and the ingest's log lines about a record carry its trace id.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from aiokafka import TopicPartition
from aiokafka.structs import ConsumerRecord
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from learning_feed.aggregates.service import apply_changes
from learning_feed.alerts.service import NOTHING_RAISED, Raised, raise_alerts
from learning_feed.incidents.service import RecordKeys, random_record_key, store_classified
from learning_feed.signals.service import SignalSettings, find_signals
from learning_feed.tracing import BatchTraces
from shared.events import EventDecodeError, IncidentClassified, KafkaMessage, decode, header
from shared.messaging.consumer import FatalConsumerError
from shared.messaging.dead_letter import PoisonBurstGuard, dead_letter_message
from shared.messaging.producer import EventPublisher
from shared.observability import EVENTS_DEAD_LETTERED, is_valid_traceparent, trace_context
from shared.topics import INCIDENTS_CLASSIFIED_DLQ

log = logging.getLogger(__name__)


async def ingest_batch(
    session: AsyncSession,
    *,
    events: Sequence[IncidentClassified],
    signals: SignalSettings,
    now: dt.datetime,
    record_keys: RecordKeys = random_record_key,
    traces: BatchTraces | None = None,
) -> Raised:
    """Store a batch and everything it implies, in the caller's transaction.

    Returns the alerts raised (each in the trace of the incident that raised it) and the
    number of deliveries queued (so the dispatcher can be woken).
    """
    changes = await store_classified(session, events=events, record_keys=record_keys)
    if not changes:
        return NOTHING_RAISED
    moved = await apply_changes(session, changes=changes)
    found = await find_signals(session, moved=moved, settings=signals, today=now.date())
    return await raise_alerts(
        session,
        changes=changes,
        signals=found,
        parameters=signals.parameters,
        now=now,
        traces=traces,
    )


async def ingest_events(
    session: AsyncSession,
    *,
    events: Sequence[IncidentClassified],
    signals: SignalSettings,
    now: dt.datetime,
    record_keys: RecordKeys = random_record_key,
) -> int:
    """`ingest_batch` without trace context; returns the number of deliveries queued."""
    raised = await ingest_batch(
        session, events=events, signals=signals, now=now, record_keys=record_keys
    )
    return raised.deliveries


def log_raised(raised: Raised) -> None:
    """One line per new alert, carrying the trace id of the incident that raised it."""
    for alert in raised.alerts:
        incident_id = str(alert.raised_by) if alert.raised_by else None
        with trace_context(alert.traceparent, incident_id=incident_id):
            log.info(
                "alert raised",
                extra={
                    "alert_id": str(alert.alert_id),
                    "kind": alert.kind,
                    "deliveries": alert.deliveries,
                },
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
        received: list[str | None] = []
        poison: list[KafkaMessage] = []
        for record in records:
            try:
                events.append(decode(record.value, record.headers, IncidentClassified))
                received.append(header(record.headers, "traceparent"))
                self._guard.record_success()
            except EventDecodeError as error:
                received_trace = header(record.headers, "traceparent")
                with trace_context(
                    received_trace if is_valid_traceparent(received_trace) else None
                ):
                    log.warning(
                        "dead-lettering record",
                        extra={"offset": record.offset, "error": str(error)[:500]},
                    )
                poison.append(dead_letter_message(record, f"EventDecodeError: {error}"))
                if self._guard.record_poison():
                    raise FatalConsumerError("too many undecodable records in a row") from error
        if poison:
            await self._publisher.send_many(INCIDENTS_CLASSIFIED_DLQ, poison)
            EVENTS_DEAD_LETTERED.labels(topic=INCIDENTS_CLASSIFIED_DLQ).inc(len(poison))
        traces = BatchTraces.of(events, received)
        async with self._sessions() as session, session.begin():
            raised = await ingest_batch(
                session,
                events=events,
                signals=self._signals,
                now=dt.datetime.now(dt.UTC),
                traces=traces,
            )
        if log.isEnabledFor(logging.DEBUG):
            for event in events:
                span = traces.traceparent_of(event)
                with trace_context(span, incident_id=str(event.incident_id)):
                    log.debug("incident stored", extra={"version": event.version})
        log_raised(raised)
        if raised.deliveries and self._on_deliveries is not None:
            self._on_deliveries()
