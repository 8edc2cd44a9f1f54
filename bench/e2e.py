"""End-to-end benchmark: intake -> classifier -> learning-feed, on this machine.

Starts its own embedded broker, PostgreSQL and the three services, then measures
1. a steady stream of single POSTs (default 200/s): latency from POST to stored
   (the learning-feed's `stored_at`, same clock), p50/p95/p99;
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
import time
import uuid

import httpx
import orjson

from bench.loadgen import render_post, run_load
from bench.stack_for_bench import bench_stack, token
from devstack.ports import free_port
from devstack.services import ServiceProcess
from devstack.stack import LEARNING_FEED_DB, Stack
from tests.factories import incident_body

QUIET = {"LOG_LEVEL": "WARNING"}


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


def steady_stream(stack: Stack, bearer: str, *, rate: float, seconds: float) -> dict[str, float]:
    """POST single incidents at `rate`/s; latency POST -> stored from the database clock."""
    prefix = f"STEADY-{uuid.uuid4().hex[:8]}"
    template = orjson.dumps(incident_body(local_reference="@@REF@@"))
    port = stack.service("intake").port
    sent_at: dict[int, float] = {}

    def make(n: int) -> bytes:
        sent_at[n] = time.time()
        body = template.replace(b"@@REF@@", f"{prefix}-{n}".encode())
        return render_post(f"127.0.0.1:{port}", "/v1/incidents", bearer, body, "application/json")

    result = asyncio.run(
        run_load(port, make, concurrency=32, duration=seconds, rate=rate, warmup=0.0)
    )
    wait_stored(stack, prefix, len(sent_at), timeout=120)
    rows = stack.postgres.query(
        LEARNING_FEED_DB,
        "SELECT local_reference, extract(epoch FROM stored_at) FROM incidents "
        f"WHERE local_reference LIKE '{prefix}-%'",
    )
    latencies = []
    for row in rows.splitlines():
        reference, stored_epoch = row.split("|")
        latencies.append(1000 * (float(stored_epoch) - sent_at[int(reference.rsplit("-", 1)[1])]))
    return {
        "offered_per_s": rate,
        "accepted_per_s": round(result.rate, 1),
        "post_p99_ms": round(result.percentile(99), 1),
        "stored_p50_ms": round(percentile(latencies, 50), 1),
        "stored_p95_ms": round(percentile(latencies, 95), 1),
        "stored_p99_ms": round(percentile(latencies, 99), 1),
    }


def saturation(stack: Stack, bearer: str, *, incidents: int, per_request: int = 5000) -> float:
    """Sustained incidents/s through all three services for `incidents` bulk-submitted ones."""
    prefix = f"SAT-{uuid.uuid4().hex[:8]}"
    template = orjson.dumps(incident_body(local_reference="@@REF@@"))
    bodies = [
        b"\n".join(
            template.replace(b"@@REF@@", f"{prefix}-{n}".encode())
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
    args = parser.parse_args()
    stack = bench_stack()
    for name in ("learning-feed", "classifier", "intake"):
        stack.service(name).env.update(QUIET)
    second = ServiceProcess(
        name="classifier", port=free_port(), env={**stack.service_env("classifier"), **QUIET}
    )
    try:
        stack.start_services()
        bearer = token(stack, "RC9", "reporter")
        figures: dict[str, object] = {}
        figures["steady"] = steady_stream(stack, bearer, rate=args.rate, seconds=args.seconds)
        print(f"steady stream: {figures['steady']}", flush=True)
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
