"""An ampoule taken from the diluent's own section or area of a trolley or cupboard ("took a
10ml amp from the WFI section of the drug trolley") and found to be strong potassium was
mis-selected: near miss 4 when caught before it went in. Potassium ampoules found stocked in
that section at a check, with no one drawing them up, stay a risk (null)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    "Nurse making up IV co-amoxiclav took a 10ml ampoule from the water for injection section "
    "of the cupboard and drew it up. 2nd checker read the amp before it went into the vial - "
    "potassium chloride 15%. Discarded, nothing given.",
    "ODP took an amp out of the saline area of the anaesthetic drug trolley to flush the "
    "cannula, drew it up, and before connecting saw the amp was KCl 15%. Not given.",
    "Drew up a flush from an ampoule taken out of the saline basket; about to flush the "
    "cannula when she read the label on the empty amp - potassium chloride concentrate. Not "
    "given.",
]

RISK_ONLY = [
    "Resus trolley check: 3 KCl ampoules found in the sodium chloride section of drawer 2. "
    "Removed and returned to pharmacy. No pt involved.",
    "KCl 15% ampoules kept in the WFI section of the theatre drug trolley, found at the weekly "
    "check. Moved to the CD cupboard.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_potassium_from_the_diluent_section_caught_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize("text", RISK_ONLY)
def test_potassium_found_stocked_there_is_a_risk(text: str) -> None:
    assert never_event_codes(text) == (None, None)
