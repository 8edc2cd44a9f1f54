"""Whether the patient was already at the hazard when it was found (never events 9, 10, 11, 14).

A hazard of the building or its equipment found with the patient already being put into it is
a near miss; found at a check with nobody near it, it is a risk (both null). The phrases read
the hazard; reports tell where the patient was in wordings they do not read:

- the person already placed at the washing water when it was found too hot: sat or seated in
  the shower or cubicle, hoisted over the bath, lowered towards it, put on the bath chair and
  the lowering begun ("Pt seated on the shower chair in the shower", "hoist lowered pt toward
  bath", "put the resident on the bath chair and start lowering"): the person on the way in
  (`bath_caught`), not a check before anyone got in; a shower chair named alone ("sat in the
  shower chair in the corridor") or a placing still ahead ("before hoisting pt into the bath",
  "ready to be lowered") is none;
- the trunk wedged in the bed rail gap with the head or neck told just clear ("shoulders wedged
  between the rail and the mattress, head just clear of the gap"): the body already in the gap
  short of a hold on the neck, a near miss (`entrapment_stopped`), not the limb-only
  entrapment a clear neck tells beside an arm or a leg (its `chest_neck_clear` dropped);
- the entrapment told as what the gap could do ("gap ... would be large enough to trap a
  neck", "could trap a head", "a head could be trapped between the bars") or named as a hazard
  ("risk of neck entrapment", "chest/neck entrapment risk", "entrapment audit"): a measure of
  the gap, at an audit as often, not a body held (the sentence's `entrapment` and
  `entrapped_in_rail` dropped), so the report's "bed was empty" or "no patient involved" is
  read as a risk;
- a window's restrictor told as never put on ("the restrictors were not put on", "had not been
  put back on"): the restrictor absent (`restrictor_fault`), whoever was then found at the
  window;
- a rail's "release" at a load test ("shower rail did not release when tested"): the rail's
  own collapse, a test of the fitting, not a surgical release (its `surgical_procedure`
  dropped), so a patient moved to another room after it is no wrong patient stopped at theatre;
- rails told fitted by the provider's staff where the first "by" after the fitting verb names
  someone else ("fitted by her son, checked by our HCA"): the family's fitting, the staff named
  after it (`rails_fitted_by_provider` dropped).
"""

from __future__ import annotations

from classifier.engine.hazard_exposure import PLACE_DETERMINERS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import (
    Document,
    Span,
    denied_after,
    first_word_after,
    word_shortly_after,
    word_shortly_before,
)

#: The concepts the readings read and add to (never_events.yaml, types 10, 11 and 14).
WASHING_BATHING = "washing_bathing"
BATH_CAUGHT = "bath_caught"
ENTRAPMENT = "entrapment"
ENTRAPMENT_STOPPED = "entrapment_stopped"
ENTRAPPED_IN_RAIL = "entrapped_in_rail"
CHEST_NECK_CLEAR = "chest_neck_clear"
RESTRICTOR_FAULT = "restrictor_fault"
RAIL = "rail"
SURGICAL_PROCEDURE = "surgical_procedure"
#: Concept of rails a family bought but the provider's staff fitted (lifts the privately bought
#: rails exclusion of never event 11), and the word that names the fitter after the verb.
RAILS_FITTED_BY_PROVIDER = "rails_fitted_by_provider"
AGENT_WORD = "by"

#: Verbs placing the person at the water, or telling them there.
PLACING_WORDS = frozenset(
    {
        *("seated", "sat", "sitting", "put", "placed", "positioned", "transferred", "hoisted"),
        *("lowered", "lowering", "standing", "stood"),
    }
)
#: Prepositions of being at the water: in it, under it, over it, on the way to it.
AT_WATER_WORDS = frozenset({"in", "into", "under", "over", "toward", "towards", "above"})
#: The person placed: the patient in the words reports use, or a pronoun ("put her on the bath
#: chair").
PERSON_WORDS = frozenset(
    {
        *("pt", "patient", "resident", "client", "user", "lady", "gentleman", "man", "woman"),
        *("she", "he", "they", "her", "him", "them", "mr", "mrs", "ms", "miss"),
    }
)
#: Words of a posture the subject takes herself ("she was standing in the shower"), and the
#: pronouns that may name the carer as well as the person washed: a pronoun standing in the
#: water place while the water is being tested there ("she was standing in the shower cubicle
#: testing it") is the one making the check before anyone got in, not the person placed.
POSTURE_WORDS = frozenset({"standing", "stood", "sitting", "sat"})
PRONOUN_PERSONS = frozenset({"she", "he", "they"})
TESTING_WORDS = frozenset(
    {*("testing", "checking", "measuring", "test", "check", "measure", "cleaning", "clean")}
)
#: Things placed in the water instead of the person, or the carer's own hand testing it ("put
#: her hand in the water", "put cold water in the bath").
THING_WORDS = frozenset(
    {
        *("hand", "hands", "wrist", "elbow", "finger", "fingers", "thermometer", "probe"),
        *("water", "cold", "hot", "plug", "towel", "towels", "soap", "bubbles", "oil"),
    }
)
#: The washing water's places (not the room round them: "in the shower room"; the water itself
#: met by the body is read by `water_contact`).
WATER_PLACES = frozenset({"shower", "bath", "bathtub", "tub", "cubicle"})
#: Words after a water place that make it another thing ("shower chair", "bath room").
NOT_THE_WATER_WORDS = frozenset({"chair", "chairs", "room", "rooms", "trolley", "commode"})
#: The seats that carry the person down into the water, and the words of their lowering.
LIFT_WORDS = frozenset({"hoist", "sling", "lift", "chair", "seat"})
LOWERING_WORDS = frozenset({"lower", "lowering", "lowered", "descent"})
#: Words before a placing that put it ahead of the finding or deny it ("before hoisting",
#: "ready to be lowered", "not yet sat in the shower").
AHEAD_WORDS = frozenset(
    {
        *("before", "prior", "until", "about", "going", "waiting", "due", "planned", "ready"),
        *("not", "never", "yet", "would", "will", "could", "should", "be", "wasnt", "hadnt"),
    }
)
#: Trunk parts whose being in the rail gap puts the body at it, short of the neck.
TRUNK_WORDS = frozenset({"shoulder", "shoulders", "torso", "trunk", "upper", "top"})
#: The parts told clear, and the words telling them so ("head just clear").
CLEAR_PART_WORDS = frozenset({"head", "neck", "face", "chin"})
CLEAR_WORDS = frozenset({"clear", "free"})
#: Words before a word of trapping that make it what the gap could do ("large enough to trap",
#: "could trap"), and the trapping words they are read before.
CAPACITY_WORDS = frozenset({"enough", "could", "would", "might", "may", "can", "potential"})
TRAP_WORDS = frozenset({"trap", "entrap"})
#: Words of a trapping named as a hazard, before it ("risk of neck entrapment") or after it
#: ("chest/neck entrapment risk", "bed rail entrapment audit"): what a gap could do, the
#: subject of a check, not a body held.
HAZARD_BEFORE_WORDS = frozenset({"risk", "risks", "hazard", "danger"})
HAZARD_AFTER_WORDS = frozenset(
    {"risk", "risks", "hazard", "hazards", "audit", "audits", "check", "checks", "assessment"}
)
HAZARD_AFTER_REACH = 2
#: Nouns of a trapping, read as capacity only with a hazard word beside them.
TRAPPING_NOUNS = frozenset({"entrapment", "trapping"})
#: Words of a body held, told as done ("neck found wedged ... in a gap big enough to trap a
#: head"): a sentence telling one is a trapping, whatever it says the gap could do.
HELD_WORDS = frozenset(
    {"trapped", "entrapped", "wedged", "stuck", "caught", "jammed", "lodged", "pinned"}
)
#: Every word of a trapping that a capacity or a hazard named beside it reads as what a gap
#: could do (`trapping_as_capacity`).
CAPACITY_TRAPPING_WORDS = TRAP_WORDS | HELD_WORDS | TRAPPING_NOUNS
#: A window restrictor, the negators of its fitting and the verbs of fitting it.
RESTRICTOR_WORDS = frozenset({"restrictor", "restrictors", "restricter", "restricters"})
NOT_WORDS = frozenset({"not", "never", "hadnt", "wasnt", "werent", "didnt"})
FITTING_WORDS = frozenset(
    {"fitted", "put", "installed", "refitted", "reinstalled", "attached", "reattached"}
)
#: A rail's release at its test, not a surgical release.
RELEASE_WORDS = frozenset({"release", "released", "releasing", "releases"})
#: Tokens within which the place follows the placing, a clear word its part, and the fitting
#: verb the restrictor.
PLACE_REACH = 7
CLEAR_REACH = 3
CAPACITY_REACH = 3
FITTING_REACH = 6
#: Tokens before a placing within which a word puts it ahead.
AHEAD_REACH = 4
#: Tokens before and after a placing within which the person placed is named.
PERSON_BEFORE = 4
PERSON_AFTER = 2


def _water_place_after(doc: Document, at: int) -> int | None:
    """The water place told after the placing at `at` ("in the shower", "toward bath")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    end = min(len(tokens), at + 1 + PLACE_REACH)
    for i in range(at + 1, end):
        if sentence_of[i] != sentence_of[at]:
            return None
        if tokens[i] in THING_WORDS:
            return None
        if tokens[i] not in AT_WATER_WORDS:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j] in PLACE_DETERMINERS:
            j += 1
        after = tokens[j + 1] if j + 1 < len(tokens) else ""
        if j < len(tokens) and tokens[j] in WATER_PLACES and after not in NOT_THE_WATER_WORDS:
            return j
    return None


def _lowering_begun(doc: Document, at: int) -> int | None:
    """The lowering told in the sentence of a seat the person was put on ("put the resident on
    the bath chair and start lowering")."""
    return first_word_after(doc.tokens, doc.sentence_of, at, LOWERING_WORDS, PLACE_REACH + 3)


def _person_placed(doc: Document, at: int) -> bool:
    """Whether a person is named just before or after the placing at `at` ("pt seated",
    "lowered pt toward")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    return (
        word_shortly_before(tokens, sentence_of, at, PERSON_WORDS, PERSON_BEFORE)
        or first_word_after(tokens, sentence_of, at, PERSON_WORDS, PERSON_AFTER) is not None
    )


def _carer_testing(doc: Document, at: int, place: int) -> bool:
    """Whether the posture at `at` is a pronoun's told with the water tested after its place
    `place` in the sentence ("she was standing in the shower cubicle testing it"), and no
    patient named before it: the carer at the check."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in POSTURE_WORDS:
        return False
    if not word_shortly_before(tokens, sentence_of, at, PRONOUN_PERSONS, PERSON_BEFORE):
        return False
    if word_shortly_before(tokens, sentence_of, at, PERSON_WORDS - PRONOUN_PERSONS, PERSON_BEFORE):
        return False
    return first_word_after(tokens, sentence_of, place, TESTING_WORDS, PLACE_REACH) is not None


def placed_at_water(doc: Document) -> list[Span]:
    """Spans telling the person already placed at the washing water (see the module)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans = []
    for at, token in enumerate(tokens):
        if token not in PLACING_WORDS or not _person_placed(doc, at):
            continue
        if word_shortly_before(tokens, sentence_of, at, AHEAD_WORDS, AHEAD_REACH):
            continue
        place = _water_place_after(doc, at)
        if place is None and LIFT_WORDS.intersection(tokens[at + 1 : at + 1 + PLACE_REACH]):
            place = _lowering_begun(doc, at)
        if place is not None and not _carer_testing(doc, at, place):
            spans.append((at, place + 1))
    return spans


def _clear_part(doc: Document, at: int) -> int | None:
    """The clear word after a head or neck at `at` ("head just clear", "neck still free")."""
    return first_word_after(doc.tokens, doc.sentence_of, at, CLEAR_WORDS, CLEAR_REACH)


def trunk_in_gap_neck_clear(analysis: Analysis) -> list[Span]:
    """Spans of a head or neck told just clear in a sentence whose entrapment holds the trunk
    ("shoulders wedged between the rail and the mattress, head just clear of the gap")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    held = {sentence_of[span[0]] for span in analysis.concept(ENTRAPMENT)}
    trunk = {sentence_of[i] for i, token in enumerate(tokens) if token in TRUNK_WORDS}
    spans = []
    for at, token in enumerate(tokens):
        if token in CLEAR_PART_WORDS and sentence_of[at] in held & trunk:
            clear = _clear_part(doc, at)
            if clear is not None:
                spans.append((at, clear + 1))
    return spans


def trapping_as_capacity(doc: Document) -> set[int]:
    """The sentences telling a trapping only as what a gap could do ("would be large enough to
    trap a neck", "where a head could be trapped between the bars") or as a hazard named ("risk
    of neck entrapment", "chest/neck entrapment risk", "bed rail entrapment audit"), with no
    body told held in them ("neck found wedged ... in a gap big enough to trap a head" is a
    trapping)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of

    def capacity(at: int) -> bool:
        """Whether the trapping word at `at` is told as what the gap could do or as a hazard."""
        return word_shortly_before(
            tokens, sentence_of, at, CAPACITY_WORDS, CAPACITY_REACH
        ) or _named_as_hazard(doc, at)

    told = {
        sentence_of[at]
        for at, token in enumerate(tokens)
        if token in CAPACITY_TRAPPING_WORDS and capacity(at)
    }
    held = {
        sentence_of[at]
        for at, token in enumerate(tokens)
        if token in HELD_WORDS and sentence_of[at] in told and not capacity(at)
    }
    return told - held


def _named_as_hazard(doc: Document, at: int) -> bool:
    """Whether the trapping word at `at` is named as a hazard: a risk word shortly before it
    ("risk of entrapment") or a word of risk or of a check right after it ("entrapment
    risk")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    return word_shortly_before(
        tokens, sentence_of, at, HAZARD_BEFORE_WORDS, CAPACITY_REACH
    ) or word_shortly_after(tokens, sentence_of, at, HAZARD_AFTER_WORDS, HAZARD_AFTER_REACH)


def _drop_in_sentences(analysis: Analysis, concept: str, sentences: set[int]) -> None:
    """Drop the spans of `concept` in `sentences`."""
    sentence_of = analysis.doc.sentence_of
    label = concept_label(concept)
    dropped = [s for s in analysis.found.get(label, []) if sentence_of[s[0]] in sentences]
    if dropped:
        analysis.remove_found(label, dropped)


def restrictor_never_fitted(doc: Document) -> list[Span]:
    """Spans of a restrictor told as not put on ("restrictors were not put back on")."""
    return denied_after(doc, RESTRICTOR_WORDS, NOT_WORDS, FITTING_REACH, FITTING_WORDS, 3)


def rail_releases(analysis: Analysis) -> list[Span]:
    """The surgical-procedure spans of a release told after a rail in its sentence ("shower
    rail did not release when tested"): the rail's collapse, not an operation."""
    doc = analysis.doc
    rails = analysis.found.get(concept_label(RAIL), [])
    return [
        span
        for span in analysis.found.get(concept_label(SURGICAL_PROCEDURE), [])
        if doc.tokens[span[0]] in RELEASE_WORDS
        and any(
            rail[0] < span[0] and doc.sentence_of[rail[0]] == doc.sentence_of[span[0]]
            for rail in rails
        )
    ]


def fitted_by_another_first(analysis: Analysis) -> list[Span]:
    """The spans of rails told fitted by the provider's staff whose first "by" after the fitting
    verb names someone else ("fitted by her son, checked by our HCA", "put up by the family and
    seen by the nursing team"): the fitter is the one named first, the provider's staff came to
    them after."""
    tokens = analysis.doc.tokens
    return [
        span
        for span in analysis.found.get(concept_label(RAILS_FITTED_BY_PROVIDER), [])
        if tokens[span[0] : span[1]].count(AGENT_WORD) > 1
    ]


def add_patient_at_hazard_reasoning(analysis: Analysis) -> None:
    """Add the person placed at the washing water (BATH_CAUGHT), the trunk in the rail gap with
    the neck clear (ENTRAPMENT_STOPPED, its chest_neck_clear dropped), the restrictor never put
    on (RESTRICTOR_FAULT); drop a trapping told as what a gap could do (ENTRAPMENT), a rail's
    release (SURGICAL_PROCEDURE) and the provider's staff named after the rails' first fitter
    (RAILS_FITTED_BY_PROVIDER) (see the module)."""
    doc = analysis.doc
    if analysis.concept(WASHING_BATHING) and (placed := placed_at_water(doc)):
        analysis.add_found(concept_label(BATH_CAUGHT), placed)
    if trunk := trunk_in_gap_neck_clear(analysis):
        analysis.add_found(concept_label(ENTRAPMENT_STOPPED), trunk)
        sentences = {doc.sentence_of[span[0]] for span in trunk}
        _drop_in_sentences(analysis, CHEST_NECK_CLEAR, sentences)
    if capacity := trapping_as_capacity(doc):
        for concept in (ENTRAPMENT, ENTRAPPED_IN_RAIL):
            _drop_in_sentences(analysis, concept, capacity)
    if unfitted := restrictor_never_fitted(doc):
        analysis.add_found(concept_label(RESTRICTOR_FAULT), unfitted)
    if releases := rail_releases(analysis):
        analysis.remove_found(concept_label(SURGICAL_PROCEDURE), releases)
    if others := fitted_by_another_first(analysis):
        analysis.remove_found(concept_label(RAILS_FITTED_BY_PROVIDER), others)
