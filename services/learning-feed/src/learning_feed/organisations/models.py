"""The organisations table: the shipped ODS trust extract."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from learning_feed.db import Base


class Organisation(Base):
    """An NHS trust with its ICB and NHS England region (from the ODS `etr.csv`)."""

    __tablename__ = "organisations"

    ods_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    icb_code: Mapped[str | None] = mapped_column(String(8), index=True)
    region_code: Mapped[str | None] = mapped_column(String(8), index=True)
    postcode: Mapped[str | None] = mapped_column(String(10))
    opened_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
