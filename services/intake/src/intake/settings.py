"""The intake's configuration (environment variables only)."""

from __future__ import annotations

from pydantic import AliasChoices, Field

from shared.settings import AuthSettings, KafkaSettings


class Settings(KafkaSettings, AuthSettings):
    """Everything the intake reads from its environment."""

    kafka_client_id: str = "intake"
    # Concurrent submissions are already grouped by the batcher; lingering would only add
    # latency to every acknowledgement.
    kafka_linger_ms: int = Field(default=0, ge=0)
    host: str = "127.0.0.1"
    port: int = Field(default=8001, validation_alias=AliasChoices("INTAKE_PORT", "PORT"))
    learning_feed_base_url: str = "http://127.0.0.1:8003"
    publishing_enabled: bool = Field(
        default=True, description="False only for benchmarking validation alone"
    )
    retry_after_seconds: int = 5
    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:15432/intake"
    database_pool_size: int = Field(default=20, ge=1)
    database_timeout_seconds: float = Field(
        default=5.0, gt=0, description="Longest wait for a ledger connection or statement"
    )
    batch_max_incidents: int = Field(
        default=500, ge=1, description="Most single submissions sharing one ledger transaction"
    )
    batch_workers: int = Field(
        default=2, ge=1, description="Concurrent submission batches (fewer: larger batches)"
    )
    bulk_concurrent_transactions: int = Field(
        default=4, ge=1, description="Concurrent ledger transactions one bulk request is split into"
    )
    max_body_bytes: int = Field(default=1024 * 1024, description="Largest single-incident body")
    max_bulk_body_bytes: int = Field(default=20 * 1024 * 1024, description="Largest bulk body")
