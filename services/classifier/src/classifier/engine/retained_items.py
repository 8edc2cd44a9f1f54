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
  left by the team: it is added to the intentional items;
- a plan whose removal was set within the procedure ("the plan was to remove the throat pack
  before leaving theatre", "plan to remove prior to extubation", "at the end of the case") is no
  plan to leave the item: it is dropped, and when its sentence then tells the removal not done
  ("but this was forgotten", "this was not done") the span is the retention itself, its time
  ("before leaving theatre") no catch (`removals_set_and_not_done`).

A retained item is the item inside when the procedure ENDED, so the closure-order reasoning
(engine.closure_order, engine.procedure_open) is the reading of its reach: an item gone astray
(missing at a count, still in, broken off, dropped, not back on the tray or board) that it
judged found before the end and nowhere after is read as found while the procedure was open,
whatever words tell the find ("removed it before the woman left the room", "retrieved with
tweezers before closure"), and is near miss 3 whatever reach cue is told of something else
(`retention_caught_in_time`). The other way round, a prevented cue among the words of the
item told retained by a negation ("the throat pack that was not taken out": "not taken") is the
retention itself, not a catch.

The item found while the procedure was open may be named only before the find ("4 swabs on
the trolley, sheet said 5 opened. Checked the vagina and the 5th was high up. Removed"): the
nearest item told before it stands for it (`items_of_the_finds`); fewer back than used ("9 of
10 back") is an item gone astray like one missing. A denial told looking back, in a sentence
with no item and no find ("a bank nurse who had not used our count sheet before"), is the
background of the retention, not its catch (`background_read_as_catch`). Tissue told only
presumed ("evacuation of presumed retained products") and overturned by an item found after it
("what came out was a large abdominal swab") is no look-alike (`tissue_presumed_then_item`);
and a purpose served ("for haemostasis") told with the leaving planned or recorded in its
sentence is the reason the item was left, a plan kept.

What the item is and where it came from: an item of never event 3 is one the team used in the
procedure, left inside the patient. Three readings rule an item out, whatever it is called:

- who put it in: an active verb of putting in, swallowing or cutting with its object after it,
  with the patient as its doer (a patient word or a pronoun with no staff word before it in the
  sentence, or the one found "having" or "to have" done it: "found to have inserted a biro into
  a wound", "Prisoner ... after swallowing a razor blade", "having cut L forearm with a razor
  blade"), not an act of the staff nor a passive ("CVC inserted in resus", "the midwife said
  she had put a tampon in"); what is found in that sentence or the next is of that object
  ("... xray confirmed fragment in soft tissue");
- where it was: the item told found in a container, not a body ("found the swab stuck inside
  the bag", "tray opened and found to have an instrument inside"; not "the wire was not in the
  tray", "put straight in the sharps bin");
- whom it hurt: a sharps injury told in its sentence ("Staff needlestick with a clean unused
  needle"): the item that stuck someone, not one left in;

and an invasive device of a wrong-site act (a block needle, a drain, a wire) is the wrong site's
(never event or near miss 1), not a retained item: a retained finding whose item is told in the
sentence of the wrong-site act, of the same reach, gives way (`site_over_retained`), unless the
item is told retained or broken or a count is told short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from classifier.engine.closure_order import COUNT_WORDS, SHORT_WORDS, fewer_of_more, timing
from classifier.engine.never_event_codes import RETAINED_CODE, WRONG_SITE_CODE
from classifier.engine.procedure_open import before_the_end, first_end_told
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span, word_shortly_after, word_shortly_before

if TYPE_CHECKING:  # never_events imports this module
    from classifier.engine.never_events import Finding

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


def _told_not_denied(analysis: Analysis, sentence: int, words: frozenset[str]) -> bool:
    """Whether a sentence holds one of `words` with no denial shortly before it."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    start, end = analysis.doc.sentence_tokens(sentence)
    return any(
        tokens[k] in words
        and not word_shortly_before(tokens, sentence_of, k, DENIAL_WORDS, DENIAL_REACH)
        for k in range(start, end)
    )


def _decision_told(analysis: Analysis, sentence: int) -> bool:
    """Whether a sentence tells the decision to leave the item or its record, not denied."""
    return _told_not_denied(analysis, sentence, LEAVING_DECISION_WORDS)


#: Words that, in the sentence of a purpose served ("packs left in situ for haemostasis -
#: documented on the op note, relook planned"), tell the leaving itself decided or recorded at
#: the procedure: the purpose is then the reason the item was left, not only a use during it
#: ("left" alone is no such word: "tampon placed for haemostasis and left in" is the retention).
PLAN_RECORD_WORDS = frozenset(
    {
        *("documented", "recorded", "written", "handover", "handed", "planned", "plan"),
        *("deliberately", "intentionally", "decision", "decided", "agreed", "purpose"),
    }
)


def _plan_recorded(analysis: Analysis, sentence: int) -> bool:
    """Whether a sentence tells the leaving decided, planned or recorded, not denied, and does
    not go on after it to tell the item retained ("pack inserted for haemostasis and documented
    in the notes, retained pack found by GP 10 days later"): what was recorded there is the
    insertion, and the leaving told after it is the retention, not a plan kept ("packs left in
    situ for haemostasis - documented on the op note" tells the leaving first)."""
    if not _told_not_denied(analysis, sentence, PLAN_RECORD_WORDS):
        return False
    tokens = analysis.doc.tokens
    start, end = analysis.doc.sentence_tokens(sentence)
    record = next(k for k in range(start, end) if tokens[k] in PLAN_RECORD_WORDS)
    return not any(
        analysis.sentence(span) == sentence and span[0] > record
        for span in analysis.concept(RETAINED_CONCEPT)
    )


#: Tokens after a plan span within which the time its removal was set for is told ("plan was to
#: remove the throat pack before leaving theatre", "plan to remove prior to extubation").
REMOVAL_TIME_REACH = 6
#: Words that, with "the end" after them, set a time ("at the end of the case", "by the end").
AT_WORDS = frozenset({"at", "by"})
#: Words of the end itself, after "at the" / "by the".
END_WORDS = frozenset({"end", "close", "conclusion", "completion", "finish"})
#: Words after "the end" that put it after the procedure ("at the end of the day", "by the end of
#: the week"): a time of later care, not the procedure's end.
LATER_END_WORDS = frozenset(
    {"day", "days", "week", "weeks", "shift", "admission", "stay", "month", "clinic", "ward"}
)


def _end_at(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether "at the end" / "by the end" of the procedure starts at `at`, not the end of a
    later day, shift or stay."""
    if tokens[at] not in AT_WORDS or at + 2 >= len(tokens):
        return False
    if tokens[at + 1] != "the" or tokens[at + 2] not in END_WORDS:
        return False
    after = [
        tokens[k]
        for k in range(at + 3, min(at + 7, len(tokens)))
        if sentence_of[k] == sentence_of[at]
    ]
    return LATER_END_WORDS.isdisjoint(after)


def removal_within_procedure(analysis: Analysis, span: Span) -> bool:
    """Whether a plan span tells a removal set for a time within the procedure ("the plan was to
    remove the pack before leaving theatre", "plan to remove prior to extubation", "to be
    removed at the end of the case"): the plan was to take the item out before the end, not to
    leave it, and an item then found after the end was forgotten, not left on purpose."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    if REMOVAL_PLAN_WORDS.isdisjoint(tokens[span[0] : span[1]]):
        return False
    # the time may be told inside the span ("plan to remove before leaving") or after it
    stop = min(span[1] + REMOVAL_TIME_REACH, len(tokens))
    return any(
        sentence_of[at] == sentence_of[span[0]]
        and (before_the_end(tokens, sentence_of, at) or _end_at(tokens, sentence_of, at))
        for at in range(span[0], stop)
    )


#: Words telling the removal the plan set not done ("but this was forgotten", "removal was
#: omitted"), and the words that, after a denial, tell it not done ("this was not done", "not
#: removed", "never taken out").
FORGOTTEN_WORDS = frozenset({"forgotten", "forgot", "omitted", "overlooked", "missed"})
NOT_DONE_DENIALS = frozenset({"not", "wasnt", "werent", "never", "didnt"})
DONE_WORDS = frozenset(
    {"done", "removed", "taken", "carried", "actioned", "happen", "happened", "remove", "out"}
)
NOT_DONE_REACH = 2


def _not_done_at(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the word at `at` tells the removal not done: a word of forgetting, or a denial
    with a word of doing shortly after it in its sentence."""
    if tokens[at] in FORGOTTEN_WORDS:
        return True
    return tokens[at] in NOT_DONE_DENIALS and word_shortly_after(
        tokens, sentence_of, at, DONE_WORDS, NOT_DONE_REACH
    )


def removals_set_and_not_done(analysis: Analysis) -> list[Span]:
    """The plans of a removal set within the procedure that their sentence then tells not done
    ("the plan was to remove the throat pack before leaving theatre but this was forgotten",
    "plan to remove before leaving theatre, this was not done"): each span, from the plan to
    the word of its failure, tells the item left in when the procedure ended, a retention."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    retentions = []
    for span in analysis.found.get(concept_label(INTENTIONAL_CONCEPT), []):
        if not removal_within_procedure(analysis, span):
            continue
        _, end = analysis.doc.sentence_tokens(analysis.sentence(span))
        failure = next(
            (at for at in range(span[1], end) if _not_done_at(tokens, sentence_of, at)), None
        )
        if failure is not None:
            retentions.append((span[0], failure + 1))
    return retentions


def plans_not_of_leaving(analysis: Analysis) -> list[Span]:
    """The intentional spans that tell no decision to leave the item at the procedure: a
    response to the find, a removal set within the procedure, a removal of the wound's closure,
    a purpose served only during it."""
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
            or removal_within_procedure(analysis, span)
            or _closure_removal(tokens, span, sentence_of)
            or (
                PURPOSE_ONLY_WORDS.issuperset(words)
                and not _plan_recorded(analysis, analysis.sentence(span))
            )
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
NOT_REMOVED_WORDS = frozenset(
    {"not", "never", "t", "forgot", "forgotten", "forgetting", "omitted", "neglected"}
)


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


#: Verbs that put an item into the patient or into a device in him ("reinsert the guidewire",
#: "push the introducer wire back into", "put the stylet back in"; "re-insert" read by its "re").
INSERTING_WORDS = frozenset(
    {
        *("insert", "reinsert", "re", "push", "put", "pass", "thread", "feed", "advance"),
        *("place", "replace", "reintroduce", "introduce", "slide", "pop"),
    }
)
#: Words before "to" that make the inserting still to come ("about to", "going to").
STILL_TO_COME_WORDS = frozenset(
    {"about", "going", "planning", "preparing", "intending", "wanting", "wanted", "ready"}
)
#: Tokens before an item, in its clause, within which its inserting verb comes.
INSERTING_NEAR = 6


def _inserting_to_come(tokens: list[str], at: int) -> bool:
    """Whether token `at` is an inserting verb told still to come ("about to reinsert")."""
    return (
        tokens[at] in INSERTING_WORDS
        and at >= 2
        and tokens[at - 1] == "to"
        and tokens[at - 2] in STILL_TO_COME_WORDS
    )


def items_still_to_go_in(analysis: Analysis) -> list[Span]:
    """Item spans told as what someone was about to put in ("Student saw the RN about to
    reinsert the NG tube's guidewire back into a blocked fine-bore tube (still in the pt)"):
    the item was never in the patient; a "still in" beside it is the device it was to go into."""
    doc = analysis.doc
    return [
        span
        for span in analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT), [])
        if any(
            _inserting_to_come(doc.tokens, i) for i in doc.before_in_clause(span[0], INSERTING_NEAR)
        )
    ]


#: The plan's record denied ("no op note or wound plan", "nothing documented"): read by the
#: intentional exclusions of never event 3 as an item nobody meant to leave.
UNDOCUMENTED_CONCEPT = "retained_undocumented"
#: What is passed on after the procedure to those who care for the patient next (a discharge
#: letter or summary, a handover, a referral, a TTO), against the procedure's own record.
PASSED_ON_WORDS = frozenset(
    {
        *("letter", "letters", "summary", "summaries", "handover", "referral", "transfer"),
        *("tto", "ttos", "email", "fax", "leaflet", "paperwork", "information", "info"),
    }
)
#: The procedure's own records: named first before the denial, the gap is theirs.
PROCEDURE_RECORD_WORDS = frozenset(
    {"op", "operation", "operative", "notes", "record", "records", "count", "sheet", "board"}
)
#: Words telling a plan written at the procedure, in the plan's sentence ("Op note says ...",
#: "the operation note documented the pack for removal day 2").
PLAN_SOURCE_WORDS = frozenset({"op", "operation", "operative", "documented", "recorded", "written"})
#: Tokens before a denied record within which the document it is denied of is looked for.
PASSED_ON_REACH = 8


def _passed_on_document_before(analysis: Analysis, span: Span) -> bool:
    """Whether the nearest document named before `span` in its sentence is one passed on after
    the procedure ("the discharge letter we got had no op note"), not its own record."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    for k in range(span[0] - 1, max(-1, span[0] - 1 - PASSED_ON_REACH), -1):
        if sentence_of[k] != sentence_of[span[0]]:
            return False
        if tokens[k] in PASSED_ON_WORDS:
            return True
        if tokens[k] in PROCEDURE_RECORD_WORDS:
            return False
    return False


def gaps_of_what_was_passed_on(analysis: Analysis) -> list[Span]:
    """The denied-record spans told of a document passed on after the procedure ("the
    discharge letter we got had no op note or wound plan"), in a report whose plan to leave the
    item is told in a sentence naming the procedure's own record, not denied ("Op note says
    'cavity packed, DN to remove pack day 2'"): the plan was made and lost on its way, a
    failure of handover, not an item nobody meant to leave (batch 109 dev-181349)."""
    plans = analysis.found.get(concept_label(INTENTIONAL_CONCEPT), [])
    gaps = analysis.found.get(concept_label(UNDOCUMENTED_CONCEPT), [])
    if not plans or not gaps:
        return []
    if not any(
        _told_not_denied(analysis, analysis.sentence(span), PLAN_SOURCE_WORDS) for span in plans
    ):
        return []
    return [span for span in gaps if _passed_on_document_before(analysis, span)]


def add_retained_intent_reasoning(analysis: Analysis) -> None:
    """Put the plans and decisions of never event 3 in time: a removal set within the procedure
    and told not done is the retention (its time no catch); drop the plan spans that tell no
    decision to leave the item at the procedure, add the broken pieces left knowingly."""
    if not analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT)):
        return
    if to_go_in := items_still_to_go_in(analysis):
        analysis.remove_found(concept_label(FOREIGN_OBJECT_CONCEPT), to_go_in)
        if not analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT)):
            return
    label = concept_label(INTENTIONAL_CONCEPT)
    forgotten = removals_set_and_not_done(analysis)
    if forgotten:
        analysis.add_found(concept_label(RETAINED_CONCEPT), forgotten)
        analysis.context.drop_prevented(
            [cue for cue in analysis.context.cues["prevented"] if _inside(cue, forgotten)]
        )
    dropped = plans_not_of_leaving(analysis)
    if dropped:
        analysis.remove_found(label, dropped)
    left = pieces_left_knowingly(analysis)
    if left:
        analysis.add_found(label, left)
    if gaps := gaps_of_what_was_passed_on(analysis):
        analysis.remove_found(concept_label(UNDOCUMENTED_CONCEPT), gaps)
    add_caught_in_time(analysis)
    add_item_origin_reasoning(analysis)
    presumed = tissue_presumed_then_item(analysis)
    if presumed:
        analysis.remove_found(concept_label(TISSUE_CONCEPT), presumed)
    read_as_catch = retention_read_as_catch(analysis) + background_read_as_catch(analysis)
    if read_as_catch:
        analysis.context.drop_prevented(read_as_catch)


#: Words that put a denial back before the event, as background ("a bank nurse who had not used
#: our count sheet before"): what someone had not done, not a step stopped in this event.
LOOKING_BACK_WORDS = frozenset({"had", "hadnt", "never"})
LOOKING_BACK_REACH = 2
#: Words of finding or taking the item out: a sentence with one may tell the catch itself.
FIND_WORDS = frozenset(
    {
        *("found", "removed", "retrieved", "recovered", "located", "taken", "seen", "identified"),
        *("out", "extracted", "withdrawn", "noticed", "discovered"),
    }
)


def background_read_as_catch(analysis: Analysis) -> list[Span]:
    """The prevented cues told looking back ("had not used our count sheet before") in a
    sentence naming no item and no find: the background of how the item came to be left, not
    its catch."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    items = analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT), [])
    item_sentences = {analysis.sentence(item) for item in items}
    background = []
    for cue in analysis.context.cues["prevented"]:
        sentence = sentence_of[cue[0]]
        start, end = doc.sentence_tokens(sentence)
        if (
            sentence not in item_sentences
            and FIND_WORDS.isdisjoint(tokens[start:end])
            and word_shortly_before(
                tokens, sentence_of, cue[0], LOOKING_BACK_WORDS, LOOKING_BACK_REACH
            )
        ):
            background.append(cue)
    return background


#: Retained tissue (placenta, products of conception), the framework's look-alike of an item.
TISSUE_CONCEPT = "retained_tissue"
#: Words telling tissue only supposed, not found ("evacuation of presumed retained products",
#: "query RPOC"): what the scan or the team expected, which the find may overturn.
PRESUMED_WORDS = frozenset(
    {
        *("presumed", "presumably", "suspected", "suspicion", "query", "queried", "possible"),
        *("possibly", "probable", "probably", "likely", "thought", "assumed", "ddx"),
    }
)
PRESUMED_REACH = 3


def _told_presumed(analysis: Analysis, span: Span) -> bool:
    """Whether a tissue span is told only supposed: a presuming word just before it, or a
    question mark just before its first letter ("?RPOC")."""
    doc = analysis.doc
    if word_shortly_before(doc.tokens, doc.sentence_of, span[0], PRESUMED_WORDS, PRESUMED_REACH):
        return True
    start, _ = doc.char_span(span)
    return doc.lowered[:start].rstrip().endswith("?")


def tissue_presumed_then_item(analysis: Analysis) -> list[Span]:
    """The retained-tissue spans, when tissue is told only supposed and an item of the
    procedure is told retained or found after every one of them ("taken for evacuation of
    presumed retained products, but what came out was a large abdominal swab"): the tissue was
    the expectation the item overturned, not what was found."""
    tissue = analysis.found.get(concept_label(TISSUE_CONCEPT), [])
    if not tissue or not any(_told_presumed(analysis, span) for span in tissue):
        return []
    last = max(end for _, end in tissue)
    items = analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT), [])
    finds = [span for span in analysis.concept(RETAINED_CONCEPT) if span[0] >= last]
    if not any(_inside(item, finds) for item in items):
        return []
    return list(tissue)


def _inside(span: Span, covers: list[Span]) -> bool:
    """Whether `span` lies inside one of `covers`."""
    return any(start <= span[0] and span[1] <= end for start, end in covers)


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
#: (SHORT_WORDS), broken off (BROKEN_WORDS), dropped into the wound, or gone from the team's
#: mind ("he had forgotten it was there", "everyone forgot the pack", dev-179403).
ASTRAY_WORDS = (
    SHORT_WORDS
    | BROKEN_WORDS
    | frozenset({"dropped", "fell", "slipped", "lost", "forgotten", "forgot", "overlooked"})
)
#: Where an item is told not back ("not on the count board", "not back on the tray", "4 swabs
#: not 5" at the count): a count or its places, with "not" within ASTRAY_REACH tokens.
COUNT_PLACE_WORDS = COUNT_WORDS | frozenset({"tray", "trolley", "board", "whiteboard"})
ASTRAY_REACH = 4


#: A part come off its instrument ("cup of biopsy forceps came off during a biopsy", "the jaw
#: came away", "the tip detached"): gone astray, like one broken off (batch 108 dev-180322).
COME_WORDS = frozenset({"came", "come", "comes", "coming"})
OFF_WORDS = frozenset({"off", "away", "apart", "loose", "free"})
DETACHED_WORDS = frozenset({"detached", "detaching", "dislodged"})


def _came_off(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` tells a part come off ("came off", "came away") or detached."""
    return tokens[at] in DETACHED_WORDS or (
        tokens[at] in COME_WORDS and tokens[at + 1 : at + 2] != [] and tokens[at + 1] in OFF_WORDS
    )


def went_astray(tokens: list[str], sentence_of: list[int]) -> bool:
    """Whether the report tells an item gone astray in the procedure: missing, still in, broken
    or come off, dropped, not back on the count, tray or board, or fewer back than used ("9 of
    10 back")."""
    if not ASTRAY_WORDS.isdisjoint(tokens):
        return True
    if any(_came_off(tokens, at) for at in range(len(tokens))):
        return True
    if any(fewer_of_more(tokens, at) for at in range(len(tokens))):
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
        spans = list(before) + items_of_the_finds(analysis, list(before))
        analysis.add_found(concept_label(FOUND_WHILE_OPEN_CONCEPT), spans)


#: Sentences before a find within which the item gone astray is looked for, when the find's
#: own sentence names none ("4 swabs on the trolley, sheet said 5 opened. Checked the vagina
#: and the 5th was high up near the cervix. Removed, count correct").
ITEM_OF_THE_FIND_SENTENCES = 2
#: Words right after a find word that make it a search finding nothing ("search of theatre
#: found nothing", "xray showed no swab"): no find of the item.
FOUND_NOTHING_WORDS = frozenset({"nothing", "no", "nil"})


def items_of_the_finds(analysis: Analysis, finds: list[Span]) -> list[Span]:
    """For each find made while the procedure was open whose sentence names no item, the
    nearest item told before it within ITEM_OF_THE_FIND_SENTENCES sentences: the item that went
    astray is the one found, however the find names it ("the 5th", "it")."""
    items = analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT), [])
    tokens = analysis.doc.tokens
    named = []
    for find in finds:
        sentence = analysis.sentence(find)
        if tokens[find[1] : find[1] + 1] and tokens[find[1]] in FOUND_NOTHING_WORDS:
            continue  # a search finding nothing ("found nothing", "showed no swab")
        if any(analysis.sentence(item) == sentence for item in items):
            continue
        earlier = [
            item
            for item in items
            if item[1] <= find[0]
            and sentence - analysis.sentence(item) <= ITEM_OF_THE_FIND_SENTENCES
        ]
        if earlier:
            named.append(max(earlier))
    return named


#: Concepts the item readings add to, each read by an exclusion of never event 3: an object the
#: patient put in, and an item found outside the patient (in a container, or in whoever it
#: stuck).
PUT_IN_BY_THE_PATIENT_CONCEPT = "item_put_in_by_the_patient"
FOUND_OUTSIDE_CONCEPT = "found_outside_patient"
#: Verbs of putting an item into the body, swallowing it or cutting with it, told before it.
PUTTING_IN_VERBS = frozenset(
    {
        *("inserted", "inserting", "insert", "inserts", "pushed", "pushing", "push", "put"),
        *("putting", "poked", "poking", "stuck", "sticking", "swallowed", "swallowing"),
        *("swallow", "swallows", "ingested", "ingesting", "cut", "cutting", "stabbed"),
        *("stabbing", "jabbed", "scratched", "scratching", "embedded", "lodged"),
    }
)
#: The patient as a doer: patient words and pronouns of a third person.
PATIENT_DOER_WORDS = frozenset(
    {
        *("pt", "pts", "patient", "patients", "she", "he", "they", "resident", "client"),
        *("prisoner", "detainee", "person", "man", "woman", "lady", "gentleman", "girl", "boy"),
        *("child", "son", "daughter", "mum", "dad", "su", "herself", "himself", "themselves"),
    }
)
#: The staff as doers, and the first person of a staff report: with one of them before the verb
#: in its sentence the act is the team's ("the midwife said she had put a tampon in").
STAFF_DOER_WORDS = frozenset(
    {
        *("i", "we", "nurse", "nurses", "dr", "doctor", "doctors", "sho", "reg", "registrar"),
        *("surgeon", "surgeons", "consultant", "midwife", "midwives", "fy1", "fy2", "f1", "f2"),
        *("anaesthetist", "anaesthetists", "odp", "hca", "staff", "team", "radiologist"),
        *("scrub", "practitioner", "student", "gp", "dentist", "paramedic", "st3", "st4", "ct1"),
        *("ct2", "spr", "cns", "ana", "physio", "dn", "sister", "operator", "endoscopist"),
    }
)
#: Words making the one found the doer ("found to have inserted", "having cut").
FOUND_DOER_WORDS = frozenset({"having", "have"})
#: Words of the passive, whose doer is the agent after "by", not the subject.
PASSIVE_WORDS = frozenset({"was", "were", "been", "being", "is", "are", "had", "has", "get", "got"})
#: Containers an item may be told in, none of them a body.
CONTAINER_WORDS = frozenset(
    {
        *("bag", "bags", "bin", "bins", "tray", "trays", "set", "sets", "pack", "packet"),
        *("box", "pot", "trolley", "sharps", "waste", "bucket", "kit", "container", "drawer"),
    }
)
PLACE_PREPOSITIONS = frozenset({"in", "inside", "within"})
#: Words of finding told before the item: only an item found in a container was there (one
#: told "not in the tray", "in the sharps tray" at the count, or put "in a specimen pot" after
#: its removal is the count's or the removal's, not a find).
FINDING_WORDS = frozenset({"found", "discovered", "located", "noticed", "finding"})
FINDING_REACH = 6
#: Words denying the item's place ("not in the tray", "wasn't back in the tray").
PLACE_DENIAL_WORDS = frozenset({"not", "t", "never", "missing", "no", "without"})
#: Tokens from the item to the place preposition, and from it to the container.
PLACE_REACH = 4
CONTAINER_REACH = 3
#: Words telling the item inside what its sentence opened with ("found to have ... inside").
INSIDE_WORDS = frozenset({"inside", "within"})
#: Words of a sharps injury: the item stuck someone.
SHARPS_INJURY_WORDS = frozenset({"needlestick", "needlesticks", "needle-stick", "sharps-injury"})


def _doer_is_the_patient(tokens: list[str], sentence_start: int, verb: int) -> bool:
    """Whether the doer of the verb at `verb` is the patient: a patient word before it in its
    sentence with no staff word, or the one found having done it; not a passive."""
    if tokens[verb - 1 : verb] and tokens[verb - 1] in PASSIVE_WORDS:
        return False
    before = tokens[sentence_start:verb]
    if not STAFF_DOER_WORDS.isdisjoint(before):
        return False
    return not PATIENT_DOER_WORDS.isdisjoint(before) or (
        bool(before) and before[-1] in FOUND_DOER_WORDS
    )


#: Words opening the object of an active verb of putting in ("inserted a biro", "cut L
#: forearm", "swallowed part of a razor blade"); a verb followed by anything else is told of
#: what was put in before it ("CVC inserted in resus", "the line put in on AMU").
OBJECT_OPENING_WORDS = frozenset(
    {
        *("a", "an", "some", "his", "her", "their", "several", "two", "2", "part", "pieces"),
        *("piece", "bits", "l", "r", "left", "right", "lt", "rt", "both"),
    }
)


#: Sentences after the patient's act within which what is found of an item is read as the
#: patient's ("inserted a paperclip into her forearm wound. Xray confirms a metal fragment").
FOUND_OF_IT_SENTENCES = 1


def put_in_by_the_patient(analysis: Analysis) -> list[Span]:
    """The patient's acts of putting an object into the body, swallowing it or cutting with it
    (an active verb with the patient as its doer and its object opening straight after it):
    the spans from the verb to the end of the next sentence, where what is found of
    the object is told."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    found: list[Span] = []
    if PUTTING_IN_VERBS.isdisjoint(tokens):
        return found
    for verb, token in enumerate(tokens):
        if token not in PUTTING_IN_VERBS or verb + 1 >= len(tokens):
            continue
        sentence = sentence_of[verb]
        sentence_start, sentence_end = doc.sentence_tokens(sentence)
        if (
            verb + 1 >= sentence_end
            or tokens[verb + 1] not in OBJECT_OPENING_WORDS
            or not _doer_is_the_patient(tokens, sentence_start, verb)
        ):
            continue
        _, end = doc.sentence_tokens(sentence, sentence + FOUND_OF_IT_SENTENCES)
        found.append((verb, end))
    return found


def _container_after(doc: Document, start: int, end: int) -> bool:
    """Whether the item ending at `end` is told in a container ("stuck inside the bag")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for at in doc.after_in_clause(start, end, PLACE_REACH):
        if tokens[at] in PLACE_PREPOSITIONS:
            return PLACE_DENIAL_WORDS.isdisjoint(tokens[end:at]) and word_shortly_after(
                tokens, sentence_of, at, CONTAINER_WORDS, CONTAINER_REACH
            )
    return False


#: Words after "inside" that tell inside what ("inside the abdomen", "inside her").
INSIDE_OF_WORDS = frozenset({"the", "a", "an", "her", "his", "their", "of", "its", "him", "pt"})


def _inside_of_something(tokens: list[str], sentence_end: int, at: int) -> bool:
    """Whether the "inside" at `at` is told of something after it ("inside the abdomen"), not
    of the container told before the item ("found to have an instrument inside")."""
    return at + 1 < sentence_end and tokens[at + 1] in INSIDE_OF_WORDS


#: Tokens before a finding word within which a denial denies it ("not noticed at the time").
FINDING_DENIAL_REACH = 3


def _found_just_before(tokens: list[str], sentence_of: list[int], start: int) -> bool:
    """Whether the item at `start` is told found: the nearest finding word before it within
    FINDING_REACH tokens in its sentence, not denied, with no verb of putting nor a denial
    between ("not noticed as the wire was put straight in the sharps bin" tells where it was
    put)."""
    for at in range(start - 1, max(-1, start - 1 - FINDING_REACH), -1):
        if sentence_of[at] != sentence_of[start] or tokens[at] in PUTTING_IN_VERBS:
            return False
        if tokens[at] in PLACE_DENIAL_WORDS:  # "noticed there was no guidewire in the tray"
            return False
        if tokens[at] in FINDING_WORDS:
            return not word_shortly_before(
                tokens, sentence_of, at, PLACE_DENIAL_WORDS, FINDING_DENIAL_REACH
            )
    return False


def found_in_a_container(analysis: Analysis, items: list[Span]) -> list[Span]:
    """The items told found in a container, not a body (a finding word just before the item,
    not denied): a place preposition then a container after
    the item in its clause, or the item told "inside" with no object, after a container told
    before it in its sentence ("opened the tray and found a used needle holder inside"). The
    spans from the item to the container, or from the container to the item."""
    doc = analysis.doc
    tokens = doc.tokens
    found = []
    for start, end in items:
        if not _found_just_before(tokens, doc.sentence_of, start):
            continue
        if _container_after(doc, start, end):
            found.append((start, min(len(tokens), end + PLACE_REACH + CONTAINER_REACH + 1)))
            continue
        sentence_start, sentence_end = doc.sentence_tokens(doc.sentence_of[start])
        inside = [
            at
            for at in range(end, min(sentence_end, end + PLACE_REACH))
            if tokens[at] in INSIDE_WORDS
        ]
        containers = [at for at in range(sentence_start, start) if tokens[at] in CONTAINER_WORDS]
        if inside and containers and not _inside_of_something(tokens, sentence_end, inside[0]):
            found.append((containers[0], end))
    return found


def injuring_sharps(analysis: Analysis, items: list[Span]) -> list[Span]:
    """The items of a sentence telling a sharps injury: the sentence's span."""
    doc = analysis.doc
    found = []
    for start, _ in items:
        first, last = doc.sentence_tokens(doc.sentence_of[start])
        if not SHARPS_INJURY_WORDS.isdisjoint(doc.tokens[first:last]):
            found.append((first, last))
    return found


def add_item_origin_reasoning(analysis: Analysis) -> None:
    """Read where each item of never event 3 came from: an item the patient put in is no item of
    a procedure (`item_put_in_by_the_patient`); one told in a container, or one that stuck
    someone, was found outside the patient (`found_outside_patient`)."""
    items = analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT), [])
    own = put_in_by_the_patient(analysis)
    if own:
        analysis.add_found(concept_label(PUT_IN_BY_THE_PATIENT_CONCEPT), own)
    outside = found_in_a_container(analysis, items) + injuring_sharps(analysis, items)
    if outside:
        analysis.add_found(concept_label(FOUND_OUTSIDE_CONCEPT), outside)
    others = finds_of_other_things(analysis)
    if others:
        analysis.remove_found(concept_label(FOUND_OUTSIDE_CONCEPT), others)
    some = only_some_found(analysis, outside + analysis.concept(FOUND_OUTSIDE_CONCEPT))
    if some:
        analysis.add_found(concept_label(FOUND_ANOTHER_CONCEPT), some)


#: Words that, as the subject of a find, refer back to the item ("it was found in the bin",
#: "the missing one found on the floor"), and the passive's words between the subject and the
#: verb ("were found", "had been found").
ITEM_REFERRING_WORDS = frozenset(
    {"it", "this", "that", "one", "they", "these", "those", "item", "items", "missing"}
)
FIND_SUBJECT_REACH = 6


def _find_of_another_thing(analysis: Analysis, span: Span, items: list[Span]) -> bool:
    """Whether a find outside the patient told by a finding verb in the passive has a subject of
    its own in its clause ("bits of food were found in the theatre bin", "only rubbish was found
    on the floor")
    that is neither an item of the procedure nor a word referring back to one: what was found
    there was something else, the missing item was not."""
    doc = analysis.doc
    tokens = doc.tokens
    start = span[0]
    if tokens[start] not in FINDING_WORDS or not start or tokens[start - 1] not in PASSIVE_WORDS:
        return False  # only a passive's subject is what was found ("searched and found it")
    subject = [
        i for i in doc.before_in_clause(start, FIND_SUBJECT_REACH) if tokens[i] not in PASSIVE_WORDS
    ]
    if not subject or any(tokens[i] in ITEM_REFERRING_WORDS for i in subject):
        return False
    return not any(item[0] <= i < item[1] for i in subject for item in items)


def finds_of_other_things(analysis: Analysis) -> list[Span]:
    """The finds outside the patient (`found_outside_patient`) told of something other than an
    item of the procedure (`_find_of_another_thing`): no item found outside."""
    items = analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT), [])
    return [
        span
        for span in analysis.found.get(concept_label(FOUND_OUTSIDE_CONCEPT), [])
        if _find_of_another_thing(analysis, span, items)
    ]


#: The found item told as only some of those used ("Two wires were used ... only one was later
#: found in the sharps tray", "only 4 of the 5 swabs were in the bin"): the one found outside is
#: another than the item, which is still missing.
FOUND_ANOTHER_CONCEPT = "found_item_was_another"
ONLY_WORDS = frozenset({"only", "just"})
SOME_WORDS = frozenset({"one", "two", "three", "four", "five", "some", "part", "half"})
ONLY_REACH = 8
SOME_REACH = 2


def only_some_found(analysis: Analysis, finds: list[Span]) -> list[Span]:
    """The finds outside the patient told of only some of the items: "only" then a number or
    "some" within SOME_REACH tokens, ONLY_REACH tokens or fewer before the find in its
    sentence; the span from "only" to the find's end."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    some = []
    for start, end in finds:
        for at in range(max(0, start - ONLY_REACH), start + 1):
            if (
                tokens[at] in ONLY_WORDS
                and sentence_of[at] == sentence_of[start]
                and any(
                    tokens[k] in SOME_WORDS
                    or (tokens[k].isdigit() and tokens[k + 1] not in TIME_UNIT_WORDS)
                    for k in range(at + 1, min(start, at + 1 + SOME_REACH))
                )
            ):
                some.append((at, end))
                break
    return some


#: Words after a number that make it a time, not a count ("only 10 minutes later the missing
#: swab was found in the bin").
TIME_UNIT_WORDS = frozenset(
    {"seconds", "secs", "minutes", "mins", "min", "hours", "hrs", "hr", "days", "weeks", "later"}
)
#: A count told short ("swab count one short", "needle unaccounted for at the count"): the words
#: of a count, and of one missing within COUNT_SHORT_REACH tokens of it.
TALLY_WORDS = frozenset({"count", "counts", "counted", "tally"})
MISSING_WORDS = frozenset({"missing", "unaccounted", "short", "discrepancy", "discrepant"})
COUNT_SHORT_REACH = 6


def count_came_up_short(tokens: list[str], sentence_of: list[int]) -> bool:
    """Whether the report tells a count that came up short."""
    if TALLY_WORDS.isdisjoint(tokens):
        return False
    return any(
        token in TALLY_WORDS
        and (
            word_shortly_after(tokens, sentence_of, at, MISSING_WORDS, COUNT_SHORT_REACH)
            or word_shortly_before(tokens, sentence_of, at, MISSING_WORDS, COUNT_SHORT_REACH)
        )
        for at, token in enumerate(tokens)
    )


def _told_with_the_act(analysis: Analysis, finding: Finding, others: list[Finding]) -> bool:
    """Whether a retained finding's item is told in the sentence of a wrong-site evidence span
    of more than one token (a phrase of the act, not a lone "op" or "bed")."""
    item = analysis.sentence(finding.evidence[0])
    return any(
        end - start > 1 and analysis.sentence((start, end)) == item
        for other in others
        for start, end in other.evidence
    )


def _told_as_left_behind(analysis: Analysis, evidence: tuple[Span, ...]) -> bool:
    """Whether the evidence names the item retained ("retained guidewire after central line
    insertion") or its item's sentence tells it broken ("the needle fragment ... the tip had
    snapped off"): a piece left behind, not the device of the act."""
    tokens = analysis.doc.tokens
    if any(token.startswith("retain") for start, end in evidence for token in tokens[start:end]):
        return True
    first, last = analysis.doc.sentence_tokens(analysis.sentence(evidence[0]))
    return not BROKEN_WORDS.isdisjoint(tokens[first:last])


def site_over_retained(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """The findings, without a retained item's (3) whose item is told with the act of a wrong
    site's (1) of the same reach (both reached, or both caught), when the item is not told
    retained or broken and no count is told short: the needle, drain or wire of the wrong-site
    act, even seen on a film after it ("CXR showed L drain"), is that act's, not an item left
    in."""
    kept = [f for f in findings if f.excluded_by is None]
    sites = [f for f in kept if f.never_event.code == WRONG_SITE_CODE]
    if not sites or not any(f.never_event.code == RETAINED_CODE for f in kept):
        return findings
    doc = analysis.doc
    if count_came_up_short(doc.tokens, doc.sentence_of):
        return findings
    return [
        f
        for f in findings
        if f.never_event.code != RETAINED_CODE
        or _told_as_left_behind(analysis, f.evidence)
        or not _told_with_the_act(analysis, f, [s for s in sites if s.near_miss == f.near_miss])
    ]
