"""The alerts table: one row per never-event incident and per (theme, region, week) signal."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Date, DateTime, String, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from learning_feed.db import Base


class Alert(Base):
    """An alert as sent to subscribers (the payload carries redacted text only)."""

    __tablename__ = "alerts"
    __table_args__ = (
        UniqueConstraint("kind", "incident_id", name="uq_alerts_kind_incident"),
        UniqueConstraint("kind", "theme", "region_code", "week_start", name="uq_alerts_signal"),
    )

    alert_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), doc="'never_event' or 'thematic_signal'")
    incident_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    theme: Mapped[str | None] = mapped_column(String(40))
    region_code: Mapped[str | None] = mapped_column(String(8))
    week_start: Mapped[dt.date | None] = mapped_column(Date)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB, doc="The webhook body")
    traceparent: Mapped[str | None] = mapped_column(
        String(55), doc="W3C trace context of the ingest span that raised it"
    )
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
