"""FHIR `OperationOutcome` responses built from mapping issues or a single error message."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
from fhir.resources.R4B.operationoutcome import OperationOutcome

from intake.fhir.issues import FhirIssue, Severity

__all__ = ["error_outcome", "operation_outcome"]


def _issue(issue: FhirIssue) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "severity": issue.severity,
        "code": issue.code,
        "diagnostics": issue.diagnostics,
    }
    if issue.expression:
        entry["expression"] = [issue.expression]
    return entry


def operation_outcome(issues: Iterable[FhirIssue]) -> dict[str, Any]:
    """A valid FHIR R4 OperationOutcome (JSON dict) reporting `issues` (at least one)."""
    entries = [_issue(issue) for issue in issues]
    if not entries:
        raise ValueError("an OperationOutcome needs at least one issue")
    body = {"resourceType": "OperationOutcome", "issue": entries}
    outcome = OperationOutcome.model_validate(body)
    plain: dict[str, Any] = orjson.loads(outcome.model_dump_json())
    return plain


def error_outcome(
    message: str,
    *,
    code: str = "processing",
    severity: Severity = "error",
    expression: str | None = None,
) -> dict[str, Any]:
    """An OperationOutcome with a single issue: `message` as diagnostics, FHIR issue `code`."""
    issue = FhirIssue(code=code, diagnostics=message, expression=expression, severity=severity)
    return operation_outcome([issue])
