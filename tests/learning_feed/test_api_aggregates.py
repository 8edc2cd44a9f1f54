"""GET /v1/aggregates and /v1/aggregates/series through the API on real PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.ext.asyncio import async_sessionmaker

from learning_feed.ingest import ingest_events
from learning_feed.signals.detection import SignalParameters
from learning_feed.signals.service import SignalSettings
from tests.learning_feed.helpers import classified_event

pytestmark = pytest.mark.integration

#: The first quarter of 2020 belongs to this module: two North West trusts.
SPAN = {"from": "2020-01-01", "to": "2020-03-31"}
SEED = [  # (trust, theme, harm, never event, how many), all in the week of 6 January 2020
    ("RBL", "falls", "4", None, 13),
    ("RBL", "medication", "5", None, 20),
    ("R0A", "falls", "3", None, 3),
    ("R0A", "medication", "2", "5", 1),
]


@pytest.fixture(scope="module", autouse=True)
async def seeded(sessions: async_sessionmaker) -> AsyncIterator[None]:  # type: ignore[type-arg]
    events = [
        classified_event(
            f"AGG-{trust}-{theme}-{n}",
            ods_code=trust,
            themes=(theme,),
            physical_harm=harm,
            never_event=never_event,
            occurred={"date": "2020-01-08"},
        )
        for trust, theme, harm, never_event, count in SEED
        for n in range(count)
    ]
    async with sessions() as session, session.begin():
        await ingest_events(
            session,
            events=events,
            now=dt.datetime.now(dt.UTC),
            signals=SignalSettings(SignalParameters(), 8, 0),
        )
    yield


@pytest.fixture(scope="module")
def analyst(token_for: Callable[..., str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for('X26', 'analyst')}"}


def get(api: TestClient, headers: dict[str, str], path: str = "/v1/aggregates", **params: object):  # type: ignore[no-untyped-def]
    response = api.get(path, params={**SPAN, **params}, headers=headers)
    assert response.status_code == 200, response.text
    return response


def cells(answer: dict[str, object]) -> dict[tuple[str, ...], int | None]:
    return {tuple(row["group"].values()): row["count"] for row in answer["rows"]}  # type: ignore[attr-defined,index]


def test_aggregates_need_an_analyst(api: TestClient, token_for: Callable[..., str]) -> None:
    assert api.get("/v1/aggregates").status_code == 401
    forbidden = api.get(
        "/v1/aggregates", headers={"Authorization": f"Bearer {token_for('RBL', 'reporter')}"}
    )
    assert forbidden.status_code == 403
    assert forbidden.headers["content-type"] == "application/problem+json"


def test_national_answers_are_exact(api: TestClient, analyst: dict[str, str]) -> None:
    answer = get(api, analyst, group_by="theme").json()
    assert answer["disclosure"] == {
        "level": "national",
        "exact": True,
        "total_exact": True,
        "suppressed_up_to": None,
        "rounding_base": None,
    }
    assert cells(answer)[("falls",)] == 16 and cells(answer)[("medication",)] == 21
    assert cells(answer)[("infection",)] == 0  # every theme listed
    assert answer["total"] == {"count": 37, "suppressed": False}
    assert (answer["from"], answer["to"]) == ("2020-01-01", "2020-03-31")


def test_by_trust_small_and_empty_cells_are_suppressed_and_the_rest_rounded(
    api: TestClient, analyst: dict[str, str]
) -> None:
    answer = get(api, analyst, group_by="trust", region="Y62").json()
    assert answer["disclosure"]["level"] == "sub-national"
    by_trust = cells(answer)
    assert by_trust[("RBL",)] in (30, 35)  # 33, rounded at random to a multiple of 5
    assert by_trust[("R0A",)] is None  # 4 incidents
    assert len(by_trust) > 20 and sum(v is None for v in by_trust.values()) == len(by_trust) - 1
    assert answer["total"]["count"] in (35, 40)  # 37 under a region filter: protected
    assert get(api, analyst, group_by="trust", region="Y62").json() == answer  # stable


def test_grouping_by_never_event_type_counts_never_events_only(
    api: TestClient, analyst: dict[str, str]
) -> None:
    answer = get(api, analyst, group_by="never_event_type").json()
    assert cells(answer)[("5",)] == 1 and answer["total"]["count"] == 1
    assert len(answer["rows"]) == 15


def test_filters_combine_with_grouping(api: TestClient, analyst: dict[str, str]) -> None:
    answer = get(api, analyst, group_by="harm", theme="falls").json()
    assert {k: v for k, v in cells(answer).items() if v} == {("4",): 13, ("3",): 3}
    assert answer["filters"] == {"theme": ["falls"]}


def test_the_time_series_lists_every_period(api: TestClient, analyst: dict[str, str]) -> None:
    answer = get(
        api,
        analyst,
        "/v1/aggregates/series",
        interval="month",
        group_by="theme",
        theme=["falls", "medication"],
    ).json()
    assert answer["periods"] == ["2020-01-01", "2020-02-01", "2020-03-01"]
    falls = next(s for s in answer["series"] if s["group"] == {"theme": "falls"})
    assert [p["count"] for p in falls["points"]] == [16, 0, 0]
    weekly = get(api, analyst, "/v1/aggregates/series", interval="week").json()
    assert weekly["periods"][0] == "2019-12-30" and weekly["from"] == "2019-12-30"
    assert weekly["series"][0]["points"][1] == {
        "period": "2020-01-06",
        "count": 37,
        "suppressed": False,
    }


def test_csv_when_the_client_asks_for_it(api: TestClient, analyst: dict[str, str]) -> None:
    response = api.get(
        "/v1/aggregates",
        params={**SPAN, "group_by": ["region", "theme"], "theme": ["falls", "medication"]},
        headers={**analyst, "Accept": "text/csv"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    lines = response.text.splitlines()
    assert lines[0] == "region,theme,count"
    assert "Y58,falls,*" in lines and len(lines) == 1 + 7 * 2
    north_west = [line for line in lines if line.startswith("Y62,medication,")]
    assert north_west in (["Y62,medication,20"], ["Y62,medication,25"])


def test_invalid_parameters_are_problems_with_pointers(
    api: TestClient, analyst: dict[str, str]
) -> None:
    response = api.get(
        "/v1/aggregates", params={"group_by": "colour", "harm": "9"}, headers=analyst
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    pointers = {error["pointer"] for error in response.json()["errors"]}
    assert {"/query/group_by/0", "/query/harm/0"} <= pointers


def test_a_table_too_large_is_refused(api: TestClient, analyst: dict[str, str]) -> None:
    response = api.get(
        "/v1/aggregates",
        headers=analyst,
        params={
            "group_by": ["trust", "service_type", "week"],
            "from": "2019-01-01",
            "to": "2020-12-31",
        },
    )
    assert response.status_code == 422
    assert response.json()["title"] == "Too many cells"
