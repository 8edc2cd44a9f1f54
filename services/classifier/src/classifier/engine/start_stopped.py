"""The start stopped: a wrong-site procedure on its way, caught before its first invasive step
(near miss 1).

The report tells the catch by the step it came before as often as by the step denied
("stopped before needle in skin", "picked up at time out before incision", "checking the form
stopped it before any shots fired"), tells the procedure on its way by what was about to be
done ("FY1 about to do an ascitic tap on the L"), and tells the planned side by the act done
once the catch put it right ("needle had not gone in. block done on R"), which the side rules
read as an act against the plan, or tells the procedure as not begun ("No procedure
started"). Five readings, read before set_up_caught, in place of phrases:

- `steps_still_to_come`: a "before" (or "prior to", "b4") inside a catch the context reads (a
  `prevented` cue), followed within STEP_REACH tokens of its sentence, only STEP_FILLERS
  between, by a first invasive step (set_up_caught.INVASIVE_STEP_WORDS, or the block): added
  as STEP_STILL_TO_COME, which set_up_caught reads as the step told not done. Not a catch
  denied before it ("No Stop Before You Block pause was done immediately before needle
  insertion"), a practice to come ("to be checked by the radiographer before injecting"), nor
  one with the act told done just before it (`Context.act_done_before_the_catch`).
- `acts_on_their_way`: with the step told not done, an act told as about to be done ("about
  to", "ready to", "going to", "preparing to") on a side named in its clause is that side set
  up, so set_up_caught reads the other side named by the check, the records or the patient as
  the side planned ("about to do an ascitic tap on the L ... the fluid was on the R flank").
- `_redo_after_the_catch`: with the step told not done, a side whose every act told is only a
  set-up (no verb of the act done: "had needle on the L groin", "had marked the right", "L
  ring finger prepped") and the other side's acts all told after it, a catch, a check or the
  step not done told between ("block done on R", "left ankle prepped and done", "op done on
  L"), is the wrong side set up and the planned side done
  once the catch put it right: the set-up side's acts are moved to its set-ups, the later
  acts to the planned side, and the redo of a correct side is cleared, so the set-up rules
  read near miss 1 and no planned-one-side-done-the-other rule reads the correct side's act
  as the wrong one. An act verb on the set-up side ("LA infiltrated into the L groin", "block
  performed on L") keeps the act, and the never event, as it was. An act of the planned side
  read in the plan's own words amid the set-up ("about to do a R popliteal block for a L ankle
  ORIF, probe on the R leg") is the plan, not an act before the set-up's end.
- `set_up_corrected`: a side set up, not told as the one meant other than in its set-up's own
  words (a side read as planned from its mark), whose every act told is only its set-up (no
  verb of the act done, and each told by a set-up verb or object, or by the very side word a
  set-up is told with: "had the probe and needle ready on the R arm for a supraclavicular
  block", "had marked and prepped a naevus on the L"), then, within OTHER_SIDE_SENTENCES of the
  set-up, a sentence telling someone taking in, saying or checking the other side ("pt said
  ... it was the one on the R", "the broken one is the left", "R shoulder confirmed from
  referral") or "the other one" ("it's the other one, love"), with no step reaching the
  patient nor an act word told anywhere before it (set_up_caught.ACT_WORDS or "did"; not a
  purpose, "for a block", nor a room or record, "block room"): the correction is the step
  still to come at a catch, the set-up side's acts its set-ups and the other side the one
  meant, so the set-up rules read near miss 1 with or without the step told not done. Not a
  patient choosing the other side (set_up_caught.CHOICE_WORDS), nor "the other patient".
- `procedure_told_not_begun`: the procedure's start told negated ("no procedure started",
  "procedure not started") is the step told not done, added to set_up_caught.NOTHING_DONE, so
  a wrong patient sent back from the procedure room is read as caught.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from classifier.engine.concerns import SAYER_WORDS, SAYING_WORDS
from classifier.engine.context import TAKING_IN_WORDS
from classifier.engine.paperwork_catch import CHECKED_ON_THE_DAY
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.set_up_caught import (
    ACT_WORDS,
    CHOICE_WORDS,
    EFFECT_WORDS,
    INTO_WORDS,
    INVASIVE_STEP_WORDS,
    NOTHING_DONE,
    OTHER_SIDE_SENTENCES,
    REDO_OF_THE_CORRECT_SIDE,
    SET_UP_OBJECTS,
    SET_UP_VERBS,
    SIDE_NAMES,
    STEP_STILL_TO_COME,
    UNDO_WORDS,
    invasive_step_not_done,
    set_up_only,
    side_named,
)
from classifier.engine.sides import ACTED_SIDES, PLANNED_SIDES, SET_UP_SIDES
from classifier.engine.text import Span

#: The concept of the procedure's start told ("procedure started", "scope passed").
PROCEDURE_BEGUN = "procedure_begun"
#: Words opening what a catch came before ("before", "prior to", "bfr"; "b4" is two tokens).
BEFORE_WORDS = frozenset({"before", "bfr", "prior"})
#: Steps a catch may come before besides set_up_caught's first invasive steps: the block itself
#: ("stopped before the block").
BLOCK_STEP_WORDS = frozenset({"block", "blocking"})
FIRST_STEP_WORDS = INVASIVE_STEP_WORDS | BLOCK_STEP_WORDS
#: Words that may stand between the "before" and the step ("before any LA", "before the skin
#: incision", "prior to the needle going in").
STEP_FILLERS = frozenset(
    {"to", "the", "any", "a", "an", "skin", "first", "local", "actual", "we", "he", "she"}
    | {"they", "was", "were", "had", "been", "drug", "steroid", "doing"}
)
#: How far (tokens after the "before") the step may stand.
STEP_REACH = 4
#: Words that, before the "before" in its sentence, deny the catch.
CATCH_DENIALS = frozenset({"no", "not", "never", "nobody", "without", "didnt", "wasnt", "t"})
#: Words that make the sentence a practice to come, not a catch.
PRACTICE_WORDS = frozenset(
    {"must", "should", "will", "always", "ensure", "mandatory", "future", "reminded", "learning"}
)

#: Words telling an act as about to be done, before "to" ("about to inject", "ready to block").
ON_ITS_WAY_WORDS = frozenset({"about", "ready", "going", "preparing", "poised"})
#: How many tokens after the "to" the side may be named, in its clause.
ON_ITS_WAY_SIDE_REACH = 8

#: Verbs of the act told done that are no "-ed" form ("block done", "LA given", "cut").
DONE_WORDS = frozenset({"done", "given", "made", "cut", "gone", "went"})
#: Participles that tell a set-up, not the act: set_up_caught's, and what else prepares the
#: site ("speculum inserted" is read by its object, SET_UP_OBJECTS).
SET_UP_PARTICIPLES = SET_UP_VERBS | frozenset(
    {"shaved", "placed", "applied", "aimed", "anaesthetised", "wiped", "inflated"}
)
#: How many tokens before an "-ed" verb a set-up object makes it the set-up's ("speculum
#: inserted", "dam placed").
SET_UP_OBJECT_REACH = 2
#: Words of a sentence that tells the side meant against a set-up: someone taking it in,
#: saying it or checking it ("pt said", "R confirmed from referral", "GP checked with the pt").
CORRECTION_WORDS = TAKING_IN_WORDS | SAYING_WORDS | frozenset({"checked", "rechecked", "asked"})
#: Words telling an act word as the purpose or intent of a set-up, and how many tokens before
#: it they may stand ("ready on the R arm for a supraclavicular block", "about to inject").
PURPOSE_WORDS = frozenset({"for", "to"})
PURPOSE_REACH = 4
#: "The other one" told of a pair ("it's the other one, love", "the other knee"), not of another
#: person ("the other patient", "the other lady").
OTHER_WORD = "other"


def _no_catch_told(analysis: Analysis, at: int) -> bool:
    """Whether the sentence of the "before" at `at` tells no catch of this patient's step: the
    catch denied before it, a practice to come, or the act told done just before the catch."""
    doc = analysis.doc
    tokens = doc.tokens
    start, end = doc.sentence_tokens(doc.sentence_of[at])
    words = tokens[start:end]
    if catch_denied(tokens, start, at) or not PRACTICE_WORDS.isdisjoint(words):
        return True
    if ("to", "be") in pairwise(words):
        return True
    return analysis.context.act_done_before_the_catch((at, at + 1))


def catch_denied(tokens: list[str], start: int, at: int) -> bool:
    """Whether a denial stands among tokens [start, at): the "t" of a split "didn't" only after
    its "n" word, not a thoracic level's letter ("marker placed at T11")."""
    return any(
        tokens[i] in CATCH_DENIALS and (tokens[i] != "t" or (i > 0 and tokens[i - 1].endswith("n")))
        for i in range(start, at)
    )


def step_just_after(
    tokens: list[str], sentence_of: list[int], at: int, step_words: frozenset[str]
) -> int | None:
    """The first of `step_words` within STEP_REACH tokens after token `at` in its sentence,
    only STEP_FILLERS between ("before needle in skin", "prior to the first incision"), or
    None."""
    for step in range(at + 1, min(len(tokens), at + 1 + STEP_REACH)):
        if sentence_of[step] != sentence_of[at]:
            return None
        if tokens[step] in step_words:
            return step
        if tokens[step] not in STEP_FILLERS:
            return None
    return None


def steps_still_to_come(analysis: Analysis) -> list[Span]:
    """The spans, from a catch's "before" to the step, of a first invasive step told still to
    come at a catch ("stopped before needle in skin", "at time out before incision", "before
    any shots fired"); see the module docstring."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    catches = analysis.context.cues["prevented"]
    found: list[Span] = []
    if not catches:
        return found  # a step is still to come only inside a catch
    for at, token in enumerate(tokens):
        if token != "b" and token not in BEFORE_WORDS:
            continue
        # "b4" is read as "b" and "4"
        opener = 2 if token == "b" and tokens[at + 1 : at + 2] == ["4"] else 1
        if opener == 1 and token not in BEFORE_WORDS:
            continue
        if not any(start <= at < end for start, end in catches) or _no_catch_told(analysis, at):
            continue
        # read from the opener's last token ("4" of "b4", one written word: one sentence)
        step = step_just_after(tokens, sentence_of, at + opener - 1, FIRST_STEP_WORDS)
        if step is not None:
            found.append((at, step + 1))
    return found


def acts_on_their_way(analysis: Analysis) -> list[tuple[int, Span]]:
    """The (side, span) of each act told as about to be done on a side named in its clause
    ("about to do an ascitic tap on the L", "ready to inject the R knee"); not a spinal level's
    letter ("about to inject at L4/5") nor a split word's "re" (`set_up_caught.side_named`)."""
    doc = analysis.doc
    tokens = doc.tokens
    found: list[tuple[int, Span]] = []
    for at in range(len(tokens) - 1):
        if tokens[at] not in ON_ITS_WAY_WORDS or tokens[at + 1] != "to":
            continue
        for i in doc.after_in_clause(at, at + 2, ON_ITS_WAY_SIDE_REACH):
            side = next((s for s in (0, 1) if side_named(doc, i, SIDE_NAMES[s])), None)
            if side is not None:
                found.append((side, (at, i + 1)))
                break
    return found


def _act_verb_told(tokens: list[str], span: Span, denied: Sequence[Span] = ()) -> bool:
    """Whether an act's span holds a verb of the act done ("block done on R", "injected into
    the L", "L knee operated"): a DONE_WORDS verb, or an "-ed" word that is no set-up
    participle nor told of a set-up object ("speculum inserted", "speculum removed"), and not
    inside a step told not done (`denied`: "R speculum removed, nothing injected into R")."""
    for at in range(*span):
        word = tokens[at]
        if any(start <= at < end for start, end in denied):
            continue
        if word in DONE_WORDS:
            return True
        if not word.endswith("ed") or word in SET_UP_PARTICIPLES:
            continue
        # a set-up taken away is told of its object, inside the span or just before it ("R
        # speculum removed", "Speculum removed, nothing injected into R")
        first = 0 if word in UNDO_WORDS else span[0]
        if SET_UP_OBJECTS.isdisjoint(tokens[max(first, at - SET_UP_OBJECT_REACH) : at]):
            return True
    return False


def _move(analysis: Analysis, source: str, target: str, spans: list[Span]) -> None:
    """Move `spans` from concept `source` to concept `target` (a side's act read as its set-up)."""
    label = concept_label(source)
    analysis.found[label] = [s for s in analysis.found.get(label, []) if s not in spans]
    analysis.add_found(label, [])  # drops the label's cached affirmed spans
    analysis.add_found(concept_label(target), spans)


def _redo_after_the_catch(analysis: Analysis, not_done: list[Span]) -> None:
    """Move the acts of a side only set up to its set-ups, and the other side's acts told after
    them to its plan, when a catch, a day-of check or the step told not done (`not_done`)
    stands between them (module docstring)."""
    tokens = analysis.doc.tokens
    catches = analysis.context.cues["prevented"] + analysis.concept(CHECKED_ON_THE_DAY) + not_done
    for wrong in (0, 1):
        meant = 1 - wrong
        wrong_acts = analysis.concept(ACTED_SIDES[wrong])
        set_ups = analysis.concept(SET_UP_SIDES[wrong]) + wrong_acts
        # an act read in the very words the plan is read in, amid the set-up ("a R block for a L
        # ankle ORIF, probe on the R leg"), is the plan, not the redo
        planned = set(analysis.concept(PLANNED_SIDES[meant]))
        last_set_up = max(start for start, _ in set_ups) if set_ups else -1
        redone = [
            s
            for s in analysis.concept(ACTED_SIDES[meant])
            if s not in planned or s[0] > last_set_up
        ]
        if (
            not set_ups
            or not redone
            or any(_act_verb_told(tokens, s, not_done) for s in wrong_acts)
        ):
            continue
        last_set_up, first_redo = max(s for s, _ in set_ups), min(s for s, _ in redone)
        if first_redo <= last_set_up:
            continue  # the other side acted on before or amid the set-up: no redo after it
        first_set_up = min(s for s, _ in set_ups)
        if not any(first_set_up <= start < first_redo for start, _ in catches):
            continue  # nothing caught between them: the other side's act is the act itself
        _move(analysis, ACTED_SIDES[wrong], SET_UP_SIDES[wrong], list(wrong_acts))
        _move(analysis, ACTED_SIDES[meant], PLANNED_SIDES[meant], list(redone))
        analysis.found[concept_label(REDO_OF_THE_CORRECT_SIDE)] = []
        analysis.add_found(concept_label(REDO_OF_THE_CORRECT_SIDE), [])
        return


def _told_of_its_set_up(analysis: Analysis, side: int, span: Span) -> bool:
    """Whether a side's act is told only of its set-up: no verb of the act done, and a set-up
    verb or object telling it (`set_up_caught.set_up_only`) or the side word a set-up span of
    that side is told with ("ready on the R arm for a supraclavicular block")."""
    tokens = analysis.doc.tokens
    if _act_verb_told(tokens, span) or any(
        _act_word(tokens, at) or tokens[at] in INTO_WORDS for at in range(*span)
    ):
        return False
    if set_up_only(analysis, span):
        return True
    side_at = {
        at
        for start, end in analysis.concept(SET_UP_SIDES[side])
        for at in range(start, end)
        if side_named(analysis.doc, at, SIDE_NAMES[side])
    }
    return any(at in side_at for at in range(*span))


def _act_word(tokens: list[str], at: int) -> bool:
    """Whether token `at` tells the act done ("block done", "did the block", "injected"), not
    the purpose or the intent of a set-up ("ready on the R arm for a block", "about to inject")."""
    if tokens[at] not in ACT_WORDS and tokens[at] not in DONE_WORDS and tokens[at] != "did":
        return False
    if tokens[at + 1 : at + 2] and tokens[at + 1] in EFFECT_WORDS:
        return False  # a room or record named by it ("block room", "injection sheet")
    return PURPOSE_WORDS.isdisjoint(tokens[max(0, at - PURPOSE_REACH) : at])


def _corrections(analysis: Analysis, side: int, set_ups: list[Span]) -> list[Span]:
    """The spans naming the other side than `side` (or "the other" one of a pair) in a sentence
    of taking in, saying or checking within OTHER_SIDE_SENTENCES after a set-up, not one of a
    patient's choice."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    first = min(start for start, _ in set_ups)
    last_sentence = max(analysis.sentence(span) for span in set_ups) + OTHER_SIDE_SENTENCES
    found: list[Span] = []
    for at in range(first, len(tokens)):
        if sentence_of[at] > last_sentence:
            break
        other_one = tokens[at] == OTHER_WORD and SAYER_WORDS.isdisjoint(tokens[at + 1 : at + 2])
        if not other_one and not side_named(doc, at, SIDE_NAMES[1 - side]):
            continue
        words = tokens[slice(*doc.sentence_tokens(sentence_of[at]))]
        if not CORRECTION_WORDS.isdisjoint(words) and CHOICE_WORDS.isdisjoint(words):
            found.append((at, at + 1))
    return found


def _meant_apart_from_its_set_up(analysis: Analysis, side: int, set_ups: list[Span]) -> bool:
    """Whether `side` is told as the one meant other than in the words of its own set-up (a
    side read as planned from its mark, "marked the lesion on the L", is the set-up itself): a
    set-up of the side meant is no wrong set-up."""
    return any(
        not any(start < s_end and s_start < end for s_start, s_end in set_ups)
        for start, end in analysis.concept(PLANNED_SIDES[side])
    )


def set_up_corrected(analysis: Analysis) -> list[tuple[int, list[Span]]]:
    """For each side set up and only set up, the corrections naming the other side after it
    with no step reaching the patient told before them (module docstring): (side, spans)."""
    context = analysis.context
    # the reached cues told as done, read only once a side is set up and only set up
    reached: list[int] | None = None
    tokens = analysis.doc.tokens
    found: list[tuple[int, list[Span]]] = []
    for side in (0, 1):
        set_ups = analysis.concept(SET_UP_SIDES[side])
        acts = analysis.concept(ACTED_SIDES[side])
        if (
            not set_ups
            or _meant_apart_from_its_set_up(analysis, side, set_ups + acts)
            or not all(_told_of_its_set_up(analysis, side, s) for s in acts)
        ):
            continue
        if reached is None:
            reached = [cue[0] for cue in context.cues["reached"] if not context.not_yet(cue)]
        # the act told anywhere before the correction, even before the set-up told ("block
        # done ... realised the drape had been placed on her L groin"), went on from it
        corrections = [
            span
            for span in _corrections(analysis, side, set_ups + acts)
            if not any(at < span[0] for at in reached)
            and not any(_act_word(tokens, at) for at in range(span[0]))
        ]
        if corrections:
            found.append((side, corrections))
    return found


def procedure_told_not_begun(analysis: Analysis) -> list[Span]:
    """The spans of the procedure's start told negated ("No procedure started", "procedure
    not started", "the scope was never passed"): the phrases of PROCEDURE_BEGUN the context
    does not affirm."""
    found = analysis.found.get(concept_label(PROCEDURE_BEGUN), [])
    begun = set(analysis.concept(PROCEDURE_BEGUN))
    return [span for span in found if span not in begun and analysis.context.negated(span)]


def add_start_stopped_reasoning(analysis: Analysis) -> None:
    """Add the steps told still to come at a catch and the procedure told not begun, and, when
    the report tells the first invasive step not done or still to come, the acts on their way
    as set-ups and the planned side done after the catch (module docstring). Read before
    set_up_caught."""
    still = steps_still_to_come(analysis)
    if still:
        analysis.add_found(concept_label(STEP_STILL_TO_COME), still)
    if not_begun := procedure_told_not_begun(analysis):
        analysis.add_found(concept_label(NOTHING_DONE), not_begun)
    for side, corrections in set_up_corrected(analysis):
        acts = analysis.concept(ACTED_SIDES[side])
        _move(analysis, ACTED_SIDES[side], SET_UP_SIDES[side], list(acts))
        analysis.add_found(concept_label(PLANNED_SIDES[1 - side]), corrections)
        analysis.add_found(concept_label(STEP_STILL_TO_COME), corrections)
        analysis.add_found(concept_label(NOTHING_DONE), corrections)
    not_done = still + invasive_step_not_done(analysis) + analysis.concept(NOTHING_DONE)
    if not not_done:
        return
    for side, span in acts_on_their_way(analysis):
        analysis.add_found(concept_label(SET_UP_SIDES[side]), [span])
    _redo_after_the_catch(analysis, not_done)
