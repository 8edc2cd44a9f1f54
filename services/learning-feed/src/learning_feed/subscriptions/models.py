"""The subscriptions table."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, DateTime, String, Text, func
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column

from learning_feed.db import Base


class Subscription(Base):
    """An organisation's filters and delivery channel (webhook with its secret, or the feed)."""

    __tablename__ = "subscriptions"

    subscription_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    ods_code: Mapped[str] = mapped_column(String(8), index=True, doc="The owning organisation")
    name: Mapped[str] = mapped_column(String(200))
    alert_kinds: Mapped[list[str]] = mapped_column(ARRAY(String(32)))
    themes: Mapped[list[str]] = mapped_column(ARRAY(String(40)))
    never_event_types: Mapped[list[str]] = mapped_column(ARRAY(String(4)))
    regions: Mapped[list[str]] = mapped_column(ARRAY(String(8)))
    icbs: Mapped[list[str]] = mapped_column(ARRAY(String(8)))
    trusts: Mapped[list[str]] = mapped_column(ARRAY(String(8)))
    min_harm: Mapped[str | None] = mapped_column(String(4))
    delivery: Mapped[str] = mapped_column(String(16), doc="'webhook' or 'feed'")
    webhook_url: Mapped[str | None] = mapped_column(Text)
    secret: Mapped[str | None] = mapped_column(Text, doc="whsec_ secret signing the webhooks")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
