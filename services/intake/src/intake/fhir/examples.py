"""Example AdverseEvents for the OpenAPI documentation and tests.

- `lfpse_example()`: an LFPSE v5 profiled AdverseEvent, the FHIR twin of the native example
  `Incident.model_config["json_schema_extra"]["examples"][0]` (maps to an equal Incident).
- `plain_r4_example()`: the HL7 FHIR R4 specification's `adverseevent-example` (CC0), shipped
  in `data/` (see `data/README.md`); it names no organisation, so the caller's is used.
"""

from __future__ import annotations

import copy
from functools import cache
from importlib import resources
from typing import Any, Final

import orjson

from intake.fhir import profile as p

__all__ = ["LFPSE_EXAMPLE", "lfpse_example", "openapi_examples", "plain_r4_example"]

#: Do not mutate: use `lfpse_example()` for a private copy.
LFPSE_EXAMPLE: Final[dict[str, Any]] = {
    "resourceType": "AdverseEvent",
    "meta": {"profile": [p.PROFILE]},
    "contained": [
        {
            "resourceType": "Patient",
            "id": "patient",
            "extension": [
                {
                    "url": p.EXT_PATIENT_INFORMATION,
                    "extension": [
                        {"url": "PatientSequence", "valueInteger": 1},
                        {"url": "PhysicalHarm", "valueCode": "3"},
                        {"url": "PsychologicalHarm", "valueCode": "2"},
                        {"url": "AgeBracket", "valueCode": "10"},
                        {"url": "Gender", "valueCode": "2"},
                    ],
                }
            ],
        },
        {
            "resourceType": "Location",
            "id": "location",
            "extension": [
                {
                    "url": p.EXT_LOCATION_DETAILS,
                    "extension": [
                        {"url": "Organisation", "valueCode": "RC9"},
                        {"url": "ServiceArea", "valueCode": "1"},
                        {"url": "LocationWithinService", "valueCode": "4"},
                        {"url": "ResponsibleSpecialty", "valueCode": "5"},
                    ],
                }
            ],
            "name": "Main theatres, theatre 3",
        },
        {
            "resourceType": "Practitioner",
            "id": "reporter",
            "extension": [
                {
                    "url": p.EXT_PRACTITIONER_DETAILS,
                    "extension": [{"url": "ReporterOrganisation", "valueCode": "RC9"}],
                }
            ],
        },
    ],
    "extension": [
        {
            "url": p.EXT_ESTIMATED_DATE,
            "extension": [{"url": "PreciseTime", "valueTime": "14:20:00"}],
        },
        {
            "url": p.EXT_OUTCOME,
            "extension": [
                {
                    "url": "ImmediateActions",
                    "valueString": "Patient and family informed; surgeon completed Datix.",
                }
            ],
        },
        {
            "url": p.EXT_GOVERNANCE,
            "extension": [
                {"url": "NeverEvent", "valueBoolean": True},
                {"url": "NeverEventType", "valueCode": "1"},
                {"url": "DutyOfCandour", "valueBoolean": True},
            ],
        },
        {
            "url": p.EXT_REFERENCE_METADATA,
            "extension": [
                {"url": "ReferenceNumber", "valueString": "DCIQ-2026-004211"},
                {"url": "DataSharingOptOut", "valueBoolean": False},
            ],
        },
    ],
    "identifier": {"value": "DCIQ-2026-004211"},
    "actuality": "actual",
    "category": [
        {
            "coding": [
                {
                    "system": p.EVENT_TYPE_SYSTEM,
                    "code": "incident",
                    "display": "Patient safety incident",
                }
            ]
        }
    ],
    "subject": {"reference": "#patient"},
    "date": "2026-11-18",
    "location": {"reference": "#location"},
    "recorder": {"reference": "#reporter"},
    "description": (
        "Left knee arthroscopy was started on the right knee. The WHO checklist "
        "sign-in was completed but the site mark was not checked at time out. "
        "Error noticed after first incision; procedure completed on correct side."
    ),
}


def lfpse_example() -> dict[str, Any]:
    """A private copy of the LFPSE-profiled example AdverseEvent."""
    return copy.deepcopy(LFPSE_EXAMPLE)


@cache
def _plain_r4() -> dict[str, Any]:
    path = resources.files("intake.fhir") / "data" / "adverseevent-example-r4.json"
    loaded: dict[str, Any] = orjson.loads(path.read_bytes())
    return loaded


def plain_r4_example() -> dict[str, Any]:
    """A private copy of the HL7 FHIR R4 specification's AdverseEvent example (loaded once)."""
    return copy.deepcopy(_plain_r4())


def openapi_examples() -> dict[str, dict[str, Any]]:
    """Both examples in the shape of an OpenAPI `examples` object (name -> Example)."""
    return {
        "lfpse": {
            "summary": "LFPSE v5 profiled AdverseEvent (as sent to NHS England's LFPSE)",
            "value": lfpse_example(),
        },
        "plain-r4": {
            "summary": "Plain HL7 FHIR R4 AdverseEvent (organisation from the caller's token)",
            "value": plain_r4_example(),
        },
    }
