"""Keeping the rollups in step with stored incidents, and answering aggregate queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Date, String, Table, cast, delete, func, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession

from learning_feed.aggregates import models as _models  # noqa: F401  (register the tables)
from learning_feed.aggregates.disclosure import DisclosurePolicy
from learning_feed.aggregates.query import (
    CODE_COLUMNS,
    ORG_DIMENSIONS,
    AggregateQuery,
    Answer,
    Cell,
    Dimension,
    choose_rollup,
    domain_for,
    publish_table,
)
from learning_feed.aggregates.rollups import (
    ALL_THEMES,
    NONE,
    ROLLUPS,
    WEEKLY_TABLE,
    Moved,
    RollupSpec,
    WeeklyKey,
    rollup_deltas,
)
from learning_feed.db import Base
from learning_feed.incidents.facts import IncidentChange
from learning_feed.organisations import models as _organisation_models  # noqa: F401
from learning_feed.organisations.service import organisations_in


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


@dataclass(frozen=True, slots=True)
class _CountTable:
    """A count table as `apply_changes` writes it: key columns, added columns, array types."""

    name: str
    columns: tuple[str, ...]
    added: tuple[str, ...]
    array_types: dict[str, str]

    @classmethod
    def of(cls, name: str, columns: Sequence[str]) -> _CountTable:
        table = _table(name)
        added = ("count", "key_sum") if "key_sum" in table.c else ("count",)
        dialect = postgresql.dialect()

        def array_type(column: str) -> str:
            # Unbounded: the insert's own cast then refuses a too long value (an explicit
            # cast to VARCHAR(n) would cut it short silently).
            kind = table.c[column].type
            return "VARCHAR[]" if isinstance(kind, String) else f"{kind.compile(dialect)}[]"

        return cls(name, tuple(columns), added, {c: array_type(c) for c in (*columns, *added)})

    def arrays(self, alias: str, cells: Sequence[str]) -> str:
        """unnest(...) of this table's array parameters for `cells` (named by `alias`)."""
        return ", ".join(f"CAST(:{alias}_{c} AS {self.array_types[c]})" for c in cells)

    def upsert(self, alias: str) -> str:
        """A CTE adding the moved counts to the rows (created if missing), in array order."""
        cells = (*self.columns, *self.added)
        additions = ", ".join(f"{c} = t.{c} + excluded.{c}" for c in self.added)
        return (
            f"{alias} AS (INSERT INTO {self.name} AS t ({', '.join(cells)}) "
            f"SELECT * FROM unnest({self.arrays(alias, cells)}) "
            f"ON CONFLICT ({', '.join(self.columns)}) DO UPDATE SET {additions})"
        )

    def delete_emptied(self, alias: str) -> str:
        """A CTE deleting the rows of the given keys whose count reached zero."""
        keys = " AND ".join(f"t.{c} = k.{c}" for c in self.columns)
        return (
            f"{alias} AS (DELETE FROM {self.name} AS t "
            f"USING unnest({self.arrays(alias, self.columns)}) AS k({', '.join(self.columns)}) "
            f"WHERE t.count = 0 AND {keys})"
        )

    def parameters(self, alias: str, moved: dict[Any, Moved], *, shrunk: bool) -> dict[str, Any]:
        """The column arrays: every moved row, or only the rows that lost incidents."""
        keys = [key for key, change in moved.items() if change.incidents < 0] if shrunk else moved
        values: dict[str, Any] = {
            f"{alias}_{c}": [key[n] for key in keys] for n, c in enumerate(self.columns)
        }
        if not shrunk:
            values[f"{alias}_count"] = [change.incidents for change in moved.values()]
            if "key_sum" in self.added:
                values[f"{alias}_key_sum"] = [change.key_sum for change in moved.values()]
        return values


#: Every count table the ingest keeps, in the order their rows are locked.
COUNT_TABLES = (
    *(_CountTable.of(spec.table, spec.columns) for spec in ROLLUPS),
    _CountTable.of(WEEKLY_TABLE, WeeklyKey._fields),
)
_ALIASES = [f"r{n}" for n in range(len(COUNT_TABLES))]
#: One round trip adds a batch's moves to every count table (one multi-row upsert each).
ADD_COUNTS = text(
    "WITH "
    + ", ".join(t.upsert(a) for t, a in zip(COUNT_TABLES, _ALIASES, strict=True))
    + " SELECT 1"
)
#: One round trip drops the rows an amendment emptied (they must not linger as zeros).
DELETE_EMPTIED = text(
    "WITH "
    + ", ".join(t.delete_emptied(a) for t, a in zip(COUNT_TABLES, _ALIASES, strict=True))
    + " SELECT 1"
)


async def apply_changes(
    session: AsyncSession, *, changes: Sequence[IncidentChange]
) -> dict[WeeklyKey, Moved]:
    """Move every rollup count from each change's old rows to its new rows.

    All tables move in one statement (a multi-row upsert per table, rows in key order so
    concurrent writers never deadlock); rows left at zero by amendments are then deleted
    in a second one. Returns the weekly (theme, region, week) rows that moved, for
    signal detection.
    """
    moves = rollup_deltas(changes)
    if not any(moves.values()):
        return {}
    added: dict[str, Any] = {}
    for table, alias in zip(COUNT_TABLES, _ALIASES, strict=True):
        added |= table.parameters(alias, moves[table.name], shrunk=False)
    await session.execute(ADD_COUNTS, added)
    if any(change.incidents < 0 for moved in moves.values() for change in moved.values()):
        emptied: dict[str, Any] = {}
        for table, alias in zip(COUNT_TABLES, _ALIASES, strict=True):
            emptied |= table.parameters(alias, moves[table.name], shrunk=True)
        await session.execute(DELETE_EMPTIED, emptied)
    return moves[WEEKLY_TABLE]


FRAGMENT_SQL = "GREATEST(date_trunc('week', i.occurred_on), date_trunc('month', i.occurred_on))"
COLUMN_SQL = {
    "theme": "t.theme",
    "ods_code": "i.ods_code",
    "never_event_code": "COALESCE(i.never_event_code, i.reporter_never_event_type, '')",
    "harm": "COALESCE(i.physical_harm, '')",
    "service_type": "i.service_type",
}


def rebuild_sql(spec: RollupSpec) -> str:
    """INSERT ... SELECT recomputing one rollup from the stored incidents."""
    period = FRAGMENT_SQL if spec.grain == "fragment" else "date_trunc('month', i.occurred_on)"
    expressions = [
        f"({period})::date" if c == "period_start" else COLUMN_SQL[c] for c in spec.columns
    ]
    themes = "ARRAY['*']" if spec.all_themes_only else "i.themes || ARRAY['*']"
    groups = ", ".join(str(n) for n in range(1, len(spec.columns) + 1))
    return (
        f"INSERT INTO {spec.table} ({', '.join(spec.columns)}, count, key_sum) "
        f"SELECT {', '.join(expressions)}, count(*), sum(i.record_key) FROM incidents AS i "
        f"CROSS JOIN LATERAL (SELECT DISTINCT unnest({themes}::varchar[]) AS theme) AS t "
        f"WHERE i.event_type = 'incident' GROUP BY {groups}"
    )


REBUILD_WEEKLY_COUNTS = """
    INSERT INTO weekly_theme_counts (theme, region_code, week_start, count)
    SELECT t.theme, i.region_code, date_trunc('week', i.occurred_on)::date, count(*)
    FROM incidents AS i
    CROSS JOIN LATERAL (SELECT DISTINCT unnest(i.themes) AS theme) AS t
    WHERE i.event_type = 'incident' AND i.region_code IS NOT NULL
    GROUP BY 1, 2, 3
"""


async def rebuild_rollups(session: AsyncSession) -> None:
    """Recompute every rollup from the stored incidents (backfills, checks, benchmarks)."""
    tables = [spec.table for spec in ROLLUPS] + ["weekly_theme_counts"]
    await session.execute(text(f"LOCK TABLE {', '.join(tables)} IN EXCLUSIVE MODE"))
    for name in tables:
        await session.execute(delete(_table(name)))
    for spec in ROLLUPS:
        await session.execute(text(rebuild_sql(spec)))
    await session.execute(text(REBUILD_WEEKLY_COUNTS))


def _column(table: Table, dimension: Dimension) -> ColumnElement[Any]:
    if dimension is Dimension.ICB:
        return _table("organisations").c.icb_code
    if dimension is Dimension.REGION:
        return _table("organisations").c.region_code
    if dimension in (Dimension.WEEK, Dimension.MONTH):
        return cast(func.date_trunc(dimension.value, table.c.period_start), Date)
    name = {Dimension.THEME: "theme", Dimension.TRUST: "ods_code", **CODE_COLUMNS}[dimension]
    return table.c[name]


def _conditions(
    query: AggregateQuery, table: Table, trusts: Sequence[str] | None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [table.c.period_start.between(query.start, query.end)]
    if "theme" in table.c:
        themes = query.filters.get(Dimension.THEME)
        if themes:
            conditions.append(table.c.theme.in_(themes))
        elif query.by_theme:
            conditions.append(table.c.theme != ALL_THEMES)
        else:
            conditions.append(table.c.theme == ALL_THEMES)
    if query.never_events_only:
        conditions.append(table.c.never_event_code != NONE)
    for dimension in CODE_COLUMNS:
        if values := query.filters.get(dimension):
            conditions.append(_column(table, dimension).in_(values))
    if trusts is not None:
        conditions.append(table.c.ods_code.in_(trusts))
    return conditions


async def count_groups(
    session: AsyncSession, *, query: AggregateQuery, trusts: Sequence[str] | None
) -> dict[tuple[str, ...], Cell]:
    """The non-empty cells of a query, exact, from the rollup (`trusts` limits the trusts)."""
    table = _table(choose_rollup(query).table)
    columns = [_column(table, d).label(d.value) for d in query.group_by]
    statement = select(*columns, func.sum(table.c["count"]), func.sum(table.c["key_sum"])).where(
        *_conditions(query, table, trusts)
    )
    if any(d in (Dimension.ICB, Dimension.REGION) for d in query.group_by):
        organisations = _table("organisations")
        statement = statement.join(organisations, organisations.c.ods_code == table.c.ods_code)
    if columns:
        statement = statement.group_by(*columns)
    result = await session.execute(statement)
    counts: dict[tuple[str, ...], Cell] = {}
    for *values, count, key_sum in result:
        if count is None:
            continue
        key = tuple(v.isoformat() if isinstance(v, dt.date) else str(v) for v in values)
        counts[key] = Cell(int(count), int(key_sum))
    return counts


async def answer(
    session: AsyncSession, *, query: AggregateQuery, policy: DisclosurePolicy, max_cells: int
) -> Answer:
    """The published complete table for `query`; raises TooManyCells when it is too large."""
    has_org_filter = any(d in query.filters for d in ORG_DIMENSIONS)
    organisations = await organisations_in(
        session,
        trusts=query.filters.get(Dimension.TRUST, ()),
        icbs=query.filters.get(Dimension.ICB, ()),
        regions=query.filters.get(Dimension.REGION, ()),
        open_between=(query.start, query.end),
    )
    domain = domain_for(
        query,
        [
            {
                Dimension.TRUST: o.ods_code,
                Dimension.ICB: o.icb_code,
                Dimension.REGION: o.region_code,
            }
            for o in organisations
        ],
    )
    if (size := domain.size(query.group_by)) > max_cells:
        raise TooManyCells(size, max_cells)
    trusts = [o.ods_code for o in organisations] if has_org_filter else None
    counts = await count_groups(session, query=query, trusts=trusts)
    total = None
    if len(query.filters.get(Dimension.THEME, ())) <= 1:
        ungrouped = query.ungrouped()
        total = (await count_groups(session, query=ungrouped, trusts=trusts)).get((), Cell(0, 0))
    return publish_table(query, counts=counts, domain=domain, total=total, policy=policy)


class TooManyCells(ValueError):
    """The complete table would list more cells than allowed."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the answer would have {size} cells; at most {limit} are allowed")
        self.size = size
        self.limit = limit
