"""The learning-feed service: HTTP API, the ingest loop, the dispatcher, and its command."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from fastapi import FastAPI

from learning_feed.aggregates.disclosure import DisclosurePolicy
from learning_feed.aggregates.views import router as aggregates_router
from learning_feed.db import make_engine, make_sessionmaker
from learning_feed.deliveries.dispatcher import Dispatcher, make_client
from learning_feed.deliveries.schedule import RetryPolicy
from learning_feed.deliveries.views import router as deliveries_router
from learning_feed.health.views import router as health_router
from learning_feed.incidents.views import router as incidents_router
from learning_feed.ingest import StoreBatch
from learning_feed.migrations import upgrade_to_head
from learning_feed.organisations.service import sync_organisations
from learning_feed.settings import Settings
from learning_feed.signals.detection import SignalParameters
from learning_feed.signals.service import SignalSettings
from learning_feed.subscriptions.views import router as subscriptions_router
from shared.auth.tokens import TokenVerifier, load_jwks
from shared.messaging.consumer import BatchConsumer, make_consumer, run_or_stop_service
from shared.messaging.producer import EventPublisher, make_producer
from shared.messaging.startup import start_with_retry
from shared.observability import RequestMetricsMiddleware, metrics_endpoint
from shared.problems import install_problem_handlers
from shared.runtime import settle_garbage_collector
from shared.serving import run_service, shutdown_requester
from shared.topics import INCIDENTS_CLASSIFIED

log = logging.getLogger(__name__)

#: Startup waits at most this long for the ingest loop's first poll.
FIRST_POLL_TIMEOUT_SECONDS = 10.0


def signal_settings(settings: Settings) -> SignalSettings:
    """How the ingest looks for thematic signals."""
    return SignalSettings(
        parameters=SignalParameters(
            alpha=settings.signal_alpha,
            min_baseline_weeks=settings.signal_min_baseline_weeks,
            min_count=settings.signal_min_count,
        ),
        baseline_weeks=settings.signal_baseline_weeks,
        max_age_weeks=settings.signal_max_age_weeks,
    )


def retry_policy(settings: Settings) -> RetryPolicy:
    """How failed webhook deliveries are retried."""
    return RetryPolicy(
        schedule=tuple(settings.webhook_retry_schedule),
        jitter=settings.webhook_retry_jitter,
        max_retry_after=settings.webhook_max_retry_after_seconds,
    )


def make_dispatcher(app: FastAPI, settings: Settings) -> Dispatcher:
    """The dispatcher over the app's sessions and HTTP client."""
    return Dispatcher(
        app.state.sessions,
        app.state.http,
        policy=retry_policy(settings),
        allowlist=settings.webhook_allowlist,
        concurrency=settings.webhook_max_concurrency,
        batch_size=settings.dispatcher_batch_size,
        poll_interval=settings.dispatcher_poll_interval_seconds,
        lease_seconds=settings.dispatcher_lease_seconds,
        timeout=settings.webhook_timeout_seconds,
    )


async def _start_ingest(app: FastAPI, settings: Settings) -> None:
    producer = make_producer(settings)
    await start_with_retry(producer.start, what="learning-feed producer")
    app.state.producer = producer
    publisher = EventPublisher(producer, send_timeout=settings.kafka_send_timeout_seconds)
    dispatcher = app.state.dispatcher
    handler = StoreBatch(
        app.state.sessions,
        publisher,
        poison_burst_limit=settings.poison_burst_limit,
        signals=signal_settings(settings),
        on_deliveries=dispatcher.wake if dispatcher is not None else None,
    )
    consumer = BatchConsumer(
        make_consumer(settings, INCIDENTS_CLASSIFIED),
        (INCIDENTS_CLASSIFIED,),
        handler,
        max_records=settings.kafka_max_poll_records,
    )
    app.state.consumer = consumer
    await start_with_retry(consumer.start, what="learning-feed consumer")
    app.state.tasks.append(
        asyncio.create_task(
            run_or_stop_service(consumer, name="ingest", request_shutdown=shutdown_requester(app)),
            name="ingest-loop",
        )
    )
    await consumer.wait_until_polling(timeout=FIRST_POLL_TIMEOUT_SECONDS)


async def _stop(app: FastAPI) -> None:
    if app.state.consumer is not None:
        await app.state.consumer.stop()
    for task in app.state.tasks:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
    if app.state.producer is not None:
        await app.state.producer.stop()
    await app.state.http.aclose()
    await app.state.engine.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; engine, HTTP client, producer, consumer, dispatcher live in the lifespan."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.database_url, pool_size=settings.database_pool_size)
        app.state.engine = engine
        app.state.sessions = make_sessionmaker(engine)
        app.state.settings = settings
        app.state.disclosure = DisclosurePolicy(
            settings.disclosure_suppress_up_to, settings.disclosure_rounding_base
        )
        app.state.token_verifier = TokenVerifier(
            load_jwks(inline=settings.auth_jwks, path=settings.auth_jwks_file),
            issuer=settings.auth_issuer,
            audience=settings.auth_audience,
            leeway=settings.auth_leeway_seconds,
        )
        app.state.http = make_client(
            timeout=settings.webhook_timeout_seconds, concurrency=settings.webhook_max_concurrency
        )
        app.state.tasks, app.state.consumer, app.state.producer = [], None, None
        app.state.dispatcher = (
            make_dispatcher(app, settings) if settings.dispatcher_enabled else None
        )
        if app.state.dispatcher is not None:
            app.state.tasks.append(
                asyncio.create_task(app.state.dispatcher.run(), name="dispatcher")
            )
        try:
            if settings.ingest_enabled:
                await _start_ingest(app, settings)
            settle_garbage_collector()
            yield
        finally:
            await _stop(app)

    app = FastAPI(
        title="Patient safety learning feed",
        version="1.0.0",
        description="Classified incidents, aggregates, subscriptions and alerts.",
        lifespan=lifespan,
    )
    install_problem_handlers(app)
    app.add_middleware(RequestMetricsMiddleware)
    app.add_route("/metrics", metrics_endpoint, include_in_schema=False)
    for router in (
        health_router,
        incidents_router,
        aggregates_router,
        subscriptions_router,
        deliveries_router,
    ):
        app.include_router(router)
    return app


async def _sync_reference_data(database_url: str) -> int:
    engine = make_engine(database_url, pool_size=1)
    try:
        async with make_sessionmaker(engine)() as session, session.begin():
            return await sync_organisations(session)
    finally:
        await engine.dispose()


def migrate(database_url: str) -> None:
    """Upgrade the schema, then load the shipped ODS extract into `organisations`."""
    upgrade_to_head(database_url)
    count = asyncio.run(_sync_reference_data(database_url))
    log.info("schema up to date; organisations loaded", extra={"organisations": count})


def run(argv: list[str] | None = None) -> None:
    """`learning-feed migrate` upgrades the schema; `learning-feed serve` (default) serves."""
    run_service(
        argv, name="learning-feed", settings=Settings(), create_app=create_app, migrate=migrate
    )
