"""Review R10 of the oxygen need readings (engine/oxygen_need.py): look-alikes of the oxygen
told stopped that over-reached. A stop told as a plan, a hope or a denial ("to be weaned off O2
today", "plan for O2 to be stopped", "O2 was never weaned off") is no stop done; a stop told
after the air when the patient is told on or needing oxygen before it (another patient's, or a
later one) leaves the need at the air standing; oxygen told "put back on" after a stop is a
need told after it."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEITHER = (None, None)
REACHED = ("15", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another patient's oxygen stopped, told after the air
        (
            "Pt on 2L O2 via nasal specs found attached to the air flowmeter at 10:00 by the "
            "RN. Of note the pt in the next bed had just had their O2 stopped.",
            REACHED,
        ),
        (
            "Pt requiring oxygen via specs found connected to the air flowmeter. Moved to O2. "
            "The pt next to him had been weaned off O2 that morning.",
            REACHED,
        ),
        # a stop told later than the air
        (
            "Pt on oxygen via nasal specs found on the air flowmeter, sats 90%, moved to the O2 "
            "flowmeter. Pt since weaned off O2 the following day.",
            REACHED,
        ),
        (
            "Pt on oxygen via venturi mask found connected to the air outlet. Oxygen "
            "discontinued 2 days later when pt improved.",
            REACHED,
        ),
        # a stop planned, not done
        (
            "Pt on 1L via specs, to be weaned off O2 today. Specs found running from the air "
            "flowmeter on the pt.",
            REACHED,
        ),
        (
            "Plan for O2 to be stopped tomorrow. Pt on specs found connected to the air flowmeter.",
            REACHED,
        ),
        (
            "Pt on oxygen via specs, plan to wean off O2 later. Specs found on the air flowmeter "
            "on the pt.",
            REACHED,
        ),
        # a stop denied
        (
            "O2 was never weaned off. Pt found with specs running from the air flowmeter.",
            REACHED,
        ),
        # weaned, then harmed on the air and put back on oxygen
        (
            "Pt weaned off O2 yesterday. Specs connected to air flowmeter and put on pt; pt "
            "became increasingly SOB and was put back on O2 by the outreach team.",
            REACHED,
        ),
        # ... the stop still read where it is done, before the air, with no need after
        (
            "Pt's oxygen discontinued on ward round. Nasal specs later found on pt running from "
            "air flowmeter. Sats 95% unchanged.",
            NEITHER,
        ),
        (
            "Pt was on 2L O2 on admission but weaned off O2 yesterday. Specs found on him "
            "running from the air flowmeter, sats 97%, removed.",
            NEITHER,
        ),
    ],
)
def test_review_r10_oxygen_need(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
