"""A narrative as the rules see it: lower-case tokens with character offsets and sentences."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from shared.taxonomy.phrases import TOKEN_RE

# A sentence ends at . ! ? ; followed by white space (or the end), or at a line break, except
# after an abbreviation such as "Dr." or "approx.".
_ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "sr", "st", "approx", "eg", "ie", "vs", "no", "fig", "ref"}
)

#: (first token, end token exclusive) of a phrase found in a document.
Span = tuple[int, int]


class Document:
    """Tokens of a (redacted) narrative, their sentence numbers and clause breaks; the tokens'
    character offsets are worked out when first asked for (only evidence needs them)."""

    __slots__ = (
        "_ends",
        "_starts",
        "clause_breaks",
        "lowered",
        "sentence_of",
        "sentence_starts",
        "text",
        "tokens",
    )

    def __init__(
        self,
        text: str,
        lowered: str,
        tokens: list[str],
        sentence_of: list[int],
        clause_breaks: list[int],
    ) -> None:
        self.text = text
        self.lowered = lowered
        self.tokens = tokens
        self.sentence_of = sentence_of
        self.clause_breaks = clause_breaks
        #: Index of the first token of each sentence (sentences without tokens are skipped).
        self.sentence_starts = [
            i for i in range(len(tokens)) if i == 0 or sentence_of[i] != sentence_of[i - 1]
        ]
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None

    def _offsets(self) -> tuple[list[int], list[int]]:
        if self._starts is None or self._ends is None:
            self._starts, self._ends = _token_offsets(self.lowered, self.tokens)
        return self._starts, self._ends

    @property
    def starts(self) -> list[int]:
        """Character offset of each token in `text`."""
        return self._offsets()[0]

    @property
    def ends(self) -> list[int]:
        """Character offset just after each token in `text`."""
        return self._offsets()[1]

    def char_span(self, span: Span) -> tuple[int, int]:
        """Character offsets in `text` of a token span."""
        starts, ends = self._offsets()
        return starts[span[0]], ends[span[1] - 1]

    def excerpt(self, span: Span) -> str:
        """The text a token span covers."""
        start, end = self.char_span(span)
        return self.text[start:end]


def _token_offsets(lowered: str, tokens: list[str]) -> tuple[list[int], list[int]]:
    """Start and end offsets of `tokens` in `lowered`: each token is the first occurrence of
    its text after the previous one (characters between tokens can never form a token)."""
    find = lowered.find
    position = 0
    ends = [(position := find(token, position) + len(token)) for token in tokens]
    starts = [end - len(token) for end, token in zip(ends, tokens, strict=True)]
    return starts, ends


# Sentence ends and clause breaks (commas, colons, brackets, spaced dashes) are found apart
# from the tokens; an end or break inside a token ("0.9", "1,000") is not one.
_END_RE = re.compile(r"[.!?;]+(?=\s|$)|\n")
_BREAK_RE = re.compile(r"[,:()]|\s[-–]\s")
# The same for ASCII text, with plain character sets (Unicode classes such as [^\W\d_] and \s
# cost the regex engine a database lookup per character). Unicode \s also takes \x1c-\x1f.
_ASCII_TOKEN_RE = re.compile(r"\[[A-Za-z_]+\]|[A-Za-z]+|[0-9]+(?:[.,][0-9]+)?|[+%]")
_ASCII_SPACE = "[ \t\n\r\x0b\x0c\x1c-\x1f]"
_ASCII_END_RE = re.compile(rf"[.!?;]+(?={_ASCII_SPACE}|$)|\n")
_ASCII_BREAK_RE = re.compile(rf"[,:()]|{_ASCII_SPACE}-{_ASCII_SPACE}")


def _is_dotted_initial(text: str, dot: int) -> bool:
    """ "e.g." / "i.e." style: a single letter between two dots."""
    return dot >= 2 and text[dot - 2] == "." and text[dot - 1].isalpha()


_LETTERS_BEFORE_RE = re.compile(r"[^\W\d_]+\Z")
#: A comma between digits may sit inside a number token ("1,000"): such texts take the slow path.
_DIGIT_COMMA_RE = re.compile(r"\d,\d")


def _after_abbreviation(text: str, dot: int) -> bool:
    """Whether a single dot at `dot` follows an abbreviation ("Dr.", "approx.", "e.g.")."""
    if dot == 0 or not text[dot - 1].isalpha():
        return False
    letters = _LETTERS_BEFORE_RE.search(text, max(0, dot - 12), dot)
    if letters is None:
        return False
    return letters.group() in _ABBREVIATIONS or _is_dotted_initial(text, dot)


def _cuts(text: str, ascii_only: bool) -> list[tuple[int, bool]]:
    """(offset, is a sentence end) of every sentence end and clause break, in text order."""
    end_re, break_re = (_ASCII_END_RE, _ASCII_BREAK_RE) if ascii_only else (_END_RE, _BREAK_RE)
    ends = []
    for m in end_re.finditer(text):
        start = m.start()
        if text[start] == "." and m.end() - start == 1 and _after_abbreviation(text, start):
            continue
        ends.append((start, m.end()))
    cuts = [(start, True) for start, _ in ends]
    breaks = [m.span() for m in break_re.finditer(text)]
    if "\n" in text:  # only a line break can be both a sentence end and part of a break
        breaks = [
            (start, end)
            for start, end in breaks
            if not any(e_start < end and start < e_end for e_start, e_end in ends)
        ]
    cuts += [(start, False) for start, _ in breaks]
    cuts.sort()
    return cuts


def read(text: str) -> Document:
    """Tokenize `text` (lower case) and number its sentences."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare Unicode whose lower case changes length
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if _DIGIT_COMMA_RE.search(lowered):
        return _read_slowly(text, lowered)
    ascii_only = lowered.isascii()
    findall = (_ASCII_TOKEN_RE if ascii_only else TOKEN_RE).findall
    tokens: list[str] = []
    sentence_of: list[int] = []
    clause_breaks: list[int] = []
    sentence = 0
    previous = 0
    for position, is_end in _cuts(lowered, ascii_only):
        piece = findall(lowered, previous, position)
        tokens += piece
        sentence_of += [sentence] * len(piece)
        if is_end:
            sentence += 1
        else:
            clause_breaks.append(len(tokens))
        previous = position
    piece = findall(lowered, previous)
    tokens += piece
    sentence_of += [sentence] * len(piece)
    return Document(text, lowered, tokens, sentence_of, clause_breaks)


def _inside(position: int, starts: list[int], ends: list[int]) -> bool:
    """Whether character `position` lies inside a token."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and position < ends[i]


def _read_slowly(text: str, lowered: str) -> Document:
    """`read` for texts where a comma may sit inside a number: from the tokens' offsets."""
    matches = list(TOKEN_RE.finditer(lowered))
    tokens = [m.group() for m in matches]
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    sentence_ends = []
    for m in _END_RE.finditer(lowered):
        start = m.start()
        if _inside(start, starts, ends):
            continue
        if lowered[start] == "." and m.end() - start == 1 and _after_abbreviation(lowered, start):
            continue
        sentence_ends.append((start, m.end()))
    clause_breaks = []
    for m in _BREAK_RE.finditer(lowered):
        start, end = m.span()
        if _inside(start, starts, ends) or any(
            e_start < end and start < e_end for e_start, e_end in sentence_ends
        ):
            continue
        clause_breaks.append(bisect_left(starts, start))
    end_offsets = [start for start, _ in sentence_ends]
    sentence_of = [bisect_left(end_offsets, start) for start in starts]
    return Document(text, lowered, tokens, sentence_of, clause_breaks)
