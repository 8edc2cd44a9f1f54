"""Standard Webhooks signing: per-endpoint `whsec_` secrets and the three headers."""

from __future__ import annotations

import base64
import datetime as dt
import secrets

from standardwebhooks.webhooks import Webhook

SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32


def new_secret() -> str:
    """A fresh random secret in the `whsec_<base64>` form."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def signed_headers(
    *, secret: str, webhook_id: str, body: str, timestamp: dt.datetime
) -> dict[str, str]:
    """`webhook-id`, `webhook-timestamp` and `webhook-signature` (v1, HMAC-SHA256)."""
    moment = timestamp.astimezone(dt.UTC)
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(int(moment.timestamp())),
        "webhook-signature": Webhook(secret).sign(webhook_id, moment, body),
    }
