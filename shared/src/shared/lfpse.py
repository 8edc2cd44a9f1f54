"""LFPSE (Learn from patient safety events) taxonomy v5 code systems.

Loaded once from the shipped reference data; see `reference_data/README.md` for provenance.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

TAXONOMY_RELEASE = "lfpse-v5"

SERVICE_TYPE = "service-type-5"
SPECIALTY = "specialty-5"
PHYSICAL_HARM = "level-of-physical-harm-5"
PSYCHOLOGICAL_HARM = "level-of-psychological-harm-5"
AGE_BRACKET = "age-brackets-5"
GENDER = "gender-5"
NEVER_EVENT_TYPE = "never-event-type-5"
INCIDENT_LOCATION = "incident-location-5"


@cache
def code_systems() -> dict[str, dict[str, str]]:
    """Every shipped code system as {system id: {code: display}}."""
    path = resources.files("shared") / "reference_data" / "lfpse_code_systems_v5.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {system_id: entry["codes"] for system_id, entry in raw.items()}


def codes(system_id: str) -> dict[str, str]:
    """The {code: display} table of one code system."""
    return code_systems()[system_id]


def display(system_id: str, code: str) -> str:
    """Human-readable display for a code, or the code itself if unknown."""
    return codes(system_id).get(code, code)
