"""Accepting an incident: authorise the reporter, publish the event, answer."""

from __future__ import annotations

import datetime as dt

from shared.auth import Principal
from shared.events import IncidentSubmitted, SubmissionChannel
from shared.incident import Incident
from shared.messaging.producer import EventPublisher, PublishError
from shared.observability import EVENTS_PRODUCED
from shared.organisations import registry
from shared.problems import FieldError, ProblemError
from shared.topics import INCIDENTS_SUBMITTED

from intake.incidents.schemas import IncidentAccepted


def check_reporting_organisation(incident: Incident, principal: Principal) -> None:
    """The caller reports only for its own organisation, which must be an open NHS trust."""
    if incident.ods_code != principal.ods_code:
        raise ProblemError(
            403, "Forbidden",
            f"Your token is for {principal.ods_code}; it cannot report for {incident.ods_code}.",
        )
    organisation = registry().get(incident.ods_code)
    today = dt.datetime.now(dt.UTC).date()
    if organisation is None or not organisation.is_open(today):
        raise ProblemError(
            422, "Invalid request", "The reporting organisation is not an open NHS trust.",
            errors=[FieldError(pointer="/ods_code", detail="not an open trust in the ODS register")],
        )


async def submit_incident(
    incident: Incident,
    *,
    principal: Principal,
    channel: SubmissionChannel,
    publisher: EventPublisher | None,
    learning_feed_base_url: str,
    retry_after_seconds: int,
    traceparent: str | None = None,
) -> IncidentAccepted:
    """Publish the incident as `IncidentSubmitted`; returns once the broker acknowledged it."""
    check_reporting_organisation(incident, principal)
    event = IncidentSubmitted(
        incident_id=incident.incident_id,
        version=1,
        amendment=False,
        content_hash=incident.content_hash(),
        submitted_at=dt.datetime.now(dt.UTC),
        submitted_by=principal.subject,
        channel=channel,
        incident=incident,
    )
    if publisher is not None:
        try:
            await publisher.publish(INCIDENTS_SUBMITTED, event, traceparent=traceparent)
        except PublishError as error:
            raise ProblemError(
                503, "Service Unavailable",
                f"The incident was not accepted: {error}. Retry later.",
                headers={"Retry-After": str(retry_after_seconds)},
            ) from error
        EVENTS_PRODUCED.labels(topic=INCIDENTS_SUBMITTED).inc()
    return IncidentAccepted(
        incident_id=event.incident_id,
        version=event.version,
        amendment=event.amendment,
        duplicate=False,
        location=f"{learning_feed_base_url}/v1/incidents/{event.incident_id}",
    )
