"""Raising alerts in the ingest transaction and queuing them for matching subscriptions."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from learning_feed.aggregates.rollups import WeeklyKey
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
from learning_feed.tracing import BatchTraces, signal_trigger

ALERTS = cast(Table, Alert.__table__)
#: Each alert once (a repeat changes nothing); one cached statement for any batch size.
INSERT_ALERTS = insert(ALERTS).on_conflict_do_nothing().returning(ALERTS.c.alert_id)


@dataclass(frozen=True, slots=True)
class NewAlert:
    """An alert to raise: its row and what filters look at."""

    row: dict[str, Any]
    facts: AlertFacts
    #: The incident that raised it (a signal's: the last to arrive that added to the cell).
    raised_by: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class RaisedAlert:
    """An alert this batch raised for the first time (for the log, after commit)."""

    alert_id: uuid.UUID
    kind: str
    raised_by: uuid.UUID | None
    traceparent: str | None
    deliveries: int


@dataclass(frozen=True, slots=True)
class Raised:
    """What `raise_alerts` did: the new alerts and how many deliveries it queued."""

    alerts: list[RaisedAlert]
    deliveries: int


NOTHING_RAISED = Raised([], 0)


def never_event_alert(
    change: IncidentChange, *, raised_at: dt.datetime, traceparent: str | None = None
) -> NewAlert:
    """The alert of an incident that carries a never event (in the incident's trace)."""
    body = never_event_body(change, raised_at=raised_at)
    row = {
        "alert_id": uuid.UUID(body["data"]["alert_id"]),
        "kind": AlertKind.NEVER_EVENT.value,
        "incident_id": change.new.incident_id,
        "theme": None,
        "region_code": None,
        "week_start": None,
        "payload": body,
        "traceparent": traceparent,
    }
    return NewAlert(row, never_event_facts(change), change.new.incident_id)


def signal_alert(
    signal: ThematicSignal,
    *,
    raised_at: dt.datetime,
    parameters: SignalParameters,
    trigger: IncidentChange | None = None,
    traceparent: str | None = None,
) -> NewAlert:
    """The alert of a thematic signal (in the trace of the incident that raised it)."""
    body = signal_body(signal, raised_at=raised_at, parameters=parameters)
    row = {
        "alert_id": uuid.UUID(body["data"]["alert_id"]),
        "kind": AlertKind.THEMATIC_SIGNAL.value,
        "incident_id": None,
        "theme": signal.theme,
        "region_code": signal.region_code,
        "week_start": signal.week_start,
        "payload": body,
        "traceparent": traceparent,
    }
    return NewAlert(row, signal_facts(signal), trigger.new.incident_id if trigger else None)


def candidate_alerts(
    *,
    changes: Sequence[IncidentChange],
    signals: Sequence[ThematicSignal],
    parameters: SignalParameters,
    now: dt.datetime,
    traces: BatchTraces,
) -> list[NewAlert]:
    """Every alert the batch implies, each in the trace of the incident that raised it."""
    candidates = [
        never_event_alert(c, raised_at=now, traceparent=traces.traceparent_of(c.event))
        for c in changes
        if c.new.is_never_event
    ]
    for signal in signals:
        cell = WeeklyKey(signal.theme, signal.region_code, signal.week_start)
        trigger = signal_trigger(cell, changes, traces)
        candidates.append(
            signal_alert(
                signal,
                raised_at=now,
                parameters=parameters,
                trigger=trigger,
                traceparent=traces.traceparent_of(trigger.event) if trigger else None,
            )
        )
    return candidates


async def raise_alerts(
    session: AsyncSession,
    *,
    changes: Sequence[IncidentChange],
    signals: Sequence[ThematicSignal],
    parameters: SignalParameters,
    now: dt.datetime,
    traces: BatchTraces | None = None,
) -> Raised:
    """Raise each alert once (a repeat changes nothing) and queue it for every match.

    Returns the alerts raised now and the number of deliveries queued.
    """
    candidates = candidate_alerts(
        changes=changes,
        signals=signals,
        parameters=parameters,
        now=now,
        traces=traces or BatchTraces(),
    )
    if not candidates:
        return NOTHING_RAISED
    result = await session.execute(
        INSERT_ALERTS, sorted((c.row for c in candidates), key=lambda r: r["alert_id"])
    )
    created = set(result.scalars())
    if not created:
        return NOTHING_RAISED
    subscriptions = [(s, filter_of(s)) for s in await active_subscriptions(session)]
    new = [c for c in candidates if c.row["alert_id"] in created]
    deliveries = {
        c.row["alert_id"]: [
            NewDelivery(
                c.row["alert_id"],
                s.subscription_id,
                s.ods_code,
                s.delivery,
                traceparent=c.row["traceparent"],
            )
            for s, subscription_filter in subscriptions
            if matches(subscription_filter, c.facts)
        ]
        for c in new
    }
    queued = await enqueue(
        session, deliveries=[d for ds in deliveries.values() for d in ds], now=now
    )
    alerts = [
        RaisedAlert(
            alert_id=c.row["alert_id"],
            kind=c.row["kind"],
            raised_by=c.raised_by,
            traceparent=c.row["traceparent"],
            deliveries=len(deliveries[c.row["alert_id"]]),
        )
        for c in new
    ]
    return Raised(alerts, queued)
