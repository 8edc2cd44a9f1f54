"""The intake's own database: the ledger of accepted versions and idempotency keys.

Tables are described with SQLAlchemy (for Alembic); requests reach them through an
asyncpg pool (see `ledger/service.py` for why).
"""

from __future__ import annotations

import json
from typing import Any

import asyncpg
from asyncpg.pool import PoolConnectionProxy
from sqlalchemy import MetaData
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase

from shared.database import NAMING_CONVENTION, SERVER_SETTINGS

#: A connection as the pool lends it.
Connection = asyncpg.Connection | PoolConnectionProxy  # type: ignore[type-arg]


class Base(DeclarativeBase):
    """Base of every intake table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def asyncpg_dsn(database_url: str) -> str:
    """The libpq-style DSN of a SQLAlchemy URL (`postgresql+asyncpg://...`)."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _jsonb_as_dicts(connection: asyncpg.Connection) -> None:  # type: ignore[type-arg]
    await connection.set_type_codec(
        "jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog"
    )


async def _nothing_to_reset(connection: asyncpg.Connection) -> None:  # type: ignore[type-arg]
    """The intake never changes session state (no SET, LISTEN, advisory locks or cursors),
    so a returned connection needs no reset query (a round trip per batch saved); asyncpg
    still rolls back a transaction left open."""


async def open_pool(database_url: str, *, size: int, timeout: float) -> asyncpg.Pool:  # type: ignore[type-arg]
    """A pool of up to `size` connections; connecting and each statement wait at most
    `timeout` seconds, so a database outage becomes a quick 503, not a hanging request."""
    pool: Any = await asyncpg.create_pool(
        asyncpg_dsn(database_url),
        min_size=0,
        max_size=size,
        timeout=timeout,
        command_timeout=timeout,
        init=_jsonb_as_dicts,
        reset=_nothing_to_reset,
        server_settings=SERVER_SETTINGS,
    )
    return pool
