"""Subscribers manage their own organisation's subscriptions."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request, Response, status

from learning_feed.subscriptions import service
from learning_feed.subscriptions.models import Subscription
from learning_feed.subscriptions.schemas import (
    FEED_EXAMPLE,
    UPDATE_EXAMPLE,
    WEBHOOK_EXAMPLE,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionRead,
    SubscriptionUpdate,
)
from learning_feed.subscriptions.url_policy import WebhookUrlError
from shared.auth import Principal, Role
from shared.auth.fastapi import require_role
from shared.problems import FieldError, Problem, ProblemError

router = APIRouter(prefix="/v1", tags=["subscriptions"])

Subscriber = Annotated[Principal, Depends(require_role(Role.SUBSCRIBER))]
RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "The body is not well-formed JSON"},
    401: {"model": Problem, "description": "No valid bearer token"},
    403: {"model": Problem, "description": "Subscribers only"},
    404: {"model": Problem, "description": "No such subscription of your organisation"},
    422: {"model": Problem, "description": "Invalid subscription; `errors` names each field"},
}


async def _check_url(request: Request, url: str) -> None:
    try:
        await service.check_webhook_url(url, allowlist=request.app.state.settings.webhook_allowlist)
    except WebhookUrlError as error:
        raise ProblemError(
            422,
            "Invalid webhook URL",
            str(error),
            errors=[FieldError(pointer="/webhook_url", detail=str(error))],
        ) from error


async def _own(session: Any, subscription_id: uuid.UUID, principal: Principal) -> Subscription:
    subscription = await service.get_subscription(
        session, subscription_id=subscription_id, owner=principal.ods_code
    )
    if subscription is None:
        raise ProblemError(404, "Not Found", f"No subscription {subscription_id}.")
    return subscription


@router.post(
    "/subscriptions",
    status_code=status.HTTP_201_CREATED,
    response_model=SubscriptionCreated,
    responses=RESPONSES,
    summary="Subscribe to alerts (webhook or pull feed)",
)
async def create(
    request: Request,
    response: Response,
    data: Annotated[
        SubscriptionCreate,
        Body(
            openapi_examples={
                "webhook": {"summary": "Signed webhooks", "value": WEBHOOK_EXAMPLE},
                "feed": {"summary": "Pull feed", "value": FEED_EXAMPLE},
            }
        ),
    ],
    principal: Subscriber,
) -> SubscriptionCreated:
    """Create a subscription; a webhook's signing secret is in this answer only."""
    if data.webhook_url:
        await _check_url(request, data.webhook_url)
    async with request.app.state.sessions() as session, session.begin():
        subscription, secret = await service.create_subscription(
            session, owner=principal.ods_code, data=data
        )
    response.headers["Location"] = f"/v1/subscriptions/{subscription.subscription_id}"
    return SubscriptionCreated(**service.to_read(subscription).model_dump(), secret=secret)


@router.get(
    "/subscriptions",
    response_model=list[SubscriptionRead],
    responses=RESPONSES,
    summary="Your organisation's subscriptions",
)
async def list_own(request: Request, principal: Subscriber) -> list[SubscriptionRead]:
    """Every subscription of the caller's organisation."""
    async with request.app.state.sessions() as session:
        subscriptions = await service.list_subscriptions(session, owner=principal.ods_code)
    return [service.to_read(s) for s in subscriptions]


@router.get(
    "/subscriptions/{subscription_id}",
    response_model=SubscriptionRead,
    responses=RESPONSES,
    summary="One of your organisation's subscriptions",
)
async def read(
    subscription_id: uuid.UUID, request: Request, principal: Subscriber
) -> SubscriptionRead:
    """A subscription of the caller's organisation (404 for any other)."""
    async with request.app.state.sessions() as session:
        return service.to_read(await _own(session, subscription_id, principal))


@router.patch(
    "/subscriptions/{subscription_id}",
    response_model=SubscriptionRead,
    responses=RESPONSES,
    summary="Change filters or URL, disable or re-enable",
)
async def update(
    subscription_id: uuid.UUID,
    request: Request,
    changes: Annotated[
        SubscriptionUpdate, Body(openapi_examples={"update": {"value": UPDATE_EXAMPLE}})
    ],
    principal: Subscriber,
) -> SubscriptionRead:
    """Apply changes to a subscription of the caller's organisation."""
    async with request.app.state.sessions() as session, session.begin():
        subscription = await _own(session, subscription_id, principal)
        if changes.webhook_url is not None:
            if subscription.delivery != "webhook":
                raise ProblemError(
                    422,
                    "Invalid request",
                    "A feed subscription has no webhook URL.",
                    errors=[
                        FieldError(pointer="/webhook_url", detail="not a webhook subscription")
                    ],
                )
            await _check_url(request, changes.webhook_url)
        updated = await service.update_subscription(
            session, subscription=subscription, changes=changes
        )
        return service.to_read(updated)


@router.delete(
    "/subscriptions/{subscription_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=RESPONSES,
    summary="Unsubscribe (its deliveries go too)",
)
async def remove(subscription_id: uuid.UUID, request: Request, principal: Subscriber) -> Response:
    """Delete a subscription of the caller's organisation."""
    async with request.app.state.sessions() as session, session.begin():
        subscription = await _own(session, subscription_id, principal)
        await service.delete_subscription(session, subscription=subscription)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
