"""The set-up caught before the act (near miss 1).

A wrong side, site, level or digit is often set up on the patient before the first invasive
step: marked, prepped, draped, positioned, a tourniquet on, an ultrasound probe or a needle
held on the skin, a speculum or a rubber dam in, a laser aimed, a level marker placed. Someone
stops it, and the report tells the step that starts the procedure (the needle going in, the
injection, the incision, the drilling, the shots) as not done. Three readings, in place of lists
of whole phrases:

- `invasive_step_not_done`: a negation bound to a word of the class of first invasive steps,
  told either way round: the negation before it ("no needle", "nothing injected", "no shots
  fired", "no drilling", "nothing cut") or after it ("needle had not gone in", "knife not on
  skin", "needle never went in"). These are added to the procedure's nothing-done concept, so
  a catch told anywhere after the finding makes it a near miss (`_nothing_done_later`).
- `set_up_read_as_act`: an act on a side whose verb only holds or places a set-up object ("had
  the needle on the skin at the R", "marker needle placed at L3/4", "tourniquet placed and
  inflated on the R") is the set-up, not the act: it is moved from the side's acts to its
  set-ups, when the report tells the step as not done, and unless an invasive step is told
  done before or in its sentence (a reached cue not announced as still to come), so a block or
  injection given stays an act.
- `other_side_named`: a set-up on one side with no act there, and the other side named within
  two sentences of it (by the check, the records or the patient), is the wrong side set up,
  when the report tells the step as not done: the other side's words are added as the side
  planned, and the set-up rules make it near miss 1; the planned side then done ("correct side
  blocked") is no redo of an act.
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.side_as_meant import AS_WORDS, PLAN_WORDS
from classifier.engine.sides import (
    ACTED_SIDES,
    MARKED_SIDES,
    PLANNED_SIDES,
    REDO_PREFIX,
    SET_UP_SIDES,
    SIDE_WORDS,
)
from classifier.engine.text import Document, Span

#: Words naming the step that starts an invasive procedure: the sharp, the drug going in, the
#: cut, the drill, the laser's shots.
INVASIVE_STEP_WORDS = frozenset(
    {
        "needle",
        "needles",
        "needling",
        "needled",
        "needle-to-skin",
        "inject",
        "injected",
        "injecting",
        "injection",
        "injections",
        "inj",
        "incision",
        "incisions",
        "incised",
        "incise",
        "cut",
        "cuts",
        "cutting",
        "knife",
        "scalpel",
        "blade",
        "drill",
        "drilled",
        "drilling",
        "shot",
        "shots",
        "fired",
        "firing",
        "lasered",
        "la",
        "lidocaine",
        "lignocaine",
        "anaesthetic",
        "infiltrated",
        "infiltration",
        "blocked",
        "puncture",
        "punctured",
        "trocar",
        "myringotomy",
        "inserted",
    }
)
#: Negations told before the step ("no needle", "nothing injected", "without LA"). Not "before"
#: the step: a check missed before it ("did not recheck the consent before incision", "no
#: stop moment before needle in") tells the act done.
NEGATIONS_BEFORE = frozenset({"no", "nil", "nothing", "none", "without", "zero"})
#: Negations told after the step's noun ("needle had not gone in", "knife not on skin").
NEGATIONS_AFTER = frozenset(
    {"not", "never", "hadnt", "hasnt", "wasnt", "werent", "didnt", "havent", "t"}
)
#: Words that may stand between a negation and the step ("no local anaesthetic", "nothing had
#: yet been injected"); any other word breaks the reading ("no issues, injected"), and "no
#: further LA" tells some given.
FILLERS = frozenset(
    {"had", "has", "been", "was", "were", "yet", "any", "the", "a", "an", "actual", "to", "local"}
)
#: Words that may stand between a step's noun and its negation ("needle had not gone in").
AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "been", "yet", "still"})
#: Words after a step's word that make it another thing than the step: the drug's effect ("no
#: LA toxicity"), or a room or record named by it ("no anaesthetic room", "no injection sheet").
EFFECT_WORDS = frozenset(
    {
        *("toxicity", "tox", "allergy", "allergic", "reaction", "reactions", "signs", "symptoms"),
        *("room", "chart", "record", "records", "list", "sheet", "log", "plan", "clinic"),
    }
)
#: How far a negation may stand from the step (tokens between them).
NEGATION_REACH = 3
#: Step nouns read with a negation after them.
STEP_NOUNS = frozenset(
    {"needle", "needles", "knife", "scalpel", "blade", "trocar", "injection", "incision", "drill"}
)

#: Verbs that only place or apply a thing on the patient (its object before or in the span)...
PLACING_VERBS = frozenset({"placed", "put", "positioned", "applied", "sited", "on"})
#: ... or hold it, the object straight after ("had the needle on the skin").
HOLDING_VERBS = frozenset({"had", "has", "held", "holding"})
#: Words of a set-up taken away ("speculum removed", "drapes off").
UNDO_WORDS = frozenset({"removed", "out", "off", "moved", "withdrawn", "taken"})
#: Words of a thing going into the patient: no set-up ("put the needle into the left side").
INTO_WORDS = frozenset({"into", "in", "through", "inside"})
#: Objects of a set-up: what is placed on the patient before the procedure starts.
SET_UP_OBJECTS = frozenset(
    {
        "needle",
        "probe",
        "tourniquet",
        "marker",
        "dam",
        "speculum",
        "drape",
        "drapes",
        "lens",
        "grid",
        "arrow",
        "mark",
        "us",
        "ultrasound",
        "holder",
        "leg-holder",
    }
)
#: Verbs of a set-up told after the part ("the L leg cleaned and draped").
SET_UP_VERBS = frozenset({"cleaned", "prepped", "draped", "marked", "positioned", "painted"})
#: Words telling the act itself done in the span ("injected", "incision made").
ACT_WORDS = (INVASIVE_STEP_WORDS - {"needle", "needles", "la"}) | {
    "block",
    "done",
    "performed",
    "given",
    "made",
    "operated",
    "excised",
    "removed",
}
#: How many tokens before an act's span its set-up object may stand ("tourniquet placed ...").
OBJECT_REACH = 4

NOTHING_DONE = "nothing_invasive_done"
#: The step told still to come at a catch ("stopped before needle in skin"), which
#: engine.start_stopped finds: read as the step told not done.
STEP_STILL_TO_COME = "invasive_step_still_to_come"
#: Side words of each side, with the eyes' ("LE", "RE"); a single letter followed by a number
#: is a spinal level ("L4/5"), and "re" joined by a hyphen a prefix ("re-prepped").
SIDE_NAMES = (
    SIDE_WORDS[0] | {"left-sided", "l-sided", "le"},
    SIDE_WORDS[1] | {"right-sided", "r-sided", "re"},
)
#: Words of a patient choosing a side rather than correcting one ("changed her mind").
CHOICE_WORDS = frozenset({"changed", "mind", "prefer", "preferred", "decided", "chose", "wanted"})
#: How many sentences from the set-up the other side may be named.
OTHER_SIDE_SENTENCES = 2
#: The act and the set-up of each side (left, right).
ACTED_AND_SET_UP_SIDES = tuple(zip(ACTED_SIDES, SET_UP_SIDES, strict=True))
#: The concept of the planned side redone after a wrong one, cleared when the wrong side was
#: only set up.
REDO_OF_THE_CORRECT_SIDE = "redo_correct_side"


#: Words telling a mark or set-up made on the wrong side ("wrong side marked", "L marked in
#: error"), in its sentence.
WRONG_SET_UP_WORDS = frozenset(
    {"wrong", "wrongly", "incorrect", "incorrectly", "error", "mistake", "mistakenly"}
)
#: The look-alikes of a wrong site (never_events.yaml), among them the act told done as planned
#: ("L knee operated as planned"): after a wrong set-up caught, that is the planned side done
#: once the set-up was put right, not a report with nothing wrong of a site.
WRONG_SITE_LOOK_ALIKE = "wrong_site_look_alike"


#: The words a step told not done is read from: a negation before the step, or its noun.
NOT_DONE_START_WORDS = NEGATIONS_BEFORE | STEP_NOUNS


def invasive_step_not_done(analysis: Analysis) -> list[Span]:
    """The spans of an invasive step told as not done, read either way round in its sentence:
    a negation before a step word, only FILLERS between, the word not a drug's effect nor a
    record named by it ("no needle", "nothing had yet been injected"); or a step noun with a
    negation after it, only AUXILIARIES between ("needle had not gone in", "knife not on
    skin"). Read once per narrative (it reads the document alone; three readings ask)."""
    return analysis.reading(("set_up_caught", "step not done"), lambda: _not_done(analysis))


def _not_done(analysis: Analysis) -> list[Span]:
    """`invasive_step_not_done`, read from the document."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    found: list[Span] = []
    starts = [at for at, token in enumerate(tokens) if token in NOT_DONE_START_WORDS]
    for at in starts:
        token = tokens[at]
        if token in NEGATIONS_BEFORE:
            for step in range(at + 1, min(len(tokens), at + 2 + NEGATION_REACH)):
                if sentence_of[step] != sentence_of[at]:
                    break
                if tokens[step] in INVASIVE_STEP_WORDS:
                    if step + 1 >= len(tokens) or tokens[step + 1] not in EFFECT_WORDS:
                        found.append((at, step + 1))
                    break
                if tokens[step] not in FILLERS:
                    break
        elif token in STEP_NOUNS:
            for step in range(at + 1, min(len(tokens), at + 2 + NEGATION_REACH)):
                if sentence_of[step] != sentence_of[at]:
                    break
                if tokens[step] in NEGATIONS_AFTER and (
                    tokens[step] != "t" or tokens[step - 1].endswith("n")
                ):
                    found.append((at, step + 1))
                    break
                if tokens[step] not in AUXILIARIES:
                    break
    return found


def set_up_only(analysis: Analysis, span: Span) -> bool:
    """Whether an act's span tells only a set-up: the set-up object taken away; else (no act
    word nor going-into word in it) a holding verb with a set-up object in the three tokens
    after it, a placing verb with a set-up object in or just before the span, or the part told
    with its set-up verb just after it. No placing nor holding verb, or an act word, is an
    act."""
    tokens = analysis.doc.tokens
    words = tokens[span[0] : span[1]]
    # the set-up taken away ("R speculum removed"), or the act denied in the span ("speculum
    # removed, nothing injected into R"): no act on the side
    if not SET_UP_OBJECTS.isdisjoint(words) and not UNDO_WORDS.isdisjoint(words):
        return True
    if not ACT_WORDS.isdisjoint(words) or not INTO_WORDS.isdisjoint(words):
        return False
    held = [at for at in range(*span) if tokens[at] in HOLDING_VERBS]
    if any(not SET_UP_OBJECTS.isdisjoint(tokens[at + 1 : at + 4]) for at in held):
        return True
    if PLACING_VERBS.isdisjoint(words) and not held:
        return False
    if not PLACING_VERBS.isdisjoint(words) and not SET_UP_OBJECTS.isdisjoint(
        tokens[max(0, span[0] - OBJECT_REACH) : span[1]]
    ):
        return True
    # ... or the part held told with its set-up after it ("had the LEFT leg cleaned and draped")
    return not SET_UP_VERBS.isdisjoint(tokens[span[1] : span[1] + OBJECT_REACH])


def _step_told_done_by(analysis: Analysis, span: Span) -> bool:
    context = analysis.context
    sentence = analysis.sentence(span)
    return any(
        analysis.sentence(cue) <= sentence and not context.not_yet(cue)
        for cue in context.cues["reached"]
    )


def side_named(doc: Document, at: int, names: frozenset[str]) -> bool:
    """Whether token `at` names a side of `names`: not the "re" of a word split by a hyphen
    ("re-prepped"), nor a single letter before a digit (a spinal level, "L4/5")."""
    tokens = doc.tokens
    token = tokens[at]
    if token not in names:
        return False
    if token == REDO_PREFIX:
        end = doc.ends[at]
        return doc.lowered[end : end + 1] != "-"
    return len(token) > 1 or at + 1 >= len(tokens) or not tokens[at + 1][:1].isdigit()


def other_side_named(analysis: Analysis, side: int) -> list[Span]:
    """The other side's words within OTHER_SIDE_SENTENCES of a set-up on `side` with no act
    there, when a catch or the step told as not done is in the report: the side the check,
    the records or the patient named against the set-up ("R knee prepped ... pt said 'its my
    left that's bad'", "probe on the L groin ... the # is right")."""
    set_ups = analysis.concept(ACTED_AND_SET_UP_SIDES[side][1])
    if not set_ups or analysis.concept(ACTED_AND_SET_UP_SIDES[side][0]):
        return []
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    around = {
        sentence
        for span in set_ups
        for sentence in range(
            analysis.sentence(span) - OTHER_SIDE_SENTENCES,
            analysis.sentence(span) + OTHER_SIDE_SENTENCES + 1,
        )
    }
    named = [
        (at, at + 1)
        for at in range(len(tokens))
        if sentence_of[at] in around and side_named(doc, at, SIDE_NAMES[1 - side])
    ]
    return [
        span
        for span in named
        if CHOICE_WORDS.isdisjoint(tokens[slice(*doc.sentence_tokens(sentence_of[span[0]]))])
    ]


def wrong_set_up_caught_at(analysis: Analysis) -> int | None:
    """Where a wrong set-up was caught: the first prevented cue told from the first mark or
    set-up on a side whose sentence tells it wrong ("Wrong side marked for L TKR, caught at sign
    in"), None when no such set-up or catch is told."""
    doc = analysis.doc
    wrong = [
        span
        for concept in (*MARKED_SIDES, *SET_UP_SIDES)
        for span in analysis.concept(concept)
        if not WRONG_SET_UP_WORDS.isdisjoint(
            doc.tokens[slice(*doc.sentence_tokens(analysis.sentence(span)))]
        )
    ]
    if not wrong:
        return None
    start = min(span[0] for span in wrong)
    return min(
        (cue[0] for cue in analysis.context.cues["prevented"] if cue[0] >= start), default=None
    )


#: Words of the procedure stopped ("Noticed at time out, stopped"), told after a set-up.
STOPPED_WORDS = frozenset({"stopped", "halted", "paused", "abandoned", "aborted"})
#: Sentences after the set-up's within which the stop is read.
STOPPED_SENTENCES = 1


def wrong_side_set_up_stopped(analysis: Analysis) -> bool:
    """Whether a side only set up (prepped, draped, marked), with no act told on that side nor
    a first invasive step or a reach told from the set-up to the stop, is told stopped in its
    sentence or the next ("Pt listed for R knee injection, L knee prepped. Noticed at time out,
    stopped, R knee then injected"): the stop came before anything was done on it, and an act
    told after it on the other side is the one planned. A near miss the rules read from it is
    not the reach model's to turn round (withheld_told; the retrain of dev-48956 read the prep
    on the other knee as reached)."""
    doc = analysis.doc
    for side in (0, 1):
        if analysis.concept(ACTED_SIDES[side]):
            continue
        for span in (*analysis.concept(SET_UP_SIDES[side]), *analysis.concept(MARKED_SIDES[side])):
            first = analysis.sentence(span)
            _, end = doc.sentence_tokens(first, first + STOPPED_SENTENCES)
            stop = next((at for at in range(span[1], end) if doc.tokens[at] in STOPPED_WORDS), None)
            # a first invasive step or a reach told on the way to the stop ("R hand infiltrated
            # with local before error noticed. Procedure abandoned", "R groin cleaned and
            # scanned, 10ml of the levobupivacaine had gone in ... Stopped"; dev-162913): more
            # than a set-up
            if (
                stop is not None
                and INVASIVE_STEP_WORDS.isdisjoint(doc.tokens[span[0] : stop])
                and not _reach_told_between(analysis, span[0], stop)
            ):
                return True
    return False


def _reach_told_between(analysis: Analysis, start: int, stop: int) -> bool:
    """Whether a reached cue, not told as still to come, starts between `start` and `stop`."""
    context = analysis.context
    return any(
        start <= cue[0] < stop and not context.not_yet(cue) for cue in context.cues["reached"]
    )


def _told_as_planned(tokens: list[str], span: Span) -> bool:
    """Whether `span` tells an act done "as"/"per" a plan word ("operated as planned")."""
    return any(
        tokens[at] in AS_WORDS and tokens[at + 1] in PLAN_WORDS
        for at in range(span[0], span[1] - 1)
    )


def planned_act_after_a_caught_set_up(analysis: Analysis) -> list[Span]:
    """The look-alikes of an act done as planned told after a wrong set-up was caught
    (`wrong_set_up_caught_at`): the planned side then done, the set-up put right, which leaves
    the wrong set-up caught a near miss ("Wrong side marked (L) for R hernia, noticed at time
    out. Mark removed, R side operated as planned")."""
    caught = wrong_set_up_caught_at(analysis)
    if caught is None:
        return []
    tokens = analysis.doc.tokens
    return [
        span
        for span in analysis.concept(WRONG_SITE_LOOK_ALIKE)
        if span[0] > caught and _told_as_planned(tokens, span)
    ]


def add_set_up_caught_reasoning(analysis: Analysis) -> None:
    """Take the act done as planned after a wrong set-up caught out of the look-alikes, add the
    invasive step told as not done to the procedure's nothing-done concept, and move a side's act
    that only places a set-up object to that side's set-ups (module docstring)."""
    if planned := planned_act_after_a_caught_set_up(analysis):
        analysis.remove_found(concept_label(WRONG_SITE_LOOK_ALIKE), planned)
    not_done = invasive_step_not_done(analysis) + analysis.found.get(
        concept_label(STEP_STILL_TO_COME), []
    )
    if not not_done:
        return
    analysis.add_found(concept_label(NOTHING_DONE), not_done)
    for acted, set_up in ACTED_AND_SET_UP_SIDES:
        label = concept_label(acted)
        spans = analysis.found.get(label)
        if not spans:
            continue
        moved = [
            span
            for span in spans
            if set_up_only(analysis, span) and not _step_told_done_by(analysis, span)
        ]
        if moved:
            analysis.found[label] = [span for span in spans if span not in moved]
            analysis.add_found(label, [])  # drops the label's cached affirmed spans
            analysis.add_found(concept_label(set_up), moved)
    wrong_set_up = False
    for side in (0, 1):
        if named := other_side_named(analysis, side):
            analysis.add_found(concept_label(PLANNED_SIDES[1 - side]), named)
            wrong_set_up = True
    # the planned side then done ("correct side blocked") redoes no act: the wrong side was only
    # set up, so the procedure was done once, where planned
    if wrong_set_up:
        analysis.found[concept_label(REDO_OF_THE_CORRECT_SIDE)] = []
        analysis.add_found(concept_label(REDO_OF_THE_CORRECT_SIDE), [])
