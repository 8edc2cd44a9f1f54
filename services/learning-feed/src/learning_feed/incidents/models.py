"""Stored incidents: the latest version of each, and every version received."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, SmallInteger, String, Text, func
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from learning_feed.db import Base


class Incident(Base):
    """The latest version of an incident, with its classification and place in the hierarchy."""

    __tablename__ = "incidents"

    incident_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    ods_code: Mapped[str] = mapped_column(String(8), index=True)
    icb_code: Mapped[str | None] = mapped_column(String(8), index=True)
    region_code: Mapped[str | None] = mapped_column(String(8), index=True)
    local_reference: Mapped[str] = mapped_column(String(100))
    event_type: Mapped[str] = mapped_column(String(16))
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    service_type: Mapped[str] = mapped_column(String(8))
    specialty: Mapped[str | None] = mapped_column(String(8))
    physical_harm: Mapped[str | None] = mapped_column(String(4))
    psychological_harm: Mapped[str | None] = mapped_column(String(4))
    reporter_never_event: Mapped[bool] = mapped_column(Boolean)
    reporter_never_event_type: Mapped[str | None] = mapped_column(String(4))
    never_event_code: Mapped[str | None] = mapped_column(String(4), index=True)
    near_miss_code: Mapped[str | None] = mapped_column(String(4))
    themes: Mapped[list[str]] = mapped_column(ARRAY(String(40)))
    review_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    record_key: Mapped[int] = mapped_column(
        SmallInteger, doc="Random 0-255, fixed for the incident: cell keys of disclosure control"
    )
    redacted_description: Mapped[str] = mapped_column(Text)
    record: Mapped[dict[str, Any]] = mapped_column(
        JSONB, doc="The incident as classified (redacted)"
    )
    classification: Mapped[dict[str, Any]] = mapped_column(JSONB)
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    classified_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    stored_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class IncidentVersion(Base):
    """Every version of every incident as it was received (the history of amendments)."""

    __tablename__ = "incident_versions"

    incident_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    record: Mapped[dict[str, Any]] = mapped_column(JSONB)
    classification: Mapped[dict[str, Any]] = mapped_column(JSONB)
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    stored_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
