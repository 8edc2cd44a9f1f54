"""A sedation room's "high strength one" names midazolam, but not when the high strength told is
another product's (an insulin pen, a potassium product): an insulin withdrawn from a U200 pen is
never event 6, not a high-strength midazolam never event 8."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

INSULIN_PEN_HIGH_STRENGTH = [
    # a procedure told near the pen's "high strength one": read as midazolam before the fix
    "Pt on Humalog KwikPen 200 units/ml (U200 pen, the high strength one), 12 units with meals. "
    "NBM for a procedure that day. No pen needles on the ward so the nurse withdrew 12 units "
    "from the pen with an insulin syringe, 24 units given, CBG 1.8 at 21:00, IV glucose.",
    "Tresiba U200 pen, the high strength one. Back from his procedure at 18:00; pen needles "
    "out of stock, dose withdrawn from the pen cartridge with an insulin syringe, double dose "
    "given, hypo 1.9 overnight.",
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
