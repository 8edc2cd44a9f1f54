"""Raising alerts in the ingest transaction and queuing them for matching subscriptions."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from learning_feed.alerts.matching import AlertFacts, AlertKind, matches
from learning_feed.alerts.models import Alert
from learning_feed.alerts.payloads import (
    never_event_body,
    never_event_facts,
    signal_body,
    signal_facts,
)
from learning_feed.deliveries.service import NewDelivery, enqueue
from learning_feed.incidents.facts import IncidentChange
from learning_feed.signals.detection import SignalParameters
from learning_feed.signals.service import ThematicSignal
from learning_feed.subscriptions.service import active_subscriptions, filter_of


@dataclass(frozen=True, slots=True)
class NewAlert:
    """An alert to raise: its row and what filters look at."""

    row: dict[str, Any]
    facts: AlertFacts


def never_event_alert(change: IncidentChange, *, raised_at: dt.datetime) -> NewAlert:
    """The alert of an incident that carries a never event."""
    body = never_event_body(change, raised_at=raised_at)
    row = {
        "alert_id": uuid.UUID(body["data"]["alert_id"]),
        "kind": AlertKind.NEVER_EVENT.value,
        "incident_id": change.new.incident_id,
        "theme": None,
        "region_code": None,
        "week_start": None,
        "payload": body,
    }
    return NewAlert(row, never_event_facts(change))


def signal_alert(
    signal: ThematicSignal, *, raised_at: dt.datetime, parameters: SignalParameters
) -> NewAlert:
    """The alert of a thematic signal."""
    body = signal_body(signal, raised_at=raised_at, parameters=parameters)
    row = {
        "alert_id": uuid.UUID(body["data"]["alert_id"]),
        "kind": AlertKind.THEMATIC_SIGNAL.value,
        "incident_id": None,
        "theme": signal.theme,
        "region_code": signal.region_code,
        "week_start": signal.week_start,
        "payload": body,
    }
    return NewAlert(row, signal_facts(signal))


async def raise_alerts(
    session: AsyncSession,
    *,
    changes: Sequence[IncidentChange],
    signals: Sequence[ThematicSignal],
    parameters: SignalParameters,
    now: dt.datetime,
) -> int:
    """Raise each alert once (a repeat changes nothing) and queue it for every match.

    Returns the number of deliveries queued.
    """
    candidates = [never_event_alert(c, raised_at=now) for c in changes if c.new.is_never_event]
    candidates += [signal_alert(s, raised_at=now, parameters=parameters) for s in signals]
    if not candidates:
        return 0
    result = await session.execute(
        insert(Alert)
        .values(sorted((c.row for c in candidates), key=lambda r: r["alert_id"]))
        .on_conflict_do_nothing()
        .returning(Alert.alert_id)
    )
    created = set(result.scalars())
    if not created:
        return 0
    subscriptions = [(s, filter_of(s)) for s in await active_subscriptions(session)]
    deliveries = [
        NewDelivery(c.row["alert_id"], s.subscription_id, s.ods_code, s.delivery)
        for c in candidates
        if c.row["alert_id"] in created
        for s, subscription_filter in subscriptions
        if matches(subscription_filter, c.facts)
    ]
    return await enqueue(session, deliveries=deliveries, now=now)
