"""Strong potassium told as taken from the stock "instead", the word closing its clause ("took
potassium dihydrogen phosphate (strong potassium, from the locked cupboard) instead", "grabbed
a KCl amp instead") is the mis-selection: near miss 4 when the second check stopped it before
it went in. Oral potassium taken for another oral product, or potassium bloods taken instead of
a panel, are no strong potassium mis-selected."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    "ICU. Sodium glycerophosphate prescribed for the PN. Nurse grabbed a potassium phosphate "
    "concentrate amp instead and drew it up. At the second check the checker compared it with "
    "the chart - wrong product. Not given.",
    "Went to draw up the saline flush but took a KCl ampoule instead; the checker saw the label "
    "before it was given. Discarded.",
]

NOT_STRONG_POTASSIUM = [
    "Pt prescribed oral potassium (Sando-K). Nurse took Sando-K instead of Kay-Cee-L. Given. No "
    "harm.",
    "Took potassium bloods instead of a full U&E. Sample re-sent.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_potassium_taken_instead_and_stopped_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize("text", NOT_STRONG_POTASSIUM)
def test_other_potassium_taken_instead_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
