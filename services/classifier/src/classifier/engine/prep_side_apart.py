"""A side's act read across two steps: the act told first, the prep of a side after it.

The wrong-site and side's-act phrases read a verb of doing and a side after it as the act done
on that side ("right ... done on the left", "performed ... the L leg"). Told across two steps,
the verb is the first step's and the side the second's: "right femoral block done, then skin
prep begun on the left leg" tells a block on the right and a prep begun on the left, not the
block on the left; "popliteal block R side performed in anaes room, then in theatre the L leg
was prepped" a prep of the L leg. A prep or drape is the set-up of the site, not the procedure
(the guide: a wrong side prepped and caught is near miss 1); what the catch then stopped is read
by the rules of the set-up. One reading: a wrong-site or side's-act span whose last side stands
in a later clause than its verb, in the clause of a skin-prep word, is no act on that side.
"""

from __future__ import annotations

from classifier.engine.context import SITE_PREP_WORDS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.sides import ACTED_SIDES, side_of
from classifier.engine.site_act import WRONG_SITE_CONCEPT
from classifier.engine.text import Document, Span

#: Verbs of doing the side-against-side phrases read ("right .. done .. on .. left").
DOING_WORDS = frozenset(
    {"started", "performed", "done", "operated", "carried", "undertaken", "commenced"}
    | {"incised", "injected", "made", "given", "sited", "inserted"}
)

#: Tokens either side of a side word, in its clause, read for the prep it is told with.
PREP_REACH = 5
#: The concepts whose spans tell an act on a side: the wrong site and each side's act.
SIDE_ACT_CONCEPTS = (WRONG_SITE_CONCEPT, *ACTED_SIDES)


def _prepped_side(doc: Document, at: int) -> bool:
    """Whether the side at token `at` is told with a skin-prep word in its clause ("skin prep
    begun on the left", "the L leg was prepped")."""
    near = (*doc.before_in_clause(at, PREP_REACH), *doc.after_in_clause(at, at + 1, PREP_REACH))
    return any(doc.tokens[i] in SITE_PREP_WORDS for i in near)


def side_told_of_a_prep(doc: Document, span: Span) -> bool:
    """Whether a span's last side stands in a later clause than the span's first verb of doing
    and is told with a skin prep ("right femoral block done, then skin prep begun on the
    left"): the verb is the earlier step's, the side the prep's."""
    tokens = doc.tokens
    verbs = [i for i in range(span[0], span[1]) if tokens[i] in DOING_WORDS]
    sides = [i for i in range(span[0], span[1]) if side_of(tokens[i]) is not None]
    if not verbs or not sides or sides[-1] < verbs[0]:
        return False
    return doc.clause_opens_between(verbs[0], sides[-1]) and _prepped_side(doc, sides[-1])


def add_prep_side_apart_reasoning(analysis: Analysis) -> None:
    """Remove from the wrong site and the sides' acts each span that reads a prep's side as
    the side of the act told before it (`side_told_of_a_prep`)."""
    doc = analysis.doc
    if SITE_PREP_WORDS.isdisjoint(doc.tokens):
        return
    for concept in SIDE_ACT_CONCEPTS:
        label = concept_label(concept)
        apart = [span for span in analysis.found.get(label, []) if side_told_of_a_prep(doc, span)]
        if apart:
            analysis.remove_found(label, apart)
