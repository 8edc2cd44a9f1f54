"""Was a retained item left on purpose, and was it found in time? (never event 3; word order and
word classes, no phrases)

The framework excludes an item left in on purpose, in the patient's best interest, with a plan:
the decision is made AT the procedure, by the team that knows the item is there. The phrase
concept `retained_intentional` finds words of a plan or a decision wherever they stand; two
readings put them in time:

- a plan told only after the item came to light is the response to the find, not the reason it
  was left ("XR at 6/52 shows a swab marker ... return to theatre planned", "CXR shows a length
  of guidewire ... plan to remove under LA"): a plan span in a sentence after the first finding
  told, with no decision to leave the item nor its record told in that sentence and no time of
  removal set, is dropped; so is a plan for the removal of the wound's own closure ("attended
  for suture removal at day 12 ... nurse found a piece of gauze"), routine aftercare, not the
  item's plan, and a purpose served only during the procedure ("tampon placed for
  haemostasis"), which says nothing of leaving it;
- a piece of a broken instrument told left or not retrieved AT the procedure, with the patient
  told, a decision or the record told in that sentence or the next two and no later time before
  them ("a file separated in the canal and could not be retrieved. Pt informed and referred",
  "drill bit snapped, fragment left in bone on consultant decision, documented"), was known and
  left by the team: it is added to the intentional items.

A retained item is the item inside when the procedure ENDED, so the closure-order reasoning
(engine.closure_order, engine.procedure_open) is the reading of its reach: an item gone astray
(missing at a count, still in, broken off, dropped, not back on the tray or board) that it
judged found before the end and nowhere after is read as found while the procedure was open,
whatever words tell the find ("removed it before the woman left the room", "retrieved with
tweezers before closure"), and is near miss 3 whatever reach cue is told of something else
(`retention_caught_in_time`). The other way round, a prevented cue among the words of the
item told retained by a negation ("the throat pack that was not taken out": "not taken") is the
retention itself, not a catch.
"""

from __future__ import annotations

from classifier.engine.closure_order import COUNT_WORDS, SHORT_WORDS, timing
from classifier.engine.procedure_open import first_end_told
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span, word_shortly_after, word_shortly_before

#: Concepts read here: an item of a procedure, the plan or decision to leave it, the item told
#: retained or found, and the finds the closure-order reasoning judged after the procedure ended.
FOREIGN_OBJECT_CONCEPT = "foreign_object"
INTENTIONAL_CONCEPT = "retained_intentional"
RETAINED_CONCEPT = "retained"
FOUND_AFTER_CONCEPT = "item_found_after_the_end"
#: Words that, in a plan span's sentence, tell the decision to leave the item or the record of
#: it, whenever they are told ("the pack was left in on purpose, documented in the op note",
#: "Op note says 'to be removed at 24h'"): the plan was made at the procedure.
LEAVING_DECISION_WORDS = frozenset(
    {
        *("left", "leave", "leaving", "remain", "remained", "kept", "intentional", "purpose"),
        *("intentionally", "deliberate", "deliberately", "decision", "decided", "agreed"),
        *("documented", "recorded", "records", "written", "note", "notes", "says", "states"),
        *("policy", "protocol", "forgot", "forgotten", "swallowed", "herself", "himself"),
        *("themselves", "inserted", "own"),
    }
)
#: Words that deny a decision or record word just before it ("Nothing in the op note about
#: packing or a plan to remove it").
DENIAL_WORDS = frozenset({"no", "nothing", "not", "without", "never", "none"})
DENIAL_REACH = 4
#: Words of a plan, and of taking the item out or going back for it ("return to theatre
#: planned", "plan to remove under LA"): only such a plan can be a response to the find (not a
#: judgement that it "could not be taken out safely").
PLAN_WORDS = frozenset({"plan", "plans", "planned", "booked", "arranged", "scheduled", "listed"})
REMOVAL_PLAN_WORDS = frozenset(
    {
        *("remove", "removal", "removed", "out", "return", "retrieve", "retrieval"),
        *("explore", "exploration", "relook"),
    }
)
#: The wound's own closure, whose planned removal is routine aftercare ("suture removal at GP
#: day 12", "removal of clips at day 10"), not a plan for an item left in.
WOUND_CLOSURE_WORDS = frozenset(
    {"suture", "sutures", "stitch", "stitches", "staple", "staples", "clip", "clips", "sts"}
)
REMOVAL_WORDS = frozenset({"removal", "remove", "removed", "removing", "out"})
CLOSURE_OF_REMOVAL_REACH = 2
#: The words of a purpose served during the procedure ("for haemostasis", "as tamponade"): an
#: item put in for it was meant to come out by the end unless a plan says otherwise.
PURPOSE_ONLY_WORDS = frozenset({"for", "as", "haemostasis", "hemostasis", "tamponade"})


def _first_finding_sentence(analysis: Analysis) -> int | None:
    """The first sentence telling the item retained or found (after the procedure's end)."""
    spans = analysis.concept(RETAINED_CONCEPT) + analysis.found.get(
        concept_label(FOUND_AFTER_CONCEPT), []
    )
    return min((analysis.sentence(span) for span in spans), default=None)


def _closure_removal(tokens: list[str], span: Span, sentence_of: list[int]) -> bool:
    """Whether the removal a plan span tells is of the wound's closure ("suture removal",
    "removal of clips")."""
    for at in range(*span):
        if tokens[at] not in REMOVAL_WORDS:
            continue
        if word_shortly_before(
            tokens, sentence_of, at, WOUND_CLOSURE_WORDS, CLOSURE_OF_REMOVAL_REACH
        ):
            return True
        after = tokens[at + 1 : at + 1 + CLOSURE_OF_REMOVAL_REACH + 1]
        if after[:1] == ["of"] and not WOUND_CLOSURE_WORDS.isdisjoint(after):
            return True
    return False


def _decision_told(analysis: Analysis, sentence: int) -> bool:
    """Whether a sentence tells the decision to leave the item or its record, not denied."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    start, end = analysis.doc.sentence_tokens(sentence)
    return any(
        tokens[k] in LEAVING_DECISION_WORDS
        and not word_shortly_before(tokens, sentence_of, k, DENIAL_WORDS, DENIAL_REACH)
        for k in range(start, end)
    )


def plans_not_of_leaving(analysis: Analysis) -> list[Span]:
    """The intentional spans that tell no decision to leave the item at the procedure: a
    response to the find, a removal of the wound's closure, a purpose served only during it."""
    spans = analysis.found.get(concept_label(INTENTIONAL_CONCEPT), [])
    if not spans:
        return []
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    finding = _first_finding_sentence(analysis)
    dropped = []
    for span in spans:
        words = tokens[span[0] : span[1]]
        response = (
            finding is not None
            and analysis.sentence(span) > finding
            and not PLAN_WORDS.isdisjoint(words)
            and not REMOVAL_PLAN_WORDS.isdisjoint(words)
            and not any(word[:1].isdigit() for word in words)  # a time set at the procedure
            and not _decision_told(analysis, analysis.sentence(span))
        )
        if (
            response
            or _closure_removal(tokens, span, sentence_of)
            or PURPOSE_ONLY_WORDS.issuperset(words)
        ):
            dropped.append(span)
    return dropped


#: Words of an instrument breaking, and of the piece it leaves.
BROKEN_WORDS = frozenset(
    {
        *("broke", "broken", "snapped", "separated", "sheared", "fractured", "fragmented"),
        *("fragment", "fragments"),
    }
)
#: Words of the piece left or not got out ("could not be retrieved", "left in bone").
LEFT_WORDS = frozenset({"left", "retrieved", "removed", "retrievable", "recovered", "extracted"})
NOT_WORDS = frozenset({"not", "unable", "cannot", "couldnt", "impossible", "t"})
NOT_REACH = 4
#: Words telling the team knew and acted on it at the time: the patient told, a decision, the
#: record, a referral on.
KNOWING_WORDS = frozenset(
    {
        *("informed", "told", "aware", "explained", "decision", "decided", "documented"),
        *("recorded", "referred", "consented", "discussed"),
    }
)
#: Sentences after the break within which the piece is told left and the knowing word.
KNOWING_SENTENCES = 2


def _left_told(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the word at `at` tells the piece left ("left in bone") or not got out ("could not
    be retrieved")."""
    if tokens[at] == "left":
        return True
    return tokens[at] in LEFT_WORDS and word_shortly_before(
        tokens, sentence_of, at, NOT_WORDS, NOT_REACH
    )


def pieces_left_knowingly(analysis: Analysis) -> list[Span]:
    """Sentences telling a piece of a broken instrument left or not retrieved, with the patient
    told, a decision or the record, in that sentence or the next two, and no later time told
    before them: the spans from the break to the knowing word."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    first_end = first_end_told(tokens)
    found: list[Span] = []
    for start in doc.sentence_starts:
        if start >= first_end:
            break
        sentence = sentence_of[start]
        _, stop = doc.sentence_tokens(sentence)
        breaks = [k for k in range(start, stop) if tokens[k] in BROKEN_WORDS]
        if not breaks:
            continue
        _, end = doc.sentence_tokens(sentence, sentence + KNOWING_SENTENCES)
        end = min(end, first_end)
        if not any(_left_told(tokens, sentence_of, k) for k in range(breaks[0], end)):
            continue
        knowing = [k for k in range(breaks[0], end) if tokens[k] in KNOWING_WORDS]
        if knowing:
            found.append((breaks[0], knowing[0] + 1))
    return found


#: Words that tell the item not taken out in a retained span ("the throat pack that was not taken
#: out at the end"): a prevented cue among its words ("not taken") is the retention, no catch.
NOT_REMOVED_WORDS = frozenset({"not", "never", "t"})


def retention_read_as_catch(analysis: Analysis) -> list[Span]:
    """The prevented cues inside a span telling the item retained by a negation ("was not taken
    out"): the words of the retention read as a catch."""
    tokens = analysis.doc.tokens
    denials = [
        span
        for span in analysis.concept(RETAINED_CONCEPT)
        if not NOT_REMOVED_WORDS.isdisjoint(tokens[span[0] : span[1]])
    ]
    return [
        cue
        for cue in analysis.context.cues["prevented"]
        if any(start <= cue[0] and cue[1] <= end for start, end in denials)
    ]


def add_retained_intent_reasoning(analysis: Analysis) -> None:
    """Put the plans and decisions of never event 3 in time: drop the plan spans that tell no
    decision to leave the item at the procedure, add the broken pieces left knowingly."""
    if not analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT)):
        return
    label = concept_label(INTENTIONAL_CONCEPT)
    dropped = plans_not_of_leaving(analysis)
    if dropped:
        analysis.remove_found(label, dropped)
    left = pieces_left_knowingly(analysis)
    if left:
        analysis.add_found(label, left)
    add_caught_in_time(analysis)
    read_as_catch = retention_read_as_catch(analysis)
    if read_as_catch:
        analysis.context.drop_prevented(read_as_catch)


#: The closure-order reasoning's judgements (engine.closure_order, via never_events): the finds
#: of the item before the procedure ended and after it.
FOUND_BEFORE_CONCEPT = "item_found_before_the_end"


def retention_caught_in_time(analysis: Analysis) -> bool:
    """Whether the closure-order reasoning judged the item found before the procedure ended and
    nowhere after it: for a retained item that order is the reach itself, so a reach cue told
    of something else ("woke well and was told in recovery", "changing shift halfway through")
    does not make the catch a never event."""
    found = analysis.found  # the reasoning's own judgements: no context reading applies
    # a find told after a later time or a going to later care is no find before the end,
    # whatever count it follows ("count 1 short at closure signed as correct. Pt brought back
    # to theatre the next day and swab removed": the count error is no find)
    first_end = first_end_told(analysis.doc.tokens)
    return any(
        start < first_end for start, _ in found.get(concept_label(FOUND_BEFORE_CONCEPT), ())
    ) and not found.get(concept_label(FOUND_AFTER_CONCEPT))


#: Concept of the items found while the procedure was open, read by the retained-object rule.
FOUND_WHILE_OPEN_CONCEPT = "item_found_while_open"
#: Words of an item gone astray during the procedure: missing at a count or still in
#: (SHORT_WORDS), broken off (BROKEN_WORDS), dropped into the wound.
ASTRAY_WORDS = SHORT_WORDS | BROKEN_WORDS | frozenset({"dropped", "fell", "slipped", "lost"})
#: Where an item is told not back ("not on the count board", "not back on the tray", "4 swabs
#: not 5" at the count): a count or its places, with "not" within ASTRAY_REACH tokens.
COUNT_PLACE_WORDS = COUNT_WORDS | frozenset({"tray", "trolley", "board", "whiteboard"})
ASTRAY_REACH = 4


def went_astray(tokens: list[str], sentence_of: list[int]) -> bool:
    """Whether the report tells an item gone astray in the procedure: missing, still in, broken
    off, dropped, or not back on the count, tray or board."""
    if not ASTRAY_WORDS.isdisjoint(tokens):
        return True
    return any(
        token == "not"
        and (
            word_shortly_after(tokens, sentence_of, at, COUNT_PLACE_WORDS, ASTRAY_REACH)
            or word_shortly_before(tokens, sentence_of, at, COUNT_PLACE_WORDS, ASTRAY_REACH)
        )
        for at, token in enumerate(tokens)
    )


def add_caught_in_time(analysis: Analysis) -> None:
    """Read an item gone astray and found before the procedure ended, and nowhere after, as
    found while the procedure was open (`item_found_while_open`), whatever words tell the find:
    the retained-object rule then reads it, as a near miss (`retention_caught_in_time`). Where
    the closure-order reasoning did not run (no item told retained nor counted: "the wire was
    not back on the tray ... removed before the dressing went on"), its timing is read here,
    for these concepts only."""
    doc = analysis.doc
    if not went_astray(doc.tokens, doc.sentence_of):
        return
    before_label = concept_label(FOUND_BEFORE_CONCEPT)
    if before_label not in analysis.found and concept_label(FOUND_AFTER_CONCEPT) not in (
        analysis.found
    ):
        found = timing(doc.tokens, doc.sentence_of, frozenset(doc.clause_breaks))
        if not found.before or found.after:
            return
        analysis.add_found(before_label, list(found.before))
    before = analysis.found.get(before_label)
    if before and retention_caught_in_time(analysis):
        analysis.add_found(concept_label(FOUND_WHILE_OPEN_CONCEPT), list(before))
