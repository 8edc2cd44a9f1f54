"""Accepting incidents: authorise the reporter, version them, publish, remember.

One transaction spans: lock the incidents' ledger rows -> decide versions -> publish the
new versions and, at the same time, write them to the ledger -> commit once the broker
acknowledged and the write is done. If the broker does not acknowledge in time the
transaction rolls back, so nothing is remembered (or answered 202) that is not in the log,
and a retry publishes the same version again.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from intake.db import Connection
from intake.incidents.schemas import IncidentAccepted
from intake.ledger import service as ledger
from intake.ledger.versioning import decide_version
from shared.auth import Principal
from shared.events import IncidentSubmitted, KafkaMessage, SubmissionChannel, encode
from shared.incident import Incident
from shared.messaging.producer import EventPublisher
from shared.observability import EVENTS_PRODUCED, trace_id_of
from shared.organisations import registry
from shared.problems import FieldError, ProblemError
from shared.topics import INCIDENTS_SUBMITTED

SOURCE = "/intake"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Submission:
    """Who submits, how, and where the caller will find the record."""

    principal: Principal
    channel: SubmissionChannel
    learning_feed_base_url: str
    traceparent: str | None = None


def reporting_organisation_errors(incident: Incident, principal: Principal) -> ProblemError | None:
    """Why this caller may not report this incident, or None if it may."""
    if incident.ods_code != principal.ods_code:
        return ProblemError(
            403,
            "Forbidden",
            f"Your token is for {principal.ods_code}; it cannot report for {incident.ods_code}.",
        )
    organisation = registry().get(incident.ods_code)
    if organisation is None or not organisation.is_open(dt.datetime.now(dt.UTC).date()):
        return ProblemError(
            422,
            "Invalid request",
            "The reporting organisation is not an open NHS trust.",
            errors=[
                FieldError(pointer="/ods_code", detail="not an open trust in the ODS register")
            ],
        )
    return None


def check_reporting_organisation(incident: Incident, principal: Principal) -> None:
    """Raise the problem if the caller may not report this incident."""
    if (problem := reporting_organisation_errors(incident, principal)) is not None:
        raise problem


async def accept_incidents(
    connection: Connection,
    *,
    submissions: list[tuple[Incident, Submission]],
    publisher: EventPublisher,
) -> list[IncidentAccepted]:
    """Version and publish already-authorised incidents, in order; returns one answer each.

    Must run inside a transaction that commits only after this returns. The same incident
    twice in one call gets consecutive versions (or is a duplicate), as if sent one by one.
    """
    if not submissions:
        return []
    incident_ids = [incident.incident_id for incident, _ in submissions]  # uuid5: compute once
    latest = await ledger.lock_latest_versions(
        connection,
        incidents=[
            (incident_id, incident.ods_code, incident.local_reference)
            for incident_id, (incident, _) in zip(incident_ids, submissions, strict=True)
        ],
    )
    now = dt.datetime.now(dt.UTC)
    answers: list[IncidentAccepted] = []
    messages = []
    accepted_log: list[tuple[IncidentSubmitted, Submission]] = []
    changed: dict[uuid.UUID, tuple[int, str]] = {}
    for incident_id, (incident, submission) in zip(incident_ids, submissions, strict=True):
        content_hash = incident.content_hash()
        decision = decide_version(latest.get(incident_id), content_hash)
        latest[incident_id] = (decision.version, content_hash)
        if not decision.duplicate:
            changed[incident_id] = latest[incident_id]
            event = IncidentSubmitted(
                incident_id=incident_id,
                version=decision.version,
                amendment=decision.amendment,
                content_hash=content_hash,
                submitted_at=now,
                submitted_by=submission.principal.subject,
                channel=submission.channel,
                incident=incident,
            )
            messages.append(encode(event, source=SOURCE, traceparent=submission.traceparent))
            accepted_log.append((event, submission))
        answers.append(
            IncidentAccepted(
                incident_id=incident_id,
                version=decision.version,
                amendment=decision.amendment,
                duplicate=decision.duplicate,
                location=f"{submission.learning_feed_base_url}/v1/incidents/{incident_id}",
            )
        )
    await _publish_and_record(connection, publisher, messages, changed)
    EVENTS_PRODUCED.labels(topic=INCIDENTS_SUBMITTED).inc(len(messages))
    _log_accepted(accepted_log)
    return answers


async def _publish_and_record(
    connection: Connection,
    publisher: EventPublisher,
    messages: list[KafkaMessage],
    versions: dict[uuid.UUID, tuple[int, str]],
) -> None:
    """Publish and write the versions concurrently (one round trip less per batch).

    Both finish before this returns or raises, so the caller's rollback never meets a
    statement still running; the write is undone by that rollback if the publish failed.
    """
    outcomes = await asyncio.gather(
        publisher.send_many(INCIDENTS_SUBMITTED, messages),
        ledger.record_versions(connection, versions=versions),
        return_exceptions=True,
    )
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome


def validated_only(incident: Incident, submission: Submission) -> IncidentAccepted:
    """The answer when publishing is switched off (benchmarking validation alone)."""
    return IncidentAccepted(
        incident_id=incident.incident_id,
        version=1,
        amendment=False,
        duplicate=False,
        location=f"{submission.learning_feed_base_url}/v1/incidents/{incident.incident_id}",
    )


def _log_accepted(accepted: list[tuple[IncidentSubmitted, Submission]]) -> None:
    """One line per accepted incident; a bulk request logs one summary line instead."""
    if not log.isEnabledFor(logging.INFO):
        return  # the lines' fields cost more than the check
    bulk = [event for event, submission in accepted if submission.channel == "bulk"]
    if bulk:
        log.info(
            "bulk incidents accepted",
            extra={
                "count": len(bulk),
                "trace_id": trace_id_of(accepted[0][1].traceparent),
            },
        )
    for event, submission in accepted:
        if submission.channel != "bulk":
            log.info(
                "incident accepted",
                extra={
                    "incident_id": str(event.incident_id),
                    "version": event.version,
                    "amendment": event.amendment,
                    "channel": event.channel,
                    "trace_id": trace_id_of(submission.traceparent),
                },
            )
