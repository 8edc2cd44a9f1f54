"""Review R13: look-alikes of today's readings that they misread, read as the guide reads them.

- A member of staff before a bare "already given" ("the anaesthetist already given 20ml on the
  R") is the giver told tersely: the patient was reached. Only a passive "given" or "handed"
  ("porter had been given the surname") makes the staff member the receiver.
- A methotrexate giving's "again" tells the dose repeated only when it stands for the giving
  ("given Sunday and then again on Monday"); after another verb ("the pharmacist checked again
  on Wednesday"), opening a clause of its own ("and again he asked for it") or a week on ("again
  7 days later") it tells no second dose.
- A spinal variant is told unknown by imaging that "did not show" it only when that is the
  imaging the plan was made from; the procedure's own count or screening that did not show the
  level ("the count on the table did not show it", "the fluoroscopy did not show the sacrum")
  is the wrong count itself: never event 1.
- A clip is the wound's closure when told the skin's or wound's, named back in a report that
  tells skin clips ("the clips were still in"), or in the sentence of its set removal; a new
  clip brought in ("a loose clip lying free in the pelvis") in a report that names wound clips
  due out is a retained item, never event 3.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # staff before a bare "already given": the giver
    (
        "Consent and marking for L femoral nerve block. ODP noticed at the stop before you block "
        "that the R side was prepped, but the anaesthetist already given 20ml on the R.",
        ("1", None),
    ),
    (
        "Pt for R knee arthroscopy, L knee prepped. Noticed at the time out but the anaesthetist "
        "had already given the block on the L side.",
        ("1", None),
    ),
    # "again" of another act, of a new clause, or of the next weekly dose
    (
        "Methotrexate 15mg weekly. Given on Monday (his correct weekly dose) and again 7 days "
        "later as charted. Pharmacist reviewed the chart on Thursday, no concerns.",
        (None, None),
    ),
    (
        "Methotrexate given on Monday, his usual weekly dose, and the pharmacist checked again on "
        "Wednesday that the chart was correct; chart said daily, amended before any further "
        "dose.",
        (None, "7"),
    ),
    (
        "Methotrexate 10mg weekly given correctly on Monday and reviewed again on Tuesday by the "
        "pharmacist, who saw the chart said daily and amended it before any further dose.",
        (None, "7"),
    ),
    (
        "Pt takes methotrexate weekly, given his dose Monday as usual and again he asked for it "
        "on Tuesday but the nurse checked the chart, said daily in error, pharmacist amended, "
        "not given.",
        (None, "7"),
    ),
    # ... and the second dose told otherwise still reached
    (
        "Methotrexate given as usual on Thursday, and once again Friday morning because the eMAR "
        "showed it daily. Spotted by the pharmacist before the next dose.",
        ("7", None),
    ),
    (
        "Methotrexate 20mg weekly, the correct dose was given on Sunday and then again on Monday "
        "by the agency nurse. Pharmacist queried on Tuesday before any further dose.",
        ("7", None),
    ),
    # a variant with the procedure's own count or screening that "did not show" it
    (
        "L4/5 discectomy done at L5/S1. Post-op review found a sacralised L5. This was on the "
        "pre-op MRI; the count on the table did not show it; wrong level operated.",
        ("1", None),
    ),
    (
        "Wrong level: L3/4 microdiscectomy performed at L4/5. Transitional vertebra present. "
        "Intra-op x-ray did not show the count clearly; the surgeon counted wrongly.",
        ("1", None),
    ),
    (
        "Facet injection done at L4/5 instead of L5/S1. Lumbarised S1. The level was counted "
        "wrongly; the fluoroscopy did not show the sacrum well.",
        ("1", None),
    ),
    # ... while the planning imaging told as not showing it still excuses
    (
        "Wrong level spinal surgery, L2/3 instead of L3/4. Post-op MRI showed a transitional "
        "vertebra. The pre-op imaging was a lumbar MRI only; it showed five lumbar vertebrae; "
        "the variant was not identified before surgery.",
        (None, None),
    ),
    # a clip that is not the wound's beside wound clips due out
    (
        "Wound clips due out day 12 at the GP. Laparoscopy for pain at 3 weeks found a loose clip "
        "lying free in the pelvis, dropped during the first operation; removed.",
        ("3", None),
    ),
    (
        "Skin clips due out day 10 by the DN. At clip removal the DN found a small gauze swab in "
        "the wound and it was removed.",
        ("3", None),
    ),
    # ... a bare clip in the sentence of the planned removal is still the closure
    (
        "Skin clips due out day 10. At day 10 a clip was found buried, removed by the DN. Count "
        "at the end of surgery was correct.",
        (None, None),
    ),
    # a flush made up on the round, confirmed right, beside a stock finding
    (
        "Stock check found strong KCl in the flush drawer; the nurse had prepared a flush on the "
        "round earlier from the same drawer but it was confirmed as sodium chloride and given.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r13_look_alikes_read_as_told(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
