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
  unit's.

`told_of_something_else` is asked by `engine.medicine_reach` of each word of giving of a blood
component; `paper_handed` also by the rules' reach filter (`never_events._paper_handed`).
Pure: tokens in, verdicts out; no taxonomy, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from classifier.engine.blood_groups import pairings

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
    """Whether the word of giving at `at` tells a paper handed, a process running or other,
    compatible units going in (`compatible_unit_sentences`), not the wrong unit's reach."""
    return (
        paper_handed(tokens, at)
        or _process_running(tokens, sentence_of, at)
        or sentence_of[at] in compatible_units
    )
