"""What to do after a webhook attempt: done, retry when, or give up (pure).

Each retry waits the schedule's next delay with random jitter (+/- `jitter` of it),
and never less than the receiver's Retry-After (capped). A 2xx delivers; 410 Gone
disables the endpoint; anything else (other statuses, timeouts, refused connections)
is retried until the schedule is exhausted, then the delivery has failed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import StrEnum


class Outcome(StrEnum):
    """What became of one attempt."""

    DELIVERED = "delivered"
    RETRY = "retry"
    FAILED = "failed"
    GONE = "gone"


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """The retry schedule (seconds before each retry) and its jitter."""

    schedule: tuple[float, ...]
    jitter: float = 0.2
    max_retry_after: float = 86_400.0


@dataclass(frozen=True, slots=True)
class Decision:
    """The verdict on an attempt; `delay` is set when the delivery is retried."""

    outcome: Outcome
    delay: float | None = None


def parse_retry_after(value: str | None, *, now: dt.datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max((when - now).total_seconds(), 0.0)


def jittered(delay: float, jitter: float, rng: random.Random) -> float:
    """`delay` moved randomly by up to +/- `jitter` of itself."""
    return max(delay * (1 + rng.uniform(-jitter, jitter)), 0.0)


def retry_delay(
    position: int, policy: RetryPolicy, *, retry_after: float | None, rng: random.Random
) -> float | None:
    """The wait before the next attempt after `position` attempts, or None when exhausted."""
    if position > len(policy.schedule) or position < 1:
        return None
    delay = jittered(policy.schedule[position - 1], policy.jitter, rng)
    if retry_after is not None:
        delay = max(delay, min(retry_after, policy.max_retry_after))
    return delay


def decide(
    status_code: int | None,
    *,
    position: int,
    policy: RetryPolicy,
    retry_after: float | None,
    rng: random.Random,
) -> Decision:
    """The outcome of attempt number `position` (1-based since the delivery started).

    `status_code` is None when no response came back (timeout, refused, TLS error...).
    """
    if status_code is not None and 200 <= status_code < 300:
        return Decision(Outcome.DELIVERED)
    if status_code == 410:
        return Decision(Outcome.GONE)
    delay = retry_delay(position, policy, retry_after=retry_after, rng=rng)
    if delay is None:
        return Decision(Outcome.FAILED)
    return Decision(Outcome.RETRY, delay)


def total_attempts(schedule: Sequence[float]) -> int:
    """The first attempt plus one per scheduled retry."""
    return len(schedule) + 1
