"""FHIR R4 AdverseEvent (plain HL7 or LFPSE v5 profiled) intake: mapping and OperationOutcome."""

from intake.fhir.issues import FhirIssue, FhirMappingError
from intake.fhir.mapping import adverse_event_to_incident
from intake.fhir.outcome import error_outcome, operation_outcome
from intake.fhir.render import incident_to_adverse_event

__all__ = [
    "FhirIssue",
    "FhirMappingError",
    "adverse_event_to_incident",
    "error_outcome",
    "incident_to_adverse_event",
    "operation_outcome",
]
