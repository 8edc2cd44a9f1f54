"""Ledger reads and writes. Callers hold one transaction around lock -> (publish, record) ->
commit, so a version is only remembered once the broker acknowledged it (a failed publish
rolls back).

This is the intake's hot path (every accepted incident passes here), so it speaks to
PostgreSQL through asyncpg directly: one statement locks and reads every row of a batch,
one records the new versions. The tables themselves are described by the SQLAlchemy models
in `models.py` (and created by the Alembic migrations).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from intake.db import Connection

LatestVersions = dict[uuid.UUID, tuple[int, str]]

# A placeholder row (version 0) is inserted for a first submission, so two concurrent first
# submissions of one incident queue on the same row lock instead of both taking version 1.
# For an existing row the no-op update takes the row lock and RETURNING reads the latest
# committed version. Rows are taken in id order so concurrent batches cannot deadlock.
_LOCK = """
    INSERT INTO incident_ledger AS l (incident_id, ods_code, local_reference, version, content_hash)
    SELECT t.id, t.ods, t.ref, 0, ''
    FROM unnest($1::uuid[], $2::varchar[], $3::varchar[]) AS t(id, ods, ref)
    ORDER BY t.id
    ON CONFLICT (incident_id) DO UPDATE SET version = l.version
    RETURNING incident_id, version, content_hash
"""
_RECORD = """
    UPDATE incident_ledger AS l
    SET version = t.version, content_hash = t.hash, last_accepted_at = now()
    FROM unnest($1::uuid[], $2::integer[], $3::varchar[]) AS t(id, version, hash)
    WHERE l.incident_id = t.id
"""
_FIND_ANSWER = """
    SELECT request_hash, status_code, response FROM idempotency_keys
    WHERE ods_code = $1 AND key = $2
"""
_REMEMBER_ANSWER = """
    INSERT INTO idempotency_keys (ods_code, key, request_hash, status_code, response)
    VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT DO NOTHING
    RETURNING key
"""


@dataclass(frozen=True)
class IdempotentAnswer:
    """The answer first given to a request with an `Idempotency-Key`."""

    request_hash: str
    status_code: int
    response: dict[str, Any]


async def lock_latest_versions(
    connection: Connection, *, incidents: Sequence[tuple[uuid.UUID, str, str]]
) -> LatestVersions:
    """Lock the ledger rows of (incident_id, ods_code, local_reference) and read them.

    Returns the latest accepted (version, content hash) of the incidents seen before; one
    statement for the whole batch (a 10,000-line bulk included).
    """
    unique = {incident[0]: incident for incident in incidents}.values()
    rows = await connection.fetch(
        _LOCK,
        [incident_id for incident_id, _, _ in unique],
        [ods_code for _, ods_code, _ in unique],
        [reference for _, _, reference in unique],
    )
    return {row[0]: (row[1], row[2]) for row in rows if row[1] > 0}


async def record_versions(
    connection: Connection, *, versions: dict[uuid.UUID, tuple[int, str]]
) -> None:
    """Store the accepted (version, content hash) of each incident (rows are locked)."""
    if not versions:
        return
    await connection.execute(
        _RECORD,
        list(versions),
        [version for version, _ in versions.values()],
        [content_hash for _, content_hash in versions.values()],
    )


async def find_idempotent_answer(
    connection: Connection, *, ods_code: str, key: str
) -> IdempotentAnswer | None:
    """The stored answer for (organisation, Idempotency-Key), if any."""
    row = await connection.fetchrow(_FIND_ANSWER, ods_code, key)
    return None if row is None else IdempotentAnswer(row[0], row[1], row[2])


async def remember_idempotent_answer(
    connection: Connection,
    *,
    ods_code: str,
    key: str,
    request_hash: str,
    status_code: int,
    response: dict[str, Any],
) -> bool:
    """Store the answer; False if another request with the same key got there first."""
    stored = await connection.fetchval(
        _REMEMBER_ANSWER, ods_code, key, request_hash, status_code, response
    )
    return stored is not None
