"""How the act, the catch and the timing of a wrong site or a retained item are told: a check
named in full with its own "before" and told as not done ("no stop before you block
immediately before needling") dates the check that was missed, so a wrong-side block already
in stays never event 1; the report's word that nobody was marked on the wrong side ("No one
was marked or prepped on the wrong side") is no wrong side, so a list misprint put right at
the brief is neither; and a count told with the item first and the one short after it
("Needle count at the end - one needle unaccounted for") is an item missing, found in the
wound before closure a near miss 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

BLOCK_IN_WITH_THE_NAMED_CHECK_MISSED = [
    "Adductor canal block given to the R leg for a L TKR, 20ml levobupivacaine in. Recovery "
    "nurse noticed the arrow on the L. There was no stop before you block immediately before "
    "needling.",
    "Fascia iliaca block to the wrong hip - L instead of R. Spotted by the ODP as the needle "
    "was withdrawn, 30ml already given. No stop before you block before the needle went in.",
]

BLOCK_STOPPED_AT_THE_CHECK = [
    "Popliteal block planned for the R ankle ORIF. At the stop before you block the ODP saw the "
    "L leg was exposed, stopped before needling, R leg then blocked.",
]

LIST_MISPRINT_PUT_RIGHT_NOBODY_MARKED = [
    "Monday list printed 'R trigger finger release'; consent and clinic letter both say L. "
    "Picked up by the anaesthetist at the team brief, list amended. No one was marked or "
    "prepped on the wrong side.",
    "Theatre list typed as L ganglion excision, consent and clinic letter say R. Noticed at the "
    "morning huddle, list reprinted. Nobody was marked on the wrong hand.",
]

WRONG_MARK_CAUGHT = [
    "L inguinal hernia listed. Arrow drawn on the R groin by the SHO, picked up at sign in and "
    "re-marked on the L. No one was prepped on the wrong side.",
]

COUNT_SHORT_ITEM_FIRST_FOUND_IN_THE_WOUND = [
    "Open appendicectomy. Needle count at closure - one 4/0 needle unaccounted for. Image "
    "intensifier used: needle seen in the wound, retrieved before the skin was closed.",
    "Swab count at the end of the LSCS: one swab unaccounted for. Abdomen re-explored before "
    "closing the rectus, swab found in the paracolic gutter and removed.",
]

COUNT_SHORT_ITEM_FOUND_OUTSIDE = [
    "Lap chole. Swab count at closure - 1 swab missing. Found in the clinical waste bin, count "
    "reconciled.",
    "Needle count at the end one needle short, searched the floor and found it stuck to the "
    "scrub nurse's clog. Count correct.",
]


@pytest.mark.parametrize("text", BLOCK_IN_WITH_THE_NAMED_CHECK_MISSED)
def test_block_in_with_the_named_check_missed_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", BLOCK_STOPPED_AT_THE_CHECK)
def test_block_stopped_at_the_named_check_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_block_on_the_planned_side_with_the_check_missed_is_neither() -> None:
    text = (
        "Interscalene block for R shoulder arthroscopy, done on the R. No stop before you block "
        "before needling was recorded; audit finding only."
    )
    assert never_event_codes(text) == (None, None)


# A list's wrong side caught at the day-of checks (team brief, huddle) before anything was done
# is near miss 1 whether or not anyone was marked: the guide's hard case "A wrong side, site or
# procedure written for this patient's operation only on paper ... caught at the day-of-surgery
# checks" (decided at session 37; it was null before).
@pytest.mark.parametrize("text", LIST_MISPRINT_PUT_RIGHT_NOBODY_MARKED)
def test_list_misprint_put_right_with_nobody_marked_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", WRONG_MARK_CAUGHT)
def test_wrong_mark_caught_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text)[1] == "1"


def test_nobody_noticing_the_wrong_side_stays_never_event_1() -> None:
    text = (
        "Pt prepped on the R for a L hernia repair. No one noticed until after the incision "
        "was made on the R."
    )
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", COUNT_SHORT_ITEM_FIRST_FOUND_IN_THE_WOUND)
def test_count_short_told_item_first_found_in_the_wound_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", COUNT_SHORT_ITEM_FOUND_OUTSIDE)
def test_count_short_item_found_outside_the_patient_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_count_correct_is_neither() -> None:
    assert never_event_codes("Needle count correct at the end, nothing missing.") == (None, None)
