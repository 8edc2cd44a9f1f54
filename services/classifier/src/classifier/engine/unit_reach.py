"""Whose going-in a word of giving tells, in a wrong-unit story (never event 12, near miss 12).

A report of a unit stopped at the bedside check often has words of giving that tell something
else than the wrong unit going in: the porter "given the wrong pt's collection slip", the
"massive haemorrhage protocol running for pt in resus bay 3", the "O neg units from the ED
fridge were running" while the group A unit meant for the next bay was refused. Read as the
wrong unit's reach, they make a unit "never spiked" and sent "straight back to the lab" a never
event. Three readings, each of what the word of giving is said of:

- a paper handed to a person: "given" whose object is a paper (a slip, form, label, list...),
  maybe after its owner ("the wrong pt's collection slip", "bed 14's slip");
- a process running: a word of running whose subject is a protocol, list or clinic, not a
  unit ("MHP running", "the list was running");
- other units going in: a sentence that tells only units whose group the report judges ABO
  compatible with the recipient, when another unit's group is incompatible (the emergency O
  units running before the wrong group-specific unit came): their going-in is not the wrong
  unit's;
- a set primed: a word of running told of the giving set or line filled before it is joined
  to the patient ("the giving set was run through", "ran the set through", "run through the
  warmer to prime it"), or a flush told of another fluid ("cannula flushed with saline
  ready"): steps before the unit's connection, which a catch told after them still stops; not
  a running told with how long or fast it ran ("primed and run over 2 hrs": the unit went in).

An organ's reach is its implantation: a step told of its bench preparation on the back table
("bench preparation of the vessels completed on the back table") is done off the patient
(`prepared_off_the_patient`, asked by the rules' reach reading of never event 12).

`told_of_something_else` is asked by `engine.medicine_reach` of each word of giving of a blood
component; `paper_handed` and `set_primed` also by the rules' reach filter
(`never_events._paper_handed`, `never_events._unit_not_yet_in`).
Pure: tokens in, verdicts out; no taxonomy, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from classifier.engine.blood_groups import pairings
from classifier.engine.text import PRIMING_WORDS

#: Papers a person may be "given" ("porter given slip for bed 14"): a reach word handing over
#: a paper names no product given; and the words that may come between ("the wrong slip").
PAPER_NOUNS = frozenset(
    {"slip", "slips", "form", "forms", "paperwork", "sheet", "note", "notes", "card", "list"}
    | {"request", "label", "labels", "sticker", "stickers", "details", "docket", "chit"}
)
PAPER_FILLERS = frozenset(
    {"the", "a", "an", "wrong", "incorrect", "another", "other", "collection", "both"}
)
#: Words naming whose paper it was, before a possessive "s" ("the wrong pt's slip", "bed 14's
#: slip", "both pts' slips"): fillers too when the possessive follows.
_OWNER_WORDS = frozenset({"pt", "pts", "patient", "patients", "bed", "bay", "lady", "man"})
PAPER_AFTER = 6
#: Words of giving that tell a paper handed only as "given" ("was given the wrong slip").
_GIVEN = frozenset({"given"})
#: Words of running, and what runs that is no unit: a protocol, list or clinic ("MHP running",
#: "massive haemorrhage protocol running for pt in bay 3", "the list was running").
RUN_WORDS = frozenset({"run", "ran", "running"})
PROCESS_WORDS = frozenset(
    {"protocol", "protocols", "mhp", "mtp", "moh", "list", "lists", "clinic", "session", "pathway"}
)
#: Words between a subject and its running ("the list was running", "MHP still running").
_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "still", "already", "now", "had"})
#: Words of priming told after a running ("run through the warmer to prime it"): the set
#: filled with the unit, not the patient (`text.PRIMING_WORDS`); and how far after the running
#: they are read.
PRIME_AFTER = 8
#: ... or just before it ("set primed, ran it through"), with no joining to the patient between
#: ("primed, connected to the pt and run for 10 mins").
PRIME_BEFORE = 4
PATIENT_JOINED_WORDS = frozenset({"connected", "attached", "spiked", "started", "commenced"})
#: Words of how long or how fast a running went on ("run over 2 hrs", "ran for 20 mins", "run
#: at 100ml/hr", "ran overnight"), read in the few tokens after it: a running told with its time
#: or rate is the unit going into the patient, not the set primed, whatever priming came first
#: ("primed and run over 2 hrs").
RUN_TIME_WORDS = frozenset(
    {"min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "overnight", "ml", "mls"}
)
RUN_TIME_AFTER = 4
#: The set or line a running is told of as its subject ("the giving set was run through") or
#: object ("ran the set through"): the line filled before it is joined to anyone.
SET_NOUNS = frozenset({"set", "sets", "line", "lines"})
#: Words that may come between a running and the set it runs ("ran the giving set through").
_SET_FILLERS = frozenset({"the", "a", "her", "his", "their", "giving", "blood", "new"})
SET_AFTER = 4
#: A flush told of another fluid ("cannula flushed with saline ready"): the line readied, not
#: the unit given; the words of its fluid and how far after the flush they are read.
FLUSH_WORDS = frozenset({"flushed", "flush", "flushing"})
FLUSH_FLUIDS = frozenset(
    {"saline", "nacl", "sodium", "water", "wfi", "hartmann", "hartmanns", "heparin", "hepsal"}
)
FLUSH_WITH = frozenset({"with", "w", "using"})
FLUSH_AFTER = 5
#: Words of an organ's bench preparation, off the patient ("bench prep", "on the back table"),
#: and the words of the implantation that is its reach even beside them ("after bench
#: preparation on the back table the kidney was implanted"); how far from the step they are read.
BENCH_WORDS = frozenset({"bench", "backtable"})
TABLE_WORD = "table"
BACK_WORD = "back"
IMPLANTED_WORDS = frozenset(
    {"implanted", "transplanted", "anastomosed", "reperfused", "grafted", "perfused"}
)
BENCH_REACH = 10


def paper_handed(tokens: Sequence[str], at: int) -> bool:
    """Whether the "given" at token `at` hands someone a paper ("porter given slip for bed 14
    by mistake", "was given the wrong collection slip", "porter given the wrong pt's collection
    slip"), not a product to the patient."""
    if tokens[at] not in _GIVEN:
        return False
    for k in range(at + 1, min(len(tokens), at + 1 + PAPER_AFTER)):
        token = tokens[k]
        if token in PAPER_NOUNS:
            return True
        owner = token in _OWNER_WORDS or token[:1].isdigit()
        if token == "s" or (owner and k + 1 < len(tokens) and tokens[k + 1] in ("s", "pts")):
            continue
        if token not in PAPER_FILLERS and not owner:
            return False
    return False


def _process_running(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> bool:
    """Whether the word of running at `at` is said of a protocol, list or clinic."""
    if tokens[at] not in RUN_WORDS:
        return False
    k = at - 1
    while k >= 0 and sentence_of[k] == sentence_of[at] and tokens[k] in _AUXILIARIES:
        k -= 1
    return k >= 0 and sentence_of[k] == sentence_of[at] and tokens[k] in PROCESS_WORDS


def _set_run(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> bool:
    """Whether the running at `at` is told of the set or line, as its subject ("the giving set
    was run through") or its object ("ran the set through")."""
    k = at - 1
    while k >= 0 and sentence_of[k] == sentence_of[at] and tokens[k] in _AUXILIARIES:
        k -= 1
    if k >= 0 and sentence_of[k] == sentence_of[at] and tokens[k] in SET_NOUNS:
        return True
    for i in range(at + 1, min(len(tokens), at + 1 + SET_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return False
        if tokens[i] in SET_NOUNS:
            return True
        if tokens[i] not in _SET_FILLERS:
            return False
    return False


def _primed(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> bool:
    """Whether a word of priming follows the running at `at` in its sentence ("run through the
    warmer set to prime it"), or comes just before it with no joining between ("set primed,
    ran it through")."""
    for i in range(at + 1, min(len(tokens), at + 1 + PRIME_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            break
        if tokens[i] in PRIMING_WORDS:
            return True
    for i in range(at - 1, max(-1, at - 1 - PRIME_BEFORE), -1):
        if sentence_of[i] != sentence_of[at] or tokens[i] in PATIENT_JOINED_WORDS:
            return False
        if tokens[i] in PRIMING_WORDS:
            return True
    return False


def _flushed_with_another_fluid(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> bool:
    """Whether the flush at `at` is told of another fluid ("flushed with saline ready")."""
    if tokens[at] not in FLUSH_WORDS:
        return False
    after = [
        i
        for i in range(at + 1, min(len(tokens), at + 1 + FLUSH_AFTER))
        if sentence_of[i] == sentence_of[at]
    ]
    return any(tokens[i] in FLUSH_WITH for i in after) and any(
        tokens[i] in FLUSH_FLUIDS for i in after
    )


def _run_for_a_time(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> bool:
    """Whether the running at `at` is told with how long or how fast it ran (RUN_TIME_WORDS, or
    a number joined to one: "100ml/hr", "20mins") in the few tokens after it."""
    for i in range(at + 1, min(len(tokens), at + 1 + RUN_TIME_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return False
        token = tokens[i]
        if token in RUN_TIME_WORDS or (
            token[:1].isdigit() and token.lstrip("0123456789.").split("/")[0] in RUN_TIME_WORDS
        ):
            return True
    return False


def set_primed(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> bool:
    """Whether the word of giving at `at` tells the set primed (run through as the set's
    running, or followed by a word of priming) or the line flushed with another fluid: a step
    before the unit is connected to the patient, not its going in."""
    if tokens[at] in RUN_WORDS:
        if _run_for_a_time(tokens, sentence_of, at):
            return False
        return _set_run(tokens, sentence_of, at) or _primed(tokens, sentence_of, at)
    return _flushed_with_another_fluid(tokens, sentence_of, at)


def _names_the_bench(tokens: Sequence[str], at: int) -> bool:
    """Whether token `at` names an organ's bench preparation ("bench", "back table")."""
    token = tokens[at]
    return token in BENCH_WORDS or (token == TABLE_WORD and at > 0 and tokens[at - 1] == BACK_WORD)


def prepared_off_the_patient(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> bool:
    """Whether the step at `at` is told of an organ's bench preparation ("bench preparation of
    the vessels completed on the back table"): the bench or back table named near it in its
    sentence, and no implanting word there ("after bench preparation the kidney was
    implanted")."""
    near = [
        i
        for i in range(max(0, at - BENCH_REACH), min(len(tokens), at + 1 + BENCH_REACH))
        if sentence_of[i] == sentence_of[at]
    ]
    return any(_names_the_bench(tokens, i) for i in near) and not any(
        tokens[i] in IMPLANTED_WORDS for i in near
    )


def compatible_unit_sentences(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int]
) -> frozenset[int]:
    """The sentences that tell only units judged ABO compatible with the recipient, in a report
    that judges another unit incompatible ("O neg units from ED fridge were running"); empty
    when no unit is judged incompatible."""
    found = pairings(tokens, sentence_of, clause_breaks)
    wrong = {sentence_of[p.component.start] for p in found if not p.compatible}
    if not wrong:
        return frozenset()
    return frozenset({sentence_of[p.component.start] for p in found if p.compatible} - wrong)


def told_of_something_else(
    tokens: Sequence[str], sentence_of: Sequence[int], at: int, compatible_units: frozenset[int]
) -> bool:
    """Whether the word of giving at `at` tells a paper handed, a process running, the set
    primed or other, compatible units going in (`compatible_unit_sentences`), not the wrong
    unit's reach."""
    return (
        paper_handed(tokens, at)
        or _process_running(tokens, sentence_of, at)
        or set_primed(tokens, sentence_of, at)
        or sentence_of[at] in compatible_units
    )
