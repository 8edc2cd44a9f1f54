"""The incident: what a trust reports, shaped on the LFPSE v5 dataset."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from enum import StrEnum
from typing import Annotated, Any

import orjson
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from shared import lfpse

#: Namespace of incident ids: uuid5(namespace, "<ODS code>/<local reference>").
INCIDENT_ID_NAMESPACE = uuid.UUID("6f1c3c2e-5d0b-4b8e-9a57-2f0d8e1a9c41")

MAX_DESCRIPTION_CHARS = 20_000


class EventType(StrEnum):
    """The kind of event being recorded (LFPSE: incident, good care, risk, outcome)."""

    INCIDENT = "incident"
    GOOD_CARE = "good_care"
    RISK = "risk"
    OUTCOME = "outcome"


def _code_of(system_id: str) -> Any:
    """An LFPSE code: a string (integers are accepted and coerced) drawn from `system_id`."""

    def coerce(value: Any) -> Any:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    def check(code: str) -> str:
        code = code.strip()
        if code not in lfpse.codes(system_id):
            raise ValueError(f"'{code}' is not a code of the LFPSE code system {system_id}")
        return code

    return Annotated[
        str,
        BeforeValidator(coerce),
        AfterValidator(check),
        Field(json_schema_extra={"x-lfpse-code-system": system_id}),
    ]


ServiceTypeCode = _code_of(lfpse.SERVICE_TYPE)
SpecialtyCode = _code_of(lfpse.SPECIALTY)
PhysicalHarmCode = _code_of(lfpse.PHYSICAL_HARM)
PsychologicalHarmCode = _code_of(lfpse.PSYCHOLOGICAL_HARM)
AgeBracketCode = _code_of(lfpse.AGE_BRACKET)
GenderCode = _code_of(lfpse.GENDER)
NeverEventTypeCode = _code_of(lfpse.NEVER_EVENT_TYPE)
IncidentLocationCode = _code_of(lfpse.INCIDENT_LOCATION)

OdsCode = Annotated[
    str,
    BeforeValidator(lambda v: v.strip().upper() if isinstance(v, str) else v),
    Field(pattern=r"^[A-Z0-9]{3,6}$", description="ODS code of the reporting organisation"),
]


def reject_nul_characters(value: object) -> object:
    """Refuse NUL characters in text: PostgreSQL (text and JSONB) cannot store them, so one
    accepted NUL would stall every consumer that tries to write the record."""
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("must not contain NUL (\\u0000) characters")
    return value


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("must contain text, not only white space")
    return text


class Occurrence(BaseModel):
    """When the event happened: an exact date (and time), or an estimate."""

    model_config = ConfigDict(extra="forbid")

    date: dt.date = Field(description="Date of the event (or the best estimate of it)")
    time: dt.time | None = Field(default=None, description="Time of day, when known")
    estimated: bool = Field(default=False, description="True when the date is an estimate")

    @model_validator(mode="after")
    def _not_in_future(self) -> Occurrence:
        # The latest "today" anywhere on Earth, so no honest report is rejected for time zones.
        latest_today = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=14)).date()
        if self.date > latest_today:
            raise ValueError("the event date is in the future")
        return self


class Incident(BaseModel):
    """A patient safety event as a trust's local risk management system reports it."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "ods_code": "RC9",
                    "local_reference": "DCIQ-2026-004211",
                    "event_type": "incident",
                    "occurred": {"date": "2026-11-18", "time": "14:20:00", "estimated": False},
                    "service_type": "1",
                    "specialty": "5",
                    "location_type": "4",
                    "location": "Main theatres, theatre 3",
                    "description": (
                        "Left knee arthroscopy was started on the right knee. The WHO checklist "
                        "sign-in was completed but the site mark was not checked at time out. "
                        "Error noticed after first incision; procedure completed on correct side."
                    ),
                    "immediate_actions": "Patient and family informed; surgeon completed Datix.",
                    "physical_harm": "3",
                    "psychological_harm": "2",
                    "patient_age_bracket": "10",
                    "patient_sex": "2",
                    "reporter_never_event": True,
                    "reporter_never_event_type": "1",
                    "duty_of_candour": True,
                }
            ]
        },
    )

    ods_code: OdsCode
    local_reference: str = Field(
        min_length=1,
        max_length=100,
        description="The trust's own reference for the record (unique within the trust)",
    )
    event_type: EventType = EventType.INCIDENT
    occurred: Occurrence
    service_type: ServiceTypeCode  # type: ignore[valid-type]
    specialty: SpecialtyCode | None = None  # type: ignore[valid-type]
    location_type: IncidentLocationCode | None = None  # type: ignore[valid-type]
    location: str | None = Field(default=None, max_length=500)
    description: Annotated[
        str, AfterValidator(_not_blank), Field(min_length=1, max_length=MAX_DESCRIPTION_CHARS)
    ] = Field(description="What happened, in the reporter's words")
    immediate_actions: str | None = Field(default=None, max_length=MAX_DESCRIPTION_CHARS)
    physical_harm: PhysicalHarmCode | None = None  # type: ignore[valid-type]
    psychological_harm: PsychologicalHarmCode | None = None  # type: ignore[valid-type]
    patient_age_bracket: AgeBracketCode | None = None  # type: ignore[valid-type]
    patient_sex: GenderCode | None = None  # type: ignore[valid-type]
    reporter_never_event: bool = Field(
        default=False, description="The reporter declares this a never event"
    )
    reporter_never_event_type: NeverEventTypeCode | None = None  # type: ignore[valid-type]
    duty_of_candour: bool | None = None

    # Only the free-text fields can carry a NUL: codes are checked against their code
    # systems and the ODS code against its pattern.
    @field_validator("local_reference", "location", "description", "immediate_actions")
    @classmethod
    def _no_nul_characters(cls, value: object) -> object:
        return reject_nul_characters(value)

    @model_validator(mode="after")
    def _consistent(self) -> Incident:
        if self.event_type is EventType.INCIDENT and self.physical_harm is None:
            raise ValueError("physical_harm is required for an incident")
        if self.reporter_never_event_type is not None and not self.reporter_never_event:
            raise ValueError("reporter_never_event_type given but reporter_never_event is false")
        return self

    @property
    def incident_id(self) -> uuid.UUID:
        """The platform's id of this incident, the same for every resubmission."""
        return incident_id_for(self.ods_code, self.local_reference)

    def content_hash(self) -> str:
        """SHA-256 of the canonical JSON of the content: equal content, equal hash."""
        canonical = orjson.dumps(self.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS)
        return hashlib.sha256(canonical).hexdigest()


def incident_id_for(ods_code: str, local_reference: str) -> uuid.UUID:
    """Deterministic incident id from (ODS code, the trust's local reference)."""
    return uuid.uuid5(
        INCIDENT_ID_NAMESPACE, f"{ods_code.strip().upper()}/{local_reference.strip()}"
    )
