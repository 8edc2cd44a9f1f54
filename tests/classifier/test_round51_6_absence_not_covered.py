"""Round 51, helper 6: a staff absence told first, then the cover that never came.

"The pharmacist was off and not covered", "she was on leave and it wasnt covered" link the
event to staffing as much as "not covered during her leave" does; a dressing taken off and a
wound not covered, or a patient away from the ward, are no staffing. A site told first as left
without its dressing ("the site was not covered for 2 hrs") is a dressing's words, kept from the
learned model's evidence of staffing too (1.70.0).
"""

from __future__ import annotations

import pytest

from classifier.engine import classify_text
from tests.classifier.outcomes import kept_from_model_evidence

STAFF_ABSENT_AND_NOT_COVERED = [
    "ward pharmacist was off and not covered so nobody checked the kardex, pt missed 2 days of "
    "apixaban",
    "the secretary was on leave for a fortnight and it wasnt covered, clinic letters not typed, "
    "pt's urgent scan never requested",
    "our DN was off sick and nobody covered her insulin visits on tuesday, BM 24 on wednesday",
]

NOT_A_STAFF_ABSENCE = [
    "pt took the dressing off overnight and the wound was not covered, reapplied in am",
    "PICC line dressing came off and the site was not covered for 2 hrs",
    "pt wandered away from the bay and was not covered by the 1:1, found in the car park",
    "pt was sick and vomit covered the bed linen, changed",
    "pt on leave from the ward and returned late, covered in mud, no injuries",
]


@pytest.mark.parametrize("text", STAFF_ABSENT_AND_NOT_COVERED)
def test_an_absence_left_uncovered_is_staffing(text: str) -> None:
    themes = {t.id.value for t in classify_text(text).themes}
    assert "staffing_infrastructure_estates" in themes


@pytest.mark.parametrize("text", NOT_A_STAFF_ABSENCE)
def test_something_off_and_not_covered_is_not_staffing(text: str) -> None:
    themes = {t.id.value for t in classify_text(text).themes}
    assert "staffing_infrastructure_estates" not in themes


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("PICC line dressing came off and the site was not covered for 2 hrs", "not covered"),
        ("cannula site left uncovered overnight after the tegaderm peeled off", "uncovered"),
    ],
)
def test_a_site_left_without_its_dressing_is_no_evidence_of_staff_cover(
    text: str, words: str
) -> None:
    assert kept_from_model_evidence(text, "staffing_infrastructure_estates", words)
