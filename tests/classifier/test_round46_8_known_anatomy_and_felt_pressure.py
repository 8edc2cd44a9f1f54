"""Round 46 (helper 8): anatomy known before the operation is no "unexpected anatomy", and a
team that "felt" rushed found no item after the closure."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

KNOWN_ANATOMY_WRONG_LEVEL = [
    # the anomaly named with its vertebra, then told as reported before
    "Listed for right L4/5 microdiscectomy. A sacralised L5 which was reported on the pre-op "
    "MRI was not counted in theatre and the discectomy was done at L3/4 in error. Returned to "
    "theatre for the correct level. Declared a never event, wrong level surgery.",
    # the panel's verdict, with the anomaly named again in the actions
    "Spinal M&M. Wrong level surgery: the decompression was performed at L2/3 instead of the "
    "consented L3/4, and the patient went back to theatre two days later. The panel agreed this "
    "was not unexpected anatomy because the variant was documented on the MRI. Actions: "
    "transitional vertebrae to be discussed at every brief.",
    # the question put and answered no, the anomaly reported on the imaging
    "Wrong level spinal surgery, discectomy done at L3/4 instead of L4/5, returned to theatre. "
    "The review considered whether this was unexpected anatomy and concluded it was not; the "
    "lumbarised S1 had been reported on the planning MRI.",
]

UNEXPECTED_ANATOMY_WRONG_LEVEL = [
    "Discectomy done at L3/4 instead of the listed L4/5. At operation an unexpected "
    "transitional vertebra was found that had not been seen on the pre-op MRI. Wrong level, "
    "excluded as unexpected anatomy.",
    "Discectomy done at L3/4 instead of the listed L4/5. A lumbarised S1 was identified "
    "intra-operatively; it had not been reported on the MRI. Unexpected anatomy.",
    "Discectomy at L3/4 instead of L4/5. MRI showed no transitional vertebra. At surgery a "
    "transitional vertebra was found unexpectedly; wrong level due to unexpected anatomy.",
]

FOUND_BEFORE_CLOSURE_THEN_FELT = [
    "At the closing count one large swab was missing. Closure was halted and the registrar "
    "found the swab under the liver and removed it. The count was then correct and the wound "
    "was closed. The team felt under time pressure as the list was overrunning.",
    "Count short by one swab before closing the sheath. The surgeon located it in the pelvis and "
    "took it out; closure completed and the final count was correct. Staff felt rushed because "
    "theatre coordination kept asking when the list would finish.",
    "During closure the scrub nurse noted a swab missing. Closure paused, the swab was found "
    "behind the bowel and removed. Sheath closed, final count correct. Afterwards the nurse "
    "said she felt under pressure to agree the count.",
]

FELT_WITH_THE_HAND_AFTER_CLOSURE = [
    "Count correct and wound closed. In recovery the patient complained of pain; on the ward "
    "the nurse felt a swab in the vagina and removed it. Retained swab.",
    "Wound closed, count signed as correct. Next day the surgeon felt a firm mass in the wound "
    "and on re-exploration found a swab. Retained swab, never event.",
    "Skin closed. Post-op the ward nurse felt under the dressing and found a swab tail. Swab "
    "left in the wound.",
]


@pytest.mark.parametrize("text", KNOWN_ANATOMY_WRONG_LEVEL)
def test_anatomy_known_before_the_operation_is_no_exclusion(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize("text", UNEXPECTED_ANATOMY_WRONG_LEVEL)
def test_anatomy_found_at_operation_is_still_excluded(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize("text", FOUND_BEFORE_CLOSURE_THEN_FELT)
def test_a_team_that_felt_rushed_found_no_item_after_closure(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", FELT_WITH_THE_HAND_AFTER_CLOSURE)
def test_an_item_felt_with_the_hand_after_closure_is_retained(text: str) -> None:
    assert never_event_codes(text)[0] == "3"
