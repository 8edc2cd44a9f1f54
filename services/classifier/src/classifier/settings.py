"""The classifier's configuration (environment variables only)."""

from __future__ import annotations

from pydantic import AliasChoices, Field

from shared.settings import ConsumerSettings


class Settings(ConsumerSettings):
    """Everything the classifier service reads from its environment."""

    kafka_client_id: str = "classifier"
    kafka_consumer_group: str = "classifier"
    host: str = "127.0.0.1"
    port: int = Field(default=8002, validation_alias=AliasChoices("CLASSIFIER_PORT", "PORT"))
    poison_burst_limit: int = Field(
        default=50, ge=1, description="Consecutive dead-lettered records that stop the service"
    )
