"""Session 25 (never event 1): the act named on one person, the request on another.

"PICC inserted into Mr J Hallam bed 7 - request was for Mr J Halam bed 17": the request set
against the act is a wrong-patient procedure, read by the rules (the evidence a reviewer sees),
not only by the learned model. A request told as the same person is no such reading.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "IR: PICC inserted into Mr J Hallam bed 7 - request was for Mr J Halam bed 17. pt sent "
        "down w porter, wristband not checked at the door. line removed, both pts informed",
        "LP performed on bed 12 - the request was for bed 21, both children named Amelia. Duty "
        "of candour.",
    ],
)
def test_act_on_one_person_and_request_for_another_is_never_event_1(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


def test_request_told_as_the_same_person_is_no_never_event() -> None:
    text = (
        "Ascitic drain inserted into Mrs A Patel bay 3; request was for Mrs A Patel bay 3, "
        "checked with two identifiers, no issues."
    )
    assert never_event_codes(text) == (None, None)
