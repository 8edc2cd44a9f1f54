"""W3C trace context through the ingest: which trace each stored version and alert belongs to.

Every classified record carries the classifier's `traceparent` header. The ingest
continues it (same trace id, a new span id: the ingest span of that record); the alerts
a record raises keep that span as their parent, and each webhook attempt continues it
again. Pure: no I/O.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from learning_feed.aggregates.rollups import WeeklyKey, weekly_keys
from learning_feed.incidents.facts import IncidentChange
from shared.events import IncidentClassified
from shared.observability import child_traceparent, is_valid_traceparent, new_traceparent

VersionKey = tuple[uuid.UUID, int]


def ingest_span(received: str | None) -> str:
    """The ingest's span of a record: continues a well-formed `traceparent`, else a new trace.

    A malformed header starts a new trace rather than being stored (or failing the batch).
    """
    return child_traceparent(received) if is_valid_traceparent(received) else new_traceparent()


@dataclass(frozen=True, slots=True)
class BatchTraces:
    """The ingest span of each (incident, version) of a batch, and the order they arrived in."""

    spans: dict[VersionKey, str] = field(default_factory=dict)
    arrival: dict[VersionKey, int] = field(default_factory=dict)

    @classmethod
    def of(
        cls, events: Sequence[IncidentClassified], traceparents: Iterable[str | None]
    ) -> BatchTraces:
        """Pair each event with the traceparent its record arrived with (first copy wins)."""
        traces = cls()
        for position, (event, received) in enumerate(zip(events, traceparents, strict=True)):
            key = (event.incident_id, event.version)
            if key not in traces.spans:
                traces.spans[key] = ingest_span(received)
                traces.arrival[key] = position
        return traces

    def traceparent_of(self, event: IncidentClassified) -> str | None:
        """The ingest span of this event's record (None when the batch was not traced)."""
        return self.spans.get((event.incident_id, event.version))

    def position_of(self, event: IncidentClassified) -> int:
        """Where in the batch the event's record arrived (-1 when unknown)."""
        return self.arrival.get((event.incident_id, event.version), -1)


def signal_trigger(
    cell: WeeklyKey, changes: Sequence[IncidentChange], traces: BatchTraces
) -> IncidentChange | None:
    """The change whose arrival raised a weekly cell: the last to arrive that added to it."""
    adding = [
        change
        for change in changes
        if cell in weekly_keys(change.new)
        and (change.old is None or cell not in weekly_keys(change.old))
    ]
    return max(adding, key=lambda c: traces.position_of(c.event), default=None)
