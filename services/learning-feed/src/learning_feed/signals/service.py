"""Finding thematic signals in the weekly (theme, region) counts a batch just moved."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import func, null, select, tuple_, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from learning_feed.aggregates.models import WeeklyThemeCount
from learning_feed.aggregates.rollups import Moved, WeeklyKey, week_start
from learning_feed.signals.detection import Assessment, SignalParameters, assess_week

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ThematicSignal:
    """A (theme, region, week) whose count rose above its limit."""

    theme: str
    region_code: str
    week_start: dt.date
    assessment: Assessment


@dataclass(frozen=True, slots=True)
class SignalSettings:
    """Which weeks are assessed, against how much history, and how."""

    parameters: SignalParameters
    baseline_weeks: int
    max_age_weeks: int


def cells_to_assess(
    moved: Mapping[WeeklyKey, Moved], *, today: dt.date, max_age_weeks: int
) -> list[WeeklyKey]:
    """Weekly cells whose count went up and whose week is recent enough to act on."""
    oldest = week_start(today) - dt.timedelta(weeks=max_age_weeks)
    return sorted(
        key for key, change in moved.items() if change.incidents > 0 and key.week_start >= oldest
    )


def baseline_weeks(week: dt.date, *, weeks: int, data_start: dt.date) -> list[dt.date]:
    """The weeks before `week` that form its baseline (none before the data starts)."""
    candidates = [week - dt.timedelta(weeks=n) for n in range(weeks, 0, -1)]
    return [w for w in candidates if w >= data_start]


async def _history(
    session: AsyncSession, cells: list[WeeklyKey], *, since: dt.date
) -> tuple[dict[WeeklyKey, int], dict[str, dt.date]]:
    """In one round trip: the weekly counts of the cells' series since `since`, and the
    first week each of their regions has any counts (earlier weeks are unknown, not zero).
    """
    pairs = sorted({(c.theme, c.region_code) for c in cells})
    regions = sorted({c.region_code for c in cells})
    counts = select(
        WeeklyThemeCount.theme,
        WeeklyThemeCount.region_code,
        WeeklyThemeCount.week_start,
        WeeklyThemeCount.count,
    ).where(
        tuple_(WeeklyThemeCount.theme, WeeklyThemeCount.region_code).in_(pairs),
        WeeklyThemeCount.week_start >= since,
    )
    starts = (
        select(
            null().label("theme"),
            WeeklyThemeCount.region_code,
            func.min(WeeklyThemeCount.week_start),
            null().label("count"),
        )
        .where(WeeklyThemeCount.region_code.in_(regions))
        .group_by(WeeklyThemeCount.region_code)
    )
    weekly: dict[WeeklyKey, int] = {}
    first: dict[str, dt.date] = {}
    rows = cast(
        Sequence[tuple[str | None, str, dt.date, int | None]],
        (await session.execute(union_all(counts, starts))).all(),
    )
    for theme, region, week, count in rows:
        if theme is None or count is None:
            first[region] = week
        else:
            weekly[WeeklyKey(theme, region, week)] = count
    return weekly, first


async def find_signals(
    session: AsyncSession,
    *,
    moved: Mapping[WeeklyKey, Moved],
    settings: SignalSettings,
    today: dt.date,
) -> list[ThematicSignal]:
    """Assess every recent cell the batch raised; return those that are signals."""
    cells = cells_to_assess(moved, today=today, max_age_weeks=settings.max_age_weeks)
    if not cells:
        return []
    earliest = min(c.week_start for c in cells) - dt.timedelta(weeks=settings.baseline_weeks)
    counts, starts = await _history(session, cells, since=earliest)
    signals = []
    for cell in cells:
        start = starts.get(cell.region_code, cell.week_start)
        weeks = baseline_weeks(cell.week_start, weeks=settings.baseline_weeks, data_start=start)
        history = [counts.get(WeeklyKey(cell.theme, cell.region_code, w), 0) for w in weeks]
        try:
            assessment = assess_week(history, counts.get(cell, 0), settings.parameters)
        except (ArithmeticError, ValueError):  # never hold up the ingest (and never events)
            log.exception("signal assessment failed", extra={"cell": str(cell)})
            continue
        if assessment is not None and assessment.is_signal:
            signals.append(
                ThematicSignal(cell.theme, cell.region_code, cell.week_start, assessment)
            )
    return signals
