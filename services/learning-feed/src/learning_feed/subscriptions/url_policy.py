"""Which webhook URLs the platform will call (pure): https, and public addresses only.

A target whose every address lies in an allowlisted network may be private, loopback or
plain http (for local networks and tests); nothing else may.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

MAX_URL_LENGTH = 2_000


class WebhookUrlError(ValueError):
    """The URL may not be used as a webhook endpoint."""


@dataclass(frozen=True, slots=True)
class ParsedUrl:
    """The parts of a webhook URL the policy looks at."""

    scheme: str
    host: str
    port: int


@dataclass(frozen=True, slots=True)
class WebhookTarget:
    """A checked URL with the addresses it may be reached at."""

    url: str
    host: str
    port: int
    scheme: str
    addresses: tuple[IPAddress, ...]


def parse_webhook_url(url: str) -> ParsedUrl:
    """Split and sanity-check a URL: http(s), a host, no credentials, no fragment."""
    if len(url) > MAX_URL_LENGTH:
        raise WebhookUrlError(f"the URL is longer than {MAX_URL_LENGTH} characters")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http"):
        raise WebhookUrlError("the URL must use https")
    if not parts.hostname:
        raise WebhookUrlError("the URL has no host")
    if parts.username is not None or parts.password is not None:
        raise WebhookUrlError("the URL must not carry credentials")
    if parts.fragment:
        raise WebhookUrlError("the URL must not have a fragment")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise WebhookUrlError("the URL has an invalid port") from error
    return ParsedUrl(parts.scheme, parts.hostname.lower(), port)


def literal_address(host: str) -> IPAddress | None:
    """The address when the host is an IP literal, else None."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _unmapped(address: IPAddress) -> IPAddress:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_public(address: IPAddress) -> bool:
    """A globally routable unicast address (not private, loopback, link-local, CGNAT...)."""
    address = _unmapped(address)
    return address.is_global and not address.is_multicast


def allowlisted(address: IPAddress, allowlist: Sequence[IPNetwork]) -> bool:
    """Whether an allowlisted network holds the address."""
    address = _unmapped(address)
    return any(address.version == net.version and address in net for net in allowlist)


def check_webhook_target(
    url: str, addresses: Sequence[IPAddress], *, allowlist: Sequence[IPNetwork]
) -> WebhookTarget:
    """The target if the URL and every address it resolves to are acceptable.

    Raises WebhookUrlError saying why not.
    """
    parsed = parse_webhook_url(url)
    if not addresses:
        raise WebhookUrlError(f"the host {parsed.host} does not resolve")
    all_allowlisted = all(allowlisted(a, allowlist) for a in addresses)
    if parsed.scheme != "https" and not all_allowlisted:
        raise WebhookUrlError("the URL must use https")
    for address in addresses:
        if not is_public(address) and not allowlisted(address, allowlist):
            raise WebhookUrlError(
                f"the host {parsed.host} resolves to {address}, which is not a public address"
            )
    return WebhookTarget(
        url=url,
        host=parsed.host,
        port=parsed.port,
        scheme=parsed.scheme,
        addresses=tuple(addresses),
    )
