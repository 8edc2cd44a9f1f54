"""Infection read in context (round 50): infection prevention and control named as a team, a
role or its routine work ("the IPC nurse", "the hand hygiene spot check") is who or what was
there, not an infection or a breach; a bug, an outbreak or a breach told beside it, or an audit
finding poor compliance, still is an infection."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "pt kicked the IPC nurse in the shin during the spot check, security called",
        "IPC team meeting cancelled as two of the team off sick and no cover",
        "the infection control link nurse was rude to the student on the ward round, student "
        "left in tears",
        "hand hygiene champion training session cancelled, the room was double booked",
        "visitor swore at the infection prevention practitioner in the corridor and threatened her",
    ],
)
def test_ipc_named_as_a_team_or_role_is_no_infection(text: str) -> None:
    assert "infection" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Infection control nurse found an MRSA positive pt nursed in the open bay, not isolated",
        "IPC team informed of a norovirus outbreak on ward 5, bay closed",
        "IPC nurse saw an HCA go between patients without changing gloves",
        "pt developed C diff after clindamycin, IPC team informed",
        "hand hygiene audit on the unit showed only 55% compliance",
    ],
)
def test_an_infection_or_breach_told_beside_the_ipc_team_still_counts(text: str) -> None:
    assert "infection" in theme_ids(text)
