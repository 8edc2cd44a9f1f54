"""A sedation room's "high strength one" names midazolam, but not when the high strength told is
another product's (an insulin pen, a potassium product): an insulin withdrawn from a U200 pen is
never event 6, not a high-strength midazolam never event 8."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

INSULIN_PEN_HIGH_STRENGTH = [
    "Pt on Humalog KwikPen 200 units/ml (U200 pen, the high strength one), 10 units with meals. "
    "No pen needles on the ward so the nurse drew the dose out of the pen with an insulin "
    "syringe to the 10 unit mark, 20 units given. Pt NBM for a procedure that afternoon, CBG "
    "2.1 at 17:00, treated with glucose.",
    "Tresiba 200 units/ml, the stronger pen. Dose withdrawn from the pen cartridge with a 1ml "
    "insulin syringe before his scope procedure, double dose given, hypo 1.9 overnight.",
]

SEDATION_HIGH_STRENGTH = [
    "Endoscopy: nurse drew up the high strength one for the colonoscopy sedation instead of the "
    "1mg/ml, 7.5mg given, pt oversedated, flumazenil given.",
    "Pt uses a U200 insulin pen, the high strength one, not involved. OGD sedation: midazolam "
    "5mg/ml drawn up neat from the box in the procedure room, 5mg given, pt apnoeic, flumazenil.",
]


@pytest.mark.parametrize("text", INSULIN_PEN_HIGH_STRENGTH)
def test_an_insulin_pens_high_strength_is_no_midazolam(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", SEDATION_HIGH_STRENGTH)
def test_the_sedation_rooms_high_strength_stays_midazolam(text: str) -> None:
    assert never_event_codes(text) == ("8", None)
