"""Reviewer leftovers: who the act was done on, a correction that did not stop the act, and a
first negative film then the item found in the patient.

- A device told placed in or on the wrong patient ("the PICC was placed in the wrong pt"): the
  act was done on the wrong person, never event 1. A paper placed in the wrong patient's notes
  is a paper, null.
- A person taken for a procedure in another's place ("bed 4 pt taken instead of bay 5 pt for
  OGD") and the procedure told done: never event 1. Caught and sent back: near miss 1.
- The wrong patient sent to a procedure room and caught at the checks, the procedure done later
  on the right one, or put on hold and the person returned: near miss 1.
- The consent put right to the other side, then the old side operated on: never event 1.
- A first film with nothing seen, then the item found in the patient on a later scan: left in
  after the procedure ended, never event 3. The count put right before closure: null.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NULL = (None, None)

CASES = [
    # 1: a device placed in the wrong person
    ("Chest drain was placed in the wrong pt on the respiratory ward.", ("1", None)),
    ("PICC line was inserted into the wrong patient in the IR suite.", ("1", None)),
    ("urinary catheter was placed in the wrong patient (bed 3 instead of bed 4)", ("1", None)),
    ("Nephrostomy placed in the wrong patient, discovered on return to the ward.", ("1", None)),
    # look-alikes: a paper placed, a device meant for another but not placed
    ("Consent form was placed in the wrong patient's notes, found at audit.", NULL),
    ("The discharge letter was placed in the wrong pt's folder.", NULL),
    (
        "Request card for a PICC was filed in the wrong patient's notes; PICC inserted in the "
        "right patient.",
        NULL,
    ),
    # 1: taken in another's place, the procedure done
    (
        "Bed 9 pt taken instead of bay 2 pt for gastroscopy; OGD performed before the error was "
        "noticed.",
        ("1", None),
    ),
    (
        "Porter took the pt in bay 3 instead of the pt in bed 12 for colonoscopy; scope passed "
        "before anyone realised.",
        ("1", None),
    ),
    # look-alikes: taken in another's place, caught before anything
    (
        "Bed 9 pt taken instead of bay 2 pt for OGD. Caught at sign in and sent back to the "
        "ward, nothing done.",
        (None, "1"),
    ),
    ("Pt taken for her colonoscopy as planned; procedure done without incident.", NULL),
    # near miss 1: the wrong patient caught at the checks, the procedure later on the right one
    (
        "Wrong pt sent to IR for nephrostomy. Picked up at time out and sent back. Nephrostomy "
        "placed later in the correct pt.",
        (None, "1"),
    ),
    (
        "wrong patient brought down to radiology for a drain. Noticed at the WHO check; returned "
        "to the ward. Drain was placed in the right patient that afternoon.",
        (None, "1"),
    ),
    (
        "Incorrect patient sent to IR for a stent. Caught at checklist, sent back. Stent placed "
        "in bay 4 pt the next day.",
        (None, "1"),
    ),
    (
        "Wrong patient brought to the cath lab in error; caught at time out, the angiogram was "
        "put on hold and pt returned to ward.",
        (None, "1"),
    ),
    # look-alikes: the wrong patient's procedure done
    (
        "Wrong patient brought to IR, checks missed, nephrostomy was placed before the error was "
        "found.",
        ("1", None),
    ),
    ("Right patient sent to IR, nephrostomy placed, no issues.", NULL),
    # 1: the correction did not stop the act
    (
        "Consent was for R knee; consent corrected the day before to L. Then R knee was operated "
        "on in error.",
        ("1", None),
    ),
    (
        "List said left; amended to right the week before. On the day the left side was operated "
        "on in error.",
        ("1", None),
    ),
    # look-alikes: the correction stopped it
    (
        "Consent was for R; consent corrected the day before to L. L side operated on as planned.",
        NULL,
    ),
    (
        "Consent form said left, corrected at sign in to right before any prep; right side "
        "operated on.",
        (None, "1"),
    ),
    # 3: first film negative, the item found in the patient later
    (
        "CXR: no needle seen. Needle found in the pt's abdomen on CT two days later and removed "
        "at laparotomy.",
        ("3", None),
    ),
    (
        "Post-op xray showed no retained swab. Swab found in the abdomen on CT scan the next "
        "week and removed.",
        ("3", None),
    ),
    ("CXR - no needle seen. Needle found in abdomen on CT the next day and removed.", ("3", None)),
    (
        "Initial film clear. Guidewire seen in the chest on a CT the following day, removed in IR.",
        ("3", None),
    ),
    # look-alikes: the film before closure, the item found before the end
    (
        "Count incorrect, needle missing. Intra-op xray showed the needle in the wound; removed "
        "before closure.",
        (None, "3"),
    ),
    ("CXR no needle seen. Needle found on the theatre floor.", NULL),
    # 3: a count discrepancy, the item confirmed retained on x-ray
    (
        "Count discrepancy of one swab; bits of food were found in the theatre bin. X-ray "
        "confirmed swab retained.",
        ("3", None),
    ),
    (
        "Count was one swab short; the bin was searched and only rubbish found. Xray later "
        "confirmed the swab was retained in the abdomen.",
        ("3", None),
    ),
    # look-alikes: the swab found, x-ray clear
    (
        "Count discrepancy of one swab; the swab was found in the theatre bin. X-ray not needed.",
        NULL,
    ),
    ("Count discrepancy of one swab; not found in the bin. X-ray showed no retained swab.", NULL),
    (
        "Swab count short; X-ray on table showed swab in the wound, removed before closing.",
        (None, "3"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reviewer_leftovers(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
