"""Alert ids, webhook bodies and filter facts for never events and signals (pure)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import shared.lfpse as lfpse
from learning_feed.alerts.matching import AlertFacts, AlertKind
from learning_feed.incidents.facts import IncidentChange
from learning_feed.signals.detection import SignalParameters
from learning_feed.signals.service import ThematicSignal
from shared.organisations import REGION_NAMES, registry

ALERT_NAMESPACE = uuid.UUID("0b7d3e52-8a4f-4c1e-b0d2-5f6a9c3e7d18")
METHOD = "farrington-flexible: quasi-Poisson GLM baseline, 2/3-power upper limit"


def never_event_alert_id(incident_id: uuid.UUID) -> uuid.UUID:
    """The one alert an incident's never event raises."""
    return uuid.uuid5(ALERT_NAMESPACE, f"{AlertKind.NEVER_EVENT.value}/{incident_id}")


def signal_alert_id(theme: str, region_code: str, week_start: dt.date) -> uuid.UUID:
    """The one alert a (theme, region, week) signal raises."""
    key = f"{AlertKind.THEMATIC_SIGNAL.value}/{theme}/{region_code}/{week_start.isoformat()}"
    return uuid.uuid5(ALERT_NAMESPACE, key)


def _body(
    kind: AlertKind, alert_id: uuid.UUID, raised_at: dt.datetime, data: dict[str, Any]
) -> dict[str, Any]:
    """A Standard Webhooks style body: type, timestamp and data."""
    return {
        "type": f"alert.{kind.value}",
        "timestamp": raised_at.isoformat(),
        "data": {"alert_id": str(alert_id), "kind": kind.value, **data},
    }


def never_event_body(change: IncidentChange, *, raised_at: dt.datetime) -> dict[str, Any]:
    """The webhook body of a never-event alert (redacted description only)."""
    event, facts = change.event, change.new
    incident, classification = event.incident, event.classification
    tag = classification.never_event
    organisation = registry().get(facts.ods_code)
    code = facts.never_event_code
    data = {
        "never_event": {
            "code": code,
            "label": lfpse.display(lfpse.NEVER_EVENT_TYPE, code) if code else None,
            "source": "classifier" if tag else "reporter",
            "declared_by_reporter": incident.reporter_never_event,
            "confidence": tag.confidence if tag else None,
            "review_flag": classification.review_flag.reason
            if classification.review_flag
            else None,
        },
        "incident": {
            "incident_id": str(event.incident_id),
            "version": event.version,
            "local_reference": incident.local_reference,
            "ods_code": facts.ods_code,
            "trust_name": organisation.name if organisation else None,
            "icb_code": facts.icb_code,
            "region_code": facts.region_code,
            "region_name": REGION_NAMES.get(facts.region_code or ""),
            "event_type": facts.event_type,
            "occurred_on": facts.occurred_on.isoformat(),
            "service_type": facts.service_type,
            "physical_harm": facts.physical_harm,
            "psychological_harm": incident.psychological_harm,
            "themes": list(facts.themes),
            "description": classification.redacted_description,
        },
    }
    return _body(AlertKind.NEVER_EVENT, never_event_alert_id(event.incident_id), raised_at, data)


def signal_body(
    signal: ThematicSignal, *, raised_at: dt.datetime, parameters: SignalParameters
) -> dict[str, Any]:
    """The webhook body of a thematic-signal alert: observed, expected and the limit."""
    assessment = signal.assessment
    year, week, _ = signal.week_start.isocalendar()
    data = {
        "signal": {
            "theme": signal.theme,
            "region_code": signal.region_code,
            "region_name": REGION_NAMES.get(signal.region_code),
            "week": f"{year}-W{week:02d}",
            "week_start": signal.week_start.isoformat(),
            "observed": assessment.observed,
            "expected": assessment.expected,
            "limit": assessment.limit,
            "baseline_weeks": assessment.baseline_weeks,
            "dispersion": assessment.dispersion,
            "trend": assessment.trend,
            "alpha": parameters.alpha,
            "method": METHOD,
        }
    }
    alert_id = signal_alert_id(signal.theme, signal.region_code, signal.week_start)
    return _body(AlertKind.THEMATIC_SIGNAL, alert_id, raised_at, data)


def never_event_facts(change: IncidentChange) -> AlertFacts:
    """What subscription filters see of a never-event alert."""
    facts = change.new
    return AlertFacts(
        kind=AlertKind.NEVER_EVENT,
        themes=frozenset(facts.themes),
        never_event_code=facts.never_event_code,
        trust=facts.ods_code,
        icb=facts.icb_code,
        region=facts.region_code,
        physical_harm=facts.physical_harm,
    )


def signal_facts(signal: ThematicSignal) -> AlertFacts:
    """What subscription filters see of a thematic-signal alert."""
    return AlertFacts(
        kind=AlertKind.THEMATIC_SIGNAL, themes=frozenset({signal.theme}), region=signal.region_code
    )
