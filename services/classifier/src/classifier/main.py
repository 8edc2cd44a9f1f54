"""The classifier service: the consume-classify-publish loop plus health and metrics."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from classifier.pipeline import ClassifyBatch
from classifier.settings import Settings
from shared.messaging.consumer import BatchConsumer, make_consumer, run_or_stop_service
from shared.messaging.producer import EventPublisher, make_producer
from shared.messaging.startup import start_with_retry
from shared.observability import configure_logging, metrics_endpoint
from shared.runtime import settle_garbage_collector
from shared.serving import serve, shutdown_requester
from shared.topics import INCIDENTS_SUBMITTED

log = logging.getLogger(__name__)
#: Startup waits at most this long for the loop's first poll (readiness from the start).
FIRST_POLL_TIMEOUT_SECONDS = 10.0


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app whose lifespan runs the classification loop."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        producer = make_producer(settings)
        await start_with_retry(producer.start, what="classifier producer")
        publisher = EventPublisher(producer, send_timeout=settings.kafka_send_timeout_seconds)
        consumer = BatchConsumer(
            make_consumer(settings, INCIDENTS_SUBMITTED),
            (INCIDENTS_SUBMITTED,),
            ClassifyBatch(publisher, poison_burst_limit=settings.poison_burst_limit),
            max_records=settings.kafka_max_poll_records,
        )
        await start_with_retry(consumer.start, what="classifier consumer")
        app.state.consumer = consumer
        task = asyncio.create_task(
            run_or_stop_service(
                consumer, name="classification", request_shutdown=shutdown_requester(app)
            ),
            name="classifier-loop",
        )
        await consumer.wait_until_polling(timeout=FIRST_POLL_TIMEOUT_SECONDS)
        settle_garbage_collector()
        try:
            yield
        finally:
            await consumer.stop()
            task.cancel()
            await producer.stop()

    app = FastAPI(title="Incident classifier", version="1.0.0", lifespan=lifespan)
    app.add_route("/metrics", metrics_endpoint, include_in_schema=False)

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"])
    async def readyz(request: Request) -> JSONResponse:
        ready = bool(request.app.state.consumer.healthy)
        return JSONResponse({"status": "ready" if ready else "unavailable"}, 200 if ready else 503)

    return app


def run() -> None:
    """Serve health/metrics and run the loop; exits non-zero if the loop died."""
    settings = Settings()
    configure_logging("classifier", level=settings.log_level, json_logs=settings.log_json)
    sys.exit(serve(create_app(settings), host=settings.host, port=settings.port))
