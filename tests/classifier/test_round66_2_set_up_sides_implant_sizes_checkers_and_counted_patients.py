"""Round 66, helper 2: never events and near misses told through a limb put in the positioning
kit, a handed implant named by its side and size, the reporter refusing to check an insulin
syringe, and other patients counted in a busy room.

- The limb of one side put in the leg holder, arm board or stirrups ("the L leg was in the leg
  holder") is that side set up, nothing invasive yet: with the other side consented and the
  error caught before any incision, near miss 1. The planned side put in the holder stays no
  event.
- A handed implant named by its side and size ("the correct L size 4 opened") is the part's
  side, not a side operated on; the correct size opened after the wrong-sided box was caught is
  near miss 2, not a wrong-site near miss. A correct size opened with no error stays no event.
- The reporter asked to check an insulin dose drawn up in a non-insulin syringe refusing to
  check it ("I refused to check it"), and an insulin syringe then fetched ("we got an insulin
  syringe from pharmacy"), is the catch: near miss 6, the "correct dose given" after it being
  the redo. An insulin syringe used from the start stays no event.
- Other patients counted as the room's load ("busy bay (3 other pts), procedure done") are
  people nearby, not another patient's procedure: no wrong-patient never event 1, and a
  guidewire found left in later is never event 3. Another patient's procedure done on ours
  stays never event 1.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # the limb of the wrong side put in the leg holder, caught before any incision
    (
        "L knee arthroscopy listed. on walking into theatre the scrub nurse saw the R leg was "
        "already in the leg holder and the SpR was starting skin prep. consent and site mark "
        "were L. stopped, changed to the L leg before any incision was made.",
        (None, "1"),
    ),
    (
        "R ankle ORIF. the R leg was placed in the leg holder and prepped, site mark and consent "
        "both R, procedure went ahead as planned.",
        (None, None),
    ),
    # a handed implant named by its side and size, the correct one opened after the catch
    (
        "L TKR. femoral component box size 4 opened onto the trolley. at the implant check the "
        "surgeon read the label and it said RIGHT. not implanted, sent back. correct L size 4 "
        "opened, short delay, no harm.",
        (None, "2"),
    ),
    (
        "L TKR. correct L size 4 opened and implanted, uneventful.",
        (None, None),
    ),
    # the reporter refusing to check an insulin dose drawn up in a non-insulin syringe
    (
        "student nurse asked me to check her insulin for bay 3. she had drawn up Humalog 6 "
        "units in a 2ml syringe as the insulin syringes had run out. I refused to check it, we "
        "got an insulin syringe from the next ward and drew up again, correct dose given.",
        (None, "6"),
    ),
    (
        "student nurse asked me to check her insulin for bay 3. she had drawn up Humalog 6 "
        "units in an insulin syringe, checked against the chart, correct dose given.",
        (None, None),
    ),
    # other patients counted as the room's load: no other patient's procedure
    (
        "very busy bay (3 other pts), procedure done without an assistant as the HCA was on "
        "her break.",
        (None, None),
    ),
    # ... and a guidewire found left in later is a retained object
    (
        "femoral line inserted on the ward overnight by the med reg. very busy bay (3 other "
        "pts), procedure done without an assistant. AXR next day showed the guidewire still in "
        "the vessel. removed by IR.",
        ("3", None),
    ),
    (
        "another patient's procedure was done on our pt: the biopsy booked for bed 9 was "
        "carried out on the lady in bed 7.",
        ("1", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round66_2_outcome(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
