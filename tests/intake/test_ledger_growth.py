"""Against the real ledger: a batch's cost does not grow with the ledger.

asyncpg prepares every statement; after five runs PostgreSQL may keep a generic plan made
while the ledger was small. For the batch UPDATE that plan was a sequential scan, which
then read the whole ledger for every batch as it grew.
"""

from __future__ import annotations

import uuid

import asyncpg
import pytest

from devstack.stack import INTAKE_DB, Stack
from intake.db import asyncpg_dsn, open_pool
from intake.ledger import service as ledger

pytestmark = pytest.mark.integration

GROWTH = 60_000
#: This backend's not yet reported scan count (it includes the open transaction's).
_SEQUENTIAL_SCANS = (
    "SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'incident_ledger'"
)


async def _accept_batch(connection: asyncpg.Connection, size: int = 11) -> int:  # type: ignore[type-arg]
    """Lock and record a batch of new incidents; returns the sequential scans of the ledger
    that recording the versions made."""
    incidents = [(uuid.uuid4(), "RC9", f"growth-{uuid.uuid4().hex}") for _ in range(size)]
    async with connection.transaction():
        await ledger.lock_latest_versions(connection, incidents=incidents)
        before = await connection.fetchval(_SEQUENTIAL_SCANS)
        await ledger.record_versions(
            connection, versions={incident_id: (1, "0" * 64) for incident_id, _, _ in incidents}
        )
        return await connection.fetchval(_SEQUENTIAL_SCANS) - before


async def test_a_batch_reads_the_ledger_by_index_after_the_ledger_grew(stack: Stack) -> None:
    url = stack.postgres.url(INTAKE_DB)
    pool = await open_pool(url, size=1, timeout=10)
    grown_by = f"growth-{uuid.uuid4().hex[:8]}"
    try:
        async with pool.acquire() as connection:
            for _ in range(8):  # past the five runs after which a generic plan may be kept
                await _accept_batch(connection)
            other = await asyncpg.connect(asyncpg_dsn(url))
            try:
                await other.execute(
                    "INSERT INTO incident_ledger (incident_id, ods_code, local_reference,"
                    " version, content_hash)"
                    " SELECT gen_random_uuid(), 'RC9', $1 || '-' || n, 1, ''"
                    " FROM generate_series(1, $2) AS n",
                    grown_by,
                    GROWTH,
                )
                assert await _accept_batch(connection) == 0
            finally:
                await other.execute(
                    "DELETE FROM incident_ledger WHERE local_reference LIKE $1", f"{grown_by}-%"
                )
                await other.close()
    finally:
        await pool.close()
