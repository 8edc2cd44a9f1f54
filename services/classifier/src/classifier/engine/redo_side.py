"""The "re" of a word split by a hyphen is no right side (never event 1).

The side phrases read "RE" as the right eye, so a redo verb written with a hyphen ("re-marked",
"re-prepped", "re-sited") gives them a right side: "Skin marking faded for L TKR, re-marked at
sign in" reads "for L TKR re" as the right side planned, set against the left knee operated. A
mark renewed or a site prepped again names no side by its prefix. One reading: a span of a
right side planned, acted on, set up or marked whose only right-side word is the "re" of a split
word is removed; a span that also names the right side in its own word ("re-prepped R") stays.
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.sides import (
    ACTED_SIDES,
    MARKED_SIDES,
    PLANNED_SIDES,
    REDO_PREFIX,
    SET_UP_SIDES,
    SIDE_WORDS,
)
from classifier.engine.text import Document, Span

#: The concepts of the right side whose spans the split "re" may have made (index 1 of each
#: (left, right) pair in sides.py).
RIGHT_SIDE_CONCEPTS = tuple(
    pair[1] for pair in (PLANNED_SIDES, ACTED_SIDES, SET_UP_SIDES, MARKED_SIDES)
)
#: The hyphen that splits a redo prefix from its verb ("re-marked").
SPLITTING_HYPHEN = "-"


def split_redo_prefix(doc: Document, at: int) -> bool:
    """Whether token `at` is the "re" of a word split by a hyphen ("re-marked")."""
    if doc.tokens[at] != REDO_PREFIX:
        return False
    end = doc.ends[at]
    return doc.lowered[end : end + 1] == SPLITTING_HYPHEN


def side_only_by_redo_prefix(doc: Document, span: Span) -> bool:
    """Whether the span's only right-side word is the "re" of a split word."""
    start, end = span
    prefixed = any(split_redo_prefix(doc, k) for k in range(start, end))
    named = any(doc.tokens[k] in SIDE_WORDS[1] for k in range(start, end))
    return prefixed and not named


def drop_redo_prefix_sides(analysis: Analysis) -> None:
    """Remove the right-side spans told only by the "re" of a split word."""
    doc = analysis.doc
    for concept in RIGHT_SIDE_CONCEPTS:
        spans = [span for span in analysis.concept(concept) if side_only_by_redo_prefix(doc, span)]
        if spans:
            analysis.remove_found(concept_label(concept), spans)
