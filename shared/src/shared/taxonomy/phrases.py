"""Phrase patterns of the taxonomy and the word tokenizer they are matched against.

Text is split into tokens: runs of letters, numbers (``0.9``, ``1,000``), the symbols ``+``
and ``%``, and redaction tags (``[NAME]``); everything is compared in lower case.

A phrase is a whitespace-separated sequence of *slots*:

- ``word``: the token itself; a chunk such as ``naso-gastric`` or ``5mg/ml`` is tokenized like
  text (``naso gastric``, ``5 mg ml``);
- ``word*``: any token starting with ``word`` (``misplac*`` matches misplaced, misplacement);
- ``a|b c|d*|#``: any one of the alternatives: a word, a word sequence written with a
  hyphen or slash (``x-ray``, ``mg/ml``), a prefix, or ``#`` (any number);
- ``#``: any number; ``_``: any one token; ``..``: a gap of zero to three tokens.

A phrase must start with a word, an alternative or ``#``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

TOKEN_RE = re.compile(r"\[[A-Za-z_]+\]|[^\W\d_]+|\d+(?:[.,]\d+)?|[+%]")
MAX_GAP = 3

SlotKind = Literal["words", "any", "gap"]


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

    def ends(self, tokens: list[str], at: int) -> list[int]:
        """Token indexes just after each way this slot can match at `at` (not for gaps)."""
        if at >= len(tokens):
            return []
        token = tokens[at]
        if self.kind == "any":
            return [at + 1]
        found = []
        if token in self.words or (self.prefixes and token.startswith(self.prefixes)):
            found.append(at + 1)
        elif self.number and token[:1].isdigit():
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

    def first_tokens(self) -> tuple[frozenset[str], tuple[str, ...], bool]:
        """Exact first tokens, first-token prefixes and whether a number can start the slot."""
        firsts = set(self.words) | {seq[0] for seq in self.sequences + self.prefix_sequences}
        return frozenset(firsts), self.prefixes, self.number


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
    number = False
    for alt in alternatives:
        if alt == "#":
            number = True
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
    )


def _chunk_slots(chunk: str, phrase: str) -> list[Slot]:
    if chunk == "_":
        return [Slot("any")]
    if chunk == "..":
        return [Slot("gap")]
    if "|" in chunk or chunk == "#":
        return [_alternatives_slot(chunk.split("|"), phrase)]
    is_prefix = chunk.endswith("*")
    tokens = tokenize(chunk.rstrip("*"))
    if not tokens:
        raise PhraseError(f"chunk '{chunk}' of phrase '{phrase}' has no word")
    slots = [Slot("words", frozenset({t})) for t in tokens]
    if is_prefix:
        slots[-1] = Slot("words", frozenset(), (tokens[-1],))
    return slots


def parse_phrase(phrase: str) -> tuple[Slot, ...]:
    """The slots of `phrase`; raises PhraseError when the syntax is wrong."""
    slots: list[Slot] = []
    for chunk in phrase.split():
        slots.extend(_chunk_slots(chunk, phrase))
    if not slots:
        raise PhraseError("empty phrase")
    if slots[0].kind in ("any", "gap") or slots[-1].kind == "gap":
        raise PhraseError(f"phrase '{phrase}' must start and end with a word or number")
    return tuple(slots)
