"""The webhook dispatcher against a real HTTP receiver and the real outbox."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import random
import uuid
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker
from standardwebhooks.webhooks import Webhook

from devstack.ports import free_port
from learning_feed.alerts.models import Alert
from learning_feed.deliveries import service
from learning_feed.deliveries.dispatcher import Dispatcher, make_client, render_body
from learning_feed.deliveries.models import Delivery, DeliveryAttempt
from learning_feed.deliveries.schedule import RetryPolicy
from learning_feed.subscriptions.models import Subscription
from learning_feed.subscriptions.schemas import SubscriptionCreate
from learning_feed.subscriptions.service import create_subscription
from shared.observability import is_valid_traceparent, trace_id_of
from tests.learning_feed.receiver import Received, Receiver

pytestmark = pytest.mark.integration

QUICK = RetryPolicy(schedule=(0.2, 0.2, 0.2), jitter=0.0, max_retry_after=3600)
LOOPBACK = [ipaddress.ip_network("127.0.0.1/32")]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver().start()
    yield receiver
    receiver.stop()


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    client = make_client(timeout=2, concurrency=8)
    yield client
    await client.aclose()


def dispatcher(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,
    policy: RetryPolicy = QUICK,  # type: ignore[type-arg]
) -> Dispatcher:
    return Dispatcher(
        sessions,
        http,
        policy=policy,
        allowlist=LOOPBACK,
        concurrency=8,
        batch_size=50,
        poll_interval=5.0,
        lease_seconds=30,
        timeout=2,
        rng=random.Random(3),
    )


async def webhook_subscription(sessions: async_sessionmaker, url: str) -> tuple[uuid.UUID, str]:  # type: ignore[type-arg]
    """A subscription no ingested alert matches (a closed trust), and its secret."""
    data = SubscriptionCreate.model_validate(
        {
            "name": "dispatcher test",
            "delivery": "webhook",
            "webhook_url": url,
            "filters": {"alert_kinds": ["never_event"], "trusts": ["R0C"]},
        }
    )
    async with sessions() as session, session.begin():
        subscription, secret = await create_subscription(session, owner="Y62", data=data)
    assert secret is not None
    return subscription.subscription_id, secret


async def queue_alert(
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    subscription_id: uuid.UUID,
    traceparent: str | None = None,
) -> Delivery:
    """A never-event alert queued for the subscription (in a trace, or none); its delivery."""
    alert_id = uuid.uuid4()
    body = {
        "type": "alert.never_event",
        "timestamp": dt.datetime.now(dt.UTC).isoformat(),
        "data": {
            "alert_id": str(alert_id),
            "kind": "never_event",
            "incident": {"description": "Redacted narrative: [NAME] fell."},
        },
    }
    async with sessions() as session, session.begin():
        session.add(
            Alert(
                alert_id=alert_id,
                kind="never_event",
                incident_id=uuid.uuid4(),
                payload=body,
                traceparent=traceparent,
            )
        )
        await session.flush()
        await service.enqueue(
            session,
            now=dt.datetime.now(dt.UTC),
            deliveries=[
                service.NewDelivery(
                    alert_id, subscription_id, "Y62", "webhook", traceparent=traceparent
                )
            ],
        )
        return await session.scalar(select(Delivery).where(Delivery.alert_id == alert_id))


async def reload(
    sessions: async_sessionmaker, delivery: Delivery
) -> tuple[Delivery, list[DeliveryAttempt]]:  # type: ignore[type-arg]
    async with sessions() as session:
        fresh = await session.get(Delivery, delivery.delivery_id)
        attempts = await service.attempts_of(session, delivery_ids=[delivery.delivery_id])
    assert fresh is not None
    return fresh, attempts[delivery.delivery_id]


def requests_for(receiver: Receiver, delivery: Delivery) -> list[Received]:
    """The requests the receiver got for `delivery` (by its webhook-id), in order."""
    return [r for r in receiver.received if r.headers.get("webhook-id") == delivery.webhook_id]


def mine(receiver: Receiver, delivery: Delivery) -> list[bytes]:
    return [r.body for r in requests_for(receiver, delivery)]


async def test_a_delivered_webhook_carries_standard_webhooks_headers_that_verify(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,
    receiver: Receiver,  # type: ignore[type-arg]
) -> None:
    subscription_id, secret = await webhook_subscription(sessions, receiver.url)
    delivery = await queue_alert(sessions, subscription_id)
    await dispatcher(sessions, http).drain()

    [request] = requests_for(receiver, delivery)
    payload = Webhook(secret).verify(request.body, request.headers)
    assert payload["type"] == "alert.never_event"
    assert request.headers["content-type"] == "application/json"
    fresh, [attempt] = await reload(sessions, delivery)
    assert (fresh.status, fresh.attempt_count, fresh.delivered_at is not None) == (
        "delivered",
        1,
        True,
    )
    assert (attempt.status_code, attempt.outcome, attempt.error) == (200, "delivered", None)


async def test_a_failed_attempt_is_retried_later_with_the_same_webhook_id(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,
    receiver: Receiver,  # type: ignore[type-arg]
) -> None:
    subscription_id, secret = await webhook_subscription(sessions, receiver.url)
    delivery = await queue_alert(sessions, subscription_id)
    receiver.answer(500)
    sender = dispatcher(sessions, http)
    await sender.drain()
    fresh, [first] = await reload(sessions, delivery)
    assert (fresh.status, first.status_code, first.outcome, first.error) == (
        "pending",
        500,
        "retry",
        "HTTP 500",
    )
    assert fresh.next_attempt_at is not None and first.next_attempt_at == fresh.next_attempt_at
    await sender.drain()  # not due yet: not sent again
    assert len(mine(receiver, delivery)) == 1

    await asyncio.sleep(0.3)
    await sender.drain()
    fresh, attempts = await reload(sessions, delivery)
    assert [a.outcome for a in attempts] == ["retry", "delivered"]
    assert fresh.status == "delivered" and fresh.attempt_count == 2
    requests = requests_for(receiver, delivery)
    assert len(requests) == 2
    for request in requests:
        Webhook(secret).verify(request.body, request.headers)


async def test_every_attempt_continues_the_alerts_trace_with_a_span_of_its_own(
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    http: httpx.AsyncClient,
    receiver: Receiver,
) -> None:
    stored = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    subscription_id, secret = await webhook_subscription(sessions, receiver.url)
    delivery = await queue_alert(sessions, subscription_id, traceparent=stored)
    receiver.answer(500)
    sender = dispatcher(sessions, http)
    await sender.drain()
    await asyncio.sleep(0.3)
    await sender.drain()

    requests = requests_for(receiver, delivery)
    sent = [r.headers["traceparent"] for r in requests]
    assert len(sent) == 2 and all(is_valid_traceparent(t) for t in sent)
    assert {trace_id_of(t) for t in sent} == {"4bf92f3577b34da6a3ce929d0e0e4736"}
    assert len({t.split("-")[2] for t in sent} | {"00f067aa0ba902b7"}) == 3
    for request in requests:
        Webhook(secret).verify(request.body, request.headers)


async def test_a_delivery_without_a_stored_trace_sends_a_fresh_valid_traceparent(
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    http: httpx.AsyncClient,
    receiver: Receiver,
) -> None:
    subscription_id, secret = await webhook_subscription(sessions, receiver.url)
    delivery = await queue_alert(sessions, subscription_id, traceparent=None)
    await dispatcher(sessions, http).drain()

    [request] = requests_for(receiver, delivery)
    assert is_valid_traceparent(request.headers["traceparent"])
    Webhook(secret).verify(request.body, request.headers)
    fresh, _ = await reload(sessions, delivery)
    assert fresh.status == "delivered" and fresh.traceparent is None


async def test_retry_after_postpones_the_next_attempt(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,
    receiver: Receiver,  # type: ignore[type-arg]
) -> None:
    subscription_id, _ = await webhook_subscription(sessions, receiver.url)
    delivery = await queue_alert(sessions, subscription_id)
    receiver.answer(503, {"Retry-After": "30"})
    before = dt.datetime.now(dt.UTC)
    sender = dispatcher(sessions, http)
    await sender.drain()
    await sender.drain()
    fresh, [attempt] = await reload(sessions, delivery)
    assert fresh.next_attempt_at is not None
    assert fresh.next_attempt_at - before >= dt.timedelta(seconds=29)
    assert len(mine(receiver, delivery)) == 1 and attempt.status_code == 503


async def test_410_gone_disables_the_subscription_and_its_other_deliveries_wait(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,
    receiver: Receiver,  # type: ignore[type-arg]
) -> None:
    subscription_id, _ = await webhook_subscription(sessions, receiver.url)
    gone = await queue_alert(sessions, subscription_id)
    receiver.answer(410)
    await dispatcher(sessions, http).drain()
    waiting = await queue_alert(sessions, subscription_id)
    await dispatcher(sessions, http).drain()

    fresh, [attempt] = await reload(sessions, gone)
    assert (fresh.status, attempt.outcome, attempt.status_code) == ("failed", "gone", 410)
    async with sessions() as session:
        subscription = await session.get(Subscription, subscription_id)
    assert subscription is not None and not subscription.active
    assert subscription.disabled_reason is not None and "410" in subscription.disabled_reason
    still, attempts = await reload(sessions, waiting)
    assert (still.status, attempts, mine(receiver, waiting)) == ("pending", [], [])


async def test_after_the_last_attempt_the_delivery_fails_and_a_restart_delivers_it(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,
    receiver: Receiver,  # type: ignore[type-arg]
) -> None:
    policy = RetryPolicy(schedule=(0.05,), jitter=0.0)
    subscription_id, _ = await webhook_subscription(sessions, receiver.url)
    delivery = await queue_alert(sessions, subscription_id)
    receiver.answer(500, times=2)
    sender = dispatcher(sessions, http, policy)
    await sender.drain()
    await asyncio.sleep(0.1)
    await sender.drain()
    fresh, attempts = await reload(sessions, delivery)
    assert fresh.status == "failed" and [a.outcome for a in attempts] == ["retry", "failed"]
    assert fresh.next_attempt_at is None and fresh.last_error == "HTTP 500"

    async with sessions() as session, session.begin():
        await service.restart(session, delivery=fresh)
    await sender.drain()
    fresh, attempts = await reload(sessions, delivery)
    assert fresh.status == "delivered" and fresh.attempt_count == 3
    assert len(mine(receiver, delivery)) == 3  # one webhook-id for all three attempts


async def test_a_receiver_that_is_down_gets_the_alert_once_it_is_back(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,  # type: ignore[type-arg]
) -> None:
    port = free_port()
    subscription_id, secret = await webhook_subscription(
        sessions, f"http://127.0.0.1:{port}/webhooks/psl"
    )
    delivery = await queue_alert(sessions, subscription_id)
    sender = dispatcher(sessions, http)
    await sender.drain()
    fresh, [refused] = await reload(sessions, delivery)
    assert fresh.status == "pending" and refused.status_code is None
    assert refused.error is not None and "Connect" in refused.error

    receiver = Receiver(port).start()
    try:
        await asyncio.sleep(0.3)
        await sender.drain()
        [request] = receiver.received
        Webhook(secret).verify(request.body, request.headers)
        assert request.headers["webhook-id"] == delivery.webhook_id
    finally:
        receiver.stop()
    fresh, attempts = await reload(sessions, delivery)
    assert fresh.status == "delivered" and [a.outcome for a in attempts] == ["retry", "delivered"]


async def test_a_url_on_an_address_outside_the_policy_is_never_called(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,
    receiver: Receiver,  # type: ignore[type-arg]
) -> None:
    subscription_id, _ = await webhook_subscription(sessions, receiver.url)
    async with sessions() as session, session.begin():  # as if DNS had moved to a private address
        subscription = await session.get(Subscription, subscription_id)
        assert subscription is not None
        subscription.webhook_url = f"http://127.0.0.2:{receiver.port}/webhooks/psl"
    delivery = await queue_alert(sessions, subscription_id)
    await dispatcher(sessions, http).drain()
    _, [attempt] = await reload(sessions, delivery)
    assert attempt.error is not None and attempt.error.startswith("refused by the URL policy")
    assert mine(receiver, delivery) == []


async def test_concurrent_dispatchers_send_each_delivery_once(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,
    receiver: Receiver,  # type: ignore[type-arg]
) -> None:
    subscription_id, _ = await webhook_subscription(sessions, receiver.url)
    deliveries = [await queue_alert(sessions, subscription_id) for _ in range(30)]
    await asyncio.gather(dispatcher(sessions, http).drain(), dispatcher(sessions, http).drain())
    ids = [r.headers["webhook-id"] for r in receiver.received]
    assert sorted(ids) == sorted(d.webhook_id for d in deliveries)


async def test_an_attempt_whose_lease_was_lost_does_not_overwrite_the_delivery(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,
    receiver: Receiver,  # type: ignore[type-arg]
) -> None:
    subscription_id, _ = await webhook_subscription(sessions, receiver.url)
    delivery = await queue_alert(sessions, subscription_id)
    async with sessions() as session, session.begin():
        [stale] = [
            c
            for c in await service.claim_due(session, limit=50, lease_seconds=0)
            if c.delivery_id == delivery.delivery_id
        ]
    async with sessions() as session, session.begin():
        [current] = [
            c
            for c in await service.claim_due(session, limit=50, lease_seconds=60)
            if c.delivery_id == delivery.delivery_id
        ]
    sender = dispatcher(sessions, http)
    result = await sender.attempt(stale)
    async with sessions() as session, session.begin():
        assert not await service.record_attempt(session, claimed=stale, result=result)
    async with sessions() as session, session.begin():
        assert await service.record_attempt(
            session, claimed=current, result=await sender.attempt(current)
        )
    fresh, attempts = await reload(sessions, delivery)
    assert fresh.status == "delivered" and len(attempts) == 2


async def test_the_running_dispatcher_sends_as_soon_as_it_is_woken(
    sessions: async_sessionmaker,
    http: httpx.AsyncClient,
    receiver: Receiver,  # type: ignore[type-arg]
) -> None:
    subscription_id, _ = await webhook_subscription(sessions, receiver.url)
    sender = dispatcher(sessions, http)  # polls every 5 s
    task = asyncio.create_task(sender.run())
    try:
        await asyncio.sleep(0.2)
        delivery = await queue_alert(sessions, subscription_id)
        sender.wake()
        started = asyncio.get_running_loop().time()
        while not mine(receiver, delivery) and asyncio.get_running_loop().time() - started < 3:
            await asyncio.sleep(0.02)
        assert mine(receiver, delivery)
        assert asyncio.get_running_loop().time() - started < 1.0
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


def test_the_body_is_compact_sorted_json() -> None:
    assert render_body({"b": 1, "a": "é"}) == '{"a":"é","b":1}'
