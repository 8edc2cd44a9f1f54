"""Webhook signatures follow Standard Webhooks and verify with its library."""

from __future__ import annotations

import datetime as dt
import ipaddress

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from learning_feed.deliveries.dispatcher import pinned_request, render_body
from learning_feed.deliveries.signing import new_secret, signed_headers
from learning_feed.subscriptions.url_policy import WebhookTarget

BODY = render_body({"type": "alert.never_event", "data": {"alert_id": "a1", "text": "Café"}})


def test_secrets_are_whsec_base64_of_32_random_bytes() -> None:
    secret = new_secret()
    assert secret.startswith("whsec_") and secret != new_secret()
    Webhook(secret)  # the library accepts it


def test_the_signature_verifies_with_the_standard_webhooks_library() -> None:
    secret = new_secret()
    headers = signed_headers(
        secret=secret, webhook_id="msg_1", body=BODY, timestamp=dt.datetime.now(dt.UTC)
    )
    assert set(headers) == {"webhook-id", "webhook-timestamp", "webhook-signature"}
    assert headers["webhook-signature"].startswith("v1,")
    assert Webhook(secret).verify(BODY.encode(), headers)["data"]["text"] == "Café"


def test_another_secret_or_a_changed_body_does_not_verify() -> None:
    secret = new_secret()
    headers = signed_headers(
        secret=secret, webhook_id="msg_1", body=BODY, timestamp=dt.datetime.now(dt.UTC)
    )
    with pytest.raises(WebhookVerificationError):
        Webhook(new_secret()).verify(BODY.encode(), headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(BODY.replace("a1", "a2").encode(), headers)


def test_the_request_goes_to_the_checked_address_keeping_host_and_tls_name() -> None:
    target = WebhookTarget(
        url="https://psn.example.org:8443/hooks/in?x=1",
        host="psn.example.org",
        port=8443,
        scheme="https",
        addresses=(ipaddress.ip_address("151.101.0.81"),),
    )
    pinned = pinned_request(target, target.addresses[0])
    assert pinned.url == "https://151.101.0.81:8443/hooks/in?x=1"
    assert pinned.host_header == "psn.example.org:8443"
    assert pinned.sni_hostname == "psn.example.org"


def test_ipv6_addresses_are_bracketed_and_ip_urls_need_no_tls_name() -> None:
    target = WebhookTarget(
        url="http://[::1]/h",
        host="::1",
        port=80,
        scheme="http",
        addresses=(ipaddress.ip_address("::1"),),
    )
    pinned = pinned_request(target, target.addresses[0])
    assert pinned.url == "http://[::1]/h" and pinned.sni_hostname is None
