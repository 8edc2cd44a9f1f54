"""Storing classified incidents in the real PostgreSQL is idempotent and version-aware."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from devstack.stack import LEARNING_FEED_DB, Stack
from learning_feed.db import make_engine, make_sessionmaker
from learning_feed.incidents.models import Incident as StoredIncident
from learning_feed.incidents.models import IncidentVersion
from learning_feed.incidents.service import get_incident, store_classified
from shared.classification import Classification, NeverEventTag
from shared.events import IncidentClassified
from shared.incident import Incident
from tests.factories import incident_body

pytestmark = pytest.mark.integration


def classified(reference: str, version: int, **changes: object) -> IncidentClassified:
    incident = Incident.model_validate(incident_body(local_reference=reference, **changes))
    now = dt.datetime.now(dt.UTC)
    return IncidentClassified(
        incident_id=incident.incident_id, version=version, amendment=version > 1,
        content_hash=incident.content_hash(), submitted_at=now, incident=incident,
        classified_at=now,
        classification=Classification(
            never_event=NeverEventTag(code="1", label="Wrong site surgery", confidence=0.9,
                                      rule_id="ne1.test", evidence=[]),
            redacted_description=incident.description, taxonomy_version="t", classifier_version="c",
        ),
    )


@pytest.fixture
async def session(stack: Stack) -> AsyncIterator[AsyncSession]:
    engine = make_engine(stack.postgres.url(LEARNING_FEED_DB))
    async with make_sessionmaker(engine)() as session:
        yield session
    await engine.dispose()


async def store(session: AsyncSession, *events: IncidentClassified) -> None:
    async with session.begin():
        await store_classified(session, events=list(events))


async def count(session: AsyncSession, model: type, incident_id: uuid.UUID) -> int:
    return int(await session.scalar(
        select(func.count()).select_from(model).where(model.incident_id == incident_id)
    ) or 0)


async def test_the_same_event_twice_leaves_one_row_and_one_version(session: AsyncSession) -> None:
    event = classified(f"IDEM-{uuid.uuid4()}", 1)
    await store(session, event)
    await store(session, event, event)
    assert await count(session, StoredIncident, event.incident_id) == 1
    assert await count(session, IncidentVersion, event.incident_id) == 1


async def test_an_older_version_after_a_newer_one_changes_nothing(session: AsyncSession) -> None:
    reference = f"ORDER-{uuid.uuid4()}"
    first, amended = classified(reference, 1), classified(reference, 2, physical_harm="2")
    await store(session, amended)
    await store(session, first)
    stored = await get_incident(session, incident_id=amended.incident_id)
    assert stored is not None
    assert (stored.version, stored.physical_harm) == (2, "2")
    assert await count(session, IncidentVersion, amended.incident_id) == 2


async def test_a_batch_holding_two_versions_keeps_the_latest(session: AsyncSession) -> None:
    reference = f"BATCH-{uuid.uuid4()}"
    await store(session, classified(reference, 2, physical_harm="1"), classified(reference, 1))
    stored = await get_incident(session, incident_id=classified(reference, 1).incident_id)
    assert stored is not None and stored.version == 2 and stored.physical_harm == "1"
    assert stored.region_code == "Y61" and stored.icb_code == "S1Y5D"
