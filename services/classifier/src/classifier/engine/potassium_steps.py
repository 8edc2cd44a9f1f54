"""How far a strong potassium mis-selection got: caught before it went in, or given (4).

A strong potassium ampoule taken for another product (a saline flush, water for injections,
a diluent, a premixed bag) passes through steps: picked, drawn up, added to the vial or bag,
connected, then pushed, flushed, infused or given. The report tells the furthest step reached
in many words; what decides near miss 4 or never event 4 is whether a step putting the product
into the patient is told as done, or only the steps before it with a catch. One reading, in
place of lists of phrases:

- a *reach*: a word of the class of steps that put a product into a patient (given, gave,
  administered, infused, injected, flushed, pushed, ran, hung, started, "during the bolus",
  "after administration") told as done: not negated in the few words before it, the denial
  spanning a list ("nothing was mixed or given"); not told still to come ("before any flush
  given", "prior to", "about to") nor as a hypothetical ("nearly gave", "could have been
  given"); not a plan ("to give"), a preparation begun ("started drawing it up") nor an
  injection into a container ("injected into the vial"); and not a redo ("new dose made up with
  WFI ... given"). A reach told after a catch is the redo of the right product, unless told
  "already" done ("noticed the label ... but 4ml had already gone in");
- a *catch*: a reach denied ("nothing had been pushed", "not administered"), a step told
  still to come after a finding or a stop ("NIC stopped her before it was added"), or the wrong
  product ended before use ("discarded", "destroyed", "quarantined", "binned"). A stopped
  infusion or push is no catch: it had started.

These readings of one step are put together, in the telling's order, by
`engine.medicine_reach.medicine_reached`, which reads the other wrong medicines and routes
(never events 5 and 8) the same way.
"""

from __future__ import annotations

from classifier.engine.text import Document

#: Words of the steps that put a product into the patient.
REACH_WORDS = frozenset(
    {
        *("given", "gave", "give", "administered", "infused", "injected", "flushed", "pushed"),
        *("ran", "running", "run", "hung", "received", "bolused", "infusing", "went", "gone"),
        *("started", "commenced"),
    }
)
#: Reach words that also tell a plan after "to" ("to give", "to run", "to push").
REACH_PLAN_FORMS = frozenset({"give", "run", "push"})
#: Reach words that are one only followed by "in" ("went in", "gone in", not "went to flush").
REACH_INTO_ONLY = frozenset({"went", "gone"})
INTO_WORDS = frozenset({"in", "into", "through"})
#: Reach words of a start, which may start a preparation ("started drawing it up").
STARTED_WORDS = frozenset({"started", "commenced"})
#: Containers a product is put into while made up, not the patient ("injected into the vial").
CONTAINER_WORDS = frozenset({"vial", "vials", "bag", "bags", "syringe", "bottle", "burette"})
#: How many words after a reach its container is read in.
INTO_CONTAINER_AFTER = 4
#: Words joining a denied list ("not drawn up or given").
DISJUNCTION_WORDS = frozenset({"or", "nor"})
#: How many words before a reach its denial is read in ("nothing had been given").
DENIAL_BEFORE = 3
#: Words before a reach that deny it ("not given", "nothing pushed", "had not been").
NOT_REACHED_BEFORE = frozenset(
    {
        *("not", "no", "nothing", "none", "never", "nt", "without", "neither", "nor"),
        *("wasn", "hadn", "didn", "isn", "hadnt", "wasnt", "didnt", "weren"),
    }
)
#: Words before a reach that tell it still to come, not denied ("before any flush given",
#: "b4 it was given", "prior to", "until", "due to be", "if given"): "before it was hung" tells
#: it hung.
STILL_TO_COME_BEFORE = frozenset({"before", "bfr", "prior", "until", "till", "due", "if"})
#: ... and "about" before "to" ("about to flush"; not "about 5ml pushed").
ABOUT_WORD = "about"
#: The word after a reach that a denial before it reaches over ("no midazolam had been given
#: yet", "none of it had gone in yet"): the denial may stand further back than DENIAL_BEFORE.
YET_WORD = "yet"
#: Hypothetical words before a reach ("could have been given").
HYPOTHETICAL_BEFORE = frozenset(
    {"could", "would", "might", "may", "risk", "potentially", "nearly", "almost"}
)
#: Words of a redo or another product in the reach's clause, before it ("new dose made up with
#: WFI ... given", "correct ampoule drawn up and given", "given orally instead").
REDO_BEFORE = frozenset(
    {
        *("new", "fresh", "correct", "correctly", "redrawn", "remade", "replacement"),
        *("re", "again"),
    }
)
#: The word telling a reach done before the catch told ahead of it.
ALREADY_WORD = "already"
#: Words of a catch ending the wrong product before use.
CATCH_WORDS = frozenset(
    {
        *("discarded", "destroyed", "quarantined", "binned", "disposed"),
        *("withheld", "intercepted"),
    }
)
#: Words of a finding or a stop, told ahead of a step still to come ("stopped her before it was
#: added", "identified before any flush given").
FINDING_WORDS = frozenset(
    {
        *("stopped", "noticed", "spotted", "identified", "read", "saw", "realised", "realized"),
        *("queried", "caught", "intercepted", "found", "checked", "recognised"),
    }
)
#: ... told in the present or the bare verb, as a report in the historic present or by a writer
#: whose first language is not English tells it ("my mentor see it in my hand before I draw
#: up", "she spots it before it is drawn up"): the same finding. ("seen", "find" and "check"
#: are left out: "seen by the doctor before", "went to find", "check before giving" tell no
#: finding.)
FINDING_PRESENT_WORDS = frozenset(
    {
        *("see", "sees", "notice", "notices", "spot", "spots", "stops", "catches"),
        *("realise", "realises", "realize", "realizes", "identifies", "queries", "intercepts"),
    }
)
#: Words making a "before" a time gone ("stock from before the change").
TIME_FROM_WORDS = frozenset({"from", "since"})
#: A question asked ("asked the nurse if that was his tablets"), whose "if" is no condition.
ASKING_IF_WORDS = frozenset({"if", "whether"})
ASKING_WORDS = frozenset({"asked", "asking", "wondered", "queried", "questioned"})
ASKING_BEFORE = 4
#: The giving told as the time of a finding ("found after administration", "bradycardia during
#: the bolus", "VT during the slow push").
DURING_WORDS = frozenset({"after", "during"})
DURING_NOUNS = frozenset(
    {"administration", "bolus", "push", "infusion", "injection", "flush", "flushing"}
)
#: Words making the giving a check of it or a time before it ("pre-administration check").
PRE_WORDS = frozenset({"pre"})
CHECK_WORDS = frozenset({"check", "checks", "checking"})
#: How many words before its noun a time of giving is read in ("during the slow bolus").
DURING_BEFORE = 3
#: A purpose told just before the time word ("to flush the cannula after the bolus"): its "to",
#: the words after "to" that make it a place or a person, not a verb ("went to theatre after
#: the bolus", "handed to the midwife during the infusion"), and how many words before the time
#: word it is read in.
PURPOSE_TO = "to"
PURPOSE_NOT_VERBS = frozenset(
    {
        *("the", "a", "an", "her", "his", "their", "my", "our", "pt", "patient", "theatre"),
        *("recovery", "ward", "resus", "ed", "icu", "itu", "hdu", "me", "him", "them"),
        *("midwife", "nurse", "doctor", "anaesthetist", "sister", "cons", "reg"),
        # "found to be KCl after the flush": a finding's copula, not a purpose
        *("be", "been", "have"),
    }
)
#: Words before "to" that make it no purpose ("due to pain after the bolus", "prior to").
PURPOSE_NOT_BEFORE = frozenset({"due", "owing", "according", "prior", "next", "related", "close"})
PURPOSE_BEFORE = 5
#: How many words before a reach its denial, plan or redo is read in.
BEFORE_REACH = 6
#: How many sentences before the first sentence naming the product a reach may be told (the
#: act told first: "Flush given ... the ampoule was KCl").
REACH_BEFORE_PRODUCT = 1
#: Concepts naming the strong potassium product.
POTASSIUM_CONCEPTS = ("strong_potassium", "potassium_concentrate", "flush_from_potassium")


def _clause_start(doc: Document, at: int) -> int:
    """The first token of the clause and sentence holding token `at`."""
    sentence = doc.sentence_of[at]
    start = at
    breaks = doc.clause_breaks
    while start > 0 and doc.sentence_of[start - 1] == sentence and start not in breaks:
        start -= 1
    return start


def _still_to_come_word(tokens: list[str], at: int) -> bool:
    """Whether token `at` tells a step still to come ("before", "prior", "b4" read as "b" "4")."""
    token = tokens[at]
    return token in STILL_TO_COME_BEFORE or (token == "4" and at > 0 and tokens[at - 1] == "b")


def _sentence_start(doc: Document, at: int) -> int:
    """The first token of the sentence holding token `at`."""
    return doc.sentence_tokens(doc.sentence_of[at])[0]


def _denied_as_not_yet(doc: Document, at: int, clause: int) -> bool:
    """Whether the reach at `at` is followed by "yet" with a denial earlier in its clause ("no
    midazolam had been given yet", "none of it had gone in yet"): the step not reached."""
    tokens = doc.tokens
    if at + 1 >= len(tokens) or tokens[at + 1] != YET_WORD:
        return False
    start = max(clause, at - BEFORE_REACH)
    return any(token in NOT_REACHED_BEFORE for token in tokens[start:at])


def reach_told_done(doc: Document, at: int, into_words: frozenset[str] = INTO_WORDS) -> bool | None:
    """True for a reach told as done, False for one denied (a catch), None for one that is
    neither (still to come, hypothetical, a redo, a plan, a product put into a container).
    `into_words`: the words after "went" or "gone" that make it a reach ("went in"; a reading
    of where a line went may take "onto" and "to": "the IV line went onto the epidural")."""
    tokens = doc.tokens
    word = tokens[at]
    clause = _clause_start(doc, at)
    near = tokens[max(clause, at - DENIAL_BEFORE) : at]
    if any(token in DISJUNCTION_WORDS for token in near):
        # a denial spans its list ("nothing was mixed or given", "not added to the vial or
        # given")
        near = tokens[max(clause, at - BEFORE_REACH * 2) : at]
    if any(token in NOT_REACHED_BEFORE for token in near) or _denied_as_not_yet(doc, at, clause):
        return False
    before = tokens[max(clause, at - BEFORE_REACH) : at]
    # the container read in the reach's sentence ("had already gone in. Syringe discarded": no
    # container the dose went into)
    sentence_end = doc.sentence_tokens(doc.sentence_of[at])[1]
    after = tokens[at + 1 : min(sentence_end, at + 1 + INTO_CONTAINER_AFTER)]
    if any(token in HYPOTHETICAL_BEFORE for token in before):
        return None
    if any(_still_to_come_word(tokens, i) for i in range(max(clause, at - BEFORE_REACH), at)):
        return None
    window = range(max(clause, at - BEFORE_REACH), at)
    if any(tokens[i] == ABOUT_WORD and tokens[i + 1] == "to" for i in window):
        return None  # "about to flush"
    if word in REACH_PLAN_FORMS and at > 0 and tokens[at - 1] == "to":
        return None  # "to give", "to run"
    if word in REACH_INTO_ONLY and not (after and after[0] in into_words):
        return None  # "went to flush", not "went in"
    if word in STARTED_WORDS and after and (after[0] == "to" or after[0].endswith("ing")):
        return None  # "started drawing it up": a preparation begun
    if any(token in CONTAINER_WORDS for token in after):
        return None  # "injected into the vial", "added ... to the bag"
    sentence_start = _sentence_start(doc, at)
    if any(token in REDO_BEFORE for token in tokens[sentence_start:at]):
        return None
    return True


def _time_of_a_plan(tokens: list[str], during: int) -> bool:
    """Whether the time word at `during` tells when a step still to come was meant: a purpose
    ("to" and a verb) told just before it ("drew up 10ml to flush the cannula after the
    syntocinon bolus", "ready to give after the infusion"), not the time of a finding."""
    return any(
        tokens[i] == PURPOSE_TO
        and tokens[i + 1] not in PURPOSE_NOT_VERBS
        and not (i > 0 and tokens[i - 1] in PURPOSE_NOT_BEFORE)
        for i in range(max(0, during - PURPOSE_BEFORE), during - 1)
    )


def after_administration(tokens: list[str], at: int) -> bool:
    """Whether a reach is told as the time of a finding ("after administration", "during the
    bolus"); not the time a step still to come was planned for (`_time_of_a_plan`)."""
    if tokens[at] not in DURING_NOUNS or (at > 0 and tokens[at - 1] in PRE_WORDS):
        return False  # "the pre-administration check": before it
    if at + 1 < len(tokens) and tokens[at + 1] in CHECK_WORDS:
        return False  # "during the administration check": the check, not the giving
    return any(
        tokens[i] in DURING_WORDS and not _time_of_a_plan(tokens, i)
        for i in range(max(0, at - DURING_BEFORE), at)
    )


def stopped_before_a_step(doc: Document, at: int) -> bool:
    """Whether token `at` is a "before" of a step that a finding or a stop earlier in its
    sentence came ahead of ("NIC stopped her before it was added", "spotted it before it was
    connected"): the step not reached. ("not inverted before it was hung" tells it hung.)"""
    tokens = doc.tokens
    about_to = tokens[at] == ABOUT_WORD and at + 1 < len(tokens) and tokens[at + 1] == "to"
    if not _still_to_come_word(tokens, at) and not about_to:
        return False
    if at > 0 and tokens[at - 1] in TIME_FROM_WORDS:
        return False  # "old stock from before the change": a time, not a step
    if tokens[at] in ASKING_IF_WORDS and any(
        token in ASKING_WORDS for token in tokens[max(0, at - ASKING_BEFORE) : at]
    ):
        return False  # "asked the nurse if that was his tablets": a question, not a condition
    start = _sentence_start(doc, at)
    return any(
        (token in FINDING_WORDS or token in FINDING_PRESENT_WORDS)
        and not (i > start and tokens[i - 1] in NOT_REACHED_BEFORE)
        for i, token in enumerate(tokens[start:at], start)
    )  # "not checked with the nurse before giving": no finding


def told_as_already(doc: Document, at: int) -> bool:
    """Whether a reach is told as done ahead of what came before it in the telling ("noticed
    the label ... but about 4ml had already gone in")."""
    start = max(_clause_start(doc, at), at - BEFORE_REACH)
    return ALREADY_WORD in doc.tokens[start:at]
