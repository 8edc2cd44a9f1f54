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
- `made_ready_not_given` (13): a feed told running only to prime the set, or into a vessel
  ("into the sink to prime it"), or water drawn up and attached with no giving after it, went
  into the set or the syringe, not down the tube.
- `airway_seen_while_passing` (13): the tube told going into the airway while it was still
  being passed ("During insertion the trace showed the tube going into the trachea, dietitian
  withdrew it straight away"), and withdrawn in the same sentence, with no film read there: the
  placement check working during the placement, the tube never left in the airway. Its airway
  words are no misplaced tube (neither a never event nor a near miss); a tube found in the
  airway on a film after it was passed ("coughed during insertion. CXR: tip in the bronchus")
  still is.
- `carina_tip_short_of_the_stomach` (13): a tip told "at the carina" that the report then tells
  short of the stomach ("not far enough down", "too high") or pushed on further into it
  ("advanced 15cm", "inserted a further 10cm"), with no withdrawal or re-passing told between:
  the tip lay in the oesophagus at the level of the carina, behind the windpipe's fork (a tube
  in the airway is withdrawn, never advanced into the stomach). Its carina words are no airway
  (review r22 of h65); "in the trachea, tip at the carina" keeps its trachea, and a carina tip
  removed and re-passed keeps its airway.
- `device_put_on_after_the_catch` (15): the device's going on the patient told as what came
  after the catch ("before I put it on", "before transferring him over", "before the swap"),
  or the patient told staying on the supply he came on: the air set up, not yet on him.
- `unused_device_on_the_oxygen` (15): a device told lying unused or not in use whose clause tells
  the oxygen fitting feeding it ("the O2 flowmeter was running into the neb tubing lying on the
  bed", "the oxygen outlet had spare tubing hanging behind the bed"), with no air named there:
  the oxygen was what went unused, not an air set-up waiting for nobody; the patient's own
  device is the one on the air (dev-178915).
- `device_put_on_later` (15): a "before" that told only the order of the connection and the
  putting on ("venturi attached to the air flowmeter prior to being placed on patient. Mask
  then applied to patient"), the device then told put on, used on or worn by the patient with
  no catch told first: the air reached the patient (its not-yet-on and prevented cue dropped).
  The air seen before the device went on ("noticed before it was put on him", "spotted before
  the specs went on, moved to O2 and then put on") keeps the near miss.
"""

from __future__ import annotations

from collections.abc import Iterable

from classifier.engine.context import INABILITY_WORDS, NEGATION_WORDS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import PRIMING_WORDS, Document, Span, word_shortly_before

# ------------------------------------------------------------------- both: told of elsewhere

#: The concepts of a misplaced tube and its use (13) and of an oxygen device on the air (15)
#: that a never event told in the same sentence as another organisation's or the nation's
#: denies ("learning from a never event at a neighbouring trust where a patient was fed through
#: a nasogastric tube positioned in the lung", "reports nationally of patients being connected
#: to medical air instead of oxygen"): that patient's tube and air, not this report's
#: (never_events.ELSEWHERE_READINGS).
TOLD_ELSEWHERE_DENIED = frozenset(
    {
        *("misplaced_respiratory", "misplaced_tube", "tube_found_in_airway"),
        *("tube_told_in_airway", "ng_use"),
        *("air_flowmeter", "wrong_connection", "oxygen_device_on_air", "tubing_found_on_air"),
        *("air_connection_told", "patient_found_on_air", "oxygen_patient_connected_to_air"),
    }
)


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
#: Conjunctions joining the giving's predicate to another one told before it.
PREDICATE_JOINS = frozenset({"and", "so", "then"})
#: Verbs that give down a tube only with their particle after the object they open ("put the
#: feed up at 15:05", "put 10ml water down"; not "put the feed on hold", "feed put on hold").
PARTICLE_GIVING_VERBS = {"put": frozenset({"up", "down", "through", "via"})}
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


#: Objects of a giving that deny it.
OBJECT_DENIALS = frozenset({"nothing", "none"})


def _own_predicate(tokens: list[str], before: Iterable[int]) -> list[int]:
    """The tokens of `before` (read back from a giving) up to a conjunction that opens the
    giving's own predicate: what comes before it belongs to another ("withheld the morning
    meds and gave ...")."""
    own = []
    for i in before:
        if tokens[i] in PREDICATE_JOINS:
            break
        own.append(i)
    return own


#: Base forms of the giving verbs: joined to a predicate before them, they share its
#: infinitive or modal ("was about to do a whoosh test and then start the feed").
BASE_GIVING_VERBS = frozenset({"give", "administer", "start", "commence"})
#: Words of the predicate before the join that make a base form joined to it still to come: a
#: modal or an announcement (a "to" not after a verb of doing is read as `_given_told` reads
#: it). Denials are left out: "no aspirate and start feed" is as often a note of what was done.
PROSPECT_WORDS = frozenset(
    {
        *("would", "will", "ll", "could", "should", "about", "going", "gonna", "planned"),
        *("planning", "ready", "intended", "intending", "wanted", "before", "prior", "until"),
        *("once", "if"),
    }
)
#: Tokens before the join read for the predicate's prospect.
JOINED_PREDICATE_REACH = 15


def _joined_to_a_prospect(analysis: Analysis, at: int) -> bool:
    """Whether the base-form giving verb at `at` is joined by "and" or "then" to a predicate
    before it, in its sentence, that is told still to come: its modal or announcement
    (PROSPECT_WORDS), or a "to" that follows no verb of doing ("was about to do a 'whoosh test'
    with a 50ml syringe of air and then start the feed", "was going to check it with air and
    give the meds"; batch 109's dev-181910). "Proceeded to do a whoosh test and start the feed"
    tells it done."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in BASE_GIVING_VERBS:
        return False
    i = at - 1
    while i >= 0 and tokens[i] in PREDICATE_JOINS and sentence_of[i] == sentence_of[at]:
        i -= 1
    if i == at - 1:
        return False  # no join: the verb's own clause is read by `_given_told`
    for j in range(i, max(-1, i - JOINED_PREDICATE_REACH), -1):
        if sentence_of[j] != sentence_of[at] or tokens[j] in PREDICATE_JOINS:
            return False
        if tokens[j] in PROSPECT_WORDS:
            return True
        if tokens[j] == "to":
            return j == 0 or tokens[j - 1] not in DONE_BEFORE_TO
    return False


def _given_told(analysis: Analysis, at: int) -> bool:
    """Whether the giving verb at `at` is told as done: no word before it in its clause makes it
    still to come or denied, a "to" before it follows a verb of doing, and a base form joined to
    a predicate before it shares no prospect told there (`_joined_to_a_prospect`)."""
    tokens = analysis.doc.tokens
    if _joined_to_a_prospect(analysis, at):
        return False
    before = list(analysis.doc.before_in_clause(at, NOT_GIVEN_BEFORE))
    # a conjunction opens the giving's own predicate: a denial before it is of another ("got no
    # aspirate and gave 30 ml of water through it")
    before = _own_predicate(tokens, before)
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
    return _givings(analysis, 0, found_at)


def _named_contents(analysis: Analysis) -> set[int]:
    """The tokens of something named that can go down a tube (a feed, flush, water, a medicine
    or feed product)."""
    return {
        i
        for concept in TUBE_CONTENT_CONCEPTS
        for span in analysis.concept(concept)
        for i in range(span[0], span[1])
    }


def _givings(analysis: Analysis, start: int, end: int) -> list[Span]:
    """Spans of a giving down the tube whose verb stands between tokens `start` and `end`: a
    verb of giving told as done, into no vessel, something that can go down a tube as its
    object, no other route near it and no denial between them."""
    doc = analysis.doc
    tokens = doc.tokens
    named = _named_contents(analysis)
    used = []
    for at in range(start, end):
        if tokens[at] not in GIVING_VERBS and tokens[at] not in PARTICLE_GIVING_VERBS:
            continue
        if not _given_told(analysis, at):
            continue
        # (run into a vessel while the line is primed: "running into a gallipot")
        if not VESSEL_WORDS.isdisjoint(tokens[at + 1 : at + 1 + VESSEL_NEAR]):
            continue
        after = _after_in_sentence(analysis, at)
        particles = PARTICLE_GIVING_VERBS.get(tokens[at])
        if particles is not None and all(tokens[i] not in particles for i in after):
            continue
        # (a particle verb's object follows it: "feed pump put up" tells no giving)
        before = (
            [] if particles else _own_predicate(tokens, doc.before_in_clause(at, CONTENT_NEAR - 1))
        )
        # a denial as its object ("withheld the morning meds and gave nothing via the tube")
        if after and tokens[after[0]] in OBJECT_DENIALS:
            continue
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


# ------------------------------------------------- 13: run into the set, not down the tube

#: Words of priming the line: a feed run "to prime" the giving set runs into the set or the
#: sink, not down the tube. The shared priming words and "primes", which the unit reach
#: reading (`unit_reach`) does not read.
TUBE_PRIMING_WORDS = PRIMING_WORDS | {"primes"}
#: Words of the content made ready outside the patient: drawn up into a syringe or hung on the
#: stand ("50ml water drawn up and attached to the port", "hung the bag on the stand").
MADE_READY_WORDS = frozenset({"drawn", "drew", "hung", "hang", "prepared", "prepped"})
#: Words before which "giving" names the set, not a giving ("through the giving set").
GIVING_SET_WORDS = frozenset({"set", "sets", "line"})
#: Vessels a feed or flush is run into while the line is primed ("running into a gallipot",
#: "into the sink"): a giving into one of them is not down the tube.
VESSEL_WORDS = frozenset({"sink", "gallipot", "bin", "jug", "bowl", "receiver", "pot"})
#: Tokens after a use read for the making ready that answers it, in its sentence, and after a
#: giving for the vessel it runs into.
MADE_READY_NEAR = 12
VESSEL_NEAR = 4
#: Tokens before a use read, in its clause, for the making ready told verb first ("had drawn up
#: a 50ml water flush", "prepared the 10:00 meds"): the content is that verb's object.
MADE_READY_BEFORE = 8


def _giving_at(tokens: list[str], i: int) -> bool:
    """Whether token `i` is a verb of giving down the tube: not the "giving" of a "giving set",
    nor a giving into a vessel ("running into a gallipot")."""
    if tokens[i] not in GIVING_VERBS:
        return False
    if i + 1 < len(tokens) and tokens[i + 1] in GIVING_SET_WORDS:
        return False
    return VESSEL_WORDS.isdisjoint(tokens[i + 1 : i + 1 + VESSEL_NEAR])


def _made_ready_before(analysis: Analysis, span: Span) -> int | None:
    """The index of a making-ready verb told just before a use in its clause, with the use as
    its object ("staff had already drawn up a 50ml water flush", "drew up the 10:00 meds"), and
    no giving between them; else None."""
    tokens = analysis.doc.tokens
    for i in analysis.doc.before_in_clause(span[0], MADE_READY_BEFORE):
        if _giving_at(tokens, i):
            return None
        if tokens[i] in MADE_READY_WORDS:
            return i
    return None


def made_ready_not_given(analysis: Analysis, span: Span) -> bool:
    """Whether a use of the tube (`span`: "feed was running", "50 ml sterile water") is told,
    in its sentence, as only made ready: the feed run to prime the set ("running through the
    giving set into the sink to prime it"), or the content drawn up or hung, told after it or
    verb first before it ("had drawn up a 50ml water flush ... but the nurse in charge stopped
    this"; dev-167978), with no giving told before the making ready. Either way with no giving
    told after the last making ready in reach: "feed hung, primed and run at 60 ml/hr" and
    "drew up 50ml water and flushed the tube" went down the tube."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    before = _made_ready_before(analysis, span)
    start = span[0] if before is None else before
    end = min(len(tokens), span[1] + MADE_READY_NEAR)
    window = [i for i in range(start, end) if sentence_of[i] == sentence_of[span[0]]]
    ready = [i for i in window if tokens[i] in TUBE_PRIMING_WORDS or tokens[i] in MADE_READY_WORDS]
    if not ready:
        return False
    last = ready[-1]
    if any(_giving_at(tokens, i) for i in window if i > last):
        return False
    if tokens[last] in TUBE_PRIMING_WORDS:
        return True
    return not any(_giving_at(tokens, i) for i in window if i < last)


# --------------------------------------------- 13: a use told after the finding, as earlier

#: Words opening a clause that dates what it tells before the moment just told ("Before this
#: approx 40ml Nutrison had gone through the pump", "prior to that the 8am meds had been given",
#: "by then the feed had run 2 hrs"), with the words that may name that moment after them.
EARLIER_OPENERS = frozenset({"before", "prior", "by"})
EARLIER_MOMENTS = frozenset({"this", "that", "then", "which", "now"})
#: Words after the moment that make it another time or another tube ("prior to this admission",
#: "before this tube"): what is told before it is not before the catch.
OTHER_MOMENT_WORDS = frozenset(
    {
        *("admission", "episode", "stay", "shift", "week", "weeks", "month", "year", "visit"),
        *("tube", "ng", "ngt", "one", "hospital", "ward", "illness", "procedure"),
    }
)
#: "not before" told of a catch ("picked up - unfortunately not before the 5ml flush had gone
#: in"): the catch came only after what follows it.
ONLY_AFTER_NEGATORS = frozenset({"not"})
#: Verbs telling something went down, as done ("had gone in", "went down", "was given").
WENT_DOWN_WORDS = frozenset(
    {
        *("gone", "went", "run", "ran", "given", "gave", "flushed", "infused", "pushed"),
        *("administered", "fed", "instilled", "bolused", "put", "started", "commenced"),
        *("running", "delivered", "syringed"),
    }
)
#: Denials of the content in the clause ("before this nothing had been given down it").
USE_DENIALS = frozenset({"no", "not", "nothing", "none", "never", "nil", "without"})
#: Words in the clause that send its content another way than down the tube found misplaced
#: ("the feed had been running via previous NGT", "meds had been given orally"): no use of it.
ELSEWHERE_WORDS = OTHER_ROUTE_WORDS | frozenset(
    {"previous", "old", "former", "orally", "po", "mouth", "cannula"}
)
#: Tokens after the opener read for the content and its verb.
EARLIER_CLAUSE = 10


def _earlier_opener(tokens: list[str], at: int) -> int | None:
    """The index after an opener at `at` that dates its clause before the moment just told, or
    None: "before this", "prior to that", "by then" (not "prior to this admission"), or a
    catch's "not before"."""
    token = tokens[at]
    following = tokens[at + 1 : at + 3]
    if token == "before" and at and tokens[at - 1] in ONLY_AFTER_NEGATORS:
        return at + 1
    if token == "prior" and following[:1] == ["to"]:
        moment = at + 2
    elif token in EARLIER_OPENERS:
        moment = at + 1
    else:
        return None
    if moment >= len(tokens) or tokens[moment] not in EARLIER_MOMENTS:
        return None
    if moment + 1 < len(tokens) and tokens[moment + 1] in OTHER_MOMENT_WORDS:
        return None
    return moment + 1


def use_told_before_the_catch(analysis: Analysis) -> list[Span]:
    """`_use_told_before_the_catch`, read once per report: every tube rule's near miss asks, and
    the concepts it reads are all found before the rules run."""
    return analysis.reading(
        ("tube_and_air_use", "use told before the catch"),
        lambda: _use_told_before_the_catch(analysis),
    )


def _use_told_before_the_catch(analysis: Analysis) -> list[Span]:
    """Spans of something that can go down a tube told, after the finding, as gone down it
    before the catch: a clause opened by "before this", "prior to that", "by then" or a catch's
    "not before", whose content (a feed, flush, water, a medicine or feed product named) comes
    with a verb of going down told as done, and no denial between them. The report tells the
    finding first and the use after it, but the use came first: never event 13."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    named = _named_contents(analysis)
    spans = []
    for at, token in enumerate(tokens):
        if token not in EARLIER_OPENERS:
            continue
        start = _earlier_opener(tokens, at)
        if start is None:
            continue
        clause = [
            i
            for i in range(start, min(len(tokens), start + EARLIER_CLAUSE))
            if sentence_of[i] == sentence_of[at]
        ]
        content = next((i for i in clause if _content_at(analysis, named, i)), None)
        if content is None:
            continue
        verb = next((i for i in clause if i > content and tokens[i] in WENT_DOWN_WORDS), None)
        if verb is None or any(tokens[i] in USE_DENIALS for i in range(start, verb)):
            continue
        if any(tokens[i] in ELSEWHERE_WORDS for i in clause):
            continue
        spans.append((at, verb + 1))
    return spans


# ------------------------------------------- 13: a tube used unchecked, the airway answering

#: Words before "aspirate" telling that none came back ("no aspirate", "unable to get
#: aspirate", "couldnt obtain any aspirate"): the tube's place is not known.
NO_ASPIRATE_WORDS = NEGATION_WORDS | INABILITY_WORDS
ASPIRATE_WORDS = frozenset({"aspirate", "aspirates", "aspirating"})
#: Tokens before "aspirate" within which its denial comes.
NO_ASPIRATE_BEFORE = 4
#: Signs of what went down the tube going into the airway, told of the patient.
AIRWAY_SIGN_WORDS = frozenset(
    {
        *("cough", "coughs", "coughed", "coughing", "choke", "choked", "choking"),
        *("desat", "desats", "desatted", "desatting", "desaturated", "desaturating"),
        *("desaturation", "dusky", "cyanosed", "cyanotic", "grey", "gray", "blue"),
        *("breathless", "sob", "stridor", "gasping", "spluttering", "tachypnoeic"),
    }
)
#: Sentences after the giving's own within which its airway signs are told.
SIGNS_SENTENCES = 1
#: Tokens before an airway sign within which a negator denies it ("no cough").
SIGN_NEGATED_BEFORE = 2
#: Concepts of the tube's place: its gastric position confirmed, and the tube itself.
POSITION_CONFIRMED_CONCEPT = "ng_position_confirmed"
GASTRIC_TUBE_CONCEPT = "ng_tube"
#: The concept the reading adds to (rule NE13.used_unchecked_airway_answered).
UNCHECKED_USE_CONCEPT = "tube_used_unchecked"


def tube_used_unchecked(analysis: Analysis) -> list[Span]:
    """Spans of a giving down a tube whose place was not known, answered by the airway: no
    aspirate told before the giving ("no aspirate and she decided to 'try a small flush' ...
    5ml water given", "got no aspirate and gave 30 ml of water through it"), no gastric
    position confirmed between them, and signs of the airway (coughing, desaturating, going
    dusky) told after the giving in its sentence or the next. The flush or feed went down a
    tube in the airway: never event 13, whether or not a film later showed the tube."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    unchecked = next(
        (
            i
            for i, token in enumerate(tokens)
            if token in ASPIRATE_WORDS
            and word_shortly_before(tokens, sentence_of, i, NO_ASPIRATE_WORDS, NO_ASPIRATE_BEFORE)
        ),
        None,
    )
    if unchecked is None:
        return []
    confirmed = [
        span[0] for span in analysis.concept(POSITION_CONFIRMED_CONCEPT) if span[0] > unchecked
    ]
    end = min(confirmed, default=len(tokens))
    used = []
    for giving in _givings(analysis, unchecked + 1, end):
        sentence = sentence_of[giving[0]]
        last = doc.sentence_tokens(sentence, sentence + SIGNS_SENTENCES)[1]
        signs = [
            i
            for i in range(giving[1], min(last, end))
            if tokens[i] in AIRWAY_SIGN_WORDS
            and not word_shortly_before(tokens, sentence_of, i, NEGATION_WORDS, SIGN_NEGATED_BEFORE)
        ]
        if signs:
            used.append((giving[0], signs[0] + 1))
    return used


# ------------------------------------------------- 15: the patient's device is not the patient

#: The concept of the patient told as found on the air, and the possessive the tokenizer leaves
#: of "pt's" ("pt", "s").
PATIENT_ON_AIR_CONCEPT = "patient_found_on_air"
POSSESSIVE = "s"
#: Words before the patient word that make the patient the device's owner, not the subject
#: ("Hudson mask for pt being handed over from anaesthetist was attached to the air
#: flowmeter"): the mask set up for him was on the air, not he.
OWNER_WORDS = frozenset({"for"})
#: Tokens before the patient word within which the owner word opens the patient's noun phrase
#: ("mask for the incoming trauma pt had been connected to the medical air"): words only, no
#: number ("O2 for 2 hrs, pt was found on air" is a duration) nor verb between.
OWNER_NEAR = 4
NOT_IN_NOUN_PHRASE = frozenset({"was", "were", "is", "are", "had", "has", "been", "be"})
#: Conjunctions opening a clause of its own after the patient word, and the subjects that make
#: that clause the device's ("set up the T-piece for the incoming pt and it was attached to the
#: air", "pt in bay 2 but the tubing was on the air outlet"): what was on the air is the device.
CLAUSE_JOINS = frozenset({"and", "but", "so", "while", "whilst", "although", "though"})
DEVICE_SUBJECTS = frozenset({"it", "tubing", "tube", "hose", "line"})
#: Tokens after the conjunction within which its device subject comes ("and the tubing was").
SUBJECT_NEAR = 2


def _owned_by_the_patient(tokens: list[str], at: int) -> bool:
    """Whether the patient word at `at` closes a noun phrase opened by an owner word ("for pt",
    "for the incoming trauma pt"): the device is the patient's, the patient not its subject."""
    for i in range(at - 1, max(-1, at - 1 - OWNER_NEAR), -1):
        if tokens[i] in OWNER_WORDS:
            return True
        if not tokens[i].isalpha() or tokens[i] in NOT_IN_NOUN_PHRASE:
            return False
    return False


def _device_clause_after(tokens: list[str], span: Span) -> bool:
    """Whether, inside a span of the patient told on the air, a clause after the patient word
    has the device as its subject: opened by a conjunction ("pt and it was attached to the
    air") or by the device right after the patient word ("for the next pt, it was attached")."""
    if span[0] + 1 < span[1] and tokens[span[0] + 1] in DEVICE_SUBJECTS:
        return True
    for i in range(span[0] + 1, span[1]):
        if tokens[i] not in CLAUSE_JOINS:
            continue
        subject = tokens[i + 1 : min(span[1], i + 1 + SUBJECT_NEAR)]
        if not (DEVICE_SUBJECTS | OXYGEN_DEVICE_WORDS).isdisjoint(subject):
            return True
    return False


def patients_device_on_air(analysis: Analysis) -> list[Span]:
    """Spans of the patient told on the air whose patient word owns the subject ("pt's face
    mask was found connected to the air flowmeter as the nurse was about to put it on"), who
    is named as the one the device is for ("mask for pt being handed over ... was attached to the
    air flowmeter", "mask for the incoming trauma pt had been connected"), or after whom a
    clause of its own tells the device on the air ("the T-piece for the incoming pt and it was
    attached to the air"): the device was on the air; whether the patient was is told
    elsewhere, not by these words."""
    tokens = analysis.doc.tokens
    return [
        span
        for span in analysis.found.get(concept_label(PATIENT_ON_AIR_CONCEPT), [])
        if (span[0] + 1 < len(tokens) and tokens[span[0] + 1] == POSSESSIVE)
        or _owned_by_the_patient(tokens, span[0])
        or _device_clause_after(tokens, span)
    ]


#: "The same flowmeter" after the air was named: the air one. The fittings so named, the
#: oxygen devices that go on them, and the words setting the oxygen against them ("instead of
#: going back onto O2", "rather than the O2 one").
SAME_WORD = "same"
FITTING_WORDS = frozenset({"flowmeter", "flowmeters", "outlet", "point", "meter", "one"})
OXYGEN_DEVICE_WORDS = frozenset(
    {
        *("mask", "specs", "cannula", "cannulae", "prongs", "venturi", "nrb", "tubing"),
        *("humidifier", "circuit"),
    }
)
#: Devices that run on oxygen only: one put on the air fitting needs no oxygen told against it
#: (a mask may be the nebuliser's, which air drives as prescribed).
OXYGEN_ONLY_DEVICE_WORDS = frozenset({"specs", "cannula", "cannulae", "prongs", "venturi", "nrb"})
AGAINST_WORDS = frozenset({"instead", "rather", "not"})
#: Tokens after an against-word within which its oxygen comes ("instead of going back onto O2").
AGAINST_NEAR = 6
AIR_WORD = "air"
ROOM_WORD = "room"
#: Concepts the reading adds to: the air fitting, and the oxygen device on it.
AIR_FITTING_CONCEPT = "air_flowmeter"
OXYGEN_DEVICE_ON_AIR_CONCEPT = "oxygen_device_on_air"


def _oxygen_at(tokens: list[str], at: int) -> bool:
    """Whether token `at` names the oxygen ("oxygen", "o2", or "o" "2" as the tokenizer splits
    "O2")."""
    token = tokens[at]
    return token in OXYGEN_WORDS or (
        token == "o" and at + 1 < len(tokens) and tokens[at + 1] == "2"
    )


def same_air_fitting(analysis: Analysis) -> list[Span]:
    """Spans of an oxygen device told put on "the same flowmeter" (outlet, one) after the air
    was named ("salbutamol neb given driven by air ... after neb the mask was put back on but
    left on the same flowmeter instead of going back onto O2", "afterwards the HCA put his
    nasal specs onto the same flowmeter rather than the O2 one"): the fitting is the air the
    nebuliser ran on, and the device the patient's oxygen, when it runs on oxygen only or the
    oxygen is set against the fitting in its sentence. Not room air."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    air = next(
        (
            i
            for i, t in enumerate(tokens)
            if t == AIR_WORD and (i == 0 or tokens[i - 1] != ROOM_WORD)
        ),
        None,
    )
    if air is None:
        return []
    spans = []
    for at in range(air + 1, len(tokens) - 1):
        if tokens[at] != SAME_WORD or tokens[at + 1] not in FITTING_WORDS:
            continue
        start, end = doc.sentence_tokens(sentence_of[at])
        devices = [i for i in range(start, at) if tokens[i] in OXYGEN_DEVICE_WORDS]
        if not devices:
            continue
        oxygen_against = any(
            tokens[i] in AGAINST_WORDS
            and any(_oxygen_at(tokens, j) for j in range(i + 1, min(end, i + 1 + AGAINST_NEAR)))
            for i in range(at + 2, end)
        )
        if oxygen_against or any(tokens[i] in OXYGEN_ONLY_DEVICE_WORDS for i in devices):
            spans.append((devices[-1], at + 2))
    return spans


#: Words of the patient, and of the supply he may still be breathing from when the air set-up is
#: found ("the pt was still on the anaesthetic circuit", "she was still on the ambulance
#: cylinder"): the device on the air was not yet on him.
PATIENT_WORDS = frozenset({"pt", "patient", "he", "she", "they", "baby", "child"})
#: ... told as kept on it, too ("pt stayed on his portable cylinder until an O2 flowmeter was
#: found", "pt remained on his existing oxygen circuit throughout").
STILL_WORDS = frozenset({"still", "stayed", "remained"})
OTHER_SUPPLY_WORDS = frozenset(
    {
        *("circuit", "cylinder", "cylinders", "ventilator", "vent", "anaesthetic", "bagging"),
        *("ambu", "bag", "wall", "piped", "portable", "transfer", "theatre", "incubator"),
    }
)
#: Tokens after "still" within which "on" and the supply come, and the words that make the
#: supply the air itself ("still on the air flowmeter").
SUPPLY_NEAR = 5
ON_WORDS = frozenset({"on", "attached", "connected"})
NOT_THE_OXYGEN = frozenset({"air"})
#: Words after the supply, in its sentence, that make "still on" an earlier moment than the air
#: set-up ("pt still on portable oxygen, later connected to air outlet"): he went on the air after.
SUPPLY_LEFT_LATER_WORDS = frozenset(
    {"later", "then", "subsequently", "afterwards", "after", "eventually"}
)
#: The concept the reading adds to: the device not yet on the patient.
NOT_YET_ON_CONCEPT = "oxygen_device_not_yet_on"


def patient_still_on_another_supply(analysis: Analysis) -> list[Span]:
    """Spans of the patient told as still on another supply (an anaesthetic circuit, a cylinder,
    a ventilator) while the device set up on the air waited: "the pt was still on the
    anaesthetic circuit", "pt still on the transfer cylinder". He breathed from that supply,
    not from the air; not a supply told as the air itself."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans = []
    for at, token in enumerate(tokens):
        if token not in STILL_WORDS:
            continue
        before = list(doc.before_in_clause(at, 2))
        if not any(tokens[i] in PATIENT_WORDS for i in before):
            continue
        near = [
            i
            for i in range(at + 1, min(len(tokens), at + 1 + SUPPLY_NEAR))
            if sentence_of[i] == sentence_of[at]
        ]
        if not near or tokens[near[0]] not in ON_WORDS:
            continue
        supply = next((i for i in near if tokens[i] in OTHER_SUPPLY_WORDS), None)
        if supply is None or any(tokens[i] in NOT_THE_OXYGEN for i in near if i <= supply):
            continue
        if any(
            tokens[i] in SUPPLY_LEFT_LATER_WORDS
            for i in range(supply + 1, len(tokens))
            if sentence_of[i] == sentence_of[at]
        ):
            continue
        spans.append((min(before), supply + 1))
    return spans


#: Words opening a clause that tells what came after the catch ("before I put it on", "prior
#: to attaching it"), and a denial before them that makes the catch the later one ("not before
#: she had been on it an hour").
CATCH_BEFORE_WORDS = frozenset({"before", "prior"})
CATCH_BEFORE_DENIALS = frozenset({"not", "only", "just"})
#: Verbs of putting the device on the patient: what follows them is the patient, the face or
#: the airway, or an "on"; not a fitting ("before putting the tubing onto the flowmeter").
PUTTING_ON_VERBS = frozenset(
    {
        *("put", "putting", "place", "placed", "placing", "attach", "attaching", "apply"),
        *("applying", "applied", "fit", "fitting", "fitted", "pop", "popping"),
    }
)
PUT_ON_TARGETS = frozenset(
    {
        *("on", "onto", "pt", "patient", "him", "her", "them", "face", "nose", "trache"),
        *("trachy", "tracheostomy", "stoma", "lady", "man", "gentleman", "woman", "baby"),
        *("child", "mouth"),
    }
)
FITTING_TARGETS = frozenset({"flowmeter", "flowmeters", "outlet", "wall", "point", "meter"})
#: Verbs of moving the patient over onto the new device, told with the patient or "over"
#: ("before transferring him over", "before switching her across"), and the same told as a
#: noun ("before the swap").
CHANGE_OVER_VERBS = frozenset(
    {"transferring", "swapping", "switching", "moving", "changing", "taking", "bringing"}
)
CHANGE_OVER_TARGETS = frozenset(
    {"him", "her", "them", "pt", "patient", "baby", "child", "over", "across"}
)
CHANGE_OVER_NOUNS = frozenset({"swap", "swapover", "changeover", "switchover", "change"})
#: ... or with the patient's device moved onto the bed space's supply, named without the oxygen
#: ("before moving the mask onto the wall supply", "before switching her specs to the wall"):
#: the patient came on another supply and was not yet on the one set up (dev-179000).
MOVED_ONTO_WORDS = frozenset({"on", "onto", "to"})
BED_SPACE_SUPPLY_WORDS = frozenset({"wall", "supply", "piped", "bedside"})
#: Tokens after the verb within which the device and its supply are told ("moving the specs
#: tubing onto the wall outlet").
MOVED_ONTO_NEAR = 7
#: Verbs of the device going on, with "on" after them ("before they went on").
GOING_ON_VERBS = frozenset({"went", "go", "going", "got", "get", "goes"})
#: Verbs of the patient put on the device, in the passive with the patient as the subject
#: ("before pt was connected", "before the baby was attached", "before she was put on it"):
#: the device still off the patient. Read within PATIENT_VERB_NEAR tokens of the opener, a
#: patient word before the verb.
PATIENT_PUT_ON_VERBS = frozenset({"connected", "attached", "hooked", "put", "placed"})
PATIENT_SUBJECTS = frozenset({"pt", "patient", "he", "she", "they", "baby", "child", "infant"})
PATIENT_VERB_NEAR = 4
ON_PARTICLES = frozenset({"on", "onto"})
#: Tokens after the opener within which its verb comes, and after the verb its target.
CATCH_VERB_NEAR = 3
CATCH_TARGET_NEAR = 5


def _put_on_told(tokens: list[str], verb: int, end: int) -> bool:
    """Whether the verb at `verb` (read up to `end`) puts the device on the patient or moves the
    patient over onto it."""
    token = tokens[verb]
    after = tokens[verb + 1 : min(end, verb + 1 + CATCH_TARGET_NEAR)]
    if token in PUTTING_ON_VERBS:
        return FITTING_TARGETS.isdisjoint(after) and not PUT_ON_TARGETS.isdisjoint(after)
    if token in CHANGE_OVER_VERBS:
        return not CHANGE_OVER_TARGETS.isdisjoint(after[:CATCH_VERB_NEAR]) or _device_moved_onto(
            tokens, verb, end
        )
    if token in GOING_ON_VERBS:
        return not ON_PARTICLES.isdisjoint(after[:2])
    return token in CHANGE_OVER_NOUNS


def _device_moved_onto(tokens: list[str], verb: int, end: int) -> bool:
    """Whether the change-over verb at `verb` (read up to `end`) moves a device onto the bed
    space's supply, the oxygen left unnamed: "before moving the mask onto the wall supply"."""
    after = range(verb + 1, min(end, verb + 1 + MOVED_ONTO_NEAR))
    device = next((i for i in after if tokens[i] in OXYGEN_DEVICE_WORDS), None)
    if device is None or any(_oxygen_at(tokens, i) for i in after):
        return False
    onto = next((i for i in range(device + 1, after.stop) if tokens[i] in MOVED_ONTO_WORDS), None)
    return onto is not None and not BED_SPACE_SUPPLY_WORDS.isdisjoint(tokens[onto + 1 : after.stop])


def _patient_put_on_at(doc: Document, at: int, end: int) -> int | None:
    """The end of the patient told, as the subject, put on the device after the opener at `at`
    ("before pt was connected", "before the patient was attached to it"), with a catch told
    before the opener in its sentence ("spotted it at handover before pt was connected"), or
    None: without the catch the "before" dates something else ("obs were 90%, which was before
    she was connected after the move")."""
    tokens = doc.tokens
    opening = doc.sentence_tokens(doc.sentence_of[at])[0]
    if CATCH_WORDS.isdisjoint(tokens[opening:at]):
        return None
    for verb in range(at + 2, min(end, at + 1 + PATIENT_VERB_NEAR)):
        if tokens[verb] in PATIENT_PUT_ON_VERBS:
            if not PATIENT_SUBJECTS.isdisjoint(tokens[at + 1 : verb]):
                return verb + 1
            return None
    return None


def device_put_on_after_the_catch(analysis: Analysis) -> list[Span]:
    """Spans of a clause telling the device put on the patient, or the patient moved over onto
    it or put on it, as what came after the catch: "before I put it on the lady face", "before
    attaching it to the trache", "before transferring him over", "before the swap", "before
    they went on", "before pt was connected". The device on the air was seen while still off
    the patient. Not "not before", which tells the catch as the later one."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans = []
    for at, token in enumerate(tokens):
        if token not in CATCH_BEFORE_WORDS or (at and tokens[at - 1] in CATCH_BEFORE_DENIALS):
            continue
        end = doc.sentence_tokens(sentence_of[at])[1]
        for verb in range(at + 1, min(end, at + 1 + CATCH_VERB_NEAR)):
            if _put_on_told(tokens, verb, end):
                spans.append((at, verb + 1))
                break
        else:
            if (put_on := _patient_put_on_at(doc, at, end)) is not None:
                spans.append((at, put_on))
    return spans


#: Verbs of the device going on or being used on the patient, told as done after the "before"
#: ("then put it on the pt", "mask then applied to patient", "then used on the pt overnight"),
#: and those of them read with the patient after them, not an "on" alone ("used on the pt").
PUT_ON_LATER_VERBS = PUTTING_ON_VERBS | GOING_ON_VERBS | frozenset({"used", "worn", "wore"})
USED_ON_VERBS = frozenset({"used", "worn", "wore"})
#: Patients after an "on" that tell the device worn ("mask on pt for 2 hrs").
WORN_BY_WORDS = PUT_ON_TARGETS - ON_PARTICLES - {"face", "nose", "mouth"}
#: Words before such a verb that keep it still to come or deny it ("before it was put on",
#: "about to apply", "not put on"), read a few tokens back.
PUT_ON_AHEAD_WORDS = frozenset(
    {*CATCH_BEFORE_WORDS, "until", "about", "going", "to", "not", "never", "without", "yet"}
)
PUT_ON_AHEAD_NEAR = 4
#: Words of the air seen or put right: one told between the "before" and the later putting on
#: tells the device moved to the oxygen first ("spotted before the specs went on, moved to O2
#: and then put on the patient"), and one told before the "before" in its sentence makes the
#: "before" the catch's ("noticed before it was put on him").
CATCH_WORDS = frozenset(
    {
        *("noticed", "spotted", "saw", "seen", "realised", "realized", "identified", "picked"),
        *("caught", "found", "recognised", "recognized", "pointed", "queried", "changed"),
        *("moved", "swapped", "switched", "reconnected", "corrected", "rectified", "checked"),
    }
)


def _put_on_done(doc: Document, at: int) -> bool:
    """Whether tokens[at] tells the device put on, used on or worn by the patient as done ("then
    put it on the pt", "then used on the pt", "mask on pt for 2 hrs"), with nothing before it
    keeping it still to come or denying it."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    token = tokens[at]
    end = doc.sentence_tokens(sentence_of[at])[1]
    after = tokens[at + 1 : min(end, at + 1 + CATCH_TARGET_NEAR)]
    if token in OXYGEN_DEVICE_WORDS:
        told = after[:1] == ["on"] and not WORN_BY_WORDS.isdisjoint(after[1:3])
    elif token in USED_ON_VERBS:
        told = not WORN_BY_WORDS.isdisjoint(after)
    else:
        told = token in PUT_ON_LATER_VERBS and _put_on_told(tokens, at, end)
    return told and not word_shortly_before(
        tokens, sentence_of, at, PUT_ON_AHEAD_WORDS, PUT_ON_AHEAD_NEAR
    )


def _before_clause_end(tokens: list[str], span: Span) -> int | None:
    """The token after the "before" clause's own verb of putting on, in a span of the device
    not yet on ("before the mask was put on"), or None when the span has no "before"."""
    opener = next((i for i in range(*span) if tokens[i] in CATCH_BEFORE_WORDS), None)
    if opener is None:
        return None
    for i in range(opener + 1, min(len(tokens), opener + 1 + 2 * CATCH_TARGET_NEAR)):
        if tokens[i] in PUT_ON_LATER_VERBS:
            return i + 1
    return span[1]


def device_put_on_later(analysis: Analysis) -> list[Span]:
    """Spans of the device told not yet on the patient by a "before" that the report then
    tells put on, used on or worn by the patient, with no catch told from the "before"'s
    sentence up to that putting on ("Venturi attached to the air flowmeter prior to being
    placed on patient. Mask then applied to patient ... Noticed on drug round it was on air"):
    the "before" told the order of the connection and the putting on, and the air reached the
    patient. Not the air seen before the device went on ("noticed before it was put on him",
    "spotted before the specs went on, moved to O2 and then put on the patient"). The same of
    a device told not yet on with no "before" ("specs were not on the patient at that point as
    she was eating. After lunch the specs were put back on"): read from the span's end."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans = []
    for span in analysis.concept(NOT_YET_ON_CONCEPT):
        start = _before_clause_end(tokens, span)
        if start is None:
            # told not yet on with no "before" ("Nasal specs were not on the patient at that
            # point as she was eating. After lunch the specs were put back on"): read from the
            # span's end
            start = span[1]
        opening = doc.sentence_tokens(sentence_of[span[0]])[0]
        if not CATCH_WORDS.isdisjoint(tokens[opening : span[0]]):
            continue
        for at in range(start, len(tokens)):
            if tokens[at] in CATCH_WORDS:
                break
            if _put_on_done(doc, at):
                spans.append(span)
                break
    return spans


#: Words of the manner of a fitting: the device on the person, told fitted badly ("the mask
#: had not been fitted properly", "specs not put on correctly").
MANNER_WORDS = frozenset(
    {
        *("properly", "correctly", "securely", "tightly", "well", "right", "snugly"),
        *("adequately", "appropriately", "fully", "firmly"),
    }
)
MANNER_NEAR = 2


#: Words of the oxygen supply or its fitting: a device told "not on" one of them ("the mask had
#: not been put on the oxygen flowmeter but on the medical air one", "specs still not on
#: oxygen") was not on the oxygen, which tells nothing of whether it was on the patient.
SUPPLY_WORDS = frozenset(
    {
        *("oxygen", "o2", "flowmeter", "flowmeters", "outlet", "outlets", "wall", "cylinder"),
        *("supply", "air", "port", "point", "meter", "regulator", "piped", "medical"),
    }
)
#: Words read past between the span and the supply word ("on the", "onto the", "back on").
SUPPLY_LEAD_WORDS = frozenset({"on", "onto", "to", "into", "the", "a", "an", "back", "its"})
SUPPLY_LEAD_NEAR = 3
#: Words of the denial in a span of the device told not on ("not", "wasn't", "never", "yet"):
#: not a patient told still on another supply ("pt stayed on his portable cylinder").
NOT_ON_WORDS = frozenset({"not", "never", "t", "wasnt", "werent", "hadnt", "isnt", "yet"})


def device_not_on_the_supply(analysis: Analysis) -> list[Span]:
    """Spans of the device told not yet on whose "on" is told of the supply right after them
    ("the mask had not been put on the oxygen flowmeter", "nasal specs still not on oxygen"):
    the device was off the oxygen, not off the patient."""
    tokens = analysis.doc.tokens
    found = []
    for span in analysis.found.get(concept_label(NOT_YET_ON_CONCEPT), []):
        if NOT_ON_WORDS.isdisjoint(tokens[span[0] : span[1]]):
            continue
        at = span[1]
        while at < min(len(tokens), span[1] + SUPPLY_LEAD_NEAR) and tokens[at] in SUPPLY_LEAD_WORDS:
            at += 1
        if at < len(tokens) and tokens[at] in SUPPLY_WORDS:
            found.append(span)
    return found


def device_fitted_badly(analysis: Analysis) -> list[Span]:
    """Spans of the device told not yet on the patient whose putting on is denied only in its
    manner ("the mask had not been fitted properly", "specs weren't put on correctly"): the
    device was on the patient, badly."""
    tokens = analysis.doc.tokens
    return [
        span
        for span in analysis.found.get(concept_label(NOT_YET_ON_CONCEPT), [])
        if not MANNER_WORDS.isdisjoint(tokens[span[1] : span[1] + MANNER_NEAR])
    ]


#: Concepts of the oxygen device or its tubing told joined to the air fitting.
AIR_JOINING_CONCEPTS = (
    *("wrong_connection", "oxygen_device_on_air", "tubing_found_on_air"),
    *("air_connection_told", "air_device_connected", "oxygen_tubing_on_air"),
)
#: The word of a flow told turned up, not on ("about to turn it up").
TURNED_UP_WORD = "up"
#: Units of a flow rate ("at 2L", "running at 3 l/min", "4 litres"), told of the air joined: a
#: flow already running.
FLOW_RATE_UNITS = frozenset({"l", "lpm", "litre", "litres", "liter", "liters"})
#: Words of the patient breathing badly on the air, or of time passing on it, told between the
#: joining and the turn-up ("pt became short of breath and cyanosed so I went to turn the flow
#: up", "at the later obs round I went to turn the flow up"). Colours are left out: they name
#: the flowmeters ("the grey one") as often as the patient.
ON_THE_AIR_WORDS = frozenset(
    {
        *("desat", "desats", "desatted", "desaturated", "desaturating", "dusky", "cyanosed"),
        *("cyanotic", "breathless", "sob", "breath", "gasping", "tachypnoeic", "drowsy"),
        *("later", "overnight", "subsequently"),
    }
)
#: Tokens before such a word within which a negator denies it ("not short of breath").
ON_THE_AIR_NEGATED_BEFORE = 3


def _told_on_the_air(analysis: Analysis, i: int, end: int) -> bool:
    """Whether tokens[i] tells the flow running or the patient on the air before the turn-up at
    `end`: a flow rate with its unit ("plugged into the air flowmeter at 2L"), or an undenied
    sign of breathing badly or of time passing (ON_THE_AIR_WORDS). Review R37's probes of
    dev-181940's reading: "... into the air flowmeter at 2L. I went to turn the flow up", "pt
    became short of breath and cyanosed so I went to turn the flow up" are the air given."""
    doc = analysis.doc
    tokens = doc.tokens
    if _number(tokens[i]):
        return i + 1 < end and tokens[i + 1] in FLOW_RATE_UNITS
    return tokens[i] in ON_THE_AIR_WORDS and not word_shortly_before(
        tokens, doc.sentence_of, i, NEGATION_WORDS, ON_THE_AIR_NEGATED_BEFORE
    )


def flow_turned_up_on_the_patient(analysis: Analysis) -> list[Span]:
    """Spans of the flow told not yet turned up ("went to turn the flow up") after the patient
    is told on the air since the joining: a saturation reading, a time told passing or a harm
    of the air between the first joining before the span and it ("porter plugged the tubing into
    the ... medical AIR one ... 1 hr obs sats 86% ... I only noticed when I went to turn the flow
    up", dev-137910): a flow already running turned up, not one still to start. Told with
    nothing between ("pushed it onto the air flowmeter and was about to turn it up when the
    paramedic said 'that's air'", batch 109's dev-181940) the flow had not started."""
    tokens = analysis.doc.tokens
    joinings = sorted(s[0] for c in AIR_JOINING_CONCEPTS for s in analysis.concept(c))
    harms = analysis.found.get(concept_label("air_connection_harm"), [])
    found = []
    for span in analysis.found.get(concept_label(NOT_YET_ON_CONCEPT), []):
        if TURNED_UP_WORD not in tokens[span[0] : span[1]]:
            continue
        start = next((at for at in joinings if at < span[0]), None)
        if start is None:
            continue
        end = span[0]
        if any(start <= h[0] < end for h in harms) or any(
            _saturation_reading(tokens, i, end)
            or _elapsed(tokens, i, start, end)
            or _told_on_the_air(analysis, i, end)
            for i in range(start, end)
        ):
            found.append(span)
    return found


#: The concept of a time told on the air ("had been on it for 20 minutes"), some of whose
#: phrases read the device's connection itself ("had been connected to the air flowmeter").
AIR_TIME_CONCEPT = "air_time_told"


def connection_told_as_time(analysis: Analysis) -> list[Span]:
    """Spans of a time told on the air that tell only the device's connection ("the tubing had
    been connected to the medical air flowmeter": a connecting word, no unit of time), while the
    device is told not yet on the patient in the sentences around it: the error made, not the
    patient on the air (as `connection_before_the_patient` reads the same words as a reach)."""
    tokens = analysis.doc.tokens
    spans = []
    for span in analysis.found.get(concept_label(AIR_TIME_CONCEPT), []):
        words = tokens[span[0] : span[1]]
        if CONNECTING_WORDS.isdisjoint(words) or not TIME_UNITS.isdisjoint(words):
            continue
        sentence = analysis.sentence(span)
        if _not_on_patient_between(analysis, sentence, sentence + ON_AIR_SENTENCES):
            spans.append(span)
    return spans


#: The concept of an oxygen set-up found with nobody using it, the fittings an oxygen word names
#: before it ("the O2 flowmeter", "oxygen outlet", "O2 cylinder"), and the tokens before the
#: unused device, in its clause, within which that fitting is told.
SET_UP_NOT_IN_USE_CONCEPT = "air_set_up_not_in_use"
OXYGEN_FITTING_WORDS = FITTING_WORDS | frozenset({"flow", "cylinder", "supply", "port", "wall"})
UNUSED_FITTING_NEAR = 10


def _oxygen_ends_at(tokens: list[str], at: int) -> bool:
    """Whether an oxygen word ends at token `at` ("o2", "oxygen", or "o" "2")."""
    return tokens[at] in OXYGEN_WORDS or (at > 0 and tokens[at - 1 : at + 1] == ["o", "2"])


def _oxygen_fitting_before(doc: Document, span: Span) -> bool:
    """Whether an oxygen fitting is told before the span in its clause ("the O2 flowmeter was
    running into the tubing ..."), with no air (other than room air) named from it to the end
    of the span's clause."""
    tokens = doc.tokens
    fitting = next(
        (
            i
            for i in doc.before_in_clause(span[0], UNUSED_FITTING_NEAR)
            if tokens[i] in OXYGEN_FITTING_WORDS and i > 0 and _oxygen_ends_at(tokens, i - 1)
        ),
        None,
    )
    if fitting is None:
        return False
    clause_end = max(doc.after_in_clause(span[0], span[0], len(tokens)), default=span[1] - 1)
    return not any(
        tokens[i] == AIR_WORD and tokens[i - 1] != ROOM_WORD for i in range(fitting, clause_end + 1)
    )


def unused_device_on_the_oxygen(analysis: Analysis) -> list[Span]:
    """Spans of a set-up told unused whose clause tells the oxygen fitting feeding it, with no
    air named (see the module): the oxygen went unused, no air set-up did (dev-178915)."""
    doc = analysis.doc
    return [
        span
        for span in analysis.found.get(concept_label(SET_UP_NOT_IN_USE_CONCEPT), [])
        if _oxygen_fitting_before(doc, span)
    ]


#: The concepts that read a feeding tube's place in the airway (the tube or film read in it).
AIRWAY_PLACE_CONCEPTS = ("misplaced_respiratory", "tube_found_in_airway", "tube_told_in_airway")
#: Words that put what follows at the time of the passing ("during insertion", "as the tube
#: was being passed", "while inserting it").
DURING_WORDS = frozenset({"during", "while", "whilst", "as", "on", "mid"})
PASSING_WORDS = frozenset(
    {
        *("insertion", "inserting", "inserted", "passing", "passage", "passed", "placement"),
        *("placing", "advancing", "advanced", "advancement", "threading"),
    }
)
#: Words of a film or its report: the airway then seen after the passing, a misplacement.
FILM_WORDS = frozenset(
    {"xray", "x", "cxr", "film", "radiograph", "radiology", "radiologist", "pacs", "report"}
)
#: Verbs of the tube taken back out at once.
WITHDRAWN_WORDS = frozenset(
    {
        *("withdrew", "withdrawn", "withdrawing", "withdraw", "removed", "pulled", "retracted"),
        *("retrieved", "removing", "out"),
    }
)
#: Tokens after a time word within which its passing word comes.
PASSING_REACH = 5


def _passing_time_before(tokens: list[str], sentence: range, at: int) -> bool:
    """Whether the span at `at` follows, in its sentence, a time of the passing ("during
    insertion", "as the tube was being passed") and no word of a film."""
    passing = False
    for i in sentence:
        if i >= at:
            break
        if tokens[i] in FILM_WORDS:
            return False
        if tokens[i] in DURING_WORDS and not PASSING_WORDS.isdisjoint(
            tokens[i + 1 : min(at, i + 1 + PASSING_REACH)]
        ):
            passing = True
    return passing


def airway_seen_while_passing(analysis: Analysis) -> dict[str, list[Span]]:
    """The airway-place spans told while the tube was still being passed and withdrawn in the
    same sentence, by concept (see the module)."""
    doc, tokens = analysis.doc, analysis.doc.tokens
    found: dict[str, list[Span]] = {}
    for concept in AIRWAY_PLACE_CONCEPTS:
        for span in analysis.concept(concept):
            sentence = range(*doc.sentence_tokens(doc.sentence_of[span[0]]))
            after = [tokens[i] for i in sentence if i >= span[1]]
            if WITHDRAWN_WORDS.isdisjoint(after):
                continue
            if _passing_time_before(tokens, sentence, span[0]):
                found.setdefault(concept, []).append(span)
    return found


#: The airway place of a tip told at the windpipe's fork, and the words of the fork.
CARINA_PLACE_CONCEPT = "misplaced_respiratory"
CARINA_WORDS = frozenset({"carina", "carinal"})
#: Words of the tube pushed on ("advanced 15cm"), and of it pushed further ("pushed in further",
#: "a further 10cm"; not "further xray requested"): after a verb of pushing or before a length.
ADVANCED_WORDS = frozenset({"advanced", "advance", "advancing", "advancement", "readvanced"})
FURTHER_WORDS = frozenset({"further", "deeper"})
PUSHING_WORDS = frozenset({"pushed", "inserted", "passed", "threaded", "moved", "in", "down"})
#: Words of a tip told too high: "too" before them ("too high", "too short").
TOO_HIGH_WORDS = frozenset({"high", "short", "proximal", "shallow"})
#: Words of the tube taken out or passed anew: an advancing told after them is the new tube's.
REPASSED_WORDS = WITHDRAWN_WORDS | frozenset(
    {
        *("repassed", "re-passed", "resited", "re-sited", "reinserted", "re-inserted"),
        *("replaced", "new", "re", "removal", "withdrawal"),
    }
)
#: Sentences after the carina's own within which the tube is told short or advanced.
SHORT_TOLD_SENTENCES = 1
#: Tokens before "enough" within which its "not" stands ("not far enough", "not deep enough").
ENOUGH_NOT_BEFORE = 3


def _short_or_advanced_at(tokens: list[str], i: int) -> bool:
    """Whether token `i` tells the tube short of its place or pushed on ("not far enough",
    "too high", "advanced")."""
    token = tokens[i]
    if token in ADVANCED_WORDS:
        return True
    if token in FURTHER_WORDS:
        length_after = i + 1 < len(tokens) and tokens[i + 1][:1].isdigit()
        return length_after or (i > 0 and tokens[i - 1] in PUSHING_WORDS)
    if token == "enough":
        return "not" in tokens[max(0, i - ENOUGH_NOT_BEFORE) : i]
    return token in TOO_HIGH_WORDS and i > 0 and tokens[i - 1] == "too"


def carina_tip_short_of_the_stomach(analysis: Analysis) -> list[Span]:
    """The carina spans of the airway concept told, after them in their sentence or the next,
    as short of the stomach or advanced, with no withdrawal or re-passing between (see the
    module)."""
    doc, tokens = analysis.doc, analysis.doc.tokens
    found = []
    for span in analysis.concept(CARINA_PLACE_CONCEPT):
        if CARINA_WORDS.isdisjoint(tokens[span[0] : span[1]]):
            continue
        sentence = doc.sentence_of[span[0]]
        last = min(sentence + SHORT_TOLD_SENTENCES, doc.sentence_of[-1])
        _, end = doc.sentence_tokens(sentence, last)
        for i in range(span[1], end):
            if tokens[i] in REPASSED_WORDS:
                break
            if _short_or_advanced_at(tokens, i):
                found.append(span)
                break
    return found


def add_tube_and_air_reasoning(analysis: Analysis) -> None:
    """Add a giving down a tube of unknown place that the airway answered (see
    `tube_used_unchecked`) to its concept, in a report naming a gastric tube; drop the patient
    told on the air by a possessive, an owner or a clause of the device's own
    (`patients_device_on_air`); add the patient told still on another supply, or the device
    told put on after the catch, to the device not yet on (`patient_still_on_another_supply`,
    `device_put_on_after_the_catch`), but drop from it a device told fitted badly
    (`device_fitted_badly`) or a flow turned up on a patient told on the air
    (`flow_turned_up_on_the_patient`), and from it and from the prevented cues a "before" the
    report then tells put on with no catch (`device_put_on_later`); drop from the time told on
    the air the device's connection then (`connection_told_as_time`); drop from the set-up not
    in use one the oxygen fed (`unused_device_on_the_oxygen`); add the oxygen device put on the
    air fitting told as "the same" one (`same_air_fitting`); drop the airway told while the
    tube was still being passed (`airway_seen_while_passing`) and the carina of a tip told short
    of the stomach or advanced (`carina_tip_short_of_the_stomach`)."""
    if analysis.concept(GASTRIC_TUBE_CONCEPT):
        analysis.add_found(concept_label(UNCHECKED_USE_CONCEPT), tube_used_unchecked(analysis))
        for concept, spans in airway_seen_while_passing(analysis).items():
            analysis.remove_found(concept_label(concept), spans)
        if short := carina_tip_short_of_the_stomach(analysis):
            analysis.remove_found(concept_label(CARINA_PLACE_CONCEPT), short)
    if owned := patients_device_on_air(analysis):
        analysis.remove_found(concept_label(PATIENT_ON_AIR_CONCEPT), owned)
    if still := patient_still_on_another_supply(analysis):
        analysis.add_found(concept_label(NOT_YET_ON_CONCEPT), still)
    if later := device_put_on_after_the_catch(analysis):
        analysis.add_found(concept_label(NOT_YET_ON_CONCEPT), later)
    if badly := (
        device_fitted_badly(analysis)
        + device_not_on_the_supply(analysis)
        + flow_turned_up_on_the_patient(analysis)
    ):
        analysis.remove_found(concept_label(NOT_YET_ON_CONCEPT), badly)
    if put_on := device_put_on_later(analysis):
        analysis.remove_found(concept_label(NOT_YET_ON_CONCEPT), put_on)
        analysis.context.drop_prevented_overlapping(put_on)
    if oxygen_unused := unused_device_on_the_oxygen(analysis):
        analysis.remove_found(concept_label(SET_UP_NOT_IN_USE_CONCEPT), oxygen_unused)
    if connected := connection_told_as_time(analysis):
        analysis.remove_found(concept_label(AIR_TIME_CONCEPT), connected)
    if same := same_air_fitting(analysis):
        analysis.add_found(concept_label(AIR_FITTING_CONCEPT), [(at - 2, at) for _, at in same])
        analysis.add_found(concept_label(OXYGEN_DEVICE_ON_AIR_CONCEPT), same)


# ---------------------------------------------------------------------- 15: air on the patient

#: Words of a saturation reading.
SATURATION_WORDS = frozenset({"sats", "spo2", "saturations", "saturation", "sat", "sao2"})
#: ... and their first halves as the tokenizer splits "SpO2" ("spo", "2"): the "2" is the
#: name's, the reading the number after it.
SPLIT_SATURATION_WORDS = frozenset({"spo", "sao"})
SPLIT_SATURATION_END = "2"
#: Units of time passing.
TIME_UNITS = frozenset({"min", "mins", "minutes", "hr", "hrs", "hour", "hours", "h"})
#: Tokens after a saturation word within which its number comes.
READING_NEAR = 4
#: Sentences after the connection's last within which the patient is told on it.
ON_AIR_SENTENCES = 2
#: Concepts telling the device not yet on a patient or none on it.
NOT_ON_PATIENT_CONCEPTS = (
    NOT_YET_ON_CONCEPT,
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
    if _not_on_patient_between(analysis, first, last + ON_AIR_SENTENCES):
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
        if _saturation_reading(tokens, i, end) or _elapsed(tokens, i, start, end):
            return True
    return False


#: Words of the device joined to the outlet, in a reach cue that is the connection itself ("had
#: been connected"), not the patient on it ("had been on the air flowmeter ... for 2 hours").
CONNECTING_WORDS = frozenset({"connected", "attached", "plugged", "hooked", "joined", "put"})


def connection_before_the_patient(
    analysis: Analysis, span: Span, evidence: tuple[Span, ...]
) -> bool:
    """Whether a reach cue (`span`: "had been connected") is the connection of the device to the
    air itself, one of the finding's `evidence`, while the device is told not yet on the patient
    or set up for none in the finding's sentences ("the O2 circuit ... had been connected to the
    air outlet by the student, it had not yet been attached to the trachy mask - pt still on the
    old circuit"): the error made, not the air reaching anyone. A cue with no connecting word
    ("had been on the air flowmeter ... for 2 hours") tells the patient on it."""
    tokens = analysis.doc.tokens
    if CONNECTING_WORDS.isdisjoint(tokens[span[0] : span[1]]):
        return False
    if not any(span[0] < e[1] and e[0] < span[1] for e in evidence):
        return False
    first = min(analysis.sentence(e) for e in evidence)
    last = max(analysis.sentence(e) for e in evidence) + ON_AIR_SENTENCES
    return _not_on_patient_between(analysis, first, last)


def _not_on_patient_between(analysis: Analysis, first: int, last: int) -> bool:
    """Whether a device not yet on a patient, or none on it, is told in sentences
    `first`..`last`."""
    return any(
        first <= analysis.sentence(told) <= last
        for concept in NOT_ON_PATIENT_CONCEPTS
        for told in analysis.concept(concept)
    )


def _saturation_reading(tokens: list[str], i: int, end: int) -> bool:
    """Whether tokens[i] opens a saturation with its number ("sats 85%", "SpO2 90%", read as
    "spo" "2" "90")."""
    if (
        tokens[i] in SPLIT_SATURATION_WORDS
        and i + 1 < end
        and tokens[i + 1] == SPLIT_SATURATION_END
    ):
        i += 1
    elif tokens[i] not in SATURATION_WORDS:
        return False
    return any(_number(tokens[j]) for j in range(i + 1, min(end, i + 1 + READING_NEAR)))


def _elapsed(tokens: list[str], i: int, start: int, end: int) -> bool:
    """Whether tokens[i] opens a time told passing ("40 min later", "for 2 hours", "over 20
    mins"), not a time of day or a delay of something else ("transfer 15 min late")."""
    if not (_number(tokens[i]) and i + 1 < end and tokens[i + 1] in TIME_UNITS):
        return False
    later = i + 2 < end and tokens[i + 2] in LATER_WORDS
    lead = any(tokens[j] in DURATION_WORDS for j in range(max(start, i - 2), i))
    return later or lead
