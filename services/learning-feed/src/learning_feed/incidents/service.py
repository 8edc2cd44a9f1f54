"""Storing classified incidents idempotently, and reading them back."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Sequence

from sqlalchemy import select, text
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


def facts_of_row(row: Incident) -> IncidentFacts:
    """The facts of a stored incident row."""
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


def _incident_row(event: IncidentClassified, record_key: int) -> dict[str, object]:
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
        "record": incident.model_dump(mode="json"),
        "classification": classification.model_dump(mode="json"),
        "submitted_at": event.submitted_at,
        "classified_at": event.classified_at,
    }


async def _lock_incidents(session: AsyncSession, incident_ids: Sequence[uuid.UUID]) -> None:
    """Serialise writers of the same incidents until commit (keys locked in sorted order)."""
    keys = sorted({lock_key(i) for i in incident_ids})
    await session.execute(LOCK_INCIDENTS, {"keys": keys})


async def _insert_versions(session: AsyncSession, events: Sequence[IncidentClassified]) -> None:
    versions = {(e.incident_id, e.version): e for e in events}.values()
    await session.execute(
        insert(IncidentVersion).on_conflict_do_nothing(index_elements=["incident_id", "version"]),
        [
            {
                "incident_id": e.incident_id,
                "version": e.version,
                "content_hash": e.content_hash,
                "record": e.incident.model_dump(mode="json"),
                "classification": e.classification.model_dump(mode="json"),
                "submitted_at": e.submitted_at,
            }
            for e in versions
        ],
    )


async def _stored_facts(
    session: AsyncSession, incident_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, IncidentFacts]:
    rows = await session.scalars(select(Incident).where(Incident.incident_id.in_(incident_ids)))
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
    await _insert_versions(session, events)
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
    rows = [_incident_row(e, keys[e.incident_id]) for e in applied]
    statement = insert(Incident)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["incident_id"],
            set_={c: statement.excluded[c] for c in rows[0] if c not in KEPT},
            where=Incident.version < statement.excluded.version,
        ),
        rows,
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
