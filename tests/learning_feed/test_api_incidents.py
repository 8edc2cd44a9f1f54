"""Reading an incident is allowed to analysts and its reporter, and every read is audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from learning_feed.audit.models import AuditEvent
from learning_feed.ingest import ingest_events
from learning_feed.signals.detection import SignalParameters
from learning_feed.signals.service import SignalSettings
from shared.events import IncidentClassified

pytestmark = pytest.mark.integration


async def test_each_read_of_an_incident_is_written_to_the_audit_trail(
    api: TestClient,
    sessions: async_sessionmaker,
    token_for: Callable[..., str],  # type: ignore[type-arg]
    classified: Callable[..., IncidentClassified],
    reference: Callable[[str], str],
) -> None:
    event = classified(reference("AUDIT"), themes=("falls",))
    async with sessions() as session, session.begin():
        await ingest_events(
            session,
            events=[event],
            now=dt.datetime.now(dt.UTC),
            signals=SignalSettings(SignalParameters(), 8, 0),
        )
    path = f"/v1/incidents/{event.incident_id}"
    before = dt.datetime.now(dt.UTC)

    analyst = api.get(path, headers={"Authorization": f"Bearer {token_for('X26', 'analyst')}"})
    reporter = api.get(path, headers={"Authorization": f"Bearer {token_for('RC9', 'reporter')}"})
    other = api.get(path, headers={"Authorization": f"Bearer {token_for('RX1', 'reporter')}"})

    assert (analyst.status_code, reporter.status_code, other.status_code) == (200, 200, 403)
    assert analyst.json()["incident"]["description"] == event.incident.description
    async with sessions() as session:
        trail = list(
            await session.scalars(
                select(AuditEvent)
                .where(AuditEvent.incident_id == event.incident_id)
                .order_by(AuditEvent.audit_id)
            )
        )
    assert [(a.ods_code, a.subject, a.action, a.resource_type, a.path) for a in trail] == [
        ("X26", "lrms:X26", "read", "incident", path),
        ("RC9", "lrms:RC9", "read", "incident", path),
    ]
    assert all(a.at >= before - dt.timedelta(seconds=5) for a in trail)
    assert trail[0].roles == ["analyst"]
