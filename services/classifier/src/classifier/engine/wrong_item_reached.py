"""Whether the wrong unit, organ or implant reached the patient, read from how its going-in is told.

Never event 12 and never event 2 both turn on one question: did the wrong thing go into the
patient? A unit of another group that "ran about 15 minutes" before someone stopped it went in,
however the report words its giving ("I put the blood maybe 15 minutes ... I stop"); a bag
spiked and primed but never connected, where the patient "received nothing from the wrong
bag", did not, although "received" is a word of giving. An organ of another group transplanted
where "no desensitisation had been given" went in: the denied desensitisation tells the
transplant was not a planned ABO-incompatible one, not that anything was caught. A lens told
"implanted as planned", or "the planned +21.0D IOL inserted", is the planned implant, whatever
the plan rested on (a wrong biometry is the framework's incorrect measurement, not a wrong
implant); and a "cruciate retaining" knee names the implant's design, not an item retained.

Six readings, each adding to or taking from the concepts the rules read:

- `RUN_FOR_A_TIME` spans (to `transfusion_reached`): a verb of putting up or running a unit
  with a time it ran ("ran about 10 mins", "put the blood maybe 15 minutes"), and the unit
  stopped after it;
- `transfusion_reached` spans taken away when the giving is denied by its object ("received
  nothing", "got none of it"), or when a recipient "had" or "got" a unit told ordered or
  readied right after it ("pt had 2 units of group A RBC prescribed"): not a giving;
- `abo_haemolysis_sign` spans taken away when a urine's colour alone is told before any unit
  went in ("pt post TURP with red urine ... unit for another patient transfused"): the
  patient's state before the unit, not the reaction reaching him;
- prevented cues dropped over a denied desensitisation in a report of an ABO-mismatched organ;
- `implant_as_planned` spans (NE2.ex.as_planned) over an implanting told as the plan's ("implanted
  as planned", "the implant used was the planned one", "the planned lens inserted") in a clause
  telling no error, redo or other implant;
- `IMPLANT_DESIGN_NAMED` spans (denying `retained`) over a knee design's "retaining";
- `intentional_implant_change` spans (NE2.ex.intentional_change) over an operator's judgement
  on the table, a size moved up or down after it and the change written down ("surgeon felt the
  12 was unstable and undersized, went up to 13, documented in op note with reasons"): the
  implant differs from the plan on purpose, not in error.
"""

from __future__ import annotations

from classifier.engine.implant_steps import INTENTIONAL_CHANGE
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span

#: Concept the NE12 rules read as the unit's reach (their `reach`).
TRANSFUSION_REACHED = "transfusion_reached"
#: Concept of the implant told as the planned one (NE2.ex.as_planned).
IMPLANT_AS_PLANNED = "implant_as_planned"
#: Concept of an implant's design told by a word the retained-item reading takes for an item
#: left in ("cruciate retaining"): denies `retained` (never_events.EVIDENCE_DENIED_BY).
IMPLANT_DESIGN_NAMED = "implant_design_named"
#: Concepts of a mismatched organ, whose denied desensitisation is no catch.
ORGAN_MISMATCH = "abo_mismatch_organ"

#: Verbs of putting up or running a unit: with a time it ran, the unit went in.
RUN_VERBS = frozenset(
    {"put", "hung", "ran", "run", "running", "went", "going", "infused", "infusing", "transfused"}
)
#: Units of a time a unit ran ("15 minutes", "10 mins", "an hour" is left out: a lone "hour" is
#: as often a clock's).
TIME_UNITS = frozenset({"min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours"})
#: Words between a run verb and its time ("ran for about 10 mins", "put the blood maybe 15").
RUN_TIME_AFTER = 6
#: Words before a time that make it a limit or a clock, not a time the unit ran ("within 30
#: minutes of collection", "every 15 minutes", "in 20 mins").
NOT_A_RUN_TIME = frozenset({"within", "every", "in", "by", "before", "until", "under", "q"})
#: Words that deny or hold off the run verb ("not put up", "before it was hung").
RUN_DENIED = frozenset({"not", "never", "before", "nothing", "without", "wasnt", "didnt"})
RUN_DENIED_BEFORE = 3
#: Verbs of the unit stopped or taken down after it ran.
UNIT_STOP_WORDS = frozenset(
    {"stop", "stopped", "stopping", "stops", "disconnected", "discontinued", "halted"}
)
#: Sentences after the run in which the stop may be told.
STOP_SENTENCES = 2

#: Objects that deny a word of giving ("received nothing from the wrong bag", "got none of it").
NOTHING_GIVEN = frozenset({"nothing", "none"})
#: Words of having or getting a unit ("pt had 2 units of grp A RBC") that, with a participle of
#: ordering or readying told after the unit in its sentence (within UNIT_READIED_AFTER tokens,
#: the unit's group and component between), tell the unit had done for the patient, not given
#: ("pt had 2 units of group A RBC prescribed", "pt got 2 units crossmatched").
HAVING_WORDS = frozenset({"had", "got"})
UNIT_READIED_WORDS = frozenset(
    {
        *("prescribed", "requested", "ordered", "crossmatched", "xmatched", "matched"),
        *("reserved", "booked", "issued", "allocated", "prepared", "ready", "available"),
        *("planned", "waiting", "authorised", "authorized"),
    }
)
UNIT_READIED_AFTER = 6

#: Words of the management of a planned ABO-incompatible transplant: denied, they tell the
#: transplant unplanned ("no desensitisation had been given"), not a catch.
DESENSITISATION_WORDS = frozenset(
    {
        *("desensitisation", "desensitization", "desensitised", "desensitized"),
        *("plasmapheresis", "immunoadsorption", "rituximab", "plex"),
    }
)

#: Implanting verbs an implant told as the plan's may take.
PUT_IN_VERBS = frozenset({"implanted", "inserted", "placed", "fitted", "used", "put"})
#: ... and every implanting verb, of which one told with an error, redo or other implant makes
#: a report's as-planned only one of its implants.
IMPLANTING_VERBS = PUT_IN_VERBS | frozenset({"impacted", "deployed", "cemented", "screwed"})
#: Words of a plan.
PLAN_WORDS = frozenset({"planned", "intended", "templated", "prescribed"})
#: Words that make the plan's implant a redo or set it against another ("the planned lens put in
#: after the wrong one was explanted", "as planned for the other eye"): the clause then tells
#: more than the planned implant going in.
NOT_ONLY_THE_PLAN = frozenset(
    {
        *("wrong", "incorrect", "instead", "another", "other", "different", "not", "mismatch"),
        *("explanted", "removed", "exchanged", "replaced", "revised", "swapped", "changed"),
        *("correct", "new", "then", "subsequently", "eventually", "finally", "later", "after"),
    }
)
#: Words that, later in the sentence of an implanting told as the plan's and followed by an
#: implant's or a patient's word, set the implant that went in against another ("IOL implanted as
#: planned but it was the lens for another patient", "implanted as planned, however later found
#: it was from a different pt's tray"); not a wrong measurement the plan rested on ("but the
#: keratometry it was calculated from was wrong").
SET_AGAINST_LATER = frozenset(
    {"wrong", "incorrect", "instead", "another", "other", "different", "mismatch"}
)
SET_AGAINST_OWNER_WORDS = frozenset({"pt", "pts", "patient", "patients", "person"})
SET_AGAINST_TO_ITEM = 4
#: Tokens of a clause read around an implanting told as the plan's.
PLAN_CLAUSE_BEFORE = 8
PLAN_CLAUSE_AFTER = 6
#: Words between "the planned" and its implanting ("the planned +21.0D IOL inserted").
PLANNED_TO_PUT_IN = 5

#: Who judges on the table, and the verbs of their judgement.
OPERATOR_WORDS = frozenset(
    {"surgeon", "consultant", "cons", "registrar", "reg", "operator", "implanter", "he", "she"}
)
JUDGEMENT_VERBS = frozenset({"felt", "judged", "thought", "decided", "assessed", "considered"})
#: A size moved after the judgement: a verb of going with "up" or "down" after it ("went up to
#: 13", "sized down"), or one word of it ("upsized").
MOVE_VERBS = frozenset({"went", "go", "going", "moved", "sized", "stepped", "came"})
MOVE_WAYS = frozenset({"up", "down"})
MOVED_WORDS = frozenset({"upsized", "downsized", "upsize", "downsize"})
#: Words of the change written down ("documented in op note with reasons").
RECORD_WORDS = frozenset({"documented", "recorded", "noted", "written"})
#: Tokens after the judgement in which the move and then the record are read.
JUDGEMENT_TO_RECORD = 25

#: Concepts of a sign of ABO haemolysis, and of the unit told going in.
HAEMOLYSIS_SIGN = "abo_haemolysis_sign"
UNIT_WENT_IN = "unit_went_in"
#: Words that name the haemolysis itself or its test in a sign ("haemoglobinuria", "DAT +ve"):
#: a sign without them is a urine's colour alone ("red urine", "urine dark brown").
HAEMOLYSIS_NAMED_WORDS = frozenset(
    {
        *("haemoglobinuria", "hemoglobinuria", "haemolysis", "hemolysis", "haemolytic"),
        *("hemolytic", "dat", "dct", "reaction"),
    }
)
#: Words after a urine's colour telling it came after what follows ("red urine after a unit
#: issued for another patient was given").
ONSET_AFTER_WORDS = frozenset({"after", "following"})

#: Knee designs whose word the retained-item reading takes for an item left in.
DESIGN_BEFORE_RETAINING = frozenset({"cruciate", "pcl", "acl", "bicruciate", "ligament"})
RETAINING = "retaining"


def _runs_for_a_time(doc: Document, at: int) -> Span | None:
    """The span from the run verb at `at` to the end of the time it ran, or None."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if any(tokens[k] in RUN_DENIED for k in doc.before_in_clause(at, RUN_DENIED_BEFORE)):
        return None
    end = min(len(tokens) - 1, at + RUN_TIME_AFTER)
    for k in range(at + 1, end + 1):
        if sentence_of[k] != sentence_of[at]:
            return None
        if tokens[k] in TIME_UNITS and k > at + 1 and tokens[k - 1][:1].isdigit():
            if tokens[k - 2] in NOT_A_RUN_TIME:
                return None
            return (at, k + 1)
    return None


def _stopped_after(doc: Document, span: Span) -> bool:
    """Whether a stop of the unit is told after `span`, in its sentence or the next ones."""
    last = doc.sentence_of[span[0]] + STOP_SENTENCES
    return any(
        doc.tokens[k] in UNIT_STOP_WORDS
        for k in range(span[1], len(doc.tokens))
        if doc.sentence_of[k] <= last
    )


def run_for_a_time(doc: Document) -> list[Span]:
    """Spans telling a unit put up or run for a time and stopped after it ("it ran about 10
    mins ... stopped it"): the unit went in."""
    spans = []
    for at, word in enumerate(doc.tokens):
        if word in RUN_VERBS and (span := _runs_for_a_time(doc, at)) and _stopped_after(doc, span):
            spans.append(span)
    return spans


def giving_denied(doc: Document, spans: list[Span]) -> list[Span]:
    """The spans of giving whose object denies it ("received nothing", "got none of it")."""
    tokens = doc.tokens
    return [span for span in spans if span[1] < len(tokens) and tokens[span[1]] in NOTHING_GIVEN]


def unit_had_readied(doc: Document, spans: list[Span]) -> list[Span]:
    """The spans of a recipient told as having or getting a unit whose ordering or readying is
    told right after it ("pt had 2 units of group A RBC prescribed", "pt got 2 units
    crossmatched"): the unit had done for the patient, not given."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    readied = []
    for span in spans:
        if HAVING_WORDS.isdisjoint(tokens[span[0] : span[1]]):
            continue
        after = range(span[1], min(len(tokens), span[1] + UNIT_READIED_AFTER))
        if any(
            sentence_of[k] == sentence_of[span[1] - 1] and tokens[k] in UNIT_READIED_WORDS
            for k in after
        ):
            readied.append(span)
    return readied


def management_denied(doc: Document, prevented: list[Span]) -> list[Span]:
    """The prevented cues that deny a planned ABO-incompatible transplant's management ("no
    desensitisation had been given"): the transplant unplanned, nothing caught."""
    tokens = doc.tokens
    return [
        span
        for span in prevented
        if not DESENSITISATION_WORDS.isdisjoint(tokens[span[0] : span[1]])
    ]


def _clause_tells_only_the_plan(doc: Document, first: int, last: int) -> bool:
    """Whether the clause around tokens `first`..`last` tells no error, redo or other implant."""
    before = list(doc.before_in_clause(first, PLAN_CLAUSE_BEFORE))
    after = list(doc.after_in_clause(last, last + 1, PLAN_CLAUSE_AFTER))
    words = {doc.tokens[k] for k in (*before, *range(first, last + 1), *after)}
    return words.isdisjoint(NOT_ONLY_THE_PLAN)


def _plan_after_put_in(tokens: list[str], at: int) -> int | None:
    """The plan word told of the implanting at `at` ("implanted as planned", "used was the
    planned one", "inserted was the one planned"), or None."""
    for k in range(at + 1, min(len(tokens), at + 5)):
        if tokens[k] in PLAN_WORDS:
            between = tokens[at + 1 : k]
            if between in (["as"], ["was", "the"], ["is", "the"], ["was", "the", "one"]):
                return k
            return None
    return None


def _plan_before_put_in(tokens: list[str], at: int, implant_words: set[int]) -> int | None:
    """The "the planned" told of the implant put in at `at` ("the planned +21.0D IOL inserted"),
    an implant's word between them, or None."""
    for k in range(at - 1, max(0, at - PLANNED_TO_PUT_IN) - 1, -1):
        if tokens[k] in PLAN_WORDS:
            between = set(range(k + 1, at))
            if k > 0 and tokens[k - 1] == "the" and not between.isdisjoint(implant_words):
                return k
            return None
    return None


def _set_against(doc: Document, at: int) -> bool:
    """Whether the implanting at `at`, not told as the plan's, is told with an error, redo or
    other implant in its clause, or with a plan after it in its sentence ("a single chamber
    device was implanted but dual chamber was planned")."""
    if not _clause_tells_only_the_plan(doc, at, at):
        return True
    sentence_of, tokens = doc.sentence_of, doc.tokens
    after = (tokens[k] for k in range(at + 1, len(tokens)) if sentence_of[k] == sentence_of[at])
    return not PLAN_WORDS.isdisjoint(after)


def _set_against_later(doc: Document, last: int, implant_words: set[int]) -> bool:
    """Whether the rest of the sentence after token `last` sets the implant against another: a
    `SET_AGAINST_LATER` word with an implant's or a patient's word shortly after it. The plan's
    words then tell what was meant, not what went in."""
    sentence_of, tokens = doc.sentence_of, doc.tokens
    same = [k for k in range(last + 1, len(tokens)) if sentence_of[k] == sentence_of[last]]
    return any(
        tokens[k] in SET_AGAINST_LATER
        and any(
            j in implant_words or tokens[j] in SET_AGAINST_OWNER_WORDS
            for j in same
            if k < j <= k + SET_AGAINST_TO_ITEM
        )
        for k in same
    )


def planned_implant_put_in(doc: Document, implant_words: set[int]) -> list[Span]:
    """Spans telling the implant put in as the planned one, in a clause telling no error, redo
    or other implant ("the lens ... was implanted as planned"); none when another implanting
    of the report is told with an error, redo or other implant ("R eye: lens implanted as
    planned. L eye: 21.0D lens implanted instead of the planned 23.5D"): that report's
    as-planned tells one of two implants."""
    tokens = doc.tokens
    spans = []
    for at, word in enumerate(tokens):
        if word not in IMPLANTING_VERBS:
            continue
        plan = _plan_after_put_in(tokens, at) if word in PUT_IN_VERBS else None
        if plan is None and word in PUT_IN_VERBS:
            plan = _plan_before_put_in(tokens, at, implant_words)
        if plan is None:
            if _set_against(doc, at):
                return []  # another implanting told with an error, redo or other implant
            continue
        first, last = min(at, plan), max(at, plan)
        if _clause_tells_only_the_plan(doc, first, last) and not _set_against_later(
            doc, last, implant_words
        ):
            spans.append((first, last + 1))
    return spans


#: Concepts of an implant told of one side and put into the other (never_events.yaml, type 2).
IMPLANT_SIDE_CONCEPTS = ("implant_left", "implant_right")


def implanted_on_the_other_side(analysis: Analysis) -> bool:
    """Whether an implanting verb is told inside an implant's side set against the other side
    it went into ("a left femoral component was cemented into the right knee"): a wrong
    implant's going in, beside which another component's "inserted as planned" tells only that
    component (review r25's G3)."""
    tokens = analysis.doc.tokens
    return any(
        tokens[k] in IMPLANTING_VERBS
        for concept in IMPLANT_SIDE_CONCEPTS
        for start, end in analysis.concept(concept)
        for k in range(start, end)
    )


#: Words naming a plan, the person another's plan was written for, and the words telling them
#: another's ("written for a different patient").
A_PLAN = frozenset({"plan", "plans"})
OTHER_WORDS = frozenset({"another", "different", "other", "wrong"})
PERSON_WORDS = frozenset({"patient", "pt", "patients", "person"})


def _plan_of_another(doc: Document, sentence: int) -> bool:
    """Whether the sentence tells a plan written for another person ("the updated plan had been
    written for a different patient")."""
    tokens = doc.tokens
    told = range(*doc.sentence_tokens(sentence))
    return any(tokens[i] in A_PLAN for i in told) and any(
        tokens[i] in OTHER_WORDS and tokens[i + 1] in PERSON_WORDS
        for i in told
        if i + 1 < len(tokens)
    )


def plan_change_not_chosen(analysis: Analysis, implant_words: set[int]) -> list[Span]:
    """Spans of an implant told put in per a new plan ("implanted per the updated plan") that
    tell no change chosen before the implanting: another implant told put in before it, the
    new plan made to put that one right ("a 19.5D lens was implanted ... error noted; a new lens
    was implanted per the updated plan at a second procedure"), or the plan told as another
    patient's ("following the updated plan, but the updated plan had been written for a
    different patient"). `implant_words` are the tokens of the implants' words. Review r31's
    probes of x5's reading of review r25's B6."""
    doc = analysis.doc
    tokens = doc.tokens
    return [
        (start, end)
        for start, end in analysis.concept(INTENTIONAL_CHANGE)
        if tokens[start] in PUT_IN_VERBS
        and tokens[end - 1] in A_PLAN
        and (
            any(k < start and tokens[k] in IMPLANTING_VERBS for k in implant_words)
            or _plan_of_another(doc, doc.sentence_of[start])
        )
    ]


def urine_colour_before_the_unit(analysis: Analysis) -> list[Span]:
    """Spans of a haemolysis sign told by a urine's colour alone that the report tells before
    any unit going in, with no "after" to the going-in: the patient's state before the unit
    ("pt post TURP with red urine ... unit for another patient transfused"), not the reaction
    reaching him."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    went_in = [span[0] for span in analysis.concept(UNIT_WENT_IN)]
    first_in = min(went_in, default=len(tokens))
    spans = []
    for span in analysis.concept(HAEMOLYSIS_SIGN):
        if span[0] >= first_in or not HAEMOLYSIS_NAMED_WORDS.isdisjoint(tokens[span[0] : span[1]]):
            continue
        if any(
            tokens[k] in ONSET_AFTER_WORDS
            for k in range(span[1], min(first_in + 1, len(tokens)))
            if sentence_of[k] == sentence_of[span[0]]
        ):
            continue
        spans.append(span)
    return spans


def design_named(tokens: list[str]) -> list[Span]:
    """Spans of a knee design named by "retaining" ("cruciate retaining", "PCL retaining")."""
    return [
        (at - 1, at + 1)
        for at, word in enumerate(tokens)
        if word == RETAINING and at > 0 and tokens[at - 1] in DESIGN_BEFORE_RETAINING
    ]


def _moved_at(tokens: list[str], k: int) -> bool:
    """Whether token `k` moves a size up or down ("went up", "upsized")."""
    return tokens[k] in MOVED_WORDS or (
        tokens[k] in MOVE_VERBS and k + 1 < len(tokens) and tokens[k + 1] in MOVE_WAYS
    )


def _judged_change_recorded(tokens: list[str], at: int) -> Span | None:
    """The span from the operator's judgement at `at` through a size moved and the record of
    it, or None."""
    moved = False
    for k in range(at + 1, min(len(tokens), at + JUDGEMENT_TO_RECORD)):
        moved = moved or _moved_at(tokens, k)
        if moved and tokens[k] in RECORD_WORDS:
            return (at - 1, k + 1)
    return None


def intentional_change(tokens: list[str]) -> list[Span]:
    """Spans telling an operator's judgement, a size moved up or down after it and the change
    written down: an implant changed on purpose and documented."""
    spans = []
    for at, word in enumerate(tokens):
        judged = word in JUDGEMENT_VERBS and at > 0 and tokens[at - 1] in OPERATOR_WORDS
        if judged and (span := _judged_change_recorded(tokens, at)):
            spans.append(span)
    return spans


def add_wrong_item_reached_reasoning(analysis: Analysis, implant_concepts: tuple[str, ...]) -> None:
    """Add what the report tells of the wrong unit, organ or implant going in (module
    docstring); `implant_concepts` name the concepts whose spans are implants' words."""
    doc = analysis.doc
    reached_label = concept_label(TRANSFUSION_REACHED)
    if ran := run_for_a_time(doc):
        analysis.add_found(reached_label, ran)
    if denied := giving_denied(doc, analysis.found.get(reached_label, [])):
        analysis.remove_found(reached_label, denied)
    if readied := unit_had_readied(doc, analysis.found.get(reached_label, [])):
        analysis.remove_found(reached_label, readied)
    if before := urine_colour_before_the_unit(analysis):
        analysis.remove_found(concept_label(HAEMOLYSIS_SIGN), before)
    if analysis.concept(ORGAN_MISMATCH):
        analysis.context.drop_prevented(management_denied(doc, analysis.context.cues["prevented"]))
    implant_words = {
        k for concept in implant_concepts for s, e in analysis.concept(concept) for k in range(s, e)
    }
    if (
        implant_words
        and not implanted_on_the_other_side(analysis)
        and (planned := planned_implant_put_in(doc, implant_words))
    ):
        analysis.add_found(concept_label(IMPLANT_AS_PLANNED), planned)
    if implant_words and (changes := intentional_change(doc.tokens)):
        analysis.add_found(concept_label(INTENTIONAL_CHANGE), changes)
    if not_chosen := plan_change_not_chosen(analysis, implant_words):
        analysis.remove_found(concept_label(INTENTIONAL_CHANGE), not_chosen)
    if designs := design_named(doc.tokens):
        analysis.add_found(concept_label(IMPLANT_DESIGN_NAMED), designs)
