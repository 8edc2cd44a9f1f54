"""Round 52, helper 1: doses given before the check came are no catch at the check.

"On pharmacist review" tells a catch at the review; "given on consecutive days before pharmacist
review" dates the doses before the review, so the overdose reached the patient. A review that
found the error before any dose stays a near miss.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes

GIVEN_BEFORE_THE_CHECK = [
    "Methotrexate for RA prescribed once daily by the FY1. Two doses were administered at 08:00 "
    "on successive mornings until the pharmacy review picked it up; bloods sent.",
    "Methotrexate 20mg prescribed daily instead of weekly for arthritis, given on two days "
    "before the pharmacist screening flagged it.",
    "Weekly methotrexate for psoriasis set up on the drug chart as daily. Doses given on the ward "
    "on three days running before pharmacy clinical check, LFTs now raised.",
]

CAUGHT_AT_THE_CHECK = [
    "Methotrexate 10mg weekly for RA was transcribed as daily on admission. Picked up on "
    "pharmacist review before any dose was given.",
    "Methotrexate prescribed daily rather than weekly. Caught at pharmacist verification, "
    "nothing given.",
    "Methotrexate for psoriasis charted as 7.5mg daily instead of weekly. Noticed during "
    "pharmacy screening before the first dose, chart rewritten.",
]


@pytest.mark.parametrize("text", GIVEN_BEFORE_THE_CHECK)
def test_doses_given_before_the_check_are_a_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == ("7", None)


@pytest.mark.parametrize("text", CAUGHT_AT_THE_CHECK)
def test_error_caught_at_the_check_stays_a_near_miss(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "7")
