"""Review R7 of the surgical and blood readings: look-alikes that over-reached, now read right.

- a list or consent correction of a detail that is no side, site or procedure (a weight, a date
  of birth, a consultant's name) is no wrong site put right;
- a going on told with "and" before a verb ("proceeded and left theatre"), with the check that
  chose its side after it ("after checking consent") or interrupted ("proceeding ... when the
  nurse queried it") is no act on the other side;
- a unit "primed and run over 2 hrs" went into the patient: a running told with its time is
  no priming;
- an operation halted after the organ's reperfusion is no organ never implanted;
- an implant "in the antibiotic bowl" found while the surgeon "was impacting it" had reached
  the patient.
And the true cases the same readings must keep, written differently from their own tests.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: Still read wrong: a going on interrupted by the query ("proceeding to the R eye when the
#: scrub nurse queried it; stopped") is no longer the act, but the query is not read as a catch
#: of a wrong side, as the going on names no side set up or acted on.
INTERRUPTED_NOT_A_CATCH = pytest.mark.xfail(reason="interrupted going on not a catch", strict=True)
#: Still read wrong: "Planned L knee" is not read as a plan of the left (engine.sides), so the
#: list's R queried at time out has nothing to be caught against.
PLAN_NOT_READ = pytest.mark.xfail(reason="'Planned L knee' not read as a plan", strict=True)

CASES = [
    # a list or consent detail corrected that is no side, site or procedure
    ("Pt's weight corrected on the theatre list at the brief.", (None, None)),
    ("Date of birth amended on the theatre list at the team brief.", (None, None)),
    ("Consultant name corrected on the consent form at the WHO sign in.", (None, None)),
    ("DOB on the consent form was amended at sign in.", (None, None)),
    # the going on: "and" then a verb, a check after it, interrupted
    (
        "Planned R knee arthroscopy. Side queried at time out and R confirmed; surgeon proceeded "
        "and left theatre at 10:00 once finished.",
        (None, None),
    ),
    pytest.param(
        "Planned L cataract. Surgeon proceeding to the R eye when the scrub nurse queried it; "
        "stopped, L eye done.",
        (None, "1"),
        marks=INTERRUPTED_NOT_A_CATCH,
    ),
    pytest.param(
        "Planned L knee. At time out R was written on the list, queried; surgeon proceeded with "
        "the L knee after checking consent.",
        (None, "1"),
        marks=PLAN_NOT_READ,
    ),
    # ... and the act on the other side, told otherwise, still reached
    (
        "Planned R knee arthroscopy, consent R. Surgeon proceeded on the L knee without checking "
        "the consent. Found at sign out.",
        ("1", None),
    ),
    (
        "Planned L hip replacement. Scrub nurse queried side. Surgeon went ahead on the R hip. "
        "Error found at sign out.",
        ("1", None),
    ),
    # a unit primed and then run for a time went in
    (
        "Wrong unit (group A, pt O neg): primed and run over 2 hrs before the error was found.",
        ("12", None),
    ),
    (
        "Pt group O. Group A red cells were primed through the line and ran for 20 mins before "
        "the HCA noticed the label.",
        ("12", None),
    ),
    # an organ halted after reperfusion went in; one abandoned before anastomosis did not
    (
        "ABO incompatible kidney implanted. Procedure halted after reperfusion when the error was "
        "realised; graft removed.",
        ("12", None),
    ),
    (
        "Kidney from group A donor for group O recipient. Error found at the back table check; "
        "implantation abandoned before any anastomosis.",
        (None, "12"),
    ),
    # an implant in the bowl, found while it was being impacted, had reached the patient
    (
        "Wrong size cup opened and put in the antibiotic bowl. Noticed when the surgeon was "
        "impacting it; removed and correct cup used.",
        ("2", None),
    ),
    (
        "Wrong size cup opened. Surgeon was about to start impacting it when the scrub nurse "
        "noticed; swapped before implantation.",
        (None, "2"),
    ),
    # the device's type told as found, before and after it went in
    (
        "Dual chamber PPM planned. Box checked before opening: found to be a single chamber "
        "device. Swapped for dual chamber before implantation.",
        (None, "2"),
    ),
    (
        "Device type found to be a single chamber PPM after implantation, dual chamber was "
        "planned.",
        ("2", None),
    ),
    # a clip from a past operation elsewhere is no retained item
    ("Surgical clip seen on CT; from 2008 cholecystectomy elsewhere.", (None, None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r7_surgical_blood(text: str, expected: tuple[str | None, str | None]) -> None:
    """Each wording is read as a reviewer applying the guide reads it."""
    assert never_event_codes(text) == expected
