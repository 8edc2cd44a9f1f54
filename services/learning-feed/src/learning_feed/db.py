"""Database engine, sessions and the ORM base."""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from shared.database import NAMING_CONVENTION, make_engine, make_sessionmaker

__all__ = ["Base", "make_engine", "make_sessionmaker"]


class Base(DeclarativeBase):
    """Base of every learning-feed table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
