"""Whether the bed rail held the neck or chest (never event 11).

Never event 11 is the neck or chest held by a bed rail. Reports tell four things the rail
phrases alone do not read, each in as many wordings as there are reporters:

- the neck hung over the rail's top bar rather than through its gap ("neck over the top of the
  bed rail and his head hanging the other side", "hanging over the cot side by her neck",
  "throat pressed across the rail bar"): the bar holds the neck as a gap does, so it is an
  entrapment (`entrapment`), harmed or not as the report tells;
- the head or neck at the gap but never held: the patient moved it out by themselves ("pulled
  his head back himself", "lifted it out herself", "moved back on his own") or could move it
  ("able to move and talking", "could move it freely"), with the neck or chest not told as
  held ("neck wedged ... he pulled himself out" was held), or the patient is told as not held
  whatever the auxiliaries ("He had not been trapped or compressed"): a near miss
  (`entrapment_stopped`, `entrapment_denied`), unless harm from a hold is told, which the
  rule of harm reads first;
- a limb caught with the neck and chest told clear without naming the rail ("R leg trapped
  between the split rails ... chest and neck clear"): a limb-only entrapment
  (`chest_neck_clear`);
- the head, neck or chest at or partly into the gap, then told bare as not held ("head and
  shoulders partly in the gap ... moved back straight away, not stuck", "head had gone towards
  the gap. Not trapped, neck free"): the report tells how far it got, short of a hold, so a near
  miss (`entrapment_stopped`), unless a limb is the part the denial follows; the head told
  going towards the gap with other words between ("her head had gone over the edge of the
  mattress towards the gap") is moving towards it (`moving_towards_rail_gap`);
- the entrapment named as what never event 11 is ("entrapment of the neck between rail and
  mattress is a never event, so rails need an assessment"): the type defined, in a learning or
  a policy, not an event of this report (its `entrapment` words dropped).

A freeing told under a negation or an inability ("couldnt free himself", "unable to move"), or
done by another person ("she pulled him out herself"), is no freeing; a plain "rail" a neck lay
over is the bed's when its sentence names the bed (`bed_rail`), and a rail of another fitting
("looped over the shower curtain rail") or anyone's neck ("a neck over a rail can ...") is none.
"""

from __future__ import annotations

from classifier.engine.context import INABILITY_WORDS, NEGATION_WORDS
from classifier.engine.hazard_exposure import SUBJECT_NEGATORS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span, first_word_after, word_shortly_before

#: The concepts the readings add to (never_events.yaml, type 11).
ENTRAPMENT = "entrapment"
BED_RAIL = "bed_rail"
#: The bed named in the sentence of a plain "rail" ("side of the bed ... the rail").
BED_WORDS = frozenset({"bed", "beds", "cot", "cots"})
ENTRAPMENT_STOPPED = "entrapment_stopped"
ENTRAPMENT_DENIED = "entrapment_denied"
CHEST_NECK_CLEAR = "chest_neck_clear"
NECK_CHEST_HELD = "neck_chest_held"
MOVING_TOWARDS_RAIL_GAP = "moving_towards_rail_gap"
#: The parts whose hold makes never event 11, and the limbs whose hold does not.
NECK_WORDS = frozenset({"neck", "throat", "chest", "windpipe"})
LIMB_WORDS = frozenset(
    {
        *("arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "limb", "limbs"),
        *("wrist", "ankle", "forearm", "elbow", "knee", "calf", "shin", "thigh", "fingers"),
    }
)
#: A bed rail named by its word ("rail", "bedrail", "cot side", "bars").
RAIL_WORDS = frozenset({"rail", "rails", "bedrail", "bedrails", "bar", "bars", "cotside", "side"})
#: ... and the chin, hooked over the rail's top with the throat on the bar ("chin hooked over
#: the raised rail").
OVER_RAIL_WORDS = NECK_WORDS | {"chin"}
#: Fittings whose rail is not the bed's ("looped over the shower curtain rail"): a ligature
#: point (never event 9), not a bed rail.
OTHER_FITTING_WORDS = frozenset(
    {"curtain", "shower", "grab", "towel", "hand", "stair", "door", "window", "wardrobe", "coat"}
)
#: Articles making the part anyone's ("a neck over the top of a rail can ..."), not the
#: patient's.
GENERIC_ARTICLES = frozenset({"a", "an", "any"})
#: Words laying the part over the rail's top ("over", "across").
OVER_WORDS = frozenset({"over", "across"})
#: Words held by: "hanging over the cot side by her neck".
BY_WORDS = frozenset({"by"})
#: Reflexive or unaided words telling the patient moved themselves ("herself", "on his own").
OWN_WORDS = frozenset({"himself", "herself", "themselves", "unaided", "independently", "own"})
#: Verbs of taking the part out or back.
MOVED_OUT_WORDS = frozenset(
    {
        *("moved", "pulled", "lifted", "took", "taken", "got", "wriggled", "eased", "turned"),
        *("withdrew", "drew", "freed", "removed", "shifted", "sat", "slid", "rolled", "brought"),
    }
)
#: A person moved by another ("she pulled him out herself"): the one freeing is not the one
#: held, so the rail held someone until freed.
OTHER_PERSON_WORDS = frozenset({"him", "them", "pt", "patient", "resident", "mum", "dad"})
#: Parts the patient moves ("pulled her head back herself"), after a possessive.
BODY_PART_WORDS = NECK_WORDS | frozenset({"head", "body", "shoulder", "shoulders", "face"})
#: Words of being able to move, and the move they govern ("able to move", "could move it").
ABLE_WORDS = frozenset({"able", "could", "can"})
MOVE_WORDS = frozenset({"move", "moving", "turn", "turning", "lift", "pull"})
FREELY_WORDS = frozenset({"freely"})
#: Negators of an ability or a move ("couldnt", "unable", "can't"): NEGATION_WORDS, the
#: negated auxiliaries of hazard_exposure and context's words of an inability.
MOVE_DENIAL_WORDS = (
    NEGATION_WORDS | SUBJECT_NEGATORS | INABILITY_WORDS | frozenset({"didn", "wasn"})
)
#: A patient subject, the auxiliaries after it, and the words of being held it is told without
#: ("he had not been trapped or compressed").
HELD_SUBJECT_WORDS = frozenset({"he", "she", "they", "pt", "patient", "resident"})
AUXILIARY_WORDS = frozenset(
    {"had", "has", "have", "was", "were", "been", "is", "at", "any", "point"}
)
HELD_WORDS = frozenset(
    {"trapped", "entrapped", "wedged", "stuck", "compressed", "squashed", "pinned", "jammed"}
)
#: Words telling the neck or chest clear ("chest and neck clear", "neck/chest free").
CLEAR_WORDS = frozenset({"clear", "free", "uninvolved", "fine", "ok", "unaffected"})
PART_JOINERS = frozenset({"and", "or", "nor", "both", "all", "was", "were", "remained"})
#: The entrapment named as a noun, and a definition of the type told in the present after it
#: ("entrapment ... is a never event").
ENTRAPMENT_NOUNS = frozenset({"entrapment", "entrapments"})
DEFINING_WORDS = frozenset({"is", "are"})
NEVER_EVENT_WORDS = ("never", "event")
#: Words denying a hold straight before its word ("not stuck", "wasn't wedged", "never
#: trapped", "no entrapment"), and the auxiliaries between ("was not yet trapped"). "Caught"
#: is left out: "not caught until the 04:00 round" is a late finding, not a hold denied.
HOLD_DENIAL_WORDS = MOVE_DENIAL_WORDS | frozenset({"no", "nil", "without"})
DENIED_HOLD_WORDS = HELD_WORDS | ENTRAPMENT_NOUNS
DENIAL_FILLERS = frozenset({"was", "were", "been", "yet", "at", "all", "any"})
#: The entrapment as what a paper or a check is about ("no entrapment risk assessment done"):
#: the check missing, not the hold denied.
ENTRAPMENT_PAPER_WORDS = frozenset(
    {"risk", "assessment", "assessments", "audit", "check", "checks", "tool", "policy", "form"}
)
#: The way to the gap ("towards the gap"), and the gap itself.
TOWARDS_WORDS = frozenset({"towards", "toward"})
GAP_WORDS = frozenset({"gap", "gaps"})
#: Tokens back from "towards" within which the head going there is named.
TOWARDS_REACH = 12
#: Tokens within which the words of one reading come, and the rail after "over" ("over the
#: top of the bed rail").
REACH = 4
RAIL_REACH = 6


def _word_after(doc: Document, at: int, words: frozenset[str], reach: int) -> int | None:
    """The first of `words` among the `reach` tokens after token `at`, in its sentence."""
    return first_word_after(doc.tokens, doc.sentence_of, at, words, reach)


def _neck_over_rail(doc: Document, at: int) -> Span | None:
    """A neck laid over the rail's top ("neck over the top of the bed rail"), or a body hung
    over it by the neck ("hanging over the cot side by her neck"), at the over-word `at`."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in OVER_WORDS:
        return None
    rail = _word_after(doc, at, RAIL_WORDS, RAIL_REACH)
    if rail is None:
        return None
    if tokens[rail] == "side" and tokens[rail - 1] not in BED_WORDS:
        return None
    if not OTHER_FITTING_WORDS.isdisjoint(tokens[max(at, rail - 2) : rail]):
        return None
    necks = [
        i
        for i in range(max(0, at - REACH), at)
        if tokens[i] in OVER_RAIL_WORDS and sentence_of[i] == sentence_of[at]
    ]
    if necks:
        # "a neck over the top of an unguarded rail can asphyxiate": any neck, a teaching
        generic = necks[0] and tokens[necks[0] - 1] in GENERIC_ARTICLES
        return None if generic else (at, rail + 1)
    by = _word_after(doc, rail, BY_WORDS, 1)
    if by is not None and _word_after(doc, by, NECK_WORDS, 2) is not None:
        return (at, rail + 1)
    return None


def _negated(doc: Document, at: int) -> bool:
    """Whether the word at `at` is told under a negation or an inability."""
    return word_shortly_before(doc.tokens, doc.sentence_of, at, MOVE_DENIAL_WORDS, 3)


def _other_person_moved(tokens: list[str], at: int) -> bool:
    """Whether the verb at `at` moves another person ("pulled him out", "lifted her back"; not
    "pulled her head back")."""
    moved = tokens[at + 1 : at + 3]
    if not moved:
        return False
    if moved[0] == "her":
        return moved[1:] == [] or moved[1] not in BODY_PART_WORDS
    return moved[0] in OTHER_PERSON_WORDS


def _moved_free(doc: Document, at: int) -> Span | None:
    """The patient moving the part out unaided ("pulled his head back himself") or able to move
    ("able to move", "could move it freely"), at the verb `at`, not negated."""
    word = doc.tokens[at]
    if word in MOVED_OUT_WORDS:
        own = _word_after(doc, at, OWN_WORDS, REACH + 2)
        if own is not None and not _negated(doc, at) and not _other_person_moved(doc.tokens, at):
            return (at, own + 1)
    if word in ABLE_WORDS:
        move = _word_after(doc, at, MOVE_WORDS, 2)
        if (
            move is not None
            and not _negated(doc, at)
            and MOVE_DENIAL_WORDS.isdisjoint(doc.tokens[at:move])
        ):
            return (at, move + 1)
    if word in MOVE_WORDS:
        freely = _word_after(doc, at, FREELY_WORDS, 2)
        if freely is not None and not _negated(doc, at):
            return (at, freely + 1)
    return None


def _subject_not_held(doc: Document, at: int) -> Span | None:
    """A patient subject told as not held, whatever the auxiliaries ("he had not been
    trapped")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in HELD_SUBJECT_WORDS:
        return None
    negated = False
    for i in range(at + 1, min(len(tokens), at + 2 + REACH)):
        if sentence_of[i] != sentence_of[at]:
            return None
        if tokens[i] in MOVE_DENIAL_WORDS:
            negated = True
        elif tokens[i] in HELD_WORDS:
            return (at, i + 1) if negated else None
        elif tokens[i] not in AUXILIARY_WORDS:
            return None
    return None


def _parts_clear(doc: Document, at: int) -> Span | None:
    """The neck and chest told clear ("chest and neck clear", "neck + chest free")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in NECK_WORDS:
        return None
    for i in range(at + 1, min(len(tokens), at + 1 + REACH)):
        if sentence_of[i] != sentence_of[at]:
            return None
        if tokens[i] in CLEAR_WORDS:
            return (at, i + 1)
        if tokens[i] not in PART_JOINERS and tokens[i] not in NECK_WORDS:
            return None
    return None


def _type_defined(doc: Document, span: Span) -> bool:
    """Whether the entrapment at `span` is the noun of a sentence defining the type ("entrapment
    of the neck ... is a never event")."""
    tokens = doc.tokens
    if tokens[span[0]] not in ENTRAPMENT_NOUNS:
        return False
    last = doc.sentence_tokens(doc.sentence_of[span[0]])[1]
    for i in range(span[1], last - 1):
        if tokens[i] in DEFINING_WORDS:
            after = tokens[i + 1 : i + 5]
            if any(after[j : j + 2] == list(NEVER_EVENT_WORDS) for j in range(len(after))):
                return True
    return False


def _denied_hold(doc: Document, at: int) -> Span | None:
    """A hold denied bare at the negator `at` ("not stuck", "no entrapment"), told after the
    head, neck or chest in its sentence or the one before, with no limb named nearer."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in HOLD_DENIAL_WORDS:
        return None
    held = at + 1
    while held < len(tokens) and tokens[held] in DENIAL_FILLERS and held - at <= 2:
        held += 1
    if held >= len(tokens) or tokens[held] not in DENIED_HOLD_WORDS:
        return None
    if sentence_of[held] != sentence_of[at]:
        return None
    if held + 1 < len(tokens) and tokens[held + 1] in ENTRAPMENT_PAPER_WORDS:
        return None
    return (at, held + 1) if _head_told_before(doc, at) else None


def _head_towards_gap(doc: Document, at: int) -> Span | None:
    """The head, neck or chest told going towards the gap, at "towards" (`at`), the head named
    earlier in its sentence with no limb nearer ("her head had gone over the edge of the
    mattress towards the gap")."""
    if doc.tokens[at] not in TOWARDS_WORDS or _word_after(doc, at, GAP_WORDS, 2) is None:
        return None
    first = max(doc.sentence_tokens(doc.sentence_of[at])[0], at - TOWARDS_REACH)
    return (at, at + 1) if _head_told_before(doc, at, first) else None


def _head_told_before(doc: Document, at: int, first: int | None = None) -> bool:
    """Whether the nearest part named before `at`, back to `first` (the start of the sentence
    before it when None), is the head, neck, chest or shoulders (not a limb)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if first is None:
        first = doc.sentence_tokens(max(0, sentence_of[at] - 1))[0]
    for i in range(at - 1, first - 1, -1):
        if tokens[i] in LIMB_WORDS:
            return False
        if tokens[i] in BODY_PART_WORDS:  # the head at the gap: the denial is the neck's
            return True
    return False


#: The words a reading of the hold can start at: the over-word, the moving verbs, the
#: subject, the neck (each reading below returns None at any other).
HOLD_START_WORDS = (
    OVER_WORDS
    | MOVED_OUT_WORDS
    | ABLE_WORDS
    | MOVE_WORDS
    | HELD_SUBJECT_WORDS
    | NECK_WORDS
    | HOLD_DENIAL_WORDS
    | TOWARDS_WORDS
)


def rail_hold_spans(doc: Document) -> dict[str, list[Span]]:
    """Spans of the rail's hold by concept (see the module): the neck over the rail
    (ENTRAPMENT), the patient moving free or told bare as not held (ENTRAPMENT_STOPPED) or
    told as a subject not held (ENTRAPMENT_DENIED), the head going towards the gap
    (MOVING_TOWARDS_RAIL_GAP), the neck and chest clear beside a limb (CHEST_NECK_CLEAR)."""
    found: dict[str, list[Span]] = {}
    tokens = doc.tokens
    limb_told = not LIMB_WORDS.isdisjoint(tokens)
    for at, token in enumerate(tokens):
        if token not in HOLD_START_WORDS:
            continue
        for concept, span in (
            (ENTRAPMENT, _neck_over_rail(doc, at)),
            (ENTRAPMENT_STOPPED, _moved_free(doc, at)),
            (ENTRAPMENT_STOPPED, _denied_hold(doc, at)),
            (MOVING_TOWARDS_RAIL_GAP, _head_towards_gap(doc, at)),
            (ENTRAPMENT_DENIED, _subject_not_held(doc, at)),
            (CHEST_NECK_CLEAR, _parts_clear(doc, at) if limb_told else None),
        ):
            if span is not None:
                found.setdefault(concept, []).append(span)
    return found


def _rails_of_the_bed(doc: Document, over_rail: list[Span]) -> list[Span]:
    """The rails a neck lay over, in sentences naming the bed ("half out the side of the bed,
    her neck across the top of the rail"): the bed's rail, told by the plain word."""
    return [
        (span[1] - 1, span[1])
        for span in over_rail
        if not BED_WORDS.isdisjoint(
            doc.tokens[slice(*doc.sentence_tokens(doc.sentence_of[span[0]]))]
        )
    ]


def add_rail_hold_reasoning(analysis: Analysis) -> None:
    """Add the spans of the rail's hold (see the module), in reports naming a bed rail."""
    doc = analysis.doc
    # a neck over a rail needs a rail word: without one and no bed rail found, nothing to read
    if RAIL_WORDS.isdisjoint(doc.tokens) and not analysis.concept(BED_RAIL):
        return
    hold = rail_hold_spans(doc)
    over_bed = _rails_of_the_bed(doc, hold.get(ENTRAPMENT, []))
    if over_bed:
        analysis.add_found(concept_label(BED_RAIL), over_bed)
    if not analysis.concept(BED_RAIL):
        return
    label = concept_label(ENTRAPMENT)
    found = analysis.found.get(label, [])
    defining = {doc.sentence_of[span[0]] for span in found if _type_defined(doc, span)}
    if defining:
        analysis.remove_found(
            label, [span for span in found if doc.sentence_of[span[0]] in defining]
        )
    # a neck or chest told as held ("neck wedged ... he pulled himself out") was held: moving
    # out of the hold frees it, it does not tell a hold never made
    held = bool(analysis.concept(NECK_CHEST_HELD))
    for concept, spans in hold.items():
        if not (held and concept == ENTRAPMENT_STOPPED):
            analysis.add_found(concept_label(concept), spans)
