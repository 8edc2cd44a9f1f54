"""Review R16 of the readings added for wrong site and patient (code 1) and retained items and
blood (codes 3, 12): look-alikes the new readings over-reached on, read as the guide reads them.

- a piece of food choked on rules out only the finding it is the evidence of: a swab found
  retained beside a choking on food is still never event 3;
- a device "put" is placed only with its way in ("put in"), and a device "placed/put on hold"
  is set aside, not placed: a wrong patient caught with the drain put on hold is a near miss;
- a general anatomical variant told known and not on the plan, with the correct level told
  done, left no wrong level (no never event).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        "Swab count incorrect at closure. The patient choked on a piece of food later. X-ray "
        "showed a retained swab which was removed.",
        ("3", None),
    ),
    (
        "Resident choked on a piece of toast at breakfast, back blows given and cleared.",
        (None, None),
    ),
    (
        "Wrong patient brought to the procedure room; drain was put on hold and patient returned "
        "to ward before anything was done.",
        (None, "1"),
    ),
    (
        "Wrong patient in the procedure room, caught at time out; the drain was placed on hold "
        "and the pt returned to the ward.",
        (None, "1"),
    ),
    # the wrong person read as stopped (patient_identity): the phrase rule yields to it
    (
        "Wrong patient brought to the procedure room; drain was put on hold and patient returned "
        "to ward.",
        (None, "1"),
    ),
    (
        "Wrong patient brought to IR. A drain was put in before the ID error was found.",
        ("1", None),
    ),
    (
        "Known anatomical variant on the MRI was not on the plan, but the correct level L4/5 was "
        "identified with imaging and operated.",
        (None, None),
    ),
    (
        "Anatomical variant known but not on the plan. The correct level was then confirmed on "
        "imaging and decompressed.",
        (None, None),
    ),
    (
        "Anatomical variant known but not on the plan; wrong level L3/4 decompressed instead of "
        "L4/5.",
        ("1", None),
    ),
    (
        "Patient group A received group O platelets (not high titre tested). No reaction.",
        ("12", None),
    ),
    ("Group O patient received group A red cells in error.", ("12", None)),
    ("Group A patient received group AB platelets.", (None, None)),
    (
        "Listing was R knee; list changed a week ahead to L. R knee arthroscopy was performed in "
        "error.",
        ("1", None),
    ),
    (
        "Pt listed for R carpal tunnel release. In the anaesthetic room she said she would rather "
        "have the L done as it was worse; consultant re-consented for L and L CTR performed.",
        (None, None),
    ),
    (
        "Patient listed for R TKR. Left knee replaced in error. At debrief pt told staff she'd "
        "rather have had the left done first anyway; consent was re-taken for the R side later.",
        ("1", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r16_surgical_and_blood_readings(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
