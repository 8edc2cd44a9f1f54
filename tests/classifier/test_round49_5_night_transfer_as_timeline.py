"""Round 49 (helper 5): the clock time or night of a transfer is the timeline of a report
whose error crossed a handover, not an access failure; a transfer told as failed or unsafe
beside it, and a discharge at night, still are."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

ACCESS = "access_transfer_discharge"

TIMELINE_ONLY = [
    "Pt moved to ward 8 at 01:30 after the fracture clinic. Next morning the wrong leg was "
    "found elevated and the cast on the other leg was cracked.",
    "Transferred to the stroke unit at 22:45. On the first drug round the nurse found the "
    "insulin chart had the dose written as 10 units twice daily instead of once.",
    "She was transferred to the maternity ward at 3am following delivery, the midwife later "
    "noted the episiotomy repair had a retained pack.",
    "Catheter had moved overnight, balloon found in the urethra on the morning check.",
    "Came up to AMU at 23:20 and was transferred at 23:40 to ward 12, where the first drug "
    "round gave her a double dose of bisoprolol.",
]

FAILED_TRANSFER = [
    "Transferred without handover to ward 6 at 02:10, no drug chart came with her.",
    "Frail man moved to another ward at 23:50 because of bed pressures, fell an hour later.",
    "Pt sent home at 01:00 alone with nobody at home, found by neighbour on the floor.",
]


@pytest.mark.parametrize("text", TIMELINE_ONLY)
def test_transfer_time_alone_is_not_access(text: str) -> None:
    assert ACCESS not in rule_theme_ids(text)


@pytest.mark.parametrize("text", FAILED_TRANSFER)
def test_failed_transfer_or_night_discharge_is_access(text: str) -> None:
    assert ACCESS in rule_theme_ids(text)
