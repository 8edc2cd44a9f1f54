"""A nasogastric tube shown to be in the stomach (aspirate pH 5.5 or below, the tip below the
diaphragm) and found nowhere else was not misplaced, however much of the report reads like one
(pulled out, reinserted, feed restarted); the same confirmation followed by the tube found in
the airway, or an aspirate said to come from the lung, is still never event 13."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "pt pulled out his NG tube overnight. Reinserted by the SHO in the morning, aspirate pH "
        "4.5, x-ray not needed, feed restarted.",
        "NGT dislodged during the wash, re-passed by the nutrition nurse, tip below the diaphragm "
        "on the CXR, feed started again at 50ml/hr.",
        "Pt had NG tube inserted, x-ray confirmed in stomach, feed started.",
    ],
)
def test_tube_confirmed_in_the_stomach_is_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "NG tube reinserted, pH 5 obtained, feed restarted. Next day CXR showed the tube in the "
        "R main bronchus, feed stopped.",
        "Burns pt, NG placed, pH 4.5 but the aspirate was probably from the lung. 300ml feed "
        "run. Sats dropped, CXR - L lower lobe. Tube removed.",
        "NGT placed on the ward, SHO documented 'tip below diaphragm' on the film. Feed started. "
        "Pt desaturated overnight. Radiology report the next afternoon: tip in the R main "
        "bronchus.",
    ],
)
def test_confirmation_then_the_tube_found_in_the_airway_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)
