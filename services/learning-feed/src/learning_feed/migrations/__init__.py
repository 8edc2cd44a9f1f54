"""Alembic migrations of the learning-feed database."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config

from shared import database

HERE = Path(__file__).parent


def alembic_config(database_url: str) -> Config:
    """Alembic configuration of these scripts on `database_url` (to write new revisions)."""
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade_to_head(database_url: str) -> None:
    """Bring the schema up to date (idempotent)."""
    database.upgrade_to_head(HERE, database_url)
