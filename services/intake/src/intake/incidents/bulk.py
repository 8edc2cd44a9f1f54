"""NDJSON bulk submissions: split, validate line by line, report per line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson
from pydantic import ValidationError

from intake.incidents.schemas import BulkLineResult, BulkResult, IncidentAccepted
from intake.incidents.service import reporting_organisation_errors
from shared.auth import Principal
from shared.incident import Incident
from shared.problems import FieldError, ProblemError, field_errors

MAX_LINES = 10_000
MAX_BYTES = 20 * 1024 * 1024


@dataclass
class ParsedBulk:
    """Valid incidents (with their line numbers) and the rejected lines."""

    accepted: list[tuple[int, Incident]] = field(default_factory=list)
    rejected: list[BulkLineResult] = field(default_factory=list)


def split_lines(body: bytes) -> list[tuple[int, bytes]]:
    """Non-blank lines with their 1-based numbers; 413 past MAX_LINES."""
    lines = [(n, line) for n, line in enumerate(body.split(b"\n"), start=1) if line.strip()]
    if len(lines) > MAX_LINES:
        raise ProblemError(413, "Content Too Large", f"At most {MAX_LINES} lines per request.")
    if not lines:
        raise ProblemError(
            422,
            "Invalid request",
            "The body holds no incident.",
            errors=[FieldError(pointer="", detail="empty NDJSON body")],
        )
    return lines


def parse_lines(lines: list[tuple[int, bytes]], principal: Principal) -> ParsedBulk:
    """Validate each line as an Incident the caller may report."""
    parsed = ParsedBulk()
    for number, raw in lines:
        try:
            incident = Incident.model_validate_json(raw)
        except ValidationError as error:
            parsed.rejected.append(_rejected(number, field_errors(error.errors())))
            continue
        problem = reporting_organisation_errors(incident, principal)
        if problem is not None:
            errors = problem.problem.errors or [
                FieldError(pointer="/ods_code", detail=problem.problem.detail or "forbidden")
            ]
            parsed.rejected.append(_rejected(number, errors))
            continue
        parsed.accepted.append((number, incident))
    return parsed


def groups_by_incident(
    accepted: list[tuple[int, Incident]], count: int
) -> list[list[tuple[int, Incident]]]:
    """Valid lines split into at most `count` non-empty groups, every line of one incident in
    the same group and in line order (so its versions follow the lines), for concurrent
    transactions that never wait on each other's rows."""
    groups: list[list[tuple[int, Incident]]] = [[] for _ in range(count)]
    for number, incident in accepted:
        # ods_code and local_reference are normalised by the model: equal keys, equal id.
        groups[hash((incident.ods_code, incident.local_reference)) % count].append(
            (number, incident)
        )
    return [group for group in groups if group]


def results(parsed: ParsedBulk, answers: list[IncidentAccepted]) -> BulkResult:
    """Merge accepted answers and rejections back into line order."""
    # model_construct: every value is already typed (the answers are the intake's own), and a
    # 10,000-line bulk would otherwise validate them all again.
    accepted = [
        BulkLineResult.model_construct(
            line=number,
            status="accepted",
            incident_id=answer.incident_id,
            version=answer.version,
            amendment=answer.amendment,
            duplicate=answer.duplicate,
        )
        for (number, _), answer in zip(parsed.accepted, answers, strict=True)
    ]
    ordered = sorted(accepted + parsed.rejected, key=lambda result: result.line)
    return BulkResult(accepted=len(accepted), rejected=len(parsed.rejected), results=ordered)


def example_body(example: dict[str, Any]) -> str:
    """Two lines of NDJSON for the OpenAPI example."""
    second = {
        **example,
        "local_reference": "DCIQ-2026-004212",
        "reporter_never_event": False,
        "reporter_never_event_type": None,
        "description": "Patient found on floor beside bed at 03:00, unwitnessed fall. "
        "No injury found on review by FY1; falls bundle restarted.",
    }
    second["physical_harm"] = "5"
    return "\n".join(orjson.dumps(line).decode() for line in (example, second)) + "\n"


def _rejected(number: int, errors: list[FieldError]) -> BulkLineResult:
    return BulkLineResult(line=number, status="rejected", errors=errors)
