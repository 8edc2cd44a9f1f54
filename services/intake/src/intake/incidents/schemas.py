"""Request and response bodies of the incident routes."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, Field

from shared.incident import Incident
from shared.problems import FieldError

IncidentCreate = Incident


class IncidentAccepted(BaseModel):
    """The intake accepted the incident: the broker holds it."""

    incident_id: uuid.UUID
    version: int = Field(ge=1)
    amendment: bool = Field(description="True when this version changed an earlier one")
    duplicate: bool = Field(description="True when identical content was already accepted")
    location: str = Field(description="Where the record can be read on the learning-feed")


class BulkLineResult(BaseModel):
    """The outcome of one NDJSON line (lines count from 1)."""

    line: int
    status: Literal["accepted", "rejected"]
    incident_id: uuid.UUID | None = None
    version: int | None = None
    amendment: bool | None = None
    duplicate: bool | None = None
    errors: list[FieldError] | None = None


class BulkResult(BaseModel):
    """Per-line results of a bulk submission; accepted lines are in the log."""

    accepted: int
    rejected: int
    results: list[BulkLineResult]
