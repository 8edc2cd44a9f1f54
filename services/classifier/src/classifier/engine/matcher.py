"""Find every taxonomy phrase in a document in one pass over its tokens.

Phrases are indexed by their first token (exact, prefix or number), so a narrative is matched
in time proportional to its length, whatever the size of the taxonomy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from shared.taxonomy.phrases import MAX_GAP, Slot, parse_phrase

from classifier.engine.text import Document, Span

#: Tokens a `..` gap never swallows: "restrictor .. in place" must not match "not in place".
GAP_STOPPERS = frozenset({"not", "no", "never", "t", "nil", "without", "nor"})


@dataclass(frozen=True, slots=True)
class _Phrase:
    slots: tuple[Slot, ...]
    labels: tuple[str, ...]


class PhraseIndex:
    """Phrases grouped under labels (concept ids, context cue lists, theme cues)."""

    def __init__(self, labelled_phrases: Iterable[tuple[str, str]]) -> None:
        by_text: dict[str, list[str]] = defaultdict(list)
        for label, phrase in labelled_phrases:
            if label not in by_text[phrase]:
                by_text[phrase].append(label)
        self._exact: dict[str, list[_Phrase]] = defaultdict(list)
        self._prefix: dict[str, list[_Phrase]] = defaultdict(list)
        self._number: list[_Phrase] = []
        for text, labels in by_text.items():
            self._add(_Phrase(parse_phrase(text), tuple(labels)))
        self._prefix_lengths = sorted({len(p) for p in self._prefix})

    def _add(self, phrase: _Phrase) -> None:
        words, prefixes, number = phrase.slots[0].first_tokens()
        for word in words:
            self._exact[word].append(phrase)
        for prefix in prefixes:
            self._prefix[prefix].append(phrase)
        if number:
            self._number.append(phrase)

    def _candidates(self, token: str) -> list[_Phrase]:
        found = list(self._exact.get(token, ()))
        for length in self._prefix_lengths:
            if length > len(token):
                break
            found.extend(self._prefix.get(token[:length], ()))
        if token[:1].isdigit():
            found.extend(self._number)
        return found

    def find(self, doc: Document) -> dict[str, list[Span]]:
        """Every label with the token spans of its phrases found in `doc`, in text order."""
        found: dict[str, list[Span]] = defaultdict(list)
        tokens, sentence_of = doc.tokens, doc.sentence_of
        for at, token in enumerate(tokens):
            for phrase in self._candidates(token):
                end = _match(phrase.slots, 0, tokens, at, sentence_of, sentence_of[at])
                if end > at:
                    for label in phrase.labels:
                        found[label].append((at, end))
        return found


def _match(
    slots: tuple[Slot, ...],
    index: int,
    tokens: list[str],
    at: int,
    sentence_of: list[int],
    sentence: int,
) -> int:
    """End (exclusive) of the shortest match of slots[index:] at token `at`, or -1."""
    if index == len(slots):
        return at
    slot = slots[index]
    if slot.kind == "gap":
        return _match_gap(slots, index, tokens, at, sentence_of, sentence)
    if at >= len(tokens) or sentence_of[at] != sentence:
        return -1
    for end in slot.ends(tokens, at):
        if sentence_of[end - 1] != sentence:
            continue
        result = _match(slots, index + 1, tokens, end, sentence_of, sentence)
        if result >= 0:
            return result
    return -1


def _match_gap(
    slots: tuple[Slot, ...],
    index: int,
    tokens: list[str],
    at: int,
    sentence_of: list[int],
    sentence: int,
) -> int:
    for skip in range(MAX_GAP + 1):
        if skip:
            last = at + skip - 1
            if last >= len(tokens) or sentence_of[last] != sentence or tokens[last] in GAP_STOPPERS:
                return -1
        result = _match(slots, index + 1, tokens, at + skip, sentence_of, sentence)
        if result >= 0:
            return result
    return -1
