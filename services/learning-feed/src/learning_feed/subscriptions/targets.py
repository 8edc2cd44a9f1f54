"""Resolving a webhook URL's host and checking every address against the policy."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Sequence

from learning_feed.subscriptions.url_policy import (
    IPAddress,
    IPNetwork,
    WebhookTarget,
    WebhookUrlError,
    check_webhook_target,
    literal_address,
    parse_webhook_url,
)

RESOLVE_TIMEOUT_SECONDS = 5.0


async def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to (an IP literal resolves to itself)."""
    if (literal := literal_address(host)) is not None:
        return [literal]
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), RESOLVE_TIMEOUT_SECONDS
        )
    except (OSError, TimeoutError) as error:
        raise WebhookUrlError(f"the host {host} does not resolve") from error
    addresses: list[IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


async def resolve_target(url: str, *, allowlist: Sequence[IPNetwork]) -> WebhookTarget:
    """Check the URL's shape, resolve its host and check every address it resolves to."""
    parsed = parse_webhook_url(url)
    addresses = await resolve(parsed.host, parsed.port)
    return check_webhook_target(url, addresses, allowlist=allowlist)
