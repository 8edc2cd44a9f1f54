"""The shared incident model: LFPSE codes, dates, ids and content hashes."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from shared.incident import Incident, incident_id_for
from tests.factories import incident_body


def error_locations(error: ValidationError) -> list[tuple[object, ...]]:
    return [tuple(e["loc"]) for e in error.errors()]


def test_the_openapi_example_is_a_valid_incident() -> None:
    assert Incident.model_validate(incident_body()).ods_code == "RC9"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("service_type", "99"),
        ("specialty", "0"),
        ("physical_harm", "6"),
        ("patient_age_bracket", "13"),
        ("reporter_never_event_type", "16"),
    ],
)
def test_codes_outside_their_lfpse_code_system_are_rejected_naming_the_field(
    field: str, value: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Incident.model_validate(incident_body(**{field: value}))
    assert (field,) in error_locations(caught.value)


def test_integer_codes_are_accepted_as_their_string_form() -> None:
    assert Incident.model_validate(incident_body(physical_harm=3)).physical_harm == "3"


def test_a_future_event_date_is_rejected() -> None:
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    with pytest.raises(ValidationError) as caught:
        Incident.model_validate(incident_body(occurred={"date": future}))
    assert ("occurred",) in error_locations(caught.value)


@pytest.mark.parametrize("description", ["", "   ", "x" * 20_001])
def test_description_must_hold_1_to_20000_characters_of_text(description: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Incident.model_validate(incident_body(description=description))
    assert ("description",) in error_locations(caught.value)


def test_an_incident_needs_a_physical_harm_level_but_a_risk_does_not() -> None:
    with pytest.raises(ValidationError):
        Incident.model_validate(incident_body(physical_harm=None))
    risk = Incident.model_validate(incident_body(event_type="risk", physical_harm=None))
    assert risk.physical_harm is None


def test_incident_id_is_deterministic_from_ods_code_and_local_reference() -> None:
    first = Incident.model_validate(incident_body(ods_code="rc9"))
    second = Incident.model_validate(incident_body(description="A different account."))
    assert first.incident_id == second.incident_id == incident_id_for("RC9", "DCIQ-2026-004211")
    other = Incident.model_validate(incident_body(local_reference="DCIQ-2026-004212"))
    assert other.incident_id != first.incident_id


def test_content_hash_changes_with_content_only() -> None:
    base = Incident.model_validate(incident_body())
    assert base.content_hash() == Incident.model_validate(incident_body()).content_hash()
    regraded = Incident.model_validate(incident_body(physical_harm="2"))
    assert regraded.content_hash() != base.content_hash()


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        Incident.model_validate(incident_body(nhs_number="9434765919"))
    assert ("nhs_number",) in error_locations(caught.value)


def test_nul_characters_are_refused_because_postgresql_cannot_store_them() -> None:
    with pytest.raises(ValidationError) as caught:
        Incident.model_validate(incident_body(location="Ward\x007"))
    assert ("location",) in error_locations(caught.value)


@pytest.mark.parametrize(
    "field",
    sorted(k for k, v in incident_body().items() if isinstance(v, str)),
)
def test_a_nul_character_in_any_text_field_is_refused_at_that_field(field: str) -> None:
    body = incident_body()
    body[field] = body[field][:1] + "\x00" + body[field][1:]
    with pytest.raises(ValidationError) as caught:
        Incident.model_validate(body)
    assert (field,) in error_locations(caught.value)
