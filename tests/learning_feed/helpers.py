"""Building classified events and in-process API settings for the learning-feed tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from devstack.stack import Stack
from learning_feed.settings import Settings
from shared.classification import Classification, NeverEventTag, ThemeId, ThemeTag
from shared.events import IncidentClassified
from shared.incident import Incident
from tests.factories import incident_body


def classified_event(
    reference: str,
    *,
    version: int = 1,
    themes: tuple[str, ...] = (),
    never_event: str | None = None,
    **changes: Any,
) -> IncidentClassified:
    """A classified incident as the classifier would publish it (no reporter declaration)."""
    body = incident_body(
        local_reference=reference, reporter_never_event=False, reporter_never_event_type=None
    )
    body.update(changes)
    incident = Incident.model_validate(body)
    now = dt.datetime.now(dt.UTC)
    tag = (
        NeverEventTag(
            code=never_event, label="never event", confidence=0.9, rule_id="test", evidence=[]
        )
        if never_event
        else None
    )
    return IncidentClassified(
        incident_id=incident.incident_id,
        version=version,
        amendment=version > 1,
        content_hash=incident.content_hash(),
        submitted_at=now,
        incident=incident,
        classified_at=now,
        classification=Classification(
            never_event=tag,
            themes=[ThemeTag(id=ThemeId(t), confidence=0.9, evidence=[]) for t in themes],
            redacted_description=incident.description,
            taxonomy_version="t",
            classifier_version="c",
        ),
    )


def api_settings(stack: Stack, database_url: str, **overrides: Any) -> Settings:
    """The learning-feed's settings for an in-process API: no ingest, no dispatcher."""
    values: dict[str, Any] = {
        "database_url": database_url,
        "auth_jwks_file": stack.jwks_path,
        "ingest_enabled": False,
        "dispatcher_enabled": False,
        "webhook_allowlist": ["127.0.0.1/32"],
    }
    return Settings(**(values | overrides))
