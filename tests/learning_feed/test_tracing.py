"""Which trace each ingested record and alert belongs to (pure, no I/O)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from learning_feed.aggregates.rollups import WeeklyKey, week_start
from learning_feed.incidents.facts import IncidentChange, facts_of_event
from learning_feed.tracing import BatchTraces, ingest_span, signal_trigger
from shared.events import IncidentClassified
from shared.observability import is_valid_traceparent, new_traceparent, trace_id_of

RECEIVED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


def test_the_ingest_span_continues_the_records_trace_with_a_new_span_id() -> None:
    span = ingest_span(RECEIVED)
    assert is_valid_traceparent(span)
    assert trace_id_of(span) == trace_id_of(RECEIVED) and span != RECEIVED
    assert span.endswith("-01")


def test_a_missing_or_malformed_traceparent_starts_a_new_trace() -> None:
    for received in (
        None,
        "",
        "garbage",
        f"00-{'0' * 32}-00f067aa0ba902b7-01",  # all-zero trace id
        f"00-{'A' * 32}-00f067aa0ba902b7-01",  # upper case
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-" + "1" * 80,  # too long to store
    ):
        span = ingest_span(received)
        assert is_valid_traceparent(span) and len(span) == 55
        assert trace_id_of(span) != trace_id_of(received)


def test_a_batch_keeps_the_first_copy_of_a_redelivered_version_and_the_arrival_order(
    classified: Callable[..., IncidentClassified],
) -> None:
    first, second = classified("TRACE-A"), classified("TRACE-B")
    traces = BatchTraces.of([first, second, first], [RECEIVED, None, new_traceparent()])
    assert trace_id_of(traces.traceparent_of(first)) == trace_id_of(RECEIVED)
    assert (traces.position_of(first), traces.position_of(second)) == (0, 1)
    assert traces.traceparent_of(classified("TRACE-C")) is None
    assert BatchTraces().position_of(first) == -1


def change(event: IncidentClassified, old: IncidentClassified | None = None) -> IncidentChange:
    return IncidentChange(
        old=facts_of_event(old, record_key=0) if old else None,
        new=facts_of_event(event, record_key=0),
        event=event,
    )


def test_a_signal_is_raised_by_the_last_arrival_that_added_to_its_cell(
    classified: Callable[..., IncidentClassified],
) -> None:
    day = dt.date(2026, 3, 4)
    falls = {"themes": ("falls",), "occurred": {"date": day.isoformat()}}
    added = [classified(f"CELL-{n}", **falls) for n in range(3)]
    other_theme = classified("CELL-X", themes=("medication",), occurred=falls["occurred"])
    amended = classified("CELL-Y", version=2, **falls)  # counted in the cell before already
    changes = [change(e) for e in (added[1], added[2], added[0], other_theme)]
    changes.append(change(amended, old=classified("CELL-Y", **falls)))
    arrival = [added[0], added[2], added[1], other_theme, amended]
    traces = BatchTraces.of(arrival, [new_traceparent() for _ in arrival])
    region = changes[0].new.region_code
    assert region is not None
    cell = WeeklyKey("falls", region, week_start(day))

    trigger = signal_trigger(cell, changes, traces)
    assert trigger is not None and trigger.event is added[1]
    earlier = cell._replace(week_start=cell.week_start - dt.timedelta(weeks=1))
    assert signal_trigger(earlier, changes, traces) is None
