"""Events on the incident topics, carried as CloudEvents 1.0 in Kafka binary mode.

Binary mode: the CloudEvent attributes travel as `ce_*` headers, `content-type` is
`application/json`, the value is the JSON event data and the key is the incident id
(so every version of an incident lands on the same partition, in order).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import ClassVar, Literal, TypeVar

from pydantic import BaseModel

from shared.classification import Classification
from shared.incident import Incident

SubmissionChannel = Literal["native", "fhir", "bulk"]


class IncidentEvent(BaseModel):
    """Fields every incident event carries."""

    cloudevent_type: ClassVar[str]

    incident_id: uuid.UUID
    version: int
    amendment: bool
    content_hash: str
    submitted_at: dt.datetime
    incident: Incident

    @property
    def event_id(self) -> str:
        """Stable per (incident, version, event type): a republished event keeps its id."""
        return f"{self.incident_id}/v{self.version}/{self.cloudevent_type.rsplit('.', 2)[-2]}"


class IncidentSubmitted(IncidentEvent):
    """A trust submitted (or amended) an incident; published by the intake."""

    cloudevent_type: ClassVar[str] = "uk.nhs.patientsafety.incident.submitted.v1"

    submitted_by: str
    channel: SubmissionChannel


class IncidentClassified(IncidentEvent):
    """The classifier tagged an incident; `incident.description` is the redacted text."""

    cloudevent_type: ClassVar[str] = "uk.nhs.patientsafety.incident.classified.v1"

    classified_at: dt.datetime
    classification: Classification


E = TypeVar("E", bound=IncidentEvent)


@dataclass(frozen=True, slots=True)
class KafkaMessage:
    """What goes on the wire: key, JSON value and headers."""

    key: bytes
    value: bytes
    headers: list[tuple[str, bytes]]


class EventDecodeError(ValueError):
    """A record that is not a valid event of the expected type."""


def encode(event: IncidentEvent, *, source: str, traceparent: str | None = None) -> KafkaMessage:
    """Encode an incident event as a CloudEvents 1.0 binary-mode Kafka message.

    A thin adapter (headers built directly, value serialised by pydantic's JSON encoder):
    the intake encodes thousands of events a second. `tests/shared/test_events_codec.py`
    proves the `cloudevents` SDK reads what this writes.
    """
    incident_id = str(event.incident_id)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    headers = [
        ("ce_specversion", b"1.0"),
        ("ce_id", event.event_id.encode()),
        ("ce_source", source.encode()),
        ("ce_type", event.cloudevent_type.encode()),
        ("ce_time", now.encode()),
        ("ce_subject", incident_id.encode()),
        ("content-type", b"application/json"),
    ]
    if traceparent:
        headers.append(("traceparent", traceparent.encode()))
    return KafkaMessage(
        key=incident_id.encode(), value=event.model_dump_json().encode(), headers=headers
    )


def decode(
    value: bytes | None, headers: list[tuple[str, bytes]] | tuple, event_class: type[E]
) -> E:
    """Decode a binary-mode record into `event_class`, or raise EventDecodeError."""
    header_map = {name: raw for name, raw in headers if name.startswith("ce_")}
    ce_type = header_map.get("ce_type", b"").decode(errors="replace")
    if ce_type != event_class.cloudevent_type:
        raise EventDecodeError(f"expected ce_type {event_class.cloudevent_type!r}, got {ce_type!r}")
    if value is None:
        raise EventDecodeError("record has no value")
    try:
        return event_class.model_validate_json(value)
    except ValueError as error:
        raise EventDecodeError(str(error)) from error


def header(headers: list[tuple[str, bytes]] | tuple, name: str) -> str | None:
    """The first header called `name`, decoded, or None."""
    for key, raw in headers:
        if key == name:
            return raw.decode(errors="replace")
    return None
