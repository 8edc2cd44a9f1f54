"""What the classifier says about an incident, with the evidence a reviewer can check."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class ThemeId(StrEnum):
    """Incident themes (aligned with the NRLS categories and LFPSE agents/safety challenges)."""

    MEDICATION = "medication"
    FALLS = "falls"
    PRESSURE_ULCER = "pressure_ulcer"
    SELF_HARM = "self_harm"
    INFECTION = "infection"
    ASSESSMENT_DIAGNOSIS = "assessment_diagnosis"
    TREATMENT_PROCEDURE = "treatment_procedure"
    MONITORING_DETERIORATION = "monitoring_deterioration"
    ACCESS_TRANSFER_DISCHARGE = "access_transfer_discharge"
    COMMUNICATION_DOCUMENTATION = "communication_documentation"
    MEDICAL_DEVICE = "medical_device"
    IT_SYSTEMS = "it_systems"
    BLOOD_TRANSFUSION_TISSUES = "blood_transfusion_tissues"
    MATERNITY_PERINATAL = "maternity_perinatal"
    STAFFING_INFRASTRUCTURE_ESTATES = "staffing_infrastructure_estates"
    BEHAVIOUR_ABUSE_SAFEGUARDING = "behaviour_abuse_safeguarding"
    RADIOTHERAPY_SCREENING = "radiotherapy_screening"
    OTHER = "other"


class Evidence(BaseModel):
    """A span of the redacted description that a rule matched."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int = Field(ge=0, description="Character offset in redacted_description")
    end: int = Field(ge=0)
    rule_id: str


class NeverEventTag(BaseModel):
    """A never event (LFPSE never-event-type-5 code 1-15) recognised in the narrative."""

    code: str
    label: str
    confidence: float = Field(ge=0, le=1)
    rule_id: str
    evidence: list[Evidence]


class NearMiss(BaseModel):
    """A never-event pattern that was caught before it reached the patient."""

    code: str
    label: str
    rule_id: str
    evidence: list[Evidence]


class ThemeTag(BaseModel):
    """One theme the incident belongs to (multi-label)."""

    id: ThemeId
    confidence: float = Field(ge=0, le=1)
    evidence: list[Evidence]


class ReviewFlag(BaseModel):
    """Raised when the reporter's declaration and the narrative disagree."""

    reason: str
    declared_never_event_type: str | None = None
    detected_never_event_type: str | None = None


class Classification(BaseModel):
    """The classifier's output for one incident."""

    never_event: NeverEventTag | None = None
    near_miss: NearMiss | None = None
    themes: list[ThemeTag] = Field(default_factory=list)
    redacted_description: str
    review_flag: ReviewFlag | None = None
    taxonomy_version: str
    classifier_version: str
