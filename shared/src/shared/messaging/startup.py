"""Starting Kafka clients while the broker may still be coming up."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


async def start_with_retry(
    start: Callable[[], Awaitable[None]], *, what: str, attempts: int = 60, delay: float = 1.0
) -> None:
    """Call `start` until it succeeds, at most `attempts` times `delay` seconds apart."""
    for attempt in range(1, attempts + 1):
        try:
            await start()
            return
        except Exception as error:
            if attempt == attempts:
                raise
            log.warning("%s: broker not reachable yet (%s); retrying", what, error)
            await asyncio.sleep(delay)
