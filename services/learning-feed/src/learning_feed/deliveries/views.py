"""Deliveries of your subscriptions' alerts, retrying one, and the pull feed."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, status

from learning_feed.alerts.models import Alert
from learning_feed.audit.service import ReadRecord, record_reads
from learning_feed.deliveries import service
from learning_feed.deliveries.models import Delivery, DeliveryAttempt
from learning_feed.deliveries.schemas import (
    AlertRead,
    AttemptRead,
    DeliveryRead,
    FeedItem,
    FeedPage,
)
from learning_feed.subscriptions.service import get_subscription
from shared.auth import Principal, Role
from shared.auth.fastapi import require_role
from shared.observability import trace_id_of, trace_id_var
from shared.problems import FieldError, Problem, ProblemError

router = APIRouter(prefix="/v1", tags=["deliveries"])

Subscriber = Annotated[Principal, Depends(require_role(Role.SUBSCRIBER))]
RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "No valid bearer token"},
    403: {"model": Problem, "description": "Subscribers only"},
    404: {"model": Problem, "description": "Not one of your organisation's"},
}


def to_read(delivery: Delivery, kind: str, attempts: list[DeliveryAttempt]) -> DeliveryRead:
    """The API view of a delivery."""
    return DeliveryRead(
        delivery_id=delivery.delivery_id,
        subscription_id=delivery.subscription_id,
        alert_id=delivery.alert_id,
        alert_kind=kind,
        channel=delivery.channel,
        webhook_id=delivery.webhook_id,
        status=delivery.status,
        attempt_count=delivery.attempt_count,
        next_attempt_at=delivery.next_attempt_at,
        last_attempt_at=delivery.last_attempt_at,
        delivered_at=delivery.delivered_at,
        last_error=delivery.last_error,
        trace_id=trace_id_of(delivery.traceparent),
        created_at=delivery.created_at,
        attempts=[AttemptRead.model_validate(a) for a in attempts],
    )


@router.get(
    "/subscriptions/{subscription_id}/deliveries",
    response_model=list[DeliveryRead],
    responses=RESPONSES,
    summary="A subscription's deliveries, newest first",
)
async def list_for_subscription(
    subscription_id: uuid.UUID,
    request: Request,
    principal: Subscriber,
    status_: Annotated[
        str | None, Query(alias="status", pattern="^(pending|delivered|failed|feed)$")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[DeliveryRead]:
    """Deliveries (with attempts) of one of the caller's subscriptions."""
    async with request.app.state.sessions() as session:
        owner = principal.ods_code
        if await get_subscription(session, subscription_id=subscription_id, owner=owner) is None:
            raise ProblemError(404, "Not Found", f"No subscription {subscription_id}.")
        rows = await service.list_deliveries(
            session, subscription_id=subscription_id, ods_code=owner, status=status_, limit=limit
        )
        attempts = await service.attempts_of(session, delivery_ids=[d.delivery_id for d, _ in rows])
    return [to_read(d, kind, attempts[d.delivery_id]) for d, kind in rows]


async def _own_delivery(session: Any, delivery_id: uuid.UUID, principal: Principal) -> Delivery:
    delivery = await service.get_delivery(
        session, delivery_id=delivery_id, ods_code=principal.ods_code
    )
    if delivery is None:
        raise ProblemError(404, "Not Found", f"No delivery {delivery_id}.")
    return delivery


async def _read(session: Any, delivery: Delivery) -> DeliveryRead:
    alert = await session.get(Alert, delivery.alert_id)
    attempts = await service.attempts_of(session, delivery_ids=[delivery.delivery_id])
    return to_read(delivery, alert.kind, attempts[delivery.delivery_id])


@router.get(
    "/deliveries/{delivery_id}",
    response_model=DeliveryRead,
    responses=RESPONSES,
    summary="One delivery with every attempt",
)
async def read(delivery_id: uuid.UUID, request: Request, principal: Subscriber) -> DeliveryRead:
    """A delivery of one of the caller's subscriptions."""
    async with request.app.state.sessions() as session:
        return await _read(session, await _own_delivery(session, delivery_id, principal))


@router.post(
    "/deliveries/{delivery_id}/retry",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DeliveryRead,
    responses={**RESPONSES, 409: {"model": Problem, "description": "Nothing to retry"}},
    summary="Send a webhook delivery again now (same webhook-id, fresh retry schedule)",
)
async def retry(delivery_id: uuid.UUID, request: Request, principal: Subscriber) -> DeliveryRead:
    """Queue a failed (or still pending) webhook delivery for an attempt now."""
    async with request.app.state.sessions() as session, session.begin():
        delivery = await _own_delivery(session, delivery_id, principal)
        try:
            await service.restart(session, delivery=delivery)
        except service.NotRestartable as refusal:
            raise ProblemError(409, "Conflict", str(refusal)) from refusal
        await session.refresh(delivery)
        result = await _read(session, delivery)
    if request.app.state.dispatcher is not None:
        request.app.state.dispatcher.wake()
    return result


@router.get(
    "/feed",
    response_model=FeedPage,
    responses={**RESPONSES, 422: {"model": Problem, "description": "Not a cursor of this feed"}},
    summary="Pull feed of your feed subscriptions' alerts",
)
async def feed(
    request: Request,
    principal: Subscriber,
    after: Annotated[str | None, Query(description="`next_cursor` of the previous page")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> FeedPage:
    """Alerts after `after`, oldest first; every item served is written to the audit trail."""
    try:
        position = service.decode_cursor(after) if after else None
    except ValueError as error:
        raise ProblemError(
            422,
            "Invalid cursor",
            str(error),
            errors=[FieldError(pointer="/query/after", detail=str(error))],
        ) from error
    async with request.app.state.sessions() as session, session.begin():
        rows = await service.feed_page(
            session, ods_code=principal.ods_code, after=position, limit=limit
        )
        await record_reads(
            session,
            principal=principal,
            path=request.url.path,
            trace_id=trace_id_var.get(),
            records=[ReadRecord("alert", str(a.alert_id), a.incident_id) for _, a in rows],
        )
    items = [
        FeedItem(
            cursor=service.encode_cursor(d.transaction_id, d.sequence),
            delivery_id=d.delivery_id,
            subscription_id=d.subscription_id,
            alert=AlertRead(
                alert_id=a.alert_id, kind=a.kind, created_at=a.created_at, body=a.payload
            ),
        )
        for d, a in rows
    ]
    return FeedPage(items=items, next_cursor=items[-1].cursor if items else after)
