"""Round 64: a joint told as replaced is an operation; a relative's claim a review overturns.

- "The wrong hip replaced" names an operation on the wrong site (never event 1) even with no
  other procedure word: a joint told as replaced or resurfaced is a surgical procedure.
- A relative's or patient's account told as what they say ("says her father had the wrong
  knee replaced") is a claim; when the review finds the operation was as planned, it is no
  wrong site, and the excluded pattern brings no treatment_procedure theme of its own.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_theme_ids

JOINT_REPLACED_ON_THE_WRONG_SIDE = [
    "mr t had the wrong hip replaced on tuesday's list. duty of candour met, SI declared.",
    "wrong shoulder replaced - listed and consented for the left. family informed, DoC letter.",
]

CLAIM_OVERTURNED = [
    "PALS call from the son. says his father had the wrong knee replaced as the left is still "
    "painful. Reviewed: consent, marking and op note all R. Operation was as planned. Son to be "
    "called by the consultant.",
]


@pytest.mark.parametrize("text", JOINT_REPLACED_ON_THE_WRONG_SIDE)
def test_the_wrong_joint_replaced_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", CLAIM_OVERTURNED)
def test_a_claim_the_review_overturns_is_no_wrong_site(text: str) -> None:
    assert never_event_codes(text) == (None, None)
    assert "treatment_procedure" not in rule_theme_ids(text)
