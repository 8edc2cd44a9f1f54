"""Which rollup rows an incident counts in, and how amendments move them (pure)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from functools import partial

import pytest
from hypothesis import given
from hypothesis import strategies as st

from learning_feed.aggregates.rollups import (
    ROLLUPS,
    WEEKLY_TABLE,
    CountKey,
    WeeklyKey,
    count_keys,
    deltas,
    period_fragment,
    rollup_deltas,
    rollup_keys,
    weekly_keys,
)
from learning_feed.incidents.facts import IncidentChange, IncidentFacts

FACTS = IncidentFacts(
    incident_id=uuid.uuid4(),
    version=1,
    ods_code="RC9",
    icb_code="S1Y5D",
    region_code="Y61",
    event_type="incident",
    occurred_on=dt.date(2026, 4, 1),
    themes=("falls", "medication"),
    never_event_code=None,
    reporter_never_event=False,
    physical_harm="4",
    service_type="1",
    record_key=200,
)


def change(old: IncidentFacts | None, new: IncidentFacts) -> IncidentChange:
    return IncidentChange(old=old, new=new, event=None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "fragment"),
    [
        (dt.date(2026, 4, 1), dt.date(2026, 4, 1)),  # Wednesday: its week began in March
        (dt.date(2026, 3, 31), dt.date(2026, 3, 30)),  # Tuesday of the same ISO week
        (dt.date(2026, 4, 8), dt.date(2026, 4, 6)),  # a week inside April
        (dt.date(2026, 6, 1), dt.date(2026, 6, 1)),  # a Monday on the 1st
    ],
)
def test_a_period_fragment_is_the_iso_week_cut_at_the_month(
    day: dt.date, fragment: dt.date
) -> None:
    assert period_fragment(day) == fragment


def test_an_incident_counts_once_overall_and_once_per_theme() -> None:
    keys = count_keys(FACTS)
    assert [k.theme for k in keys] == ["*", "falls", "medication"]
    assert {(k.ods_code, k.harm, k.service_type, k.never_event_code) for k in keys} == {
        ("RC9", "4", "1", "")
    }


def test_only_patient_safety_incidents_are_counted() -> None:
    good_care = replace(FACTS, event_type="good_care")
    assert count_keys(good_care) == [] and weekly_keys(good_care) == []


def test_weekly_signal_rows_are_per_theme_and_region() -> None:
    assert weekly_keys(FACTS) == [
        WeeklyKey("falls", "Y61", dt.date(2026, 3, 30)),
        WeeklyKey("medication", "Y61", dt.date(2026, 3, 30)),
    ]


def test_monthly_rollups_key_by_the_first_of_the_month() -> None:
    month_theme = next(s for s in ROLLUPS if s.table == "month_theme_counts")
    assert rollup_keys(month_theme, FACTS)[0] == ("*", dt.date(2026, 4, 1), "RC9")
    march = replace(FACTS, occurred_on=dt.date(2026, 3, 31))
    assert rollup_keys(month_theme, march)[0] == ("*", dt.date(2026, 3, 1), "RC9")


def test_the_detail_rollup_counts_each_incident_once_without_themes() -> None:
    detail = next(s for s in ROLLUPS if s.all_themes_only)
    assert rollup_keys(detail, FACTS) == [(dt.date(2026, 4, 1), "RC9", "", "4", "1")]


def test_a_new_incident_adds_one_and_its_record_key_to_each_of_its_rows() -> None:
    moved = deltas([change(None, FACTS)], count_keys)
    assert sorted(moved.values()) == [(1, 200), (1, 200), (1, 200)]


def test_an_amendment_moves_counts_from_the_old_rows_to_the_new_rows() -> None:
    amended = replace(FACTS, version=2, physical_harm="2", themes=("falls",))
    moved = deltas([change(FACTS, amended)], count_keys)
    old_harm = CountKey("*", dt.date(2026, 4, 1), "RC9", "", "4", "1")
    new_harm = CountKey("*", dt.date(2026, 4, 1), "RC9", "", "2", "1")
    assert moved[old_harm] == (-1, -200) and moved[new_harm] == (1, 200)
    assert moved[CountKey("medication", dt.date(2026, 4, 1), "RC9", "", "4", "1")].incidents == -1
    assert sum(m.incidents for m in moved.values()) == -1  # one theme fewer


def test_an_amendment_that_changes_no_dimension_moves_nothing() -> None:
    retold = replace(FACTS, version=2)
    assert deltas([change(FACTS, retold)], count_keys) == {}


def test_one_incident_leaving_a_row_another_joins_moves_only_the_key_sum() -> None:
    other = replace(FACTS, incident_id=uuid.uuid4(), record_key=7)
    moved_away = replace(FACTS, version=2, physical_harm="2")
    moved = deltas([change(FACTS, moved_away), change(None, other)], count_keys)
    assert moved[CountKey("*", dt.date(2026, 4, 1), "RC9", "", "4", "1")] == (0, -193)


def test_a_never_event_counts_under_its_type() -> None:
    never_event = replace(FACTS, never_event_code="5")
    assert {k.never_event_code for k in count_keys(never_event)} == {"5"}


VERSIONS = st.builds(
    replace,
    st.just(FACTS),
    occurred_on=st.dates(dt.date(2025, 12, 1), dt.date(2026, 3, 31)),
    themes=st.lists(st.sampled_from(["falls", "medication", "infection"]), unique=True).map(
        lambda themes: tuple(sorted(themes))
    ),
    physical_harm=st.sampled_from([None, "1", "4"]),
    never_event_code=st.sampled_from([None, "5"]),
    event_type=st.sampled_from(["incident", "incident", "good_care"]),
    region_code=st.sampled_from([None, "Y61", "Y56"]),
    record_key=st.integers(0, 255),
)
CHANGES = st.lists(
    st.builds(change, st.none() | VERSIONS, VERSIONS).filter(lambda c: c.old != c.new),
    max_size=12,
)


@given(CHANGES)
def test_all_tables_moved_in_one_pass_equal_each_tables_own_deltas(
    changes: list[IncidentChange],
) -> None:
    moved = rollup_deltas(changes)
    for spec in ROLLUPS:
        expected = deltas(changes, partial(rollup_keys, spec))
        assert list(moved[spec.table].items()) == list(expected.items())  # same rows, same order
    assert list(moved[WEEKLY_TABLE].items()) == list(deltas(changes, weekly_keys).items())
