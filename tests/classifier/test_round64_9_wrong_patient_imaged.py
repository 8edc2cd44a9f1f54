"""Round 64: a person imaged who was not meant to be is an exposure, not wrong site surgery.

- The image told as taken of someone it was not meant for ("had a chest x ray he wasnt meant
  to have", "did the film, then checked his wristband: it was the other Mr P") is an
  unintended exposure: radiotherapy_screening (IR(ME)R).
- The learned model's wrong site (never event 1) does not stand where only imaging is named
  and no invasive procedure: imaging the wrong patient is no wrong site surgery.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids

IMAGED_NOT_MEANT_FOR = [
    "porter collected mr ahmed from bay 3 for his cxr but there were two mr ahmeds. "
    "radiographer did the film, then checked the wristband against the request: it was the "
    "other mr ahmed. returned to the ward, correct pt then collected.",
    "she had a pelvic x-ray she wasnt meant to have - the request was for the lady in the next "
    "bed. radiographer informed the ward.",
]


@pytest.mark.parametrize("text", IMAGED_NOT_MEANT_FOR)
def test_an_image_taken_of_someone_it_was_not_meant_for_is_an_exposure(text: str) -> None:
    assert "radiotherapy_screening" in theme_ids(text)
    assert never_event_codes(text) == (None, None)
