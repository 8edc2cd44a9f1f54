"""A digit, tooth or spinal level told by what stood on it and what it was set against (never
event 1, near miss 1).

The digit readings (never_events.add_digit_reasoning) tell a level, tooth or finger planned or
operated on by the nearest record or act word in its clause ("consent R L4/5", "release done
on the R ring finger"). Reports as often tell the level by what stood at it ("saved images
show needles sitting at L3/4", "Needle placed at L3/4 on screening", "rubber dam placed on
LL6", "L ring finger prepped", "marker placed at T11") and the one meant by a contrast ("cut
in UR4 instead of UR5", "injected L3/4 rather than the consented L4/5", "clamped on UR4 not
UR5"). Three readings, in place of phrases:

- `role_by_contrast_before`: the digit just after "instead of", "rather than" or "not" is the
  one meant (a plan).
- `role_by_set_up`: a set-up object or verb of set_up_caught (a needle, marker, dam, probe;
  prepped, marked, clamped) nearer the digit in its clause than any record or act word, or a
  set-up verb just after it, tells the digit set up. Whether the set-up went on to the act is
  the report's: with the first invasive step told not done or still to come
  (`step_held_back`) it stayed a set-up, and one other than the digit meant is near miss 1
  (DIGIT_SET_UP_WRONG); with none told, what stood at the level is where the act went ("saved
  images show needles sitting at L3/4 and L4/5": the injections were there).
- `role_by_contrast_after`: a digit no record or act word tells, just before "instead of" or
  "rather than", is the one done in place of the one meant ("access cavity cut in UR4 instead
  of UR5", "screws placed at L3 and L4 instead of L4 and L5").

With no plan told, a set-up digit held back is set against another digit of its kind named
within two sentences by no act nor record word ("marker placed at T11 for a T12
vertebroplasty", "L ring finger prepped ..., mark was on the little finger"), as
set_up_caught.other_side_named does for sides.
"""

from __future__ import annotations

from itertools import pairwise

from classifier.engine.context import CONTRAST_PAIRS
from classifier.engine.rules import Analysis
from classifier.engine.set_up_caught import (
    INVASIVE_STEP_WORDS,
    NOTHING_DONE,
    PLACING_VERBS,
    SET_UP_OBJECTS,
    SET_UP_VERBS,
    UNDO_WORDS,
    invasive_step_not_done,
)
from classifier.engine.sides import REDO_PREFIX, SIDE_WORDS
from classifier.engine.start_stopped import (
    BEFORE_WORDS,
    catch_denied,
    procedure_told_not_begun,
    step_just_after,
    steps_still_to_come,
)
from classifier.engine.text import Document, Span, word_shortly_before
from classifier.engine.wrong_site_done import CATCH_WORDS

#: The roles a digit is told in beside the record's "plan" and the "act".
PLAN_ROLE, ACT_ROLE, SET_UP_ROLE = "plan", "act", "set_up"
#: Reasoning-only concept of a digit set up, other than the one meant, the step held back.
DIGIT_SET_UP_WRONG = "digit_set_up_wrong"
#: The one-word contrast ("UR4 not UR5"), beside the context's two-word CONTRAST_PAIRS
#: ("instead of", "rather than").
CONTRAST_WORD = "not"
#: Words that may stand between a contrast and its digit ("instead of the R ring finger",
#: "rather than at L4/5").
CONTRAST_FILLERS = (
    frozenset({"the", "a", "an", "at", "on", "in", "into", "to", "his", "her", "their"})
    | SIDE_WORDS[0]
    | SIDE_WORDS[1]
)
CONTRAST_REACH = 4
#: How far after a digit its contrast may stand ("LR6 restored by the dentist instead of LR7").
CONTRAST_AFTER_REACH = 6
#: What is put on a digit or at a level before the act: set_up_caught's objects, a needle told
#: in the plural, a clamp; and its verbs ("prepped", "marked", "clamped").
#: A skin mark is not read so: a wrong mark is the error itself, and a mark told beside another
#: digit set up is the one meant ("L ring finger prepped ..., mark was on the little finger").
MARK_WORDS = frozenset({"mark", "marked", "arrow"})
SET_UP_WORDS = (
    SET_UP_OBJECTS | SET_UP_VERBS | frozenset({"needles", "clamp", "clamped"})
) - MARK_WORDS
SET_UP_VERBS_AFTER = (SET_UP_VERBS | frozenset({"clamped"})) - MARK_WORDS
#: A purpose opens what it is for, a plan ("marker placed at T11 for a T12 vertebroplasty").
PURPOSE_WORD = "for"
#: How far before the digit, in its clause, a set-up word is read, and after it a set-up verb.
SET_UP_BEFORE = 9
SET_UP_AFTER = 2
#: Words of a set-up undone, told just after its object ("Needle withdrawn", "dam moved");
#: "out", "off" and "taken" tell as often other things ("time out", "taken to theatre").
SET_UP_UNDONE = UNDO_WORDS - {"out", "off", "taken"}
#: Words of a set-up moved to another digit as the level check went on ("Marker placed at L4/5
#: ... then repositioned at L3/4 after counting from the sacrum", "Needle initially at L5/S1,
#: moved up a level after recounting"): with no catch told, the check adjusted the set-up, so
#: it is neither where the act went nor a wrong set-up caught.
SET_UP_MOVED = frozenset({"repositioned", "moved", "resited", "readjusted", "adjusted"})
#: Words of a set-up or a level put right after the count ("needle resited", "level
#: corrected"), read as a catch with the set-up or level just before.
SET_UP_PUT_RIGHT = SET_UP_MOVED | frozenset({"corrected", "changed"})
LEVEL_WORDS = frozenset({"level", "levels", "mark", "marking", "marks"})
#: How many sentences from a set-up digit held back another digit of its kind may be named.
OTHER_DIGIT_SENTENCES = 2


def _contrast_just_before(doc: Document, at: int) -> bool:
    """Whether "instead of", "rather than" or "not" stands just before token `at` in its clause,
    only CONTRAST_FILLERS between."""
    tokens = doc.tokens
    for i in doc.before_in_clause(at, CONTRAST_REACH):
        if tokens[i] in CONTRAST_FILLERS:
            continue
        return tokens[i] == CONTRAST_WORD or (
            i >= 1 and (tokens[i - 1], tokens[i]) in CONTRAST_PAIRS
        )
    return False


def role_by_contrast_before(doc: Document, at: int) -> str | None:
    """PLAN_ROLE when the digit at token `at` is told just after "instead of", "rather than" or
    "not" in its clause ("instead of UR5", "rather than the consented L4/5"); else None."""
    return PLAN_ROLE if _contrast_just_before(doc, at) else None


def role_by_contrast_after(doc: Document, at: int, end: int) -> str | None:
    """ACT_ROLE when the digit at tokens [at, end) is told shortly before "instead of" or
    "rather than" in its clause, no other digit between ("cut in UR4 instead of UR5", "LR6
    restored by the dentist instead of LR7"); else None."""
    tokens = doc.tokens
    following = list(doc.after_in_clause(at, end, CONTRAST_AFTER_REACH))
    for first, second in pairwise(following):
        if (tokens[first], tokens[second]) in CONTRAST_PAIRS:
            return ACT_ROLE
        if tokens[first].isdigit():
            return None  # another digit's number stands between
    return None


def role_by_set_up(doc: Document, at: int, end: int, telling_words: frozenset[str]) -> str | None:
    """SET_UP_ROLE when a set-up word stands before the digit at tokens [at, end) in its clause
    with no record or act word (`telling_words`) nearer, a placing verb passed over ("Needle
    placed at L3/4", "dam placed on LL6"), or a set-up verb just after it ("L ring finger
    prepped"); else None."""
    tokens = doc.tokens
    if _set_up_moved_unprompted(doc, end):
        return None
    for i in doc.before_in_clause(at, SET_UP_BEFORE):
        if tokens[i] in SET_UP_WORDS:
            return SET_UP_ROLE
        if tokens[i] == PURPOSE_WORD or tokens[i].isdigit():
            break  # what the set-up is for, or another digit's number, stands nearer
        if tokens[i] in telling_words and tokens[i] not in PLACING_VERBS:
            break
    for i in doc.after_in_clause(at, end, SET_UP_AFTER):
        if tokens[i] in SET_UP_VERBS_AFTER:
            return SET_UP_ROLE
        if tokens[i] in telling_words:
            break
    return None


#: Words of counting the levels from a landmark ("I recounted from the sacrum and it was at
#: L3/4", "on recount the marker was at L4/5"): a level told by the count is where the
#: localiser stood, however the localiser is referred to.
COUNT_WORDS = frozenset({"recounted", "recount", "recounting", "counted", "count", "counting"})
#: The word telling a level as what someone read the image as ("read it as L4/5", "counted the
#: level as L5/S1"): a reading, not where the localiser stood.
READING_WORD = "as"
#: ... and the landmark counted from ("recounted from C2"), neither where the localiser stood.
NOT_WHERE_IT_STOOD = frozenset({READING_WORD, "from"})


def role_by_recount(doc: Document, at: int) -> str | None:
    """SET_UP_ROLE when the digit at token `at` is told after a count of the levels earlier in
    its sentence ("I recounted from the sacrum and it was at L3/4"; dev-181338) and not as what
    the image was read as ("counted the level as L5/S1"); else None. Called when no plan, act
    or set-up word tells the digit."""
    tokens = doc.tokens
    start, _ = doc.sentence_tokens(doc.sentence_of[at])
    if at == 0 or tokens[at - 1] in NOT_WHERE_IT_STOOD:
        return None
    return SET_UP_ROLE if not COUNT_WORDS.isdisjoint(tokens[start:at]) else None


def _set_up_moved_unprompted(doc: Document, end: int) -> bool:
    """Whether the digit's sentence, after the digit ending at `end`, tells the set-up moved
    (SET_UP_MOVED) with no one noticing, querying or stopping in it: a level check adjusting
    as it goes, not a wrong set-up caught."""
    sentence = doc.sentence_of[end - 1]
    _, last = doc.sentence_tokens(sentence)
    after = doc.tokens[end:last]
    return not SET_UP_MOVED.isdisjoint(after) and CATCH_WORDS.isdisjoint(
        doc.tokens[slice(*doc.sentence_tokens(sentence))]
    )


def step_held_back(analysis: Analysis) -> bool:
    """Whether the report tells the first invasive step not done ("No drilling", "No procedure
    started"), or still to come at a catch whose sentence tells someone noticing or stopping,
    the set-up undone or a step redone ("picked up at time out before incision", "Needle
    withdrawn before injection", "re-counted from the sacrum before the trocar was inserted";
    not "level was checked with the image intensifier before incision", a check that caught
    nothing): a digit set up stayed a set-up."""
    if (
        analysis.concept(NOTHING_DONE)
        or invasive_step_not_done(analysis)
        or procedure_told_not_begun(analysis)
    ):
        return True
    doc = analysis.doc
    befores = [start for start, _ in steps_still_to_come(analysis)] + _steps_before(doc)
    return any(_caught_or_undone(doc, doc.sentence_of[at]) for at in befores)


def _steps_before(doc: Document) -> list[int]:
    """The "before" (or "prior to") of each first invasive step told after it, only
    start_stopped's fillers between, not denied earlier in its sentence ("before the trocar
    went in"; not "did not recount before the needle went in"), whether or not the context
    reads a catch there."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    found = []
    for at, token in enumerate(tokens):
        if token not in BEFORE_WORDS:
            continue
        if catch_denied(tokens, doc.sentence_tokens(sentence_of[at])[0], at):
            continue
        if step_just_after(tokens, sentence_of, at, INVASIVE_STEP_WORDS) is not None:
            found.append(at)
    return found


def _caught_or_undone(doc: Document, sentence: int) -> bool:
    """Whether the sentence or the next tells someone noticing or stopping, a set-up undone or
    a step redone ("... showed the marker at L2/3, plan L3/4. Re-marked")."""
    start, end = doc.sentence_tokens(sentence, sentence + 1)
    tokens, lowered, ends, sentence_of = doc.tokens, doc.lowered, doc.ends, doc.sentence_of
    return any(
        tokens[i] in CATCH_WORDS
        or (
            tokens[i] in SET_UP_UNDONE
            and word_shortly_before(tokens, sentence_of, i, SET_UP_WORDS, 3)
        )
        # the set-up or the level put right ("Needle resited", "Level corrected"; dev-181338's
        # paraphrases)
        or (
            tokens[i] in SET_UP_PUT_RIGHT
            and word_shortly_before(tokens, sentence_of, i, SET_UP_WORDS | LEVEL_WORDS, 3)
        )
        or (tokens[i] == REDO_PREFIX and lowered[ends[i] : ends[i] + 1] == "-")
        for i in range(start, end)
    )


#: A digit as the digit readings tell it: its name ("ring", "ur5", "toe3", "l3-4"), its kind
#: (digits of one kind are set against each other), its role (PLAN_ROLE, ACT_ROLE, SET_UP_ROLE
#: or None) and its span.
ToldDigit = tuple[str, str, str | None, Span]


def set_ups_meant_otherwise(analysis: Analysis, digits: list[ToldDigit]) -> list[Span]:
    """The spans of the set-up digits other than the one meant, the step held back: the
    digits of their kind told planned, or with none, another of their kind named within
    OTHER_DIGIT_SENTENCES by no act nor record word ("marker placed at T11 for a T12
    vertebroplasty")."""
    sentence_of = analysis.doc.sentence_of
    wrong: list[Span] = []
    for name, kind, role, span in digits:
        if role != SET_UP_ROLE:
            continue
        planned = {n for n, k, r, _ in digits if k == kind and r == PLAN_ROLE}
        if not planned:
            planned = {
                n
                for n, k, r, s in digits
                if k == kind
                and r is None
                and abs(sentence_of[s[0]] - sentence_of[span[0]]) <= OTHER_DIGIT_SENTENCES
            }
        if planned and name not in planned:
            wrong.append(span)
    return wrong
