"""The act done on the other aspect of the site planned (never event 1).

A wrong site is not only the other side: a nail border, a face of a joint or a limb has two
aspects, and a report tells the act on the wrong one by the aspect in the act's own clause
("PNA done on the MEDIAL border of R hallux", "wedge resection done on the lateral border") and
the plan's aspect in another clause or sentence ("assessment and consent were for the LATERAL
border"). The side readings (wrong_site_done) read only left and right; this reading reads the
pairs of aspects the same way: a verb told as the act near a procedure
(wrong_site_done.acts_near_a_procedure), its aspect within a few tokens after it in its clause
with no plan or contrast word between, and the other aspect of the pair told after a word of
planning or consent. Both aspects told as the act ("medial and lateral borders done"), or no
plan of the other, is no wrong site.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from classifier.engine.act_record import PLAN_BEFORE_WORDS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.site_act import WRONG_SITE_CONCEPT
from classifier.engine.text import Document

#: Pairs of aspects of one site: an act on one when the plan named the other is a wrong site
#: (the side readings cover left and right).
ASPECT_PAIRS = (
    frozenset({"medial", "lateral"}),
    frozenset({"anterior", "posterior"}),
)
#: Every aspect word read.
ASPECT_WORDS = frozenset().union(*ASPECT_PAIRS)
#: Words after an aspect that make it the way in, not the site ("done via a posterior
#: approach although planned anterior approach"): a route chosen, read neither as the act's
#: aspect nor as the plan's.
ROUTE_WORDS = frozenset({"approach", "approaches", "route"})
#: Words of a plan or consent an aspect is told after ("consent were for the LATERAL border",
#: "planned lateral"): the plan's aspect, not the act's.
ASPECT_PLAN_WORDS = PLAN_BEFORE_WORDS | frozenset(
    {"consent", "consented", "assessment", "plan", "planned", "intended", "meant", "should"}
)
#: Words between the verb and an aspect that make the aspect another's ("done although the
#: consent said lateral", "instead of the medial").
CONTRAST_WORDS = frozenset({"although", "but", "when", "instead", "than"})
#: How many tokens before an aspect its plan word may come, in its sentence.
PLAN_BEFORE = 6
#: How many tokens after the act's verb its aspect may come, in its clause.
ASPECT_AFTER = 6
#: The tokens after a verb in its clause, up to a reach (wrong_site_done.clause_tokens).
Clause = Callable[[Document, int, int], Iterable[int]]


def _other_aspect(word: str) -> str | None:
    """The other aspect of the pair `word` belongs to, None for a word of no pair."""
    for pair in ASPECT_PAIRS:
        if word in pair:
            return next(iter(pair - {word}))
    return None


def _a_route(tokens: list[str], at: int) -> bool:
    """Whether the aspect at `at` names the way in (ROUTE_WORDS just after it)."""
    return tokens[at + 1 : at + 2] != [] and tokens[at + 1] in ROUTE_WORDS


def _planned_aspects(doc: Document) -> set[str]:
    """The aspects told after a word of planning or consent in their sentence, not a route."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    return {
        token
        for at, token in enumerate(tokens)
        if token in ASPECT_WORDS
        and not _a_route(tokens, at)
        and any(
            tokens[i] in ASPECT_PLAN_WORDS and sentence_of[i] == sentence_of[at]
            for i in range(max(0, at - PLAN_BEFORE), at)
        )
    }


def aspect_acts(analysis: Analysis, acts: list[int], clause: Clause) -> list[tuple[int, int, str]]:
    """The acts of `acts` (tokens of verbs told as the act) with an aspect of their own: the
    nearest aspect after the verb in its clause (`clause` gives the tokens after a verb, in its
    clause, up to a reach), before any word of planning or contrast; as (verb, aspect token,
    aspect)."""
    tokens = analysis.doc.tokens
    found = []
    for at in acts:
        for i in clause(analysis.doc, at, ASPECT_AFTER):
            if tokens[i] in ASPECT_PLAN_WORDS or tokens[i] in CONTRAST_WORDS:
                break
            if tokens[i] in ASPECT_WORDS:
                if not _a_route(tokens, i):
                    found.append((at, i, tokens[i]))
                break
    return found


def add_aspect_against_plan(analysis: Analysis, acts: list[int], clause: Clause) -> None:
    """Add each act of `acts` told on one aspect of a site when the plan named the other, and
    no act is told on the planned one, as the wrong site (`clause` as for aspect_acts)."""
    if ASPECT_WORDS.isdisjoint(analysis.doc.tokens):
        return
    done = aspect_acts(analysis, acts, clause)
    acted = {aspect for _, _, aspect in done}
    planned = _planned_aspects(analysis.doc)
    wrong = [
        (min(at, where), max(at, where) + 1)
        for at, where, aspect in done
        if _other_aspect(aspect) in planned - acted and aspect not in planned
    ]
    if wrong:
        analysis.add_found(concept_label(WRONG_SITE_CONCEPT), wrong)
