"""Routes where trust systems submit incidents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Request, Response, status

from shared.auth import Principal, Role
from shared.auth.fastapi import require_role
from shared.incident import Incident
from shared.problems import Problem

from intake.incidents import service
from intake.incidents.schemas import IncidentAccepted, IncidentCreate

router = APIRouter(prefix="/v1", tags=["incidents"])

PROBLEM_RESPONSES: dict[int | str, dict[str, object]] = {
    401: {"model": Problem, "description": "No valid bearer token"},
    403: {"model": Problem, "description": "The token may not report for this organisation"},
    422: {"model": Problem, "description": "Invalid incident; `errors` names each field"},
    503: {"model": Problem, "description": "The broker did not acknowledge; retry after Retry-After"},
}
EXAMPLE = Incident.model_config["json_schema_extra"]["examples"][0]  # type: ignore[index]


@router.post(
    "/incidents",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=IncidentAccepted,
    responses=PROBLEM_RESPONSES,
    summary="Submit an incident (native JSON)",
)
async def submit(
    request: Request,
    response: Response,
    incident: Annotated[
        IncidentCreate, Body(openapi_examples={"wrong_site_surgery": {"value": EXAMPLE}})
    ],
    principal: Annotated[Principal, Depends(require_role(Role.REPORTER))],
) -> IncidentAccepted:
    """Validate and publish an incident; 202 only once the broker has acknowledged it."""
    settings = request.app.state.settings
    accepted = await service.submit_incident(
        incident,
        principal=principal,
        channel="native",
        publisher=request.app.state.publisher,
        learning_feed_base_url=settings.learning_feed_base_url,
        retry_after_seconds=settings.retry_after_seconds,
        traceparent=getattr(request.state, "traceparent", None),
    )
    response.headers["Location"] = accepted.location
    return accepted
