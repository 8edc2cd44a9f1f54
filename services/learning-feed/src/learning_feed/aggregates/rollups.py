"""Which rollup rows an incident counts in, and how a batch of changes moves them (pure)."""

from __future__ import annotations

import datetime as dt
import operator
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


#: The table of the weekly (theme, region) counts that signal detection reads.
WEEKLY_TABLE = "weekly_theme_counts"
_FINE_COLUMNS = CountKey._fields
_GETTERS = {
    spec.table: operator.itemgetter(*(_FINE_COLUMNS.index(c) for c in spec.columns))
    for spec in ROLLUPS
}


def rows_of(facts: IncidentFacts) -> dict[str, list[tuple[Any, ...]]]:
    """Every rollup row one incident version counts in, per table (the weekly one too).

    The same rows as `rollup_keys` for each spec and `weekly_keys`, built in one pass.
    """
    if not facts.counts_in_aggregates:
        return {}
    fragment = period_fragment(facts.occurred_on)
    month = month_start(fragment)
    rest = (
        facts.ods_code,
        facts.never_event_code or NONE,
        facts.physical_harm or NONE,
        facts.service_type,
    )
    themes = (ALL_THEMES, *facts.themes)
    fine = [(theme, fragment, *rest) for theme in themes]
    monthly = [(theme, month, *rest) for theme in themes]
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for spec in ROLLUPS:
        source = monthly if spec.grain == "month" else fine
        getter = _GETTERS[spec.table]
        rows[spec.table] = [getter(row) for row in (source[:1] if spec.all_themes_only else source)]
    rows[WEEKLY_TABLE] = list(weekly_keys(facts))
    return rows


def rollup_deltas(changes: Iterable[IncidentChange]) -> dict[str, dict[Any, Moved]]:
    """`deltas` of every rollup table and the weekly counts at once, keyed by table name.

    Each table's rows are in key order and rows whose changes cancel out are left out,
    exactly as `deltas(changes, partial(rollup_keys, spec))` and `deltas(changes,
    weekly_keys)` give them, in one pass over the changes.
    """
    tables = [spec.table for spec in ROLLUPS] + [WEEKLY_TABLE]
    sums: dict[str, dict[Any, list[int]]] = {table: {} for table in tables}
    for change in changes:
        for facts, sign in ((change.old, -1), (change.new, 1)):
            if facts is None:
                continue
            key_change = sign * facts.record_key
            for table, keys in rows_of(facts).items():
                table_sums = sums[table]
                for key in keys:
                    entry = table_sums.get(key)
                    if entry is None:
                        table_sums[key] = [sign, key_change]
                    else:
                        entry[0] += sign
                        entry[1] += key_change
    return {
        table: {
            key: Moved(count, key_sum)
            for key, (count, key_sum) in sorted(table_sums.items())
            if count or key_sum
        }
        for table, table_sums in sums.items()
    }
