"""Session fixtures: a real Kafka-protocol broker (tansu), a real PostgreSQL, the services."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from devstack.broker import TansuBroker
from devstack.ports import free_port
from devstack.stack import Stack, StackPorts
from shared.auth.keystore import ensure_local_keys
from shared.auth.tokens import SigningKey, issue_token
from shared.messaging.topics import ensure_topics
from shared.settings import AuthSettings

_references = itertools.count(1)

#: Test-only settings per service (short retry schedules, loopback webhook allowlist...).
SERVICE_TEST_SETTINGS: dict[str, dict[str, str]] = {
    "intake": {},
    "classifier": {},
    "learning-feed": {
        "WEBHOOK_ALLOWLIST": "127.0.0.1/32",
        "WEBHOOK_RETRY_SCHEDULE": "0.5,1,1,2,2,2,2,2",
        "WEBHOOK_RETRY_JITTER": "0.1",
        "WEBHOOK_TIMEOUT_SECONDS": "2",
        "DISPATCHER_POLL_INTERVAL_SECONDS": "0.2",
        "SIGNAL_BASELINE_WEEKS": "8",
    },
}


def new_stack(state_dir: Path) -> Stack:
    """A stack on free ports with its own state folder (fsync off: test data is disposable)."""
    return Stack(
        state_dir,
        ports=StackPorts.free(),
        topic_partitions=4,
        durable=False,
        service_overrides=SERVICE_TEST_SETTINGS,
    )


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Broker + PostgreSQL + topics + schema, shared by the whole session."""
    stack = new_stack(tmp_path_factory.mktemp("stack"))
    stack.start_infrastructure()
    yield stack
    stack.stop()


@pytest.fixture(scope="session")
def running_stack(stack: Stack) -> Stack:
    """The stack with the three services running as processes."""
    stack.start_services()
    return stack


@pytest.fixture(scope="session")
def signing_key(stack: Stack) -> SigningKey:
    """The key the stack's services trust."""
    key, _ = ensure_local_keys(stack.state_dir / "auth")
    return key


@pytest.fixture(scope="session")
def token_for(signing_key: SigningKey) -> Callable[..., str]:
    """Issue a token: token_for("RC9", "reporter")."""
    settings = AuthSettings()

    def issue(ods_code: str, *roles: str, lifetime: dt.timedelta = dt.timedelta(hours=1)) -> str:
        return issue_token(
            signing_key,
            ods_code=ods_code,
            roles=list(roles),
            issuer=settings.auth_issuer,
            audience=settings.auth_audience,
            lifetime=lifetime,
        )

    return issue


@pytest.fixture
def unique_reference() -> Callable[[], str]:
    """A local reference no other test uses."""
    return lambda: f"TEST-{dt.datetime.now(dt.UTC):%H%M%S%f}-{next(_references)}"


@pytest.fixture
def own_broker(tmp_path: Path) -> Iterator[TansuBroker]:
    """A broker of the test's own (with the platform's topics), to stop and restart at will."""
    broker = TansuBroker(free_port(), log_path=tmp_path / "broker.log")
    broker.start()
    asyncio.run(ensure_topics(broker.bootstrap_servers, partitions=2))
    yield broker
    broker.stop()
