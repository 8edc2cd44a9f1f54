"""Storing classified incidents in the real PostgreSQL is idempotent and version-aware."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from learning_feed.incidents.models import Incident as StoredIncident
from learning_feed.incidents.models import IncidentVersion
from learning_feed.incidents.service import get_incident, store_classified
from shared.events import IncidentClassified

pytestmark = pytest.mark.integration

Classified = Callable[..., IncidentClassified]


async def store(session: AsyncSession, *events: IncidentClassified) -> int:
    async with session.begin():
        return len(await store_classified(session, events=list(events)))


async def count(session: AsyncSession, model: type, incident_id: uuid.UUID) -> int:
    return int(
        await session.scalar(
            select(func.count()).select_from(model).where(model.incident_id == incident_id)
        )
        or 0
    )


async def test_the_same_event_twice_leaves_one_row_and_one_version(
    session: AsyncSession, classified: Classified
) -> None:
    event = classified(f"IDEM-{uuid.uuid4()}", never_event="1")
    assert await store(session, event) == 1
    assert await store(session, event, event) == 0
    assert await count(session, StoredIncident, event.incident_id) == 1
    assert await count(session, IncidentVersion, event.incident_id) == 1


async def test_an_older_version_after_a_newer_one_changes_nothing(
    session: AsyncSession, classified: Classified
) -> None:
    reference = f"ORDER-{uuid.uuid4()}"
    first, amended = classified(reference), classified(reference, version=2, physical_harm="2")
    await store(session, amended)
    assert await store(session, first) == 0
    stored = await get_incident(session, incident_id=amended.incident_id)
    assert stored is not None
    assert (stored.version, stored.physical_harm) == (2, "2")
    assert await count(session, IncidentVersion, amended.incident_id) == 2


async def test_a_batch_holding_two_versions_keeps_the_latest(
    session: AsyncSession, classified: Classified
) -> None:
    reference = f"BATCH-{uuid.uuid4()}"
    await store(session, classified(reference, version=2, physical_harm="1"), classified(reference))
    stored = await get_incident(session, incident_id=classified(reference).incident_id)
    assert stored is not None and stored.version == 2 and stored.physical_harm == "1"
    assert stored.region_code == "Y61" and stored.icb_code == "S1Y5D"


async def test_a_change_reports_what_was_stored_before(
    session: AsyncSession, classified: Classified
) -> None:
    reference = f"CHANGE-{uuid.uuid4()}"
    async with session.begin():
        [created] = await store_classified(session, events=[classified(reference)])
    async with session.begin():
        [amended] = await store_classified(
            session, events=[classified(reference, version=2, themes=("falls",))]
        )
    assert created.old is None and created.new.version == 1
    assert amended.old is not None and amended.old.version == 1
    assert amended.new.themes == ("falls",)
