"""The classifier's stream step: submitted incident in, classified incident out.

For each partition batch: decode, classify, publish every result and wait for the
broker's acknowledgements; only then does the consumer commit the offsets. A record
that can never be processed goes to the dead-letter topic with the reason.
"""

from __future__ import annotations

import datetime as dt
import logging

from aiokafka import TopicPartition
from aiokafka.structs import ConsumerRecord

from classifier.engine import classify, redact
from classifier.metrics import count_classification
from shared.events import (
    EventDecodeError,
    IncidentClassified,
    IncidentSubmitted,
    KafkaMessage,
    decode,
    encode,
    header,
)
from shared.messaging.consumer import FatalConsumerError
from shared.messaging.dead_letter import PoisonBurstGuard, dead_letter_message
from shared.messaging.producer import EventPublisher
from shared.observability import (
    EVENTS_DEAD_LETTERED,
    EVENTS_PRODUCED,
    child_traceparent,
    trace_id_of,
)
from shared.topics import INCIDENTS_CLASSIFIED, INCIDENTS_SUBMITTED_DLQ

log = logging.getLogger(__name__)
SOURCE = "/classifier"


def classified_event(submitted: IncidentSubmitted) -> IncidentClassified:
    """Classify a submitted incident; the outgoing incident carries only redacted text."""
    classification = classify(submitted.incident)
    redacted_incident = submitted.incident.model_copy(
        update={
            "description": classification.redacted_description,
            "immediate_actions": (
                redact(submitted.incident.immediate_actions)
                if submitted.incident.immediate_actions
                else None
            ),
            "location": redact(submitted.incident.location)
            if submitted.incident.location
            else None,
        }
    )
    return IncidentClassified(
        incident_id=submitted.incident_id,
        version=submitted.version,
        amendment=submitted.amendment,
        content_hash=submitted.content_hash,
        submitted_at=submitted.submitted_at,
        incident=redacted_incident,
        classified_at=dt.datetime.now(dt.UTC),
        classification=classification,
    )


class ClassifyBatch:
    """The batch handler the consumer loop calls for each partition."""

    def __init__(self, publisher: EventPublisher, *, poison_burst_limit: int) -> None:
        self._publisher = publisher
        self._guard = PoisonBurstGuard(poison_burst_limit)

    async def __call__(self, tp: TopicPartition, records: list[ConsumerRecord]) -> None:
        """Classify and publish every record of one partition batch (or dead-letter it)."""
        outgoing: list[KafkaMessage] = []
        poison: list[KafkaMessage] = []
        for record in records:
            try:
                submitted = decode(record.value, record.headers, IncidentSubmitted)
                event = classified_event(submitted)
            except (EventDecodeError, ValueError) as error:
                log.warning(
                    "dead-lettering record",
                    extra={"offset": record.offset, "error": str(error)[:500]},
                )
                poison.append(dead_letter_message(record, f"{type(error).__name__}: {error}"))
                if self._guard.record_poison():
                    raise FatalConsumerError(
                        f"{self._guard.consecutive} records in a row could not be processed"
                    ) from error
                continue
            self._guard.record_success()
            traceparent = child_traceparent(header(record.headers, "traceparent"))
            outgoing.append(encode(event, source=SOURCE, traceparent=traceparent))
            count_classification(event)
            if event.classification.never_event is not None:
                log.info(
                    "never event recognised",
                    extra={
                        "incident_id": str(event.incident_id),
                        "version": event.version,
                        "never_event": event.classification.never_event.code,
                        "rule_id": event.classification.never_event.rule_id,
                        "trace_id": trace_id_of(traceparent),
                    },
                )
        await self._publisher.send_many(INCIDENTS_CLASSIFIED, outgoing)
        EVENTS_PRODUCED.labels(topic=INCIDENTS_CLASSIFIED).inc(len(outgoing))
        if poison:
            await self._publisher.send_many(INCIDENTS_SUBMITTED_DLQ, poison)
            EVENTS_DEAD_LETTERED.labels(topic=INCIDENTS_SUBMITTED_DLQ).inc(len(poison))
