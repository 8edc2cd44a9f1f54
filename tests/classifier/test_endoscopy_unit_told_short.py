"""The endoscopy unit told short as the place ("in endo this morning", "at endo") sets the
conscious sedation of never event 8: high strength midazolam drawn up there and caught at
the second check is near miss 8. An endocrine clinic ("in endo clinic") with midazolam only
named is neither."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT_IN_ENDO = [
    "in endo this afternoon drew up midazolam 10mg/2ml instead of the 5mg/5ml for a "
    "colonoscopy, noticed at the 2nd check before it was given.",
    "working in endo today, drew up midazolam 10mg in 2ml by mistake for a colon pt, picked "
    "up by the second checker before it was given. discarded.",
]

NOT_SEDATION = [
    "Pt seen in endo clinic for thyroid review, midazolam 10mg/2ml noted on his hospice drug "
    "list. no issues.",
]


@pytest.mark.parametrize("text", CAUGHT_IN_ENDO)
def test_high_strength_midazolam_caught_in_endo_is_near_miss_8(text: str) -> None:
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize("text", NOT_SEDATION)
def test_endocrine_clinic_is_no_sedation(text: str) -> None:
    assert never_event_codes(text) == (None, None)
