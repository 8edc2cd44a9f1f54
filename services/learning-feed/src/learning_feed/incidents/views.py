"""Reading stored incidents."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request

from shared.auth import Principal, Role
from shared.auth.fastapi import authenticated
from shared.problems import Problem, ProblemError

from learning_feed.incidents import service
from learning_feed.incidents.schemas import IncidentRead

router = APIRouter(prefix="/v1", tags=["incidents"])


@router.get(
    "/incidents/{incident_id}",
    response_model=IncidentRead,
    responses={401: {"model": Problem}, 403: {"model": Problem}, 404: {"model": Problem}},
    summary="One incident with its classification",
)
async def read_incident(
    incident_id: uuid.UUID,
    request: Request,
    principal: Annotated[Principal, Depends(authenticated)],
) -> IncidentRead:
    """Analysts read any incident; a reporting organisation reads its own."""
    async with request.app.state.sessions() as session:
        stored = await service.get_incident(session, incident_id=incident_id)
    if stored is None:
        raise ProblemError(404, "Not Found", f"No incident {incident_id}.")
    if not (principal.has_role(Role.ANALYST) or principal.ods_code == stored.ods_code):
        raise ProblemError(403, "Forbidden", "Only analysts and the reporting organisation.")
    return IncidentRead(
        incident_id=stored.incident_id,
        version=stored.version,
        ods_code=stored.ods_code,
        icb_code=stored.icb_code,
        region_code=stored.region_code,
        submitted_at=stored.submitted_at,
        classified_at=stored.classified_at,
        incident=stored.record,  # type: ignore[arg-type]
        classification=stored.classification,  # type: ignore[arg-type]
    )
