"""How the act, the catch and the timing of a wrong site are told across a report: a nerve
block told as the steps of its set-up, the listed side in the first sentence and the block on
the other side four sentences on, is never event 1; a keyhole operation turned open, told as on
the consent or for what was found, overturns a complaint of the wrong operation; a list put
right at the brief with the site mark told as agreeing with the other records ("consent and
site marking both R") is a paper error caught at the day-of checks, near miss 1 (session 37);
the wrong eye's set-up taken down ("speculum out") before the injection, caught at a check
dated before the syringe was picked up, is near miss 1."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

BLOCK_TOLD_AS_THE_STEPS_OF_ITS_SET_UP = [
    "Booked for R TKR. WHO sign in completed in the anaesthetic room. Pt positioned supine and "
    "US set up. Stop before you block was not done as the ODP was setting up the warmer. "
    "Adductor canal block performed on the L leg with 15ml bupivacaine. Noticed at time out.",
    "Consented for L shoulder arthroscopy. Sign in done, mark seen. Pt sat up for the "
    "interscalene block. SBYB not performed as the nurse was called away. Block sited in the R "
    "neck. Discovered when surgeon prepped the L shoulder.",
]

BLOCK_ON_THE_PLANNED_SIDE = [
    "Consented for L shoulder arthroscopy. Sign in done, mark seen. Pt sat up for the "
    "interscalene block. SBYB done with ODP, L confirmed. Block sited on the L, uneventful.",
]

CONVERSION_TOLD_AS_CONSENTED_OR_CAUSED = [
    "PALS concern - daughter says her mum had the wrong operation as she was meant to have "
    "keyhole gallbladder surgery but has a large scar. Op note: lap chole converted to open due "
    "to bleeding from cystic artery. Risk of conversion was on the consent form.",
    "Complaint from pt: alleges wrong operation done, he was consented for keyhole and ended up "
    "with open surgery. Review: converted to open for dense adhesions, conversion discussed and "
    "signed for on consent.",
    "Pt's husband believes she had the wrong operation - booked for lap hysterectomy, had an "
    "abdominal hysterectomy. Consent included possible laparotomy. Converted due to a large "
    "fibroid uterus.",
]

WRONG_OPERATION_BESIDE_A_CONVERSION = [
    "Complaint: pt says wrong operation - consented for lap R inguinal hernia repair with "
    "possible conversion to open, but a L sided repair was done instead.",
    "Pt consented for laparoscopic cholecystectomy. Surgeon performed wrong procedure - an "
    "appendicectomy was done. Discovered on reading the op note.",
]

# A list's wrong side caught at the brief, the mark agreeing with the other records, is near miss
# 1: the guide's hard case "A wrong side, site or procedure written for this patient's operation
# only on paper ... caught at the day-of-surgery checks" (decided at session 37; these were null
# before). Two wordings are not read so yet (the brief named with no article; no operation
# named beside the list) and are kept as expected failures.
LIST_PUT_RIGHT_MARK_AGREEING = [
    pytest.param(
        "Booking error: list showed L hernia; clinic letter, consent and arrow were all R. List "
        "corrected at brief, pt already marked R on the ward.",
        marks=pytest.mark.xfail(strict=True, reason="'at brief' is not read as the day-of check"),
    ),
    "Theatre list typed as R TKR, consent, xrays and site marking all L. Picked up at the "
    "morning brief and the list amended. Pt not affected.",
    pytest.param(
        "Typo on the list (wrong side) for pt 5 - consent and marking both L. picked up at the "
        "team brief and list reprinted.",
        marks=pytest.mark.xfail(strict=True, reason="no operation named beside the list"),
    ),
]

WRONG_MARK_OR_PREP_PUT_RIGHT = [
    "Consent and marking both L (wrong), imaging R. Picked up at sign in, mark removed and "
    "re-sited on the R, consent redone.",
    "Consent and marking both say R; L leg prepped by ODP - picked up at time out, prep washed "
    "off and R leg prepped.",
    "During the team brief the list said R carpal tunnel and the consent said L, caught by ODP "
    "before pt sent for. Pt confirmed L. list corrected",
]

EYE_SET_UP_TAKEN_DOWN_BEFORE_THE_SYRINGE = [
    "Left eye cleaned with iodine and speculum inserted, but the injection plan was for the "
    "right eye. Doctor noticed when reading the plan aloud before picking up the needle. "
    "Speculum removed, right eye prepped and injection given.",
    "Wrong eye prepped (L instead of R) - stopped at the pre-injection pause. Re-prepped R eye "
    "and injected.",
]

EYE_INJECTED_ON_THE_WRONG_SIDE = [
    "Pt prepped for LEFT eye, plan said RIGHT. Injection given into the left eye. Noticed after "
    "when checking the EPR. Pt informed.",
    "L eye prepped and injected with aflibercept, plan was R. Realised afterwards. R eye then "
    "prepped and injected.",
]


@pytest.mark.parametrize("text", BLOCK_TOLD_AS_THE_STEPS_OF_ITS_SET_UP)
def test_block_told_as_the_steps_of_its_set_up_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", BLOCK_ON_THE_PLANNED_SIDE)
def test_block_on_the_planned_side_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CONVERSION_TOLD_AS_CONSENTED_OR_CAUSED)
def test_conversion_told_as_consented_or_caused_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_OPERATION_BESIDE_A_CONVERSION)
def test_wrong_operation_beside_a_conversion_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_conversion_with_no_complaint_is_neither() -> None:
    text = "Lap chole converted to open due to adhesions, as consented. Pt recovering on ward."
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", LIST_PUT_RIGHT_MARK_AGREEING)
def test_list_put_right_at_the_brief_with_the_mark_agreeing_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", WRONG_MARK_OR_PREP_PUT_RIGHT)
def test_wrong_mark_or_prep_put_right_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", EYE_SET_UP_TAKEN_DOWN_BEFORE_THE_SYRINGE)
def test_eye_set_up_taken_down_before_the_syringe_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", EYE_INJECTED_ON_THE_WRONG_SIDE)
def test_eye_injected_on_the_wrong_side_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
