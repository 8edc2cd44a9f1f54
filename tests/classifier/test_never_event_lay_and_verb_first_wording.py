"""Never events told in lay words or verb first: an oral medicine put into "the tube in his
hand", a feed giving set reconnected to a central line, a dispersed tablet given through a
PICC, a "U"/"IU" dose read as a bigger number, a second methotrexate dose "given", high-strength
midazolam "from ICU stock", another patient's unit "for the lady in the next bed who is A", ABO
groups told in brackets, a wrong patient whose scope was passed, a wrong digit about to be
K-wired, a patient "actually on medical air". Each has a look-alike that must not change."""

from __future__ import annotations

import pytest

from classifier.engine.blood_groups import mentions
from classifier.engine.drug_strengths import abbreviation_misreadings, trailing_zero_doses
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # lay wording of a cannula
        (
            "my nan was given her liquid paracetamol through the drip in her arm instead of by "
            "mouth, the nurse said sorry",
            "5",
        ),
        (
            "son was given the lactulose in his cannula by mistake by the agency nurse, he was "
            "fine",
            "5",
        ),
        # the feed reconnected to a central line after a scan
        (
            "Post CT scan the PEG feed giving set was reconnected to the lumen of the PICC "
            "instead of the PEG. Ran for 15 mins.",
            "5",
        ),
        # a crushed tablet for the PEG given through the line
        (
            "Our review found the crushed tablets, which are given through her PEG, were given "
            "through her Hickman line in error. No harm.",
            "5",
        ),
        # a "U" or "IU" read as digits
        (
            "Levemir '6IU' on the GP letter read as 61 units by the carer and given. Pt found "
            "drowsy BM 1.9.",
            "6",
        ),
        # high strength midazolam brought from another area's stock
        (
            "OGD list: midazolam 10mg/2ml from ICU stock was in the endoscopy box. 2ml given "
            "expecting 2mg. Sats 80%, flumazenil.",
            "8",
        ),
        # another patient's unit, the groups told by relation
        (
            "my dad was given blood meant for the man in the next bed who is group B. dad is "
            "group A. he became unwell",
            "12",
        ),
        (
            "my mum was given the bag that was for a lady in the next bed who is A. mum is O "
            "positive and she started shaking",
            "12",
        ),
        # the wrong patient: scope passed, the mismatch told after
        (
            "Two Mr Smiths on the colonoscopy list. The wrong pt came through. Scope passed and "
            "colonoscopy started before the nurse saw the wristband didnt match. Abandoned.",
            "1",
        ),
        # what was taken for oxygen was air
        ("pt on o2 actually on medical air for 2 hrs, sats 88%", "15"),
        # ABO groups told in brackets on an organ that was put in
        (
            "Kidney transplant: donor ABO group (B) and recipient's (A) checked, incompatible, "
            "transplant performed in error. Graft rejection day 2.",
            "12",
        ),
    ],
)
def test_told_in_lay_or_verb_first_words_is_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # ABO groups told in brackets on an organ, the transplant stopped
        (
            "Kidney transplant: at the final check the donor ABO group (B) did not match the "
            "recipient's (A). Transplant not performed.",
            "12",
        ),
        # the side with the injury told after it, the wire not yet in
        (
            "Reg was about to pin the R ring finger when the scrub nurse at time out pointed out "
            "it was the L hand that was injured. No incision made.",
            "1",
        ),
        # the wrong patient sent back before sedation
        (
            "Two Mr Smiths on the colonoscopy list. The wrong pt came through, wristband checked "
            "at the door and did not match, sent back before sedation. Correct pt scoped.",
            "1",
        ),
    ],
)
def test_told_in_lay_or_verb_first_words_is_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    "text",
    [
        # the oral medicine by mouth, the cannula flushed as normal
        "the nurse gave dad his oramorph by mouth and then flushed the tube in his hand with "
        "saline as normal",
        # an IV product by its own route
        "Paracetamol given as tablets this morning; IV paracetamol given through her PICC at "
        "14:00 as prescribed.",
        # the abbreviation read as intended
        "Lantus '10IU' on the letter, everyone read it as 10 units and gave 10 units. No harm, "
        "letter rewritten in full.",
        # high strength midazolam where it belongs
        "Bronchoscopy on a ventilated pt in ICU: midazolam 10mg/2ml from the CD cupboard, 2mg "
        "given.",
        # another patient's unit that was compatible
        "the bag was for the lady in the next bed who is O pos, mum is A pos. It was transfused "
        "before anyone noticed",
        # the wire put in on the listed, injured side
        "K-wire of the R little finger done as listed, R hand injured, uneventful.",
        # breathing room air, well
        "pt weaned off o2, sats fine on room air",
    ],
)
def test_look_alikes_of_lay_and_verb_first_wording(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_feed_reconnected_to_its_own_tube_is_no_wrong_route() -> None:
    text = "After the scan the NG feed was reconnected to the NG tube and restarted at 50ml/hr."
    assert never_event_codes(text)[0] != "5"


def test_trailing_zero_doses_are_read_from_the_number() -> None:
    doc = read("written as '10.0 units' then 10 units, 2.5 mg and 4.00 ml")
    found = [" ".join(doc.tokens[a:b]) for a, b in trailing_zero_doses(doc.tokens)]
    assert found == ["10.0 units", "4.00 ml"]


def test_abbreviation_misreadings_need_a_bigger_number_starting_with_the_dose() -> None:
    doc = read("'8IU' on the letter, read it as 81 units. '4U' also read as 4 units.")
    found = [" ".join(doc.tokens[a:b]) for a, b in abbreviation_misreadings(doc.tokens)]
    assert found == ["read it as 81"]


def test_group_of_the_person_a_unit_was_for_is_the_units_group() -> None:
    doc = read("the bag was for a lady in the next bed who is A. mum is O positive")
    roles = {(m.group, m.role) for m in mentions(doc.tokens, doc.sentence_of, doc.clause_breaks)}
    assert roles == {("a", "red_cells"), ("o", "recipient")}


def test_group_of_the_patient_in_another_clause_stays_the_recipients() -> None:
    doc = read("unit labelled for pt in bed 8 (A neg), pt is bed 9 (O pos).")
    roles = {(m.group, m.role) for m in mentions(doc.tokens, doc.sentence_of, doc.clause_breaks)}
    assert ("o", "recipient") in roles
