"""The Alembic migrations build the schema the SQLAlchemy models declare."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from learning_feed.aggregates import models as _aggregates  # noqa: F401  (register the tables)
from learning_feed.alerts import models as _alerts  # noqa: F401
from learning_feed.audit import models as _audit  # noqa: F401
from learning_feed.db import Base
from learning_feed.deliveries import models as _deliveries  # noqa: F401
from learning_feed.incidents import models as _incidents  # noqa: F401
from learning_feed.organisations import models as _organisations  # noqa: F401
from learning_feed.subscriptions import models as _subscriptions  # noqa: F401

pytestmark = pytest.mark.integration


async def test_the_migrated_schema_is_exactly_the_one_the_models_map(database_url: str) -> None:
    def differences(connection: Connection) -> list[Any]:
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)

    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            diff = await connection.run_sync(differences)
    finally:
        await engine.dispose()
    assert diff == []
