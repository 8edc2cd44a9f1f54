"""The end of a procedure is the patient leaving it, not the word of closing (engine:
procedure_open). A count short at sign out, "after skin closure" or "at the end of suturing",
whose item was found while the patient was still in the procedure (still on the table, still
under GA, still in lithotomy, operator still scrubbed, not yet woken or dressed, before she got
up, before extubation, before transfer) is near miss 3. An item found after a later time or a
going to later care is told ("transferred to the ward ... next morning", "moved to recovery")
stays never event 3; items never in the patient, or left on purpose with a plan, stay null."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    "Knee arthroscopy. Sign out done, count short by one patty. Pt still asleep on the table so "
    "the cons re-scoped and the patty was seen in the lateral gutter and taken out. count now "
    "correct",
    "skin closed with staples then the ODP said the needle count was 1 down. pt still under GA, "
    "image intensifier showed the needle in the wound, staples taken out and needle removed",
    "end of suturing 2nd deg tear by the student mw, swabs 4/5. woman still in lithotomy, "
    "re-examined by me and the swab was found rolled up in the vagina and removed",
    "throat pack count not done at sign out. before the pt was extubated the anaes looked with "
    "the laryngoscope and found the pack in the oropharynx, removed",
    "Lap appendix, port sites closed, count then 1 small swab missing. Pt not yet woken, "
    "laparoscope reinserted and swab found in the pelvis and removed",
    "after closure the count came up 1 raytec short, xray on table before transfer showed it in "
    "the RIF, wound reopened, removed",
    "Hernia repair. Skin closed, sign out: 1 needle unaccounted for. Patient still anaesthetised, "
    "x-ray on the table showed the needle in the groin wound, reopened and removed.",
]

RETAINED = [
    "perineal repair on delivery suite, woman transferred to the postnatal ward. next morning "
    "she passed a swab PV, count sheet had said correct",
    "central line put in on ICU yesterday, CXR this morning shows the guidewire still in the "
    "vessel, line team to remove",
    "count 1 swab short at the end but signed as correct. pt transferred to the ward. swab found "
    "still in the vagina by the midwife the next morning before she got up",
    "The guidewire was not removed before the dressing was applied; CXR next day showed it in "
    "the IVC",
    "count was short. the cons still in theatre said to close anyway. 6 weeks later CT showed "
    "the swab in the pelvis",
]

NOT_RETAINED = [
    "count short at the end, pt still on the table, xray showed nothing in the pt, swab found "
    "later in the linen skip",
    "pt still on the table when the cons decided to leave the drain in for 48 hrs, documented in "
    "the op note",
    "patient still in lithotomy while the midwife checked the swabs, count correct, tampon "
    "removed as planned at end of repair",
    "vaginal pack inserted at the end of the repair for bleeding, documented plan to remove at 6 "
    "hrs on the ward, removed at 6 hrs as planned",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_item_found_while_the_patient_was_still_in_the_procedure_is_near_miss_3(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", RETAINED)
def test_item_found_after_the_patient_left_the_procedure_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", NOT_RETAINED)
def test_no_item_left_in_stays_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)
