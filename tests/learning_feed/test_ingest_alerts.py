"""The ingest transaction: rollups follow amendments, alerts are raised once and queued."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from learning_feed.aggregates.rollups import ROLLUPS
from learning_feed.aggregates.service import rebuild_rollups
from learning_feed.alerts.models import Alert
from learning_feed.deliveries.models import Delivery
from learning_feed.ingest import ingest_events
from learning_feed.signals.detection import SignalParameters
from learning_feed.signals.service import SignalSettings
from learning_feed.subscriptions.schemas import SubscriptionCreate
from learning_feed.subscriptions.service import create_subscription
from shared.events import IncidentClassified

pytestmark = pytest.mark.integration

Classified = Callable[..., IncidentClassified]
SIGNALS = SignalSettings(SignalParameters(min_baseline_weeks=4, min_count=5), 8, 8)
NOW = dt.datetime.now(dt.UTC)


async def ingest(
    sessions: async_sessionmaker,
    *events: IncidentClassified,
    now: dt.datetime = NOW,  # type: ignore[type-arg]
) -> int:
    async with sessions() as session, session.begin():
        return await ingest_events(session, events=list(events), signals=SIGNALS, now=now)


async def subscribe(
    sessions: async_sessionmaker,
    owner: str,
    delivery: str = "feed",
    **filters: Any,  # type: ignore[type-arg]
) -> uuid.UUID:
    data = SubscriptionCreate.model_validate(
        {
            "name": "test",
            "delivery": delivery,
            "filters": filters,
            "webhook_url": "http://127.0.0.1:9/hook" if delivery == "webhook" else None,
        }
    )
    async with sessions() as session, session.begin():
        subscription, _ = await create_subscription(session, owner=owner, data=data)
    return subscription.subscription_id


async def deliveries_of(session: AsyncSession, subscription_id: uuid.UUID) -> list[Delivery]:
    rows = await session.scalars(
        select(Delivery).where(Delivery.subscription_id == subscription_id)
    )
    return list(rows)


async def rollup_rows(session: AsyncSession) -> dict[str, list[tuple[Any, ...]]]:
    tables = [spec.table for spec in ROLLUPS] + ["weekly_theme_counts"]
    return {
        table: sorted(tuple(row) for row in await session.execute(text(f"SELECT * FROM {table}")))
        for table in tables
    }


async def test_rollups_kept_incrementally_equal_a_rebuild_after_amendments_and_redelivery(
    sessions: async_sessionmaker,
    classified: Classified,
    reference: Callable[[str], str],  # type: ignore[type-arg]
) -> None:
    ref = [reference("ROLL") for _ in range(4)]
    first = [
        classified(ref[0], themes=("falls",)),
        classified(ref[1], themes=("medication",)),
        classified(ref[2], themes=("falls", "medication"), never_event="5"),
        classified(ref[3], event_type="good_care", physical_harm=None),
    ]
    await ingest(sessions, *first)
    await ingest(sessions, *first)  # redelivered
    await ingest(
        sessions,
        classified(
            ref[0],
            version=2,
            themes=("infection",),
            physical_harm="2",
            occurred={"date": "2026-10-02"},
        ),
    )
    await ingest(
        sessions,
        classified(ref[1], version=3, themes=()),
        classified(ref[1], version=2, themes=("falls",)),
    )
    await ingest(sessions, classified(ref[0], version=1, themes=("falls",)))  # late, older
    async with sessions() as session, session.begin():
        await session.execute(text("LOCK TABLE incidents IN SHARE MODE"))
        incremental = await rollup_rows(session)
        await rebuild_rollups(session)
        assert await rollup_rows(session) == incremental
        await session.rollback()
    assert all(count > 0 for rows in incremental.values() for *_, count in rows)


async def test_a_never_event_raises_one_alert_queued_for_matching_subscriptions(
    sessions: async_sessionmaker,
    classified: Classified,
    reference: Callable[[str], str],  # type: ignore[type-arg]
) -> None:
    region_feed = await subscribe(sessions, "Y61", regions=["Y61"])
    webhook = await subscribe(sessions, "Y61", "webhook", never_event_types=["1"], trusts=["RC9"])
    other_region = await subscribe(sessions, "Y56", regions=["Y56"])
    too_mild = await subscribe(sessions, "Y61", regions=["Y61"], min_harm="2")
    event = classified(reference("NE"), never_event="1", themes=("treatment_procedure",))

    assert await ingest(sessions, event) >= 2
    assert await ingest(sessions, event) == 0  # redelivered: nothing new
    assert (
        await ingest(
            sessions, classified(event.incident.local_reference, version=2, never_event="1")
        )
        == 0
    )  # amended: still one alert

    async with sessions() as session:
        alerts = list(
            await session.scalars(select(Alert).where(Alert.incident_id == event.incident_id))
        )
        assert len(alerts) == 1 and alerts[0].kind == "never_event"
        data = alerts[0].payload["data"]
        assert data["never_event"]["code"] == "1" and data["never_event"]["source"] == "classifier"
        assert data["incident"]["description"] == event.classification.redacted_description
        assert data["incident"]["region_code"] == "Y61"
        [feed_item] = await deliveries_of(session, region_feed)
        [pending] = await deliveries_of(session, webhook)
        assert (feed_item.status, feed_item.channel) == ("feed", "feed")
        assert (pending.status, pending.attempt_count) == ("pending", 0)
        assert pending.webhook_id.startswith("msg_")
        assert await deliveries_of(session, other_region) == []
        assert await deliveries_of(session, too_mild) == []


async def test_a_never_event_the_reporter_declares_raises_an_alert_too(
    sessions: async_sessionmaker,
    classified: Classified,
    reference: Callable[[str], str],  # type: ignore[type-arg]
) -> None:
    event = classified(
        reference("DECLARED"), reporter_never_event=True, reporter_never_event_type="3"
    )
    await ingest(sessions, event)
    async with sessions() as session:
        alert = await session.scalar(select(Alert).where(Alert.incident_id == event.incident_id))
    assert alert is not None
    assert alert.payload["data"]["never_event"] == {
        "code": "3",
        "label": "Retained foreign object post procedure",
        "source": "reporter",
        "declared_by_reporter": True,
        "confidence": None,
        "review_flag": None,
    }


def weekly_events(
    classified: Classified,
    reference: Callable[[str], str],
    *,
    trust: str,
    theme: str,
    week: dt.date,
    count: int,
) -> list[IncidentClassified]:
    return [
        classified(
            reference("SIG"),
            ods_code=trust,
            themes=(theme,),
            occurred={"date": (week + dt.timedelta(days=n % 7)).isoformat()},
        )
        for n in range(count)
    ]


async def test_a_spike_raises_one_thematic_alert_and_the_steady_series_beside_it_none(
    sessions: async_sessionmaker,
    classified: Classified,
    reference: Callable[[str], str],  # type: ignore[type-arg]
) -> None:
    current = dt.date(2021, 6, 14)  # a Monday; London (spike) and Y63 (steady) have no other data
    now = dt.datetime.combine(current + dt.timedelta(days=6), dt.time(12), dt.UTC)
    subscriber = await subscribe(sessions, "Y56", themes=["self_harm"], regions=["Y56"])
    for back in range(8, 0, -1):
        week = current - dt.timedelta(weeks=back)
        await ingest(
            sessions,
            *weekly_events(
                classified, reference, trust="RJ1", theme="self_harm", week=week, count=6 + back % 2
            ),
            now=now,
        )
        await ingest(
            sessions,
            *weekly_events(
                classified, reference, trust="RAE", theme="self_harm", week=week, count=6 + back % 2
            ),
            now=now,
        )
    await ingest(
        sessions,
        *weekly_events(
            classified, reference, trust="RAE", theme="self_harm", week=current, count=7
        ),
        now=now,
    )
    spike = weekly_events(
        classified, reference, trust="RJ1", theme="self_harm", week=current, count=24
    )
    await ingest(sessions, *spike[:12], now=now)
    await ingest(sessions, *spike[12:], now=now)

    async with sessions() as session:
        alerts = list(
            await session.scalars(
                select(Alert).where(
                    Alert.kind == "thematic_signal",
                    Alert.theme == "self_harm",
                    Alert.week_start == current,
                )
            )
        )
        assert [a.region_code for a in alerts] == ["Y56"]  # not Y63, the steady region
        signal = alerts[0].payload["data"]["signal"]
        assert signal["observed"] >= 12 and signal["week"] == "2021-W24"
        assert 6 <= signal["expected"] <= 8 < signal["limit"] < signal["observed"]
        assert len(await deliveries_of(session, subscriber)) == 1
        total = await session.scalar(
            select(func.count())
            .select_from(Alert)
            .where(Alert.kind == "thematic_signal", Alert.theme == "self_harm")
        )
        assert total == 1
