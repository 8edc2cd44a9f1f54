"""The learning-feed service: HTTP API, the ingest loop, and the `learning-feed` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from shared.auth.tokens import TokenVerifier, load_jwks
from shared.messaging.consumer import BatchConsumer, make_consumer, run_or_stop_service
from shared.messaging.producer import EventPublisher, make_producer
from shared.messaging.startup import start_with_retry
from shared.observability import RequestMetricsMiddleware, configure_logging, metrics_endpoint
from shared.problems import install_problem_handlers
from shared.serving import serve, shutdown_requester
from shared.topics import INCIDENTS_CLASSIFIED

from learning_feed.db import make_engine, make_sessionmaker
from learning_feed.health.views import router as health_router
from learning_feed.incidents.views import router as incidents_router
from learning_feed.ingest import StoreBatch
from learning_feed.migrations import upgrade_to_head
from learning_feed.settings import Settings

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; engine, producer and consumer live in the lifespan."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.database_url, pool_size=settings.database_pool_size)
        app.state.engine = engine
        app.state.sessions = make_sessionmaker(engine)
        app.state.settings = settings
        app.state.token_verifier = TokenVerifier(
            load_jwks(inline=settings.auth_jwks, path=settings.auth_jwks_file),
            issuer=settings.auth_issuer,
            audience=settings.auth_audience,
            leeway=settings.auth_leeway_seconds,
        )
        producer = make_producer(settings)
        await start_with_retry(producer.start, what="learning-feed producer")
        publisher = EventPublisher(
            producer, source="/learning-feed", send_timeout=settings.kafka_send_timeout_seconds
        )
        consumer = BatchConsumer(
            make_consumer(settings, INCIDENTS_CLASSIFIED),
            (INCIDENTS_CLASSIFIED,),
            StoreBatch(app.state.sessions, publisher, poison_burst_limit=settings.poison_burst_limit),
            max_records=settings.kafka_max_poll_records,
        )
        app.state.consumer = consumer
        await start_with_retry(consumer.start, what="learning-feed consumer")
        task = asyncio.create_task(run_or_stop_service(
                consumer, name="ingest", request_shutdown=shutdown_requester(app)
            ), name="ingest-loop")
        try:
            yield
        finally:
            await consumer.stop()
            task.cancel()
            await producer.stop()
            await engine.dispose()

    app = FastAPI(
        title="Patient safety learning feed",
        version="1.0.0",
        description="Classified incidents, aggregates, subscriptions and alerts.",
        lifespan=lifespan,
    )
    install_problem_handlers(app)
    app.add_middleware(RequestMetricsMiddleware)
    app.add_route("/metrics", metrics_endpoint, include_in_schema=False)
    app.include_router(health_router)
    app.include_router(incidents_router)
    return app


def run(argv: list[str] | None = None) -> None:
    """`learning-feed migrate` upgrades the schema; `learning-feed serve` (default) serves."""
    parser = argparse.ArgumentParser(prog="learning-feed")
    parser.add_argument("command", nargs="?", choices=["serve", "migrate"], default="serve")
    args = parser.parse_args(argv)
    settings = Settings()
    configure_logging("learning-feed", level=settings.log_level, json_logs=settings.log_json)
    if args.command == "migrate":
        upgrade_to_head(settings.database_url)
        return
    sys.exit(serve(create_app(settings), host=settings.host, port=settings.port))
