"""What reached the patient, read from the timeline: a misplaced gastric tube used (13) and an
oxygen device on the air (15).

Both never events turn on one fact, told in as many wordings as there are reporters: did
anything reach the patient before the error was found? The phrase lists read the common
wordings; two readings here read the class behind them.

- `tube_use_before_the_finding` (13): something that can go down a tube (a feed, a flush, water,
  milk, a medicine named or a feed product named: "started Jevity", "gave the 02:00 madopar
  dispersible", "used to administer omeprazole") told as given by a verb of giving, in its
  clause, before the tube was found in the airway. A giving told as still to come ("about to
  give", "ready to give", "before giving"), denied ("did not give", "no meds given") or by
  another route (IV, a nebuliser, oxygen) is no use of the tube. Only a giving told before the
  finding's words is read: one after them is as often the redo through a new tube.
- `air_reached_the_patient` (15): after the device was told on the air outlet, the patient
  told on it: a saturation reading or a harm of the air ("At 4hr obs sats 85%", "Sats stayed
  92-93%, picked up by the cons on the ward round") or time told passing on it ("found 40 min
  later"). A catch told after that ("picked up by outreach") found a patient already on air:
  the never event, not a near miss. A set-up told before the patient ("before the pt arrived",
  "about to put it on", "never on air") keeps the near miss.
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span

# ----------------------------------------------------------------------------- 13: tube used

#: Verbs of giving something down a tube, in any tense.
GIVING_VERBS = frozenset(
    {
        *("give", "gave", "given", "giving", "administer", "administered", "administering"),
        *("start", "started", "starting", "commenced", "restarted", "flushed"),
        *("pushed", "ran", "running", "infused", "fed", "instilled", "syringed", "bolused"),
    }
)
#: Things that can go down a tube, besides the drugs and feed products the taxonomy names.
TUBE_CONTENT_WORDS = frozenset(
    {
        *("feed", "feeds", "feeding", "flush", "water", "milk", "formula", "ebm", "dbm"),
        *("meds", "medication", "medications", "medicine", "medicines", "tablets", "liquid"),
        *("suspension", "dispersible", "bolus", "colostrum", "breastmilk"),
    }
)
#: Concepts naming a drug or a feed product.
TUBE_CONTENT_CONCEPTS = ("drug_names", "oral_enteral_product", "oral_liquid_product")
#: Words naming another route, near the giving: not the tube.
OTHER_ROUTE_WORDS = frozenset(
    {
        *("iv", "intravenous", "intravenously", "im", "sc", "subcut", "neb", "nebs"),
        *("nebuliser", "nebulised", "inhaled", "inhaler", "o2", "oxygen", "abx"),
        *("antibiotics", "suction", "suctioned", "pr", "rectal", "buccal", "sublingual"),
    }
)
#: Words before the giving, in its clause, that make it still to come or deny it.
NOT_GIVEN_WORDS = frozenset(
    {
        *("not", "never", "no", "nothing", "didn", "didnt", "without", "about", "going"),
        *("planned", "plan", "before", "prior", "awaiting", "waiting", "ready", "due", "be"),
        *("would", "could", "should", "wanted", "intended", "until", "once", "if", "when"),
        *("nor", "dont", "don", "hadn", "hadnt", "wasn", "wasnt", "held", "withheld"),
    }
)
#: The verbs after which "to give" tells a giving done ("proceeded to give", "used to
#: administer").
DONE_BEFORE_TO = frozenset({"proceeded", "went", "used", "continued", "carried", "decided"})
#: Tokens after (or, for a passive verb, before) the giving within which its content comes.
CONTENT_NEAR = 5
#: Tokens before the giving, in its clause, looked at for a not-given word.
NOT_GIVEN_BEFORE = 5
#: Concepts telling the tube found in the airway or misplaced.
FINDING_CONCEPTS = (
    "misplaced_respiratory",
    "tube_found_in_airway",
    "tube_told_in_airway",
    "misplaced_tube",
)


def _content_at(analysis: Analysis, named: set[int], i: int) -> bool:
    tokens = analysis.doc.tokens
    return tokens[i] in TUBE_CONTENT_WORDS or i in named


#: Words that end the giving's object when read on after it.
OBJECT_ENDS = frozenset({"and", "but", "then", "so", "which", "when", "as", "until", "before"})


def _after_in_sentence(analysis: Analysis, at: int) -> list[int]:
    """Up to CONTENT_NEAR tokens after the giving in its sentence, to a word that ends its
    object (a clock time's colon is no clause break here: "gave the 02:00 madopar")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    after = []
    for i in range(at + 1, min(len(tokens), at + 1 + CONTENT_NEAR)):
        if sentence_of[i] != sentence_of[at] or tokens[i] in OBJECT_ENDS:
            break
        after.append(i)
    return after


def _given_told(analysis: Analysis, at: int) -> bool:
    """Whether the giving verb at `at` is told as done: no word before it in its clause makes it
    still to come or denied, and a "to" before it follows a verb of doing."""
    tokens = analysis.doc.tokens
    before = list(analysis.doc.before_in_clause(at, NOT_GIVEN_BEFORE))
    if before and tokens[before[0]] == "to":
        if len(before) < 2 or tokens[before[1]] not in DONE_BEFORE_TO:
            return False
        before = before[2:]
    return all(tokens[i] not in NOT_GIVEN_WORDS for i in before)


def tube_use_before_the_finding(analysis: Analysis, evidence: tuple[Span, ...]) -> list[Span]:
    """Spans of a giving down the tube told before the finding's words (see the module)."""
    if not any(
        span[0] < e[1] and e[0] < span[1]
        for concept in FINDING_CONCEPTS
        for span in analysis.concept(concept)
        for e in evidence
    ):
        return []
    # the first telling of the finding (a review's later "the tube was in the respiratory
    # tract" follows the redo through a new tube)
    found_at = min(span[0] for concept in FINDING_CONCEPTS for span in analysis.concept(concept))
    doc = analysis.doc
    tokens = doc.tokens
    named = {
        i
        for concept in TUBE_CONTENT_CONCEPTS
        for span in analysis.concept(concept)
        for i in range(span[0], span[1])
    }
    used = []
    for at in range(found_at):
        if tokens[at] not in GIVING_VERBS or not _given_told(analysis, at):
            continue
        after = _after_in_sentence(analysis, at)
        before = list(doc.before_in_clause(at, CONTENT_NEAR - 1))
        near = after + before
        if any(tokens[i] in OTHER_ROUTE_WORDS for i in [*near, at]):
            continue
        content = [i for i in after if _content_at(analysis, named, i)] or [
            i for i in before if _content_at(analysis, named, i)
        ]
        if not content:
            continue
        # no denial between the content and the giving ("no feed was given")
        first = min([*content, at])
        if any(tokens[i] in NOT_GIVEN_WORDS for i in range(max(0, first - 1), at)):
            continue
        used.append((min(first, at), max([*content, at]) + 1))
    return used


# ---------------------------------------------------------------------- 15: air on the patient

#: Words of a saturation reading.
SATURATION_WORDS = frozenset({"sats", "spo2", "saturations", "saturation", "sat", "sao2"})
#: Units of time passing.
TIME_UNITS = frozenset({"min", "mins", "minutes", "hr", "hrs", "hour", "hours", "h"})
#: Tokens after a saturation word within which its number comes.
READING_NEAR = 4
#: Sentences after the connection's last within which the patient is told on it.
ON_AIR_SENTENCES = 2
#: Concepts telling the device not yet on a patient or none on it.
NOT_ON_PATIENT_CONCEPTS = (
    "oxygen_device_not_yet_on",
    "air_set_up_before_patient",
    "patient_never_on_air",
    "air_set_up_not_in_use",
)


#: Words that tell the patient off the device, and what they deny.
PATIENT_OFF_NEGATORS = frozenset({"not", "never", "nobody", "no"})
PATIENT_OFF_WORDS = frozenset(
    {"connected", "attached", "on", "pt", "patient", "put", "applied", "used", "given"}
)
#: Words of the oxygen, and the verbs that move the device onto it.
OXYGEN_WORDS = frozenset({"o2", "oxygen"})
MOVED_WORDS = frozenset(
    {"moved", "changed", "switched", "swapped", "reconnected", "connected", "put", "transferred"}
)
#: Words that make a number of minutes or hours time passing.
LATER_WORDS = frozenset({"later", "after", "on"})
DURATION_WORDS = frozenset({"for", "over", "after", "approx", "about", "around", "within"})


def _number(token: str) -> bool:
    return token[:1].isdigit()


def air_reached_the_patient(analysis: Analysis, evidence: tuple[Span, ...]) -> bool:
    """Whether the patient is told on the air after the device was told connected to it (see
    the module)."""
    if not evidence:
        return False
    doc = analysis.doc
    tokens = doc.tokens
    # the connection is the rule's last required span; the oxygen need may be told before it
    connection = evidence[-1]
    start = connection[0]
    last = max(analysis.sentence(span) for span in evidence)
    end = doc.sentence_tokens(last + ON_AIR_SENTENCES)[1]
    first = analysis.sentence((start, start + 1))
    if any(
        first <= analysis.sentence(span) <= last + ON_AIR_SENTENCES
        for concept in NOT_ON_PATIENT_CONCEPTS
        for span in analysis.concept(concept)
    ):
        return False
    if any(start <= span[0] < end for span in analysis.context.cues.get("not_yet_pre", [])):
        return False
    # the patient told off it ("not connected", "not on the pt"): nobody was on the air
    for i in range(start, end):
        if tokens[i] in PATIENT_OFF_NEGATORS and any(
            tokens[j] in PATIENT_OFF_WORDS for j in range(i + 1, min(end, i + 1 + READING_NEAR))
        ):
            return False
    # read up to the device moved to the oxygen: a reading after it is on the oxygen
    for i in range(start, end):
        if tokens[i] in OXYGEN_WORDS and any(
            tokens[j] in MOVED_WORDS for j in range(max(start, i - READING_NEAR), i)
        ):
            end = i
            break
    harms = analysis.found.get(concept_label("air_connection_harm"), [])
    if any(start <= span[0] < end for span in harms):
        return True
    for i in range(start, end):
        if tokens[i] in SATURATION_WORDS and any(
            _number(tokens[j]) for j in range(i + 1, min(end, i + 1 + READING_NEAR))
        ):
            return True
        if _elapsed(tokens, i, start, end):
            return True
    return False


def _elapsed(tokens: list[str], i: int, start: int, end: int) -> bool:
    """Whether tokens[i] opens a time told passing ("40 min later", "for 2 hours", "over 20
    mins"), not a time of day or a delay of something else ("transfer 15 min late")."""
    if not (_number(tokens[i]) and i + 1 < end and tokens[i + 1] in TIME_UNITS):
        return False
    later = i + 2 < end and tokens[i + 2] in LATER_WORDS
    lead = any(tokens[j] in DURATION_WORDS for j in range(max(start, i - 2), i))
    return later or lead
