"""Round 54, helper 2: theatre look-alikes of never events 1 and 3.

- A pack put in at the end of an operation whose removal time the op note gives in its own
  short words ("op note says 'pack out 6am tomorrow'") was left on purpose with a plan: its
  late removal is a handover failure, not a retained object. A pack with no plan still is one.
- A broken-off instrument piece found in the gallbladder bed written short ("GB bed") and
  taken out before closure is a near miss 3, as "gallbladder bed" already was.
- A side written wrongly only on a board or list, with the report's word that nothing was
  marked or prepped on the wrong side, and the operation then done on the correct side: no
  near miss. A wrong side prepped, then put right, still is one.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PACK_WITH_PLAN_IN_OP_NOTE = [
    "vaginal pack and catheter in after the anterior repair. op note says pack + catheter out "
    "6am tomorrow. not handed over overnight, removed at 13:00 next day by the day team.",
    "Nasal pack placed at the end of septoplasty, op note states pack out next morning on the "
    "ward. Night team unaware, pack came out late morning, pt very uncomfortable.",
]

PACK_WITHOUT_PLAN = [
    "vaginal pack found by the community midwife on day 4 after the perineal repair, nothing "
    "about a pack in the op note and no count recorded.",
]

PIECE_IN_GB_BED = [
    "lap chole: instrument check before closing the ports, tip missing from the grasper jaw. "
    "scope back in, surgeon found it in the GB bed and removed it.",
    "Lap cholecystectomy. At closing count scrub nurse said a small metal piece was missing "
    "from the clip applier. found in the gall bladder bed and retrieved before closure.",
]

BOARD_ONLY_WRONG = [
    "Whiteboard in theatre 2 said LEFT for a R knee arthroscopy, carried over from the last "
    "list. consent, mark and list all R. ODP spotted it at sign in and the board was wiped. "
    "op done on the R, the correct side. no wrong side prep or mark happened.",
]

PREPPED_WRONG_THEN_PUT_RIGHT = [
    "Whiteboard said LEFT for a R knee arthroscopy. L knee prepped and draped from the board. "
    "ODP spotted it at the time out, drapes off. op done on the R, the correct side.",
]


@pytest.mark.parametrize("text", PACK_WITH_PLAN_IN_OP_NOTE)
def test_pack_with_removal_time_in_op_note_is_not_retained(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", PACK_WITHOUT_PLAN)
def test_pack_with_no_plan_is_still_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", PIECE_IN_GB_BED)
def test_piece_found_in_gb_bed_before_closure_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


# A theatre board's wrong side for this patient's operation caught at sign in before anything
# was done is near miss 1: the guide's hard case "A wrong side, site or procedure written for
# this patient's operation only on paper ... caught at the day-of-surgery checks" (decided at
# session 37; it was null before).
@pytest.mark.parametrize("text", BOARD_ONLY_WRONG)
def test_side_wrong_only_on_a_board_caught_at_sign_in_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", PREPPED_WRONG_THEN_PUT_RIGHT)
def test_wrong_side_prepped_then_put_right_is_still_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
