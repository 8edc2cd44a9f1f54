"""Settings pieces every service composes into its own single `Settings` class.

All configuration comes from environment variables (pydantic-settings): a field
`kafka_bootstrap_servers` is read from `KAFKA_BOOTSTRAP_SERVERS`.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class BaseServiceSettings(BaseSettings):
    """Environment-only configuration shared by every service."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore", frozen=True)

    log_level: str = "INFO"
    log_json: bool = True


class KafkaSettings(BaseServiceSettings):
    """How a service reaches the Kafka cluster."""

    kafka_bootstrap_servers: str = "127.0.0.1:19092"
    kafka_client_id: str = "psl"
    kafka_send_timeout_seconds: float = Field(default=5.0, gt=0)
    kafka_request_timeout_ms: int = Field(default=5_000, gt=0)
    kafka_linger_ms: int = Field(default=2, ge=0)
    kafka_topic_partitions: int = Field(default=6, ge=1)
    kafka_topic_replication_factor: int = Field(default=1, ge=1)


class AuthSettings(BaseServiceSettings):
    """How a service verifies the platform's bearer tokens (JWTs)."""

    auth_jwks: str | None = Field(
        default=None, description="JSON Web Key Set (public keys) as a JSON string"
    )
    auth_jwks_file: Path | None = Field(default=None, description="Path of a JWKS JSON file")
    auth_issuer: str = "https://auth.patientsafety.local"
    auth_audience: str = "patient-safety-learning-platform"
    auth_leeway_seconds: int = 30


class ConsumerSettings(KafkaSettings):
    """A Kafka consumer-group member."""

    kafka_consumer_group: str
    kafka_max_poll_records: int = Field(default=500, ge=1)
    kafka_auto_offset_reset: str = "earliest"
    kafka_fetch_max_wait_ms: int = Field(
        default=50,
        ge=0,
        description="Longest a fetch waits at the broker for new records: a broker that "
        "does not answer a waiting fetch as soon as records arrive (tansu) holds it this "
        "long, so each idle poll can add it to an incident's latency (aiokafka: 500)",
    )
