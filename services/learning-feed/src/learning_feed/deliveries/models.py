"""The outbox (deliveries) and every attempt to deliver."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

from learning_feed.db import Base

#: The id of the inserting transaction: the feed serves rows in commit-safe order by it.
CURRENT_TRANSACTION = text("(pg_current_xact_id()::text)::bigint")


class Delivery(Base):
    """One alert for one subscription: a webhook to send (with retries) or a feed item."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("alert_id", "subscription_id", name="uq_deliveries_alert_subscription"),
        Index(
            "ix_deliveries_due",
            "next_attempt_at",
            postgresql_where=text("status = 'pending' AND channel = 'webhook'"),
        ),
        Index("ix_deliveries_feed", "ods_code", "transaction_id", "sequence"),
    )

    delivery_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    sequence: Mapped[int] = mapped_column(BigInteger, Identity(always=True), unique=True)
    transaction_id: Mapped[int] = mapped_column(BigInteger, server_default=CURRENT_TRANSACTION)
    alert_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("alerts.alert_id", ondelete="CASCADE"), index=True
    )
    subscription_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True),
        ForeignKey("subscriptions.subscription_id", ondelete="CASCADE"),
        index=True,
    )
    ods_code: Mapped[str] = mapped_column(String(8), doc="The subscribing organisation")
    channel: Mapped[str] = mapped_column(String(16), doc="'webhook' or 'feed'")
    webhook_id: Mapped[str] = mapped_column(String(64), doc="webhook-id, the same every attempt")
    status: Mapped[str] = mapped_column(String(16), doc="pending, delivered, failed or feed")
    attempt_count: Mapped[int] = mapped_column(Integer, default=0)
    schedule_position: Mapped[int] = mapped_column(
        Integer, default=0, doc="Attempts since the delivery was (re)started"
    )
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    lease_token: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    traceparent: Mapped[str | None] = mapped_column(
        String(55), doc="W3C trace context every attempt continues (a new span id each)"
    )
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class DeliveryAttempt(Base):
    """One HTTP attempt of a webhook delivery and what came of it."""

    __tablename__ = "delivery_attempts"

    attempt_id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    delivery_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("deliveries.delivery_id", ondelete="CASCADE"), index=True
    )
    attempt_number: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    duration_ms: Mapped[int] = mapped_column(Integer)
    status_code: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16), doc="delivered, retry, failed or gone")
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
