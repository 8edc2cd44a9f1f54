"""Session 25 (never event 8): high-strength midazolam found in stock that nobody made ready.

"Stock check in endoscopy found midazolam 10mg/2ml amps, nobody had drawn any up, removed" is a
risk found, no patient involved: the "drawn" its subject denies does not lift the stock-audit
exclusion. A dose drawn up and given from that stock stays never event 8.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_stock_nobody_drew_up_is_no_never_event() -> None:
    text = (
        "stock check in endoscopy found midazolam 10mg/2ml amps, nobody had drawn any up, removed"
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Endoscopy: midazolam 10mg/2ml amps found in the sedation box; nurse had drawn up 2mg "
        "from one for the OGD pt and given it. Flumazenil not needed.",
        "Midazolam 10mg/2ml found in endoscopy stock. Nobody had noticed it for a week and it was "
        "drawn up for conscious sedation and given to 3 pts.",
    ],
)
def test_dose_drawn_up_from_that_stock_and_given_stays_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)
