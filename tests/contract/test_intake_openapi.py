"""Schemathesis against the running intake: no 5xx, every response documented."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

from devstack.stack import Stack
from intake.main import create_app
from intake.settings import Settings

pytestmark = pytest.mark.e2e


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx: object, value: object) -> bytes:
    """Generated bulk bodies: strings go as they are, anything else as one JSON line."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", errors="surrogatepass")
    return json.dumps(value).encode() + b"\n"


# The schema the running service serves is the one this app object builds.
schema = schemathesis.openapi.from_dict(create_app(Settings()).openapi())


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_intake_never_answers_5xx_and_documents_every_response(
    case: schemathesis.Case, running_stack: Stack, token_for: Callable[..., str]
) -> None:
    case.call_and_validate(
        base_url=running_stack.service("intake").url,
        headers={"Authorization": f"Bearer {token_for('RC9', 'reporter')}"},
        checks=[not_a_server_error, status_code_conformance, content_type_conformance],
    )
