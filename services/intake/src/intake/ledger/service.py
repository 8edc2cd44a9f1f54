"""Ledger reads and writes. Callers hold one transaction around reserve -> publish -> record,
so a version is only remembered once the broker acknowledged it (a failed publish rolls back).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from intake.ledger.models import IdempotencyRecord, LedgerEntry

LatestVersions = dict[uuid.UUID, tuple[int, str]]


async def lock_latest_versions(
    session: AsyncSession, *, incidents: Sequence[tuple[uuid.UUID, str, str]]
) -> LatestVersions:
    """Lock the ledger rows of (incident_id, ods_code, local_reference) and read them.

    A placeholder row (version 0) is inserted first, so that two concurrent first
    submissions of one incident queue on the same row lock instead of both taking
    version 1. Rows are touched in id order to avoid deadlocks between bulk requests.
    """
    ordered = sorted({incident[0]: incident for incident in incidents}.values())
    await session.execute(
        insert(LedgerEntry)
        .values(
            [
                {
                    "incident_id": i,
                    "ods_code": o,
                    "local_reference": r,
                    "version": 0,
                    "content_hash": "",
                }
                for i, o, r in ordered
            ]
        )
        .on_conflict_do_nothing(index_elements=["incident_id"])
    )
    rows = await session.execute(
        select(LedgerEntry.incident_id, LedgerEntry.version, LedgerEntry.content_hash)
        .where(LedgerEntry.incident_id.in_([i for i, _, _ in ordered]))
        .order_by(LedgerEntry.incident_id)
        .with_for_update()
    )
    return {row.incident_id: (row.version, row.content_hash) for row in rows if row.version > 0}


async def record_versions(
    session: AsyncSession, *, versions: dict[uuid.UUID, tuple[int, str]]
) -> None:
    """Store the accepted (version, content hash) of each incident (rows are locked)."""
    if not versions:
        return
    await session.execute(
        update(LedgerEntry.__table__)
        .where(LedgerEntry.__table__.c.incident_id == bindparam("target_id"))
        .values(
            version=bindparam("new_version"),
            content_hash=bindparam("new_hash"),
            last_accepted_at=func.now(),
        ),
        [
            {"target_id": incident_id, "new_version": version, "new_hash": content_hash}
            for incident_id, (version, content_hash) in versions.items()
        ],
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
