"""The transplanted kidney or the patient's own: a kidney transplant recipient has two sites a
renal procedure can be meant for, the graft (usually in the iliac fossa) and the native kidneys
(in the loins). A request or list for one, and the other scanned, marked, positioned for or
biopsied ("the request on ICE was for a transplant kidney biopsy (RIF graft). Pt positioned prone
... the reg had scanned and marked the L loin over the native kidney"; dev-179404), is a wrong
site: set up only and stopped, near miss 1; biopsied or needled, never event 1. No side word
tells it, so the side readings cannot.

What decides is the kind of kidney meant against the kind acted on:

- meant: a kind word (TRANSPLANT_WORDS or NATIVE_WORDS) in a sentence telling a request, list
  or booking (PLAN_WORDS), within KIND_PLAN_REACH tokens after the plan word or KIND_PLAN_AFTER
  before it ("Native renal biopsy requested");
- set up or acted on: a kind word with a verb of setting up (SET_UP_VERBS) or of the act
  (ACT_VERBS) within VERB_REACH tokens before it in its sentence, or just after it ("the native
  kidney was biopsied"), not negated;
- the kind set up or acted on is the other one, never the kind meant.
"""

from __future__ import annotations

from classifier.engine.context import sentence_told_long_ago
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span

#: The concepts this reading adds (rules NE1.other_kidney_acted_on, NE1.other_kidney_set_up).
OTHER_KIDNEY_ACTED_ON = "other_kidney_acted_on"
OTHER_KIDNEY_SET_UP = "other_kidney_set_up"
TRANSPLANT_WORDS = frozenset({"transplant", "transplanted", "graft", "allograft", "tx"})
NATIVE_WORDS = frozenset({"native"})
KIDNEY_WORDS = frozenset({"kidney", "kidneys", "renal", "biopsy", "loin", "graft", "allograft"})
#: Words telling what was meant: a request, list, booking or referral, or a plan.
PLAN_WORDS = frozenset(
    {
        *("request", "requested", "requesting", "referral", "referred", "listed", "booked"),
        *("planned", "consented", "indication", "meant", "supposed", "intended"),
    }
)
KIND_PLAN_REACH = 8
#: ... or within KIND_PLAN_AFTER tokens after it ("Native renal biopsy requested").
KIND_PLAN_AFTER = 4
SET_UP_VERBS = frozenset(
    {
        *("scanned", "scanning", "marked", "marking", "prepped", "prepping", "positioned"),
        *("draped", "localised", "localized", "identified", "located", "cleaned"),
    }
)
#: Set-up verbs that may tell looking only ("Transplant kidney scanned first to check for
#: hydronephrosis, then native L kidney biopsied as planned", "the native kidneys were
#: identified on US as small"; review r27): no set-up when the kidney meant was the one acted on.
LOOK_VERBS = frozenset({"scanned", "scanning", "identified", "located"})
ACT_VERBS = frozenset(
    {
        *("biopsied", "biopsying", "needled", "punctured", "infiltrated", "injected", "cores"),
        *("core", "needle"),
    }
)
#: Verbs of the act read only after the kind word ("the native kidney biopsy was done"): before
#: it they may tell the operator's past ("had only done native biopsies before").
ACT_AFTER_VERBS = frozenset({"done", "performed", "taken", "carried"})
VERB_REACH = 8
VERB_AFTER = 4
NEGATORS = frozenset({"not", "no", "never", "nt", "without"})


def _kind(token: str) -> str | None:
    """The kind of kidney a word names: "graft", "native" or None."""
    if token in TRANSPLANT_WORDS:
        return "graft"
    if token in NATIVE_WORDS:
        return "native"
    return None


def _kidney_told(tokens: list[str], at: int) -> bool:
    """Whether a kidney or its biopsy is told with the kind word at `at` (within 2 tokens
    after, or the kind word itself a graft)."""
    return tokens[at] in KIDNEY_WORDS or not KIDNEY_WORDS.isdisjoint(tokens[at + 1 : at + 3])


def _kinds_meant(doc: Document) -> set[str]:
    """The kinds told as meant: a kind word within KIND_PLAN_REACH tokens after a plan word in
    its sentence."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    meant = set()
    for at, token in enumerate(tokens):
        kind = _kind(token)
        if kind is None or not _kidney_told(tokens, at):
            continue
        near = (
            *range(max(0, at - KIND_PLAN_REACH), at),
            *range(at + 1, min(len(tokens), at + 1 + KIND_PLAN_AFTER)),
        )
        if any(tokens[i] in PLAN_WORDS and sentence_of[i] == sentence_of[at] for i in near):
            meant.add(kind)
    return meant


def _verbs_near(
    doc: Document, at: int, verbs: frozenset[str], after: frozenset[str] = frozenset()
) -> bool:
    """Whether one of `verbs` stands within VERB_REACH tokens before token `at` or VERB_AFTER
    after it (or one of `after` after it), in its sentence, with no negator just before it."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    before = range(max(0, at - VERB_REACH), at)
    return any(
        (tokens[i] in verbs or (i > at and tokens[i] in after))
        and sentence_of[i] == sentence_of[at]
        and NEGATORS.isdisjoint(tokens[max(0, i - 2) : i])
        for i in (*before, *range(at + 1, min(len(tokens), at + 1 + VERB_AFTER)))
    )


def _meant_kind_acted_on(doc: Document, meant: set[str]) -> bool:
    """Whether a word of the kind meant is told acted on today (the graft biopsied as planned)."""
    return any(
        _kind(token) in meant
        and _kidney_told(doc.tokens, at)
        and not sentence_told_long_ago(doc, at)
        and _verbs_near(doc, at, ACT_VERBS, ACT_AFTER_VERBS)
        for at, token in enumerate(doc.tokens)
    )


def _other_kind_handled(doc: Document, meant: set[str]) -> tuple[list[Span], list[Span]]:
    """The kind words of the kidney not meant told acted on, and those told set up only (by a
    verb of looking only when the kidney meant was not the one acted on); none of the patient's
    history."""
    acted: list[Span] = []
    set_up: list[Span] = []
    set_up_verbs = SET_UP_VERBS
    if _meant_kind_acted_on(doc, meant):
        set_up_verbs = SET_UP_VERBS - LOOK_VERBS
    for at, token in enumerate(doc.tokens):
        kind = _kind(token)
        if kind is None or kind in meant or not _kidney_told(doc.tokens, at):
            continue
        if sentence_told_long_ago(doc, at):
            continue
        if _verbs_near(doc, at, ACT_VERBS, ACT_AFTER_VERBS):
            acted.append((at, at + 1))
        elif _verbs_near(doc, at, set_up_verbs):
            set_up.append((at, at + 1))
    return acted, set_up


def add_graft_or_native_reasoning(analysis: Analysis) -> None:
    """Add OTHER_KIDNEY_ACTED_ON or OTHER_KIDNEY_SET_UP where one kind of kidney (transplanted or
    native) is told meant and only the other told acted on or set up (see the module's
    docstring)."""
    doc = analysis.doc
    tokens = set(doc.tokens)
    if TRANSPLANT_WORDS.isdisjoint(tokens) or NATIVE_WORDS.isdisjoint(tokens):
        return
    meant = _kinds_meant(doc)
    if len(meant) != 1:
        return  # neither or both told meant: nothing to set the act against
    acted, set_up = _other_kind_handled(doc, meant)
    if acted:
        analysis.add_found(concept_label(OTHER_KIDNEY_ACTED_ON), acted)
    if set_up:
        analysis.add_found(concept_label(OTHER_KIDNEY_SET_UP), set_up)
