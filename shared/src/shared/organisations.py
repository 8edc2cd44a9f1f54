"""The NHS organisation hierarchy (trust -> ICB -> region) from the ODS trust extract."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources

REGION_NAMES: dict[str, str] = {
    "Y56": "London",
    "Y58": "South West",
    "Y59": "South East",
    "Y60": "Midlands",
    "Y61": "East of England",
    "Y62": "North West",
    "Y63": "North East and Yorkshire",
}


@dataclass(frozen=True, slots=True)
class Organisation:
    """An NHS trust as published by the Organisation Data Service."""

    ods_code: str
    name: str
    region_code: str | None
    icb_code: str | None
    postcode: str | None
    opened_on: date | None
    closed_on: date | None

    def is_open(self, on: date) -> bool:
        """Whether the trust exists (opened and not yet closed) on the given date."""
        if self.opened_on and on < self.opened_on:
            return False
        return self.closed_on is None or on < self.closed_on


def _parse_date(text: str) -> date | None:
    return datetime.strptime(text, "%Y%m%d").date() if text else None


def parse_etr(text: str) -> dict[str, Organisation]:
    """Parse the headerless, quoted ODS `etr.csv` extract into {ods_code: Organisation}."""
    organisations: dict[str, Organisation] = {}
    for row in csv.reader(io.StringIO(text)):
        if len(row) < 12 or not row[0]:
            continue
        organisations[row[0]] = Organisation(
            ods_code=row[0],
            name=row[1],
            region_code=row[2] or None,
            icb_code=row[3] or None,
            postcode=row[9] or None,
            opened_on=_parse_date(row[10]),
            closed_on=_parse_date(row[11]),
        )
    return organisations


@cache
def registry() -> dict[str, Organisation]:
    """The shipped ODS trust extract, keyed by ODS code."""
    path = resources.files("shared") / "reference_data" / "ods_etr.csv"
    return parse_etr(path.read_text(encoding="utf-8"))
