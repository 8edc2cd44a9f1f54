"""Whether a hot-water or bed-rail hazard met the body before the catch (never events 11, 14).

The phrases read the hazard (washing water found scalding, a gap between the rail and the
mattress) and a catch; reports often tell the catch late, by where the hazard had got to when
it was stopped. Two wordings say it stopped short of the body:

- the stop told "before" the water or the body met the other ("turned it off before it touched
  her", "legs lifted back over before touching the water", "before any of it reached his
  skin"): the water kept off the person (`water_not_reached`); a person of the staff between
  "before" and the verb ("switched off before staff reached her") is someone arriving, not the
  water, and says nothing of how far the water got; "not before" ("pulled her back, but not
  before the water hit her shoulder") tells the water did meet her; the meeting may be told
  by a verb of going with "on" after it ("turned it off before it got on pt", "before any went
  onto her legs"), the water landing on the person (a person getting "in" is not this);
- the chest or neck told as not having reached the gap ("his chest and neck had not reached
  it"): the body on its way into the gap and stopped short of a hold on the neck, a near miss
  (`entrapment_stopped`).

Harm on the skin, or a neck told held, is the rules' to read as reached, as for every other
wording.
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span, denied_after, first_word_after

#: The concepts the reading reads and adds to (never_events.yaml, types 11 and 14).
WASHING_BATHING = "washing_bathing"
WATER_NOT_REACHED = "water_not_reached"
BED_RAIL = "bed_rail"
ENTRAPMENT_STOPPED = "entrapment_stopped"

#: The word putting the stop ahead of the contact.
CATCH_WORDS = frozenset({"before", "b4"})
#: Words turning the catch round: "not before it hit her" is the water meeting her first.
NOT_BEFORE_WORDS = frozenset({"not", "but"})
#: Verbs of the water and the body meeting ("touched", "reached", "hit").
CONTACT_WORDS = frozenset(
    {
        *("touched", "touching", "touch", "reached", "reaching", "reach", "hit", "hitting"),
        *("met", "meeting", "contacted"),
    }
)
#: Verbs of the water going somewhere, a contact only with "on" after them ("before it got on
#: pt", "before it went onto her"): "before pt got in" is the person's own getting in.
GOING_WORDS = frozenset({"got", "went", "gone", "came", "landed", "ran", "splashed", "sprayed"})
#: The particles putting the water on the body.
ON_WORDS = frozenset({"on", "onto", "over"})
#: What may stand between "before" and the contact verb: the water, or the body part meeting
#: it ("before any of it reached", "before her feet touched"). Anyone else ("before staff
#: reached her") is a person arriving, not the water.
MEETING_WORDS = frozenset(
    {
        *("it", "the", "any", "of", "water", "hot", "shower", "spray", "jet", "stream"),
        *("her", "his", "their", "pt", "pts", "patient", "patients", "s"),
        *("foot", "feet", "toe", "toes", "leg", "legs", "skin", "body", "bottom", "hand"),
    }
)
#: What the contact verb met: the person, a body part, or the water.
MET_WORDS = frozenset(
    {
        *("her", "him", "them", "pt", "patient", "resident", "client", "skin", "body"),
        *("foot", "feet", "toes", "leg", "legs", "water", "bath", "shower", "it"),
    }
)
#: The parts whose hold makes a bed-rail entrapment (never event 11).
TRUNK_WORDS = frozenset({"chest", "neck", "throat"})
#: Negations of the part's getting there ("had not reached", "never got to").
NOT_WORDS = frozenset({"not", "never", "nt", "t"})
#: Verbs of the part getting into the gap.
ARRIVAL_WORDS = frozenset({"reached", "got", "gone", "entered", "touched", "slipped", "slid"})
#: Tokens between "before" and its contact verb, the verb and what it met, and the part and
#: its negation.
GAP = 4
MET_REACH = 4
NOT_REACH = 6


def _meeting_between(tokens: list[str], start: int, end: int) -> bool:
    """Whether every token between `start` and `end` tells the water or the body part."""
    return all(token in MEETING_WORDS for token in tokens[start + 1 : end])


def _contact_verb(doc: Document, at: int) -> Span | None:
    """The first contact verb within GAP tokens after token `at`, in its sentence: a verb of
    meeting (CONTACT_WORDS), or a verb of going with "on" after it ("got on"), as its span; or
    None."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for i in range(at + 1, min(len(tokens), at + 1 + GAP)):
        if sentence_of[i] != sentence_of[at]:
            return None
        if tokens[i] in CONTACT_WORDS:
            return (i, i + 1)
        if tokens[i] in GOING_WORDS and i + 1 < len(tokens) and tokens[i + 1] in ON_WORDS:
            return (i, i + 2)
    return None


def stopped_before_contact(doc: Document) -> list[Span]:
    """Spans of a stop told before the water met the body ("before it touched her")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans = []
    for at, token in enumerate(tokens):
        if token not in CATCH_WORDS or (at > 0 and tokens[at - 1] in NOT_BEFORE_WORDS):
            continue
        verb = _contact_verb(doc, at)
        if verb is None or not _meeting_between(tokens, at, verb[0]):
            continue
        met = first_word_after(tokens, sentence_of, verb[1] - 1, MET_WORDS, MET_REACH)
        if met is not None:
            spans.append((at, met + 1))
    return spans


def trunk_not_reached(doc: Document) -> list[Span]:
    """Spans of the chest or neck told as not having reached the gap ("his chest and neck had
    not reached it")."""
    return denied_after(doc, TRUNK_WORDS, NOT_WORDS, NOT_REACH, ARRIVAL_WORDS, 2)


def add_contact_caught_reasoning(analysis: Analysis) -> None:
    """Add the water kept off the body (WATER_NOT_REACHED), in reports naming washing, and the
    chest or neck short of the rail gap (ENTRAPMENT_STOPPED), in reports naming a bed rail (see
    the module)."""
    doc = analysis.doc
    if analysis.concept(WASHING_BATHING) and (kept_off := stopped_before_contact(doc)):
        analysis.add_found(concept_label(WATER_NOT_REACHED), kept_off)
    if analysis.concept(BED_RAIL) and (short := trunk_not_reached(doc)):
        analysis.add_found(concept_label(ENTRAPMENT_STOPPED), short)
