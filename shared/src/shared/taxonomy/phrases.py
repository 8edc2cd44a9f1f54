"""Phrase patterns of the taxonomy and the word tokenizer they are matched against.

Text is split into tokens: runs of letters, numbers (``0.9``, ``1,000``), the symbols ``+``
and ``%``, and redaction tags (``[NAME]``); everything is compared in lower case.

A phrase is a whitespace-separated sequence of *slots*:

- ``word``: the token itself; a chunk such as ``naso-gastric`` or ``5mg/ml`` is tokenized like
  text (``naso gastric``, ``5 mg ml``);
- ``word*``: any token starting with ``word`` (``misplac*`` matches misplaced, misplacement);
- ``*word``: any token ending with ``word`` (``*ectomy`` matches nephrectomy, cystectomy);
- ``a|b c|d*|#``: any one of the alternatives: a word, a word sequence written with a
  hyphen or slash (``x-ray``, ``mg/ml``), a prefix, or ``#`` (any number);
- ``#``: any number; ``#<90``: a number below 90; ``_``: any one token;
- ``..``: a gap of zero to four tokens; ``...``: a gap of zero to eight tokens.

A phrase must start with a word, an alternative or ``#``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

TOKEN_RE = re.compile(r"\[[A-Za-z_]+\]|[^\W\d_]+|\d+(?:[.,]\d+)?|[+%]")
MAX_GAP = 4
MAX_LONG_GAP = 8
MIN_SUFFIX = 3

SlotKind = Literal["words", "any", "gap", "long_gap"]


@dataclass(frozen=True, slots=True)
class Slot:
    """One position of a phrase: alternatives (words, prefixes, word sequences, a number),
    any one token, or a gap."""

    kind: SlotKind
    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    sequences: tuple[tuple[str, ...], ...] = ()
    prefix_sequences: tuple[tuple[str, ...], ...] = ()
    number: bool = False
    number_below: float | None = None
    suffixes: tuple[str, ...] = ()

    plain: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        """`plain`: only single words and prefixes (the matcher's fast path)."""
        plain = self.kind == "words" and not (
            self.sequences or self.prefix_sequences or self.number or self.number_below is not None
        )
        object.__setattr__(self, "plain", plain)

    def ends(self, tokens: list[str], at: int) -> list[int]:
        """Token indexes just after each way this slot can match at `at` (not for gaps)."""
        if at >= len(tokens):
            return []
        token = tokens[at]
        if self.kind == "any":
            return [at + 1]
        found = []
        if (
            token in self.words
            or (self.prefixes and token.startswith(self.prefixes))
            or (self.suffixes and token.endswith(self.suffixes))
            or (self.number and token[:1].isdigit())
            or (self.number_below is not None and _number(token) < self.number_below)
        ):
            found.append(at + 1)
        for seq in self.sequences:
            if tuple(tokens[at : at + len(seq)]) == seq:
                found.append(at + len(seq))
        for seq in self.prefix_sequences:
            end = at + len(seq)
            if (
                end <= len(tokens)
                and tuple(tokens[at : end - 1]) == seq[:-1]
                and tokens[end - 1].startswith(seq[-1])
            ):
                found.append(end)
        return found

    def first_tokens(self) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], bool]:
        """Exact first tokens, first-token prefixes and suffixes, and whether a number can
        start the slot."""
        firsts = set(self.words) | {seq[0] for seq in self.sequences + self.prefix_sequences}
        number = self.number or self.number_below is not None
        return frozenset(firsts), self.prefixes, self.suffixes, number


def _number(token: str) -> float:
    """The value of a number token, or infinity for a word."""
    try:
        return float(token.replace(",", ""))
    except ValueError:
        return float("inf")


class PhraseError(ValueError):
    """A phrase of the taxonomy does not follow the phrase syntax."""


def tokenize(text: str) -> list[str]:
    """Lower-case tokens of `text`, as the matcher sees them."""
    return [m.group().lower() for m in TOKEN_RE.finditer(text)]


def _alternatives_slot(alternatives: list[str], phrase: str) -> Slot:
    words: set[str] = set()
    prefixes: list[str] = []
    sequences: list[tuple[str, ...]] = []
    prefix_sequences: list[tuple[str, ...]] = []
    suffixes: list[str] = []
    number = False
    number_below: float | None = None
    for alt in alternatives:
        if alt.startswith("*"):
            suffix = tokenize(alt[1:])
            if len(suffix) != 1 or len(suffix[0]) < MIN_SUFFIX:
                raise PhraseError(f"suffix '{alt}' of phrase '{phrase}' must be one word of 3+")
            suffixes.append(suffix[0])
            continue
        if alt == "#":
            number = True
            continue
        if alt.startswith("#<"):
            try:
                number_below = float(alt[2:])
            except ValueError as exc:
                raise PhraseError(f"bad number bound '{alt}' in phrase '{phrase}'") from exc
            continue
        tokens = tokenize(alt.rstrip("*"))
        if not tokens:
            raise PhraseError(f"alternative '{alt}' of phrase '{phrase}' has no word")
        if alt.endswith("*") and len(tokens) > 1:
            prefix_sequences.append(tuple(tokens))
        elif alt.endswith("*"):
            prefixes.append(tokens[0])
        elif len(tokens) == 1:
            words.add(tokens[0])
        else:
            sequences.append(tuple(tokens))
    return Slot(
        "words",
        frozenset(words),
        tuple(prefixes),
        tuple(sequences),
        tuple(prefix_sequences),
        number,
        number_below,
        tuple(suffixes),
    )


def _chunk_slots(chunk: str, phrase: str) -> list[Slot]:
    if chunk == "_":
        return [Slot("any")]
    if chunk == "..":
        return [Slot("gap")]
    if chunk == "...":
        return [Slot("long_gap")]
    if "|" in chunk or chunk == "#" or chunk.startswith(("#<", "*")):
        return [_alternatives_slot(chunk.split("|"), phrase)]
    is_prefix = chunk.endswith("*")
    tokens = tokenize(chunk.rstrip("*"))
    if not tokens:
        raise PhraseError(f"chunk '{chunk}' of phrase '{phrase}' has no word")
    slots = [Slot("words", frozenset({t})) for t in tokens]
    if is_prefix:
        slots[-1] = Slot("words", frozenset(), (tokens[-1],))
    return slots


@cache
def parse_phrase(phrase: str) -> tuple[Slot, ...]:
    """The slots of `phrase` (cached); raises PhraseError when the syntax is wrong."""
    slots: list[Slot] = []
    for chunk in phrase.split():
        slots.extend(_chunk_slots(chunk, phrase))
    if not slots:
        raise PhraseError("empty phrase")
    if slots[0].kind in ("any", "gap", "long_gap") or slots[-1].kind in ("gap", "long_gap"):
        raise PhraseError(f"phrase '{phrase}' must start and end with a word or number")
    return tuple(slots)
