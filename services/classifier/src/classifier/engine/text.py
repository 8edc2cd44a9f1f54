"""A narrative as the rules see it: lower-case tokens with character offsets and sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.taxonomy.phrases import TOKEN_RE

# A sentence ends at . ! ? ; followed by white space (or the end), or at a line break, except
# after an abbreviation such as "Dr." or "approx.".
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
    clause_breaks: list[int]

    def char_span(self, span: Span) -> tuple[int, int]:
        """Character offsets in `text` of a token span."""
        return self.starts[span[0]], self.ends[span[1] - 1]

    def excerpt(self, span: Span) -> str:
        """The text a token span covers."""
        start, end = self.char_span(span)
        return self.text[start:end]


# One pass finds the tokens, the sentence ends and the clause breaks (commas, colons, dashes,
# brackets), which end a negation or hypothetical scope.
_SCAN_RE = re.compile(r"(?P<end>[.!?;]+(?=\s|$)|\n)|(?P<break>[,:()]|\s[-–]\s)|" + TOKEN_RE.pattern)


def _is_dotted_initial(text: str, dot: int) -> bool:
    """ "e.g." / "i.e." style: a single letter between two dots."""
    return dot >= 2 and text[dot - 2] == "." and text[dot - 1].isalpha()


def read(text: str) -> Document:
    """Tokenize `text` (lower case) and number its sentences."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare Unicode whose lower case changes length
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    tokens: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    sentence_of: list[int] = []
    clause_breaks: list[int] = []
    sentence = 0
    for m in _SCAN_RE.finditer(lowered):
        start, end = m.span()
        kind = m.lastgroup
        if kind == "break":
            clause_breaks.append(len(tokens))
            continue
        if kind == "end":
            if (
                lowered[start] == "."
                and end - start == 1
                and tokens
                and ends[-1] == start
                and (tokens[-1] in _ABBREVIATIONS or _is_dotted_initial(lowered, start))
            ):
                continue
            sentence += 1
            continue
        tokens.append(lowered[start:end])
        starts.append(start)
        ends.append(end)
        sentence_of.append(sentence)
    return Document(text, tokens, starts, ends, sentence_of, clause_breaks)
