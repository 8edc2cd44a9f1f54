"""Whose side is it, and was it put in. An implant told as of one side ("R eye lens
opened", "the lens opened was for the LEFT eye", "custom cup (L)", "volar plate RIGHT") in a
report whose operation is told of the other ("pt having L eye done", "we were doing the
right") is a wrong implant (never event 2, near miss 2 when caught before it went in), not a
wrong site; an act told on the wrong side (an incision, a prep and incision) stays never event
1, and an implant of the operation's own side is neither. The implanting step told done before
any catch ("lens inserted ... noticed afterwards") is a never event 2, a catch told after it
too late."""

from __future__ import annotations

import pytest

from classifier.engine.implant_sides import side_mismatches
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes

CAUGHT_IMPLANT_OF_THE_OTHER_SIDE = [
    "phaco list: the L eye toric lens was on the trolley for a pt having the R eye done today. "
    "circulator spotted it before loading, swapped",
    "R THR. Scrub opened the L custom acetabular shell, noticed by the rep before it was "
    "handed up. correct shell opened",
    "IOL pulled was for the R eye, we were operating on the left. picked up at the lens "
    "check. correct lens opened",
    "lens opened was for pts right eye but todays op was his L eye; noticed on reading the box "
    "before insertion",
]

PLACED_IMPLANT_OF_THE_OTHER_SIDE = [
    "ORIF L distal radius. op note sticker: volar plate RIGHT. found at clinic on xray review, "
    "plate doesnt sit well",
]

ACT_ON_THE_WRONG_SIDE = [
    "L TKR listed. Incision made on the R knee before anyone noticed. R components had been opened",
    "pt listed for L phaco had the R eye prepped and incised. the L eye lens was on the trolley",
]

IMPLANT_OF_THE_OPERATION_SIDE = [
    "L eye phaco, L eye lens opened and implanted as planned, uneventful",
    "R TKR done with R components, all checked at the implant pause",
    "R eye lens opened for the R eye phaco, checked against biometry, implanted",
]


@pytest.mark.parametrize("text", CAUGHT_IMPLANT_OF_THE_OTHER_SIDE)
def test_implant_of_the_other_side_caught_is_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize("text", PLACED_IMPLANT_OF_THE_OTHER_SIDE)
def test_implant_of_the_other_side_put_in_is_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", ACT_ON_THE_WRONG_SIDE)
def test_act_on_the_wrong_side_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", IMPLANT_OF_THE_OPERATION_SIDE)
def test_implant_of_the_operation_side_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_side_read_as_the_implants_not_the_operations() -> None:
    doc = read("R eye lens opened for pt having L eye done.")
    (found,) = side_mismatches(doc.tokens, doc.sentence_of)
    assert found.implant_side == "right"
    assert doc.tokens[found.operation[0]] == "l"


def test_right_meaning_correct_is_no_side() -> None:
    doc = read("L TKR. the right component was then opened and used.")
    assert side_mismatches(doc.tokens, doc.sentence_of) == []


# The implanting step told done before any catch: the catch told after it came too late.
IMPLANT_PUT_IN_BEFORE_THE_CATCH = [
    "R phaco: +20.5D lens inserted, biometry +23.0D. noticed afterwards when the unopened "
    "+23.0D was found in the pack",
    "the hormonal coil had been requested, a copper IUD was fitted. picked up at the 6 week "
    "check when the box was found in the notes",
]

# ... and an implanting step told after the catch, or announced, is the redo or still to come.
IMPLANT_CAUGHT_BEFORE_IT_WENT_IN = [
    "+20.5D lens loaded in the cartridge, biometry +23.0D. noticed by the scrub nurse before it "
    "was inserted, correct lens inserted",
    "Hip hemi: cemented stem handed to the surgeon, plan was uncemented. noticed on reading the "
    "label before insertion, swapped",
]


@pytest.mark.parametrize("text", IMPLANT_PUT_IN_BEFORE_THE_CATCH)
def test_implant_put_in_before_the_catch_is_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", IMPLANT_CAUGHT_BEFORE_IT_WENT_IN)
def test_implant_caught_before_it_went_in_stays_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


def test_planned_implant_put_in_with_an_unrelated_catch_is_neither() -> None:
    text = (
        "Planned size 5 cup implanted uneventfully. spotted at the count that a swab was "
        "missing, found on the floor"
    )
    assert never_event_codes(text) == (None, None)
