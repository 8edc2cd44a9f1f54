"""What follows a webhook attempt: delivered, retry (with jitter, Retry-After), gone, failed."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from learning_feed.deliveries.models import Delivery
from learning_feed.deliveries.schedule import (
    Outcome,
    RetryPolicy,
    decide,
    parse_retry_after,
    retry_delay,
    total_attempts,
)
from learning_feed.deliveries.service import restart_refusal
from learning_feed.settings import DEFAULT_RETRY_SCHEDULE

POLICY = RetryPolicy(schedule=DEFAULT_RETRY_SCHEDULE, jitter=0.2, max_retry_after=86_400)
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def rng() -> random.Random:
    return random.Random(1)


@pytest.mark.parametrize("status", [200, 201, 202, 204, 299])
def test_a_2xx_answer_delivers(status: int) -> None:
    assert decide(status, position=1, policy=POLICY, retry_after=None, rng=rng()).outcome is (
        Outcome.DELIVERED
    )


def test_410_gone_disables_instead_of_retrying() -> None:
    assert decide(410, position=1, policy=POLICY, retry_after=None, rng=rng()).outcome is (
        Outcome.GONE
    )


@pytest.mark.parametrize("status", [None, 301, 400, 404, 429, 500, 503])
def test_other_answers_and_no_answer_are_retried(status: int | None) -> None:
    decision = decide(status, position=1, policy=POLICY, retry_after=None, rng=rng())
    assert decision.outcome is Outcome.RETRY and decision.delay is not None


def test_the_production_schedule_backs_off_from_seconds_to_hours() -> None:
    assert DEFAULT_RETRY_SCHEDULE == (5, 300, 1800, 7200, 18000, 36000)
    assert total_attempts(DEFAULT_RETRY_SCHEDULE) == 7


@pytest.mark.parametrize("position", range(1, 7))
def test_each_retry_waits_its_scheduled_delay_give_or_take_the_jitter(position: int) -> None:
    base = DEFAULT_RETRY_SCHEDULE[position - 1]
    delays = [
        retry_delay(position, POLICY, retry_after=None, rng=random.Random(s)) for s in range(200)
    ]
    assert all(d is not None and 0.8 * base <= d <= 1.2 * base for d in delays)
    assert len({round(d or 0, 6) for d in delays}) > 100  # jittered, not fixed


def test_after_the_last_scheduled_retry_the_delivery_fails() -> None:
    assert decide(500, position=6, policy=POLICY, retry_after=None, rng=rng()).outcome is (
        Outcome.RETRY
    )
    assert decide(500, position=7, policy=POLICY, retry_after=None, rng=rng()).outcome is (
        Outcome.FAILED
    )


def test_retry_after_is_honoured_when_longer_than_the_schedule() -> None:
    decision = decide(503, position=1, policy=POLICY, retry_after=120, rng=rng())
    assert decision.delay == 120


def test_a_shorter_retry_after_does_not_hurry_the_schedule() -> None:
    decision = decide(429, position=2, policy=POLICY, retry_after=1, rng=rng())
    assert decision.delay is not None and decision.delay >= 240


def test_retry_after_is_capped() -> None:
    policy = RetryPolicy(schedule=(1.0,), jitter=0, max_retry_after=60)
    assert decide(503, position=1, policy=policy, retry_after=10**6, rng=rng()).delay == 60


def test_retry_after_is_read_as_seconds_or_as_an_http_date() -> None:
    assert parse_retry_after("30", now=NOW) == 30
    assert parse_retry_after("Mon, 23 Nov 2026 12:02:00 GMT", now=NOW) == 120
    assert parse_retry_after("Mon, 23 Nov 2026 11:00:00 GMT", now=NOW) == 0
    assert parse_retry_after("soon", now=NOW) is None
    assert parse_retry_after(None, now=NOW) is None


@pytest.mark.parametrize(
    ("channel", "status", "active", "refused"),
    [
        ("webhook", "failed", True, None),
        ("webhook", "pending", True, None),
        ("webhook", "delivered", True, "delivered"),
        ("feed", "feed", True, "feed item"),
        ("webhook", "failed", False, "re-enable"),
    ],
)
def test_only_undelivered_webhooks_of_active_subscriptions_can_be_restarted(
    channel: str, status: str, active: bool, refused: str | None
) -> None:
    refusal = restart_refusal(Delivery(channel=channel, status=status), subscription_active=active)
    assert refusal is None if refused is None else refused in (refusal or "")
