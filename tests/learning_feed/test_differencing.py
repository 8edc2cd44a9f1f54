"""No combination of the API's grouped answers recovers a single incident in one trust.

A small dataset is stored through the real ingest path in a fortnight no other test uses:
five trusts of the South West (ICBs QR1 and QT6) with 15 to 40 incidents each, and one
trust (RJ8) with a single incident. The test then asks the real API every grouping of up
to two dimensions, each with no filter or one filter on any value in the data, and turns
every published cell into what it tells an attacker: an exact count (national level), a
count in 0..7 (suppressed) or a count within 4 of the (randomly) rounded value and at
least 8, as the answer's `disclosure` block says.

The attacker is given more than the API tells: that all incidents lie in those five
trusts, those two weeks and the attribute values used. Unknowns are the counts of every
possible (trust, week, theme set, never event, harm, service type) combination. Integer
programming (HiGHS via scipy) then finds the smallest and largest count for RJ8 that is
consistent with every answer at once: region total minus the other trusts, national
exact totals minus regions, overlapping groupings and filters, all combined. The single
incident is recovered only if both are 1; the test shows they are not. A second test
shows that rounding to the nearest 5 (the usual rule) would not survive the same attack on
the same data, which is why sub-national counts are rounded at random by cell key.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix
from sqlalchemy.ext.asyncio import async_sessionmaker

from learning_feed.ingest import ingest_events
from learning_feed.signals.detection import SignalParameters
from learning_feed.signals.service import SignalSettings
from shared.events import IncidentClassified

pytestmark = pytest.mark.integration

ICB_OF = {"R1J": "QR1", "RTE": "QR1", "RTQ": "QR1", "REF": "QT6", "RJ8": "QT6"}
TARGET = "RJ8"
REGION = "Y58"
WEEKS = (dt.date(2019, 3, 4), dt.date(2019, 3, 11))
MONTH = "2019-03-01"
THEME_SETS = (
    frozenset(),
    frozenset({"falls"}),
    frozenset({"medication"}),
    frozenset({"falls", "medication"}),
)
NEVER_EVENTS = (None, "1")
HARMS = ("5", "4", "3")
SERVICES = ("1", "4")
DIMENSIONS = (
    "theme",
    "never_event_type",
    "harm",
    "service_type",
    "trust",
    "icb",
    "region",
    "week",
    "month",
)
SIGNALS = SignalSettings(SignalParameters(), 8, 0)


@dataclass(frozen=True)
class Atom:
    """One possible combination of an incident's attributes (the attacker's unknowns)."""

    trust: str
    week: dt.date
    themes: frozenset[str]
    never_event: str | None
    harm: str
    service: str

    def values(self, dimension: str) -> set[str]:
        """The values the atom takes in a dimension (several themes, no never event...)."""
        return {
            "theme": set(self.themes),
            "never_event_type": {self.never_event} if self.never_event else set(),
            "harm": {self.harm},
            "service_type": {self.service},
            "trust": {self.trust},
            "icb": {ICB_OF[self.trust]},
            "region": {REGION},
            "week": {self.week.isoformat()},
            "month": {MONTH},
        }[dimension]


ATOMS = [
    Atom(*combination)
    for combination in itertools.product(ICB_OF, WEEKS, THEME_SETS, NEVER_EVENTS, HARMS, SERVICES)
]


def seeded_atoms() -> list[Atom]:
    """The stored incidents: 15-40 in each other trust, and RJ8's single incident."""
    rng = random.Random(20190304)
    incidents = [Atom(TARGET, WEEKS[0], frozenset({"falls"}), None, "3", "1")]
    for trust in ("R1J", "RTE", "RTQ", "REF"):
        for _ in range(rng.randint(15, 40)):
            incidents.append(
                Atom(
                    trust,
                    rng.choice(WEEKS),
                    rng.choices(THEME_SETS, weights=(10, 50, 30, 10))[0],
                    "1" if rng.random() < 0.04 else None,
                    rng.choices(HARMS, weights=(60, 30, 10))[0],
                    rng.choices(SERVICES, weights=(70, 30))[0],
                )
            )
    return incidents


def event_of(
    atom: Atom, n: int, classified: Callable[..., IncidentClassified]
) -> IncidentClassified:
    return classified(
        f"DIFF-{n}",
        ods_code=atom.trust,
        themes=tuple(sorted(atom.themes)),
        never_event=atom.never_event,
        physical_harm=atom.harm,
        service_type=atom.service,
        occurred={"date": (atom.week + dt.timedelta(days=n % 7)).isoformat()},
    )


def universe_values() -> dict[str, list[str]]:
    """Every value of every dimension the data uses (the filters the attacker tries)."""
    return {
        d: sorted(set().union(*(a.values(d) for a in ATOMS)))
        for d in DIMENSIONS
        if d not in ("week", "month")
    }


def queries() -> Iterable[dict[str, Any]]:
    """Groupings of up to two dimensions, each unfiltered or with one filter value."""
    groupings = [
        g
        for size in range(3)
        for g in itertools.combinations(DIMENSIONS, size)
        if not {"week", "month"} <= set(g)
    ]
    filters = [{}] + [{d: v} for d, values in universe_values().items() for v in values]
    for group_by, where in itertools.product(groupings, filters):
        if "theme" in where and "theme" in group_by:
            continue  # the same cells as the theme row of the unfiltered answer
        yield {"group_by": list(group_by), **where}


def matches_filters(atom: Atom, query: dict[str, Any]) -> bool:
    """Whether an incident with the atom's attributes is in the query's rows at all."""
    if "never_event_type" in query["group_by"] and not atom.never_event:
        return False  # a never-event grouping counts never events only
    return all(query[d] in atom.values(d) for d in DIMENSIONS if d in query)


def cells_of(query: dict[str, Any]) -> dict[tuple[str, ...] | None, frozenset[int]]:
    """For every cell (None: the total), the atoms that count in it."""
    group_by = query["group_by"]
    cells: dict[tuple[str, ...] | None, set[int]] = {None: set()}
    for i, atom in enumerate(ATOMS):
        if not matches_filters(atom, query):
            continue
        cells[None].add(i)
        for key in itertools.product(*(sorted(atom.values(d)) for d in group_by)):
            cells.setdefault(key, set()).add(i)
    return {key: frozenset(atoms) for key, atoms in cells.items()}


def interval(cell: dict[str, Any], *, exact: bool, disclosure: dict[str, Any]) -> tuple[int, int]:
    """What a published count says about the true count, by the API's own account."""
    if exact:
        return cell["count"], cell["count"]
    smallest_shown = disclosure["suppressed_up_to"] + 1
    if cell["suppressed"]:
        return 0, smallest_shown - 1
    spread = disclosure["rounding_base"] - 1
    return max(smallest_shown, cell["count"] - spread), cell["count"] + spread


@dataclass
class Knowledge:
    """Everything the answers say, as bounds on sums of atom counts (and who said it)."""

    bounds: dict[frozenset[int], tuple[int, int]]
    sources: dict[frozenset[int], list[tuple[int, int, str]]]

    def learn(self, atoms: frozenset[int], low: int, high: int, source: str) -> None:
        old_low, old_high = self.bounds.get(atoms, (0, 10**6))
        self.bounds[atoms] = (max(low, old_low), min(high, old_high))
        self.sources.setdefault(atoms, []).append((low, high, source))


def ask_everything(api: TestClient, analyst: str) -> Knowledge:
    knowledge = Knowledge({}, {})
    headers = {"Authorization": f"Bearer {analyst}"}
    for query in queries():
        params = {
            **query,
            "from": WEEKS[0].isoformat(),
            "to": (WEEKS[1] + dt.timedelta(days=6)).isoformat(),
        }
        response = api.get("/v1/aggregates", params=params, headers=headers)
        assert response.status_code == 200, (query, response.text)
        answer = response.json()
        disclosure = answer["disclosure"]
        covered = cells_of(query)
        published = [
            (tuple(row["group"][d] for d in query["group_by"]), row, disclosure["exact"])
            for row in answer["rows"]
        ]
        if answer["total"] is not None:
            published.append((None, answer["total"], disclosure["total_exact"]))
        for key, cell, exact in published:
            low, high = interval(cell, exact=exact, disclosure=disclosure)
            atoms = covered.get(key, frozenset())
            if not atoms:  # a cell outside the data: consistent with the attacker's universe
                assert low == 0, (query, key, cell)
                continue
            knowledge.learn(atoms, low, high, f"{query} {key} {cell}")
    return knowledge


def count_range(knowledge: Knowledge, target: Sequence[int]) -> tuple[int, int]:
    """The least and greatest total of `target` atoms consistent with all the answers."""
    sets = list(knowledge.bounds)
    matrix = lil_matrix((len(sets), len(ATOMS)))
    for row, atoms in enumerate(sets):
        for column in atoms:
            matrix[row, column] = 1
    constraint = LinearConstraint(
        matrix.tocsr(),
        [knowledge.bounds[s][0] for s in sets],
        [knowledge.bounds[s][1] for s in sets],
    )
    objective = np.zeros(len(ATOMS))
    objective[list(target)] = 1
    extremes = []
    for sign in (1, -1):
        result = milp(
            sign * objective,
            constraints=constraint,
            integrality=np.ones(len(ATOMS)),
            bounds=Bounds(0, 100),
        )
        assert result.success, result.message
        extremes.append(round(sign * result.fun))
    return extremes[0], extremes[1]


def record_key(incident_id: uuid.UUID) -> int:
    """Fixed record keys, so the test is the same every run (the service draws them)."""
    return incident_id.bytes[0]


async def test_a_single_incident_in_one_trust_cannot_be_recovered_by_differencing(
    sessions: async_sessionmaker,  # type: ignore[type-arg]
    classified: Callable[..., IncidentClassified],
    api: TestClient,
    token_for: Callable[..., str],
) -> None:
    incidents = seeded_atoms()
    async with sessions() as session, session.begin():
        await ingest_events(
            session,
            events=[event_of(a, n, classified) for n, a in enumerate(incidents)],
            signals=SIGNALS,
            now=dt.datetime.now(dt.UTC),
            record_keys=record_key,
        )

    knowledge = ask_everything(api, token_for("X26", "analyst"))

    truth = np.array([incidents.count(atom) for atom in ATOMS])
    for atoms, (low, high) in knowledge.bounds.items():  # the answers describe the data
        true = truth[list(atoms)].sum()
        assert low <= true <= high, [
            s for s in knowledge.sources[atoms] if not s[0] <= true <= s[1]
        ]
    target = [i for i, atom in enumerate(ATOMS) if atom.trust == TARGET]
    least, most = count_range(knowledge, target)
    assert truth[target].sum() == 1
    assert least < 1 < most, f"RJ8's count is pinned to {least}..{most}"
    assert len(knowledge.bounds) > 400  # many distinct overlapping cells were combined


def nearest_rounding_knowledge(incidents: list[Atom]) -> Knowledge:
    """What the same queries would say if sub-national cells were rounded to the nearest 5."""
    knowledge = Knowledge({}, {})
    places = {"trust", "icb", "region"}
    for query in queries():
        filtered = [d for d in DIMENSIONS if d in query]
        for key, atoms in cells_of(query).items():
            grouping = [] if key is None else query["group_by"]
            true = sum(1 for incident in incidents if ATOMS.index(incident) in atoms)
            if not places & {*grouping, *filtered}:
                low = high = true
            elif true <= 7:
                low, high = 0, 7
            else:
                shown = 5 * ((true + 2) // 5)
                low, high = max(8, shown - 2), shown + 2
            knowledge.learn(atoms, low, high, str(query))
    return knowledge


def test_rounding_to_the_nearest_five_alone_would_give_the_incident_away() -> None:
    """Why the API rounds at random: with nearest rounding the same data pins RJ8 to 1."""
    knowledge = nearest_rounding_knowledge(seeded_atoms())
    target = [i for i, atom in enumerate(ATOMS) if atom.trust == TARGET]
    assert count_range(knowledge, target) == (1, 1)
