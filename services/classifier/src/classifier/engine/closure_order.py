"""When was a missing item found: before the wound was closed, or after? (word order, no phrases)

A count that is short "at closure" is a near miss of never event 3 only when the item was
found and removed before the procedure ended ("found in the pelvis before closing"); the same
count followed by "wound closed ... swab seen on CT 2 weeks later" is a retained object. A
fixed phrase cannot tell the two apart, the order of the events can:

- a *retrieval* is a verb of finding or removing the item (found, removed, retrieved, seen...);
- it is *before closure* when a "before / prior to" clause about closing or finishing follows
  it closely ("removed before the repair was completed", "taken out prior to skin closure");
- it is *after closure* when a completed closure or a later-care marker precedes it in the
  narrative ("pt closed anyway ... swab removed", "after closure ... xray showed the swab") or
  a later-care marker follows it closely ("found on CT 2 weeks later", "removed at
  relaparotomy").

A closure word that a "before / prior to / without" governs ("before the wound was closed") is
the point not yet reached, not a completed closure.
"""

from __future__ import annotations

from dataclasses import dataclass

from classifier.engine.text import Span, word_shortly_before

#: Verbs of finding or removing a missing item.
RETRIEVAL_WORDS = frozenset(
    {
        "found",
        "located",
        "retrieved",
        "removed",
        "recovered",
        "felt",
        "palpated",
        "seen",
        "showed",
        "shown",
        "revealed",
        "identified",
        "confirmed",
        "extracted",
        "discovered",
        "visible",
        "pulled",
        "withdrawn",
    }
)
#: Words that put what follows them in the future ("before the wound was closed").
BEFORE_WORDS = frozenset({"before", "prior", "until", "without", "pre"})
#: Words of closing or finishing the procedure, after a "before".
CLOSING_WORDS = frozenset(
    {
        "closure",
        "closing",
        "closed",
        "close",
        "completed",
        "complete",
        "completion",
        "finished",
        "finishing",
        "end",
        "ended",
        "leaving",
        "left",
        "sutured",
        "suturing",
        "stapled",
        "extubation",
        "extubated",
        "waking",
        "dressing",
        "dressed",
        "drapes",
        "securing",
        "secured",
    }
)
#: Words that state the closure happened ("pt closed", "wound was sutured", "wound reopened").
CLOSED_WORDS = frozenset({"closed", "sutured", "stapled", "reopened", "re-opened"})
#: Nouns of closing that, after "after / following / post", state the closure happened.
CLOSURE_NOUNS = frozenset({"closure", "closing", "surgery", "procedure", "operation", "op"})
AFTER_WORDS = frozenset({"after", "following", "post"})
#: Words that deny a closure just after them ("skin not closed", "yet to be closed").
NOT_DONE_WORDS = frozenset({"not", "yet", "never", "unclosed"})
#: Tokens a not-done word may sit before the closing word it denies.
NOT_DONE_REACH = 3
#: Words of care after the procedure had ended.
LATER_WORDS = frozenset(
    {
        "later",
        "relaparotomy",
        "laparotomy",
        "relook",
        "reoperation",
        "readmitted",
        "readmission",
        "re-admitted",
        "recovery",
        "ward",
        "discharge",
        "discharged",
        "postop",
        "postoperative",
        "postoperatively",
        "postnatal",
        "postnatally",
        "clinic",
        "gp",
        "home",
    }
)
#: Tokens looked at after a retrieval for a "before ... closing" clause or a later marker.
LOOKAHEAD = 8
#: Tokens a "before" may sit from the closing word it governs.
BEFORE_REACH = 5


@dataclass(frozen=True, slots=True)
class Timing:
    """Retrievals judged before the closure (`before`) and after it (`after`)."""

    before: tuple[Span, ...]
    after: tuple[Span, ...]


def _governed_by_before(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a "before / prior to / without" sits in the `BEFORE_REACH` tokens before `at`."""
    return word_shortly_before(tokens, sentence_of, at, BEFORE_WORDS, BEFORE_REACH)


def _denied(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a "not / yet / never" sits in the `NOT_DONE_REACH` tokens before `at`."""
    return word_shortly_before(tokens, sentence_of, at, NOT_DONE_WORDS, NOT_DONE_REACH)


#: Words that make the operation itself, not a later one, of what follows them ("open
#: appendicectomy converted to laparotomy").
CONVERTED_WORDS = frozenset({"converted", "conversion", "converting", "convert"})
#: Tokens a conversion word may sit before the operation it names.
CONVERTED_REACH = 2
#: Words of the count at the end of the operation itself ("closing count on laparotomy").
OWN_COUNT_WORDS = frozenset({"count", "counts", "closing"})
#: Tokens a count word may sit before the operation it names.
OWN_COUNT_REACH = 3


def _converted_to(tokens: list[str], at: int) -> bool:
    """Whether the operation at `at` is the same procedure converted ("converted to laparotomy")."""
    return not CONVERTED_WORDS.isdisjoint(tokens[max(0, at - CONVERTED_REACH) : at])


def _counted_in(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the operation at `at` is the one whose count is told ("closing count on
    laparotomy"), not a later one ("swab removed at laparotomy")."""
    return word_shortly_before(tokens, sentence_of, at, OWN_COUNT_WORDS, OWN_COUNT_REACH)


def _closure_done_at(tokens: list[str], sentence_of: list[int], i: int) -> bool:
    """Whether token `i` states that the procedure had been closed / had ended ("wound not
    closed" and "before the wound was closed" do not)."""
    token = tokens[i]
    if token in CLOSED_WORDS:
        return not _governed_by_before(tokens, sentence_of, i) and not _denied(
            tokens, sentence_of, i
        )
    if token in CLOSURE_NOUNS and i > 0 and tokens[i - 1] in AFTER_WORDS:
        return True
    if token in LATER_WORDS:
        return (
            not _governed_by_before(tokens, sentence_of, i)
            and not _converted_to(tokens, i)
            and not _counted_in(tokens, sentence_of, i)
        )
    return token == "out" and i > 0 and tokens[i - 1] == "sign"


#: The tokens `_closure_done_at` can accept (a cheap test before calling it).
_CLOSURE_DONE_CANDIDATES = CLOSED_WORDS | CLOSURE_NOUNS | LATER_WORDS | {"out"}


def _before_closure_after(tokens: list[str], sentence_of: list[int], at: int) -> int | None:
    """The end of a "before ... closing" clause closely after token `at`, if any."""
    sentence = sentence_of[at]
    stop = min(len(tokens), at + 1 + LOOKAHEAD)
    for i in range(at + 1, stop):
        if sentence_of[i] != sentence:
            return None
        if tokens[i] not in BEFORE_WORDS:
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + BEFORE_REACH)):
            if sentence_of[j] != sentence:
                return None
            if tokens[j] in CLOSING_WORDS:
                return j + 1
        return None
    return None


def _later_marker_after(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a later-care word closely follows token `at` in its sentence."""
    sentence = sentence_of[at]
    for i in range(at + 1, min(len(tokens), at + 1 + LOOKAHEAD)):
        if sentence_of[i] != sentence or tokens[i] in BEFORE_WORDS:
            return False
        if tokens[i] in LATER_WORDS:
            return True
    return False


def _spelled_out(tokens: list[str]) -> list[str]:
    """The tokens with hurried spellings of "before" ("b4", read as "b" "4"; "bfr") written
    out, token positions unchanged."""
    out = list(tokens)
    for i, token in enumerate(tokens):
        if token == "bfr" or (token == "b" and i + 1 < len(tokens) and tokens[i + 1] == "4"):
            out[i] = "before"
    return out


def timing(tokens: list[str], sentence_of: list[int]) -> Timing:
    """Each retrieval of the narrative judged before or after the closure by word order (a
    retrieval with no cue either way is in neither)."""
    tokens = _spelled_out(tokens)
    before: list[Span] = []
    after: list[Span] = []
    closed_seen = False
    for i, token in enumerate(tokens):
        if token in RETRIEVAL_WORDS:
            end = _before_closure_after(tokens, sentence_of, i)
            if end is not None:
                before.append((i, end))
            elif closed_seen or _later_marker_after(tokens, sentence_of, i):
                after.append((i, i + 1))
        if (
            not closed_seen
            and token in _CLOSURE_DONE_CANDIDATES
            and _closure_done_at(tokens, sentence_of, i)
        ):
            closed_seen = True
    return Timing(tuple(before), tuple(after))
