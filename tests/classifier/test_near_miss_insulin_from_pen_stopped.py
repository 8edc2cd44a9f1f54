"""Session 26 (never event 6): insulin drawn from a pen with a syringe, stopped before it was given.

"Agency nurse drew up Lantus ... by pulling it from the pen cartridge with a 1ml insulin
syringe ... Nurse in charge saw her at the bedside about to give it and stopped her. Dose
discarded, given with the pen correctly": the dose given correctly is the redo after the catch,
so a near miss 6, not an abbreviation read as meant. Drawn from the pen and the right dose given,
with no catch, stays no event.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_pen_withdrawal_stopped_at_the_bedside_is_near_miss_6() -> None:
    text = (
        "Bank nurse drew up Levemir for a 10 yr old from the pen cartridge with an insulin "
        "syringe. The sister saw her about to give it and stopped her; dose discarded and given "
        "with the pen correctly."
    )
    assert never_event_codes(text) == (None, "6")


def test_pen_withdrawal_with_the_right_dose_given_is_no_event() -> None:
    text = (
        "Novorapid 10 units drawn from the pen with an insulin syringe as no pen needles, correct "
        "dose given, BMs stable. Flagged as poor practice."
    )
    assert never_event_codes(text) == (None, None)
