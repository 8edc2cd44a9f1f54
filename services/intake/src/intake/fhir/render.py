"""Render an `Incident` as an LFPSE v5 profiled FHIR R4 AdverseEvent (the mapping's inverse).

`adverse_event_to_incident(incident_to_adverse_event(x), caller_ods_code=x.ods_code) == x` for
every Incident whose optional texts are non-empty (FHIR strings cannot be empty, so an empty
`location` or `immediate_actions` is left out and comes back as None).
"""

from __future__ import annotations

from typing import Any

from intake.fhir import profile as p
from shared.incident import EventType, Incident

__all__ = ["incident_to_adverse_event"]

_PATIENT_ID = "patient"
_LOCATION_ID = "location"
_REPORTER_ID = "reporter"


def incident_to_adverse_event(incident: Incident) -> dict[str, Any]:
    """The LFPSE-profiled FHIR R4 AdverseEvent (JSON dict) equivalent to `incident`."""
    event_type = EventType(incident.event_type)
    resource: dict[str, Any] = {
        "resourceType": "AdverseEvent",
        "meta": {"profile": [p.PROFILE]},
        "contained": [_patient(incident), _location(incident), _reporter(incident)],
        "extension": _extensions(incident),
        "identifier": {"value": incident.local_reference},
        "actuality": "potential" if event_type is EventType.RISK else "actual",
        "category": [{"coding": [_event_type_coding(event_type)]}],
        "subject": {"reference": f"#{_PATIENT_ID}"},
        "date": incident.occurred.date.isoformat(),
        "location": {"reference": f"#{_LOCATION_ID}"},
        "recorder": {"reference": f"#{_REPORTER_ID}"},
        "description": incident.description,
    }
    return resource


def _event_type_coding(event_type: EventType) -> dict[str, str]:
    display = p.EVENT_TYPE_DISPLAY[event_type]
    return {"system": p.EVENT_TYPE_SYSTEM, "code": event_type.value, "display": display}


def _sub(name: str, element: str, value: Any) -> list[dict[str, Any]]:
    """A sub-extension `name` with `value` in value[x] `element`; nothing when no value."""
    return [] if value is None or value == "" else [{"url": name, element: value}]


def _complex(url: str, subs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"url": url, "extension": subs}] if subs else []


def _extensions(incident: Incident) -> list[dict[str, Any]]:
    occurred = incident.occurred
    # FHIR time has no offset: an offset-aware time is rendered as its wall-clock time.
    time = occurred.time.replace(tzinfo=None).isoformat() if occurred.time is not None else None
    approximate = occurred.date.isoformat() if occurred.estimated else None
    estimated_date = _sub("ApproximateDate", "valueString", approximate)
    estimated_date += _sub("PreciseTime", "valueTime", time)
    actions = incident.immediate_actions
    governance = _sub("NeverEvent", "valueBoolean", incident.reporter_never_event)
    governance += _sub("NeverEventType", "valueCode", incident.reporter_never_event_type)
    governance += _sub("DutyOfCandour", "valueBoolean", incident.duty_of_candour)
    return [
        *_complex(p.EXT_ESTIMATED_DATE, estimated_date),
        *_complex(p.EXT_OUTCOME, _sub("ImmediateActions", "valueString", actions)),
        *_complex(p.EXT_GOVERNANCE, governance),
        *_complex(
            p.EXT_REFERENCE_METADATA,
            # DataSharingOptOut is mandatory (1..1) in LFPSE; the platform records no opt-out.
            _sub("ReferenceNumber", "valueString", incident.local_reference)
            + _sub("DataSharingOptOut", "valueBoolean", False),
        ),
    ]


def _patient(incident: Incident) -> dict[str, Any]:
    subs = _sub("PatientSequence", "valueInteger", 1)
    subs += _sub("PhysicalHarm", "valueCode", incident.physical_harm)
    subs += _sub("PsychologicalHarm", "valueCode", incident.psychological_harm)
    subs += _sub("AgeBracket", "valueCode", incident.patient_age_bracket)
    subs += _sub("Gender", "valueCode", incident.patient_sex)
    return {
        "resourceType": "Patient",
        "id": _PATIENT_ID,
        "extension": _complex(p.EXT_PATIENT_INFORMATION, subs),
    }


def _location(incident: Incident) -> dict[str, Any]:
    subs = _sub("Organisation", "valueCode", incident.ods_code)
    subs += _sub("ServiceArea", "valueCode", incident.service_type)
    subs += _sub("LocationWithinService", "valueCode", incident.location_type)
    subs += _sub("ResponsibleSpecialty", "valueCode", incident.specialty)
    location: dict[str, Any] = {
        "resourceType": "Location",
        "id": _LOCATION_ID,
        "extension": _complex(p.EXT_LOCATION_DETAILS, subs),
    }
    if incident.location:
        location["name"] = incident.location
    return location


def _reporter(incident: Incident) -> dict[str, Any]:
    subs = _sub("ReporterOrganisation", "valueCode", incident.ods_code)
    return {
        "resourceType": "Practitioner",
        "id": _REPORTER_ID,
        "extension": _complex(p.EXT_PRACTITIONER_DETAILS, subs),
    }
