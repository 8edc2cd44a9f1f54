"""Ledger reads and writes. Callers hold one transaction around reserve -> publish -> record,
so a version is only remembered once the broker acknowledged it (a failed publish rolls back).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from intake.ledger.models import IdempotencyRecord

LatestVersions = dict[uuid.UUID, tuple[int, str]]


_RESERVE = text("""
    INSERT INTO incident_ledger (incident_id, ods_code, local_reference, version, content_hash)
    SELECT t.id, t.ods, t.ref, 0, ''
    FROM unnest(CAST(:ids AS uuid[]), CAST(:ods AS varchar[]), CAST(:refs AS varchar[]))
         AS t(id, ods, ref)
    ORDER BY t.id
    ON CONFLICT (incident_id) DO NOTHING
""")
_LOCK = text("""
    SELECT incident_id, version, content_hash FROM incident_ledger
    WHERE incident_id = ANY(CAST(:ids AS uuid[]))
    ORDER BY incident_id
    FOR UPDATE
""")
_RECORD = text("""
    UPDATE incident_ledger AS l
    SET version = t.version, content_hash = t.hash, last_accepted_at = now()
    FROM unnest(CAST(:ids AS uuid[]), CAST(:versions AS integer[]), CAST(:hashes AS varchar[]))
         AS t(id, version, hash)
    WHERE l.incident_id = t.id
""")


async def lock_latest_versions(
    session: AsyncSession, *, incidents: Sequence[tuple[uuid.UUID, str, str]]
) -> LatestVersions:
    """Lock the ledger rows of (incident_id, ods_code, local_reference) and read them.

    A placeholder row (version 0) is inserted first, so that two concurrent first
    submissions of one incident queue on the same row lock instead of both taking
    version 1. Rows are touched in id order to avoid deadlocks between bulk requests;
    arrays (unnest) keep a 10,000-line bulk to two statements.
    """
    unique = sorted({incident[0]: incident for incident in incidents}.values())
    ids = [incident_id for incident_id, _, _ in unique]
    await session.execute(
        _RESERVE,
        {"ids": ids, "ods": [o for _, o, _ in unique], "refs": [r for _, _, r in unique]},
    )
    rows = await session.execute(_LOCK, {"ids": ids})
    return {row.incident_id: (row.version, row.content_hash) for row in rows if row.version > 0}


async def record_versions(
    session: AsyncSession, *, versions: dict[uuid.UUID, tuple[int, str]]
) -> None:
    """Store the accepted (version, content hash) of each incident (rows are locked)."""
    if not versions:
        return
    await session.execute(
        _RECORD,
        {
            "ids": list(versions),
            "versions": [version for version, _ in versions.values()],
            "hashes": [content_hash for _, content_hash in versions.values()],
        },
    )


async def find_idempotent_answer(
    session: AsyncSession, *, ods_code: str, key: str
) -> IdempotencyRecord | None:
    """The stored answer for (organisation, Idempotency-Key), if any."""
    return await session.get(IdempotencyRecord, (ods_code, key))


async def remember_idempotent_answer(
    session: AsyncSession,
    *,
    ods_code: str,
    key: str,
    request_hash: str,
    status_code: int,
    response: dict[str, object],
) -> bool:
    """Store the answer; False if another request with the same key got there first."""
    result = await session.execute(
        insert(IdempotencyRecord)
        .values(
            ods_code=ods_code,
            key=key,
            request_hash=request_hash,
            status_code=status_code,
            response=response,
        )
        .on_conflict_do_nothing()
        .returning(IdempotencyRecord.key)
    )
    return result.first() is not None
