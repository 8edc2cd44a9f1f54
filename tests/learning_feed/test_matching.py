"""Which subscriptions an alert goes to (pure)."""

from __future__ import annotations

from learning_feed.alerts.matching import (
    AlertFacts,
    AlertKind,
    SubscriptionFilter,
    harm_at_least,
    matches,
    regions_covered,
)

ALL_KINDS = frozenset(k.value for k in AlertKind)
NEVER_EVENT = AlertFacts(
    kind=AlertKind.NEVER_EVENT,
    themes=frozenset({"treatment_procedure"}),
    never_event_code="1",
    trust="RC9",
    icb="S1Y5D",
    region="Y61",
    physical_harm="3",
)
SIGNAL = AlertFacts(kind=AlertKind.THEMATIC_SIGNAL, themes=frozenset({"falls"}), region="Y58")


def subscription(**filters: object) -> SubscriptionFilter:
    return SubscriptionFilter(**{"alert_kinds": ALL_KINDS, **filters})  # type: ignore[arg-type]


def test_a_subscription_without_filters_receives_everything() -> None:
    assert matches(subscription(), NEVER_EVENT) and matches(subscription(), SIGNAL)


def test_alert_kinds_select_never_events_or_signals() -> None:
    only_never_events = subscription(alert_kinds=frozenset({"never_event"}))
    assert matches(only_never_events, NEVER_EVENT) and not matches(only_never_events, SIGNAL)


def test_themes_match_any_theme_the_alert_carries() -> None:
    assert matches(subscription(themes=frozenset({"falls", "medication"})), SIGNAL)
    assert not matches(subscription(themes=frozenset({"medication"})), SIGNAL)


def test_never_event_types_filter_never_events_and_exclude_signals() -> None:
    assert matches(subscription(never_event_types=frozenset({"1"})), NEVER_EVENT)
    assert not matches(subscription(never_event_types=frozenset({"5"})), NEVER_EVENT)
    assert not matches(subscription(never_event_types=frozenset({"1"})), SIGNAL)


def test_an_incident_matches_its_trust_icb_or_region() -> None:
    assert matches(subscription(trusts=frozenset({"RC9"})), NEVER_EVENT)
    assert matches(subscription(icbs=frozenset({"S1Y5D"})), NEVER_EVENT)
    assert matches(subscription(regions=frozenset({"Y61"})), NEVER_EVENT)
    assert not matches(
        subscription(regions=frozenset({"Y56"}), trusts=frozenset({"RX1"})), NEVER_EVENT
    )


def test_a_regional_signal_matches_subscriptions_whose_places_lie_in_its_region() -> None:
    covered = regions_covered(
        [], [], ["RA7"], region_of_icb={}, region_of_trust={"RA7": "Y58", "RC9": "Y61"}
    )
    assert matches(subscription(trusts=frozenset({"RA7"}), covered_regions=covered), SIGNAL)
    elsewhere = regions_covered([], [], ["RC9"], region_of_icb={}, region_of_trust={"RC9": "Y61"})
    assert not matches(subscription(trusts=frozenset({"RC9"}), covered_regions=elsewhere), SIGNAL)


def test_minimum_harm_keeps_never_events_at_least_that_harmful() -> None:
    assert matches(subscription(min_harm="3"), NEVER_EVENT)
    assert matches(subscription(min_harm="4"), NEVER_EVENT)
    assert not matches(subscription(min_harm="2"), NEVER_EVENT)
    assert matches(subscription(min_harm="2"), SIGNAL)  # signals are regional, without harm


def test_lower_harm_codes_are_more_severe() -> None:
    assert harm_at_least("1", "2") and harm_at_least("2", "2") and not harm_at_least("3", "2")
    assert not harm_at_least(None, "5")
