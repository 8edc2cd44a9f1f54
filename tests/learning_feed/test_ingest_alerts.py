"""The ingest transaction: rollups follow amendments, alerts are raised once and queued."""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from aiokafka import TopicPartition
from aiokafka.structs import ConsumerRecord
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from learning_feed.aggregates.rollups import ROLLUPS
from learning_feed.aggregates.service import rebuild_rollups
from learning_feed.alerts.models import Alert
from learning_feed.deliveries.models import Delivery
from learning_feed.ingest import StoreBatch, ingest_batch, ingest_events
from learning_feed.signals.detection import SignalParameters
from learning_feed.signals.service import SignalSettings
from learning_feed.subscriptions.schemas import SubscriptionCreate
from learning_feed.subscriptions.service import create_subscription
from learning_feed.tracing import BatchTraces
from shared.events import IncidentClassified, encode
from shared.observability import (
    JsonFormatter,
    is_valid_traceparent,
    new_traceparent,
    trace_id_of,
)

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
        emptied = {
            table: await session.scalar(text(f"SELECT count(*) FROM {table} WHERE count <= 0"))
            for table in incremental
        }
        await session.rollback()
    # Rows an amendment emptied are deleted, not kept as zeros. (By name: the last column
    # of some tables is key_sum, which is 0 whenever one incident's record key is 0.)
    assert emptied == dict.fromkeys(incremental, 0)


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


async def ingest_traced(
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    events: list[IncidentClassified],
    traceparents: list[str | None],
    now: dt.datetime = NOW,
) -> None:
    async with sessions() as session, session.begin():
        await ingest_batch(
            session,
            events=events,
            signals=SIGNALS,
            now=now,
            traces=BatchTraces.of(events, traceparents),
        )


def span_id_of(traceparent: str | None) -> str:
    return (traceparent or "").split("-")[2]


async def test_a_never_event_alert_and_its_deliveries_continue_the_trace_of_its_record(
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    classified: Classified,
    reference: Callable[[str], str],
) -> None:
    subscriber = await subscribe(sessions, "Y58", "webhook", trusts=["RA9"])
    event = classified(reference("TRACED"), never_event="2", ods_code="RA9")
    other = classified(reference("TRACED"), ods_code="RA9")
    received = new_traceparent()
    await ingest_traced(sessions, [other, event], [new_traceparent(), received])

    async with sessions() as session:
        alert = await session.scalar(select(Alert).where(Alert.incident_id == event.incident_id))
        [delivery] = await deliveries_of(session, subscriber)
    assert alert is not None and is_valid_traceparent(alert.traceparent)
    assert trace_id_of(alert.traceparent) == trace_id_of(received)
    assert span_id_of(alert.traceparent) != span_id_of(received)  # the ingest's own span
    assert delivery.traceparent == alert.traceparent


async def test_a_record_without_a_usable_traceparent_raises_its_alert_in_a_new_trace(
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    classified: Classified,
    reference: Callable[[str], str],
) -> None:
    missing = classified(reference("UNTRACED"), never_event="2")
    garbled = classified(reference("UNTRACED"), never_event="2")
    long_flags = f"00-{'a' * 32}-{'b' * 16}-" + "0" * 100
    await ingest_traced(sessions, [missing, garbled], [None, long_flags])

    async with sessions() as session:
        alerts = list(
            await session.scalars(
                select(Alert).where(
                    Alert.incident_id.in_([missing.incident_id, garbled.incident_id])
                )
            )
        )
    assert len(alerts) == 2
    assert all(is_valid_traceparent(a.traceparent) for a in alerts)
    assert trace_id_of(alerts[0].traceparent) != trace_id_of(alerts[1].traceparent)
    assert "a" * 32 not in {trace_id_of(a.traceparent) for a in alerts}


async def test_a_signal_alert_continues_the_trace_of_the_last_incident_that_raised_its_cell(
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    classified: Classified,
    reference: Callable[[str], str],
) -> None:
    current = dt.date(2022, 3, 7)  # a Monday; Midlands has no other falls data then
    now = dt.datetime.combine(current + dt.timedelta(days=6), dt.time(12), dt.UTC)
    subscriber = await subscribe(sessions, "Y60", themes=["falls"], regions=["Y60"])
    for back in range(8, 0, -1):
        week = current - dt.timedelta(weeks=back)
        await ingest(
            sessions,
            *weekly_events(
                classified, reference, trust="RRK", theme="falls", week=week, count=6 + back % 2
            ),
            now=now,
        )
    spike = weekly_events(classified, reference, trust="RRK", theme="falls", week=current, count=25)
    elsewhere = weekly_events(
        classified, reference, trust="RJ1", theme="falls", week=current, count=1
    )
    batch = [*spike, *elsewhere]  # the last record to arrive adds to another region's cell
    traceparents = [new_traceparent() for _ in batch]
    await ingest_traced(sessions, batch, traceparents, now=now)

    async with sessions() as session:
        alert = await session.scalar(
            select(Alert).where(
                Alert.kind == "thematic_signal",
                Alert.theme == "falls",
                Alert.region_code == "Y60",
                Alert.week_start == current,
            )
        )
        [delivery] = await deliveries_of(session, subscriber)
    assert alert is not None
    assert trace_id_of(alert.traceparent) == trace_id_of(traceparents[len(spike) - 1])
    assert delivery.traceparent == alert.traceparent


def record_of(
    event: IncidentClassified, traceparent: str | None, offset: int = 0
) -> ConsumerRecord:
    """The Kafka record the classifier would publish for `event`."""
    message = encode(event, source="/classifier", traceparent=traceparent)
    return ConsumerRecord(
        "incidents.classified.v1",
        0,
        offset,
        0,
        0,
        message.key,
        message.value,
        None,
        len(message.key),
        len(message.value),
        message.headers,
    )


async def test_the_batch_handler_raises_alerts_and_logs_in_the_trace_its_records_carry(
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    classified: Classified,
    reference: Callable[[str], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    event = classified(reference("HEADER"), never_event="4")
    received = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    handler = StoreBatch(  # no poison in this batch, so no publisher
        sessions,
        publisher=None,  # type: ignore[arg-type]
        poison_burst_limit=5,
        signals=SIGNALS,
    )
    formatter = JsonFormatter("learning-feed")
    lines: list[dict[str, Any]] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(json.loads(formatter.format(record)))

    capture = Capture(logging.INFO)
    logging.getLogger("learning_feed").addHandler(capture)
    try:
        with caplog.at_level(logging.INFO, logger="learning_feed"):
            await handler(
                TopicPartition("incidents.classified.v1", 0), [record_of(event, received)]
            )
    finally:
        logging.getLogger("learning_feed").removeHandler(capture)

    async with sessions() as session:
        alert = await session.scalar(select(Alert).where(Alert.incident_id == event.incident_id))
    assert alert is not None and trace_id_of(alert.traceparent) == trace_id_of(received)
    [raised] = [line for line in lines if line["message"] == "alert raised"]
    assert raised["trace_id"] == trace_id_of(received)
    assert raised["incident_id"] == str(event.incident_id) and raised["kind"] == "never_event"
