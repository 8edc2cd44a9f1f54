"""A POSTed incident flows intake -> classifier -> learning-feed and can be read back."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from devstack.stack import LEARNING_FEED_DB, Stack
from learning_feed.aggregates.rollups import ROLLUPS
from learning_feed.aggregates.service import REBUILD_WEEKLY_COUNTS, rebuild_sql
from tests.factories import incident_body

pytestmark = pytest.mark.e2e


def wait_for_incident(stack: Stack, location: str, token: str, *, timeout: float) -> httpx.Response:
    """Poll the learning-feed until the incident is there (or the timeout passes)."""
    deadline = time.monotonic() + timeout
    while True:
        response = httpx.get(location, headers={"Authorization": f"Bearer {token}"})
        if response.status_code == 200 or time.monotonic() > deadline:
            return response
        time.sleep(0.05)


def test_posted_incident_is_queryable_with_its_classification_within_5_seconds(
    running_stack: Stack, token_for: Callable[..., str], unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    reporter = token_for("RC9", "reporter")
    started = time.monotonic()
    response = httpx.post(
        f"{running_stack.service('intake').url}/v1/incidents",
        json=body,
        headers={"Authorization": f"Bearer {reporter}"},
    )
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert response.headers["Location"] == accepted["location"]

    stored = wait_for_incident(
        running_stack, accepted["location"], token_for("RC9", "analyst"), timeout=5
    )
    elapsed = time.monotonic() - started

    assert stored.status_code == 200, stored.text
    assert elapsed < 5
    record = stored.json()
    assert record["incident_id"] == accepted["incident_id"]
    assert record["incident"]["local_reference"] == body["local_reference"]
    assert record["classification"]["never_event"]["code"] == "1"
    assert record["region_code"] == "Y61"  # RC9 (Bedfordshire Hospitals): East of England


def test_posting_the_same_incident_twice_leaves_one_record(
    running_stack: Stack, token_for: Callable[..., str], unique_reference: Callable[[], str]
) -> None:
    body = incident_body(local_reference=unique_reference())
    headers = {"Authorization": f"Bearer {token_for('RC9', 'reporter')}"}
    url = f"{running_stack.service('intake').url}/v1/incidents"
    first = httpx.post(url, json=body, headers=headers)
    second = httpx.post(url, json=body, headers=headers)
    assert first.status_code == second.status_code == 202
    assert first.json()["incident_id"] == second.json()["incident_id"]

    analyst = token_for("RC9", "analyst")
    assert (
        wait_for_incident(running_stack, first.json()["location"], analyst, timeout=5).status_code
        == 200
    )
    time.sleep(1)  # let the second delivery arrive too
    count = running_stack.postgres.query(
        "learning_feed",
        f"SELECT count(*) FROM incidents WHERE local_reference = '{body['local_reference']}'",
    )
    versions = running_stack.postgres.query(
        "learning_feed",
        "SELECT count(*) FROM incident_versions WHERE incident_id = "
        f"'{first.json()['incident_id']}'",
    )
    assert (count, versions) == ("1", "1")


def recount_differences(stack: Stack) -> dict[str, int]:
    """Rows by which each count table differs from a recount of the stored incidents.

    One statement, so one snapshot: the ingest moves incidents and counts in one
    transaction, so the two always agree in any snapshot.
    """
    checks = {
        spec.table: (
            f"SELECT {', '.join(spec.columns)}, count, key_sum FROM {spec.table}",
            (sql := rebuild_sql(spec))[sql.index("SELECT ") :],
        )
        for spec in ROLLUPS
    }
    checks["weekly_theme_counts"] = (
        "SELECT theme, region_code, week_start, count FROM weekly_theme_counts",
        REBUILD_WEEKLY_COUNTS[REBUILD_WEEKLY_COUNTS.index("SELECT ") :],
    )
    columns = ", ".join(
        f"(SELECT count(*) FROM (({kept} EXCEPT ALL {recount}) "
        f"UNION ALL ({recount} EXCEPT ALL {kept})) AS d) AS {table}"
        for table, (kept, recount) in checks.items()
    )
    values = stack.postgres.query(LEARNING_FEED_DB, f"SELECT {columns}").split("|")
    return dict(zip(checks, map(int, values), strict=True))


def test_counts_kept_through_the_pipeline_equal_a_recount_after_amendments_and_repeats(
    running_stack: Stack, token_for: Callable[..., str], unique_reference: Callable[[], str]
) -> None:
    headers = {"Authorization": f"Bearer {token_for('RGT', 'reporter')}"}
    url = f"{running_stack.service('intake').url}/v1/incidents"
    references = [unique_reference() for _ in range(3)]
    fall = "Patient found on the floor after an unwitnessed fall from bed at night."
    for reference in references:
        body = incident_body(
            ods_code="RGT",
            local_reference=reference,
            description=fall,
            reporter_never_event=False,
            reporter_never_event_type=None,
        )
        assert httpx.post(url, json=body, headers=headers).status_code == 202
        assert httpx.post(url, json=body, headers=headers).status_code == 202  # a repeat
    amended = incident_body(  # a new version: another theme, harm and month
        ods_code="RGT",
        local_reference=references[0],
        description="Wrong dose of insulin given: 40 units instead of 4 units.",
        occurred={"date": "2026-10-02", "estimated": False},
        physical_harm="2",
        reporter_never_event=False,
        reporter_never_event_type=None,
    )
    response = httpx.post(url, json=amended, headers=headers)
    assert response.status_code == 202 and response.json()["version"] == 2

    sql = (
        "SELECT count(*) FROM incidents "
        f"WHERE local_reference IN ({', '.join(repr(r) for r in references)}) "
        "AND version = CASE WHEN local_reference = " + repr(references[0]) + " THEN 2 ELSE 1 END"
    )
    deadline = time.monotonic() + 10
    while running_stack.postgres.query(LEARNING_FEED_DB, sql) != "3":
        assert time.monotonic() < deadline, "the incidents and the amendment were not stored"
        time.sleep(0.1)
    assert recount_differences(running_stack) == dict.fromkeys(
        [*(spec.table for spec in ROLLUPS), "weekly_theme_counts"], 0
    )
