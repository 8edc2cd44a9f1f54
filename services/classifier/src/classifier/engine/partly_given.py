"""Whether some of a wrong medicine went in before the catch (never events 4, 5, 6, 8).

A catch told first and the dose told after it is still a dose before the catch when the
telling marks it so: part of it told *already* in or given ("I stopped straight away but roughly
2ml of the 5ml was already in", "about half had already been pushed"). And a pump set running
with the wrong rate and then stopped ("'4U/hr' ... set at 40ml/hr on the pump at 11:10. At
11:35 the coordinator noticed 40 and stopped it") ran until the stop: the stop of a running
infusion is no catch before the dose, unlike a stop told ahead of a step still to come
("stopped it before it was connected") or a pump never started ("saw it before the pump was
started"). So does an infusion *found running* by the wrong route ("epidural PCA found to
have been running via his IV cannula since 17:30"): the finding is of a dose under way, and
the right line told "not connected" beside it is where the infusion should have gone, no catch.
Each reading makes the error one that reached the patient, whatever catch words
the report tells beside it.
"""

from __future__ import annotations

from classifier.engine.potassium_steps import (
    ALREADY_WORD,
    INTO_WORDS,
    NOT_REACHED_BEFORE,
    reach_told_done,
)
from classifier.engine.rules import Analysis
from classifier.engine.text import Document, word_shortly_after, word_shortly_before

#: Words that may stand between "already" and its word of reach ("had already been pushed").
ALREADY_SKIPPED = frozenset({"been", "gone", "went", "run", "ran", "pushed", "given", "infused"})
#: How many words after "already" its reach is read in, and before it its denial.
ALREADY_AFTER = 3
ALREADY_DENIAL_BEFORE = 3
#: How many sentences after the finding's last a part told already in is read in.
ALREADY_SENTENCES = 2

#: Words naming an infusion's pump or the infusion itself, set running by a setting verb.
PUMP_WORDS = frozenset({"pump", "pumps", "vrii", "infusion", "syringe-driver", "driver"})
#: Verbs of a pump set running ("set at 40ml/hr", "started at 30", "put up", "commenced").
PUMP_SET_WORDS = frozenset({"set", "started", "commenced", "programmed", "running"})
#: How many words apart a pump and its setting are read together.
PUMP_SET_REACH = 8
#: Verbs of a running infusion stopped, and the objects that make the stop the infusion's.
INFUSION_STOP_WORDS = frozenset({"stopped", "paused", "switched", "turned"})
STOPPED_OBJECTS = frozenset({"it", "pump", "infusion", "vrii", "the", "off"})
#: A stop followed in its clause by a "before" is a stop ahead of a step ("stopped it before it
#: was connected"): no run.
STEP_AHEAD_WORDS = frozenset({"before", "prior", "until", "b4"})
STOP_CLAUSE_REACH = 6

#: Words of an infusion under way, and of a finding of it ("found running", "noticed to be
#: infusing", "discovered to have been running").
RUNNING_WORDS = frozenset({"running", "infusing", "run"})
FOUND_WORDS = frozenset({"found", "noticed", "discovered", "seen", "identified", "spotted"})
FOUND_BEFORE = 5


def _reach_after_already(doc: Document, at: int, reach_words: frozenset[str]) -> bool:
    """Whether the "already" at `at` is followed by the dose told in or given, and is not
    denied ("none had already gone in")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if word_shortly_before(tokens, sentence_of, at, NOT_REACHED_BEFORE, ALREADY_DENIAL_BEFORE):
        return False
    for j in range(at + 1, min(len(tokens), at + 1 + ALREADY_AFTER)):
        if sentence_of[j] != sentence_of[at]:
            return False
        if tokens[j] in INTO_WORDS:  # "was already in", "had already gone into the line"
            return True
        if tokens[j] in reach_words and reach_told_done(doc, j):
            return True
        if tokens[j] not in ALREADY_SKIPPED:
            return False
    return False


def part_told_already_in(
    doc: Document, after: int, last_sentence: int, reach_words: frozenset[str]
) -> bool:
    """Whether, after token `after` and up to sentence `last_sentence`, part of the dose is told
    already in or given (module docstring)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for i in range(after + 1, len(tokens)):
        if sentence_of[i] > last_sentence:
            return False
        if tokens[i] == ALREADY_WORD and _reach_after_already(doc, i, reach_words):
            return True
    return False


def _pump_set_running(analysis: Analysis, at: int) -> bool:
    """Whether the setting verb at `at` tells a pump set running: a pump named near it in its
    sentence, the setting affirmed and not still to come ("before the pump was started")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if not (
        word_shortly_before(tokens, sentence_of, at, PUMP_WORDS, PUMP_SET_REACH)
        or word_shortly_after(tokens, sentence_of, at, PUMP_WORDS, PUMP_SET_REACH)
    ):
        return False
    span = (at, at + 1)
    return analysis.context.affirmed(span) and not analysis.context.not_yet(span)


def _infusion_stopped(doc: Document, at: int) -> bool:
    """Whether the stop word at `at` stops the infusion itself ("stopped it", "switched the
    pump off"), with no step ahead told after it in its clause."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if at + 1 >= len(tokens) or tokens[at + 1] not in STOPPED_OBJECTS:
        return False
    return not word_shortly_after(tokens, sentence_of, at, STEP_AHEAD_WORDS, STOP_CLAUSE_REACH)


def pump_ran_before_its_stop(analysis: Analysis, first: int, last: int) -> bool:
    """Whether a pump told set running in sentences `first`..`last` is stopped later in the
    report, in a later sentence (module docstring)."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if PUMP_WORDS.isdisjoint(tokens) or INFUSION_STOP_WORDS.isdisjoint(tokens):
        return False
    for at, token in enumerate(tokens):
        if token not in PUMP_SET_WORDS or not first <= sentence_of[at] <= last:
            continue
        if not _pump_set_running(analysis, at):
            continue
        if any(
            tokens[i] in INFUSION_STOP_WORDS
            and sentence_of[i] > sentence_of[at]
            and _infusion_stopped(doc, i)
            for i in range(at + 1, len(tokens))
        ):
            return True
    return False


def found_running(analysis: Analysis, first: int, last: int) -> bool:
    """Whether an infusion is told found running in sentences `first`..`last` ("found to have
    been running via his IV cannula"), affirmed and not still to come (module docstring)."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for at, token in enumerate(tokens):
        if token not in RUNNING_WORDS or not first <= sentence_of[at] <= last:
            continue
        found = word_shortly_before(tokens, sentence_of, at, FOUND_WORDS, FOUND_BEFORE)
        span = (at, at + 1)
        if (
            found
            and reach_told_done(doc, at)
            and analysis.context.affirmed(span)
            and not analysis.context.not_yet(span)
        ):
            return True
    return False


def partly_given_before_the_catch(
    analysis: Analysis, sentences: tuple[int, int], reach_words: frozenset[str]
) -> bool:
    """Whether the report tells some of the wrong medicine in before the catch: part of it
    told already in after the finding, a pump set running and stopped later, or an infusion
    found running (module docstring)."""
    first, last = sentences
    doc = analysis.doc
    start = doc.sentence_tokens(first)[0]
    return (
        part_told_already_in(doc, start - 1, last + ALREADY_SENTENCES, reach_words)
        or pump_ran_before_its_stop(analysis, first, last)
        or found_running(analysis, first, last)
    )
