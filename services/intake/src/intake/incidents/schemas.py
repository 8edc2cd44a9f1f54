"""Request and response bodies of the incident routes."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, Field

from shared.incident import Incident

IncidentCreate = Incident


class IncidentAccepted(BaseModel):
    """The intake accepted the incident: the broker holds it."""

    incident_id: uuid.UUID
    version: int = Field(ge=1)
    amendment: bool = Field(description="True when this version changed an earlier one")
    duplicate: bool = Field(description="True when identical content was already accepted")
    location: str = Field(description="Where the record can be read on the learning-feed")
