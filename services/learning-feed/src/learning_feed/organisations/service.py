"""Loading the shipped ODS extract into the organisations table, and reading it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from learning_feed.organisations.models import Organisation
from shared.organisations import Organisation as RegistryEntry
from shared.organisations import registry


def organisation_rows(entries: Iterable[RegistryEntry]) -> list[dict[str, object]]:
    """Table rows for registry entries, sorted by ODS code (a stable lock order)."""
    return [
        {
            "ods_code": entry.ods_code,
            "name": entry.name,
            "icb_code": entry.icb_code,
            "region_code": entry.region_code,
            "postcode": entry.postcode,
            "opened_on": entry.opened_on,
            "closed_on": entry.closed_on,
        }
        for entry in sorted(entries, key=lambda e: e.ods_code)
    ]


async def sync_organisations(
    session: AsyncSession, *, entries: Iterable[RegistryEntry] | None = None
) -> int:
    """Upsert the ODS extract (the shipped one by default); returns the number of rows."""
    rows = organisation_rows(registry().values() if entries is None else entries)
    if not rows:
        return 0
    statement = insert(Organisation).values(rows)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["ods_code"],
            set_={c: statement.excluded[c] for c in rows[0] if c != "ods_code"},
        )
    )
    return len(rows)


async def organisations_in(
    session: AsyncSession,
    *,
    trusts: Sequence[str] = (),
    icbs: Sequence[str] = (),
    regions: Sequence[str] = (),
    open_between: tuple[dt.date, dt.date] | None = None,
) -> list[Organisation]:
    """Trusts matching every given filter (any value within one), optionally open in a range."""
    query = select(Organisation).where(Organisation.region_code.is_not(None))
    if trusts:
        query = query.where(Organisation.ods_code.in_(trusts))
    if icbs:
        query = query.where(Organisation.icb_code.in_(icbs))
    if regions:
        query = query.where(Organisation.region_code.in_(regions))
    if open_between:
        start, end = open_between
        query = query.where(
            or_(Organisation.opened_on.is_(None), Organisation.opened_on <= end),
            or_(Organisation.closed_on.is_(None), Organisation.closed_on > start),
        )
    return list((await session.scalars(query.order_by(Organisation.ods_code))).all())
