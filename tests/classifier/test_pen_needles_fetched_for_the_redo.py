"""Pen needles fetched after the catch ("pen needles obtained from pharmacy and correct dose
given by pen") and the correct dose told given "by pen" are the redo, as an insulin syringe
fetched is: insulin drawn from a cartridge with a syringe and stopped before it went in is near
miss 6, not the dose read as intended. Given, with a hypo after, it is never event 6."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    "Home visit. DN drew up the Humalog from the pt's pen cartridge with a 1ml syringe as there "
    "were no pen needles. Daughter said it looked too much - 70 units drawn. Not given. Pen "
    "needles obtained and correct dose given by pen.",
    "DN to give Lantus 20 units, no pen needles in the bag so she drew it out of the cartridge "
    "with a 2ml syringe. Husband queried the amount, it was 1.2ml. Not given. Collected some pen "
    "needles from the surgery and correct dose given by pen.",
]

GIVEN = [
    "Insulin drawn from a Lantus cartridge with a 2ml luer syringe, given 40 units instead of 4. "
    "Pt hypo at 2am. Correct dose given by pen the next day.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_pen_needles_fetched_leave_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", GIVEN)
def test_dose_given_from_the_cartridge_is_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)
