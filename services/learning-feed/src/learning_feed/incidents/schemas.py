"""What the incident routes return."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict

from shared.classification import Classification
from shared.incident import Incident


class IncidentRead(BaseModel):
    """One stored incident (latest version) with its classification; text is redacted."""

    model_config = ConfigDict(from_attributes=True)

    incident_id: uuid.UUID
    version: int
    ods_code: str
    icb_code: str | None
    region_code: str | None
    submitted_at: dt.datetime
    classified_at: dt.datetime
    incident: Incident
    classification: Classification
