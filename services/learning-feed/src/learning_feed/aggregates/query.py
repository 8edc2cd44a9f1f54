"""What an aggregate query asks, the cells its answer lists, and the answer itself (pure)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import shared.lfpse as lfpse
from learning_feed.aggregates.disclosure import DisclosurePolicy, Published, publish
from learning_feed.aggregates.rollups import ROLLUPS, RollupSpec, month_start, week_start
from shared.classification import ThemeId


class Dimension(StrEnum):
    """What counts can be grouped and filtered by."""

    THEME = "theme"
    NEVER_EVENT_TYPE = "never_event_type"
    HARM = "harm"
    SERVICE_TYPE = "service_type"
    TRUST = "trust"
    ICB = "icb"
    REGION = "region"
    WEEK = "week"
    MONTH = "month"


ORG_DIMENSIONS = (Dimension.TRUST, Dimension.ICB, Dimension.REGION)
TIME_DIMENSIONS = (Dimension.WEEK, Dimension.MONTH)
CODE_DIMENSIONS = (
    Dimension.THEME,
    Dimension.NEVER_EVENT_TYPE,
    Dimension.HARM,
    Dimension.SERVICE_TYPE,
)
FILTER_DIMENSIONS = CODE_DIMENSIONS + ORG_DIMENSIONS


def code_values(dimension: Dimension) -> list[str]:
    """Every value of a code dimension, in code-system order."""
    if dimension is Dimension.THEME:
        return [theme.value for theme in ThemeId]
    system = {
        Dimension.NEVER_EVENT_TYPE: lfpse.NEVER_EVENT_TYPE,
        Dimension.HARM: lfpse.PHYSICAL_HARM,
        Dimension.SERVICE_TYPE: lfpse.SERVICE_TYPE,
    }[dimension]
    return sorted(lfpse.codes(system), key=lambda code: (len(code), code))


@dataclass(frozen=True)
class AggregateQuery:
    """A grouped count over a date range (already widened to whole periods)."""

    group_by: tuple[Dimension, ...]
    filters: Mapping[Dimension, tuple[str, ...]]
    start: dt.date
    end: dt.date

    @property
    def national(self) -> bool:
        """No trust, ICB or region in the grouping or the filters: answers are exact."""
        return not any(d in ORG_DIMENSIONS for d in (*self.group_by, *self.filters))

    @property
    def by_theme(self) -> bool:
        """Counts per theme (an incident counts once for each theme it carries)."""
        return Dimension.THEME in self.group_by or Dimension.THEME in self.filters

    @property
    def never_events_only(self) -> bool:
        """Grouping or filtering by never-event type counts never events only."""
        return Dimension.NEVER_EVENT_TYPE in (*self.group_by, *self.filters)

    @property
    def time_dimension(self) -> Dimension | None:
        """The period the answer is grouped by, if any."""
        return next((d for d in self.group_by if d in TIME_DIMENSIONS), None)

    @property
    def whole_months(self) -> bool:
        """The range covers whole months and nothing is grouped by week."""
        after = self.end + dt.timedelta(days=1)
        return (
            Dimension.WEEK not in self.group_by
            and self.start == month_start(self.start)
            and after == month_start(after)
        )

    def ungrouped(self) -> AggregateQuery:
        """The same rows without grouping (its answer is the total)."""
        filters = dict(self.filters)
        if self.never_events_only and Dimension.NEVER_EVENT_TYPE not in filters:
            filters[Dimension.NEVER_EVENT_TYPE] = tuple(code_values(Dimension.NEVER_EVENT_TYPE))
        return AggregateQuery((), filters, self.start, self.end)


#: The rollup column each code dimension needs.
CODE_COLUMNS = {
    Dimension.NEVER_EVENT_TYPE: "never_event_code",
    Dimension.HARM: "harm",
    Dimension.SERVICE_TYPE: "service_type",
}


def choose_rollup(query: AggregateQuery, rollups: Sequence[RollupSpec] = ROLLUPS) -> RollupSpec:
    """The smallest rollup that answers the query exactly."""
    used = {*query.group_by, *query.filters}
    needs = {column for dimension, column in CODE_COLUMNS.items() if dimension in used}
    if query.never_events_only:
        needs.add("never_event_code")
    for spec in rollups:
        if spec.covers(monthly=query.whole_months, needs=needs, by_theme=query.by_theme):
            return spec
    raise LookupError("no rollup answers this query")


def whole_periods(start: dt.date, end: dt.date, *, monthly: bool) -> tuple[dt.date, dt.date]:
    """Widen a date range to whole months, or to whole ISO weeks."""
    if monthly:
        first = month_start(start)
        following = month_start(month_start(end) + dt.timedelta(days=31))
        return first, following - dt.timedelta(days=1)
    return week_start(start), week_start(end) + dt.timedelta(days=6)


def periods(start: dt.date, end: dt.date, dimension: Dimension) -> list[dt.date]:
    """The first day of every week (or month) from `start` to `end`."""
    result: list[dt.date] = []
    day = week_start(start) if dimension is Dimension.WEEK else month_start(start)
    while day <= end:
        result.append(day)
        day = (
            day + dt.timedelta(days=7)
            if dimension is Dimension.WEEK
            else month_start(day + dt.timedelta(days=31))
        )
    return result


@dataclass(frozen=True)
class Domain:
    """The values every grouped dimension takes in a complete table."""

    values: Mapping[Dimension, Sequence[str]]
    #: Existing (trust, ICB, region) combinations projected on the grouped org dimensions.
    org_tuples: Sequence[tuple[str, ...]] = field(default_factory=list)

    def size(self, group_by: Sequence[Dimension]) -> int:
        """The number of cells of the complete table."""
        size = len(self.org_tuples) if any(d in ORG_DIMENSIONS for d in group_by) else 1
        for dimension in group_by:
            if dimension not in ORG_DIMENSIONS:
                size *= len(self.values[dimension])
        return size


def domain_for(
    query: AggregateQuery, organisations: Sequence[Mapping[Dimension, str | None]]
) -> Domain:
    """The complete table's domain: filtered codes, periods, and existing org combinations."""
    values: dict[Dimension, Sequence[str]] = {}
    for dimension in query.group_by:
        if dimension in CODE_DIMENSIONS:
            values[dimension] = query.filters.get(dimension) or code_values(dimension)
        elif dimension in TIME_DIMENSIONS:
            values[dimension] = [p.isoformat() for p in periods(query.start, query.end, dimension)]
    org_dims = [d for d in query.group_by if d in ORG_DIMENSIONS]
    org_tuples = sorted(
        {
            tuple(str(org[d]) for d in org_dims)
            for org in organisations
            if all(org[d] for d in org_dims)
        }
    )
    return Domain(values, org_tuples)


def complete_keys(group_by: Sequence[Dimension], domain: Domain) -> list[tuple[str, ...]]:
    """Every cell of the table, keyed by its values in `group_by` order."""
    org_dims = [d for d in group_by if d in ORG_DIMENSIONS]
    other_dims = [d for d in group_by if d not in ORG_DIMENSIONS]
    org_part: Sequence[tuple[str, ...]] = domain.org_tuples if org_dims else [()]
    keys = []
    for org, rest in itertools.product(
        org_part, itertools.product(*(domain.values[d] for d in other_dims))
    ):
        by_dimension = dict(zip(org_dims, org, strict=True)) | dict(
            zip(other_dims, rest, strict=True)
        )
        keys.append(tuple(by_dimension[d] for d in group_by))
    return keys


@dataclass(frozen=True, slots=True)
class Cell:
    """An exact count with the sum of its incidents' record keys."""

    count: int
    key_sum: int


@dataclass(frozen=True)
class AnswerRow:
    """One cell of an answer: its group values and the published count."""

    group: tuple[str, ...]
    published: Published


@dataclass(frozen=True)
class Answer:
    """A published table: every cell of the domain, and the total."""

    query: AggregateQuery
    rows: list[AnswerRow]
    total: Published | None


def _values(cell: Cell) -> tuple[int, int]:
    return cell.count, cell.key_sum


def publish_table(
    query: AggregateQuery,
    *,
    counts: Mapping[tuple[str, ...], Cell],
    domain: Domain,
    total: Cell | None,
    policy: DisclosurePolicy,
) -> Answer:
    """Fill the complete table from the non-empty counts and protect every cell."""
    exact = query.national
    keys = complete_keys(query.group_by, domain)
    listed = set(keys)
    keys += sorted(key for key in counts if key not in listed)
    empty = Cell(0, 0)
    rows = [
        AnswerRow(key, publish(*_values(counts.get(key, empty)), exact=exact, policy=policy))
        for key in keys
    ]
    total_exact = query.ungrouped().national
    published_total = (
        None if total is None else publish(*_values(total), exact=total_exact, policy=policy)
    )
    return Answer(query, rows, published_total)
