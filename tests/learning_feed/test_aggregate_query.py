"""Planning an aggregate query: periods, the rollup it reads, the cells it lists (pure)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from learning_feed.aggregates import render
from learning_feed.aggregates.disclosure import DisclosurePolicy
from learning_feed.aggregates.query import (
    AggregateQuery,
    Cell,
    Dimension,
    choose_rollup,
    complete_keys,
    domain_for,
    periods,
    publish_table,
    whole_periods,
)
from learning_feed.aggregates.schemas import AggregateParams, SeriesParams

D = Dimension
TODAY = dt.date(2026, 11, 23)
ORGS = [
    {D.TRUST: "RC9", D.ICB: "S1Y5D", D.REGION: "Y61"},
    {D.TRUST: "RGT", D.ICB: "QUE", D.REGION: "Y61"},
    {D.TRUST: "RA7", D.ICB: "QUY", D.REGION: "Y58"},
]


def query(*group_by: Dimension, monthly: bool = True, **filters: tuple[str, ...]) -> AggregateQuery:
    start, end = (
        (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
        if monthly
        else (dt.date(2026, 1, 5), dt.date(2026, 3, 29))
    )
    return AggregateQuery(group_by, {D(k): v for k, v in filters.items()}, start, end)


def test_ranges_widen_to_whole_months_or_whole_iso_weeks() -> None:
    assert whole_periods(dt.date(2026, 1, 15), dt.date(2026, 3, 2), monthly=True) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 3, 31),
    )
    assert whole_periods(dt.date(2026, 1, 15), dt.date(2026, 3, 2), monthly=False) == (
        dt.date(2026, 1, 12),
        dt.date(2026, 3, 8),
    )


def test_periods_list_every_week_or_month_of_the_range() -> None:
    assert periods(dt.date(2026, 1, 1), dt.date(2026, 3, 31), D.MONTH) == [
        dt.date(2026, 1, 1),
        dt.date(2026, 2, 1),
        dt.date(2026, 3, 1),
    ]
    weeks = periods(dt.date(2026, 1, 5), dt.date(2026, 3, 29), D.WEEK)
    assert len(weeks) == 12 and all(w.weekday() == 0 for w in weeks)


@pytest.mark.parametrize(
    ("q", "table"),
    [
        (query(D.REGION), "month_theme_counts"),
        (query(D.THEME, D.REGION), "month_theme_counts"),
        (query(D.HARM, D.SERVICE_TYPE), "month_detail_counts"),
        (query(D.NEVER_EVENT_TYPE, D.REGION), "month_detail_counts"),
        (query(D.WEEK, D.REGION, monthly=False), "period_theme_counts"),
        (query(D.THEME, D.HARM), "incident_counts"),
        (query(D.WEEK, D.HARM, monthly=False), "incident_counts"),
        (query(D.TRUST, monthly=False), "period_theme_counts"),
    ],
)
def test_a_query_reads_the_smallest_rollup_that_answers_it(q: AggregateQuery, table: str) -> None:
    assert choose_rollup(q).table == table


def test_national_level_means_no_place_in_grouping_or_filters() -> None:
    assert query(D.THEME, D.MONTH).national
    assert not query(D.REGION).national
    assert not query(D.THEME, region=("Y61",)).national


def test_a_complete_table_lists_every_combination_that_exists() -> None:
    q = query(D.REGION, D.HARM)
    keys = complete_keys(q.group_by, domain_for(q, ORGS))
    assert len(keys) == 2 * 5 and ("Y58", "1") in keys


def test_places_combine_only_as_the_hierarchy_has_them() -> None:
    q = query(D.REGION, D.TRUST)
    assert complete_keys(q.group_by, domain_for(q, ORGS)) == [
        ("Y58", "RA7"),
        ("Y61", "RC9"),
        ("Y61", "RGT"),
    ]


def test_filters_narrow_the_domain() -> None:
    q = query(D.THEME, D.MONTH, theme=("falls", "medication"))
    assert complete_keys(q.group_by, domain_for(q, ORGS)) == [
        ("falls", "2026-01-01"),
        ("falls", "2026-02-01"),
        ("falls", "2026-03-01"),
        ("medication", "2026-01-01"),
        ("medication", "2026-02-01"),
        ("medication", "2026-03-01"),
    ]


def test_sub_national_tables_hide_empty_cells_among_small_ones() -> None:
    q = query(D.REGION)
    answer = publish_table(
        q,
        counts={("Y61",): Cell(23, 40)},
        domain=domain_for(q, ORGS),
        total=Cell(23, 40),
        policy=DisclosurePolicy(),
    )
    assert [(r.group, r.published.count) for r in answer.rows] == [(("Y58",), None), (("Y61",), 25)]
    assert answer.total is not None and answer.total.count == 23  # no place filter: exact


def test_a_total_under_a_place_filter_is_protected_too() -> None:
    q = query(D.TRUST, region=("Y61",))
    answer = publish_table(
        q,
        counts={("RC9",): Cell(12, 200)},
        domain=domain_for(q, ORGS[:2]),
        total=Cell(12, 200),
        policy=DisclosurePolicy(),
    )
    assert answer.total is not None and answer.total.count == 10


def test_csv_has_a_header_and_stars_for_suppressed_cells() -> None:
    q = query(D.REGION)
    answer = publish_table(
        q,
        counts={("Y61",): Cell(20, 9)},
        domain=domain_for(q, ORGS),
        total=Cell(20, 9),
        policy=DisclosurePolicy(),
    )
    assert render.csv_text(answer) == "region,count\nY58,*\nY61,20\n"


def test_parameters_default_to_the_last_year_in_whole_months() -> None:
    q = AggregateParams().to_query(today=TODAY, default_days=364)
    assert (q.start, q.end) == (dt.date(2025, 11, 1), dt.date(2026, 11, 30))


def test_parameters_group_by_week_in_whole_weeks() -> None:
    q = SeriesParams.model_validate({"interval": "week"}).to_query(
        today=TODAY, default_days=364, extra_group=D.WEEK
    )
    assert q.start.weekday() == 0 and q.end.weekday() == 6 and q.group_by == (D.WEEK,)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"group_by": ["week", "month"]}, "not both"),
        ({"group_by": ["region", "region"]}, "twice"),
        ({"theme": ["falls", "medication"]}, "group_by=theme"),
        ({"from": "2026-05-01", "to": "2026-04-01"}, "after"),
        ({"region": ["Y99"]}, "unknown region"),
        ({"harm": ["9"]}, "LFPSE"),
        ({"group_by": ["theme", "harm", "region", "trust", "month"]}, "at most 4"),
    ],
)
def test_inconsistent_parameters_are_refused(params: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        AggregateParams.model_validate(params)


def test_a_series_takes_no_time_grouping() -> None:
    with pytest.raises(ValidationError, match="no week or month"):
        SeriesParams.model_validate({"group_by": ["month"]})
