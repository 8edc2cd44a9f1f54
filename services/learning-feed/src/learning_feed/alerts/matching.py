"""Which subscriptions an alert goes to (pure).

Filters are conjunctive across kinds, themes, never-event types, places and harm; an
empty filter lets everything through. Places: an incident matches when its trust, its ICB
or its region is listed; a regional signal matches when its region is covered by a listed
region, or by the region of a listed ICB or trust.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class AlertKind(StrEnum):
    """What an alert is about."""

    NEVER_EVENT = "never_event"
    THEMATIC_SIGNAL = "thematic_signal"


@dataclass(frozen=True, slots=True)
class AlertFacts:
    """What filters look at in an alert."""

    kind: AlertKind
    themes: frozenset[str]
    never_event_code: str | None = None
    trust: str | None = None
    icb: str | None = None
    region: str | None = None
    physical_harm: str | None = None


@dataclass(frozen=True, slots=True)
class SubscriptionFilter:
    """A subscription's filters; `covered_regions` are the regions its places lie in."""

    alert_kinds: frozenset[str]
    themes: frozenset[str] = frozenset()
    never_event_types: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    icbs: frozenset[str] = frozenset()
    trusts: frozenset[str] = frozenset()
    covered_regions: frozenset[str] = frozenset()
    min_harm: str | None = None

    @property
    def has_places(self) -> bool:
        """Whether the subscription names any place."""
        return bool(self.regions or self.icbs or self.trusts)


def harm_at_least(harm: str | None, minimum: str) -> bool:
    """LFPSE physical harm codes run from 1 (fatal) to 5 (none): lower is more severe."""
    return harm is not None and harm.isdigit() and int(harm) <= int(minimum)


def _place_matches(subscription: SubscriptionFilter, alert: AlertFacts) -> bool:
    if not subscription.has_places:
        return True
    if alert.kind is AlertKind.THEMATIC_SIGNAL:
        return alert.region in subscription.covered_regions
    return (
        alert.trust in subscription.trusts
        or alert.icb in subscription.icbs
        or alert.region in subscription.regions
    )


def matches(subscription: SubscriptionFilter, alert: AlertFacts) -> bool:
    """Whether the alert passes every filter of the subscription."""
    if subscription.alert_kinds and alert.kind.value not in subscription.alert_kinds:
        return False
    if subscription.themes and not (subscription.themes & alert.themes):
        return False
    if (
        subscription.never_event_types
        and alert.never_event_code not in subscription.never_event_types
    ):
        return False
    if (
        subscription.min_harm is not None
        and alert.kind is AlertKind.NEVER_EVENT
        and not harm_at_least(alert.physical_harm, subscription.min_harm)
    ):
        return False
    return _place_matches(subscription, alert)


def regions_covered(
    regions: Iterable[str],
    icbs: Iterable[str],
    trusts: Iterable[str],
    *,
    region_of_icb: dict[str, str],
    region_of_trust: dict[str, str],
) -> frozenset[str]:
    """The regions a subscription's places lie in."""
    covered = set(regions)
    covered |= {region_of_icb[i] for i in icbs if i in region_of_icb}
    covered |= {region_of_trust[t] for t in trusts if t in region_of_trust}
    return frozenset(covered)
