"""Whether anyone met the hazard (never events 9, 10, 11, 14 and 15).

The rarer never events are hazards of the building or its equipment: a rail that does not
collapse, a window that opens too far, a gap at a bed rail, washing water too hot, an air
flowmeter where oxygen is needed. Each counts only when a patient met the hazard. A report of
the hazard found at a check, an audit or a ward round tells as often that nobody met it, in as
many wordings as there are reporters ("nobody got in", "no pt had used the shower", "No
residents were bathed in it", "pt had not been connected to medical air", "the resident
wasn't in the bathroom", "bedroom was unoccupied", "No incidents have been reported"). The
readings here read the class, not the phrases:

- `nobody_exposed`: a subject naming nobody (a negator with a person word: "nobody", "no
  one", "no pt", "none of the residents") told with a word of meeting the hazard (put on it,
  getting in, connected, using it, hurt by it, or being in, on or under it after a verb of
  being: "nobody was in the bed"), not of others ("no other patients affected", "nobody
  else"); or a patient noun whose verb of meeting it is negated ("pt had not been connected",
  "resident hadn't gone in"; not a pronoun, as often the nurse; not "pt not in bed", as often
  the patient the hazard took; not "pt not harmed", which follows never events too). Read by
  NE11.ex.risk_only and NE14.ex.nobody_exposed, each lifted by what its type tells of a patient
  met (the neck held or freed, the body in the water or on its way in).
- `no_event_told`: the place of the hazard told empty ("bed space unoccupied", "bathroom
  empty"), or no incident told as having happened: read by the risk_only exclusions of 11, 14
  and 15. (Neither is read for a rail or a window: "room empty and window wide open", "no one
  went into the corridor" tell where the patient was not, as often before the hanging or the
  fall is found.)
- the patient told as never on the air (`patient_never_on_air`: a kept-away span with the air
  right after it), and the air named only to be denied (`air_named_denied`: "flowmeter was
  oxygen (not air)", "Not air - checked at the wall"), which names no air supply for the
  learned model's never event 15 (engine.never_events.AIR_WORD_READINGS).

A subject naming nobody negates its own verb: a concept found in that verb ("got in" of
"nobody got in", "connected" of "no patient was connected") is no affirmed exposure, and is
dropped here (the general negation reading leaves "nobody" alone, as "nobody noticed the tube
was in the lung" negates the noticing, not the tube).
"""

from __future__ import annotations

from classifier.engine.context import NEGATION_WORDS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span, word_shortly_before

#: The concepts the readings add to: the patient kept from the hazard, and no event at all.
NOBODY_EXPOSED = "nobody_exposed"
NO_EVENT_TOLD = "no_event_told"
#: Words that name nobody by themselves, and negators that make a person word nobody.
NOBODY_WORDS = frozenset({"nobody", "noone", "none"})
NOBODY_NEGATORS = frozenset({"no", "none", "nobody"})
#: Person words: the patient in any of the words reports use, and "one" of "no one".
PERSON_WORDS = frozenset(
    {
        *("pt", "pts", "patient", "patients", "resident", "residents", "client", "clients"),
        *("person", "people", "persons", "child", "children", "yp", "user", "users"),
        *("service", "one", "individual", "individuals", "occupant", "occupants"),
    }
)
#: A patient as the subject of a negated verb (not "she" or "he": as often the nurse).
SUBJECT_WORDS = frozenset(
    {
        *("pt", "patient", "resident", "client", "child", "yp", "mum", "dad", "baby"),
        *("woman", "man", "lady", "gentleman"),
    }
)
#: Words between a nobody-subject and its predicate ("none of the patients were", "no pt
#: had been").
SUBJECT_FILLERS = frozenset(
    {
        *("of", "the", "our", "a", "any", "was", "were", "is", "are", "had", "has", "have"),
        *("been", "being", "yet", "ever", "actually", "at", "all", "did", "does"),
        *("service", "user", "users"),
    }
)
#: Negators after a patient subject, and the auxiliaries around them ("pt had not been",
#: "resident hadn't yet", "patient was never").
SUBJECT_NEGATORS = frozenset({"not", "never", "hadnt", "wasnt", "didnt", "werent", "t"})
NEGATED_FILLERS = SUBJECT_NEGATORS | frozenset(
    {
        *("was", "were", "is", "are", "had", "has", "have", "been", "being", "yet", "did"),
        *("hadn", "wasn", "didn", "weren", "at", "any", "point", "stage", "time", "actually"),
    }
)
#: Words of meeting the hazard: being in, on or under it (told with a verb of being, as
#: "nobody in the bathroom" as often opens "nobody in the bathroom had checked it")...
BEING_AT_WORDS = frozenset({"in", "inside", "into", "on", "onto", "under", "near"})
BEING_WORDS = frozenset({"was", "were", "is", "are", "been"})
#: ... brought to it, put on it or joined to it, touched by it, using it...
CONTACT_WORDS = frozenset(
    {
        *("got", "gone", "went", "go", "get", "stepped", "entered", "enter", "put", "placed"),
        *("bathed", "showered", "washed", "hoisted", "lowered", "brought", "moved"),
        *("connected", "attached", "plugged", "exposed", "touched", "touch", "reached"),
    }
)
#: ... or using it, told of nobody ("no pt had used the shower"), not of the patient ("patient
#: did not use any tool": the patient's own act).
USING_WORDS = frozenset({"used", "use", "using"})
#: ... or hurt by it: told of nobody ("nobody was scalded", "no patients harmed"), not of the
#: patient ("pt not harmed" follows a never event as often as a hazard).
HURT_WORDS = frozenset({"harmed", "hurt", "injured", "affected", "scalded", "burnt", "burned"})
#: Places the patient is told missing from when the hazard took them ("pt not in bed"), not
#: kept from it.
MISSING_FROM_WORDS = frozenset({"bed", "room", "bedroom", "ward", "bay", "chair", "unit", "seat"})
#: Words between "in" or "on" and its place.
PLACE_DETERMINERS = frozenset({"the", "his", "her", "their", "a", "its"})
#: Words after "in" or "on" that make it a state, not a place ("not in pain", "not on any
#: medication").
STATE_WORDS = frozenset({"pain", "distress", "agony", "discomfort", "danger", "any", "time"})
#: Words after a nobody-subject that make it others than this patient ("no other patients
#: affected", "nobody else was on oxygen"): this patient may have met the hazard.
OTHERS_WORDS = frozenset({"other", "others", "else", "further", "more", "another"})
#: Places of the hazard, and the words telling them empty.
PLACE_WORDS = frozenset(
    {
        *("room", "bedroom", "bathroom", "bath", "shower", "ensuite", "suite", "bay", "bed"),
        *("space", "bedspace", "area", "toilet", "wetroom", "cubicle", "dayroom", "lounge"),
    }
)
EMPTY_WORDS = frozenset({"empty", "unoccupied", "vacant"})
PLACE_FILLERS = frozenset({"was", "were", "is", "are", "had", "been", "at", "the", "time", "all"})
#: An incident told as not having happened ("No incident has occurred", "no incidents have
#: been reported").
INCIDENT_WORDS = frozenset({"incident", "incidents", "event", "events"})
HAPPENED_WORDS = frozenset({"occurred", "happened", "reported", "resulted"})
#: The concept of the patient told as never on the air (never event 15's exclusion of no
#: connection), and the words after a kept-away span that name the air ("pt had not been
#: connected to medical air").
NEVER_ON_AIR = "patient_never_on_air"
TO_WORDS = frozenset({"to", "on", "onto", "into", "the", "medical", "any"})
AIR = "air"
#: The concept of the air named only to be denied ("flowmeter was oxygen (not air)", "no air
#: involved", "pt had not been connected to medical air"): no air supply named, for the learned
#: model's never event 15 (engine.never_events.AIR_WORD_READINGS).
AIR_DENIED = "air_named_denied"
#: Tokens before an air word within which its negator comes ("not medical air").
AIR_NEGATOR_REACH = 2
#: Tokens after a subject within which its predicate comes.
PREDICATE_REACH = 5


def _predicate(doc: Document, at: int, fillers: frozenset[str]) -> int | None:
    """The first token after `at`, in its sentence and within PREDICATE_REACH, past `fillers`."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for i in range(at + 1, min(len(tokens), at + 1 + PREDICATE_REACH)):
        if sentence_of[i] != sentence_of[at]:
            return None
        if tokens[i] not in fillers:
            return i
    return None


def _nobody_subject(doc: Document, at: int) -> int | None:
    """The last token of a subject naming nobody that starts at `at`, or None."""
    tokens = doc.tokens
    token = tokens[at]
    if token in NOBODY_NEGATORS:
        for i in range(at + 1, min(len(tokens), at + 4)):
            if tokens[i] in PERSON_WORDS:
                return i
            if tokens[i] not in SUBJECT_FILLERS:
                break
    return at if token in NOBODY_WORDS else None


def _place_after(tokens: list[str], at: int) -> str | None:
    """The word naming the place after "in" or "on" at `at`, past a determiner."""
    for i in range(at + 1, min(len(tokens), at + 3)):
        if tokens[i] not in PLACE_DETERMINERS:
            return tokens[i]
    return None


def _being_at(tokens: list[str], verb: int, start: int, missing_from: frozenset[str]) -> bool:
    """Whether tokens[verb] tells being in, on or under the place of the hazard: after a verb of
    being or a negator (from `start`), not a state ("in pain") nor a place in `missing_from`."""
    place = _place_after(tokens, verb)
    return (
        tokens[verb] in BEING_AT_WORDS
        and not (BEING_WORDS | SUBJECT_NEGATORS).isdisjoint(tokens[start:verb])
        and place not in STATE_WORDS
        and place not in missing_from
    )


def _subject_kept_away(doc: Document, at: int) -> Span | None:
    """A nobody-subject at `at` told with a word of meeting the hazard ("nobody got in", "no
    pt was in the bath", "nobody was scalded"), or a patient subject whose verb of meeting it is
    negated ("pt had not been connected", "resident hadn't gone in")."""
    tokens = doc.tokens
    end = _nobody_subject(doc, at)
    if end is not None:
        verb = _predicate(doc, end, SUBJECT_FILLERS)
        if verb is None or tokens[verb] in OTHERS_WORDS:
            return None
        word = tokens[verb]
        met = (
            word in CONTACT_WORDS
            or word in USING_WORDS
            or word in HURT_WORDS
            or _being_at(tokens, verb, end, frozenset())
        )
        return (at, verb + 1) if met else None
    if tokens[at] not in SUBJECT_WORDS:
        return None
    verb = _predicate(doc, at, NEGATED_FILLERS)
    if verb is None or not any(tokens[i] in SUBJECT_NEGATORS for i in range(at + 1, verb)):
        return None
    # (a patient not in bed or not in the room is as often the one the hazard took)
    met = tokens[verb] in CONTACT_WORDS or _being_at(tokens, verb, at, MISSING_FROM_WORDS)
    return (at, verb + 1) if met else None


def _place_empty(doc: Document, at: int) -> Span | None:
    """A place of the hazard told empty ("room was empty", "empty bed space")."""
    tokens = doc.tokens
    if tokens[at] not in PLACE_WORDS:
        return None
    word = _predicate(doc, at, PLACE_FILLERS)
    if word is not None and tokens[word] in EMPTY_WORDS:
        return (at, word + 1)
    if at and tokens[at - 1] in EMPTY_WORDS:
        return (at - 1, at + 1)
    return None


def _no_incident(doc: Document, at: int) -> Span | None:
    """No incident told as having happened ("no incident has occurred")."""
    tokens = doc.tokens
    if tokens[at] not in NOBODY_NEGATORS or at + 1 >= len(tokens):
        return None
    if tokens[at + 1] not in INCIDENT_WORDS:
        return None
    word = _predicate(doc, at + 1, SUBJECT_FILLERS)
    return (at, word + 1) if word is not None and tokens[word] in HAPPENED_WORDS else None


def _air_named_after(tokens: list[str], span: Span) -> int | None:
    """The air word named right after a kept-away span ("... connected to medical air")."""
    for i in range(span[1], min(len(tokens), span[1] + 3)):
        if tokens[i] == AIR:
            return i
        if tokens[i] not in TO_WORDS:
            return None
    return None


def _air_denied(doc: Document) -> list[Span]:
    """Spans of an air word told with a negator just before it ("not air", "no medical air")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    return [
        (i - AIR_NEGATOR_REACH, i + 1)
        for i, token in enumerate(tokens)
        if token == AIR
        and word_shortly_before(tokens, sentence_of, i, NEGATION_WORDS, AIR_NEGATOR_REACH)
    ]


#: The words a denial above can start at: a subject (naming nobody or negated), a place.
DENIAL_START_WORDS = NOBODY_NEGATORS | NOBODY_WORDS | SUBJECT_WORDS | PLACE_WORDS


def exposure_denials(doc: Document) -> tuple[list[Span], list[Span]]:
    """Spans telling that nobody met the hazard, and spans telling no event at all: the place
    empty, no incident (see the module)."""
    kept_away, no_event = [], []
    for at, token in enumerate(doc.tokens):
        if token not in DENIAL_START_WORDS:
            continue
        if span := _subject_kept_away(doc, at):
            kept_away.append(span)
        elif span := _place_empty(doc, at) or _no_incident(doc, at):
            no_event.append(span)
    return kept_away, no_event


def _drop_governed(analysis: Analysis, spans: list[Span]) -> None:
    """Drop the negatable concepts found in the verb of a subject naming nobody ("got in" of
    "nobody got in")."""
    doc = analysis.doc
    governed = [
        (end, span[1]) for span in spans if (end := _nobody_subject(doc, span[0])) is not None
    ]
    if not governed:
        return
    prefix = concept_label("")
    for label, found in list(analysis.found.items()):
        if not label.startswith(prefix) or not analysis.negatable.get(label, True):
            continue
        kept = [span for span in found if not any(g[0] < span[0] < g[1] for g in governed)]
        if len(kept) != len(found):
            analysis.found[label] = kept
            analysis.add_found(label, [])  # drops the label's cached affirmed spans


def add_hazard_exposure_reasoning(analysis: Analysis) -> None:
    """Add the spans telling nobody met the hazard (NOBODY_EXPOSED), no event at all
    (NO_EVENT_TOLD), the patient never on the air (NEVER_ON_AIR) and the air named only denied
    (AIR_DENIED), and drop the concepts found in the verb of a subject naming nobody (see the
    module)."""
    doc = analysis.doc
    kept_away, no_event = exposure_denials(doc)
    on_air = [
        (span[0], air + 1)
        for span in kept_away
        if (air := _air_named_after(doc.tokens, span)) is not None
    ]
    for concept, spans in (
        (NOBODY_EXPOSED, kept_away),
        (NO_EVENT_TOLD, no_event),
        (NEVER_ON_AIR, on_air),
        (AIR_DENIED, _air_denied(doc) + on_air),
    ):
        if spans:
            analysis.add_found(concept_label(concept), spans)
    _drop_governed(analysis, kept_away)
