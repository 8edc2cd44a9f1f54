"""Alembic migrations of the intake's ledger database."""

from pathlib import Path

from shared.database import upgrade_to_head as _upgrade

HERE = Path(__file__).parent


def upgrade_to_head(database_url: str) -> None:
    """Bring the intake schema up to date (idempotent)."""
    _upgrade(HERE, database_url)
