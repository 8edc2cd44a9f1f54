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
the point not yet reached, not a completed closure, and so is a closing step joined to the
governed one by "and" ("before the plate was finished and the wound closed"). A "before" told
right after a closure done ("wound closed before the count was finished") times the closure, not
a find: the closure was done with the count still open (`procedure_open.closed_before_the_clause`).
A closure told
waiting on the find ("Closure not started until it was found") puts that find, and every find
told before it, before the closure; its "not" denies the closure, not the find. A layer told
closed and then reopened ("re-opened") after a count came up short before or at the closing
undoes that closure: the operation goes on (dev-174329). A count told short at the end in a
sentence after the closure ("sutured. At the end count 4 swabs out of 5") keeps the find told
in the sentence after it before the end (dev-175301). An "after"
ending the sentence before a closing noun ("Count correct after. Closure ...") is no "after
closure".
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass

from classifier.engine.procedure_open import (
    closed_before_the_clause,
    first_end_told,
    found_while_open,
    open_sentences,
)
from classifier.engine.text import (
    Span,
    before_in_clause,
    word_shortly_after,
    word_shortly_before,
)

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
#: Words that make a closure wait on what follows them ("closure not started until it was
#: found", "closing held till the needle was located").
UNTIL_WORDS = frozenset({"until", "till", "til", "untill"})
#: Words that make a retrieval what ought to have been done, not what was ("a throat pack which
#: should have been removed before extubation", "was meant to be taken out"), within
#: `OUGHT_REACH` tokens before it.
OUGHT_WORDS = frozenset({"should", "ought", "supposed", "meant"})
OUGHT_REACH = 4
#: Words that put what follows them at the time of the retrieval ("while the line was being
#: sutured", "during closure"): a closing going on, not done.
WHILE_WORDS = frozenset({"while", "whilst", "during"})
#: Words that start a clause about the item itself ("a tampon which had been used during the
#: suturing"): a "while / during" after them is not the time of the retrieval.
RELATIVE_WORDS = frozenset({"which", "that", "who", "used", "inserted", "placed", "put"})
#: Words of closing the wound or securing the line, after a "while": the closure under way (not
#: "while the dressing was changed", a later visit).
CLOSING_UNDER_WAY_WORDS = frozenset(
    {"closure", "closing", "suturing", "sutured", "stapling", "stitching", "securing", "secured"}
)
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
        "down",
        # the legs out of lithotomy ends a perineal repair ("before her legs came down",
        # "before the woman's legs were taken out of lithotomy")
        "legs",
        "lithotomy",
        "stirrups",
    }
)
#: Words that state the closure happened ("pt closed", "wound was sutured", "wound reopened").
CLOSED_WORDS = frozenset({"closed", "sutured", "stapled", "reopened", "re-opened"})
#: Words of reopening: after a short count earlier in their sentence they are the same
#: operation ("count at skin closure 1 swab missing, surgeon reopened the wound"), not a return.
REOPENED_WORDS = frozenset({"reopened", "re-opened"})
#: The prefix a reopening is written with apart from its verb ("re-opened" reads "re" "opened").
RE_PREFIX = "re"
OPENED_WORD = "opened"


def _reopening_at(tokens: list[str], at: int) -> bool:
    """Whether token `at` tells the wound or a layer reopened ("reopened", "re-opened")."""
    return tokens[at] in REOPENED_WORDS or (
        tokens[at] == OPENED_WORD and at > 0 and tokens[at - 1] == RE_PREFIX
    )


#: Words of looking again in the wound: after a short count in their sentence or the
#: REOPENED_AFTER_SENTENCES before it, a look in the same operation ("At first closing count one
#: small swab short. Relook in pericardium: swab found"), not a later operation.
RELOOK_WORDS = frozenset({"relook", "re-look"})
#: Words of a count or check that came up short, or an item still in at it.
SHORT_WORDS = frozenset(
    {"missing", "unaccounted", "short", "discrepancy", "discrepant", "incorrect", "only", "still"}
)
#: Words of a count or check.
COUNT_WORDS = frozenset({"count", "counts", "counted", "check", "checked", "accounted"})
#: Words that tell a closure as the next step ("count correct, then closed"); a closure told
#: without one may be looking back ("the tear sutured on delivery suite").
SEQUENCE_WORDS = frozenset({"then", "subsequently", "afterwards", "thereafter"})
#: Words that tell a closure looking back ("the wound had been closed"), not in its order.
PAST_PERFECT_WORDS = frozenset({"had", "already"})
#: Sentences after a count that was short "before the legs came down" (or a retrieval not yet
#: judged) within which a retrieval, or a completed closure, is read with it.
FOLLOW_SENTENCES = 1
#: Nouns of closing that, after "after / following / post", state the closure happened.
CLOSURE_NOUNS = frozenset({"closure", "closing", "surgery", "procedure", "operation", "op"})
AFTER_WORDS = frozenset({"after", "following", "post"})
#: Words that deny a closure (or a retrieval) just after them ("skin not closed", "yet to be
#: closed").
NOT_DONE_WORDS = frozenset({"not", "yet", "never", "unclosed"})
#: ... and, for a closure, a word that tells it as still to come ("rectus sheath about to be
#: closed when the count showed a swab missing"; not for a retrieval: "at about 02:00 found").
CLOSURE_NOT_DONE_WORDS = NOT_DONE_WORDS | {"about"}
#: ... of which those that tell the closing still to come: after a layer told closed ("uterus
#: closed, rectus sheath about to be closed when the count showed a swab missing") the
#: operation is still going on, the earlier closure was not its end.
TO_COME_WORDS = frozenset({"about", "yet"})
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
#: Later-care words that, among the first `HEADER_TOKENS` of a report, name its setting
#: ("Labour ward: after the repair ...", "Home birth, perineal repair", "GP minor surgery -
#: excision of a lipoma") or the operation it is about ("Laparotomy. Closing count one swab
#: short"), not care after the procedure.
HEADER_WORDS = frozenset({"ward", "recovery", "clinic", "laparotomy", "gp", "home"})
HEADER_TOKENS = 3
#: Later-care words that, once the header has named them as the report's setting, name who
#: does the procedure there ("GP minor surgery ... one swab missing. GP re-explored the wound
#: and found it"): the operator at work, not care after the procedure ended.
OPERATOR_WORDS = frozenset({"gp"})
#: Later operations that, named before anything was counted, missed or found, are the
#: operation the report is about ("Theatres incident report - General surgery (emergency
#: laparotomy for perforated sigmoid) ... closing count one short"), not a later one.
OPERATION_LATER_WORDS = frozenset({"laparotomy"})
#: Headings that name the report's own operation after them ("Procedure: emergency
#: laparotomy for perforated diverticulitis"), within `PROCEDURE_HEADING_REACH` tokens.
PROCEDURE_HEADING_WORDS = frozenset({"procedure", "operation"})
PROCEDURE_HEADING_REACH = 2
#: Words that tell the item's story has begun (a count, an item missing, left or found): a
#: later operation named after them may be the one that found it.
ITEM_STORY_WORDS = frozenset({"retained", "left", "still"})
#: Tokens looked at after a retrieval for a later marker.
LOOKAHEAD = 8
#: Tokens looked at after a retrieval for a "before ... closing" clause ("found under the small
#: bowel in the L paracolic gutter before the sheath was closed"); a later-care word stops it.
BEFORE_LOOKAHEAD = 12
#: Tokens a "before" may sit from the closing word it governs.
BEFORE_REACH = 5


@dataclass(frozen=True, slots=True)
class Timing:
    """Retrievals judged before the closure (`before`) and after it (`after`), and those of
    `before` told while the patient was still in the procedure (`while_open`)."""

    before: tuple[Span, ...]
    after: tuple[Span, ...]
    while_open: tuple[Span, ...] = ()


#: Words joining a second closing step to a first under one "before" ("before the plate was
#: finished and the wound closed", "prior to cementing and closure of the arthrotomy"). ("&" is
#: no token: the tokenizer drops it, so "cementing & closure" reads as two steps side by side.)
AND_WORDS = frozenset({"and"})
#: Tokens an "and" may sit before the closing word it joins to the step before it.
AND_REACH = 3


def _governed_by_before(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a "before / prior to / without" sits in the `BEFORE_REACH` tokens before `at`,
    or governs the step an "and" joins `at` to: "before the plate was finished and the wound
    closed" puts both steps still to come."""
    if word_shortly_before(tokens, sentence_of, at, BEFORE_WORDS, BEFORE_REACH):
        return True
    joined = next(
        (
            k
            for k in range(at - 1, max(-1, at - 1 - AND_REACH), -1)
            if tokens[k] in AND_WORDS and sentence_of[k] == sentence_of[at]
        ),
        None,
    )
    return joined is not None and word_shortly_before(
        tokens, sentence_of, joined, BEFORE_WORDS, BEFORE_REACH + AND_REACH
    )


def _under_way(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a "while / whilst / during" sits in the `BEFORE_REACH` tokens before `at`: the
    closure going on ("while the line was being sutured"), not done."""
    return word_shortly_before(tokens, sentence_of, at, WHILE_WORDS, BEFORE_REACH)


#: ... and, for a retrieval, a contracted negation ("can't be found": "can" "t") or "nothing"
#: ("searched and nothing found"): no item found.
RETRIEVAL_NOT_DONE_WORDS = NOT_DONE_WORDS | {"t", "nothing", "cannot"}


def _denied(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a "not / yet / never" sits in the `NOT_DONE_REACH` tokens before retrieval `at`;
    one before an "until" between them denies what waited on the find ("closure not started
    until found"), not the find."""
    for k in range(at - 1, max(-1, at - 1 - NOT_DONE_REACH), -1):
        if sentence_of[k] != sentence_of[at] or tokens[k] in UNTIL_WORDS:
            return False
        if tokens[k] in RETRIEVAL_NOT_DONE_WORDS:
            return True
    return False


#: Words that make the operation itself, not a later one, of what follows them ("open
#: appendicectomy converted to laparotomy").
CONVERTED_WORDS = frozenset({"converted", "conversion", "converting", "convert"})
#: Tokens a conversion word may sit before the operation it names.
CONVERTED_REACH = 2
#: Words of the count at the end of the operation itself ("closing count on laparotomy"), or
#: of its closure ("count at closure of laparotomy": the laparotomy being closed).
OWN_COUNT_WORDS = frozenset({"count", "counts", "closing", "closure"})
#: Tokens a count word may sit before the operation it names.
OWN_COUNT_REACH = 3


def _item_story_begun(tokens: list[str], at: int) -> bool:
    """Whether a count, an item missing or left, or a find is told before token `at`."""
    return any(
        t in COUNT_WORDS or t in RETRIEVAL_WORDS or t in SHORT_WORDS or t in ITEM_STORY_WORDS
        for t in tokens[:at]
    )


def _converted_to(tokens: list[str], at: int) -> bool:
    """Whether the operation at `at` is the same procedure converted ("converted to laparotomy")."""
    return not CONVERTED_WORDS.isdisjoint(tokens[max(0, at - CONVERTED_REACH) : at])


def _counted_in(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the operation at `at` is the one whose count is told ("closing count on
    laparotomy"), not a later one ("swab removed at laparotomy")."""
    return word_shortly_before(tokens, sentence_of, at, OWN_COUNT_WORDS, OWN_COUNT_REACH)


def _closure_denied(
    tokens: list[str],
    sentence_of: list[int],
    at: int,
    clause_starts: frozenset[int],
    words: frozenset[str] = CLOSURE_NOT_DONE_WORDS,
) -> bool:
    """Whether a "not / yet / never" (of `words`) in the clause of closing word `at` denies it
    ("skin not closed", "yet to be closed"); one in the clause before it does not ("x-ray not
    done, closed")."""
    return any(
        tokens[i] in words for i in before_in_clause(sentence_of, clause_starts, at, NOT_DONE_REACH)
    )


#: Structures inside the wound whose closing is a step of the operation, not its end ("stump
#: closed with an endoloop", "the enterotomy was closed", "vessels closed with clips"), and the
#: deep layers closed before the sheath and skin ("uterus closed" at a caesarean, "peritoneum
#: closed"): the count before the sheath is closed still comes after them.
INNER_STRUCTURE_WORDS = frozenset(
    {
        "stump",
        "mesoappendix",
        "mesentery",
        "mesenteric",
        "vessel",
        "vessels",
        "artery",
        "enterotomy",
        "anastomosis",
        "duct",
        "uterus",
        "uterine",
        "womb",
        "hysterotomy",
        "peritoneum",
    }
)
#: Tokens before a closing word within which the structure closed is looked for.
INNER_STRUCTURE_REACH = 3


def _inner_structure_closed(
    tokens: list[str], sentence_of: list[int], at: int, clause_starts: frozenset[int]
) -> bool:
    """Whether closing word `at` is told of a structure inside the wound ("stump closed with an
    endoloop"): a step of the operation, which goes on after it."""
    return any(
        tokens[k] in INNER_STRUCTURE_WORDS
        for k in before_in_clause(sentence_of, clause_starts, at, INNER_STRUCTURE_REACH)
    )


def _after_word_before(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether an "after / following / post" right before closing noun `at`, in its own
    sentence, tells the closure done ("after closure"); one ending the sentence before
    ("Count correct after. Closure not started until it was found") is of another step."""
    return at > 0 and tokens[at - 1] in AFTER_WORDS and sentence_of[at - 1] == sentence_of[at]


#: A later day told by its lead and its unit ("on CT the next day", "the following morning"):
#: the find came on another day than the procedure's, after it ended.
LATER_DAY_LEADS = frozenset({"next", "following"})
DAY_WORDS = frozenset({"day", "morning", "evening", "night", "week", "afternoon"})


def _later_day_at(tokens: list[str], at: int) -> bool:
    """Whether token `at` leads a later day ("next day", "following morning")."""
    return tokens[at] in LATER_DAY_LEADS and at + 1 < len(tokens) and tokens[at + 1] in DAY_WORDS


def _closure_done_at(
    tokens: list[str], sentence_of: list[int], i: int, clause_starts: frozenset[int]
) -> bool:
    """Whether token `i` states that the procedure had been closed / had ended ("wound not
    closed" and "before the wound was closed" do not)."""
    token = tokens[i]
    if token in REOPENED_WORDS | RELOOK_WORDS and _short_count_before(
        tokens, sentence_of, i, sentences=REOPENED_AFTER_SENTENCES
    ):
        return False
    if token in CLOSED_WORDS:
        return (
            not _inner_structure_closed(tokens, sentence_of, i, clause_starts)
            and not _governed_by_before(tokens, sentence_of, i)
            and not _closure_denied(tokens, sentence_of, i, clause_starts)
            and not _under_way(tokens, sentence_of, i)
        )
    if token in CLOSURE_NOUNS and _after_word_before(tokens, sentence_of, i):
        return True
    if token in LATER_WORDS:
        if token in HEADER_WORDS and i < HEADER_TOKENS:
            return False  # the setting the report opens with ("Labour ward: ...")
        if token in OPERATOR_WORDS and token in tokens[:HEADER_TOKENS]:
            return False  # who operates in the setting the header named ("GP re-explored")
        if token in OPERATION_LATER_WORDS and not _item_story_begun(tokens, i):
            return False  # the report's own operation, named before any count or find
        if token in OPERATION_LATER_WORDS and word_shortly_before(
            tokens, sentence_of, i, PROCEDURE_HEADING_WORDS, PROCEDURE_HEADING_REACH
        ):
            return False  # ... or under its heading ("Procedure: emergency laparotomy")
        if token in HEADER_WORDS and _procedure_setting(tokens, sentence_of, i):
            return False  # where the procedure was done ("PICC insertion on ward 5")
        if _ward_of_the_report(tokens, sentence_of, i):
            return False  # where the report comes from ("Letter from Mrs Y, postnatal ward")
        return (
            not _governed_by_before(tokens, sentence_of, i)
            and not _converted_to(tokens, i)
            and not _counted_in(tokens, sentence_of, i)
        )
    if _later_day_at(tokens, i):
        return not _governed_by_before(tokens, sentence_of, i)  # "on CT the next day"
    return token == "out" and i > 0 and tokens[i - 1] == "sign"


#: The tokens `_closure_done_at` can accept (a cheap test before calling it).
_CLOSURE_DONE_CANDIDATES = CLOSED_WORDS | CLOSURE_NOUNS | LATER_WORDS | LATER_DAY_LEADS | {"out"}


#: Words of a count made good ("count correct, closed").
COUNT_CORRECT_WORDS = frozenset({"correct", "complete", "reconciled", "accounted"})
#: Tokens before a closing word within which the count made good is looked for.
COUNT_CORRECT_REACH = 3


def _count_correct_before(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the count is told made good just before the closing word, in its sentence
    ("Removed, count correct, closed"): the closure came after the item was found."""
    lo = max(0, at - COUNT_CORRECT_REACH)
    near = [tokens[k] for k in range(lo, at) if sentence_of[k] == sentence_of[at]]
    return not COUNT_CORRECT_WORDS.isdisjoint(near) and not COUNT_WORDS.isdisjoint(near)


def _count_correct_sentence_before(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the closing word opens its sentence ("Skin closed 11:51") right after a sentence
    that tells the count made good and nothing short ("Count re-done correct."): the closure
    came after the item was found, told line by line."""
    sentence = sentence_of[at]
    start = bisect_left(sentence_of, sentence)
    if at - start > COUNT_CORRECT_REACH or start == 0:
        return False
    previous = tokens[bisect_left(sentence_of, sentence - 1) : start]
    return (
        not COUNT_WORDS.isdisjoint(previous)
        and not COUNT_CORRECT_WORDS.isdisjoint(previous)
        and SHORT_WORDS.isdisjoint(previous)
    )


#: Sentences back within which a count short before a reopening makes it the same operation
#: ("Closing count: one swab missing. The sheath was already being closed. ... the sheath was
#: reopened").
REOPENED_AFTER_SENTENCES = 2


def _short_count_before(
    tokens: list[str], sentence_of: list[int], at: int, *, sentences: int = 0
) -> bool:
    """Whether a count word and a short word sit earlier in the sentence of token `at` (or in
    the `sentences` before it)."""
    first = sentence_of[at] - sentences
    start = at
    while start > 0 and sentence_of[start - 1] >= first:
        start -= 1
    earlier = tokens[start:at]
    return not COUNT_WORDS.isdisjoint(earlier) and not SHORT_WORDS.isdisjoint(earlier)


#: Tokens a "before" may sit from the closing word of a clause about the end of the procedure
#: ("before the woman was taken out of lithotomy").
BEFORE_CLOSING_REACH = 6


def _before_closing_clause(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether token `at` is a "before / prior to" that governs a closing word closely."""
    return word_shortly_after(tokens, sentence_of, at, CLOSING_WORDS, BEFORE_CLOSING_REACH)


#: The count at the end told by its place in the procedure ("at the final count"), after "at".
FINAL_WORDS = frozenset({"final"})
FINAL_REACH = 2


#: Words that time a count at the closing itself ("count at closure of the sheath", "at the
#: end-of-repair count", "at the end, the nurse count found one swab missing"): the procedure
#: still under way, as with "before".
AT_CLOSING_WORDS = frozenset({"at", "during"})


#: The word joining a number back to the number used ("9 of 10 back"), and the word before it
#: when an item noun stands between them ("4 swabs out of 5", "3 out of 4").
PART_OF_WHOLE_WORD = "of"
OUT_OF_WORD = "out"


def fewer_of_more(tokens: list[str], at: int) -> bool:
    """Whether the number at `at` is told of a larger one after "of" ("9 of 10 back") or "out
    of" with at most an item noun between ("4 swabs out of 5", "3 out of 4"): fewer items back
    than used. Not "2 packs of 5 swabs", the size of a pack."""
    if not tokens[at].isdigit():
        return False
    after = tokens[at + 1 : at + 5]
    if after[:1] == [PART_OF_WHOLE_WORD]:
        whole = after[1:2]
    elif after[:2] == [OUT_OF_WORD, PART_OF_WHOLE_WORD]:
        whole = after[2:3]
    elif after[1:3] == [OUT_OF_WORD, PART_OF_WHOLE_WORD] and not after[0].isdigit():
        whole = after[3:4]
    else:
        return False
    return bool(whole) and whole[0].isdigit() and int(tokens[at]) < int(whole[0])


def _short_before_closing(tokens: list[str], sentence_of: list[int]) -> set[int]:
    """Sentences that tell a count or check come up short, or an item still in, "before"
    the procedure ended ("at the final count, before her legs came down, only 3 of 4 swabs")
    or at its closing ("count at closure of the rectus sheath: 1 swab missing", "At the end
    count 4 swabs out of 5", "At the final count only 4 of 5 swabs"). A count "correct before
    the drapes came down" is not one of them."""
    found = set()
    for i, token in enumerate(tokens):
        if (
            (token in BEFORE_WORDS or token in AT_CLOSING_WORDS)
            and _before_closing_clause(tokens, sentence_of, i)
        ) or (
            token in AT_CLOSING_WORDS
            and word_shortly_after(tokens, sentence_of, i, FINAL_WORDS, FINAL_REACH)
        ):
            sentence = sentence_of[i]
            told = [k for k, n in enumerate(sentence_of) if n == sentence]
            words = {tokens[k] for k in told}
            short = not SHORT_WORDS.isdisjoint(words) or any(fewer_of_more(tokens, k) for k in told)
            if short and not COUNT_WORDS.isdisjoint(words):
                found.add(sentence)
    return found


#: Words of the procedure itself, before "on / in the ward" that names where it was done.
PROCEDURE_WORDS = frozenset(
    {"insertion", "inserted", "procedure", "performed", "done", "placed", "placement", "sited"}
)
#: Words that put a procedure in a setting ("insertion on the ward", "inserted in recovery").
SETTING_PREPOSITIONS = frozenset({"on", "in", "at"})
#: Tokens a procedure word may sit before the setting it names ("insertion on the ward").
SETTING_REACH = 3


#: Words naming a ward, and words of going there that make it care after the procedure
#: ("transferred to the postnatal ward"), not where the report comes from.
WARD_WORDS = frozenset({"ward", "wards", "unit"})
MOVED_WORDS = frozenset(
    {"to", "transferred", "returned", "moved", "sent", "went", "back", "admitted", "readmitted"}
)


def _ward_of_the_report(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the later-care word at `at` names a ward ("postnatal ward", the "ward" of it)
    told before the item's story begins, with no going there shortly before: where the report
    comes from ("Letter from Mrs Y, postnatal ward. After my baby was born ...")."""
    if _item_story_begun(tokens, at):
        return False
    ward = tokens[at] in WARD_WORDS or (at + 1 < len(tokens) and tokens[at + 1] in WARD_WORDS)
    return ward and not word_shortly_before(tokens, sentence_of, at, MOVED_WORDS, 3)


def _procedure_setting(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the later-care word at `at` names where the procedure was done ("PICC insertion
    on ward", "inserted in recovery"): "on / in / at" before it, a procedure word before that."""
    if not word_shortly_before(tokens, sentence_of, at, SETTING_PREPOSITIONS, 2):
        return False
    return word_shortly_before(tokens, sentence_of, at, PROCEDURE_WORDS, SETTING_REACH)


#: A retrieval told "taken out", read only when denied ("the guidewire was never taken out
#: before the line was secured": the item left).
TAKEN_WORD = "taken"
OUT_WORD = "out"


def _retrieval_denied(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether token `at` is a retrieval denied just before it ("the guidewire had not been
    removed before the line was sutured", "never taken out before closing"): the item was
    left, no catch before the closure."""
    taken_out = tokens[at] == TAKEN_WORD and at + 1 < len(tokens) and tokens[at + 1] == OUT_WORD
    return (tokens[at] in RETRIEVAL_WORDS or taken_out) and _denied(tokens, sentence_of, at)


def _before_clause_earlier(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a "before ... closing" clause opens the sentence of token `at` before it ("Before
    securing the line, the assistant noticed the guidewire"), with no later-care word between
    ("Before she left recovery the nurse noticed the swab" is after the procedure ended), and
    not one of what ought to have been done ("a swab which should have been removed before
    closure was found on CT")."""
    sentence = sentence_of[at]
    i = at - 1
    while i >= 0 and sentence_of[i] == sentence:
        if tokens[i] in LATER_WORDS:
            return False
        if tokens[i] in BEFORE_WORDS and _before_closing_clause(tokens, sentence_of, i):
            # "had not been removed before closure and was seen on the film": the closing
            # clause tells what was not done, no catch; "wound closed before the count was
            # finished": the clause times the closure, told done, not a find
            return not (
                word_shortly_before(tokens, sentence_of, i, OUGHT_WORDS, OUGHT_REACH + 1)
                or (i > 0 and _retrieval_denied(tokens, sentence_of, i - 1))
                or closed_before_the_clause(tokens, sentence_of, i)
            )
        i -= 1
    return False


def _before_closure_after(
    tokens: list[str], sentence_of: list[int], at: int, *, under_way: bool
) -> int | None:
    """The end of a "before ... closing" clause closely after token `at`, if any: a closing
    still to come, or (`under_way`: no closure told done yet) going on at the time ("found
    still in the vein while the line was being sutured", "during closure"; not "found a tampon
    which had been used during the suturing", where the clause is the item's own story)."""
    sentence = sentence_of[at]
    stop = min(len(tokens), at + 1 + BEFORE_LOOKAHEAD)
    in_item_clause = False
    for i in range(at, stop):
        if i > at and (sentence_of[i] != sentence or tokens[i] in LATER_WORDS):
            return None
        # a retrieval denied on the way to the closing ("confirmed the guidewire had not been
        # removed before the line was sutured") is an item left in, not one found before
        if _retrieval_denied(tokens, sentence_of, i):
            return None
        if i == at:
            continue
        in_item_clause = in_item_clause or tokens[i] in RELATIVE_WORDS
        if tokens[i] in BEFORE_WORDS:
            closing = CLOSING_WORDS
        elif tokens[i] in WHILE_WORDS and under_way and not in_item_clause:
            closing = CLOSING_UNDER_WAY_WORDS
        else:
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + BEFORE_REACH)):
            if sentence_of[j] != sentence:
                return None
            if tokens[j] in closing:
                return j + 1
        return None
    return None


def _before_the_end_after_closure(
    tokens: list[str],
    sentence_of: list[int],
    at: int,
    closed_at: int,
    before_sentence: int | None,
    before_at: int,
    short_sentences: Collection[int] = (),
) -> bool:
    """Whether a retrieval told after a completed closure still came before the procedure
    ended: its sentence opens with "before ... finishing" and no later-care word comes between
    ("perineal tear sutured. Count short. Before finishing I re-examined and found the swab"),
    or it goes on with a retrieval so judged since the closure ("... found the swab folded in
    the vagina and removed it"), or it follows a count told short at the end in a sentence
    after the closure's ("2nd degree tear sutured. At the end count 4 swabs out of 5 ... VE
    repeated - swab high in vagina, removed": the count closing the procedure found it short,
    and the find answers that count; dev-175301)."""
    closed_sentence = sentence_of[closed_at]
    return (
        (
            before_sentence is not None
            and before_at > closed_at
            and sentence_of[at] - before_sentence <= FOLLOW_SENTENCES
        )
        or any(
            n > closed_sentence and 0 <= sentence_of[at] - n <= FOLLOW_SENTENCES
            for n in short_sentences
        )
        or _before_clause_earlier(tokens, sentence_of, at)
    )


#: Tokens an "until" may sit before the retrieval it waits on, and a closing word before it.
UNTIL_REACH = 3


def closure_waited_on_find(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether retrieval `at` is what the closure waited on: an "until" shortly before it, a
    closing word shortly before that ("Closure not started until it was found"): the find came
    before the closure, and so did every find told before it."""
    until = next(
        (
            k
            for k in range(at - 1, max(-1, at - 1 - UNTIL_REACH), -1)
            if tokens[k] in UNTIL_WORDS and sentence_of[k] == sentence_of[at]
        ),
        None,
    )
    return until is not None and word_shortly_before(
        tokens, sentence_of, until, CLOSING_WORDS, BEFORE_REACH
    )


#: Subjects that open a clause of the patient's own later step ("..., pt discharged").
PATIENT_SUBJECTS = frozenset({"pt", "patient", "she", "he", "baby", "woman"})


def _later_marker_after(
    tokens: list[str], sentence_of: list[int], at: int, clause_starts: frozenset[int] = frozenset()
) -> bool:
    """Whether a later-care word closely follows token `at` in its sentence, or a later day in
    its clause ("found on CT the next day"): a later word or day told in a clause of its own,
    the patient its subject, is another act's ("found in the wound during closure and removed,
    pt discharged next day")."""
    sentence = sentence_of[at]
    clause_open = False
    for i in range(at + 1, min(len(tokens), at + 1 + LOOKAHEAD)):
        if sentence_of[i] != sentence or tokens[i] in BEFORE_WORDS:
            return False
        clause_open = clause_open or i in clause_starts
        if tokens[i] in LATER_WORDS and clause_open and tokens[i - 1] in PATIENT_SUBJECTS:
            return False  # the patient's own later step ("removed, pt discharged next day")
        if tokens[i] in LATER_WORDS or (not clause_open and _later_day_at(tokens, i)):
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


#: Tokens after a retrieval word within which a short word makes it the count's finding ("the
#: count found one swab missing"), not the item found.
FOUND_SHORT_REACH = 4
#: The short words that say an item is missing after "found" ("found one swab missing"); not
#: "short", which after "showed" is the item's size ("showed a short length of wire").
FOUND_SHORT_WORDS = frozenset({"missing", "unaccounted", "discrepancy", "discrepant", "incorrect"})


#: Words straight after "felt" that make it a feeling, not a hand finding an item ("the team
#: felt under time pressure", "felt rushed", "felt that ..."): no retrieval.
FEELING_AFTER_FELT = frozenset(
    {
        "that",
        "rushed",
        "hurried",
        "pressured",
        "pressurised",
        "pressurized",
        "unable",
        "able",
        "uncomfortable",
        "confident",
        "unsure",
        "supported",
        "unsupported",
        "happy",
        "unhappy",
        "obliged",
        "compelled",
        "anxious",
        "worried",
        "stressed",
        "tired",
        "upset",
        "unsafe",
        "reassured",
        "concerned",
        "strongly",
        "very",
    }
)


#: Words after "felt under" that make it a pressure felt ("felt under time pressure"), not a
#: hand under a dressing.
PRESSURE_WORDS = frozenset({"pressure", "stress", "duress", "strain"})


def _felt_as_feeling(tokens: list[str], at: int) -> bool:
    """Whether the retrieval word at `at` is "felt" told of a feeling ("felt under time
    pressure", "felt rushed"), not of an item felt with the hand."""
    if tokens[at] != "felt" or at + 1 >= len(tokens):
        return False
    if tokens[at + 1] == "under":
        return not PRESSURE_WORDS.isdisjoint(tokens[at + 2 : at + 4])
    return tokens[at + 1] in FEELING_AFTER_FELT


#: Words straight before "recovered" that make the patient the one who recovered ("pt recovered
#: normally on the ward"), and words straight after it that tell how a person got better
#: ("recovered well", "recovered uneventfully"): a recovery, not an item retrieved.
RECOVERED_PERSON_BEFORE = frozenset(
    {"pt", "patient", "she", "he", "they", "mother", "mum", "baby", "woman", "man", "child", "lady"}
)
RECOVERED_HOW_AFTER = frozenset(
    {"well", "normally", "uneventfully", "fully", "completely", "nicely", "slowly", "quickly"}
)


def _recovered_as_patient(tokens: list[str], at: int) -> bool:
    """Whether the retrieval word at `at` is "recovered" told of the patient getting better
    ("pt recovered normally on the ward"), not of an item recovered ("swab recovered from the
    pelvis")."""
    if tokens[at] != "recovered":
        return False
    before = tokens[at - 1] if at > 0 else ""
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return before in RECOVERED_PERSON_BEFORE or after in RECOVERED_HOW_AFTER


def _found_short(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the retrieval word at `at` tells the count finding an item missing ("count found
    one cervical swab missing"): a short word follows it closely in its sentence. Or the count
    is its subject ("the count at the end showed one swab had not come back"), or it is
    denied ("the swab was not visible"): no item found either way."""
    return (
        word_shortly_after(tokens, sentence_of, at, FOUND_SHORT_WORDS, FOUND_SHORT_REACH)
        or _count_as_subject(tokens, sentence_of, at)
        or _denied(tokens, sentence_of, at)
    )


#: Nouns of a review's findings ("Contributory factors identified at the debrief", "learning
#: points identified"): a retrieval word told just after one finds them, not an item.
REVIEW_FINDING_NOUNS = frozenset(
    {
        *("factor", "factors", "issue", "issues", "learning", "lessons", "themes", "points"),
        *("actions", "causes", "concerns", "problems", "risks", "failings", "gaps"),
    }
)
REVIEW_FINDING_REACH = 2


def _found_by_a_review(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the retrieval word at `at` tells a review's findings ("factors identified")."""
    return word_shortly_before(tokens, sentence_of, at, REVIEW_FINDING_NOUNS, REVIEW_FINDING_REACH)


#: Words of imaging or of an examination that, between a count and a retrieval word, make the
#: retrieval theirs ("count correct, xray showed the swab").
FINDER_WORDS = frozenset(
    {"xray", "ray", "ct", "scan", "film", "films", "imaging", "ultrasound", "uss", "ve", "exam"}
)


#: The count itself, as the subject of what it showed (not "on final check and removed").
COUNT_NOUNS = frozenset({"count", "counts"})


def _count_as_subject(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a count word closely before the retrieval word at `at` is its subject ("the
    count at the end showed ..."), with no imaging or examination between them."""
    sentence = sentence_of[at]
    for k in range(at - 1, max(-1, at - 1 - FOUND_SHORT_REACH), -1):
        if sentence_of[k] != sentence or tokens[k] in FINDER_WORDS:
            return False
        if tokens[k] in COUNT_NOUNS:
            return True
    return False


#: Words of the count made again ("recount correct x2").
RECOUNT_WORDS = frozenset({"recount", "recounted", "recounts", "count", "counts"})
#: Words that may sit between the count and its being correct ("the count was then correct",
#: "count re-done correct", "count repeated - correct").
COUNT_FILLER_WORDS = frozenset(
    {"was", "is", "were", "then", "now", "subsequently", "found"}
    | {"re", "redone", "done", "repeated", "again"}
)
#: How many of them.
COUNT_FILLERS = 2
#: Tokens after a retrieval within which the count told made good puts it before the end.
COUNT_MADE_GOOD_REACH = 5


def _count_made_good_after(tokens: list[str], at: int) -> bool:
    """Whether the count is told made good right after a retrieval ("Removed, count correct",
    "found in the vault and removed. Recount correct x2"): the count is part of the procedure,
    so the item came out before it ended. A later-care word first ("removed at relaparotomy,
    count then correct") stops it."""
    stop = min(len(tokens), at + 1 + COUNT_MADE_GOOD_REACH)
    for i in range(at + 1, stop):
        if tokens[i] in LATER_WORDS or tokens[i] in BEFORE_WORDS:
            return False
        if tokens[i] in RECOUNT_WORDS:
            following = tokens[i + 1 : i + 2 + COUNT_FILLERS]
            for word in following:
                if word in COUNT_CORRECT_WORDS:
                    return True
                if word not in COUNT_FILLER_WORDS:
                    return False
            return False
    return False


def timing(
    tokens: list[str], sentence_of: list[int], clause_starts: frozenset[int] = frozenset()
) -> Timing:
    """Each retrieval of the narrative judged before or after the closure by word order (a
    retrieval with no cue either way is in neither); `clause_starts` are the tokens that open
    a clause within a sentence (after a comma or semicolon)."""
    if RETRIEVAL_WORDS.isdisjoint(tokens):
        return Timing((), ())  # only a retrieval, or a closure after one, is judged
    tokens = _spelled_out(tokens)
    before: list[Span] = []
    after: list[Span] = []
    # retrievals with no cue either way yet: a completed closure told just after them ("found
    # and removed. Count correct, then closed") puts them before the closure
    pending: list[int] = []
    short_sentences = _short_before_closing(tokens, sentence_of)
    closed_seen = False
    closed_at = -1
    # the last retrieval judged before the closure: a retrieval told in its sentence or the next
    # one, with no closure between, goes on with it ("found still in situ before the line was
    # secured and removed", "... noticed the guidewire. It was withdrawn intact")
    before_sentence: int | None = None
    before_at = -1
    # the sentences told while the patient was still in the procedure (the end is the patient
    # leaving it, not a closing word told earlier: engine.procedure_open)
    open_at = open_sentences(tokens, sentence_of)
    first_end = first_end_told(tokens)
    while_open: list[Span] = []
    retrieval_sentences = frozenset(
        sentence_of[k] for k, word in enumerate(tokens) if word in RETRIEVAL_WORDS
    )
    for i, token in enumerate(tokens):
        if (
            token in RETRIEVAL_WORDS
            and not _felt_as_feeling(tokens, i)
            and not _recovered_as_patient(tokens, i)
            and not _found_short(tokens, sentence_of, i)
            and not _found_by_a_review(tokens, sentence_of, i)
            and not word_shortly_before(tokens, sentence_of, i, OUGHT_WORDS, OUGHT_REACH)
        ):
            end = _before_closure_after(tokens, sentence_of, i, under_way=not closed_seen)
            later = end is None and _later_marker_after(tokens, sentence_of, i, clause_starts)
            if not closed_seen and closure_waited_on_find(tokens, sentence_of, i):
                before.extend((p, p + 1) for p in [*pending, i])
                pending.clear()
                before_sentence, before_at = sentence_of[i], i
            elif end is not None:
                before.append((i, end))
                before_sentence, before_at = sentence_of[i], i
            elif not later and found_while_open(
                sentence_of, i, open_at, first_end, retrieval_sentences, closed_at
            ):
                before.append((i, i + 1))
                while_open.append((i, i + 1))
                before_sentence, before_at = sentence_of[i], i
            elif later or (
                closed_seen
                and not _before_the_end_after_closure(
                    tokens, sentence_of, i, closed_at, before_sentence, before_at, short_sentences
                )
            ):
                after.append((i, i + 1))
            elif (
                any(0 <= sentence_of[i] - n <= FOLLOW_SENTENCES for n in short_sentences)
                or _before_clause_earlier(tokens, sentence_of, i)
                or (
                    before_sentence is not None
                    and sentence_of[i] - before_sentence <= FOLLOW_SENTENCES
                )
                or _count_made_good_after(tokens, i)
            ):
                before.append((i, i + 1))
                before_sentence, before_at = sentence_of[i], i
            else:
                pending.append(i)
        if (
            not closed_seen
            and token in _CLOSURE_DONE_CANDIDATES
            and _closure_done_at(tokens, sentence_of, i, clause_starts)
        ):
            closed_seen = True
            closed_at = i
            # the count made good in the sentence before ("Count re-done correct. Skin
            # closed"): the find may be told a sentence further back
            count_before = _count_correct_sentence_before(tokens, sentence_of, i)
            if (
                token in CLOSED_WORDS
                and token not in REOPENED_WORDS
                and (
                    word_shortly_before(tokens, sentence_of, i, SEQUENCE_WORDS, 3)
                    or _count_correct_before(tokens, sentence_of, i)
                    or count_before
                )
                and not word_shortly_before(tokens, sentence_of, i, PAST_PERFECT_WORDS, 3)
            ):
                follow = FOLLOW_SENTENCES + count_before
                caught = [p for p in pending if sentence_of[i] - sentence_of[p] <= follow]
                before.extend((p, p + 1) for p in caught)
                # the closure told after the find (pending, or already judged before the
                # closure just earlier) is no sign of an item left in
                if caught or (
                    before_sentence is not None and sentence_of[i] - before_sentence <= follow
                ):
                    before.append((i, i + 1))
        elif (
            closed_seen
            and token in CLOSED_WORDS
            and _closure_denied(tokens, sentence_of, i, clause_starts, TO_COME_WORDS)
        ) or (
            closed_seen
            and _reopening_at(tokens, i)
            and any(n <= sentence_of[i] for n in short_sentences)
        ):
            # a closing still to come after a layer told closed, or the layer reopened after
            # the count at the closing came up short: the operation goes on
            closed_seen = False
            closed_at = -1
    return Timing(tuple(before), tuple(after), tuple(while_open))
