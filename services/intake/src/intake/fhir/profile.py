"""Identifiers of the LFPSE v5 FHIR profile and of the platform's own FHIR code system.

The LFPSE ("Learn from patient safety events") taxonomy v5 is the FHIR profile that trusts'
local risk management systems already use to report to NHS England; see
`/work/shared/reference/lfpse-taxonomy-v5/taxonomy.md` for every extension named here.
"""

from __future__ import annotations

from typing import Final

from shared.incident import EventType

#: Base of every LFPSE v5 StructureDefinition url.
LFPSE_BASE: Final = "https://psims-uat.azure-api.net/taxonomy/fhir/StructureDefinition/"

#: The profile of an LFPSE patient safety event (`meta.profile`).
PROFILE: Final = LFPSE_BASE + "patient-safety-adverse-event-5"

# Complex extensions on AdverseEvent.
EXT_ESTIMATED_DATE: Final = LFPSE_BASE + "adverse-event-estimated-date-5"
EXT_OUTCOME: Final = LFPSE_BASE + "adverse-event-outcome-5"
EXT_RISK_DETAILS: Final = LFPSE_BASE + "adverse-event-risk-details-5"
EXT_WENT_WELL: Final = LFPSE_BASE + "adverse-event-went-well-5"
EXT_REFERENCE_METADATA: Final = LFPSE_BASE + "adverse-event-reference-metadata-5"
EXT_GOVERNANCE: Final = LFPSE_BASE + "adverse-event-governance-5"

# Complex extensions on the contained Patient (subject), Location and Practitioner (recorder).
EXT_PATIENT_INFORMATION: Final = LFPSE_BASE + "patient-information-5"
EXT_LOCATION_DETAILS: Final = LFPSE_BASE + "location-details-5"
EXT_PRACTITIONER_DETAILS: Final = LFPSE_BASE + "practitioner-details-5"

#: The platform's code system for the LFPSE event type, carried in `AdverseEvent.category`
#: (LFPSE v5 publishes no code system for it). Codes are the `EventType` values.
EVENT_TYPE_SYSTEM: Final = "https://fhir.patientsafety.local/CodeSystem/event-type"

EVENT_TYPE_DISPLAY: Final[dict[EventType, str]] = {
    EventType.INCIDENT: "Patient safety incident",
    EventType.GOOD_CARE: "Good care",
    EventType.RISK: "Risk",
    EventType.OUTCOME: "Poor patient outcome",
}

# HL7 code systems of the plain R4 elements used to infer the level of physical harm.
SEVERITY_SYSTEM: Final = "http://terminology.hl7.org/CodeSystem/adverse-event-severity"
SERIOUSNESS_SYSTEM: Final = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness"
OUTCOME_SYSTEM: Final = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome"
