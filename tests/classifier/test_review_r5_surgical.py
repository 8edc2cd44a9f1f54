"""Review R5 of the surgical and blood readings added at session 41: look-alikes that the new
readings misread, each with the (never event, near miss) pair the guide gives.

- A "correct" told of the plan's paperwork ("the consent was correct", "all paperwork was
  correct") after someone's worry is no verdict on the act: the other side operated on is a
  wrong site (engine.site_query_answered).
- A "correct" told as someone's claim ("Surgeon said the R was correct") is no verdict either.
- A side "changed to" or "altered to" is a paper put right only when a paper that sets the
  side is named before it: an operating table tilted to the left is no plan for the left
  (engine.side_put_right).
- A packaging fault beside a wrong implant told put in ("Wrong size femoral head implanted.
  The box was mislabelled") only explains the wrong implant, whatever other component is told
  right beside it (engine.implant_packaging).
- A clip told lost at its operation ("dropped ... not retrieved") is a retained item found
  later, whatever year or "known" is told beside it: not a device from a past operation meant
  to stay (engine.item_fate).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # a verdict told of the plan's paperwork, the act on the other side
    (
        "R TKR planned. the L knee was operated on. I was worried at the time. the consent "
        "was correct.",
        ("1", None),
    ),
    (
        "Pt for R knee arthroscopy, consent and mark R. Scrub nurse was concerned about the "
        "side at the start. Arthroscopy of the L knee performed. All paperwork was correct.",
        ("1", None),
    ),
    # a verdict told as someone's claim
    (
        "Pt queried why his L hand was being prepped as he was listed for R carpal tunnel. "
        "Surgeon said the R was correct and proceeded on L. Op note says L.",
        ("1", None),
    ),
    # a table, not a paper, changed to a side
    ("Operating table was altered to the left tilt. R hemicolectomy done.", (None, None)),
    # a wrong implant told put in, with a mislabelled box and another component right
    (
        "Wrong size femoral head implanted. The box was mislabelled by the manufacturer. "
        "Correct stem used. Revision planned.",
        ("2", None),
    ),
    # a clip lost at its operation, dated or "known"
    (
        "Surgical clip dropped during lap chole in 2026, not retrieved or documented, seen on "
        "CT 2 weeks later.",
        ("3", None),
    ),
    (
        "Lap chole 2 weeks ago. CT today shows a surgical clip lying free in the abdomen, known "
        "to have been dropped during the op and not retrieved; not documented.",
        ("3", None),
    ),
    # true cases and look-alikes the new readings already read right, kept
    (
        "Relative concerned we had operated on the wrong leg; checked - consent, mark and op "
        "note all L, L leg operated. No error.",
        (None, None),
    ),
    (
        "Stickers for the implant were put in the wrong patient's notes. The correct implant "
        "was used for this pt.",
        (None, None),
    ),
    (
        "THR. Outer carton of the cup was labelled left, cup itself is non-sided. Correct cup "
        "was implanted.",
        (None, None),
    ),
    ("Surgical clip from lap chole in 2011 seen on CT. No concern.", (None, None)),
    (
        "Plan was to remove the throat pack before leaving theatre but this was forgotten; pt "
        "coughed it up in recovery.",
        ("3", None),
    ),
    (
        "Platelets given on the ward. Pack was group O, pt group A, pack not labelled high "
        "titre negative. Pt developed rigors.",
        ("12", None),
    ),
    (
        "PPH following SVD, 3 units of blood given. Perineal tear sutured in room. On day 2 the "
        "midwife found a pack still in the vagina that had not been removed after the repair.",
        ("3", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r5_surgical(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
