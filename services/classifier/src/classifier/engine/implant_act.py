"""Whether a report tells any act with an implant: without one, its error words are no implant's.

A wrong implant is an implant other than the planned one put into a patient, or opened and
handed on its way there. The words that make the rule NE2.wrong_implant_placed ("wrong", "should
have been", "instead of the intended", "changed to a") near a word that may name an implant
("cup", "nail", "screws", "plate", "shunt", "lens") read as one only when the report tells an
implant taken through one of its steps: picked, opened, loaded, handed, implanted, inserted, put
or gone in, used, received, exchanged or revised. A cup of tea "should have been" thickened, a
nail file that took out a window restrictor's screws "changed to a" security fixing, a shunt
valve found "set at 1.5 instead of the intended 1.0" tell none of them, whatever their wording:
no implant went anywhere, so no implant was wrong. The steps are engine.implant_steps' own word
classes (the implanting step with or without "in", the steps before it, the replacement's verbs)
with the words telling an implant in the patient already (exchange, revision, removal of the
lens, mesh or component); the reading adds the concept `IMPLANT_ACT_NOT_TOLD` over the implant
words of a report telling none, which rules out NE2.wrong_implant_placed (its `unless`).
A word of an implant in the patient told as what the patient was listed, booked or prepped
"for" ("prepped for revision knee", "listed for a lens exchange") names the operation planned,
not a step taken: with the implant never delivered and the case cancelled, a reporter's "wrong
implant" tells no implant used. Only so when told before any implant's word: a revision or
exchange the patient is listed "for" after the implant is named ("x-ray showed a 50mm cup, 54
templated; listed for revision", "+19D IOL in the eye, referred for exchange") is the remedy of
an implant already in the patient, which tells it put in.

What an error word swaps decides whose error it is. "IV paracetamol was connected to the
epidural catheter instead of the cannula", "the antibiotic went down the NG rather than the
IV line": the thing stood in for is a line a medicine goes by, and the error a medicine's route,
whatever implant the patient has had ("post TKR"). One reading: a span of `wrong_implant` whose
swap ("instead of", "rather than", "in place of") names a line or access (cannula, line, drip,
PICC, catheter, tube...) a few words on, before any plan word or implant's word, is removed from
`wrong_implant`; "a 50mm cup instead of the planned 52", "the uncemented stem rather than the
cemented one" keep theirs.

A time is no specification of an implant. "Removal was meant to be at 6 weeks", "the stent
should have been out by 3 months", "meant to be changed at 6/52": the number the error words
reach is a time in the plan for the implant's care (its removal, review or change), and a stent
or device left in past it is forgotten or overdue, not another implant than the planned one
(nor a retained object: one left in by plan). One reading: a span of `wrong_implant` ending on
a number told as a time (weeks, months, "/52"), no implant's word straight after it, is removed
from `wrong_implant`; "meant to be a 26cm stent", "should have been size 5", "meant to be a 12
month stent" (a kind of stent by how long it may stay) keep theirs.
"""

from __future__ import annotations

from classifier.engine.implant_specs import spec_values
from classifier.engine.implant_steps import (
    IMPLANT_CONCEPTS,
    IMPLANTING_INTO_WORDS,
    IMPLANTING_STEP_WORDS,
    OPENED_WORDS,
    REPLACED_WORDS,
    is_implanting_step,
)
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document

#: Concept of a report telling no act with an implant (read by NE2.wrong_implant_placed's
#: `unless`).
IMPLANT_ACT_NOT_TOLD = "implant_act_not_told"
#: Words telling an implant already in the patient taken out or changed ("lens exchange booked",
#: "revision of the cup", "mesh removal"), or one given to the patient ("pt received the wrong
#: power IOL").
IN_THE_PATIENT_WORDS = frozenset(
    {
        *("exchange", "exchanged", "revision", "revised", "revise", "removal", "explant"),
        *("explanted", "received", "receiving"),
        # "lens in situ; its power was from another lady's A-scan"
        "situ",
        # a device's pocket, the place made for it under the skin ("generator connected and
        # pocket closed", "the box in the pocket was a VVI"): the device told in the patient
        "pocket",
        # an implant placed or sited, told without "in" ("decided to place a sulcus IOL", "the
        # mesh placed was a heavyweight one")
        *("place", "placed", "placing", "sited", "upsized", "downsized"),
    }
)
#: The word before an operation planned ("listed for revision THR"), and how many words before
#: the in-the-patient word it is read in ("booked for a lens exchange").
PLANNED_FOR = "for"
PLANNED_FOR_BEFORE = 3
#: Verbs of a change of implant, an act when told to an implant or one of its values
#: ("switched to uncemented", "changed to a size 4 cup"); not "changed to a security fixing".
CHANGE_VERBS = frozenset({"switched", "changed", "swapped", "converted"})
CHANGE_TO = "to"
#: "from" after a change verb, and how many words after it its "to" is read in ("changed from
#: the planned toric IOL to a monofocal one"): the change told with what it was changed from.
CHANGE_FROM = "from"
CHANGED_FROM_AFTER = 8
#: How many words after "to" the implant or its value is read in.
CHANGED_TO_AFTER = 4
#: Nouns of a change told straight after the implant's word ("generator change").
CHANGE_NOUNS = frozenset({"change", "replacement", "swap", "upgrade"})
#: Verbs of the steps before the implanting one and of the implant used (OPENED_WORDS and
#: REPLACED_WORDS also hold the places an implant is put on its way, "trolley", "table", and the
#: lay "got" or "taken" of anything).
STEP_VERBS = (OPENED_WORDS | REPLACED_WORDS) - frozenset(
    {"trolley", "tray", "table", "field", "hand", "got", "taken", "brought", "prepared", "obtained"}
)


def _implant_changed(doc: Document, implant_words: set[int]) -> bool:
    """Whether a change of implant is told: a change verb to an implant or a value of one
    ("cons switched to uncemented", "changed to a 28mm head"), or a change noun straight after
    an implant's word ("needed a generator change", "battery replacement")."""
    tokens = doc.tokens
    if CHANGE_VERBS.isdisjoint(tokens) and CHANGE_NOUNS.isdisjoint(tokens):
        return False  # neither reading can start: no need to read the values
    values = {at for value in spec_values(tokens) for at in range(value.start, value.end)}
    changed_to = values | implant_words
    return any(
        (
            word in CHANGE_VERBS
            and (to := _change_to(doc, at)) is not None
            and not changed_to.isdisjoint(range(to + 1, to + 1 + CHANGED_TO_AFTER))
        )
        or (word in CHANGE_NOUNS and at - 1 in implant_words)
        for at, word in enumerate(tokens)
    )


def _change_to(doc: Document, at: int) -> int | None:
    """The "to" of the change verb at `at`: right after it ("changed to a 28mm head"), or after
    its "from" in its sentence ("changed from the planned cup to a revision cup"); else None."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if at + 1 >= len(tokens):
        return None
    if tokens[at + 1] == CHANGE_TO:
        return at + 1
    if tokens[at + 1] != CHANGE_FROM:
        return None
    for i in range(at + 2, min(len(tokens), at + 2 + CHANGED_FROM_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return None
        if tokens[i] == CHANGE_TO:
            return i
    return None


#: The words `_act_word` can read as a step: on any other token it reads none.
ACT_WORDS = STEP_VERBS | IN_THE_PATIENT_WORDS | IMPLANTING_STEP_WORDS


def _act_word(tokens: list[str], at: int, first_implant: int) -> bool:
    """Whether token `at` is a word of an implant's step (module docstring); `first_implant` is
    the first token of an implant's word in the report."""
    word = tokens[at]
    return (
        word in STEP_VERBS
        or (word in IN_THE_PATIENT_WORDS and not (at < first_implant and _planned_for(tokens, at)))
        or (
            word in IMPLANTING_STEP_WORDS
            and (word not in IMPLANTING_INTO_WORDS or is_implanting_step(tokens, at))
        )
    )


def _planned_for(tokens: list[str], at: int) -> bool:
    """Whether the in-the-patient word at `at` names the operation the patient was there "for"
    ("prepped for revision knee"): the plan, not a step told."""
    return PLANNED_FOR in tokens[max(0, at - PLANNED_FOR_BEFORE) : at]


def _act_told(tokens: list[str], first_implant: int) -> bool:
    """Whether any word of an implant's step is told. The implant it is told of is often a
    pronoun or left out ("they were inserted on opposite sides", "scrub had opened the wrong
    head"), so it is read anywhere; a step told denied ("nothing opened", "none issued or
    used") is left to the readings of how far the implant got and of stock never issued."""
    return any(
        tokens[at] in ACT_WORDS and _act_word(tokens, at, first_implant)
        for at in range(len(tokens))
    )


def add_implant_act_reasoning(analysis: Analysis) -> None:
    """Remove the error words that swap a line (`drop_swaps_of_a_line`), and add the implant
    words of a report that tells no act with an implant to `IMPLANT_ACT_NOT_TOLD`: its error
    words are not an implant's (module docstring)."""
    drop_swaps_of_a_line(analysis)
    drop_times_of_care(analysis)
    spans = [span for concept in IMPLANT_CONCEPTS for span in analysis.concept(concept)]
    doc = analysis.doc
    if not spans or _act_told(doc.tokens, min(start for start, _ in spans)):
        return
    implant_words = {at for start, end in spans for at in range(start, end)}
    if not _implant_changed(doc, implant_words):
        analysis.add_found(concept_label(IMPLANT_ACT_NOT_TOLD), spans)


#: The concept of an implant's error words the line reading may remove.
WRONG_IMPLANT = "wrong_implant"
#: Words of a swap and the word that joins it to what it swaps ("instead of", "rather than",
#: "in place of").
SWAP_WORDS = frozenset({"instead", "rather", "place"})
SWAP_JOINS = frozenset({"of", "than"})
#: Lines and access a medicine goes by ("instead of the cannula", "rather than the IV line").
#: Not a port, which may be an implanted one.
LINE_WORDS = frozenset(
    {
        *("cannula", "cannulae", "cannulas", "venflon", "line", "lines", "picc", "hickman"),
        *("cvc", "drip", "epidural", "catheter", "ng", "ngt", "peg", "tube", "bung", "vein"),
    }
)
#: Words that tell a swap away from a plan ("instead of the planned 52"): an implant's.
PLAN_WORDS = frozenset({"planned", "intended", "templated", "requested", "ordered", "prescribed"})
#: How many words after the swap's join its object is read in ("instead of the pt's IV line").
SWAPPED_AFTER = 4


def _swaps_a_line(tokens: list[str], span: tuple[int, int], implant_words: set[int]) -> bool:
    """Whether the swap in `span` names a line or access after its join, before any plan word
    or implant word."""
    start, end = span
    for at in range(start, end):
        joined = at + 1 < len(tokens) and tokens[at + 1] in SWAP_JOINS
        if tokens[at] not in SWAP_WORDS or not joined:
            continue
        for i in range(at + 2, min(len(tokens), at + 2 + SWAPPED_AFTER)):
            if i in implant_words or tokens[i] in PLAN_WORDS:
                break
            if tokens[i] in LINE_WORDS:
                return True
    return False


def _implant_words(analysis: Analysis) -> set[int]:
    """The token indexes of every implant's word in the report."""
    return {
        at
        for concept in IMPLANT_CONCEPTS
        for start, end in analysis.concept(concept)
        for at in range(start, end)
    }


def drop_swaps_of_a_line(analysis: Analysis) -> None:
    """Remove the spans of `wrong_implant` whose swap names a line or access a medicine goes by
    (module docstring): a medicine's route, not an implant's error."""
    spans = analysis.concept(WRONG_IMPLANT)
    if not spans:
        return
    tokens = analysis.doc.tokens
    implant_words = _implant_words(analysis)
    lines = [span for span in spans if _swaps_a_line(tokens, span, implant_words)]
    if lines:
        analysis.remove_found(concept_label(WRONG_IMPLANT), lines)


#: Units of a time after a number ("at 6 weeks", "14 months", "3 yrs").
CARE_TIME_UNITS = frozenset(
    {
        *("day", "days", "week", "weeks", "wk", "wks", "month", "months", "mth", "mths"),
        *("year", "years", "yr", "yrs", "hour", "hours", "hr", "hrs"),
    }
)
#: The clinical shorthand of a time: "6/52" (weeks), "3/12" (months), "5/7" (days).
SLASH_TIMES = frozenset({"52", "12", "7"})


def _is_time(doc: Document, at: int, implant_words: set[int]) -> bool:
    """Whether the number at `at` is told as a time ("6 weeks", "6/52"), not as the kind of an
    implant ("a 12 month stent": an implant's word straight after the unit)."""
    tokens = doc.tokens
    if not tokens[at][:1].isdigit() or at + 1 >= len(tokens):
        return False
    unit = at + 1
    slashed = (
        tokens[unit] in SLASH_TIMES and doc.text[doc.ends[at] : doc.starts[unit]].strip() == "/"
    )
    return (tokens[unit] in CARE_TIME_UNITS or slashed) and unit + 1 not in implant_words


def drop_times_of_care(analysis: Analysis) -> None:
    """Remove the spans of `wrong_implant` ending on a number told as a time (module
    docstring): the plan for an implant's removal, review or change, not which implant
    (dev-175367: a ureteric stent "meant to be" removed "at 6 weeks", left 14 months)."""
    spans = analysis.concept(WRONG_IMPLANT)
    if not spans:
        return
    implant_words = _implant_words(analysis)
    doc = analysis.doc
    times = [span for span in spans if _is_time(doc, span[1] - 1, implant_words)]
    if times:
        analysis.remove_found(concept_label(WRONG_IMPLANT), times)
