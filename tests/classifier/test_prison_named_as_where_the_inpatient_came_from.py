"""The prison a mental health inpatient was transferred from ("pt transferred from prison on a
s47 last week", "came to us from custody 3 days ago", "admitted to the ward from HMP Ashby under
s48") is where the patient came from, not where the rail is: a hanging from a ward rail that did
not collapse stays never event 9. A hanging in a prison cell stays outside the framework."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAME_FROM_PRISON = [
    "Mental health ward. Pt transferred from prison on a s47 last week. Found hanging from the "
    "shower rail in his en suite, rail did not collapse, cut down.",
    "MH ward. Pt came to us from custody 3 days ago. attempted to hang from curtain rail, it "
    "held his weight, staff cut the ligature.",
    "Acute mental health ward, pt admitted from HMP Ridley under s48 on Monday. Found by RMN "
    "hanging from the curtain rail in his bedroom, the rail did not collapse, cut down.",
]

IN_A_PRISON = [
    "HMP Ashby healthcare wing. prisoner found hanging from the curtain rail in his cell, rail "
    "did not collapse.",
    "Prisoner on the houseblock tied a ligature to the shower rail in his cell, rail held, cut "
    "down by officers.",
]


@pytest.mark.parametrize("text", CAME_FROM_PRISON)
def test_hanging_on_the_ward_stays_never_event_9(text: str) -> None:
    assert never_event_codes(text) == ("9", None)


@pytest.mark.parametrize("text", IN_A_PRISON)
def test_hanging_in_a_prison_cell_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
