"""Alerts end to end: intake -> classifier -> learning-feed -> a real HTTP receiver.

The receivers are started by the tests on 127.0.0.1, which the test settings allowlist
for webhooks (tests/conftest.py); the retry schedule there is seconds, not hours.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import orjson
import pytest
from standardwebhooks.webhooks import Webhook

from devstack.ports import free_port
from devstack.stack import LEARNING_FEED_DB, Stack
from tests.factories import incident_body
from tests.learning_feed.receiver import Received, Receiver

pytestmark = pytest.mark.e2e

IDENTIFIED = (
    "Left knee arthroscopy was started on the right knee of Mrs Jane Example, NHS number "
    "943 476 5919. The WHO checklist sign-in was completed but the site mark was not checked "
    "at time out. Error noticed after first incision; procedure completed on correct side."
)
FALL = (
    "Patient was found on the floor beside the bed after an unwitnessed fall on the ward at "
    "night. Checked for injuries, none found; observations normal."
)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver().start()
    yield receiver
    receiver.stop()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def subscribe(stack: Stack, token: str, url: str, filters: dict[str, Any]) -> tuple[str, str]:
    """A webhook subscription; returns its id and signing secret."""
    response = httpx.post(
        f"{stack.service('learning-feed').url}/v1/subscriptions",
        json={"name": "e2e", "delivery": "webhook", "webhook_url": url, "filters": filters},
        headers=bearer(token),
    )
    assert response.status_code == 201, response.text
    return response.json()["subscription_id"], response.json()["secret"]


def alerts_about(received: list[Received], incident_id: str) -> list[Received]:
    return [
        r
        for r in received
        if orjson.loads(r.body)["data"].get("incident", {}).get("incident_id") == incident_id
    ]


def post_incident(stack: Stack, token: str, body: dict[str, Any]) -> str:
    response = httpx.post(
        f"{stack.service('intake').url}/v1/incidents", json=body, headers=bearer(token)
    )
    assert response.status_code == 202, response.text
    return str(response.json()["incident_id"])


def test_a_never_event_reaches_a_subscriber_signed_within_two_seconds(
    running_stack: Stack,
    token_for: Callable[..., str],
    unique_reference: Callable[[], str],
    receiver: Receiver,
) -> None:
    _, secret = subscribe(
        running_stack,
        token_for("Y58", "subscriber"),
        receiver.url,
        {"alert_kinds": ["never_event"], "never_event_types": ["1"], "trusts": ["RA9"]},
    )
    body = incident_body(ods_code="RA9", local_reference=unique_reference(), description=IDENTIFIED)
    started = time.monotonic()
    incident_id = post_incident(running_stack, token_for("RA9", "reporter"), body)

    received = receiver.wait_for(lambda r: bool(alerts_about(r, incident_id)), timeout=10)
    [request] = alerts_about(received, incident_id)
    assert request.at - started < 2.0
    payload = Webhook(secret).verify(request.body, request.headers)
    assert payload["type"] == "alert.never_event"
    assert payload["data"]["never_event"]["code"] == "1"
    description = payload["data"]["incident"]["description"]
    assert "943 476 5919" not in description and "Jane" not in description
    assert "[NHS_NUMBER]" in description
    assert "943 476 5919" not in request.body.decode()


TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
CALLER_SPAN = "b7ad6b7169203331"
KCL = "KCl ampoule drawn up in error instead of sodium chloride flush and given IV."


def learning_feed_log(stack: Stack, message: str, trace_id: str) -> list[dict[str, Any]]:
    """The learning-feed's JSON log lines with this message and trace id."""
    text = (stack.state_dir / "logs" / "learning-feed.log").read_text()
    entries = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    return [e for e in entries if e["message"] == message and e.get("trace_id") == trace_id]


def test_the_reporters_trace_reaches_the_webhook_with_a_new_span_and_a_valid_signature(
    running_stack: Stack,
    token_for: Callable[..., str],
    unique_reference: Callable[[], str],
    receiver: Receiver,
) -> None:
    subscriber = token_for("Y56", "subscriber")
    subscription_id, secret = subscribe(
        running_stack,
        subscriber,
        receiver.url,
        {"alert_kinds": ["never_event"], "trusts": ["RJ1"]},
    )
    body = incident_body(
        ods_code="RJ1",
        local_reference=unique_reference(),
        description=KCL,
        reporter_never_event=False,
        reporter_never_event_type=None,
    )
    response = httpx.post(
        f"{running_stack.service('intake').url}/v1/incidents",
        json=body,
        headers={
            **bearer(token_for("RJ1", "reporter")),
            "traceparent": f"00-{TRACE_ID}-{CALLER_SPAN}-01",
        },
    )
    assert response.status_code == 202, response.text
    incident_id = str(response.json()["incident_id"])

    received = receiver.wait_for(lambda r: bool(alerts_about(r, incident_id)), timeout=10)
    [request] = alerts_about(received, incident_id)
    version, trace_id, span_id, flags = request.headers["traceparent"].split("-")
    assert (version, trace_id, flags) == ("00", TRACE_ID, "01")
    assert len(span_id) == 16 and span_id != CALLER_SPAN and int(span_id, 16) != 0
    payload = Webhook(secret).verify(request.body, request.headers)
    assert payload["data"]["never_event"]["source"] == "classifier"

    deliveries = httpx.get(
        f"{running_stack.service('learning-feed').url}/v1/subscriptions/{subscription_id}"
        "/deliveries",
        headers=bearer(subscriber),
    ).json()
    assert [d["trace_id"] for d in deliveries] == [TRACE_ID]
    deadline = time.monotonic() + 5
    while not learning_feed_log(running_stack, "webhook attempt", TRACE_ID):
        assert time.monotonic() < deadline, "the delivery was not logged with its trace id"
        time.sleep(0.1)
    [raised] = learning_feed_log(running_stack, "alert raised", TRACE_ID)
    assert raised["incident_id"] == incident_id and raised["kind"] == "never_event"


def test_a_receiver_that_is_down_for_a_while_still_gets_the_alert_once_back(
    running_stack: Stack, token_for: Callable[..., str], unique_reference: Callable[[], str]
) -> None:
    port = free_port()
    subscriber = token_for("Y60", "subscriber")
    subscription_id, secret = subscribe(
        running_stack,
        subscriber,
        f"http://127.0.0.1:{port}/webhooks/psl",
        {"alert_kinds": ["never_event"], "trusts": ["RBK"]},
    )
    body = incident_body(ods_code="RBK", local_reference=unique_reference())
    incident_id = post_incident(running_stack, token_for("RBK", "reporter"), body)
    deliveries_url = (
        f"{running_stack.service('learning-feed').url}/v1/subscriptions/{subscription_id}"
        "/deliveries"
    )

    def failed_attempts() -> int:
        deliveries = httpx.get(deliveries_url, headers=bearer(subscriber)).json()
        return sum(1 for d in deliveries for a in d["attempts"] if a["outcome"] == "retry")

    deadline = time.monotonic() + 15
    while failed_attempts() < 2:
        assert time.monotonic() < deadline, "the dispatcher did not try the receiver"
        time.sleep(0.2)

    receiver = Receiver(port).start()
    try:
        received = receiver.wait_for(lambda r: bool(alerts_about(r, incident_id)), timeout=15)
    finally:
        receiver.stop()
    [request] = alerts_about(received, incident_id)
    Webhook(secret).verify(request.body, request.headers)
    [delivery] = httpx.get(deliveries_url, headers=bearer(subscriber)).json()
    assert delivery["status"] == "delivered"
    assert delivery["webhook_id"] == request.headers["webhook-id"]
    assert [a["outcome"] for a in delivery["attempts"]][-1] == "delivered"
    assert len(delivery["attempts"]) >= 3
    assert all(a["status_code"] is None for a in delivery["attempts"][:-1])


def post_falls(stack: Stack, token: str, trust: str, days: list[dt.date], prefix: str) -> None:
    lines = b"\n".join(
        orjson.dumps(
            incident_body(
                ods_code=trust,
                local_reference=f"{prefix}-{trust}-{n}",
                description=FALL,
                occurred={"date": day.isoformat(), "estimated": False},
                physical_harm="5",
                reporter_never_event=False,
                reporter_never_event_type=None,
            )
        )
        for n, day in enumerate(days)
    )
    response = httpx.post(
        f"{stack.service('intake').url}/v1/incidents:bulk",
        content=lines,
        timeout=60,
        headers={**bearer(token), "Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 200 and response.json()["accepted"] == len(days), response.text


def wait_stored(stack: Stack, prefix: str, count: int) -> None:
    deadline = time.monotonic() + 30
    sql = f"SELECT count(*) FROM incidents WHERE local_reference LIKE '{prefix}-%'"
    while int(stack.postgres.query(LEARNING_FEED_DB, sql)) < count:
        assert time.monotonic() < deadline, "incidents not stored in time"
        time.sleep(0.2)


def test_a_spike_raises_a_thematic_alert_and_the_steady_series_beside_it_does_not(
    running_stack: Stack, token_for: Callable[..., str], receiver: Receiver
) -> None:
    spiking, steady = ("RCB", "Y63"), ("RHU", "Y59")
    _, secret = subscribe(
        running_stack,
        token_for("Y63", "subscriber"),
        receiver.url,
        {"alert_kinds": ["thematic_signal"], "themes": ["falls"], "regions": ["Y63", "Y59"]},
    )
    prefix = f"SPIKE-{uuid.uuid4().hex[:8]}"
    this_week = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
    for back in range(8, 0, -1):  # eight steady weeks in both regions, oldest first
        days = [this_week - dt.timedelta(weeks=back, days=-(n % 7)) for n in range(6 + back % 2)]
        for trust, _ in (spiking, steady):
            post_falls(
                running_stack, token_for(trust, "reporter"), trust, days, f"{prefix}-W{back}"
            )
        wait_stored(running_stack, f"{prefix}-W{back}", 2 * len(days))
    today = dt.date.today()
    post_falls(
        running_stack, token_for(steady[0], "reporter"), steady[0], [today] * 7, f"{prefix}-NOW"
    )
    post_falls(
        running_stack, token_for(spiking[0], "reporter"), spiking[0], [today] * 25, f"{prefix}-NOW"
    )
    wait_stored(running_stack, f"{prefix}-NOW", 32)

    received = receiver.wait_for(
        lambda r: any(orjson.loads(x.body)["type"] == "alert.thematic_signal" for x in r),
        timeout=10,
    )
    signals = [Webhook(secret).verify(r.body, r.headers)["data"]["signal"] for r in received]
    this = [
        s for s in signals if s["week_start"] == this_week.isoformat() and s["theme"] == "falls"
    ]
    assert [s["region_code"] for s in this] == ["Y63"]
    [signal] = this
    assert signal["observed"] > signal["limit"] > signal["expected"] > 0
    assert 5 <= signal["expected"] <= 8 and signal["baseline_weeks"] == 8
    raised = running_stack.postgres.query(
        LEARNING_FEED_DB,
        "SELECT count(*) FROM alerts WHERE kind = 'thematic_signal' AND theme = 'falls' "
        f"AND region_code = '{steady[1]}'",
    )
    assert raised == "0"
