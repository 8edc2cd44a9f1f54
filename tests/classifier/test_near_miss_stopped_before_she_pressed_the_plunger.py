"""Session 26 (never event 5): stopped "before she pressed the plunger" is a catch.

Colostrum in a luer syringe attached to the cannula's 3-way tap, "her mentor saw before she
pressed the plunger", is a near miss: nothing went into the line. Milk pushed into the cannula
stays never event 5.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_mentor_seeing_before_the_student_pressed_the_plunger_is_a_near_miss() -> None:
    text = (
        "Baby in incubator 3 had colostrum drawn up by mum (0.4ml) in a 1ml luer syringe for "
        "buccal care. Student nurse took it from mum and attached it to the 3-way tap on the "
        "peripheral cannula extension, but her mentor saw before she pressed the plunger."
    )
    assert never_event_codes(text) == (None, "5")


def test_colostrum_pushed_into_the_cannula_stays_never_event_5() -> None:
    text = (
        "Baby in incubator 3 had colostrum drawn up by mum (0.4ml) in a 1ml luer syringe for "
        "buccal care. Student nurse attached it to the 3-way tap on the peripheral cannula "
        "and pushed it through; her mentor saw afterwards."
    )
    assert never_event_codes(text) == ("5", None)
