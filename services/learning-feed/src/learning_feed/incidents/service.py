"""Storing classified incidents idempotently, and reading them back."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

import orjson
from sqlalchemy import Table, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from learning_feed.incidents.facts import (
    IncidentChange,
    IncidentFacts,
    effective_never_event,
    facts_of_event,
)
from learning_feed.incidents.models import Incident, IncidentVersion
from shared.events import IncidentClassified
from shared.organisations import registry

LOCK_INCIDENTS = text(
    "SELECT pg_advisory_xact_lock(k)"
    " FROM (SELECT unnest(CAST(:keys AS bigint[])) AS k ORDER BY k) AS s"
)


RecordKeys = Callable[[uuid.UUID], int]
#: Columns an amendment never changes.
KEPT = frozenset({"incident_id", "record_key"})


def random_record_key(_: uuid.UUID) -> int:
    """A new incident's record key: random in 0..255 (kept for every later version)."""
    return secrets.randbelow(256)


def latest_per_incident(events: Sequence[IncidentClassified]) -> list[IncidentClassified]:
    """Keep, for each incident, the highest version in the batch (first seen on a tie)."""
    latest: dict[uuid.UUID, IncidentClassified] = {}
    for event in events:
        current = latest.get(event.incident_id)
        if current is None or event.version > current.version:
            latest[event.incident_id] = event
    return list(latest.values())


def lock_key(incident_id: uuid.UUID) -> int:
    """The advisory-lock key of an incident (its first 8 bytes as a signed 64-bit integer)."""
    return int.from_bytes(incident_id.bytes[:8], "big", signed=True)


#: The columns `facts_of_row` reads (never the large JSON ones).
FACT_COLUMNS = (
    Incident.incident_id,
    Incident.version,
    Incident.ods_code,
    Incident.icb_code,
    Incident.region_code,
    Incident.event_type,
    Incident.occurred_on,
    Incident.themes,
    Incident.never_event_code,
    Incident.reporter_never_event_type,
    Incident.reporter_never_event,
    Incident.physical_harm,
    Incident.service_type,
    Incident.record_key,
)


def facts_of_row(row: Any) -> IncidentFacts:
    """The facts of a stored incident (an `Incident`, or a row of `FACT_COLUMNS`)."""
    return IncidentFacts(
        incident_id=row.incident_id,
        version=row.version,
        ods_code=row.ods_code,
        icb_code=row.icb_code,
        region_code=row.region_code,
        event_type=row.event_type,
        occurred_on=row.occurred_on,
        themes=tuple(sorted(set(row.themes))),
        never_event_code=effective_never_event(row.never_event_code, row.reporter_never_event_type),
        reporter_never_event=row.reporter_never_event,
        physical_harm=row.physical_harm,
        service_type=row.service_type,
        record_key=row.record_key,
    )


@dataclass(frozen=True, slots=True)
class Dumped:
    """An event's incident and classification as JSON text, serialised once per event.

    `orjson.Fragment` is written as is by the engine's JSON serialiser (`db.json_text`),
    so the JSONB columns of both tables take pydantic's output without another pass.
    """

    record: orjson.Fragment
    classification: orjson.Fragment


def dump(event: IncidentClassified) -> Dumped:
    """The JSON form of the event's incident and classification."""
    return Dumped(
        orjson.Fragment(event.incident.model_dump_json()),
        orjson.Fragment(event.classification.model_dump_json()),
    )


def _incident_row(event: IncidentClassified, record_key: int, dumped: Dumped) -> dict[str, object]:
    incident, classification = event.incident, event.classification
    organisation = registry().get(incident.ods_code)
    return {
        "incident_id": event.incident_id,
        "version": event.version,
        "content_hash": event.content_hash,
        "ods_code": incident.ods_code,
        "icb_code": organisation.icb_code if organisation else None,
        "region_code": organisation.region_code if organisation else None,
        "local_reference": incident.local_reference,
        "event_type": incident.event_type.value,
        "occurred_on": incident.occurred.date,
        "service_type": incident.service_type,
        "specialty": incident.specialty,
        "physical_harm": incident.physical_harm,
        "psychological_harm": incident.psychological_harm,
        "reporter_never_event": incident.reporter_never_event,
        "reporter_never_event_type": incident.reporter_never_event_type,
        "never_event_code": classification.never_event.code if classification.never_event else None,
        "near_miss_code": classification.near_miss.code if classification.near_miss else None,
        "themes": [theme.id.value for theme in classification.themes],
        "review_flag": classification.review_flag is not None,
        "record_key": record_key,
        "redacted_description": classification.redacted_description,
        "record": dumped.record,
        "classification": dumped.classification,
        "submitted_at": event.submitted_at,
        "classified_at": event.classified_at,
    }


#: Core tables (executemany without the ORM's per-row bookkeeping).
INCIDENTS = cast(Table, Incident.__table__)
INCIDENT_VERSIONS = cast(Table, IncidentVersion.__table__)
INSERT_VERSIONS = insert(INCIDENT_VERSIONS).on_conflict_do_nothing(
    index_elements=["incident_id", "version"]
)
_UPSERT = insert(INCIDENTS)
#: The latest version wins: an older or equal version never overwrites a stored one.
UPSERT_INCIDENTS = _UPSERT.on_conflict_do_update(
    index_elements=["incident_id"],
    set_={
        c.name: _UPSERT.excluded[c.name]
        for c in INCIDENTS.columns
        if c.name not in KEPT and c.server_default is None
    },
    where=INCIDENTS.c.version < _UPSERT.excluded.version,
)


async def _lock_incidents(session: AsyncSession, incident_ids: Sequence[uuid.UUID]) -> None:
    """Serialise writers of the same incidents until commit (keys locked in sorted order)."""
    keys = sorted({lock_key(i) for i in incident_ids})
    await session.execute(LOCK_INCIDENTS, {"keys": keys})


async def _insert_versions(
    session: AsyncSession,
    events: Sequence[IncidentClassified],
    dumped: dict[tuple[uuid.UUID, int], Dumped],
) -> None:
    await session.execute(
        INSERT_VERSIONS,
        [
            {
                "incident_id": e.incident_id,
                "version": e.version,
                "content_hash": e.content_hash,
                "record": dumped[(e.incident_id, e.version)].record,
                "classification": dumped[(e.incident_id, e.version)].classification,
                "submitted_at": e.submitted_at,
            }
            for e in events
        ],
    )


async def _stored_facts(
    session: AsyncSession, incident_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, IncidentFacts]:
    rows = await session.execute(
        select(*FACT_COLUMNS).where(Incident.incident_id.in_(incident_ids))
    )
    return {row.incident_id: facts_of_row(row) for row in rows}


async def store_classified(
    session: AsyncSession,
    *,
    events: Sequence[IncidentClassified],
    record_keys: RecordKeys = random_record_key,
) -> list[IncidentChange]:
    """Upsert a batch: every version is kept once; the latest version wins, never an older one.

    Returns the changes that took effect (what was stored before, what is stored now), so
    the caller can move aggregate counts and raise alerts in the same transaction.
    Re-delivering the same events, or an older version after a newer one, changes nothing.
    """
    if not events:
        return []
    latest = sorted(latest_per_incident(events), key=lambda e: e.incident_id)
    await _lock_incidents(session, [e.incident_id for e in latest])
    versions: dict[tuple[uuid.UUID, int], IncidentClassified] = {}
    for event in events:  # the first copy of a version, as `latest_per_incident` keeps
        versions.setdefault((event.incident_id, event.version), event)
    dumped = {key: dump(e) for key, e in versions.items()}
    await _insert_versions(session, list(versions.values()), dumped)
    stored = await _stored_facts(session, [e.incident_id for e in latest])
    applied = [
        e
        for e in latest
        if e.incident_id not in stored or stored[e.incident_id].version < e.version
    ]
    if not applied:
        return []
    keys = {
        e.incident_id: (
            stored[e.incident_id].record_key
            if e.incident_id in stored
            else record_keys(e.incident_id)
        )
        for e in applied
    }
    await session.execute(
        UPSERT_INCIDENTS,
        [
            _incident_row(e, keys[e.incident_id], dumped[(e.incident_id, e.version)])
            for e in applied
        ],
    )
    return [
        IncidentChange(
            old=stored.get(e.incident_id),
            new=facts_of_event(e, record_key=keys[e.incident_id]),
            event=e,
        )
        for e in applied
    ]


async def get_incident(session: AsyncSession, *, incident_id: uuid.UUID) -> Incident | None:
    """The latest stored version of an incident, or None."""
    return await session.scalar(select(Incident).where(Incident.incident_id == incident_id))
