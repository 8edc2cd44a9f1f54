"""Fixtures of the learning-feed tests: a database session, classified events, an API client."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import AsyncIterator, Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from devstack.services import script
from devstack.stack import Stack
from learning_feed.db import make_engine, make_sessionmaker
from learning_feed.main import create_app
from shared.events import IncidentClassified
from tests.learning_feed.helpers import api_settings, classified_event


@pytest.fixture
def classified() -> Callable[..., IncidentClassified]:
    """Build classified events: classified("REF-1", themes=("falls",), occurred=...)."""
    return classified_event


@pytest.fixture
def reference() -> Callable[[str], str]:
    """A local reference unique to this run."""
    return lambda prefix: f"{prefix}-{uuid.uuid4().hex[:12]}"


#: The learning-feed tests' own database: the running services (and their dispatcher) use
#: the stack's, so deliveries and counts made here are never touched by them.
TEST_DB = "learning_feed_tests"


@pytest.fixture(scope="session")
def database_url(stack: Stack) -> str:
    """A fresh, migrated learning-feed database for these tests."""
    stack.postgres.query("postgres", f'DROP DATABASE IF EXISTS "{TEST_DB}" WITH (FORCE)')
    stack.postgres.create_database(TEST_DB)
    url = stack.postgres.url(TEST_DB)
    subprocess.run(
        [script("learning-feed"), "migrate"],
        env={**stack.service_env("learning-feed"), "DATABASE_URL": url},
        check=True,
        capture_output=True,
    )
    return url


@pytest.fixture(scope="session")
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker]:  # type: ignore[type-arg]
    """Sessions on the tests' database."""
    engine = make_engine(database_url, pool_size=4)
    yield make_sessionmaker(engine)
    await engine.dispose()


@pytest.fixture
async def session(sessions: async_sessionmaker) -> AsyncIterator[AsyncSession]:  # type: ignore[type-arg]
    """One session (commit explicitly with `async with session.begin()`)."""
    async with sessions() as session:
        yield session


@pytest.fixture(scope="module")
def api(stack: Stack, database_url: str) -> Iterator[TestClient]:
    """The learning-feed API in process, on the tests' database."""
    with TestClient(create_app(api_settings(stack, database_url))) as client:
        yield client
