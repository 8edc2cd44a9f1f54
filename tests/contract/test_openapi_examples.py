"""Every request body in the intake's OpenAPI carries a complete, valid example."""

from __future__ import annotations

from typing import Any

import pytest

from intake.fhir import adverse_event_to_incident
from intake.main import create_app
from intake.settings import Settings
from shared.incident import Incident

OPENAPI = create_app(Settings()).openapi()


def request_bodies() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (f"{method.upper()} {path}", media_type, content)
        for path, item in OPENAPI["paths"].items()
        for method, operation in item.items()
        for media_type, content in operation.get("requestBody", {}).get("content", {}).items()
    ]


def examples_of(content: dict[str, Any]) -> list[Any]:
    found = [e["value"] for e in content.get("examples", {}).values()]
    return found + ([content["example"]] if "example" in content else [])


@pytest.mark.parametrize(("operation", "media_type", "content"), request_bodies())
def test_every_request_body_has_an_example_that_the_route_accepts(
    operation: str, media_type: str, content: dict[str, Any]
) -> None:
    examples = examples_of(content)
    assert examples, f"{operation} ({media_type}) has no example"
    for example in examples:
        if media_type == "application/json":
            Incident.model_validate(example)
        elif media_type == "application/fhir+json":
            adverse_event_to_incident(example, caller_ods_code="RC9")
        elif media_type == "application/x-ndjson":
            lines = [line for line in example.splitlines() if line.strip()]
            assert len(lines) >= 2
            for line in lines:
                Incident.model_validate_json(line)
        else:
            pytest.fail(f"no validator for {media_type}")


def test_the_native_example_is_complete_every_field_filled() -> None:
    (content,) = [c for _, m, c in request_bodies() if m == "application/json"]
    (example,) = examples_of(content)
    assert set(example) == set(Incident.model_fields)
