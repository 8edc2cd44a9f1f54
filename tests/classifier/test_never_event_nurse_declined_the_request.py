"""Session 25 (never event 4): the nurse asked to make up strong potassium declining is a catch.

"No premixed KCl bags on the ward. FY1 asked nurse to get strong KCl ampoule to add to the
saline bag, nurse declined and escalated": the concentrate was not used, so no never event
(read as a near miss, the error stopped by the one asked). The concentrate added stays never
event 4.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_nurse_declining_to_add_the_concentrate_is_no_never_event() -> None:
    text = (
        "No premixed KCl bags on the ward. FY1 asked nurse to get strong KCl ampoule to add to "
        "the saline bag, nurse declined and escalated to pharmacy, premix sent up."
    )
    assert never_event_codes(text)[0] is None


def test_concentrate_added_for_the_missing_premix_stays_never_event_4() -> None:
    text = (
        "No premixed KCl in stock, nurse added 2 x KCl 15% amps to a 1L saline bag and it was "
        "run over 8h."
    )
    assert never_event_codes(text) == ("4", None)
