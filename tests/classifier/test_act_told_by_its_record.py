"""The act told by its record (engine.act_record): a side named with an act by a record made
after it (the operation note, the imaging after the procedure, the histology) is the side acted
on, while the plan's side is told in another sentence ("The op note records a L inguinal
hernia repair. Pt was listed and marked for a right inguinal hernia"): never event 1. What
stays: a record agreeing with the plan, a record before the act (pre op imaging), a record the
report puts right ("Report amended", "Corrected"), and a record going against an act the
report tells in its own words ("right ear grommet inserted as planned, op note says 'L'")."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

TOLD_BY_ITS_RECORD = [
    "The op note records a L inguinal hernia repair. Pt was listed and marked for a right "
    "inguinal hernia. Discovered at the outpatient review when the pt complained of the lump "
    "still there",
    "Operation note states L carpal tunnel release performed. pt was consented for a right "
    "CTR. found at the wound check by the practice nurse.",
    "Day case hernia list. Pt listed for R inguinal hernia repair. Discharge summary typed from "
    "the op note says left inguinal hernia repaired. Surgeon confirmed the left side was "
    "operated on.",
    "Operative note records R knee arthroscopy. Consent form and list both say left knee. pt "
    "told by cons.",
]

RECORD_THAT_STAYS = [
    "Op note reads right inguinal hernia repair, as listed and consented. Uneventful.",
    "Post op xray shows good position of the R hip prosthesis. Pt mobilising.",
    "histology of the L breast core shows fibroadenoma, concordant with imaging of the L "
    "breast lump. plan discussed at MDT.",
    "Post op film of the knee first reported as 'left TKR' - operation was R TKR and the films "
    "were R. Report amended by the radiologist. No clinical impact.",
    "left ear grommet inserted as planned, op note says 'R grommet'. Corrected by the surgeon.",
]


@pytest.mark.parametrize("text", TOLD_BY_ITS_RECORD)
def test_side_told_by_the_record_of_the_act_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", RECORD_THAT_STAYS)
def test_record_agreeing_or_put_right_is_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is None


def test_record_before_the_act_stays_a_near_miss() -> None:
    text = (
        "Pre op CT shows a L renal stone. Listed for R ureteroscopy in error by booking. Picked "
        "up at WHO sign in, corrected to L before anaesthetic."
    )
    assert never_event_codes(text) == (None, "1")
