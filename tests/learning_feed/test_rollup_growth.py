"""Against the real database: removing emptied rollup rows does not scan whole tables.

The engine's statements are prepared; after five runs PostgreSQL may keep a generic plan
made while the rollups were small (a sequential scan joined to the keys by hash), which
then read every rollup row for each amendment batch as the tables grew.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from learning_feed.aggregates.service import _ALIASES, COUNT_TABLES, DELETE_EMPTIED
from learning_feed.db import make_engine

pytestmark = pytest.mark.integration

GROWN_TABLE = "incident_counts"
_SEQUENTIAL_SCANS = text(
    "SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = :table"
).bindparams(table=GROWN_TABLE)
_KEY_VALUES: dict[str, Any] = {
    "theme": "falls",
    "period_start": dt.date(2026, 1, 5),
    "week_start": dt.date(2026, 1, 5),
    "ods_code": "RC9",
    "region_code": "Y61",
    "never_event_code": "",
    "harm": "",
    "service_type": "1",
}


def _emptied_rows() -> dict[str, list[Any]]:
    """One (absent) key per count table, as DELETE_EMPTIED takes them."""
    return {
        f"{alias}_{column}": [_KEY_VALUES[column]]
        for table, alias in zip(COUNT_TABLES, _ALIASES, strict=True)
        for column in table.columns
    }


async def _grow(connection: AsyncConnection, rows: int) -> None:
    """Add `rows` distinct rows to the grown table (in the caller's transaction)."""
    await connection.execute(
        text(
            f"INSERT INTO {GROWN_TABLE} (theme, period_start, ods_code, never_event_code,"
            " harm, service_type, count, key_sum)"
            " SELECT 'growth', DATE '2020-01-06' + n, 'RC9', '', '', '1', 1, 1"
            " FROM generate_series(1, :rows) AS n"
        ),
        {"rows": rows},
    )


async def test_removing_emptied_rollup_rows_reads_by_index_after_the_tables_grew(
    database_url: str,
) -> None:
    engine = make_engine(database_url, pool_size=1)
    try:
        async with engine.connect() as connection:
            for _ in range(8):  # past the five runs after which a generic plan may be kept
                await connection.execute(DELETE_EMPTIED, _emptied_rows())
                await connection.commit()
            await _grow(connection, 100_000)
            before = await connection.scalar(_SEQUENTIAL_SCANS)
            await connection.execute(DELETE_EMPTIED, _emptied_rows())
            assert await connection.scalar(_SEQUENTIAL_SCANS) == before
            await connection.rollback()
    finally:
        await engine.dispose()
