"""Storing classified incidents idempotently, and reading them back."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from shared.events import IncidentClassified
from shared.organisations import registry

from learning_feed.incidents.models import Incident, IncidentVersion


def latest_per_incident(events: Sequence[IncidentClassified]) -> list[IncidentClassified]:
    """Keep, for each incident, the highest version in the batch (first seen on a tie)."""
    latest: dict[uuid.UUID, IncidentClassified] = {}
    for event in events:
        current = latest.get(event.incident_id)
        if current is None or event.version > current.version:
            latest[event.incident_id] = event
    return list(latest.values())


def _incident_row(event: IncidentClassified) -> dict[str, object]:
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
        "redacted_description": classification.redacted_description,
        "record": incident.model_dump(mode="json"),
        "classification": classification.model_dump(mode="json"),
        "submitted_at": event.submitted_at,
        "classified_at": event.classified_at,
    }


async def store_classified(session: AsyncSession, *, events: Sequence[IncidentClassified]) -> None:
    """Upsert a batch: every version is kept once; the latest version wins, never an older one.

    Re-delivering the same events, or an older version after a newer one, changes nothing.
    """
    if not events:
        return
    versions = {(e.incident_id, e.version): e for e in events}.values()
    await session.execute(
        insert(IncidentVersion)
        .values(
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
            ]
        )
        .on_conflict_do_nothing(index_elements=["incident_id", "version"])
    )
    rows = [_incident_row(e) for e in latest_per_incident(events)]
    statement = insert(Incident).values(rows)
    updatable = {c: statement.excluded[c] for c in rows[0] if c != "incident_id"}
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["incident_id"],
            set_=updatable,
            where=Incident.version < statement.excluded.version,
        )
    )


async def get_incident(session: AsyncSession, *, incident_id: uuid.UUID) -> Incident | None:
    """The latest stored version of an incident, or None."""
    return await session.scalar(select(Incident).where(Incident.incident_id == incident_id))
