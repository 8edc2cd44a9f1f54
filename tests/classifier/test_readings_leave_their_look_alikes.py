"""Look-alikes of session 39's readings that a review found misread, each kept by the reading's
own condition: a number told as a time is no count of items found (retained_items), "found to
be" is a state and no implant found other than meant (implant_steps), a taking "back to
pharmacy" is a return and no drawing (potassium_source), a home's counter is no supply step
(extra_dose), a tourniquet "attached to" a side is no paper filed under it (site_act), and
group O platelets are ABO-incompatible only when a titre is told high, untested or not negative
("no reaction, HT neg unit" denies nothing; no titre told at all is the routine case)
(blood_groups)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        "Swab count at closure was one short. Theatre searched; only 10 minutes later the "
        "missing swab was found in the bin. Count then correct and wound closed.",
        (None, None),
    ),
    (
        "Revision THR. Planned size 4 cup; size 5 cup was implanted instead, surgeon decided to "
        "upsize due to bone quality, documented in the op note. Patient found to be comfortable "
        "in recovery.",
        (None, None),
    ),
    (
        "Potassium chloride 15% ampoules were found in the ward cupboard. These were taken back "
        "to pharmacy together with the sodium chloride 0.9% flushes.",
        (None, None),
    ),
    (
        "Methotrexate 2.5mg dispensed with the label saying daily instead of weekly. The "
        "daughter found the box on the kitchen counter and her mum had been taking it daily "
        "since Monday.",
        ("7", None),
    ),
    (
        "Patient listed for right knee arthroscopy. Tourniquet attached to the left leg by ODP. "
        "At time out this was noticed and corrected, nothing else done.",
        (None, "1"),
    ),
    (
        "Patient is group A. Given group O platelets, no reaction, HT neg unit as per policy.",
        (None, None),
    ),
    ("Patient is group A. Given group O platelets, no reaction noted.", (None, None)),
    (
        "Patient is group A. Given group O platelets (not tested high titre negative), full "
        "pool transfused.",
        ("12", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_readings_leave_their_look_alikes(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
