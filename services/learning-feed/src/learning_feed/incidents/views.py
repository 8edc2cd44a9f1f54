"""Reading stored incidents (every read is audited)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request

from learning_feed.audit.service import ReadRecord, record_reads
from learning_feed.incidents import service
from learning_feed.incidents.schemas import IncidentRead
from shared.auth import Principal, Role
from shared.auth.fastapi import authenticated
from shared.observability import trace_id_var
from shared.problems import Problem, ProblemError

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
    """Analysts read any incident; a reporting organisation reads its own. Audited."""
    async with request.app.state.sessions() as session, session.begin():
        stored = await service.get_incident(session, incident_id=incident_id)
        if stored is None:
            raise ProblemError(404, "Not Found", f"No incident {incident_id}.")
        if not (principal.has_role(Role.ANALYST) or principal.ods_code == stored.ods_code):
            raise ProblemError(403, "Forbidden", "Only analysts and the reporting organisation.")
        await record_reads(
            session,
            principal=principal,
            path=request.url.path,
            trace_id=trace_id_var.get(),
            records=[ReadRecord("incident", str(incident_id), incident_id)],
        )
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
