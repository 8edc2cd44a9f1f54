"""The whole platform on one machine: broker, PostgreSQL, topics, keys, schema, services."""

from __future__ import annotations

import asyncio
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from devstack.broker import TansuBroker
from devstack.ports import free_port
from devstack.postgres import EmbeddedPostgres
from devstack.services import ServiceProcess, script
from shared.auth.keystore import ensure_local_keys
from shared.messaging.topics import ensure_topics

LEARNING_FEED_DB = "learning_feed"
INTAKE_DB = "intake"


@dataclass
class StackPorts:
    """Where everything listens (127.0.0.1 only)."""

    intake: int = 8001
    classifier: int = 8002
    learning_feed: int = 8003
    broker: int = 19092
    postgres: int = 15432

    @classmethod
    def free(cls) -> StackPorts:
        """Ports that are free right now (tests and benchmarks beside a running platform)."""
        return cls(
            intake=free_port(),
            classifier=free_port(),
            learning_feed=free_port(),
            broker=free_port(),
            postgres=free_port(),
        )


@dataclass
class Stack:
    """Infrastructure and services sharing one state folder (`.local/` by default)."""

    state_dir: Path
    ports: StackPorts = field(default_factory=StackPorts)
    topic_partitions: int = 6
    durable: bool = True
    #: Extra environment per service name (e.g. test-only allowlists and short retry schedules).
    service_overrides: dict[str, dict[str, str]] = field(default_factory=dict)
    broker: TansuBroker = field(init=False)
    postgres: EmbeddedPostgres = field(init=False)
    services: dict[str, ServiceProcess] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.state_dir = self.state_dir.resolve()
        (self.state_dir / "logs").mkdir(parents=True, exist_ok=True)
        self.broker = TansuBroker(
            self.ports.broker, log_path=self.state_dir / "logs" / "broker.log"
        )
        self.postgres = EmbeddedPostgres(
            self.state_dir / "postgres", self.ports.postgres, durable=self.durable
        )

    @property
    def jwks_path(self) -> Path:
        """The JWKS the services verify tokens with."""
        return self.state_dir / "auth" / "jwks.json"

    def start_infrastructure(self) -> None:
        """Broker, PostgreSQL (with its databases), topics, signing keys and schema."""
        ensure_local_keys(self.state_dir / "auth")
        self.postgres.start()
        for database in (LEARNING_FEED_DB, INTAKE_DB):
            self.postgres.create_database(database)
        self.broker.start()
        asyncio.run(ensure_topics(self.broker.bootstrap_servers, partitions=self.topic_partitions))
        self.migrate()

    def migrate(self) -> None:
        """Run the Alembic migrations of the services that own a database."""
        for name in ("intake", "learning-feed"):
            result = subprocess.run(
                [script(name), "migrate"], env=self.service_env(name), capture_output=True
            )
            if result.returncode != 0:
                raise RuntimeError(f"{name} migrate failed: {result.stderr.decode()[-2000:]}")

    def service_env(self, name: str) -> dict[str, str]:
        """The environment a service is configured by."""
        common = {
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": self.broker.bootstrap_servers,
            "AUTH_JWKS_FILE": str(self.jwks_path),
            "LOG_LEVEL": os.environ.get("LOG_LEVEL", "INFO"),
        }
        specific = {
            "intake": {
                "LEARNING_FEED_BASE_URL": f"http://127.0.0.1:{self.ports.learning_feed}",
                "DATABASE_URL": self.postgres.url(INTAKE_DB),
            },
            "classifier": {},
            "learning-feed": {"DATABASE_URL": self.postgres.url(LEARNING_FEED_DB)},
        }[name]
        return {**common, **specific, **self.service_overrides.get(name, {})}

    def service(self, name: str) -> ServiceProcess:
        """The (possibly not yet started) process of service `name`."""
        if name not in self.services:
            port = {
                "intake": self.ports.intake,
                "classifier": self.ports.classifier,
                "learning-feed": self.ports.learning_feed,
            }[name]
            self.services[name] = ServiceProcess(
                name=name,
                port=port,
                env=self.service_env(name),
                log_path=self.state_dir / "logs" / f"{name}.log",
            )
        return self.services[name]

    def start_services(self) -> None:
        """Start the three services and wait until each is healthy."""
        for name in ("learning-feed", "classifier", "intake"):
            self.service(name).start()
        for name in ("learning-feed", "classifier", "intake"):
            self.service(name).wait_healthy()

    def stop(self) -> None:
        """Stop services first (they flush and commit), then the broker and PostgreSQL."""
        for service in self.services.values():
            service.stop()
        self.broker.stop()
        self.postgres.stop()
