"""What the delivery and feed routes return."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class AttemptRead(BaseModel):
    """One attempt to deliver a webhook."""

    model_config = ConfigDict(from_attributes=True)

    attempt_number: int
    started_at: dt.datetime
    duration_ms: int
    status_code: int | None
    error: str | None
    outcome: str = Field(description="delivered, retry, failed or gone")
    next_attempt_at: dt.datetime | None


class DeliveryRead(BaseModel):
    """An alert's delivery to one subscription, with every attempt."""

    delivery_id: uuid.UUID
    subscription_id: uuid.UUID
    alert_id: uuid.UUID
    alert_kind: str
    channel: str
    webhook_id: str = Field(description="The webhook-id header, the same for every attempt")
    status: str = Field(description="pending, delivered, failed (webhooks) or feed")
    attempt_count: int
    next_attempt_at: dt.datetime | None
    last_attempt_at: dt.datetime | None
    delivered_at: dt.datetime | None
    last_error: str | None
    trace_id: str | None = Field(
        default=None,
        description="W3C trace id of the incident that raised the alert; every attempt's "
        "traceparent carries it (null: each attempt starts its own trace)",
    )
    created_at: dt.datetime
    attempts: list[AttemptRead]


class AlertRead(BaseModel):
    """An alert as its webhook body carries it (redacted text only)."""

    alert_id: uuid.UUID
    kind: str
    created_at: dt.datetime
    body: dict[str, Any] = Field(description="type, timestamp and data, as in the webhook")


class FeedItem(BaseModel):
    """One alert for one of your feed subscriptions."""

    cursor: str
    delivery_id: uuid.UUID
    subscription_id: uuid.UUID
    alert: AlertRead


class FeedPage(BaseModel):
    """Alerts after the cursor, oldest first; pass `next_cursor` as `after` for more."""

    items: list[FeedItem]
    next_cursor: str | None = Field(description="The position after this page (null: none yet)")
