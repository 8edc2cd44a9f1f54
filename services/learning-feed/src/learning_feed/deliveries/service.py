"""The outbox: enqueueing deliveries, claiming due ones, recording attempts, the feed."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, func, select, text, tuple_, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from learning_feed.alerts.models import Alert
from learning_feed.deliveries.models import Delivery, DeliveryAttempt
from learning_feed.deliveries.schedule import Decision, Outcome
from learning_feed.subscriptions.models import Subscription

PENDING, DELIVERED, FAILED, FEED = "pending", "delivered", "failed", "feed"
WEBHOOK = "webhook"


@dataclass(frozen=True, slots=True)
class NewDelivery:
    """An alert to deliver to a subscription."""

    alert_id: uuid.UUID
    subscription_id: uuid.UUID
    ods_code: str
    channel: str
    #: The alert's trace context, which every attempt continues.
    traceparent: str | None = None


DELIVERIES = cast(Table, Delivery.__table__)
#: Once per alert and subscription; one cached statement for any number of rows.
INSERT_DELIVERIES = (
    insert(DELIVERIES)
    .on_conflict_do_nothing(index_elements=["alert_id", "subscription_id"])
    .returning(DELIVERIES.c.delivery_id)
)


async def enqueue(
    session: AsyncSession, *, deliveries: Sequence[NewDelivery], now: dt.datetime
) -> int:
    """Write deliveries (once per alert and subscription); returns how many are new."""
    if not deliveries:
        return 0
    rows = []
    for item in sorted(deliveries, key=lambda d: (d.alert_id, d.subscription_id)):
        delivery_id = uuid.uuid4()
        webhook = item.channel == WEBHOOK
        rows.append(
            {
                "delivery_id": delivery_id,
                "alert_id": item.alert_id,
                "subscription_id": item.subscription_id,
                "ods_code": item.ods_code,
                "channel": item.channel,
                "webhook_id": f"msg_{delivery_id.hex}",
                "status": PENDING if webhook else FEED,
                "attempt_count": 0,
                "schedule_position": 0,
                "next_attempt_at": now if webhook else None,
                "traceparent": item.traceparent,
            }
        )
    result = await session.execute(INSERT_DELIVERIES, rows)
    return len(result.all())


@dataclass(frozen=True, slots=True)
class Claimed:
    """A due webhook delivery leased to this dispatcher, with what it needs to send it."""

    delivery_id: uuid.UUID
    lease_token: uuid.UUID
    webhook_id: str
    attempt_number: int
    schedule_position: int
    url: str
    secret: str
    body: dict[str, Any]
    #: The trace context the attempt continues (None for deliveries from before tracing).
    traceparent: str | None = None


CLAIM_DUE = text(
    """
    SELECT d.delivery_id
    FROM deliveries AS d
    JOIN subscriptions AS s ON s.subscription_id = d.subscription_id
    WHERE d.status = 'pending' AND d.channel = 'webhook' AND d.next_attempt_at <= now()
      AND s.active
    ORDER BY d.next_attempt_at
    LIMIT :limit
    FOR UPDATE OF d SKIP LOCKED
    """
)


async def claim_due(session: AsyncSession, *, limit: int, lease_seconds: float) -> list[Claimed]:
    """Lease up to `limit` due deliveries (rows others hold are skipped, not waited for).

    A lease moves `next_attempt_at` past the attempt, so a dispatcher that dies mid-send
    leaves the delivery to be picked up again when the lease ends.
    """
    ids = list((await session.execute(CLAIM_DUE, {"limit": limit})).scalars())
    if not ids:
        return []
    token = uuid.uuid4()
    await session.execute(
        update(Delivery)
        .where(Delivery.delivery_id.in_(ids))
        .values(
            lease_token=token,
            next_attempt_at=func.now() + dt.timedelta(seconds=lease_seconds),
        )
    )
    rows = await session.execute(
        select(Delivery, Subscription.webhook_url, Subscription.secret, Alert.payload)
        .join(Subscription, Subscription.subscription_id == Delivery.subscription_id)
        .join(Alert, Alert.alert_id == Delivery.alert_id)
        .where(Delivery.delivery_id.in_(ids))
        .order_by(Delivery.next_attempt_at)
    )
    return [
        Claimed(
            delivery_id=delivery.delivery_id,
            lease_token=token,
            webhook_id=delivery.webhook_id,
            attempt_number=delivery.attempt_count + 1,
            schedule_position=delivery.schedule_position + 1,
            url=url or "",
            secret=secret or "",
            body=payload,
            traceparent=delivery.traceparent,
        )
        for delivery, url, secret, payload in rows
    ]


@dataclass(frozen=True, slots=True)
class AttemptResult:
    """What happened when a claimed delivery was sent."""

    started_at: dt.datetime
    duration_ms: int
    status_code: int | None
    error: str | None
    decision: Decision


async def record_attempt(session: AsyncSession, *, claimed: Claimed, result: AttemptResult) -> bool:
    """Record the attempt and move the delivery on; False if the lease had been lost."""
    finished = result.started_at + dt.timedelta(milliseconds=result.duration_ms)
    outcome = result.decision.outcome
    next_at = (
        finished + dt.timedelta(seconds=result.decision.delay or 0)
        if outcome is Outcome.RETRY
        else None
    )
    session.add(
        DeliveryAttempt(
            delivery_id=claimed.delivery_id,
            attempt_number=claimed.attempt_number,
            started_at=result.started_at,
            duration_ms=result.duration_ms,
            status_code=result.status_code,
            error=result.error,
            outcome=outcome.value,
            next_attempt_at=next_at,
        )
    )
    status = {Outcome.DELIVERED: DELIVERED, Outcome.RETRY: PENDING}.get(outcome, FAILED)
    moved = await session.execute(
        update(Delivery)
        .where(
            Delivery.delivery_id == claimed.delivery_id,
            Delivery.lease_token == claimed.lease_token,
        )
        .values(
            status=status,
            attempt_count=claimed.attempt_number,
            schedule_position=claimed.schedule_position,
            next_attempt_at=next_at,
            lease_token=None,
            last_attempt_at=result.started_at,
            delivered_at=finished if outcome is Outcome.DELIVERED else None,
            last_error=result.error,
        )
    )
    if outcome is Outcome.GONE:
        await session.execute(
            update(Subscription)
            .where(Subscription.subscription_id == Delivery.subscription_id)
            .where(Delivery.delivery_id == claimed.delivery_id)
            .values(active=False, disabled_reason="The endpoint answered 410 Gone.")
        )
    return bool(moved.rowcount)  # type: ignore[attr-defined]


async def get_delivery(
    session: AsyncSession, *, delivery_id: uuid.UUID, ods_code: str
) -> Delivery | None:
    """A delivery of the organisation's subscriptions, or None."""
    return await session.scalar(
        select(Delivery).where(Delivery.delivery_id == delivery_id, Delivery.ods_code == ods_code)
    )


async def attempts_of(
    session: AsyncSession, *, delivery_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[DeliveryAttempt]]:
    """Every attempt of the deliveries, oldest first."""
    result: dict[uuid.UUID, list[DeliveryAttempt]] = {i: [] for i in delivery_ids}
    if not delivery_ids:
        return result
    rows = await session.scalars(
        select(DeliveryAttempt)
        .where(DeliveryAttempt.delivery_id.in_(delivery_ids))
        .order_by(DeliveryAttempt.attempt_id)
    )
    for attempt in rows:
        result[attempt.delivery_id].append(attempt)
    return result


async def list_deliveries(
    session: AsyncSession,
    *,
    subscription_id: uuid.UUID,
    ods_code: str,
    status: str | None,
    limit: int,
) -> list[tuple[Delivery, str]]:
    """The subscription's deliveries, newest first, with each alert's kind."""
    query = (
        select(Delivery, Alert.kind)
        .join(Alert, Alert.alert_id == Delivery.alert_id)
        .where(Delivery.subscription_id == subscription_id, Delivery.ods_code == ods_code)
        .order_by(Delivery.sequence.desc())
        .limit(limit)
    )
    if status:
        query = query.where(Delivery.status == status)
    return [(delivery, kind) for delivery, kind in await session.execute(query)]


class NotRestartable(Exception):
    """The delivery cannot be sent again; the message says why."""


def restart_refusal(delivery: Delivery, *, subscription_active: bool) -> str | None:
    """Why a delivery cannot be sent again, or None when it can."""
    if delivery.channel != WEBHOOK:
        return "A feed item is read from the feed, not sent."
    if delivery.status == DELIVERED:
        return "The delivery was delivered."
    if not subscription_active:
        return "The subscription is disabled; re-enable it first (PATCH active)."
    return None


async def restart(session: AsyncSession, *, delivery: Delivery) -> None:
    """Send a failed (or pending) webhook delivery again now, with a fresh schedule.

    Raises NotRestartable for feed items, delivered ones and disabled subscriptions.
    """
    subscription = await session.get(Subscription, delivery.subscription_id)
    active = subscription is not None and subscription.active
    if (refusal := restart_refusal(delivery, subscription_active=active)) is not None:
        raise NotRestartable(refusal)
    await session.execute(
        update(Delivery)
        .where(Delivery.delivery_id == delivery.delivery_id)
        .values(status=PENDING, schedule_position=0, next_attempt_at=func.now(), lease_token=None)
    )


# ----------------------------------------------------------------------------- the feed


def encode_cursor(transaction_id: int, sequence: int) -> str:
    """An opaque cursor for a feed position."""
    return base64.urlsafe_b64encode(f"{transaction_id}.{sequence}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, int]:
    """The position a cursor stands for; ValueError if it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        transaction_id, sequence = raw.split(".")
        return int(transaction_id), int(sequence)
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise ValueError("not a feed cursor") from error


#: Rows written by transactions older than every transaction still running are final:
#: serving only those, in (transaction, sequence) order, never skips a late commit.
VISIBLE_HORIZON = text("(pg_snapshot_xmin(pg_current_snapshot())::text)::bigint")


async def feed_page(
    session: AsyncSession, *, ods_code: str, after: tuple[int, int] | None, limit: int
) -> list[tuple[Delivery, Alert]]:
    """The organisation's feed deliveries after a position, oldest first."""
    query = (
        select(Delivery, Alert)
        .join(Alert, Alert.alert_id == Delivery.alert_id)
        .where(
            Delivery.ods_code == ods_code,
            Delivery.channel == FEED,
            Delivery.transaction_id < VISIBLE_HORIZON,
        )
        .order_by(Delivery.transaction_id, Delivery.sequence)
        .limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(Delivery.transaction_id, Delivery.sequence) > tuple_(*after))
    return [(delivery, alert) for delivery, alert in await session.execute(query)]
