"""Valid incidents to start tests from."""

from __future__ import annotations

import copy
from typing import Any

from shared.incident import Incident

EXAMPLE: dict[str, Any] = Incident.model_config["json_schema_extra"]["examples"][0]  # type: ignore[index]


def incident_body(**changes: Any) -> dict[str, Any]:
    """The OpenAPI example incident with `changes` applied (a deep copy)."""
    body = copy.deepcopy(EXAMPLE)
    body.update(changes)
    return body
