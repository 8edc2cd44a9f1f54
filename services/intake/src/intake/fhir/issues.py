"""Problems found in a FHIR submission, shaped like `OperationOutcome.issue`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Severity = Literal["fatal", "error", "warning", "information"]

#: The FHIR R4 `IssueType` value set (required binding of `OperationOutcome.issue.code`).
ISSUE_TYPES: Final = frozenset(
    {
        "invalid",
        "structure",
        "required",
        "value",
        "invariant",
        "security",
        "login",
        "unknown",
        "expired",
        "forbidden",
        "suppressed",
        "processing",
        "not-supported",
        "duplicate",
        "multiple-matches",
        "not-found",
        "deleted",
        "too-long",
        "code-invalid",
        "extension",
        "too-costly",
        "business-rule",
        "conflict",
        "transient",
        "lock-error",
        "no-store",
        "exception",
        "timeout",
        "incomplete",
        "throttled",
        "informational",
    }
)
_SEVERITIES: Final = frozenset({"fatal", "error", "warning", "information"})


@dataclass(frozen=True, slots=True)
class FhirIssue:
    """One problem: FHIR issue type `code`, a human message and the FHIRPath of the element."""

    code: str
    diagnostics: str
    expression: str | None = None
    severity: Severity = "error"

    def __post_init__(self) -> None:
        if self.code not in ISSUE_TYPES:
            raise ValueError(f"{self.code!r} is not a FHIR IssueType code")
        if self.severity not in _SEVERITIES:
            raise ValueError(f"{self.severity!r} is not a FHIR IssueSeverity code")


class FhirMappingError(ValueError):
    """A FHIR resource could not be mapped to an Incident; `issues` says why and where."""

    def __init__(self, issues: list[FhirIssue]) -> None:
        if not issues:
            raise ValueError("FhirMappingError needs at least one issue")
        self.issues = issues
        first = issues[0]
        where = f" at {first.expression}" if first.expression else ""
        more = f" (and {len(issues) - 1} more)" if len(issues) > 1 else ""
        super().__init__(f"{first.code}{where}: {first.diagnostics}{more}")
