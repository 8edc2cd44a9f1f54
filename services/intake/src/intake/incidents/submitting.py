"""Running a submission in one database transaction and mapping failures to answers."""

from __future__ import annotations

import hashlib
import logging

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, OperationalError

from intake.incidents.schemas import IncidentAccepted
from intake.incidents.service import Submission, accept_incidents, validated_only
from intake.ledger import service as ledger
from shared.incident import Incident
from shared.messaging.producer import PublishError
from shared.problems import FieldError, ProblemError

log = logging.getLogger(__name__)


def unavailable(request: Request, reason: str) -> ProblemError:
    """503 with Retry-After: the caller must retry; nothing was accepted."""
    retry_after = request.app.state.settings.retry_after_seconds
    return ProblemError(
        503,
        "Service Unavailable",
        f"Nothing was accepted: {reason}. Retry later.",
        headers={"Retry-After": str(retry_after)},
    )


def transactional_acceptor(sessions, publisher):  # type: ignore[no-untyped-def]
    """Accept a list of submissions in one ledger transaction (for the batcher and bulk)."""

    async def process(items: list[tuple[Incident, Submission]]) -> list[IncidentAccepted]:
        async with sessions() as session, session.begin():
            return await accept_incidents(session, submissions=items, publisher=publisher)

    return process


async def accept(
    request: Request, incidents: list[Incident], submission: Submission
) -> list[IncidentAccepted]:
    """Version, publish and record `incidents`; 503 if the broker or database fails.

    Single submissions share transactions through the batcher; a bulk request is its own batch.
    """
    state = request.app.state
    if state.publisher is None:
        return [validated_only(incident, submission) for incident in incidents]
    items = [(incident, submission) for incident in incidents]
    try:
        if len(items) == 1:
            return await state.batcher.submit(items)
        return await state.accept_batch(items)
    except PublishError as error:
        log.warning("broker did not acknowledge", extra={"error": str(error)})
        raise unavailable(request, "the broker did not acknowledge the write") from error
    except (OperationalError, DBAPIError, OSError) as error:
        log.warning("ledger unavailable", extra={"error": str(error)[:300]})
        raise unavailable(request, "the intake ledger is unavailable") from error


async def accept_once(
    request: Request,
    incident: Incident,
    submission: Submission,
    idempotency_key: str | None,
) -> JSONResponse:
    """Accept one incident; with an Idempotency-Key, a repeat gets the first answer."""
    if idempotency_key is None:
        (answer,) = await accept(request, [incident], submission)
        return _accepted_response(answer)
    ods_code = submission.principal.ods_code
    request_hash = hashlib.sha256(await request.body()).hexdigest()
    async with request.app.state.sessions() as session:
        earlier = await ledger.find_idempotent_answer(
            session, ods_code=ods_code, key=idempotency_key
        )
    if earlier is not None:
        return _replay(earlier.request_hash, request_hash, earlier.status_code, earlier.response)
    (answer,) = await accept(request, [incident], submission)
    response = _accepted_response(answer)
    async with request.app.state.sessions() as session, session.begin():
        await ledger.remember_idempotent_answer(
            session,
            ods_code=ods_code,
            key=idempotency_key,
            request_hash=request_hash,
            status_code=response.status_code,
            response=answer.model_dump(mode="json"),
        )
    return response


def _accepted_response(answer: IncidentAccepted) -> JSONResponse:
    return JSONResponse(
        answer.model_dump(mode="json"), status_code=202, headers={"Location": answer.location}
    )


def _replay(stored_hash: str, request_hash: str, status: int, body: dict) -> JSONResponse:  # type: ignore[type-arg]
    if stored_hash != request_hash:
        raise ProblemError(
            422,
            "Idempotency-Key reused",
            "This Idempotency-Key was used with a different request body.",
            errors=[FieldError(pointer="", detail="body differs from the first use of the key")],
        )
    return JSONResponse(
        body,
        status_code=status,
        headers={"Location": body.get("location", ""), "Idempotent-Replayed": "true"},
    )
