"""Session 26 (never event 3): "plan to discuss removal" of an item found later is no planned item.

"a curved needle (approx 2cm) seen in the preperitoneal space next to the mesh. Op record count
was signed correct ... Pt informed; asymptomatic from it, plan to discuss removal": the plan was
made after the needle was found, not written at the operation, so the item is retained (never
event 3). A pack left with its removal planned in the op note stays intentional.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_needle_found_later_with_removal_to_be_discussed_is_never_event_3() -> None:
    text = (
        "Pt had a hysterectomy last year; pelvic xray this month shows a needle in the pelvis. "
        "Plan to discuss removal with the gynae team."
    )
    assert never_event_codes(text) == ("3", None)


def test_pack_left_with_removal_planned_in_the_op_note_is_no_never_event() -> None:
    text = (
        "Nasal packs inserted at the end of septoplasty, documented in the op note for removal "
        "the next morning. Removed on the ward at 08:00 as planned."
    )
    assert never_event_codes(text)[0] is None
