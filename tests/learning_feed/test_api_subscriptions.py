"""Subscriptions, deliveries, retries and the pull feed through the API (own organisation only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from learning_feed.audit.models import AuditEvent
from learning_feed.deliveries.models import Delivery
from learning_feed.ingest import ingest_events
from learning_feed.signals.detection import SignalParameters
from learning_feed.signals.service import SignalSettings
from shared.events import IncidentClassified

pytestmark = pytest.mark.integration

SIGNALS = SignalSettings(SignalParameters(), 8, 0)
FEED = {
    "name": "Never events, South West",
    "delivery": "feed",
    "filters": {"alert_kinds": ["never_event"], "regions": ["Y58"]},
}


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def subscriber(token_for: Callable[..., str]) -> Callable[[str], dict[str, str]]:
    return lambda org: auth(token_for(org, "subscriber"))


def create(api: TestClient, headers: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
    response = api.post("/v1/subscriptions", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


async def never_event_in(
    sessions: async_sessionmaker,
    classified: Callable[..., IncidentClassified],  # type: ignore[type-arg]
    reference: str,
    trust: str = "RA7",
) -> IncidentClassified:
    event = classified(reference, ods_code=trust, never_event="1")
    async with sessions() as session, session.begin():
        await ingest_events(session, events=[event], signals=SIGNALS, now=dt.datetime.now(dt.UTC))
    return event


def test_a_webhook_subscription_shows_its_secret_once(
    api: TestClient, subscriber: Callable[[str], dict[str, str]], token_for: Callable[..., str]
) -> None:
    body = {
        "name": "PSN",
        "delivery": "webhook",
        "webhook_url": "http://127.0.0.1:9/in",
        "filters": {"themes": ["falls"], "min_harm": "3"},
    }
    created = create(api, subscriber("Y58"), body)
    assert created["secret"].startswith("whsec_")
    assert created["ods_code"] == "Y58" and created["active"]
    assert created["filters"]["alert_kinds"] == ["never_event", "thematic_signal"]
    path = f"/v1/subscriptions/{created['subscription_id']}"
    read = api.get(path, headers=subscriber("Y58")).json()
    assert "secret" not in read and read["filters"]["min_harm"] == "3"
    assert api.get(path, headers=subscriber("Y61")).status_code == 404
    assert api.get(path, headers=auth(token_for("Y58", "analyst"))).status_code == 403
    listed = api.get("/v1/subscriptions", headers=subscriber("Y61")).json()
    assert created["subscription_id"] not in {s["subscription_id"] for s in listed}


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://151.101.0.81/in", "https"),
        ("https://10.0.0.7/in", "not a public address"),
        ("https://127.0.0.2/in", "not a public address"),
        ("https://u:p@127.0.0.1/in", "credentials"),
    ],
)
def test_webhook_urls_outside_the_policy_are_refused(
    api: TestClient, subscriber: Callable[[str], dict[str, str]], url: str, reason: str
) -> None:
    response = api.post(
        "/v1/subscriptions",
        headers=subscriber("Y58"),
        json={"name": "x", "delivery": "webhook", "webhook_url": url},
    )
    assert response.status_code == 422
    problem = response.json()
    assert problem["errors"] == [{"pointer": "/webhook_url", "detail": problem["detail"]}]
    assert reason in problem["detail"]


def test_invalid_filters_are_problems_with_pointers(
    api: TestClient, subscriber: Callable[[str], dict[str, str]]
) -> None:
    response = api.post(
        "/v1/subscriptions",
        headers=subscriber("Y58"),
        json={
            "name": "x",
            "delivery": "feed",
            "filters": {"themes": ["gossip"], "regions": ["Y99"], "min_harm": "7"},
        },
    )
    assert response.status_code == 422
    pointers = {e["pointer"] for e in response.json()["errors"]}
    assert {"/filters/themes/0", "/filters/regions", "/filters/min_harm"} <= pointers


def test_a_subscription_can_be_changed_and_deleted_by_its_owner_only(
    api: TestClient, subscriber: Callable[[str], dict[str, str]]
) -> None:
    created = create(api, subscriber("Y58"), FEED)
    path = f"/v1/subscriptions/{created['subscription_id']}"
    assert api.patch(path, json={"name": "taken"}, headers=subscriber("Y56")).status_code == 404
    changed = api.patch(
        path, json={"name": "Never events", "active": False}, headers=subscriber("Y58")
    ).json()
    assert (changed["name"], changed["active"]) == ("Never events", False)
    refused = api.patch(
        path, json={"webhook_url": "https://x.example.org"}, headers=subscriber("Y58")
    )
    assert refused.status_code == 422
    assert api.delete(path, headers=subscriber("Y56")).status_code == 404
    assert api.delete(path, headers=subscriber("Y58")).status_code == 204
    assert api.get(path, headers=subscriber("Y58")).status_code == 404


async def test_the_feed_pages_alerts_by_cursor_and_audits_every_item(
    api: TestClient,
    subscriber: Callable[[str], dict[str, str]],
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    classified: Callable[..., IncidentClassified],
    reference: Callable[[str], str],
) -> None:
    org = "QT6"
    create(api, subscriber(org), FEED)
    first = await never_event_in(sessions, classified, reference("FEED"))
    second = await never_event_in(sessions, classified, reference("FEED"), trust="REF")
    await never_event_in(sessions, classified, reference("FEED"), trust="RC9")  # Y61: not matched

    page = api.get("/v1/feed", params={"limit": 1}, headers=subscriber(org)).json()
    [item] = page["items"]
    assert item["alert"]["body"]["data"]["incident"]["incident_id"] == str(first.incident_id)
    rest = api.get("/v1/feed", params={"after": page["next_cursor"]}, headers=subscriber(org))
    [last] = rest.json()["items"]
    assert last["alert"]["body"]["data"]["incident"]["incident_id"] == str(second.incident_id)
    empty = api.get(
        "/v1/feed", params={"after": rest.json()["next_cursor"]}, headers=subscriber(org)
    ).json()
    assert empty == {"items": [], "next_cursor": rest.json()["next_cursor"]}
    assert api.get("/v1/feed", headers=subscriber("Y56")).json()["items"] == []
    bad = api.get("/v1/feed", params={"after": "not-a-cursor"}, headers=subscriber(org))
    assert bad.status_code == 422

    async with sessions() as session:
        audit = list(await session.scalars(select(AuditEvent).where(AuditEvent.ods_code == org)))
    assert [(a.resource_type, a.incident_id, a.path) for a in audit] == [
        ("alert", first.incident_id, "/v1/feed"),
        ("alert", second.incident_id, "/v1/feed"),
    ]
    assert all(a.subject == f"lrms:{org}" and "subscriber" in a.roles and a.at for a in audit)


async def test_deliveries_are_listed_and_a_failed_one_can_be_retried(
    api: TestClient,
    subscriber: Callable[[str], dict[str, str]],
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    classified: Callable[..., IncidentClassified],
    reference: Callable[[str], str],
) -> None:
    org = "QR1"
    hook = create(
        api,
        subscriber(org),
        {
            "name": "hook",
            "delivery": "webhook",
            "webhook_url": "http://127.0.0.1:9/in",
            "filters": {"alert_kinds": ["never_event"], "trusts": ["RTE"]},
        },
    )
    await never_event_in(sessions, classified, reference("HOOK"), trust="RTE")
    path = f"/v1/subscriptions/{hook['subscription_id']}/deliveries"
    [delivery] = api.get(path, headers=subscriber(org)).json()
    assert (delivery["status"], delivery["alert_kind"], delivery["attempts"]) == (
        "pending",
        "never_event",
        [],
    )
    assert api.get(path, headers=subscriber("Y56")).status_code == 404
    delivery_path = f"/v1/deliveries/{delivery['delivery_id']}"
    assert api.get(delivery_path, headers=subscriber("Y56")).status_code == 404

    async with sessions() as session, session.begin():
        stored = await session.get(Delivery, delivery["delivery_id"])
        assert stored is not None
        stored.status, stored.next_attempt_at, stored.schedule_position = "failed", None, 7
    assert api.post(f"{delivery_path}/retry", headers=subscriber("Y56")).status_code == 404
    retried = api.post(f"{delivery_path}/retry", headers=subscriber(org))
    assert retried.status_code == 202
    assert retried.json()["status"] == "pending" and retried.json()["next_attempt_at"]
    assert retried.json()["webhook_id"] == delivery["webhook_id"]

    api.patch(
        f"/v1/subscriptions/{hook['subscription_id']}",
        json={"active": False},
        headers=subscriber(org),
    )
    conflict = api.post(f"{delivery_path}/retry", headers=subscriber(org))
    assert conflict.status_code == 409 and "re-enable" in conflict.json()["detail"]


def test_subscriptions_need_the_subscriber_role(
    api: TestClient, token_for: Callable[..., str]
) -> None:
    assert api.get("/v1/subscriptions").status_code == 401
    reporter = auth(token_for("RC9", "reporter"))
    assert api.get("/v1/subscriptions", headers=reporter).status_code == 403
    assert api.get("/v1/feed", headers=reporter).status_code == 403


def test_every_request_body_in_the_openapi_has_a_complete_valid_example(api: TestClient) -> None:
    from learning_feed.subscriptions.schemas import SubscriptionCreate, SubscriptionUpdate

    spec = api.get("/openapi.json").json()
    bodies = {
        (path, method): op["requestBody"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if "requestBody" in op
    }
    assert set(bodies) == {
        ("/v1/subscriptions", "post"),
        ("/v1/subscriptions/{subscription_id}", "patch"),
    }
    models = {"post": SubscriptionCreate, "patch": SubscriptionUpdate}
    for (_, method), body in bodies.items():
        examples = body["content"]["application/json"]["examples"]
        assert examples
        for example in examples.values():
            models[method].model_validate(example["value"])
