"""A narrative as the rules see it: lower-case tokens with character offsets and sentences."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from shared.taxonomy.phrases import TOKEN_RE

# A sentence ends at . ! ? ; followed by white space (or the end), or at a line break.
_BOUNDARY_RE = re.compile(r"[.!?;]+(?=\s|$)|\n")
_ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "sr", "st", "approx", "eg", "ie", "vs", "no", "fig", "ref"}
)

#: (first token, end token exclusive) of a phrase found in a document.
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Document:
    """Tokens of a (redacted) narrative, their offsets and sentence numbers."""

    text: str
    tokens: list[str]
    starts: list[int]
    ends: list[int]
    sentence_of: list[int]

    def char_span(self, span: Span) -> tuple[int, int]:
        """Character offsets in `text` of a token span."""
        return self.starts[span[0]], self.ends[span[1] - 1]

    def excerpt(self, span: Span) -> str:
        """The text a token span covers."""
        start, end = self.char_span(span)
        return self.text[start:end]


def _sentence_boundaries(text: str) -> list[int]:
    boundaries = []
    for m in _BOUNDARY_RE.finditer(text):
        if m.group() == ".":
            word = text[max(0, m.start() - 7) : m.start()].rsplit(None, 1)[-1:] or [""]
            if word[0].lower().replace(".", "") in _ABBREVIATIONS:
                continue
        boundaries.append(m.start())
    return boundaries


def read(text: str) -> Document:
    """Tokenize `text` and number its sentences."""
    tokens: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in TOKEN_RE.finditer(text):
        tokens.append(m.group().lower())
        starts.append(m.start())
        ends.append(m.end())
    boundaries = _sentence_boundaries(text)
    sentence_of = [bisect_right(boundaries, start) for start in starts]
    return Document(text, tokens, starts, ends, sentence_of)
