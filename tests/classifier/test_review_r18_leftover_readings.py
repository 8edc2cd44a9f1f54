"""Reviewer R18: look-alikes of today's new readings that they misread, each read by its own
condition.

- A liquid named only by its form ("suspension") that its clause makes an injection (propofol,
  a vial reconstituted) is no oral liquid: given IV it is its own route (null).
- A count of doses listing several drugs ("2 doses of paracetamol and methotrexate") counts
  methotrexate when it is one of them.
- A fall at home told today, beside a window fall told as a past of its own ("jumped from a
  ward window 2 years ago"), keeps its home exclusion; "before" joining a clause of time
  ("before the crisis team arrived") tells no past.
- A find in the wound during closure, then the patient's own later step in a clause of its own
  ("pt discharged next day"), is still before the closure: near miss 3.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # --- a "suspension" made an injection by its clause: null
    ("Propofol suspension 200mg given IV for induction", (None, None)),
    ("Cefuroxime 750mg reconstituted into suspension given IV at 14:00", (None, None)),
    # --- ... an oral suspension given IV still never event 5
    ("amoxicillin suspension 250mg given iv at 14:00, prescribed oral", ("5", None)),
    # --- a count of doses listing methotrexate beside another drug: never event 7
    (
        "RA pt got 2 doses of paracetamol and methotrexate on tuesday, mtx is weekly and had "
        "been given sunday",
        ("7", None),
    ),
    (
        "Psoriasis pt got 2 doses of folic acid and methotrexate this week, methotrexate should "
        "be once weekly",
        ("7", None),
    ),
    # --- today's fall at home, a ward window fall told as its own past: null
    (
        "Pt jumped from the window at his home before the crisis team arrived, restrictor "
        "broken. Known to team, jumped from a window on the ward 2 years ago.",
        (None, None),
    ),
    # --- a find during closure, the patient discharged next day in a clause of its own
    (
        "Needle count wrong at closure, needle found in the wound during closure and removed, "
        "pt discharged next day",
        (None, "3"),
    ),
    # --- ... a find on CT the next day itself still after the procedure
    (
        "Swab found on CT the next day retained in abdomen, count had been recorded correct",
        ("3", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r18_leftover_readings(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
