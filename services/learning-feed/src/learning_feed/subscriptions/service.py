"""Managing an organisation's subscriptions, and the filters alerts are matched against."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from learning_feed.alerts.matching import SubscriptionFilter, regions_covered
from learning_feed.deliveries.signing import new_secret
from learning_feed.subscriptions.models import Subscription
from learning_feed.subscriptions.schemas import (
    SubscriptionCreate,
    SubscriptionFilters,
    SubscriptionRead,
    SubscriptionUpdate,
)
from learning_feed.subscriptions.targets import resolve_target
from learning_feed.subscriptions.url_policy import IPNetwork
from shared.organisations import registry


async def check_webhook_url(url: str, *, allowlist: Sequence[IPNetwork]) -> None:
    """Raise WebhookUrlError unless the URL is one the platform will call."""
    await resolve_target(url, allowlist=allowlist)


def _filter_columns(filters: SubscriptionFilters) -> dict[str, object]:
    return {
        "alert_kinds": [k.value for k in filters.alert_kinds],
        "themes": [t.value for t in filters.themes],
        "never_event_types": list(filters.never_event_types),
        "regions": filters.regions,
        "icbs": filters.icbs,
        "trusts": filters.trusts,
        "min_harm": filters.min_harm,
    }


def to_read(subscription: Subscription) -> SubscriptionRead:
    """The API view of a stored subscription (without its secret)."""
    return SubscriptionRead(
        subscription_id=subscription.subscription_id,
        ods_code=subscription.ods_code,
        name=subscription.name,
        delivery=subscription.delivery,  # type: ignore[arg-type]
        webhook_url=subscription.webhook_url,
        filters=SubscriptionFilters.model_validate(
            {
                "alert_kinds": subscription.alert_kinds,
                "themes": subscription.themes,
                "never_event_types": subscription.never_event_types,
                "regions": subscription.regions,
                "icbs": subscription.icbs,
                "trusts": subscription.trusts,
                "min_harm": subscription.min_harm,
            }
        ),
        active=subscription.active,
        disabled_reason=subscription.disabled_reason,
        created_at=subscription.created_at,
        updated_at=subscription.updated_at,
    )


async def create_subscription(
    session: AsyncSession, *, owner: str, data: SubscriptionCreate
) -> tuple[Subscription, str | None]:
    """Store a new subscription; a webhook one gets a fresh secret (returned once)."""
    secret = new_secret() if data.delivery == "webhook" else None
    subscription = Subscription(
        subscription_id=uuid.uuid4(),
        ods_code=owner,
        name=data.name,
        delivery=data.delivery,
        webhook_url=data.webhook_url,
        secret=secret,
        active=True,
        **_filter_columns(data.filters),
    )
    session.add(subscription)
    await session.flush()
    await session.refresh(subscription)
    return subscription, secret


async def list_subscriptions(session: AsyncSession, *, owner: str) -> list[Subscription]:
    """The organisation's subscriptions, oldest first."""
    rows = await session.scalars(
        select(Subscription).where(Subscription.ods_code == owner).order_by(Subscription.created_at)
    )
    return list(rows)


async def get_subscription(
    session: AsyncSession, *, subscription_id: uuid.UUID, owner: str
) -> Subscription | None:
    """One of the organisation's subscriptions, or None (also for other organisations')."""
    return await session.scalar(
        select(Subscription).where(
            Subscription.subscription_id == subscription_id, Subscription.ods_code == owner
        )
    )


async def update_subscription(
    session: AsyncSession, *, subscription: Subscription, changes: SubscriptionUpdate
) -> Subscription:
    """Apply the given changes; re-enabling clears the reason it was disabled."""
    if changes.name is not None:
        subscription.name = changes.name
    if changes.webhook_url is not None:
        subscription.webhook_url = changes.webhook_url
    if changes.filters is not None:
        for column, value in _filter_columns(changes.filters).items():
            setattr(subscription, column, value)
    if changes.active is not None:
        subscription.active = changes.active
        subscription.disabled_reason = None if changes.active else "Disabled by its owner."
    await session.flush()
    await session.refresh(subscription)
    return subscription


async def delete_subscription(session: AsyncSession, *, subscription: Subscription) -> None:
    """Remove a subscription with its deliveries."""
    await session.execute(
        delete(Subscription).where(Subscription.subscription_id == subscription.subscription_id)
    )


def filter_of(subscription: Subscription) -> SubscriptionFilter:
    """The matching view of a subscription."""
    organisations = registry().values()
    return SubscriptionFilter(
        alert_kinds=frozenset(subscription.alert_kinds),
        themes=frozenset(subscription.themes),
        never_event_types=frozenset(subscription.never_event_types),
        regions=frozenset(subscription.regions),
        icbs=frozenset(subscription.icbs),
        trusts=frozenset(subscription.trusts),
        covered_regions=regions_covered(
            subscription.regions,
            subscription.icbs,
            subscription.trusts,
            region_of_icb={
                o.icb_code: o.region_code for o in organisations if o.icb_code and o.region_code
            },
            region_of_trust={o.ods_code: o.region_code for o in organisations if o.region_code},
        ),
        min_harm=subscription.min_harm,
    )


async def active_subscriptions(session: AsyncSession) -> list[Subscription]:
    """Every active subscription (alerts are matched against these)."""
    return list(await session.scalars(select(Subscription).where(Subscription.active)))
