"""Aggregates benchmark: grouped queries over 1,000,000 incidents through the HTTP API.

Starts its own embedded PostgreSQL (or uses a throwaway --database-url), migrates it,
bulk-loads generated incidents with COPY (asyncpg), builds the rollups the consumer
maintains (`rebuild_rollups`, the same rows the ingest keeps incrementally), then starts a
learning-feed process (API only: no ingest, no dispatcher) and times a mix of grouped
queries over HTTP; last it times the ingest transaction (store, rollups, signals, alerts)
on top of the million. Prints p50/p95 per query and overall; ends with one line of JSON.

    .venv/bin/python -m bench.aggregates [--incidents 1000000] [--repeats 40]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import httpx

from devstack.ports import free_port
from devstack.postgres import EmbeddedPostgres
from devstack.services import ServiceProcess
from learning_feed.aggregates.rollups import ROLLUPS
from learning_feed.aggregates.service import rebuild_rollups
from learning_feed.db import make_engine, make_sessionmaker
from learning_feed.ingest import ingest_events
from learning_feed.main import migrate
from learning_feed.signals.detection import SignalParameters
from learning_feed.signals.service import SignalSettings
from shared import lfpse
from shared.auth.keystore import ensure_local_keys
from shared.auth.tokens import issue_token
from shared.classification import Classification, ThemeId, ThemeTag
from shared.events import IncidentClassified
from shared.incident import Incident
from shared.organisations import registry
from shared.settings import AuthSettings

YEARS = 2
HARM = {"5": 0.70, "4": 0.22, "3": 0.06, "2": 0.015, "1": 0.005}
SERVICES = {"1": 0.62, "4": 0.12, "7": 0.06, "19": 0.05, "3": 0.04, "17": 0.03, "12": 0.03}
NEVER_EVENT_RATE = 0.001

COLUMNS = (
    "incident_id",
    "version",
    "content_hash",
    "ods_code",
    "icb_code",
    "region_code",
    "local_reference",
    "event_type",
    "occurred_on",
    "service_type",
    "specialty",
    "physical_harm",
    "psychological_harm",
    "reporter_never_event",
    "reporter_never_event_type",
    "never_event_code",
    "near_miss_code",
    "themes",
    "review_flag",
    "record_key",
    "redacted_description",
    "record",
    "classification",
    "submitted_at",
    "classified_at",
)


def query_mix(today: dt.date) -> dict[str, str]:
    """The grouped queries timed, as query strings (last 12 months unless stated)."""
    year_ago = (today - dt.timedelta(days=364)).isoformat()
    span = f"from={year_ago}&to={today.isoformat()}"
    return {
        "by_region": f"group_by=region&{span}",
        "by_theme_region": f"group_by=theme&group_by=region&{span}",
        "by_month_national": f"group_by=month&{span}",
        "by_trust_in_region": f"group_by=trust&region=Y61&{span}",
        "by_never_event_region": f"group_by=never_event_type&group_by=region&{span}",
        "by_harm_service_in_icb": f"group_by=harm&group_by=service_type&icb=QOP&{span}",
        "by_icb_month_falls": f"group_by=icb&group_by=month&theme=falls&{span}",
        "series_falls_by_region": f"interval=week&group_by=region&theme=falls&{span}",
        "by_trust_two_years": (
            f"group_by=trust&from={(today - dt.timedelta(days=730)).isoformat()}"
            f"&to={today.isoformat()}"
        ),
    }


def _weighted(rng: random.Random, weights: dict[str, float], n: int) -> list[str]:
    return rng.choices(list(weights), weights=list(weights.values()), k=n)


def generate(count: int, *, seed: int = 7) -> Iterator[tuple[object, ...]]:
    """Incident rows with realistic skew: big and small trusts, common and rare themes."""
    rng = random.Random(seed)
    today = dt.date.today()
    trusts = [o for o in registry().values() if o.region_code and o.is_open(today)]
    sizes = [rng.lognormvariate(0, 0.8) for _ in trusts]
    themes = [t.value for t in ThemeId]
    theme_weights = [rng.paretovariate(1.2) for _ in themes]
    never_events = list(lfpse.codes(lfpse.NEVER_EVENT_TYPE))
    days = YEARS * 365
    chosen = rng.choices(trusts, weights=sizes, k=count)
    harms = _weighted(rng, HARM, count)
    services = _weighted(rng, SERVICES, count)
    now = dt.datetime.now(dt.UTC)
    for n in range(count):
        trust = chosen[n]
        tags = rng.choices(themes, weights=theme_weights, k=2 if rng.random() < 0.3 else 1)
        never_event = rng.choice(never_events) if rng.random() < NEVER_EVENT_RATE else None
        yield (
            uuid.UUID(int=rng.getrandbits(128)),
            1,
            "0" * 64,
            trust.ods_code,
            trust.icb_code,
            trust.region_code,
            f"BENCH-{n}",
            "incident",
            today - dt.timedelta(days=int(rng.random() ** 0.9 * days)),
            services[n],
            None,
            harms[n],
            None,
            False,
            None,
            never_event,
            None,
            sorted(set(tags)),
            False,
            rng.randrange(256),
            "generated",
            "{}",
            "{}",
            now,
            now,
        )


async def load(database_url: str, count: int, batch: int = 50_000) -> float:
    """COPY `count` generated incidents into the incidents table; returns seconds."""
    started = time.perf_counter()
    connection = await asyncpg.connect(database_url.replace("postgresql+asyncpg", "postgresql"))
    try:
        rows = generate(count)
        while chunk := [row for _, row in zip(range(batch), rows, strict=False)]:
            await connection.copy_records_to_table("incidents", records=chunk, columns=COLUMNS)
    finally:
        await connection.close()
    return time.perf_counter() - started


async def build_rollups(database_url: str) -> tuple[float, dict[str, int]]:
    """Recompute the rollups from the loaded incidents, then VACUUM ANALYZE."""
    engine = make_engine(database_url, pool_size=1)
    started = time.perf_counter()
    async with make_sessionmaker(engine)() as session, session.begin():
        await rebuild_rollups(session)
    seconds = time.perf_counter() - started
    async with engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.exec_driver_sql("VACUUM ANALYZE")
        tables = ["incidents", *(spec.table for spec in ROLLUPS), "weekly_theme_counts"]
        sizes = {
            table: int((await autocommit.exec_driver_sql(f"SELECT count(*) FROM {table}")).scalar())
            for table in tables
        }
    await engine.dispose()
    return seconds, sizes


def classified_events(count: int, *, seed: int = 11) -> list[IncidentClassified]:
    """New incidents as the classifier publishes them, spread like the loaded ones."""
    rng = random.Random(seed)
    today = dt.date.today()
    trusts = [o.ods_code for o in registry().values() if o.region_code and o.is_open(today)]
    now = dt.datetime.now(dt.UTC)
    events = []
    for n in range(count):
        incident = Incident.model_validate(
            {
                "ods_code": rng.choice(trusts),
                "local_reference": f"INGEST-{uuid.uuid4()}",
                "occurred": {"date": (today - dt.timedelta(days=rng.randrange(56))).isoformat()},
                "service_type": _weighted(rng, SERVICES, 1)[0],
                "physical_harm": _weighted(rng, HARM, 1)[0],
                "description": f"Generated {n}.",
            }
        )
        themes = rng.sample([t for t in ThemeId], k=rng.choice((1, 1, 2)))
        events.append(
            IncidentClassified(
                incident_id=incident.incident_id,
                version=1,
                amendment=False,
                content_hash=incident.content_hash(),
                submitted_at=now,
                incident=incident,
                classified_at=now,
                classification=Classification(
                    themes=[ThemeTag(id=t, confidence=0.9, evidence=[]) for t in themes],
                    redacted_description=incident.description,
                    taxonomy_version="bench",
                    classifier_version="bench",
                ),
            )
        )
    return events


async def time_ingest(database_url: str, *, batches: int, size: int) -> dict[str, float]:
    """The ingest transaction (store, rollups, signals, alerts) per batch of new incidents."""
    engine = make_engine(database_url, pool_size=1)
    sessions = make_sessionmaker(engine)
    events = classified_events(batches * size)
    signals = SignalSettings(SignalParameters(), baseline_weeks=12, max_age_weeks=8)
    samples = []
    for start in range(0, len(events), size):
        started = time.perf_counter()
        async with sessions() as session, session.begin():
            await ingest_events(
                session,
                events=events[start : start + size],
                signals=signals,
                now=dt.datetime.now(dt.UTC),
            )
        samples.append(time.perf_counter() - started)
    await engine.dispose()
    return {
        "batch_size": size,
        "p50_ms": percentile(samples, 50),
        "p95_ms": percentile(samples, 95),
        "incidents_per_second": round(len(events) / sum(samples)),
    }


def percentile(samples: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) in milliseconds."""
    ordered = sorted(samples)
    return round(
        1000 * ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))], 2
    )


def time_queries(base_url: str, bearer: str, repeats: int) -> dict[str, dict[str, float]]:
    """p50/p95 of each query over `repeats` runs after a warm-up, plus all together."""
    headers = {"Authorization": f"Bearer {bearer}"}
    results: dict[str, dict[str, float]] = {}
    every: list[float] = []
    with httpx.Client(base_url=base_url, headers=headers, timeout=30) as client:
        for name, query in query_mix(dt.date.today()).items():
            path = "/v1/aggregates/series?" if name.startswith("series") else "/v1/aggregates?"
            for _ in range(3):
                response = client.get(path + query)
                assert response.status_code == 200, (
                    name,
                    response.status_code,
                    response.text[:300],
                )
            samples = []
            for _ in range(repeats):
                started = time.perf_counter()
                response = client.get(path + query)
                samples.append(time.perf_counter() - started)
                assert response.status_code == 200
            every += samples
            results[name] = {
                "p50_ms": percentile(samples, 50),
                "p95_ms": percentile(samples, 95),
                "cells": len(response.json().get("rows", response.json().get("series", []))),
            }
            print(
                f"  {name:28s} p50 {results[name]['p50_ms']:7.2f} ms   "
                f"p95 {results[name]['p95_ms']:7.2f} ms"
            )
    results["all"] = {"p50_ms": percentile(every, 50), "p95_ms": percentile(every, 95)}
    return results


def start_api(database_url: str, state: Path) -> tuple[ServiceProcess, str]:
    """A learning-feed process serving the API only, and an analyst token it accepts."""
    key, jwks = ensure_local_keys(state / "auth")
    settings = AuthSettings()
    service = ServiceProcess(
        name="learning-feed",
        port=free_port(),
        log_path=state / "learning-feed.log",
        env={
            "DATABASE_URL": database_url,
            "AUTH_JWKS_FILE": str(jwks),
            "INGEST_ENABLED": "false",
            "DISPATCHER_ENABLED": "false",
            "LOG_LEVEL": "WARNING",
        },
    )
    service.start()
    service.wait_healthy()
    bearer = issue_token(
        key,
        ods_code="X26",
        roles=["analyst"],
        issuer=settings.auth_issuer,
        audience=settings.auth_audience,
        lifetime=dt.timedelta(hours=2),
    )
    return service, bearer


def main() -> None:
    """Load, build, serve, measure, report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL"),
        help="a throwaway database to use instead of a temporary embedded PostgreSQL",
    )
    args = parser.parse_args()
    state = Path(tempfile.mkdtemp(prefix="psl-bench-aggregates-"))
    postgres = None
    url = args.database_url
    if url is None:
        postgres = EmbeddedPostgres(state / "postgres", free_port(), durable=False)
        postgres.start()
        postgres.create_database("learning_feed")
        url = postgres.url("learning_feed")
    service = None
    try:
        migrate(url)
        print(f"loading {args.incidents:,} incidents with COPY ...", flush=True)
        load_seconds = asyncio.run(load(url, args.incidents))
        build_seconds, sizes = asyncio.run(build_rollups(url))
        print(f"  loaded in {load_seconds:.1f} s, rollups built in {build_seconds:.1f} s")
        print(f"  rows: {sizes}")
        service, bearer = start_api(url, state)
        print(f"grouped queries over HTTP ({args.repeats} runs each):", flush=True)
        results = time_queries(service.url, bearer, args.repeats)
        ingest = asyncio.run(time_ingest(url, batches=10, size=500))
        print(
            f"ingest of new incidents in batches of 500 (store + rollups + signals + alerts): "
            f"p50 {ingest['p50_ms']} ms, p95 {ingest['p95_ms']} ms per batch, "
            f"{ingest['incidents_per_second']} incidents/s"
        )
    finally:
        if service is not None:
            service.stop()
        if postgres is not None:
            postgres.stop()
    figures = {
        "benchmark": "aggregates",
        "incidents": args.incidents,
        "rows": sizes,
        "load_seconds": round(load_seconds, 1),
        "rollup_build_seconds": round(build_seconds, 1),
        "p50_ms": results["all"]["p50_ms"],
        "p95_ms": results["all"]["p95_ms"],
        "target_p95_ms": 100,
        "queries": {k: v for k, v in results.items() if k != "all"},
        "ingest": ingest,
    }
    print(f"overall p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms (target p95 <= 100 ms)")
    print(json.dumps(figures, separators=(",", ":")))


if __name__ == "__main__":
    main()
