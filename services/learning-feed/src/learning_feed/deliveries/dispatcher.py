"""The webhook dispatcher: a background task draining the outbox.

It leases due deliveries (`FOR UPDATE SKIP LOCKED`, so several replicas share the work),
sends each with the Standard Webhooks headers to the address the URL was checked at, and
records the attempt and its outcome. Sends run concurrently up to a bound; a slow
receiver never holds up the others.

Each attempt carries a W3C `traceparent` continuing the delivery's trace (the trace of the
incident that raised the alert) with a new span id, and its log lines carry that trace id.
A delivery without a stored trace (queued before tracing) starts a fresh trace per attempt,
so a receiver can still quote a trace id our logs hold.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpx
from prometheus_client import Counter
from sqlalchemy.ext.asyncio import async_sessionmaker

from learning_feed.deliveries import service
from learning_feed.deliveries.schedule import Outcome, RetryPolicy, decide, parse_retry_after
from learning_feed.deliveries.signing import signed_headers
from learning_feed.subscriptions.targets import resolve_target
from learning_feed.subscriptions.url_policy import (
    IPAddress,
    IPNetwork,
    WebhookTarget,
    WebhookUrlError,
    literal_address,
)
from shared.observability import child_traceparent, trace_context

log = logging.getLogger(__name__)
WEBHOOK_ATTEMPTS = Counter(
    "webhook_delivery_attempts_total", "Webhook delivery attempts by outcome", ["outcome"]
)

USER_AGENT = "nhs-patient-safety-learning-feed/1.0 (+standard-webhooks)"
#: At most this much of a receiver's response is read (and then dropped).
MAX_RESPONSE_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class PinnedRequest:
    """A request aimed at a checked address, keeping the host name for Host and TLS."""

    url: str
    host_header: str
    sni_hostname: str | None


def pinned_request(target: WebhookTarget, address: IPAddress) -> PinnedRequest:
    """The URL with its host replaced by `address` (no second DNS lookup can redirect it)."""
    parts = urlsplit(target.url)
    literal = f"[{address}]" if address.version == 6 else str(address)
    default_port = 443 if target.scheme == "https" else 80
    netloc = literal if target.port == default_port else f"{literal}:{target.port}"
    url = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    host_header = parts.netloc.rsplit("@", 1)[-1]
    is_name = literal_address(target.host) is None
    sni = target.host if target.scheme == "https" and is_name else None
    return PinnedRequest(url, host_header, sni)


def render_body(body: dict[str, object]) -> str:
    """The exact text that is signed and sent."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


class Dispatcher:
    """Sends due webhook deliveries until cancelled."""

    def __init__(
        self,
        sessions: async_sessionmaker,  # type: ignore[type-arg]
        client: httpx.AsyncClient,
        *,
        policy: RetryPolicy,
        allowlist: Sequence[IPNetwork],
        concurrency: int,
        batch_size: int,
        poll_interval: float,
        lease_seconds: float,
        timeout: float,
        rng: random.Random | None = None,
    ) -> None:
        self._sessions = sessions
        self._client = client
        self._policy = policy
        self._allowlist = tuple(allowlist)
        self._concurrency = concurrency
        self._batch_size = batch_size
        self._poll_interval = poll_interval
        self._lease_seconds = lease_seconds
        self._timeout = timeout
        self._rng = rng or random.Random()
        self._wake = asyncio.Event()
        self._inflight: set[asyncio.Task[None]] = set()

    def wake(self) -> None:
        """Look for due deliveries now (called when the ingest committed new ones)."""
        self._wake.set()

    async def run(self) -> None:
        """Claim and send until cancelled; database errors are logged and retried."""
        try:
            while True:
                self._wake.clear()
                capacity = self._concurrency - len(self._inflight)
                claimed = await self._claim(min(capacity, self._batch_size)) if capacity else 0
                if claimed and claimed == capacity:
                    await asyncio.wait(self._inflight, return_when=asyncio.FIRST_COMPLETED)
                elif not claimed:
                    await self._idle()
        finally:
            for task in self._inflight:
                task.cancel()

    async def drain(self) -> int:
        """Send everything due now and wait for it (for tools and tests); returns the count."""
        sent = 0
        while claimed := await self._claim(self._batch_size):
            sent += claimed
            await asyncio.gather(*self._inflight)
        return sent

    async def _idle(self) -> None:
        waiters = [asyncio.ensure_future(self._wake.wait()), *self._inflight]
        try:
            await asyncio.wait(
                waiters, timeout=self._poll_interval, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            waiters[0].cancel()

    async def _claim(self, limit: int) -> int:
        try:
            async with self._sessions() as session, session.begin():
                claimed = await service.claim_due(
                    session, limit=limit, lease_seconds=self._lease_seconds
                )
        except Exception:
            log.exception("claiming deliveries failed; will retry")
            await asyncio.sleep(self._poll_interval)
            return 0
        for item in claimed:
            task = asyncio.create_task(self._deliver(item), name=f"deliver-{item.delivery_id}")
            self._inflight.add(task)
            task.add_done_callback(self._inflight.discard)
        return len(claimed)

    async def _deliver(self, claimed: service.Claimed) -> None:
        traceparent = child_traceparent(claimed.traceparent)
        with trace_context(traceparent):
            result = await self.attempt(claimed, traceparent=traceparent)
            try:
                async with self._sessions() as session, session.begin():
                    kept = await service.record_attempt(session, claimed=claimed, result=result)
            except Exception:
                log.exception(
                    "recording an attempt failed; the lease will expire and it is retried"
                )
                return
            WEBHOOK_ATTEMPTS.labels(outcome=result.decision.outcome.value).inc()
            log.info(
                "webhook attempt",
                extra={
                    "delivery_id": str(claimed.delivery_id),
                    "attempt": claimed.attempt_number,
                    "status_code": result.status_code,
                    "outcome": result.decision.outcome.value,
                    "lease_kept": kept,
                },
            )

    async def attempt(
        self, claimed: service.Claimed, *, traceparent: str | None = None
    ) -> service.AttemptResult:
        """Send one signed attempt and decide what comes next (never raises).

        The request carries `traceparent` (by default: the delivery's trace, a new span).
        """
        traceparent = traceparent or child_traceparent(claimed.traceparent)
        started = dt.datetime.now(dt.UTC)
        clock = time.perf_counter()
        status_code, retry_after, error = None, None, None
        try:
            async with asyncio.timeout(self._timeout):
                status_code, retry_after = await self._post(claimed, traceparent)
        except WebhookUrlError as refused:
            error = f"refused by the URL policy: {refused}"
        except (httpx.HTTPError, TimeoutError, OSError) as failure:
            error = f"{type(failure).__name__}: {failure}".strip()[:500] or type(failure).__name__
        duration_ms = int((time.perf_counter() - clock) * 1000)
        decision = decide(
            status_code,
            position=claimed.schedule_position,
            policy=self._policy,
            retry_after=retry_after,
            rng=self._rng,
        )
        if error is None and decision.outcome is not Outcome.DELIVERED:
            error = f"HTTP {status_code}"
        return service.AttemptResult(started, duration_ms, status_code, error, decision)

    async def _post(self, claimed: service.Claimed, traceparent: str) -> tuple[int, float | None]:
        target = await resolve_target(claimed.url, allowlist=self._allowlist)
        pinned = pinned_request(target, target.addresses[0])
        body = render_body(claimed.body)
        headers = {
            **signed_headers(
                secret=claimed.secret,
                webhook_id=claimed.webhook_id,
                body=body,
                timestamp=dt.datetime.now(dt.UTC),
            ),
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            "host": pinned.host_header,
            "traceparent": traceparent,
        }
        extensions = {"sni_hostname": pinned.sni_hostname} if pinned.sni_hostname else {}
        request = self._client.build_request(
            "POST", pinned.url, content=body.encode(), headers=headers, extensions=extensions
        )
        response = await self._client.send(request, stream=True)
        try:
            read = 0
            async for chunk in response.aiter_raw():
                read += len(chunk)
                if read >= MAX_RESPONSE_BYTES:
                    break
        finally:
            await response.aclose()
        retry_after = parse_retry_after(
            response.headers.get("retry-after"), now=dt.datetime.now(dt.UTC)
        )
        return response.status_code, retry_after


def make_client(*, timeout: float, concurrency: int) -> httpx.AsyncClient:
    """The dispatcher's HTTP client: bounded timeouts and pool, no redirects, no proxies."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout),
        limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
        follow_redirects=False,
        trust_env=False,
    )
