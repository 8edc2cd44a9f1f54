"""Which webhook URLs the platform calls: https to public addresses, unless allowlisted."""

from __future__ import annotations

import ipaddress

import pytest

from learning_feed.subscriptions.url_policy import (
    WebhookUrlError,
    check_webhook_target,
    parse_webhook_url,
)

DOCUMENTATION = [ipaddress.ip_address("203.0.113.10")]
GLOBAL = [ipaddress.ip_address("151.101.0.81")]
LOOPBACK_ALLOWED = [ipaddress.ip_network("127.0.0.1/32")]


def test_an_https_url_on_a_public_address_is_accepted() -> None:
    target = check_webhook_target("https://psn.example.org/hooks?x=1", GLOBAL, allowlist=[])
    assert (target.host, target.port, target.scheme) == ("psn.example.org", 443, "https")


def test_plain_http_is_refused() -> None:
    with pytest.raises(WebhookUrlError, match="https"):
        check_webhook_target("http://psn.example.org/hooks", GLOBAL, allowlist=[])


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fd00::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(address: str) -> None:
    with pytest.raises(WebhookUrlError, match="not a public address"):
        check_webhook_target(
            "https://psn.example.org/", [ipaddress.ip_address(address)], allowlist=[]
        )


def test_one_private_address_among_public_ones_is_enough_to_refuse() -> None:
    addresses = [*GLOBAL, ipaddress.ip_address("10.0.0.5")]
    with pytest.raises(WebhookUrlError):
        check_webhook_target("https://psn.example.org/", addresses, allowlist=[])


def test_documentation_ranges_are_not_public() -> None:
    with pytest.raises(WebhookUrlError):
        check_webhook_target("https://psn.example.org/", DOCUMENTATION, allowlist=[])


def test_an_allowlisted_network_may_be_loopback_and_plain_http() -> None:
    loopback = [ipaddress.ip_address("127.0.0.1")]
    target = check_webhook_target(
        "http://127.0.0.1:9000/hook", loopback, allowlist=LOOPBACK_ALLOWED
    )
    assert target.port == 9000


def test_the_allowlist_does_not_open_other_private_addresses() -> None:
    with pytest.raises(WebhookUrlError):
        check_webhook_target(
            "https://x.example/", [ipaddress.ip_address("127.0.0.2")], allowlist=LOOPBACK_ALLOWED
        )


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://psn.example.org/", "https"),
        ("https:///nohost", "no host"),
        ("https://user:secret@psn.example.org/", "credentials"),
        ("https://psn.example.org/#frag", "fragment"),
        ("https://psn.example.org:99999/", "port"),
        ("https://psn.example.org/" + "a" * 2100, "longer"),
    ],
)
def test_malformed_urls_are_refused(url: str, reason: str) -> None:
    with pytest.raises(WebhookUrlError, match=reason):
        parse_webhook_url(url)


def test_a_host_that_resolves_to_nothing_is_refused() -> None:
    with pytest.raises(WebhookUrlError, match="does not resolve"):
        check_webhook_target("https://psn.example.org/", [], allowlist=[])
