"""End-to-end benchmark: intake -> classifier -> learning-feed, on this machine.

Starts its own embedded broker, PostgreSQL and the three services, then measures
1. a steady stream of single POSTs (default 200/s): latency from POST to stored
   (the learning-feed's `stored_at`, same clock), p50/p95/p99, and the median of each
   stage (POST -> `submitted_at` -> `classified_at` -> `stored_at`); one POST in ten
   (`--never-event-every`) is a potassium never event, which a subscription sends to a
   webhook receiver in this process: latency from POST to webhook received, p50/p95/p99
   (the issue's goal: p95 <= 1 s);
2. saturation: N incidents sent as NDJSON bulk requests, sustained incidents/s from the
   first POST until the last is stored;
3. the same saturation run with a second classifier instance in the group.
Ends with one line of JSON holding the figures.

    .venv/bin/python -m bench.e2e [--rate 200] [--seconds 15] [--incidents 20000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import orjson
from standardwebhooks.webhooks import Webhook

from bench.loadgen import render_post, run_load
from bench.narratives import narratives
from bench.stack_for_bench import bench_stack, token
from devstack.ports import free_port
from devstack.services import ServiceProcess
from devstack.stack import LEARNING_FEED_DB, Stack
from tests.factories import incident_body

QUIET = {"LOG_LEVEL": "WARNING"}
#: The bench's webhook receiver listens on loopback, which webhooks may reach only if allowed.
LEARNING_FEED_BENCH = {"WEBHOOK_ALLOWLIST": "127.0.0.1/32"}
#: A narrative the classifier tags as never event 4 (the other POSTs are type 1).
POTASSIUM = "KCl ampoule drawn up in error instead of sodium chloride flush and given IV."


class WebhookReceiver:
    """A loopback HTTP server recording when each webhook arrived (wall clock) and what it was."""

    def __init__(self) -> None:
        self.received: list[tuple[float, dict[str, str], bytes]] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                arrived = time.time()
                with receiver._lock:
                    receiver.received.append(
                        (arrived, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                """Quiet."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Where the subscription sends its webhooks."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/webhooks/bench"

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def count(self) -> int:
        """Webhooks received so far."""
        with self._lock:
            return len(self.received)


def subscribe_never_events(stack: Stack, url: str, never_event_type: str) -> str:
    """A webhook subscription of the whole country to one never-event type; its secret."""
    response = httpx.post(
        f"{stack.service('learning-feed').url}/v1/subscriptions",
        json={
            "name": "bench",
            "delivery": "webhook",
            "webhook_url": url,
            "filters": {"alert_kinds": ["never_event"], "never_event_types": [never_event_type]},
        },
        headers={"Authorization": f"Bearer {token(stack, 'Y56', 'subscriber')}"},
    )
    response.raise_for_status()
    return str(response.json()["secret"])


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile of `values` (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))] if ordered else float("nan")


def stored(stack: Stack, prefix: str) -> int:
    """How many incidents of this run the learning-feed holds."""
    return int(
        stack.postgres.query(
            LEARNING_FEED_DB,
            f"SELECT count(*) FROM incidents WHERE local_reference LIKE '{prefix}-%'",
        )
    )


def wait_stored(stack: Stack, prefix: str, expected: int, timeout: float = 600) -> float:
    """Block until `expected` incidents of `prefix` are stored; returns the monotonic time."""
    deadline = time.monotonic() + timeout
    while stored(stack, prefix) < expected:
        if time.monotonic() > deadline:
            raise TimeoutError(f"only {stored(stack, prefix)}/{expected} stored")
        time.sleep(0.2)
    return time.monotonic()


def steady_stream(
    stack: Stack, bearer: str, *, rate: float, seconds: float, never_event_every: int = 10
) -> dict[str, float]:
    """POST single incidents at `rate`/s; latency POST -> stored from the database clock.

    Every `never_event_every`-th POST is a never event a subscription sends to a webhook
    receiver here: latency POST -> webhook received (same machine clock).
    """
    prefix = f"STEADY-{uuid.uuid4().hex[:8]}"
    template = orjson.dumps(incident_body(local_reference="@@REF@@"))
    never_event = orjson.dumps(
        incident_body(
            local_reference="@@REF@@",
            description=POTASSIUM,
            reporter_never_event=False,
            reporter_never_event_type=None,
        )
    )
    port = stack.service("intake").port
    sent_at: dict[int, float] = {}

    def is_never_event(n: int) -> bool:
        return never_event_every > 0 and n % never_event_every == 0

    def make(n: int) -> bytes:
        sent_at[n] = time.time()
        chosen = never_event if is_never_event(n) else template
        body = chosen.replace(b"@@REF@@", f"{prefix}-{n}".encode())
        return render_post(f"127.0.0.1:{port}", "/v1/incidents", bearer, body, "application/json")

    with WebhookReceiver() as receiver:
        secret = subscribe_never_events(stack, receiver.url, "4")
        result = asyncio.run(
            run_load(port, make, concurrency=32, duration=seconds, rate=rate, warmup=0.0)
        )
        wait_stored(stack, prefix, len(sent_at), timeout=120)
        expected = sum(1 for n in sent_at if is_never_event(n))
        deadline = time.monotonic() + 60
        while receiver.count() < expected and time.monotonic() < deadline:
            time.sleep(0.1)
        received = list(receiver.received)
    rows = stack.postgres.query(
        LEARNING_FEED_DB,
        "SELECT local_reference, extract(epoch FROM submitted_at), "
        "extract(epoch FROM classified_at), extract(epoch FROM stored_at) FROM incidents "
        f"WHERE local_reference LIKE '{prefix}-%'",
    )
    latencies = []
    stages: dict[str, list[float]] = {"intake": [], "classifier": [], "learning_feed": []}
    for row in rows.splitlines():
        reference, submitted, classified, stored_epoch = row.split("|")
        posted = sent_at[int(reference.rsplit("-", 1)[1])]
        latencies.append(1000 * (float(stored_epoch) - posted))
        stages["intake"].append(1000 * (float(submitted) - posted))
        stages["classifier"].append(1000 * (float(classified) - float(submitted)))
        stages["learning_feed"].append(1000 * (float(stored_epoch) - float(classified)))
    webhook_ms, unverified = [], 0
    verifier = Webhook(secret)
    for arrived, headers, body in received:
        try:
            payload = verifier.verify(body, headers)
        except Exception:  # any verification failure is counted, not fatal to the bench
            unverified += 1
            continue
        reference = payload["data"]["incident"]["local_reference"]
        if reference.startswith(f"{prefix}-"):
            webhook_ms.append(1000 * (arrived - sent_at[int(reference.rsplit("-", 1)[1])]))
    return {
        "offered_per_s": rate,
        "accepted_per_s": round(result.rate, 1),
        "post_p99_ms": round(result.percentile(99), 1),
        "stored_p50_ms": round(percentile(latencies, 50), 1),
        "stored_p95_ms": round(percentile(latencies, 95), 1),
        "stored_p99_ms": round(percentile(latencies, 99), 1),
        **{f"{stage}_p50_ms": round(percentile(v, 50), 1) for stage, v in stages.items()},
        "never_events_sent": expected,
        "webhooks_received": len(webhook_ms),
        "webhooks_unverified": unverified,
        "webhook_p50_ms": round(percentile(webhook_ms, 50), 1),
        "webhook_p95_ms": round(percentile(webhook_ms, 95), 1),
        "webhook_p99_ms": round(percentile(webhook_ms, 99), 1),
    }


def saturation(stack: Stack, bearer: str, *, incidents: int, per_request: int = 5000) -> float:
    """Sustained incidents/s through all three services for `incidents` bulk-submitted ones,
    each with its own realistic ~600-character narrative (`bench/narratives.py`)."""
    prefix = f"SAT-{uuid.uuid4().hex[:8]}"
    descriptions = narratives(incidents)
    bodies = [
        b"\n".join(
            orjson.dumps(
                incident_body(
                    local_reference=f"{prefix}-{n}",
                    description=descriptions[n],
                    reporter_never_event=False,
                    reporter_never_event_type=None,
                )
            )
            for n in range(start, min(start + per_request, incidents))
        )
        for start in range(0, incidents, per_request)
    ]
    headers = {"Authorization": f"Bearer {bearer}", "Content-Type": "application/x-ndjson"}
    started = time.monotonic()
    with httpx.Client(timeout=120) as client:
        for body in bodies:
            response = client.post(
                f"{stack.service('intake').url}/v1/incidents:bulk", content=body, headers=headers
            )
            response.raise_for_status()
    finished = wait_stored(stack, prefix, incidents)
    return incidents / (finished - started)


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--incidents", type=int, default=20_000)
    parser.add_argument(
        "--never-event-every",
        type=int,
        default=10,
        help="in the steady stream, every N-th POST is a never event sent on as a webhook "
        "(0: none)",
    )
    args = parser.parse_args()
    stack = bench_stack()
    for name in ("learning-feed", "classifier", "intake"):
        stack.service(name).env.update(QUIET)
    stack.service("learning-feed").env.update(LEARNING_FEED_BENCH)
    second = ServiceProcess(
        name="classifier", port=free_port(), env={**stack.service_env("classifier"), **QUIET}
    )
    try:
        stack.start_services()
        bearer = token(stack, "RC9", "reporter")
        figures: dict[str, object] = {}
        steady = steady_stream(
            stack,
            bearer,
            rate=args.rate,
            seconds=args.seconds,
            never_event_every=args.never_event_every,
        )
        figures["steady"] = steady
        print(f"steady stream: {steady}", flush=True)
        print(
            f"never event POST -> webhook received: p50 {steady['webhook_p50_ms']} ms, "
            f"p95 {steady['webhook_p95_ms']} ms, p99 {steady['webhook_p99_ms']} ms "
            f"({steady['webhooks_received']}/{steady['never_events_sent']} received, "
            f"{steady['webhooks_unverified']} failed verification; goal p95 <= 1000 ms)",
            flush=True,
        )
        one = saturation(stack, bearer, incidents=args.incidents)
        figures["saturation_one_classifier_per_s"] = round(one, 1)
        print(f"saturation, one classifier: {one:,.0f} incidents/s end to end", flush=True)
        second.start()
        second.wait_healthy()
        time.sleep(5)  # the group rebalances onto two members
        two = saturation(stack, bearer, incidents=args.incidents)
        figures["saturation_two_classifiers_per_s"] = round(two, 1)
        figures["two_over_one_classifier"] = round(two / one, 3)
        print(
            f"saturation, two classifiers: {two:,.0f} incidents/s end to end ({two / one:.2f}x)",
            flush=True,
        )
        print(json.dumps(figures))
    finally:
        second.stop()
        stack.stop()


if __name__ == "__main__":
    main()
