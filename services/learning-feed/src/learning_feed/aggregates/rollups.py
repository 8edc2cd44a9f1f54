"""Which rollup rows an incident counts in, and how a batch of changes moves them (pure)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple, TypeVar

from learning_feed.incidents.facts import IncidentChange, IncidentFacts

#: The `theme` of the rollup rows that count every incident once.
ALL_THEMES = "*"
#: Stands for "none" in never-event and harm columns.
NONE = ""

K = TypeVar("K", bound=tuple[Any, ...])


class CountKey(NamedTuple):
    """The primary key of an `incident_counts` row."""

    theme: str
    period_start: dt.date
    ods_code: str
    never_event_code: str
    harm: str
    service_type: str


class WeeklyKey(NamedTuple):
    """The primary key of a `weekly_theme_counts` row."""

    theme: str
    region_code: str
    week_start: dt.date


def week_start(day: dt.date) -> dt.date:
    """The Monday of the ISO week holding `day`."""
    return day - dt.timedelta(days=day.weekday())


def month_start(day: dt.date) -> dt.date:
    """The first day of the month holding `day`."""
    return day.replace(day=1)


def period_fragment(day: dt.date) -> dt.date:
    """Start of the ISO week of `day` cut at the month boundary (a week-month fragment)."""
    return max(week_start(day), month_start(day))


def count_keys(facts: IncidentFacts) -> list[CountKey]:
    """The `incident_counts` rows one incident version counts in (one per theme, plus '*')."""
    if not facts.counts_in_aggregates:
        return []
    return [
        CountKey(
            theme=theme,
            period_start=period_fragment(facts.occurred_on),
            ods_code=facts.ods_code,
            never_event_code=facts.never_event_code or NONE,
            harm=facts.physical_harm or NONE,
            service_type=facts.service_type,
        )
        for theme in (ALL_THEMES, *facts.themes)
    ]


Grain = Literal["fragment", "month"]


@dataclass(frozen=True, slots=True)
class RollupSpec:
    """A rollup table: its time grain, its columns, and whether it keeps '*' rows only."""

    table: str
    grain: Grain
    columns: tuple[str, ...]
    all_themes_only: bool = False

    def covers(self, *, monthly: bool, needs: set[str], by_theme: bool) -> bool:
        """Whether this table can answer a query needing these columns at this grain."""
        if self.grain == "month" and not monthly:
            return False
        if by_theme and "theme" not in self.columns:
            return False
        return needs <= set(self.columns)


#: The rollups, smallest first: a query is answered from the first one that covers it.
ROLLUPS = (
    RollupSpec("month_theme_counts", "month", ("theme", "period_start", "ods_code")),
    RollupSpec(
        "month_detail_counts",
        "month",
        ("period_start", "ods_code", "never_event_code", "harm", "service_type"),
        all_themes_only=True,
    ),
    RollupSpec("period_theme_counts", "fragment", ("theme", "period_start", "ods_code")),
    RollupSpec("incident_counts", "fragment", CountKey._fields),
)


def project(spec: RollupSpec, key: CountKey) -> tuple[object, ...]:
    """The row of `spec` a fine-grained key counts in."""
    values = key._asdict()
    if spec.grain == "month":
        values["period_start"] = month_start(key.period_start)
    return tuple(values[column] for column in spec.columns)


def rollup_keys(spec: RollupSpec, facts: IncidentFacts) -> list[tuple[object, ...]]:
    """The rows of `spec` one incident version counts in."""
    return [
        project(spec, key)
        for key in count_keys(facts)
        if not (spec.all_themes_only and key.theme != ALL_THEMES)
    ]


def weekly_keys(facts: IncidentFacts) -> list[WeeklyKey]:
    """The `weekly_theme_counts` rows one incident version counts in (one per theme)."""
    if not facts.counts_in_aggregates or facts.region_code is None:
        return []
    week = week_start(facts.occurred_on)
    return [WeeklyKey(theme, facts.region_code, week) for theme in facts.themes]


class Moved(NamedTuple):
    """How a rollup row changes: incidents in or out, and the sum of their record keys."""

    incidents: int
    key_sum: int


def deltas(
    changes: Iterable[IncidentChange], keys_of: Callable[[IncidentFacts], list[K]]
) -> dict[K, Moved]:
    """Net row changes: each change leaves its old rows (-1) and joins its new rows (+1).

    Rows whose changes cancel out are left out, so an amendment that moves nothing writes
    nothing.
    """
    counts: Counter[K] = Counter()
    key_sums: Counter[K] = Counter()
    for change in changes:
        for facts, sign in ((change.old, -1), (change.new, 1)):
            if facts is None:
                continue
            for key in keys_of(facts):
                counts[key] += sign
                key_sums[key] += sign * facts.record_key
    return {
        key: Moved(counts[key], key_sums[key])
        for key in sorted(set(counts) | set(key_sums))
        if counts[key] or key_sums[key]
    }
