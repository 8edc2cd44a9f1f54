"""A stack of its own for tests that kill, stop and restart real processes."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable, Iterator

import httpx
import orjson
import pytest

from devstack.stack import LEARNING_FEED_DB, Stack
from shared.auth.keystore import ensure_local_keys
from shared.auth.tokens import issue_token
from shared.settings import AuthSettings
from tests.conftest import new_stack
from tests.factories import incident_body


@pytest.fixture(scope="module")
def fault_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Broker, PostgreSQL and the three services, owned by one test module."""
    stack = new_stack(tmp_path_factory.mktemp("fault-stack"))
    stack.start_infrastructure()
    stack.start_services()
    yield stack
    stack.stop()


@pytest.fixture(scope="module")
def reporter_token(fault_stack: Stack) -> str:
    key, _ = ensure_local_keys(fault_stack.state_dir / "auth")
    settings = AuthSettings()
    return issue_token(
        key,
        ods_code="RC9",
        roles=["reporter"],
        issuer=settings.auth_issuer,
        audience=settings.auth_audience,
        lifetime=dt.timedelta(hours=1),
    )


def batch_prefix() -> str:
    """A local-reference prefix unique to one test run."""
    return f"FAULT-{uuid.uuid4().hex[:8]}"


def post_bulk(stack: Stack, token: str, prefix: str, start: int, count: int) -> None:
    """POST `count` distinct incidents in one NDJSON request; all must be accepted."""
    lines = b"\n".join(
        orjson.dumps(incident_body(local_reference=f"{prefix}-{n}"))
        for n in range(start, start + count)
    )
    response = httpx.post(
        f"{stack.service('intake').url}/v1/incidents:bulk",
        content=lines,
        timeout=60,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 200 and response.json()["accepted"] == count, response.text[:500]


def stored_count(stack: Stack, prefix: str) -> int:
    """Incidents of this run stored by the learning-feed."""
    return int(
        stack.postgres.query(
            LEARNING_FEED_DB,
            f"SELECT count(*) FROM incidents WHERE local_reference LIKE '{prefix}-%'",
        )
    )


def wait_until(condition: Callable[[], bool], *, timeout: float, every: float = 0.5) -> None:
    """Poll `condition` until it holds, or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"condition not met within {timeout}s"
        time.sleep(every)
