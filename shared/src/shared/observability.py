"""Metrics, structured logs and W3C trace context shared by every service."""

from __future__ import annotations

import contextvars
import json
import logging
import re
import secrets
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_LATENCY = Histogram(
    "http_request_duration_seconds",
    "HTTP request latency by route and status",
    ["method", "route", "status"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)
EVENTS_CONSUMED = Counter("events_consumed_total", "Kafka records consumed and handled", ["topic"])
EVENTS_PRODUCED = Counter("events_produced_total", "Events acknowledged by the broker", ["topic"])
EVENTS_DEAD_LETTERED = Counter(
    "events_dead_lettered_total", "Records parked in a dead-letter topic", ["topic"]
)
CONSUMER_LAG = Gauge(
    "kafka_consumer_lag", "Records behind the high-water mark", ["topic", "partition"]
)

trace_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("trace_id", default=None)
incident_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "incident_id", default=None
)

_RESERVED = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line, with the trace and incident ids in context."""

    def __init__(self, service: str) -> None:
        super().__init__()
        self._service = service

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "service": self._service,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if trace_id := trace_id_var.get():
            entry["trace_id"] = trace_id
        if incident_id := incident_id_var.get():
            entry["incident_id"] = incident_id
        entry.update({k: v for k, v in record.__dict__.items() if k not in _RESERVED})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(service: str, *, level: str = "INFO", json_logs: bool = True) -> None:
    """Route the root logger to stdout, as JSON lines unless turned off."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(
        JsonFormatter(service)
        if json_logs
        else logging.Formatter("%(levelname)s %(name)s %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
    logging.Formatter.converter = time.gmtime


def new_traceparent() -> str:
    """A fresh W3C traceparent (version 00, sampled)."""
    return f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-01"


def child_traceparent(parent: str | None) -> str:
    """A traceparent continuing `parent`'s trace with a new span id (or a new trace)."""
    parts = (parent or "").split("-")
    if len(parts) == 4 and len(parts[1]) == 32 and parts[1] != "0" * 32:
        return f"00-{parts[1]}-{secrets.token_hex(8)}-{parts[3]}"
    return new_traceparent()


def trace_id_of(traceparent: str | None) -> str | None:
    """The trace id inside a traceparent header."""
    parts = (traceparent or "").split("-")
    return parts[1] if len(parts) == 4 else None


#: A version-00 W3C traceparent: version, trace id, parent (span) id, flags, lower-case hex.
_TRACEPARENT = re.compile(r"00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}")


def is_valid_traceparent(value: str | None) -> bool:
    """Whether `value` is a well-formed version-00 traceparent (non-zero ids)."""
    return value is not None and _TRACEPARENT.fullmatch(value) is not None


@contextmanager
def trace_context(traceparent: str | None, *, incident_id: str | None = None) -> Iterator[None]:
    """Log lines inside carry this trace id (and incident id), as the request middleware does."""
    trace_token = trace_id_var.set(trace_id_of(traceparent))
    incident_token = incident_id_var.set(incident_id) if incident_id is not None else None
    try:
        yield
    finally:
        if incident_token is not None:
            incident_id_var.reset(incident_token)
        trace_id_var.reset(trace_token)


async def metrics_endpoint(_: Request) -> Response:
    """Prometheus exposition of this process's metrics."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


class RequestMetricsMiddleware:
    """ASGI middleware: time every request by route template and carry the W3C trace.

    The caller's `traceparent` is continued (or a trace started), kept in
    `scope["state"]["traceparent"]` for the app to propagate, returned in the response,
    and its trace id put in the log context.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = next((v for k, v in scope["headers"] if k == b"traceparent"), b"")
        traceparent = child_traceparent(incoming.decode("latin-1") or None)
        scope.setdefault("state", {})["traceparent"] = traceparent
        token = trace_id_var.set(trace_id_of(traceparent))
        started = time.perf_counter()
        status = 500

        async def send_with_trace(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [
                    *message.get("headers", []),
                    (b"traceparent", traceparent.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_trace)
        finally:
            route = scope.get("route")
            REQUEST_LATENCY.labels(
                scope["method"], getattr(route, "path", "unmatched"), str(status)
            ).observe(time.perf_counter() - started)
            trace_id_var.reset(token)
