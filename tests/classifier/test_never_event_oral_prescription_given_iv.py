"""Session 25 (never event 5): an oral prescription given IV, read by what was given.

"Prescribed PO ... gave it IV" is no IV prescription (the gap reached the IV route over the oral
one). An oral liquid given so ("Oramorph 5mg prescribed PO, nurse gave it IV via the cannula")
is never event 5; a drug with an IV form of its own given IV where oral was prescribed
("ondansetron 4mg prescribed PO, given IV by mistake") is not.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Oramorph 5mg prescribed PO, nurse gave it IV via the cannula in error. naloxone needed.",
        "Lactulose 10ml prescribed orally; agency nurse drew it up and gave it IV through the "
        "venflon. Pt became unwell.",
    ],
)
def test_oral_liquid_prescribed_po_and_given_iv_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize(
    "text",
    [
        "Ondansetron 4mg prescribed PO, given IV by mistake. no harm.",
        "ondansetron 4mg prescribed PO, nurse gave it IV as pt struggling to swallow, same dose.",
        "Paracetamol 1g prescribed IV; given IV via cannula as prescribed. Pt later had oral "
        "Oramorph.",
    ],
)
def test_drug_with_its_own_iv_form_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
