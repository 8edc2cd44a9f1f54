"""Session 25 (never event 4): potassium added as prescribed, then prepared badly.

"KCl 20mmol added to a 1L bag of 0.9% saline as prescribed, bag not inverted and mixed": the
potassium was the product meant, so the "not" of the preparation error and the saline named
are no concentrate taken for a diluent or flush. Potassium taken for the flush stays never
event 4.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_potassium_added_as_prescribed_and_not_mixed_is_no_never_event() -> None:
    text = (
        "KCl 20mmol added to a 1L bag of 0.9% saline on ICU as prescribed, bag not inverted and "
        "mixed properly, pt had runs of VT when the infusion started."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Nurse drew up KCl 15% not saline for the flush and gave it IV, pt arrested.",
        "KCl 15% ampoule used to flush the cannula instead of saline; the prescribed saline "
        "flush was on the tray.",
    ],
)
def test_potassium_taken_for_the_flush_stays_never_event_4(text: str) -> None:
    assert never_event_codes(text) == ("4", None)
