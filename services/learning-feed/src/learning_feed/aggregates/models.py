"""Rollup tables the consumer keeps up to date in the ingest transaction.

Counts are kept at several grains so that a query reads the smallest table able to
answer it (see `aggregates.rollups.ROLLUPS`). In every table `theme` is '*' on the rows
that count each incident once; the other rows count an incident once per theme it
carries. `period_start` is the first day of a month, or of a period fragment: an ISO week
cut at month boundaries, so weekly and monthly totals are both exact sums of fragments.
Empty strings stand for "none" in `never_event_code` and `harm`. `key_sum` adds up the
record keys of the incidents counted (cell keys of the disclosure control).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from learning_feed.db import Base

HAS_NEVER_EVENT = text("never_event_code <> ''")


class IncidentCount(Base):
    """Per (theme, period fragment, trust, never event, harm, service type): any query."""

    __tablename__ = "incident_counts"
    __table_args__ = (
        Index("ix_incident_counts_trust", "ods_code", "theme", "period_start"),
        Index("ix_incident_counts_never_events", "period_start", postgresql_where=HAS_NEVER_EVENT),
    )

    theme: Mapped[str] = mapped_column(String(40), primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    ods_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    never_event_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    harm: Mapped[str] = mapped_column(String(4), primary_key=True)
    service_type: Mapped[str] = mapped_column(String(8), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    key_sum: Mapped[int] = mapped_column(BigInteger)


class _ThemeTrustCells:
    """The columns of a (theme, period, trust) count table."""

    theme: Mapped[str] = mapped_column(String(40), primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    ods_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    key_sum: Mapped[int] = mapped_column(BigInteger)


class PeriodThemeCount(_ThemeTrustCells, Base):
    """Per (theme, period fragment, trust): weekly counts by place and theme."""

    __tablename__ = "period_theme_counts"


class MonthThemeCount(_ThemeTrustCells, Base):
    """Per (theme, month, trust): monthly counts by place and theme."""

    __tablename__ = "month_theme_counts"


class MonthDetailCount(Base):
    """Per (month, trust, never event, harm, service type), every incident once (no theme)."""

    __tablename__ = "month_detail_counts"
    __table_args__ = (
        Index(
            "ix_month_detail_counts_never_events",
            "period_start",
            postgresql_where=HAS_NEVER_EVENT,
        ),
    )

    period_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    ods_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    never_event_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    harm: Mapped[str] = mapped_column(String(4), primary_key=True)
    service_type: Mapped[str] = mapped_column(String(8), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    key_sum: Mapped[int] = mapped_column(BigInteger)


class WeeklyThemeCount(Base):
    """Incidents per (theme, NHS England region, ISO week): the series signals are found in."""

    __tablename__ = "weekly_theme_counts"

    theme: Mapped[str] = mapped_column(String(40), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    week_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
