"""A midazolam strength only queried, and answered as the right product (never event 8).

Reports are raised because someone asked whether the midazolam was the high strength ("queried
whether the midazolam on the sedation trolley was high strength as the box looked different",
"?high strength midazolam", "worried it might be the stronger version"), and the check then
found the intended product ("Checked with pharmacy: it is 5mg/5ml = 1mg/ml, correct product").
The rules read the high strength beside the sedation; the report's own check clears it: no
error was made, so there is neither a never event nor a near miss.

`strength_query_answered` reads it in three parts, each a class of words:

- the high strength told only inside a query: every high strength the report names stands after
  a word of querying, worrying or claiming in its sentence (`concerns.claim_framed`), after a
  query mark, or after a word opening an indirect question in its clause ("asked if the amps
  were the high strength ones"); a strength told as what the check found ("checked: it was
  5mg/ml") is no query;
- the answer: a sentence after the query names the low strength ("1mg/ml", "5mg in 5ml") or
  tells the product right ("correct", "as intended", "the usual");
- no error told: after the query, no error word stands unnegated ("wrong strength"; "nothing
  given in error" is a denial) and nothing was replaced ("discarded", "swapped", "redrawn"),
  which a high strength found and caught carries.
"""

from __future__ import annotations

from classifier.engine.concerns import ERROR_WORDS, NEGATORS, claim_framed
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span, word_shortly_before

STRENGTH_QUERY_ANSWERED = "midazolam_strength_query_answered"
#: The concepts naming the high strength, and the one naming the low strength.
HIGH_STRENGTH_CONCEPTS = ("high_strength_midazolam", "strength_2mg_per_ml_or_more")
LOW_STRENGTH_CONCEPT = "midazolam_low_strength"
#: Words opening an indirect question before the strength in its clause ("queried whether it
#: was high strength", "asked if the amps were the high strength ones").
QUESTION_WORDS = frozenset({"whether", "if"})
QUESTION_REACH = 10
#: Words telling the product right: the check's answer ("correct product", "as intended",
#: "the usual 1mg/ml").
RIGHT_WORDS = frozenset({"correct", "right", "intended", "usual", "standard"})
#: Words of the product replaced or thrown away: a high strength found and caught, not a query
#: answered.
REPLACED_WORDS = frozenset(
    {
        *("discarded", "replaced", "swapped", "redrawn", "binned", "destroyed", "exchanged"),
        *("quarantined", "obtained", "removed", "withdrawn"),
    }
)
#: How many tokens before an error word its negator may stand ("nothing given in error").
NEGATOR_REACH = 4


def _queried(analysis: Analysis, span: Span) -> bool:
    """Whether a high strength is told inside a query: a claim frame or a query mark before it,
    or a word opening an indirect question before it in its clause."""
    if claim_framed(analysis, (span,)):
        return True
    tokens = analysis.doc.tokens
    return any(
        tokens[i] in QUESTION_WORDS for i in analysis.doc.before_in_clause(span[0], QUESTION_REACH)
    )


def _error_or_redo_after(analysis: Analysis, start: int) -> bool:
    """Whether an unnegated error word or a replacement is told from token `start` on."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for i in range(start, len(tokens)):
        if tokens[i] in REPLACED_WORDS:
            return True
        if tokens[i] in ERROR_WORDS and not word_shortly_before(
            tokens, sentence_of, i, NEGATORS, NEGATOR_REACH
        ):
            return True
    return False


def _answered_after(analysis: Analysis, sentence: int) -> list[Span]:
    """The low strength named, or the right words, in the sentences after `sentence`."""
    doc = analysis.doc
    low = [
        span
        for span in analysis.concept(LOW_STRENGTH_CONCEPT)
        if analysis.sentence(span) > sentence
    ]
    if low:
        return low
    start = doc.sentence_tokens(sentence)[1]
    return [(i, i + 1) for i in range(start, len(doc.tokens)) if doc.tokens[i] in RIGHT_WORDS]


def strength_query_answered(analysis: Analysis) -> list[Span]:
    """The answer to a high strength only queried (see the module's docstring), or none."""
    highs = [span for concept in HIGH_STRENGTH_CONCEPTS for span in analysis.concept(concept)]
    if not highs or not all(_queried(analysis, span) for span in highs):
        return []
    last = max(analysis.sentence(span) for span in highs)
    if _error_or_redo_after(analysis, max(span[1] for span in highs)):
        return []
    return _answered_after(analysis, last)


def add_strength_query_answered_reasoning(analysis: Analysis) -> None:
    """Add the answer to a midazolam strength only queried (see the module's docstring)."""
    if answer := strength_query_answered(analysis):
        analysis.add_found(concept_label(STRENGTH_QUERY_ANSWERED), answer)
