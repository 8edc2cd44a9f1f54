"""The intake's own database: the ledger of accepted versions and idempotency keys."""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from shared.database import NAMING_CONVENTION


class Base(DeclarativeBase):
    """Base of every intake table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
