"""A methotrexate overdose raised as a question and answered by the regimen found right
("referred in as ?methotrexate overdose ... 15mg once weekly on Fridays, taken correctly, no
overdose", "?MTX toxicity ... weekly, confirmed with daughter, no overdose") is no overdose:
both null. The query answered by a daily dose told beside it ("had taken 10mg daily for 4
days", "dispensed as daily and taken daily") is still never event 7."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DISPROVED = [
    "Pt admitted with ?methotrexate toxicity. Med rec: MTX 10mg weekly (Mondays), taken "
    "correctly, not an overdose. Pancytopenia due to new co-trimoxazole.",
    "Possible MTX toxicity. Pt takes 20mg weekly on Sundays, confirmed with daughter, no "
    "overdose. Bloods not done for 5 months.",
]

OVERDOSE = [
    "Query methotrexate overdose raised by the GP. Checked with the pt: she had taken 10mg "
    "daily for 4 days instead of weekly. Admitted.",
    "?methotrexate overdose - admitted with pancytopenia. Pt on MTX 15mg weekly. Dispensed as "
    "15mg daily by the community pharmacy and taken daily for a week.",
]


@pytest.mark.parametrize("text", DISPROVED)
def test_queried_overdose_disproved_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OVERDOSE)
def test_queried_overdose_confirmed_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)
