"""docker-compose.yml (which cannot run here) configures each service only with settings it has."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import AliasChoices
from pydantic_settings import BaseSettings

from classifier.settings import Settings as ClassifierSettings
from intake.settings import Settings as IntakeSettings
from learning_feed.settings import Settings as LearningFeedSettings
from shared.settings import KafkaSettings

ROOT = Path(__file__).resolve().parents[2]
SETTINGS: dict[str, type[BaseSettings]] = {
    "intake": IntakeSettings,
    "classifier": ClassifierSettings,
    "learning-feed": LearningFeedSettings,
    "topics": KafkaSettings,
}


def environment_names(settings: type[BaseSettings]) -> set[str]:
    """Every environment variable a Settings class reads."""
    names: set[str] = set()
    for field_name, field in settings.model_fields.items():
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            names |= {str(choice).upper() for choice in alias.choices}
        elif isinstance(alias, str):
            names.add(alias.upper())
        else:
            names.add(field_name.upper())
    return names


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.mark.parametrize("service", sorted(SETTINGS))
def test_every_environment_variable_of_a_service_is_one_of_its_settings(
    compose: dict, service: str
) -> None:
    environment = compose["services"][service]["environment"]
    unknown = set(environment) - environment_names(SETTINGS[service])
    assert not unknown, f"{service} sets variables its Settings does not read: {sorted(unknown)}"


def test_the_production_shape_is_kafka_in_kraft_mode_and_postgres_17(compose: dict) -> None:
    kafka, postgres = compose["services"]["kafka"], compose["services"]["postgres"]
    assert kafka["image"].startswith("apache/kafka:")
    assert "controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"]
    assert postgres["image"] == "postgres:17"


def test_the_learning_feed_database_url_names_the_compose_postgres(compose: dict) -> None:
    url = compose["services"]["learning-feed"]["environment"]["DATABASE_URL"]
    assert url.startswith("postgresql+asyncpg://") and "@postgres:5432/" in url
