"""The act told by its record (never event 1).

A wrong side is often told not by the act itself but by what recorded it afterwards: the
operation note ("Op note reads 'R groin explored'", "The op note records a L inguinal hernia
repair"), the imaging after the procedure ("post op xray shows the drain in the R chest"), the
histology ("histo: the excised lesion was from the L forearm"). Whatever the record's words,
the side it tells with an act is the side acted on, while the side the plan named is told in
another sentence ("Pt was listed and marked for a right inguinal hernia"). One reading, in
place of phrases: in a sentence whose subject is a record made after the act (a note of the
operation, an image or report after it, a histology report) and whose verb tells what it holds
(reads, records, shows, states ...), a side named with an act after it (a procedure the
taxonomy knows, or a participle of doing) is added to that side's acts. A side told as the
plan in that clause ("for", "planned", "listed" before it) is not read, nor a record told
before the act ("pre op", "before the procedure"), nor a record the report puts right
("Report amended by radiologist", "op note says 'L grommet'. Corrected."), nor a record whose
side goes against an act the report tells in its own words ("right ear grommet inserted as
planned, op note says 'L grommet'"): there the record is the slip, not the act.

A record the report puts right that tells an act on a side tells no act nor plan at all: a
clinic or discharge letter that "says 'R CTR performed'" after a left release, "Letter
corrected and re-sent", is a slip of the letter. The sides named with an act in what such a
record says (after its telling verb) are removed from the acts and plans the phrases read over
them, leaving the sides the report tells in its own words; a finding the record told ("US
report said 'R sided pleural effusion'") is no act and keeps its side, the plan it misled.
The record is put right when a sentence naming it tells a word of putting it right; another
record told in the report ("Pre op CT shows a L renal stone ... listing corrected to L") keeps
its sides, as does any record told as made before the act.
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.sides import (
    ACTED_SIDES,
    ANY_SIDE_WORDS,
    PLANNED_SIDES,
    SIDED_ACT_AGAINST_PLAN,
    side_of,
)
from classifier.engine.text import Document, Span

#: Words naming a record of what was done: the operation's note, a report, the saved images.
RECORD_NOUNS = frozenset(
    {
        "note",
        "notes",
        "record",
        "report",
        "histology",
        "histo",
        "histopathology",
        "pathology",
        "images",
        "image",
        "xray",
        "ray",
        "cxr",
        "mri",
        "ct",
        "scan",
        "film",
        "films",
        "summary",
    }
)
#: Words telling the record as made after the act or of the operation itself.
AFTER_ACT_WORDS = frozenset(
    {"op", "operation", "operative", "postop", "post", "saved", "histology", "histo"}
)
#: Words telling a record as made before the act.
BEFORE_ACT_WORDS = frozenset({"pre", "preop", "before", "prior", "planning"})
#: A record's verb telling what it holds.
TELLING_VERBS = frozenset(
    {
        "reads",
        "read",
        "records",
        "recorded",
        "shows",
        "showed",
        "show",
        "showing",
        "states",
        "stated",
        "says",
        "said",
        "documents",
        "documented",
        "describes",
        "described",
        "confirms",
        "confirmed",
        "demonstrates",
        "demonstrated",
        "reports",
        "reported",
    }
)
#: Participles telling an act done on the part named before them ("R groin explored").
DONE_PARTICIPLES = frozenset(
    {
        "explored",
        "operated",
        "done",
        "performed",
        "placed",
        "sited",
        "inserted",
        "excised",
        "repaired",
        "removed",
        "injected",
        "incised",
        "decompressed",
        "released",
        "biopsied",
        "drained",
        "extracted",
        "treated",
        "blocked",
    }
)
#: Words telling the side that follows as the plan, the record as put right, or no act.
PLAN_BEFORE_WORDS = frozenset(
    {
        "for",
        "planned",
        "listed",
        "booked",
        "consented",
        "requested",
        "referred",
        "meant",
        "should",
        "intended",
        "supposed",
        "marked",
        "not",
        "no",
        "amended",
        "corrected",
        "defaulted",
        "template",
    }
)
#: Words telling the record itself put right, anywhere in the report ("Report amended by
#: radiologist", "op note says 'L grommet'. Corrected."): the record was the error, not the act.
RECORD_PUT_RIGHT_WORDS = frozenset(
    {"amended", "corrected", "rectified", "reissued", "typo", "initially", "addendum"}
)
#: Words naming a record that may tell what was done and be put right: the records above and
#: the letters written after a clinic or a stay ("Clinic letter ... says 'R CTR performed'").
PUT_RIGHT_RECORD_NOUNS = RECORD_NOUNS | frozenset(
    {"letter", "letters", "dictation", "discharge", "correspondence"}
)
#: The concepts of the plan and the act of either side, read over a put-right record's sides,
#: with the act set against a plan that wrong_site_done and side_proceeded add.
SIDE_CONCEPTS = (*PLANNED_SIDES, *ACTED_SIDES, SIDED_ACT_AGAINST_PLAN)
#: How many tokens an act may come after the side it is told with.
ACT_REACH = 4
SURGICAL_PROCEDURE = "surgical_procedure"


def _telling_verb(tokens: list[str], first: int, last: int) -> int | None:
    """The token of a record made after the act and its telling verb in the sentence
    `first`..`last`, if the sentence tells one."""
    for at in range(first, last):
        if tokens[at] not in TELLING_VERBS:
            continue
        before = tokens[max(first, at - 4) : at]
        if not RECORD_NOUNS.intersection(before):
            continue
        opening = tokens[first:at]
        if BEFORE_ACT_WORDS.intersection(opening) or not AFTER_ACT_WORDS.intersection(opening):
            continue
        return at
    return None


def _act_end(tokens: list[str], procedures: list[Span], at: int, last: int) -> int | None:
    """The end of the act told with the side at `at` (a procedure the taxonomy knows, or a
    participle of doing, within ACT_REACH tokens after it in its sentence ending at `last`),
    or None when the side is told with no act ("'R sided pleural effusion'")."""
    reach = min(last, at + 1 + ACT_REACH)
    act_end = next(
        (
            end
            for start, end in procedures
            if at < start < reach or (start <= at < end and end > at + 1)
        ),
        None,
    )
    if act_end is None:
        act_end = next((j + 1 for j in range(at + 1, reach) if tokens[j] in DONE_PARTICIPLES), None)
    return act_end


def put_right_records(doc: Document) -> frozenset[str]:
    """The record nouns the report tells put right: named in a sentence with a word of putting
    it right ("Letter corrected and re-sent", "Op note reads 'L TKR'; corrected by the
    surgeon")."""
    tokens = doc.tokens
    nouns: set[str] = set()
    for sentence in sorted(set(doc.sentence_of)):
        first, last = doc.sentence_tokens(sentence)
        told = tokens[first:last]
        if not RECORD_PUT_RIGHT_WORDS.isdisjoint(told):
            nouns.update(PUT_RIGHT_RECORD_NOUNS.intersection(told))
    return frozenset(nouns)


def put_right_record_sides(
    doc: Document, sentence: int, records: frozenset[str], procedures: list[Span]
) -> list[int]:
    """The side token a put-right record tells with an act in `sentence`: the first side told
    with an act after a telling verb with one of `records` before it, not told as made before
    the act ("the typed clinic letter said a left CTR had been performed"; not "Pre op CT shows
    a L renal stone", nor "US report said 'R sided pleural effusion'", a finding and no act).
    Only the record's own act: a side the report then tells in its own words, in the same
    sentence ("letter says L hernia repair and that is what happened as the L groin was
    operated on"), is the report's, not the record's."""
    tokens = doc.tokens
    first, last = doc.sentence_tokens(sentence)
    for at in range(first, last):
        opening = tokens[first:at]
        if tokens[at] in TELLING_VERBS and not records.isdisjoint(opening):
            if not BEFORE_ACT_WORDS.isdisjoint(opening):
                return []
            told = (
                i
                for i in range(at + 1, last)
                if tokens[i] in ANY_SIDE_WORDS and _act_end(tokens, procedures, i, last) is not None
            )
            return [i] if (i := next(told, None)) is not None else []
    return []


def add_put_right_record_reasoning(analysis: Analysis) -> None:
    """Remove the plans and acts read over the sides a record the report puts right tells
    (module docstring); run after the readings that add acts by their sides."""
    doc = analysis.doc
    if RECORD_PUT_RIGHT_WORDS.isdisjoint(doc.tokens):
        return
    records = put_right_records(doc)
    procedures = analysis.concept(SURGICAL_PROCEDURE)
    told: set[int] = set()
    for sentence in sorted(set(doc.sentence_of)):
        told.update(put_right_record_sides(doc, sentence, records, procedures))
    if not told:
        return
    for concept in SIDE_CONCEPTS:
        label = concept_label(concept)
        over = [span for span in analysis.found.get(label, []) if not told.isdisjoint(range(*span))]
        if over:
            analysis.remove_found(label, over)


def add_act_record_reasoning(analysis: Analysis) -> None:
    """Add a side told with an act by a record made after it as that side's act."""
    doc = analysis.doc
    tokens = doc.tokens
    if not RECORD_PUT_RIGHT_WORDS.isdisjoint(tokens):
        return
    procedures = analysis.concept(SURGICAL_PROCEDURE)
    found: tuple[list[Span], list[Span]] = ([], [])
    for sentence in sorted(set(doc.sentence_of)):
        first, last = doc.sentence_tokens(sentence)
        verb = _telling_verb(tokens, first, last)
        if verb is None:
            continue
        for at in range(verb + 1, last):
            side = side_of(tokens[at])
            if side is None or PLAN_BEFORE_WORDS.intersection(tokens[max(verb, at - 3) : at]):
                continue
            act_end = _act_end(tokens, procedures, at, last)
            if act_end is not None:
                found[side].append((at, act_end))
    for side, spans in enumerate(found):
        # the other side's act told in the report's own words: the record telling this side
        # is the record's slip ("right ear grommet inserted as planned, op note says 'L'")
        if spans and not analysis.concept(ACTED_SIDES[1 - side]):
            analysis.add_found(concept_label(ACTED_SIDES[side]), spans)
