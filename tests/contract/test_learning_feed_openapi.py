"""Schemathesis against the running learning-feed: no 5xx, every response documented."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

from devstack.stack import Stack
from learning_feed.main import create_app
from learning_feed.settings import Settings

pytestmark = pytest.mark.e2e

# The schema the running service serves is the one this app object builds.
schema = schemathesis.openapi.from_dict(create_app(Settings()).openapi())


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_learning_feed_never_answers_5xx_and_documents_every_response(
    case: schemathesis.Case, running_stack: Stack, token_for: Callable[..., str]
) -> None:
    # One organisation holding every role, so generated requests get past authorisation.
    token = token_for("RC9", "analyst", "subscriber", "reporter")
    case.call_and_validate(
        base_url=running_stack.service("learning-feed").url,
        headers={"Authorization": f"Bearer {token}"},
        checks=[not_a_server_error, status_code_conformance, content_type_conformance],
    )
