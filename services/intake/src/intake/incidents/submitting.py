"""Running a submission in one database transaction and mapping failures to answers."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
from fastapi import Request
from fastapi.responses import JSONResponse

from intake.incidents.schemas import IncidentAccepted
from intake.incidents.service import Submission, accept_incidents, validated_only
from intake.ledger import service as ledger
from shared.incident import Incident
from shared.messaging.producer import EventPublisher, PublishError
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


#: What a failing ledger database raises (connection refused or lost, timeouts, errors).
LEDGER_ERRORS = (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError)

Acceptor = Callable[[list[tuple[Incident, Submission]]], Awaitable[list[IncidentAccepted]]]


def transactional_acceptor(
    pool: asyncpg.Pool,  # type: ignore[type-arg]
    publisher: EventPublisher,
    *,
    timeout: float,
) -> Acceptor:
    """Accept a list of submissions in one ledger transaction (for the batcher and bulk)."""

    async def process(items: list[tuple[Incident, Submission]]) -> list[IncidentAccepted]:
        async with pool.acquire(timeout=timeout) as connection, connection.transaction():
            return await accept_incidents(connection, submissions=items, publisher=publisher)

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
    except LEDGER_ERRORS as error:
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
    try:
        async with _ledger_connection(request) as c:
            earlier = await ledger.find_idempotent_answer(c, ods_code=ods_code, key=idempotency_key)
    except LEDGER_ERRORS as error:
        raise unavailable(request, "the intake ledger is unavailable") from error
    if earlier is not None:
        return _replay(earlier.request_hash, request_hash, earlier.status_code, earlier.response)
    (answer,) = await accept(request, [incident], submission)
    response = _accepted_response(answer)
    try:
        async with _ledger_connection(request) as c:
            await ledger.remember_idempotent_answer(
                c,
                ods_code=ods_code,
                key=idempotency_key,
                request_hash=request_hash,
                status_code=response.status_code,
                response=answer.model_dump(mode="json"),
            )
    except LEDGER_ERRORS:
        # The incident is accepted and in the log; only the replay record is missing, and a
        # retry with the key is still safe (the ledger answers it as a duplicate).
        log.warning("idempotency key not stored", extra={"key": idempotency_key})
    return response


def _ledger_connection(request: Request) -> Any:
    """A pooled ledger connection, waited for at most the configured database timeout."""
    state = request.app.state
    return state.ledger_pool.acquire(timeout=state.settings.database_timeout_seconds)


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
