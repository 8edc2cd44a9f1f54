"""A small keep-alive HTTP/1.1 load generator for benchmarks on one machine.

Python HTTP clients spend more CPU per request than the services they would measure; this
one sends pre-rendered requests over persistent connections and reads only the status line
and Content-Length, so the load it can offer stays well above what it measures.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

RequestFactory = Callable[[int], bytes]


@dataclass
class LoadResult:
    """What one load run measured."""

    requests: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Completed requests per second."""
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        """Latency percentile in milliseconds."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]

    def summary(self) -> dict[str, float]:
        """Rate and latency figures, rounded."""
        return {
            "requests_per_s": round(self.rate, 1),
            "p50_ms": round(self.percentile(50), 2),
            "p99_ms": round(self.percentile(99), 2),
            "mean_ms": round(1000 * statistics.fmean(self.latencies), 2) if self.latencies else 0,
            "non_2xx": sum(n for s, n in self.statuses.items() if not 200 <= s < 300),
        }


def render_post(host: str, path: str, token: str, body: bytes, content_type: str) -> bytes:
    """An HTTP/1.1 POST with a bearer token, ready to write to a socket."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _read_response(reader: asyncio.StreamReader) -> int:
    status_line = await reader.readline()
    status = int(status_line.split(b" ", 2)[1])
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:].strip())
    if length:
        await reader.readexactly(length)
    return status


async def run_load(
    port: int,
    make_request: RequestFactory,
    *,
    concurrency: int,
    duration: float,
    rate: float | None = None,
    warmup: float = 1.0,
) -> LoadResult:
    """Drive 127.0.0.1:`port` with `concurrency` connections for `duration` seconds.

    With `rate`, requests start on a fixed schedule (open-loop, so latency includes
    queueing when the server falls behind); without it, each connection sends as fast as
    answers come back (saturation).
    """
    result = LoadResult()
    counter = iter(range(10**12))
    started = time.perf_counter()
    measure_from, stop_at = started + warmup, started + warmup + duration
    interval = concurrency / rate if rate else 0.0

    async def connection(offset: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        next_start = started + offset * (interval / concurrency)
        try:
            while (now := time.perf_counter()) < stop_at:
                if interval:
                    if next_start > now:
                        await asyncio.sleep(next_start - now)
                    sent_at = next_start
                    next_start += interval
                else:
                    sent_at = now
                writer.write(make_request(next(counter)))
                status = await _read_response(reader)
                if sent_at >= measure_from:
                    result.latencies.append(time.perf_counter() - sent_at)
                    result.statuses[status] = result.statuses.get(status, 0) + 1
        finally:
            writer.close()

    await asyncio.gather(*(connection(i) for i in range(concurrency)))
    result.requests = len(result.latencies)
    result.seconds = duration
    return result
