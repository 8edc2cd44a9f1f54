"""The learning-feed's configuration (environment variables only)."""

from __future__ import annotations

from pydantic import AliasChoices, Field

from shared.settings import AuthSettings, ConsumerSettings


class Settings(ConsumerSettings, AuthSettings):
    """Everything the learning-feed reads from its environment."""

    kafka_client_id: str = "learning-feed"
    kafka_consumer_group: str = "learning-feed"
    host: str = "127.0.0.1"
    port: int = Field(default=8003, validation_alias=AliasChoices("LEARNING_FEED_PORT", "PORT"))
    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:15432/learning_feed"
    database_pool_size: int = Field(default=10, ge=1)
    poison_burst_limit: int = Field(default=50, ge=1)
