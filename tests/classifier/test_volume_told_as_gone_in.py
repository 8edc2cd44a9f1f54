"""A volume told as gone in ("roughly 80ml had gone in IV", "approx 1ml had run", "about 2ml
went in before the student said stop") is the product reaching the patient, whatever catch
is told after it: a feed found running into a line is never event 5 and a strong potassium
syringe stopped after some of it ran is never event 4. None of it told in figures ("0ml went
in") is the catch, and a stock run out ("the 2ml syringes had run out") is no volume given."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

GONE_IN = [
    (
        "Night shift HDU. At the 0400 line check found the Osmolite feed set connected to the "
        "PICC instead of the NG tube. Pump history shows about 60ml had gone in. Feed stopped, "
        "reg informed.",
        "5",
    ),
    (
        "Oramorph 10mg drawn up in a luer syringe and connected to the cannula by mistake, about "
        "2ml went in before the student said stop. Doctor informed.",
        "5",
    ),
    (
        "Made up the furosemide syringe with what I thought was sodium chloride 0.9% but picked "
        "up a potassium chloride ampoule instead. Connected and started, my colleague saw the "
        "label and stopped it. Approx 2mls had run. K+ repeated, ECG normal.",
        "4",
    ),
]

CAUGHT = [
    "Feed syringe connected to the IV line by mistake - stopped before pushing, 0ml went in.",
    "NG feed set connected to the cannula instead of the NGT, noticed by the nurse before the "
    "pump was started. Nothing had gone in. Reconnected to the NGT.",
    "bank nurse drew up lantus 20 units from the vial into a 2ml luer syringe (the ward's "
    "insulin syringes had run out), 2nd checker spotted it before they went to the pt. syringe "
    "discarded, insulin syringe borrowed and the dose given correctly.",
]


@pytest.mark.parametrize(("text", "code"), GONE_IN)
def test_volume_gone_in_is_the_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize("text", CAUGHT)
def test_nothing_gone_in_stays_a_near_miss(text: str) -> None:
    assert never_event_codes(text)[0] is None
    assert never_event_codes(text)[1] is not None
