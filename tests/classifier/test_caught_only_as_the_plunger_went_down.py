"""A catch told as coming only as the plunger went down ("realised it was the oral solution
only as the plunger went down", "noticed just as she pushed the plunger", "spotted it once
the plunger was pressed") came as the dose went in: an oral medicine given through the
cannula so is never event 5, not a near miss. Stopped before the plunger was pressed it is
still near miss 5."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

GIVEN = [
    "Oramorph 2.5mg prescribed orally. nurse drew it up in a luer syringe and gave it via the "
    "cannula - realised it was the oral liquid as the plunger went down. doctor informed, obs "
    "hourly.",
    "student gave the oral paracetamol suspension through the IV cannula, her supervisor "
    "noticed just as she pushed the plunger. cannula flushed, no harm.",
    "lactulose drawn up in a 10ml luer syringe and injected into the PICC, mentor spotted it "
    "once the plunger was pressed. line aspirated.",
]

CAUGHT = [
    "Oramorph drawn up in a luer lock syringe by the student and she attached it to the "
    "cannula, mentor noticed and stopped her before the plunger was pressed. not given.",
    "oral morphine solution in a purple syringe connected to the IV bung, 2nd nurse spotted it "
    "before she pressed the plunger and removed it. nothing given.",
    "NG feed syringe connected to the cannula by mistake, noticed as she went to press the "
    "plunger, disconnected, nothing went in.",
]


@pytest.mark.parametrize("text", GIVEN)
def test_caught_as_the_plunger_went_down_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", CAUGHT)
def test_stopped_before_the_plunger_stays_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")
