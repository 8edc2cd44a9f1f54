"""The audit table: who read which record, and when."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, DateTime, Identity, String, Text, func
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column

from learning_feed.db import Base


class AuditEvent(Base):
    """One read of record-level data (an incident, or an alert served from the feed)."""

    __tablename__ = "audit_log"

    audit_id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    subject: Mapped[str] = mapped_column(Text)
    ods_code: Mapped[str] = mapped_column(String(8), index=True)
    roles: Mapped[list[str]] = mapped_column(ARRAY(String(32)))
    action: Mapped[str] = mapped_column(String(16))
    resource_type: Mapped[str] = mapped_column(String(16))
    resource_id: Mapped[str] = mapped_column(String(64))
    incident_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True), index=True)
    path: Mapped[str] = mapped_column(Text)
    trace_id: Mapped[str | None] = mapped_column(String(32))
