"""The intake application: FastAPI app, its lifespan, and the `intake` command."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI

from shared.auth.tokens import TokenVerifier, load_jwks
from shared.messaging.producer import EventPublisher, make_producer
from shared.messaging.startup import start_with_retry
from shared.observability import configure_logging, metrics_endpoint, request_metrics_middleware
from shared.problems import install_problem_handlers

from intake.health.views import router as health_router
from intake.incidents.views import router as incidents_router
from intake.settings import Settings

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
        producer = make_producer(settings) if settings.publishing_enabled else None
        app.state.publisher = None
        app.state.broker_probe = _probe(producer)
        if producer is not None:
            await start_with_retry(producer.start, what="intake producer")
            app.state.publisher = EventPublisher(
                producer, source="/intake", send_timeout=settings.kafka_send_timeout_seconds
            )
        try:
            yield
        finally:
            if producer is not None:
                await producer.stop()  # flushes what is in flight

    app = FastAPI(
        title="Patient safety incident intake",
        version="1.0.0",
        description="Where trust systems submit incidents (native JSON or FHIR R4 AdverseEvent).",
        lifespan=lifespan,
    )
    install_problem_handlers(app)
    app.middleware("http")(request_metrics_middleware)
    app.add_route("/metrics", metrics_endpoint, include_in_schema=False)
    app.include_router(health_router)
    app.include_router(incidents_router)
    return app


def _probe(producer):  # type: ignore[no-untyped-def]
    async def broker_reachable() -> bool:
        if producer is None:
            return True
        try:
            await asyncio.wait_for(producer.client.fetch_all_metadata(), timeout=2)
            return True
        except Exception:
            return False

    return broker_reachable


def run() -> None:
    """Serve the intake with uvicorn (one process; scale by running more)."""
    settings = Settings()
    configure_logging("intake", level=settings.log_level, json_logs=settings.log_json)
    uvicorn.run(
        create_app(settings), host=settings.host, port=settings.port,
        log_config=None, access_log=False, timeout_graceful_shutdown=10,
    )
