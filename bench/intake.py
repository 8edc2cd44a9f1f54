"""Intake benchmark: validation alone vs the real path (ledger + broker ack), and bulk.

Starts its own embedded broker and PostgreSQL, and two intake processes: one with
publishing disabled (validation only) and one on the real path. Prints requests/s and
p50/p99 for each at saturation (the two alternate in rounds; the median round counts), their
ratio, p99 at a fixed 500 requests/s on the real path, and bulk incidents/s; ends with one
line of JSON holding the figures.

The ratio is also bounded by the host: validation alone keeps one core busy, the real path
also keeps the broker and PostgreSQL busy on the other. Where the cores share a physical
core, the intake then runs slower for that reason alone; `core_contention` (see
`bench/host.py`, measured before the stack starts) says by how much.

    .venv/bin/python -m bench.intake [--seconds 12] [--rounds 4] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import uuid

import httpx
import orjson

from bench.host import core_contention
from bench.loadgen import render_post, run_load
from bench.stack_for_bench import bench_stack, token
from devstack.ports import free_port
from devstack.services import ServiceProcess
from tests.factories import incident_body

RUN_ID = uuid.uuid4().hex[:8]


def incident_request(port: int, bearer: str, prefix: str):  # type: ignore[no-untyped-def]
    """A factory of distinct incidents (new local reference each), pre-rendered."""
    template = orjson.dumps(incident_body(local_reference="@@REF@@"))
    host = f"127.0.0.1:{port}"

    def make(n: int) -> bytes:
        body = template.replace(b"@@REF@@", f"{prefix}-{RUN_ID}-{n}".encode())
        return render_post(host, "/v1/incidents", bearer, body, "application/json")

    return make


def bulk_body(prefix: str, lines: int) -> bytes:
    """`lines` distinct incidents as NDJSON."""
    template = orjson.dumps(incident_body(local_reference="@@REF@@"))
    return (
        b"\n".join(
            template.replace(b"@@REF@@", f"{prefix}-{RUN_ID}-{n}".encode()) for n in range(lines)
        )
        + b"\n"
    )


def bulk_rate(url: str, bearer: str, *, requests: int, lines: int) -> float:
    """Incidents per second through POST /v1/incidents:bulk, sequential requests."""
    bodies = [bulk_body(f"BULK{r}", lines) for r in range(requests)]
    headers = {"Authorization": f"Bearer {bearer}", "Content-Type": "application/x-ndjson"}
    with httpx.Client(timeout=60) as client:
        client.post(f"{url}/v1/incidents:bulk", content=bulk_body("BULKWARM", 500), headers=headers)
        started = time.perf_counter()
        for body in bodies:
            response = client.post(f"{url}/v1/incidents:bulk", content=body, headers=headers)
            assert response.status_code == 200 and response.json()["accepted"] == lines, (
                response.text[:300]
            )
        return requests * lines / (time.perf_counter() - started)


def median_round(summaries: list[dict[str, float]]) -> dict[str, float]:
    """The round with the median throughput (its latencies belong to the same round)."""
    ordered = sorted(summaries, key=lambda summary: summary["requests_per_s"])
    return ordered[(len(ordered) - 1) // 2]


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=12.0, help="per mode, all rounds")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument(
        "--rounds", type=int, default=4, help="alternating rounds per mode (--seconds in all)"
    )
    args = parser.parse_args()

    contention = core_contention()
    print(f"host: one core beside busy cores runs {contention:.2f}x slower than alone")
    stack = bench_stack()
    validation_only = ServiceProcess(
        name="intake",
        port=free_port(),
        env={**stack.service_env("intake"), "PUBLISHING_ENABLED": "false", "LOG_LEVEL": "WARNING"},
    )
    real = stack.service("intake")
    real.env["LOG_LEVEL"] = "WARNING"
    try:
        for service in (validation_only, real):
            service.start()
            service.wait_healthy()
        bearer = token(stack, "RC9", "reporter")
        figures: dict[str, object] = {"core_contention": round(contention, 2)}
        rounds: dict[str, list[dict[str, float]]] = {"validation_only": [], "real_path": []}
        # The two modes alternate in short rounds, so a busy spell on the shared host falls
        # on both rather than on whichever ran second; each figure is the median round.
        for round_number in range(args.rounds):
            for label, service in (("validation_only", validation_only), ("real_path", real)):
                result = asyncio.run(
                    run_load(
                        service.port,
                        incident_request(service.port, bearer, f"{label}{round_number}"),
                        concurrency=args.concurrency,
                        duration=args.seconds / args.rounds,
                    )
                )
                rounds[label].append(result.summary())
                print(f"round {round_number} {label:16s} {result.summary()}", flush=True)
        for label, summaries in rounds.items():
            figures[label] = median_round(summaries)
            print(f"{label:16s} median of {args.rounds} rounds: {figures[label]}", flush=True)
        ratios = [
            real_path["requests_per_s"] / validation["requests_per_s"]
            for validation, real_path in zip(
                rounds["validation_only"], rounds["real_path"], strict=True
            )
        ]
        ratio = statistics.median(ratios)
        figures["real_over_validation"] = round(ratio, 3)
        figures["real_over_validation_by_round"] = [round(r, 3) for r in ratios]
        print(
            f"real path / validation only throughput ratio: {ratio:.3f} (target >= 0.80); "
            f"by round: {', '.join(f'{r:.3f}' for r in ratios)}"
        )

        paced = asyncio.run(
            run_load(
                real.port,
                incident_request(real.port, bearer, "paced"),
                concurrency=16,
                duration=args.seconds,
                rate=500,
            )
        )
        figures["real_path_at_500_rps"] = paced.summary()
        print(f"real path at 500 req/s: {paced.summary()} (target p99 <= 50 ms)", flush=True)

        incidents_per_s = bulk_rate(real.url, bearer, requests=5, lines=10_000)
        figures["bulk_incidents_per_s"] = round(incidents_per_s, 1)
        print(f"bulk: {incidents_per_s:,.0f} incidents/s (target >= 10,000)")
        print(json.dumps(figures))
    finally:
        validation_only.stop()
        stack.stop()


if __name__ == "__main__":
    main()
