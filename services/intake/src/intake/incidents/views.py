"""Routes where trust systems submit incidents: native JSON, FHIR AdverseEvent, NDJSON bulk."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Body, Depends, Header, Request, status
from fastapi.responses import JSONResponse

from intake.fhir import (
    FhirMappingError,
    adverse_event_to_incident,
    error_outcome,
    operation_outcome,
)
from intake.fhir.examples import openapi_examples as fhir_examples
from intake.incidents import bulk
from intake.incidents.schemas import BulkResult, IncidentAccepted, IncidentCreate
from intake.incidents.service import Submission, check_reporting_organisation
from intake.incidents.submitting import accept, accept_once
from shared.auth import Principal, Role
from shared.auth.fastapi import require_role
from shared.incident import Incident
from shared.problems import Problem, ProblemError

router = APIRouter(tags=["incidents"])

FHIR_JSON = "application/fhir+json"
NDJSON = "application/x-ndjson"
EXAMPLE = Incident.model_config["json_schema_extra"]["examples"][0]  # type: ignore[index]
PROBLEMS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "The body is not well-formed JSON"},
    401: {"model": Problem, "description": "No valid bearer token"},
    403: {"model": Problem, "description": "The token may not report for this organisation"},
    413: {"model": Problem, "description": "The body is too large"},
    415: {"model": Problem, "description": "Wrong content type"},
    422: {"model": Problem, "description": "Invalid content; `errors` names each field"},
    503: {"model": Problem, "description": "Nothing accepted; retry after Retry-After seconds"},
}
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=255,
        description="Same key and same body give the same answer",
    ),
]


def content_type(*accepted: str):  # type: ignore[no-untyped-def]
    """A dependency answering 415 unless the request's media type is one of `accepted`."""

    async def check(request: Request) -> None:
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type not in accepted:
            raise ProblemError(
                415,
                "Unsupported Media Type",
                f"Send {' or '.join(accepted)}, not {media_type or 'no content type'}.",
            )

    return Depends(check)


def submission(request: Request, principal: Principal, channel: str) -> Submission:
    """The context of a submission from `principal` through `channel`."""
    return Submission(
        principal=principal,
        channel=channel,  # type: ignore[arg-type]
        learning_feed_base_url=request.app.state.settings.learning_feed_base_url,
        traceparent=getattr(request.state, "traceparent", None),
    )


@router.post(
    "/v1/incidents",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=IncidentAccepted,
    responses=PROBLEMS,
    summary="Submit an incident (native JSON)",
    dependencies=[content_type("application/json")],
)
async def submit_incident(
    request: Request,
    incident: Annotated[
        IncidentCreate, Body(openapi_examples={"wrong_site_surgery": {"value": EXAMPLE}})
    ],
    principal: Annotated[Principal, Depends(require_role(Role.REPORTER))],
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Validate and publish an incident; 202 only once the broker has acknowledged it.

    The incident id is derived from (ODS code, local reference): resubmitting identical
    content returns the same id and version; changed content is an amendment (version + 1).
    """
    check_reporting_organisation(incident, principal)
    return await accept_once(
        request, incident, submission(request, principal, "native"), idempotency_key
    )


@router.post(
    "/fhir/AdverseEvent",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=IncidentAccepted,
    responses={
        **PROBLEMS,
        400: {
            "description": "Not a JSON object (FHIR OperationOutcome)",
            "content": {FHIR_JSON: {"schema": {"type": "object"}}},
        },
        422: {
            "description": (
                "FHIR OperationOutcome naming each failing element, or a problem document "
                "for a platform rule (reporting organisation, Idempotency-Key reuse)"
            ),
            "content": {
                FHIR_JSON: {"schema": {"type": "object"}},
                "application/problem+json": {},
            },
        },
    },
    summary="Submit an incident as a FHIR R4 AdverseEvent (LFPSE v5 profile or plain R4)",
    dependencies=[content_type(FHIR_JSON, "application/json")],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {FHIR_JSON: {"schema": {"type": "object"}, "examples": fhir_examples()}},
        }
    },
)
async def submit_adverse_event(
    request: Request,
    principal: Annotated[Principal, Depends(require_role(Role.REPORTER))],
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Map the AdverseEvent onto the same internal incident as its native twin and publish it."""
    try:
        resource = orjson.loads(await request.body())
    except orjson.JSONDecodeError as error:
        return _fhir_error(400, error_outcome(f"The body is not JSON: {error}", code="structure"))
    if not isinstance(resource, dict):
        return _fhir_error(400, error_outcome("The body must be a JSON object", code="structure"))
    try:
        incident = adverse_event_to_incident(resource, caller_ods_code=principal.ods_code)
    except FhirMappingError as error:
        return _fhir_error(422, operation_outcome(error.issues))
    check_reporting_organisation(incident, principal)
    return await accept_once(
        request, incident, submission(request, principal, "fhir"), idempotency_key
    )


@router.post(
    "/v1/incidents:bulk",
    response_model=BulkResult,
    responses=PROBLEMS,
    summary="Submit up to 10,000 incidents as NDJSON (backfills)",
    dependencies=[content_type(NDJSON)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                NDJSON: {
                    "schema": {"type": "string", "description": "One Incident JSON per line"},
                    "example": bulk.example_body(EXAMPLE),
                }
            },
        }
    },
)
async def submit_bulk(
    request: Request,
    principal: Annotated[Principal, Depends(require_role(Role.REPORTER))],
) -> BulkResult:
    """Validate every line; publish the valid ones (even when others fail); answer per line.

    The valid lines go in a few concurrent transactions (grouped by incident), so one
    group's wait for the broker overlaps another's work; a failure answers 503 for the whole
    request, and a retry is safe (what was already accepted comes back as duplicates).
    """
    lines = bulk.split_lines(await request.body())
    parsed = bulk.parse_lines(lines, principal)
    by_submission = submission(request, principal, "bulk")
    groups = bulk.groups_by_incident(
        parsed.accepted, request.app.state.settings.bulk_concurrent_transactions
    )
    answered = await asyncio.gather(
        *(accept(request, [incident for _, incident in group], by_submission) for group in groups)
    )
    by_line = {
        number: answer
        for group, answers in zip(groups, answered, strict=True)
        for (number, _), answer in zip(group, answers, strict=True)
    }
    return bulk.results(parsed, [by_line[number] for number, _ in parsed.accepted])


def _fhir_error(status_code: int, outcome: dict[str, Any]) -> JSONResponse:
    return JSONResponse(outcome, status_code=status_code, media_type=FHIR_JSON)
