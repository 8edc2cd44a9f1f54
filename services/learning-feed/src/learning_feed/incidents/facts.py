"""What the aggregates, signals and alerts need to know about one incident version (pure)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Literal

from shared.events import IncidentClassified
from shared.organisations import registry

NeverEventSource = Literal["classifier", "reporter"]


@dataclass(frozen=True, slots=True)
class IncidentFacts:
    """The dimensions of one stored incident version."""

    incident_id: uuid.UUID
    version: int
    ods_code: str
    icb_code: str | None
    region_code: str | None
    event_type: str
    occurred_on: dt.date
    themes: tuple[str, ...]
    never_event_code: str | None
    reporter_never_event: bool
    physical_harm: str | None
    service_type: str
    record_key: int = 0

    @property
    def is_never_event(self) -> bool:
        """The classifier found a never event or the reporter declared one."""
        return self.never_event_code is not None or self.reporter_never_event

    @property
    def counts_in_aggregates(self) -> bool:
        """Aggregates and signals count patient safety incidents only (not good care etc.)."""
        return self.event_type == "incident"


@dataclass(frozen=True, slots=True)
class IncidentChange:
    """A version that replaced what was stored (`old` is None for a new incident)."""

    old: IncidentFacts | None
    new: IncidentFacts
    event: IncidentClassified


def effective_never_event(classifier_code: str | None, reporter_code: str | None) -> str | None:
    """The never-event type: the classifier's finding, else the reporter's declared type."""
    return classifier_code or reporter_code


def facts_of_event(event: IncidentClassified, *, record_key: int) -> IncidentFacts:
    """The facts carried by a classified event (hierarchy from the shipped ODS extract)."""
    incident, classification = event.incident, event.classification
    organisation = registry().get(incident.ods_code)
    return IncidentFacts(
        incident_id=event.incident_id,
        version=event.version,
        ods_code=incident.ods_code,
        icb_code=organisation.icb_code if organisation else None,
        region_code=organisation.region_code if organisation else None,
        event_type=incident.event_type.value,
        occurred_on=incident.occurred.date,
        themes=tuple(sorted({theme.id.value for theme in classification.themes})),
        never_event_code=effective_never_event(
            classification.never_event.code if classification.never_event else None,
            incident.reporter_never_event_type,
        ),
        reporter_never_event=incident.reporter_never_event,
        physical_harm=incident.physical_harm,
        service_type=incident.service_type,
        record_key=record_key,
    )
