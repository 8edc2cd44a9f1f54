"""A wrong side or site only queried, misread or written where it did not decide the act.

Many reports about a side are written because someone queried it, not because it was wrong:
a time-out query answered from the current imaging ("old report on PACS said R ... current US
L, proceeded L, nothing wrong"), a confused patient's side checked against the x-ray and the
consent ("done correctly"), another patient's label on a consent "correct in content", two
sites both planned ("so it was correct"), a line whose side is the anaesthetist's choice ("L hip
done correctly"), or the wrong side written only on a record that did not decide the act: a
letter or op note dictated after the operation, a handover sheet, an imaging request ("dictation
error", "written on the sheet by mistake", "request form error"). The rules find the two sides
and read a wrong site; the report's own account clears it.

One reading, `site_told_right`, in three parts, each a class of words:

- the report's verdict clears the site: a sentence tells the act right ("done correctly", "all
  correct", "it was correct"), denies the error ("nothing wrong", "no error"), or the only error
  it tells is one of a record that did not decide the act (NON_DECIDING_RECORDS);
- no error about the act is told as a fact: every error word ("wrong", "error", "mistake") is
  negated, quoted ("questioned 'wrong side'"), queried ("wrong leg?"), framed as someone's
  thought or worry ("I thought the wrong leg was being operated on"), or told of such a record;
- nothing was found: no word of noticing, realising or stopping ("picked up", "spotted",
  "realised", "stopped") and no duty of candour is told, which a wrong side made and caught,
  or done, carries; nor a step undone, redone or held back ("mark removed", "re-prepped",
  "no incision made", "lens put aside unused"), the catch of an error made;
- the side was raised: someone queried, questioned, thought or worried, or a record that did
  not decide the act was written wrong or put right; the verdict answers that. "Correct" is
  the verdict only told of a thing ("all correct", "it was correct"), not naming the right
  thing ("correct side blocked": the redo); told of the plan's paperwork ("the consent was
  correct", "all paperwork was correct") it answers only a raised record, since the act on the
  other side is just what a right consent makes wrong; told as someone's claim ("surgeon said
  the R was correct") it is no verdict.

A wrong side marked, prepped or written on the consent or the list and caught at the checks
keeps its near miss (an error told, or a catch word); one acted on keeps its never event.
"""

from __future__ import annotations

from classifier.engine.concerns import TURN_WORDS
from classifier.engine.rules import Analysis
from classifier.engine.text import Document, word_shortly_before

#: Words telling the act or the record right: the report's verdict on a side queried.
RIGHT_VERDICT_WORDS = frozenset({"correct", "correctly"})
#: Words telling an error; negated ("nothing wrong", "no error") they are the verdict too.
SIDE_ERROR_WORDS = frozenset(
    {
        "wrong",
        "wrongly",
        "incorrect",
        "incorrectly",
        "error",
        "errors",
        "erroneously",
        "mistake",
        "mistaken",
        "mistakenly",
        "mismatch",
        "mismatched",
        "discrepancy",
        "instead",
    }
)
#: Words of a trouble that, denied, are the verdict too ("went ahead without issue"); told
#: plainly they are no error ("the referral was for an old problem").
TROUBLE_WORDS = frozenset({"issue", "issues", "problem", "problems"})
#: Words of a record put right ("Request form corrected", "amended letter sent"): told of a
#: record that did not decide the act, the only fault the report tells is that record's.
PUT_RIGHT_WORDS = frozenset({"corrected", "amended"})
#: Words of a slip in writing ("ED clerking typo"): told of a record that did not decide the
#: act, that record's fault, as "error" is (dev-175353).
SLIP_WORDS = frozenset({"typo", "typos", "typographical"})
#: The words that tell a fault of a record that did not decide the act, and the words that,
#: denied, are the report's verdict.
RECORD_FAULT_WORDS = SIDE_ERROR_WORDS | PUT_RIGHT_WORDS | SLIP_WORDS
DENIED_FAULT_WORDS = SIDE_ERROR_WORDS | TROUBLE_WORDS
#: A plan word after "as" tells the act kept to the plan ("R mastectomy done as planned").
AS_WORD = "as"
AS_PLANNED_WORDS = frozenset({"planned", "consented", "listed"})
NEGATORS = frozenset({"no", "not", "nothing", "nil", "none", "never", "t", "without"})
#: Tokens before an error word within which a negator denies it ("nothing went wrong").
NEGATOR_REACH = 2
#: Records written around the act that do not decide which side is operated on (a letter or op
#: note dictated after it, a handover sheet, an imaging request, a label), and words of writing
#: one ("had written L on the sheet by mistake"). An error told in a clause naming one is that
#: record's error, not the act's.
NON_DECIDING_RECORDS = frozenset(
    {
        "letter",
        "letters",
        "dictation",
        "dictated",
        "typing",
        "typed",
        "typo",
        "typos",
        # the admission clerking ("ED clerking says L #NOF ... ED clerking typo")
        "clerking",
        "clerked",
        "secretary",
        "written",
        "wrote",
        "filled",
        "handover",
        "request",
        "summary",
        "sticker",
        "label",
        "labels",
        "addressograph",
    }
)
#: Records that decide the act: an error told beside one of them is the plan's own error (a
#: consent or list for the wrong side caught at the checks is near miss 1).
DECIDING_RECORDS = frozenset({"consent", "list", "booking", "mark", "marked", "marking"})
#: Words of reading a record: a record misread is the act's error ("radiologist read the request
#: form incorrectly"), not the record's.
READING_WORDS = frozenset({"read", "reading", "misread", "looked"})
#: A redo told just before a word of rightness ("re-marked correctly"): the error put right.
REDO_REACH = 3
#: Tokens either side of an error word, in its clause, read for the record it is told of.
RECORD_REACH = 8
#: Words that frame what follows in the sentence as someone's thought, worry or question, not as
#: the report's finding ("I thought the wrong leg was being operated on").
FRAMING_WORDS = frozenset(
    {
        "thought",
        "think",
        "thinks",
        "worried",
        "worry",
        "concern",
        "concerned",
        "queried",
        "query",
        "questioned",
        "asked",
        "wondered",
        "believed",
        "saying",
        "insisted",
    }
)
#: Words that, before a verdict word in its sentence, make it someone's claim, not the report's
#: finding ("Surgeon said the R was correct and proceeded on L").
CLAIM_WORDS = FRAMING_WORDS | frozenset(
    {"said", "says", "stated", "states", "claimed", "claims", "assured", "told"}
)
#: Words telling an error found, or owned: a wrong side made and caught, or done, is told with
#: one ("picked up at time out", "realised in recovery", "DoC given").
FOUND_WORDS = frozenset(
    {
        "noticed",
        "noted",
        "found",
        "realised",
        "realized",
        "spotted",
        "picked",
        "identified",
        "discovered",
        "recognised",
        "recognized",
        "caught",
        "stop",
        "stopped",
        "stopping",
        "halted",
        "candour",
        "candor",
        "doc",
        "declared",
        "informed",
    }
)
#: Words of a wrong set-up undone or redone ("mark removed", "re-prepped", "lens put aside
#: unused", "pt repositioned"): an error made and caught, which the verdict does not clear.
UNDONE_WORDS = frozenset(
    {"removed", "repositioned", "wasted", "aside", "unused", "redraped", "remarked", "reprepped"}
    | {"repeated"}
)
#: Words of keeping to the plan that, negated, tell the error ("not the one intended").
CONFORMITY_WORDS = frozenset({"intended", "planned", "consented"})
CONFORMITY_NEGATOR_REACH = 3
#: A never event declared ("Never event - wrong implant") owns the error.
NEVER_WORD = "never"
EVENT_WORD = "event"
#: The prefix of a redo, told with its hyphen ("re-marked", "re-prepped"; not "re old reports").
REDO_PREFIX = "re"
#: Labels of a patient: another patient's on this one's record is that record's fault.
LABEL_WORDS = frozenset({"label", "labels", "sticker", "stickers", "addressograph"})
ANOTHER_WORDS = frozenset({"another", "other", "different"})
#: Steps told held back ("no incision made", "nothing injected", "not inserted", "No LA
#: given"): the catch of an error made, not a side that was right all along.
HELD_BACK_WORDS = frozenset(
    {"incision", "injected", "cut", "inserted", "implanted", "used", "needle", "la", "given"}
    | {"done", "infiltrated", "blocked", "opened"}
)
#: Words that may follow a predicative "correct" in its clause ("was correct in content",
#: "list and mark correct and signed"); any other word after it makes it describe a thing
#: ("correct side blocked", "correct lesion excised": the redo, not a verdict).
PREDICATIVE_FOLLOWERS = frozenset({"in", "and", "so", "as"})
#: Words naming the paperwork of the plan, or what is left beside a fault ("the consent was
#: correct", "all paperwork was correct", "everything else was correct"): "correct" told of one
#: is the plan's verdict, not the act's, and clears the site only when the report raised a
#: record (another patient's label, a letter written wrong), not the side of the act.
PLAN_RECORD_SUBJECTS = DECIDING_RECORDS | frozenset(
    {"paperwork", "documentation", "form", "forms", "checklist", "else"}
)
#: Tokens before a verdict word, in its clause, read for what it is told of.
SUBJECT_REACH = 5
#: Quote characters that open or close a quotation ("questioned 'wrong side'").
QUOTES = "'\"\u2018\u2019\u201c\u201d"


def _quoted_or_queried(doc: Document, at: int) -> bool:
    """Whether token `at` is told inside a quotation or with a query mark just after it, within
    its sentence ("'wrong side'", "wrong leg?")."""
    start, end = doc.sentence_tokens(doc.sentence_of[at])
    first = doc.char_span((start, start + 1))[0]
    last = doc.char_span((end - 1, end))[1]
    begin, finish = doc.char_span((at, at + 1))
    before, after = doc.text[first:begin], doc.text[finish:last]
    opened = any(before.count(q) % 2 for q in QUOTES) or any(c in before for c in "\u2018\u201c")
    return opened or after[:6].lstrip(" -").startswith("?") or "?" in after[:2]


def _framed(doc: Document, at: int) -> bool:
    """Whether a framing word stands before token `at` in its sentence."""
    start, _ = doc.sentence_tokens(doc.sentence_of[at])
    return any(doc.tokens[i] in FRAMING_WORDS for i in range(start, at))


def _negated(doc: Document, at: int) -> bool:
    """Whether a negator of the same sentence stands within reach before token `at`."""
    return word_shortly_before(doc.tokens, doc.sentence_of, at, NEGATORS, NEGATOR_REACH)


def _clause_words(doc: Document, at: int) -> set[str]:
    """The words within RECORD_REACH either side of token `at`, in its clause."""
    clause = {doc.tokens[i] for i in doc.before_in_clause(at, RECORD_REACH)}
    return clause | {doc.tokens[i] for i in doc.after_in_clause(at, at + 1, RECORD_REACH)}


def _record_error(doc: Document, at: int) -> bool:
    """Whether the error word at `at` is told of a record that did not decide the act: its
    clause names such a record and no record that decides it ("Request form error", "written
    on the sheet by mistake"; not "from the request - wrong side prepared")."""
    clause = _clause_words(doc, at)
    return (
        bool(clause & NON_DECIDING_RECORDS)
        and not clause & DECIDING_RECORDS
        and not clause & READING_WORDS
    )


def _plan_put_right(doc: Document, at: int) -> bool:
    """Whether token `at` tells a record that decides the act put right ("List corrected"):
    the plan itself was wrong, an error made and caught."""
    if doc.tokens[at] not in PUT_RIGHT_WORDS:
        return False
    clause = _clause_words(doc, at)
    return bool(clause & DECIDING_RECORDS)


def _error_of_the_act(doc: Document, at: int) -> bool:
    """Whether the error word at `at` tells an error of the act as a fact."""
    return not (
        _negated(doc, at)
        or _quoted_or_queried(doc, at)
        or _framed(doc, at)
        or _record_error(doc, at)
    )


def _conformity_denied(doc: Document, at: int) -> bool:
    """Whether token `at` is a word of keeping to the plan told negated ("the right implant was
    not the one intended"): the error itself."""
    return doc.tokens[at] in CONFORMITY_WORDS and word_shortly_before(
        doc.tokens, doc.sentence_of, at, NEGATORS, CONFORMITY_NEGATOR_REACH
    )


def _declared(doc: Document, at: int) -> bool:
    """Whether token `at` opens a never event named ("Never event - wrong implant")."""
    following = at + 1
    return (
        doc.tokens[at] == NEVER_WORD
        and following < len(doc.tokens)
        and doc.tokens[following] == EVENT_WORD
    )


def _redo_prefix(doc: Document, at: int) -> bool:
    """Whether token `at` is the hyphened prefix of a redo ("re-marked")."""
    if doc.tokens[at] != REDO_PREFIX:
        return False
    end = doc.char_span((at, at + 1))[1]
    return doc.text[end : end + 1] == "-"


def _other_label(doc: Document, at: int) -> bool:
    """Whether token `at` is a label told as another patient's in its clause ("the
    addressograph label on page 1 was for another pt")."""
    if doc.tokens[at] not in LABEL_WORDS:
        return False
    clause = _clause_words(doc, at)
    return bool(clause & ANOTHER_WORDS)


def _predicative(doc: Document, at: int) -> bool:
    """Whether the verdict word at `at` tells a thing right ("all correct", "it was correct in
    content", "done correctly") rather than naming the right thing ("correct side done"), and
    not after a redo ("re-marked correctly")."""
    if any(_redo_prefix(doc, i) for i in doc.before_in_clause(at, REDO_REACH)):
        return False
    following = at + 1
    if doc.tokens[at] != "correct" or following >= len(doc.tokens):
        return True
    if doc.sentence_of[following] != doc.sentence_of[at] or following in doc.clause_breaks:
        return True
    return doc.tokens[following] in PREDICATIVE_FOLLOWERS


def _record_raised(doc: Document) -> bool:
    """Whether the report raises a record that did not decide the act: another patient's label,
    or such a record written wrong or put right."""
    return any(
        _other_label(doc, at) or (token in RECORD_FAULT_WORDS and _record_error(doc, at))
        for at, token in enumerate(doc.tokens)
    )


def _raised(doc: Document, record_raised: bool) -> bool:
    """Whether the report tells the side raised by someone's query, thought or worry, or (as
    `record_raised` says) a record that did not decide the act written wrong or put right: what
    the verdict answers."""
    return record_raised or not FRAMING_WORDS.isdisjoint(doc.tokens)


def _told_of_the_plan(doc: Document, at: int) -> bool:
    """Whether the verdict word at `at` is told of the plan's paperwork ("the consent was
    correct", "all paperwork was correct", "everything else was correct"), not of the act."""
    return any(
        doc.tokens[i] in PLAN_RECORD_SUBJECTS for i in doc.before_in_clause(at, SUBJECT_REACH)
    )


def _claimed(doc: Document, at: int) -> bool:
    """Whether a word of someone's saying or thinking stands before token `at` in its sentence:
    a verdict told as that person's claim ("surgeon said the R was correct")."""
    start, _ = doc.sentence_tokens(doc.sentence_of[at])
    return any(doc.tokens[i] in CLAIM_WORDS for i in range(start, at))


def _turned_after(doc: Document, at: int) -> bool:
    """Whether a turning word (concerns.TURN_WORDS) follows token `at` in its sentence: "tray as
    planned, but the L femoral component was cemented into the right knee"."""
    _, end = doc.sentence_tokens(doc.sentence_of[at])
    return any(doc.tokens[i] in TURN_WORDS for i in range(at + 1, end))


def _verdict(doc: Document, record_raised: bool) -> bool:
    """Whether the report gives a verdict that clears the site: a word telling it right or kept
    to the plan, an error or a trouble denied, or an error or a putting right told only of a
    record that did not decide the act, with the record told put right, and no turn after it
    in its sentence ("Corrected letter sent"; an op note "dictated as right in error, hiding
    it" clears nothing). A "correct" told of the plan's paperwork ("the consent was correct")
    clears only a raised record, and one told as someone's claim ("surgeon said the R was
    correct") clears nothing."""
    tokens = doc.tokens
    put_right = any(token in PUT_RIGHT_WORDS for token in tokens)
    for at, token in enumerate(tokens):
        if _turned_after(doc, at):
            continue
        if (
            token in RIGHT_VERDICT_WORDS
            and not _negated(doc, at)
            and _predicative(doc, at)
            and (record_raised or not _told_of_the_plan(doc, at))
            and not _claimed(doc, at)
        ):
            return True
        if token in AS_PLANNED_WORDS and at > 0 and tokens[at - 1] == AS_WORD:
            return True
        if token in DENIED_FAULT_WORDS and _negated(doc, at):
            return True
        if token in RECORD_FAULT_WORDS and _record_error(doc, at) and put_right:
            return True
    return False


def site_told_right(analysis: Analysis) -> bool:
    """Whether the report clears the side or site it raised: a verdict telling it right, no
    error of the act told as a fact, and nothing found or owned (module docstring). Read once
    per report: it depends on the text alone, and every wrong-site or implant rule asks."""
    return analysis.reading(
        ("site_query_answered", "site told right"), lambda: _site_told_right(analysis.doc)
    )


def _site_told_right(doc: Document) -> bool:
    tokens = doc.tokens
    if any(
        token in FOUND_WORDS or token in UNDONE_WORDS or _redo_prefix(doc, at)
        for at, token in enumerate(tokens)
    ):
        return False
    if any(token in HELD_BACK_WORDS and _negated(doc, at) for at, token in enumerate(tokens)):
        return False
    if any(
        _conformity_denied(doc, at) or _declared(doc, at) or _plan_put_right(doc, at)
        for at in range(len(tokens))
    ):
        return False
    if any(
        token in SIDE_ERROR_WORDS and _error_of_the_act(doc, at) for at, token in enumerate(tokens)
    ):
        return False
    record_raised = _record_raised(doc)
    return _raised(doc, record_raised) and _verdict(doc, record_raised)


#: The exclusion id of a side the report clears, per never-event code: a look-alike, whose
#: themes are the narrative's own.
SITE_TOLD_RIGHT = "ex.site_told_right"


def site_told_right_exclusion(code: str) -> str:
    """The exclusion id a finding of never event `code` gets when the report clears its side."""
    return f"NE{code}.{SITE_TOLD_RIGHT}"
