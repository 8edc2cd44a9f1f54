"""Turning a published answer into the JSON table, the series, or CSV (pure)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from learning_feed.aggregates.disclosure import DisclosurePolicy
from learning_feed.aggregates.query import Answer, Dimension
from learning_feed.aggregates.schemas import (
    AggregateRead,
    AggregateRow,
    Disclosure,
    PublishedCount,
    Series,
    SeriesPoint,
    SeriesRead,
)


def disclosure_of(answer: Answer, policy: DisclosurePolicy) -> Disclosure:
    """Describe how the answer's counts are protected."""
    total_exact = answer.query.ungrouped().national
    if answer.query.national:
        return Disclosure(
            level="national",
            exact=True,
            total_exact=True,
            suppressed_up_to=None,
            rounding_base=None,
        )
    return Disclosure(
        level="sub-national",
        exact=False,
        total_exact=total_exact,
        suppressed_up_to=policy.suppress_up_to,
        rounding_base=policy.rounding_base,
    )


def _filters(answer: Answer) -> dict[str, list[str]]:
    return {d.value: list(v) for d, v in answer.query.filters.items()}


def table(answer: Answer, policy: DisclosurePolicy) -> AggregateRead:
    """The answer as a table of cells."""
    query = answer.query
    names = [d.value for d in query.group_by]
    total = answer.total
    return AggregateRead(
        group_by=list(query.group_by),
        filters=_filters(answer),
        from_=query.start,
        to=query.end,
        disclosure=disclosure_of(answer, policy),
        total=PublishedCount(count=total.count, suppressed=total.suppressed) if total else None,
        rows=[
            AggregateRow(
                group=dict(zip(names, row.group, strict=True)),
                count=row.published.count,
                suppressed=row.published.suppressed,
            )
            for row in answer.rows
        ],
    )


def series(answer: Answer, policy: DisclosurePolicy) -> SeriesRead:
    """The answer (grouped by ... and then the interval) as one series per group."""
    query = answer.query
    interval = query.group_by[-1]
    names = [d.value for d in query.group_by[:-1]]
    grouped: dict[tuple[str, ...], list[SeriesPoint]] = {}
    for row in answer.rows:
        point = SeriesPoint(
            period=dt.date.fromisoformat(row.group[-1]),
            count=row.published.count,
            suppressed=row.published.suppressed,
        )
        grouped.setdefault(row.group[:-1], []).append(point)
    periods = sorted({p.period for points in grouped.values() for p in points})
    return SeriesRead(
        interval="week" if interval is Dimension.WEEK else "month",
        group_by=list(query.group_by[:-1]),
        filters=_filters(answer),
        from_=query.start,
        to=query.end,
        disclosure=disclosure_of(answer, policy),
        periods=periods,
        series=[
            Series(
                group=dict(zip(names, key, strict=True)),
                points=sorted(points, key=lambda p: p.period),
            )
            for key, points in grouped.items()
        ],
    )


def csv_text(answer: Answer) -> str:
    """One line per cell: the grouped values, then the count ('*' when suppressed)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*(d.value for d in answer.query.group_by), "count"])
    for row in answer.rows:
        writer.writerow([*row.group, row.published.display])
    return buffer.getvalue()
