"""Session 25 (never event 1): a cardiology or endoscopy procedure told as booked for another.

"The angiogram was booked for a different patient with the same name", "the ERCP was meant for
the other Mr Khan": the procedure named as another person's, read by the rules, for the
procedures of cath labs and endoscopy units as for theatre's. A procedure booked for a
different day is no other person.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Cath lab: pt brought from CCU and radial sheath inserted, runs done, then found the "
        "angiogram was booked for a different patient with the same name on ward 30.",
        "ERCP started on the pt in bay 2; the ERCP was meant for the other Mr Khan in bay 4. "
        "Stopped after cannulation.",
    ],
)
def test_procedure_booked_for_another_person_is_never_event_1(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


def test_procedure_booked_for_a_different_day_is_no_never_event() -> None:
    text = "The angio was booked for a different day so the pt went home and came back Tuesday."
    assert never_event_codes(text) == (None, None)
