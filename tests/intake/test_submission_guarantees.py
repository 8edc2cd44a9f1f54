"""Against the real broker and ledger: no duplicates, amendments, idempotency keys, bulk."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import orjson
import pytest
from fastapi.testclient import TestClient

from devstack.stack import Stack
from tests.factories import incident_body
from tests.intake.conftest import submitted_events

pytestmark = pytest.mark.integration


@pytest.fixture
def reporter(token_for: Callable[..., str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for('RC9', 'reporter')}"}


def test_a_retried_submission_creates_nothing_new(
    live_intake: TestClient, stack: Stack, reporter: dict, unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    first = live_intake.post("/v1/incidents", json=body, headers=reporter)
    retry = live_intake.post("/v1/incidents", json=body, headers=reporter)
    assert (first.status_code, retry.status_code) == (202, 202)
    assert first.json()["incident_id"] == retry.json()["incident_id"]
    assert (first.json()["version"], retry.json()["version"]) == (1, 1)
    assert (first.json()["duplicate"], retry.json()["duplicate"]) == (False, True)
    assert len(submitted_events(stack, first.json()["incident_id"])) == 1


def test_changed_content_is_an_amendment_with_the_next_version(
    live_intake: TestClient, stack: Stack, reporter: dict, unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    first = live_intake.post("/v1/incidents", json=body, headers=reporter).json()
    regraded = live_intake.post(
        "/v1/incidents", json={**body, "physical_harm": "2"}, headers=reporter
    ).json()
    assert regraded["incident_id"] == first["incident_id"]
    assert (regraded["version"], regraded["amendment"]) == (2, True)
    events = submitted_events(stack, first["incident_id"])
    assert [(e.version, e.amendment, e.incident.physical_harm) for e in events] == [
        (1, False, "3"),
        (2, True, "2"),
    ]


def test_concurrent_first_submissions_of_one_incident_publish_it_once(
    live_intake: TestClient, stack: Stack, reporter: dict, unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    with ThreadPoolExecutor(8) as pool:
        answers = list(
            pool.map(
                lambda _: live_intake.post("/v1/incidents", json=body, headers=reporter), range(8)
            )
        )
    assert {answer.status_code for answer in answers} == {202}
    assert sorted(answer.json()["duplicate"] for answer in answers) == [False] + [True] * 7
    assert {answer.json()["version"] for answer in answers} == {1}
    assert len(submitted_events(stack, answers[0].json()["incident_id"])) == 1


def test_concurrent_amendments_get_distinct_consecutive_versions(
    live_intake: TestClient, stack: Stack, reporter: dict, unique_reference: Callable[[], str]
) -> None:
    reference = unique_reference()
    bodies = [
        incident_body(local_reference=reference, description=f"Amended account number {n}.")
        for n in range(12)
    ]
    with ThreadPoolExecutor(12) as pool:
        answers = list(
            pool.map(lambda b: live_intake.post("/v1/incidents", json=b, headers=reporter), bodies)
        )
    assert {answer.status_code for answer in answers} == {202}
    assert sorted(answer.json()["version"] for answer in answers) == list(range(1, 13))
    events = submitted_events(stack, answers[0].json()["incident_id"])
    assert sorted(event.version for event in events) == list(range(1, 13))
    by_version = {event.version: event.incident.description for event in events}
    for body, answer in zip(bodies, answers, strict=True):
        assert by_version[answer.json()["version"]] == body["description"]


def test_the_same_idempotency_key_and_body_replays_the_first_answer(
    live_intake: TestClient, reporter: dict, unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    headers = {**reporter, "Idempotency-Key": f"key-{body['local_reference']}"}
    first = live_intake.post("/v1/incidents", json=body, headers=headers)
    again = live_intake.post("/v1/incidents", json=body, headers=headers)
    assert (first.status_code, again.status_code) == (202, 202)
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    other = live_intake.post("/v1/incidents", json={**body, "physical_harm": "1"}, headers=headers)
    assert other.status_code == 422


def test_bulk_publishes_valid_lines_and_reports_each_invalid_one(
    live_intake: TestClient, stack: Stack, reporter: dict, unique_reference: Callable[[], str]
) -> None:
    good = [incident_body(local_reference=unique_reference()) for _ in range(3)]
    bad_code = incident_body(local_reference=unique_reference(), service_type="99")
    other_org = incident_body(local_reference=unique_reference(), ods_code="RX1")
    lines = [
        orjson.dumps(good[0]),
        orjson.dumps(bad_code),
        b"{not json",
        orjson.dumps(good[1]),
        orjson.dumps(other_org),
        orjson.dumps(good[2]),
    ]
    response = live_intake.post(
        "/v1/incidents:bulk",
        content=b"\n".join(lines) + b"\n",
        headers={**reporter, "Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["accepted"], result["rejected"]) == (3, 3)
    statuses = [(r["line"], r["status"]) for r in result["results"]]
    assert statuses == [
        (1, "accepted"),
        (2, "rejected"),
        (3, "rejected"),
        (4, "accepted"),
        (5, "rejected"),
        (6, "accepted"),
    ]
    assert result["results"][1]["errors"][0]["pointer"] == "/service_type"
    for line in (0, 3, 5):
        assert len(submitted_events(stack, result["results"][line]["incident_id"])) == 1


def test_bulk_lines_of_one_incident_get_versions_in_line_order(
    live_intake: TestClient, stack: Stack, reporter: dict, unique_reference: Callable[[], str]
) -> None:
    """Lines of one incident keep their order however the bulk is split into transactions."""
    reference = unique_reference()
    versions = [
        incident_body(local_reference=reference, description=f"Account as amended, step {n}.")
        for n in range(5)
    ]
    others = [incident_body(local_reference=unique_reference()) for _ in range(40)]
    bodies = [*others[:10], versions[0], *others[10:20], versions[1], versions[1], versions[2]]
    bodies += [*others[20:], versions[3], versions[4]]
    response = live_intake.post(
        "/v1/incidents:bulk",
        content=b"\n".join(orjson.dumps(body) for body in bodies),
        headers={**reporter, "Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["line"] for r in results] == list(range(1, len(bodies) + 1))
    ours = [
        r for r, body in zip(results, bodies, strict=True) if body["local_reference"] == reference
    ]
    assert [(r["version"], r["duplicate"]) for r in ours] == [
        (1, False),
        (2, False),
        (2, True),
        (3, False),
        (4, False),
        (5, False),
    ]
    events = submitted_events(stack, ours[0]["incident_id"])
    assert [(e.version, e.incident.description) for e in events] == [
        (n + 1, versions[n]["description"]) for n in range(5)
    ]


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/v1/incidents", "text/plain"),
        ("/v1/incidents:bulk", "application/json"),
        ("/fhir/AdverseEvent", "application/xml"),
    ],
)
def test_the_wrong_content_type_is_415(
    live_intake: TestClient, reporter: dict, path: str, content_type: str
) -> None:
    response = live_intake.post(
        path, content=b"{}", headers={**reporter, "Content-Type": content_type}
    )
    assert response.status_code == 415
    assert response.headers["content-type"] == "application/problem+json"


def test_an_oversized_body_is_413_before_it_is_read(
    live_intake: TestClient, reporter: dict
) -> None:
    response = live_intake.post(
        "/v1/incidents",
        content=b"x" * (2 * 1024 * 1024),
        headers={**reporter, "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
