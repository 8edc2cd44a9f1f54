"""A side queried or put right on paper, then what was done on the day.

A query about the side, or a consent or list put right ahead of the day, is only a catch when
the act then followed the right side: told "proceeded", "carried on" or "went ahead" on the
other side after the query, the act reached the patient (never event 1). A query answered
right, a note alone written wrong, or a ward bed move stay as they are.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # a query raised, the act then done on the wrong side
    (
        "At time out the scrub nurse queried the side. Surgeon said L was right and proceeded "
        "on the L knee. Consent and mark R.",
        ("1", None),
    ),
    (
        "pt asked why her R hand was being prepped as she was listed for L carpal tunnel. "
        "Surgeon said the R was correct and went ahead on the R.",
        ("1", None),
    ),
    (
        "ODP questioned the side at sign in, consent was for the L hip. Reg said the R was the "
        "correct side and carried on with the R hip. Realised post op.",
        ("1", None),
    ),
    (
        "Time out: anaesthetist queried side. surgeon insisted it was L and proceeded on L "
        "shoulder. consent R shoulder. DoC.",
        ("1", None),
    ),
    (
        "nurse queried the side at the time out, surgeon was confident and proceeded with the "
        "right knee arthroscopy; consent was for the left. found in recovery",
        ("1", None),
    ),
    (
        "Side query raised by the ODP at the time-out, consented for R inguinal hernia. "
        "Surgeon proceeded on the L groin anyway. DoC given.",
        ("1", None),
    ),
    (
        "Pt consented for R cataract. At the time out the nurse questioned which eye; surgeon "
        "said L and carried on with L eye phaco.",
        ("1", None),
    ),
    (
        "queried side at time out, consultant overrode and went ahead on the L hip; consent, "
        "list and mark all R. wrong side THR. DoC",
        ("1", None),
    ),
    # a paper fix ahead of the day, the act on the original side on the day
    (
        "Consent corrected from L to R in clinic. On the day the L knee was operated on.",
        ("1", None),
    ),
    (
        "Listing said R, corrected to L at pre-assessment. Day of surgery R inguinal hernia "
        "repaired in error.",
        ("1", None),
    ),
    (
        "consent amended to L in clinic. day of op: R knee scoped in error despite the correction.",
        ("1", None),
    ),
    # an op note's error that was the act's
    (
        "Op note reads 'dictated L in error'. On review the L wrist had actually been operated "
        "on; consent R. DoC.",
        ("1", None),
    ),
    (
        "op note said R ankle ORIF, secretary queried as listed L. checked: the R ankle had "
        "actually been fixed. DoC and datix.",
        ("1", None),
    ),
    # a wrong side caught before the act: near miss
    # the act after the re-prep is done as put right (paperwork_catch.done_once_put_right)
    (
        "Time out: wrong side prepped (L), consent R. Picked up, re-prepped R, proceeded on the R.",
        (None, "1"),
    ),
    (
        "Reg about to incise the L groin, scrub nurse queried, consent R. Stopped, re-draped, "
        "proceeded with R hernia repair.",
        (None, "1"),
    ),
    (
        "Scrub nurse queried the side. Surgeon agreed the L leg was wrong, re-draped before "
        "incision, proceeded on R as consented.",
        (None, "1"),
    ),
    # look-alikes: a query answered right, the act on the right side
    (
        "At time out ODP queried the side. Surgeon checked consent and MRI: R correct. "
        "Proceeded on the R knee, all correct.",
        (None, None),
    ),
    (
        "Nurse queried the side at sign in as the mark was hard to see; consent and list L, "
        "mark redrawn L, proceeded on L. no issues.",
        (None, None),
    ),
    (
        "Pt queried the side, anaesthetist rechecked the consent (R) and went ahead with the "
        "R block. No error.",
        (None, None),
    ),
    (
        "At time out, ODP asked R or L? Surgeon checked the x-ray: L was correct as consented. "
        "Proceeded on the L, nothing wrong.",
        (None, None),
    ),
    (
        "Pt queried which knee at sign in. Consent, list and mark all R. Surgeon confirmed R "
        "with pt and carried on with R TKR. Done correctly.",
        (None, None),
    ),
    # look-alikes: only the note wrong, the act right
    (
        "Op note dictated L in error; operation was done on the R as consented. Note corrected.",
        (None, None),
    ),
    (
        "op note says left hernia repair - dictation error, pt had the right side repaired as "
        "consented and marked. amended.",
        (None, None),
    ),
    # look-alikes: a paper fix that held
    (
        "Listing error (R) amended to L a fortnight before. On the day the L TKR was done as "
        "planned.",
        (None, None),
    ),
    (
        "Consent corrected to R in clinic last month. On the day R carpal tunnel release done "
        "as planned, no issues.",
        (None, None),
    ),
    # look-alikes: a side changed on the day with a new consent
    (
        "Listed for L hip injection. On the day pt said the R was now worse; consultant "
        "reassessed, new consent for R, R marked, list updated. R injected.",
        (None, None),
    ),
    # look-alikes: a ward bed move is no procedure
    (
        "Patient moved from the L to the R bed space on the ward for cleaning.",
        (None, None),
    ),
    (
        "pt transferred from the left bed in bay 2 to the right bed for isolation, no issues",
        (None, None),
    ),
    (
        "Moved pt to R bed space from L bed space as the call bell was broken.",
        (None, None),
    ),
    (
        "Bed move: L side of the bay to R side, obs continued.",
        (None, None),
    ),
    (
        "Pt was moved from left to right side bay overnight without the family being told.",
        (None, None),
    ),
    (
        "Pt asked to move from the R bed by the window to the L bed nearer the toilet.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_side_query_then_act(text: str, expected: tuple[str | None, str | None]) -> None:
    """Each wording is read as a reviewer applying the guide reads it."""
    assert never_event_codes(text) == expected
