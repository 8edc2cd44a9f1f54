"""The learning-feed's configuration (environment variables only)."""

from __future__ import annotations

import json
from typing import Annotated

from pydantic import AliasChoices, BeforeValidator, Field, IPvAnyNetwork
from pydantic_settings import NoDecode

from shared.settings import AuthSettings, ConsumerSettings

#: Production retry schedule of webhook deliveries: the delay before each retry.
DEFAULT_RETRY_SCHEDULE = (5.0, 300.0, 1_800.0, 7_200.0, 18_000.0, 36_000.0)


def _comma_separated(value: object) -> object:
    """Accept `a,b,c` (or a JSON list) for list settings."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


CommaNetworks = Annotated[list[IPvAnyNetwork], NoDecode, BeforeValidator(_comma_separated)]
CommaFloats = Annotated[tuple[float, ...], NoDecode, BeforeValidator(_comma_separated)]


class Settings(ConsumerSettings, AuthSettings):
    """Everything the learning-feed reads from its environment."""

    kafka_client_id: str = "learning-feed"
    kafka_consumer_group: str = "learning-feed"
    host: str = "127.0.0.1"
    port: int = Field(default=8003, validation_alias=AliasChoices("LEARNING_FEED_PORT", "PORT"))
    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:15432/learning_feed"
    database_pool_size: int = Field(default=10, ge=1)
    poison_burst_limit: int = Field(default=50, ge=1)
    kafka_max_poll_records: int = Field(
        default=2_000,
        ge=1,
        description="Records per poll (each partition's share is one transaction): larger "
        "batches amortise the per-transaction round trips when the ingest is behind",
    )

    ingest_enabled: bool = Field(default=True, description="Run the Kafka ingest loop")
    dispatcher_enabled: bool = Field(default=True, description="Run the webhook dispatcher")

    disclosure_suppress_up_to: int = Field(
        default=7, ge=0, description="Sub-national counts up to this are suppressed"
    )
    disclosure_rounding_base: int = Field(
        default=5, ge=1, description="Other sub-national counts are rounded to this base"
    )
    aggregates_max_cells: int = Field(default=20_000, ge=1)
    aggregates_default_days: int = Field(default=364, ge=1)

    signal_baseline_weeks: int = Field(default=12, ge=2)
    signal_min_baseline_weeks: int = Field(default=4, ge=2)
    signal_alpha: float = Field(default=0.01, gt=0, lt=0.5)
    signal_min_count: int = Field(default=5, ge=1)
    signal_max_age_weeks: int = Field(
        default=8, ge=0, description="Only weeks this recent are assessed as they change"
    )

    webhook_retry_schedule: CommaFloats = Field(
        default=DEFAULT_RETRY_SCHEDULE, description="Seconds before each retry, in order"
    )
    webhook_retry_jitter: float = Field(default=0.2, ge=0, le=1)
    webhook_timeout_seconds: float = Field(default=10.0, gt=0)
    webhook_max_concurrency: int = Field(default=16, ge=1)
    webhook_max_retry_after_seconds: float = Field(default=86_400.0, gt=0)
    webhook_allowlist: CommaNetworks = Field(
        default_factory=list,
        description="Networks (CIDR) webhooks may reach although private, over http too",
    )
    dispatcher_poll_interval_seconds: float = Field(default=1.0, gt=0)
    dispatcher_batch_size: int = Field(default=50, ge=1)
    dispatcher_lease_seconds: float = Field(default=120.0, gt=0)
