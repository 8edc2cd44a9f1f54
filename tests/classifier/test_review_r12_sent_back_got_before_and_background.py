"""Review R12 of the readings added for a patient sent back, a recipient who "got" or "had" a
unit, a side put right ahead of the day, an air device put on later, strong potassium given
later as a flush, rails fitted by the provider's HCAs, and a history heading.

- A patient sent back "before anything else / further was done" had something done already:
  no stop before the start (never event 1 when that was the wrong side or patient). "Before
  anything was done" is still the stop (near miss 1).
- A recipient who "had" a unit told prescribed or crossmatched had it ordered, not given: a
  mismatch stopped at the bedside is near miss 12; "had 2 units overnight" is never event 12.
- A giving "later ... as a flush" that names its own product (sodium chloride, water) after or
  before the role is that product's, not the strong potassium of an earlier sentence (null);
  "later given undiluted instead of flush" after the KCl was queried is never event 4.
- Rails bought by the family and fitted by a relative, the provider's HCA named after a second
  "by" ("checked by our HCA"), are the family's rails (excluded, null); fitted by our HCAs,
  they are the provider's (never event 11).
- A side error on a list corrected to the right side a week ahead, then the right operation
  done, is a paperwork error put right ahead of the day (null); the wrong side done anyway is
  never event 1.
- A history heading ("Background:", "PMH:") before this report's own event leaves the event
  read.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NULL = (None, None)

CASES = [
    # 1: sent back after something was already done vs before anything was done
    (
        "Pt had incision in right groin but the list said left. Sent back to recovery before "
        "anything else was done, returned to theatre later for the left.",
        ("1", None),
    ),
    (
        "Wrong pt on the table for L knee arthroscopy; skin incision already made when the name "
        "band was checked. Pt returned to the ward before anything further was done.",
        ("1", None),
    ),
    (
        "Wrong patient collected from ward for cystoscopy. Checked at theatre reception, sent "
        "back to the ward before anything was done.",
        (None, "1"),
    ),
    # 1: a side put right ahead of the day
    (
        "List said right, clinic letter said left, corrected to left a week ahead. Left hernia "
        "repair done.",
        NULL,
    ),
    (
        "List corrected to left a week ahead. Surgeon operated on the right, wrong side, found "
        "at closure.",
        ("1", None),
    ),
    # 12: a unit had (ordered) vs had (given)
    (
        "Patient had 2 units of group A RBC prescribed, pt group O, picked up at the bedside "
        "before spiking.",
        (None, "12"),
    ),
    (
        "Pt got 2 units of grp A rbc crossmatched in error, pt is group O; caught at bedside "
        "check, not spiked.",
        (None, "12"),
    ),
    ("Pt had 2 units of group A RBC overnight, pt group O, reaction.", ("12", None)),
    # 4: a later flush naming its own product
    (
        "Pt on IV potassium chloride infusion as prescribed. Infusion rate checked. Later given "
        "as a flush by the agency nurse: sodium chloride 0.9% 10ml, no issues.",
        NULL,
    ),
    (
        "KCl 15% ampoule queried by nurse. Pharmacist confirmed it was correct for the infusion. "
        "Later given undiluted instead of flush via cannula, pt arrest.",
        ("4", None),
    ),
    # 11: the provider's HCA named after the family's fitter
    (
        "Bed rails bought privately by the family and fitted by her son, checked by our HCA at "
        "the visit. Pt found with neck trapped between rail and mattress, freed.",
        NULL,
    ),
    (
        "Rails purchased by family, fitted by our HCA team at home visit. Pt found with neck "
        "trapped between rail and mattress.",
        ("11", None),
    ),
    # history headings before this report's own event
    (
        "Background: pt transferred from another hospital yesterday, NG tube passed by our F1, "
        "no pH or xray done, feed started, CXR later showed tube in right lung.",
        ("13", None),
    ),
    (
        "PMH: COPD, T2DM. Pt on 2L O2 via nasal specs, found connected to the air flowmeter, "
        "sats 84%.",
        ("15", None),
    ),
    (
        "Pt refused NG tube as she had one at another hospital which was painful, so tube passed "
        "under sedation by our team without pH check, feed started, tube found in right lung on "
        "CXR.",
        ("13", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r12(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
