"""Round 52 (helper 6): consciousness lost at the event is a deterioration."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

DETERIORATION = "monitoring_deterioration"


@pytest.mark.parametrize(
    "text",
    [
        "pt found hanging in the bathroom, ligature cut down, brief LOC, sent to ED",
        "pt fainted on the toilet and lost consciousness for about a minute, bleep to reg",
        "child had a transient loss of consciousness after the wrong dose was given",
    ],
)
def test_consciousness_lost_at_the_event_is_a_deterioration(text: str) -> None:
    assert DETERIORATION in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "fell in the bay, hit head, no LOC, obs stable",
        "fall in the day room, no brief loc reported, no head injury",
        "witnessed fall, denies lost consciousness",
        "risk of brief LOC explained to family before procedure",
        "pmh of brief LOC 2019, fell today no injury",
    ],
)
def test_consciousness_denied_or_a_risk_is_no_deterioration(text: str) -> None:
    assert DETERIORATION not in theme_ids(text)
