"""Incident events as CloudEvents 1.0 in Kafka binary mode."""

from __future__ import annotations

import datetime as dt

import pytest
from cloudevents.core.bindings import kafka as ce_kafka

from shared.events import EventDecodeError, IncidentSubmitted, decode, encode
from shared.incident import Incident
from tests.factories import incident_body


def submitted() -> IncidentSubmitted:
    incident = Incident.model_validate(incident_body())
    return IncidentSubmitted(
        incident_id=incident.incident_id,
        version=1,
        amendment=False,
        content_hash=incident.content_hash(),
        submitted_at=dt.datetime.now(dt.UTC),
        submitted_by="lrms:RC9",
        channel="native",
        incident=incident,
    )


def test_binary_mode_puts_attributes_in_ce_headers_and_keys_by_incident_id() -> None:
    event = submitted()
    message = encode(event, source="/intake", traceparent="00-" + "a" * 32 + "-" + "b" * 16 + "-01")
    headers = dict(message.headers)
    assert headers["ce_specversion"] == b"1.0"
    assert headers["ce_type"] == b"uk.nhs.patientsafety.incident.submitted.v1"
    assert headers["ce_source"] == b"/intake"
    assert headers["ce_id"] == f"{event.incident_id}/v1/submitted".encode()
    assert headers["content-type"] == b"application/json"
    assert "traceparent" in headers
    assert message.key == str(event.incident_id).encode()
    assert decode(message.value, message.headers, IncidentSubmitted) == event


def test_a_record_of_another_type_or_not_json_is_a_decode_error() -> None:
    message = encode(submitted(), source="/intake")
    other = [(k, b"something.else" if k == "ce_type" else v) for k, v in message.headers]
    with pytest.raises(EventDecodeError):
        decode(message.value, other, IncidentSubmitted)
    with pytest.raises(EventDecodeError):
        decode(b"{not json", message.headers, IncidentSubmitted)


def test_the_cloudevents_sdk_reads_our_binary_mode_messages() -> None:
    event = submitted()
    message = encode(event, source="/intake")
    cloudevent = ce_kafka.from_binary_event(
        ce_kafka.KafkaMessage(headers=dict(message.headers), key=message.key, value=message.value)
    )
    assert cloudevent.get_type() == IncidentSubmitted.cloudevent_type
    assert cloudevent.get_source() == "/intake"
    assert cloudevent.get_id() == event.event_id
    assert cloudevent.get_extension("partitionkey") == str(event.incident_id)
    assert IncidentSubmitted.model_validate(cloudevent.get_data()) == event
