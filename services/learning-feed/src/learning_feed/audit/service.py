"""Writing the audit trail (in the transaction of the read it records)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from learning_feed.audit.models import AuditEvent
from shared.auth import Principal


@dataclass(frozen=True, slots=True)
class ReadRecord:
    """A record that was read: its type, id and the incident it is about (if any)."""

    resource_type: str
    resource_id: str
    incident_id: uuid.UUID | None = None


async def record_reads(
    session: AsyncSession,
    *,
    principal: Principal,
    records: Sequence[ReadRecord],
    path: str,
    trace_id: str | None,
) -> None:
    """One audit row per record read by `principal`."""
    if not records:
        return
    await session.execute(
        insert(AuditEvent),
        [
            {
                "subject": principal.subject,
                "ods_code": principal.ods_code,
                "roles": sorted(principal.roles),
                "action": "read",
                "resource_type": record.resource_type,
                "resource_id": record.resource_id,
                "incident_id": record.incident_id,
                "path": path,
                "trace_id": trace_id,
            }
            for record in records
        ],
    )
