"""The record was wrong, the act was right: another patient's paper found in this patient's
notes when this patient's own consent and list are right ("a consent form for a different
patient (R hip) filed in his notes ... his own consent and the list are correct") is a
misfiling, no paperwork catch of a wrong site (both null); an implant record carrying the wrong
stickers or labels (another case's, the next patient's box) when the implant itself is told the
right one, by word ("the right implant was used") or by value (the value put in is the one the
plan said), is a documentation error, no wrong implant (both null). This patient's own papers
disagreeing at the checks stay near miss 1; an implant told wrong, or another patient's, put in
stays never event 2, whatever the stickers say."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        "at sign in found a consent form for another patient (L knee) in Mr Dalby's notes. "
        "His own consent and the list say R hip and are correct. Form returned, IG incident "
        "done.",
        (None, None),
    ),
    (
        "pre op checks: another pt's consent form filed in this pt's notes, R TKR. this pt is"
        " listed and consented for L TKR which is right. removed",
        (None, None),
    ),
    (
        "Found a different patient's consent (left inguinal hernia) in the notes at the WHO "
        "sign in. Patient's own consent and list for right hernia correct. Datix for IG.",
        (None, None),
    ),
    (
        "ward pre-op check on the day - consent form belonging to another pt (R shoulder) was"
        " in our pts notes, our pts paperwork all correct for L shoulder",
        (None, None),
    ),
    (
        "Consent form for a diffrent patient found in the notes at time out, R ankle. This "
        "patients consent + list L ankle, all matched. form sent back to the right ward",
        (None, None),
    ),
    (
        "checked notes in the anaesthetic room, there was a booking form of another patient "
        "for a left cataract in them; pt's own form and the list are for R cataract, correct",
        (None, None),
    ),
    (
        "Anaesthetist noticed at sign in that the top consent form in the notes was for a "
        "different patient - R hip. Pt's own consent was further back and was for L knee, "
        "matching the list.",
        (None, None),
    ),
    (
        "THR - correct implants used but wrong stickers put on the implant record sheet (head"
        " sticker from another case). Found by NJR clerk. amended.",
        (None, None),
    ),
    (
        "Knee replacement: the planned implant was used, however the wrong sticker was placed"
        " in the notes (tibial tray from the next pt). Corrected by theatre coordinator.",
        (None, None),
    ),
    (
        "IOL sticker in the op note said +22.0D, plan said +21.5D. theatre register and the "
        "empty box checked - +21.5D was implanted, sticker came from the previous pt's box. "
        "notes amended",
        (None, None),
    ),
    (
        "Audit of notes: implant sticker showed a 54mm cup, template 52mm. Register and lot "
        "numbers checked, 52mm cup was implanted; the sticker was from another patient's box."
        " Record corrected.",
        (None, None),
    ),
    (
        "the correct lens was inserted but an incorrect label was stuck in the notes, lens "
        "label from a different patient. Found at coding.",
        (None, None),
    ),
    (
        "Hip hemi: right implant used, wrong stickers in implant record (stem stickers from "
        "theatre 3). Picked up when entering onto the NJR. corrected",
        (None, None),
    ),
    (
        "the planned device was implanted, but the box label put in the notes was from a "
        "different patient's device. Notes corrected, no harm.",
        (None, None),
    ),
    (
        "cataract list - op note lens sticker read 19.0D whereas biometry plan 20.0D. checked"
        " implant log: 20.0D was implanted. sticker was off the next pts box. documentation "
        "error.",
        (None, None),
    ),
    (
        "Implant record had the wrong stickers in it (from the case before), the right cup "
        "and stem were used per the register. Records amended.",
        (None, None),
    ),
    (
        "another pt's lens was implanted: the sticker showed the lens belonged to the next "
        "patient (+24.0D), plan +21.0D",
        ("2", None),
    ),
    (
        "wrong implant - 23.5D IOL implanted, plan said 23.0D. sticker in the notes confirms "
        "23.5D. Pt informed, DoC.",
        ("2", None),
    ),
    (
        "the wrong stickers in the record led to a check - the cup implanted was 50mm, "
        "templated 54mm, wrong size cup used",
        ("2", None),
    ),
    (
        "at time out noticed the consent form was for the wrong side (L), list and marking R."
        " procedure stopped, consent redone before starting",
        (None, "1"),
    ),
    (
        "Misfiled consent form: another patient's form found in the notes on the ward, no "
        "procedure planned for this pt",
        (None, None),
    ),
    (
        "lens opened for the next patient (box label had his name) noticed at the check "
        "before insertion, correct lens then opened",
        (None, "2"),
    ),
    (
        "Wrong size head (32mm) implanted instead of the 36mm planned, the stickers in the "
        "notes confirmed it",
        ("2", None),
    ),
    (
        "implant stickers were missing from the notes, correct implant confirmed from the register",
        (None, None),
    ),
    (
        "Pt received a 22.0D lens, plan was 24.0D, sticker from the box confirms the lens "
        "that went in. refractive surprise",
        ("2", None),
    ),
    (
        "At sign in the consent form had the wrong side, left instead of right; list says "
        "right, pt confirms right. corrected before anaesthetic",
        (None, "1"),
    ),
    (
        "wrong sticker put on the specimen pot, another patient's label. sample repeated",
        (None, None),
    ),
    (
        "The IOL implanted belonged to another patient - the box label in the notes had the "
        "other patient's name",
        ("2", None),
    ),
    (
        "consent form for a different procedure (lap chole instead of hernia repair) found at"
        " sign in; list says hernia repair; pt confirmed hernia repair",
        (None, "1"),
    ),
    (
        "Wrong implant: planned size 4 femoral component, size 5 implanted; sticker put in "
        "the wrong patient's notes as well",
        ("2", None),
    ),
    (
        "Consent form for another patient was used for Mr Hale - he was consented on the "
        "wrong form and the procedure was done on the other patient's side (L) instead of his"
        " R",
        ("1", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_record_wrong_act_right(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
