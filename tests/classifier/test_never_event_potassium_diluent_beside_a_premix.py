"""Session 26 (never event 4): a potassium vial taken for the diluent, told beside a premixed bag.

"pt (hypokalaemia being treated with premixed KCl 40mmol/L infusion) needed a diluent for IV
omeprazole; nurse reconstituted the omeprazole using what she believed was water for injection,
vial was potassium chloride concentrate": the premix is background; the vial taken as the diluent
was the concentrate, so never event 4. A premixed bag given at the wrong rate stays excluded.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_concentrate_taken_as_the_diluent_beside_a_premix_is_never_event_4() -> None:
    text = (
        "Pt on a premixed KCl 20mmol bag for low K needed IV co-amoxiclav made up; the nurse "
        "used what she thought was water for injection but the vial was potassium chloride "
        "concentrate. Pain in the arm and bradycardia, K 6.1, treated."
    )
    assert never_event_codes(text) == ("4", None)


def test_premixed_bag_run_at_the_wrong_rate_stays_excluded() -> None:
    text = (
        "Premixed KCl 40mmol in 1L saline run over 2 hours instead of 8 hours, K 5.8, pump rate "
        "entered wrongly."
    )
    assert never_event_codes(text)[0] is None
