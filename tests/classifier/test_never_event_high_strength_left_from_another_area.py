"""Session 26 (never event 8): high strength midazolam "left from" an ICU patient is no ICU use.

"Bronchoscopy suite ... conscious sedation. midazolam 5mg/ml was in the drug tray (left from an
ICU transfer pt the day before). 2ml drawn up intending 2mg. pt received 10mg": the ICU named is
where the ampoule came from, so the area exclusion does not apply; never event 8. The sedation
on ICU itself stays excluded.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Bronch with conscious sedation: vial of midazolam 5mg/ml in the sedation box left over "
        "from the ICU transfer earlier. 2ml drawn up for 2mg, pt got 10mg, sats 72%, reversed.",
        "EBUS list under conscious sedation, midazolam 5mg/ml found in the tray (left from an "
        "ICU transfer patient yesterday). 2ml drawn up intending 2mg, 10mg given, unresponsive.",
    ],
)
def test_high_strength_left_from_another_area_and_given_is_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


def test_sedation_on_icu_itself_stays_excluded() -> None:
    text = (
        "ITU: ventilated pt sedated with midazolam 5mg/ml infusion as per protocol, pt left from "
        "ICU to CT with the infusion running, no issues."
    )
    assert never_event_codes(text) == (None, None)
