"""In a report headed by its GP setting ("GP minor surgery"), a later "GP" is the one doing the
procedure ("GP re-explored the wound and found it"), not care after it ended: a swab found in
the wound before it was closed is a near miss of never event 3. A swab found by the GP after the
wound was closed and the patient went home is still retained."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FOUND_BY_THE_OPERATING_GP = [
    "GP minor ops: cyst excision. Count at end 1 swab short. GP reopened and found it in the "
    "wound, removed, count correct, closed.",
    "GP minor ops: toenail wedge resection. count done at the end, 1 gauze short. GP checked "
    "the toe and found it packed in the nail fold, removed, count complete, dressing applied.",
    "GP minor surgery, excision of a lipoma from the shoulder. At the count before closing one "
    "gauze swab missing. GP explored the wound and found it in the cavity. Removed, count "
    "correct, wound closed.",
]

FOUND_AFTER_THE_END = [
    "GP minor surgery clinic: lipoma excised, wound sutured and pt sent home. Returned to the "
    "GP 10 days later with a discharging wound, a small swab found in the wound and removed.",
    "GP minor surgery. skin lesion excision, wound closed. Pt went home. 2 wks later GP saw pt "
    "with infection, swab found in wound.",
]


@pytest.mark.parametrize("text", FOUND_BY_THE_OPERATING_GP)
def test_found_by_the_operating_gp_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", FOUND_AFTER_THE_END)
def test_found_by_the_gp_after_closure_is_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
