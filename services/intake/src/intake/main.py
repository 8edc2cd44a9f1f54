"""The intake application: FastAPI app, its lifespan, and the `intake` command."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import asyncpg
from aiokafka import AIOKafkaProducer
from fastapi import FastAPI

from intake.db import open_pool
from intake.health.views import router as health_router
from intake.incidents.batching import SubmissionBatcher
from intake.incidents.submitting import transactional_acceptor
from intake.incidents.views import router as incidents_router
from intake.migrations import upgrade_to_head
from intake.settings import Settings
from shared.auth.tokens import TokenVerifier, load_jwks
from shared.http_limits import BodySizeLimit
from shared.messaging.producer import EventPublisher, make_producer
from shared.messaging.startup import start_with_retry
from shared.observability import RequestMetricsMiddleware, metrics_endpoint
from shared.problems import install_problem_handlers
from shared.runtime import settle_garbage_collector
from shared.serving import run_service

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the intake app; long-lived clients are made in the lifespan."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.token_verifier = TokenVerifier(
            load_jwks(inline=settings.auth_jwks, path=settings.auth_jwks_file),
            issuer=settings.auth_issuer,
            audience=settings.auth_audience,
            leeway=settings.auth_leeway_seconds,
        )
        app.state.publisher = None
        app.state.broker_probe = broker_probe(None)
        app.state.ledger_probe = ledger_probe(None, timeout=settings.database_timeout_seconds)
        if not settings.publishing_enabled:
            settle_garbage_collector()
            yield
            return
        pool = await open_pool(
            settings.database_url,
            size=settings.database_pool_size,
            timeout=settings.database_timeout_seconds,
        )
        app.state.ledger_pool = pool
        app.state.ledger_probe = ledger_probe(pool, timeout=settings.database_timeout_seconds)
        producer = make_producer(settings)
        await start_with_retry(producer.start, what="intake producer")
        app.state.broker_probe = broker_probe(producer)
        app.state.publisher = EventPublisher(
            producer, send_timeout=settings.kafka_send_timeout_seconds
        )
        app.state.accept_batch = transactional_acceptor(
            pool, app.state.publisher, timeout=settings.database_timeout_seconds
        )
        app.state.batcher = SubmissionBatcher(
            app.state.accept_batch,
            max_batch=settings.batch_max_incidents,
            workers=settings.batch_workers,
        )
        app.state.batcher.start()
        settle_garbage_collector()
        try:
            yield
        finally:
            await app.state.batcher.stop()
            await producer.stop()  # flushes what is in flight
            await pool.close()

    app = FastAPI(
        title="Patient safety incident intake",
        version="1.0.0",
        description=(
            "Where trust systems submit patient safety incidents: native JSON, FHIR R4 "
            "AdverseEvent (LFPSE v5 profile or plain R4) and NDJSON bulk backfills. Every "
            "route needs a platform bearer token with the `reporter` role for the "
            "organisation reported for."
        ),
        lifespan=lifespan,
    )
    install_problem_handlers(app)
    app.add_middleware(RequestMetricsMiddleware)
    app.add_middleware(
        BodySizeLimit,
        default_limit=settings.max_body_bytes,
        limits={"/v1/incidents:bulk": settings.max_bulk_body_bytes},
    )
    app.add_route("/metrics", metrics_endpoint, include_in_schema=False)
    app.include_router(health_router)
    app.include_router(incidents_router)
    return app


def broker_probe(producer: AIOKafkaProducer | None) -> Callable[[], Awaitable[bool]]:
    """A readiness check: can the producer fetch cluster metadata right now?"""

    async def broker_reachable() -> bool:
        if producer is None:
            return True
        try:
            await asyncio.wait_for(producer.client.fetch_all_metadata(), timeout=2)
            return True
        except Exception:
            return False

    return broker_reachable


def ledger_probe(
    pool: asyncpg.Pool | None,  # type: ignore[type-arg]
    *,
    timeout: float,
) -> Callable[[], Awaitable[bool]]:
    """A readiness check: does the ledger database answer right now?"""

    async def ledger_reachable() -> bool:
        if pool is None:
            return True
        try:
            async with pool.acquire(timeout=timeout) as connection:
                await connection.fetchval("SELECT 1", timeout=timeout)
            return True
        except Exception:
            return False

    return ledger_reachable


def run(argv: list[str] | None = None) -> None:
    """`intake migrate` upgrades the ledger schema; `intake serve` (default) serves."""
    run_service(
        argv, name="intake", settings=Settings(), create_app=create_app, migrate=upgrade_to_head
    )
