"""Find every taxonomy phrase in a document in one pass over its tokens.

Phrases are indexed by their first token (and, when it is a plain word or a number, by a key of
the next token), so a narrative is matched in time proportional to its length, whatever the
size of the taxonomy. Longer phrases are compiled to anchored regular expressions run over the
document's token string ("tok tok § tok ", § marking a sentence end), after a cheap check that
the document holds a candidate token for their most selective slot.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from itertools import accumulate

from classifier.engine.text import Document, Span
from shared.taxonomy.phrases import MAX_GAP, MAX_LONG_GAP, Slot, parse_phrase

#: Tokens a `..` gap never swallows: "restrictor .. in place" must not match "not in place".
GAP_STOPPERS = ("not", "no", "never", "t", "nil", "without", "nor")
SENTENCE_MARK = "§"
KEY_LENGTH = 3
NUMBER_KEY = "#"

_GAP_TOKEN = "(?:(?!(?:{}) )\\S+ )".format("|".join((*GAP_STOPPERS, SENTENCE_MARK)))
_Candidates = tuple[tuple[str, ...], tuple["_Phrase", ...]]


def _slot_keys(slot: Slot) -> frozenset[str] | None:
    """3-character keys one of which a document must hold for `slot` to match; None = any."""
    if slot.kind != "words" or slot.number or slot.number_below is not None or slot.suffixes:
        return None
    if any(len(prefix) < KEY_LENGTH for prefix in slot.prefixes):
        return None
    firsts = [
        *slot.words,
        *slot.prefixes,
        *(seq[0] for seq in slot.sequences),
        *(seq[0] for seq in slot.prefix_sequences),
    ]
    if any(len(seq) == 1 and len(seq[0]) < KEY_LENGTH for seq in slot.prefix_sequences):
        return None
    return frozenset(word[:KEY_LENGTH] for word in firsts)


def _slot_pattern(slot: Slot) -> str | None:
    """Regular expression of one slot over the token string (None: not expressible)."""
    if slot.kind == "any":
        return f"(?!{SENTENCE_MARK} )\\S+ "
    if slot.kind == "gap":
        return f"{_GAP_TOKEN}{{0,{MAX_GAP}}}?"
    if slot.kind == "long_gap":
        return f"{_GAP_TOKEN}{{0,{MAX_LONG_GAP}}}?"
    if slot.number_below is not None:
        return None
    alternatives = [re.escape(word) for word in sorted(slot.words, key=len, reverse=True)]
    alternatives += [re.escape(prefix) + "\\S*" for prefix in slot.prefixes]
    alternatives += ["\\S*" + re.escape(suffix) for suffix in slot.suffixes]
    alternatives += [" ".join(re.escape(t) for t in seq) for seq in slot.sequences]
    alternatives += [" ".join(re.escape(t) for t in seq) + "\\S*" for seq in slot.prefix_sequences]
    if slot.number:
        alternatives.append("\\d\\S*")
    return "(?:" + "|".join(alternatives) + ") "


class _Phrase:
    """A parsed phrase, its labels, its compiled pattern and its most selective keys."""

    __slots__ = ("_regex", "labels", "pattern", "required", "simple", "slots")

    def __init__(self, slots: tuple[Slot, ...], labels: tuple[str, ...]) -> None:
        self.slots = slots
        self.labels = labels
        first = slots[0]
        # One slot of single words/prefixes: the first token alone decides the match.
        self.simple = len(slots) == 1 and first.plain
        keys = [k for k in (_slot_keys(slot) for slot in slots[1:]) if k is not None]
        # Every later slot needs a candidate token in the sentence; most selective first.
        self.required = tuple(sorted(keys, key=len))
        patterns = [_slot_pattern(slot) for slot in slots]
        self.pattern = None if None in patterns else "".join(patterns)  # type: ignore[arg-type]
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str] | None:
        """The compiled pattern (compiled on first use: start-up stays fast)."""
        if self._regex is None and self.pattern is not None:
            self._regex = re.compile(self.pattern)
        return self._regex


class _TokenString:
    """The document's tokens as one string ("tok tok § tok "), with each token's offset."""

    __slots__ = ("offsets", "text")

    def __init__(self, doc: Document) -> None:
        tokens, sentence_of = doc.tokens, doc.sentence_of
        pieces = [token + " " for token in tokens]
        starts = [i for i in range(1, len(tokens)) if sentence_of[i] != sentence_of[i - 1]]
        mark = SENTENCE_MARK + " "
        for i in starts:
            pieces[i] = mark + pieces[i]
        offsets = list(accumulate(map(len, pieces), initial=0))
        offsets.pop()
        for i in starts:
            offsets[i] += len(mark)
        self.text = "".join(pieces)
        self.offsets = offsets

    def token_after(self, end: int) -> int:
        """The number of the first token starting at or after character `end`."""
        return bisect_left(self.offsets, end)


class PhraseIndex:
    """Phrases grouped under labels (concept ids, context cue lists, theme cues)."""

    def __init__(self, labelled_phrases: Iterable[tuple[str, str]]) -> None:
        by_text: dict[str, list[str]] = defaultdict(list)
        for label, phrase in labelled_phrases:
            if label not in by_text[phrase]:
                by_text[phrase].append(label)
        self._exact: dict[str, list[_Phrase]] = defaultdict(list)
        # Phrases starting with a plain word (or a number) and then a keyable slot, by
        # (word, key of the next token).
        self._bigram: dict[tuple[str, str], list[_Phrase]] = defaultdict(list)
        self._prefix: dict[str, list[_Phrase]] = defaultdict(list)
        self._suffix: dict[str, list[_Phrase]] = defaultdict(list)
        self._number: list[_Phrase] = []
        for text, labels in by_text.items():
            self._add(_Phrase(parse_phrase(text), tuple(labels)))
        self._prefix_lengths = sorted({len(p) for p in self._prefix})
        self._suffix_lengths = sorted({len(p) for p in self._suffix})
        self._bigram_tuples = {key: tuple(group) for key, group in self._bigram.items()}
        self._candidates_cache: dict[str, _Candidates] = {}

    def _add(self, phrase: _Phrase) -> None:
        first = phrase.slots[0]
        words, prefixes, suffixes, number = first.first_tokens()
        for suffix in suffixes:
            self._suffix[suffix].append(phrase)
        second_keys = _slot_keys(phrase.slots[1]) if len(phrase.slots) > 1 else None
        if second_keys is not None and number and not (words or prefixes or suffixes):
            for key in second_keys:
                self._bigram[(NUMBER_KEY, key)].append(phrase)
            return
        if second_keys is not None and not (first.sequences or first.prefix_sequences):
            for word in first.words:
                for key in second_keys:
                    self._bigram[(word, key)].append(phrase)
        else:
            for word in words:
                self._exact[word].append(phrase)
        for prefix in prefixes:
            self._prefix[prefix].append(phrase)
        if number:
            self._number.append(phrase)

    def compile_all(self) -> int:
        """Compile every phrase pattern now (a long run then pays no compile cost per line)."""
        phrases = {id(p): p for group in self._all_groups() for p in group}
        return sum(1 for phrase in phrases.values() if phrase.regex is not None)

    def _all_groups(self) -> Iterable[list[_Phrase]]:
        for table in (self._exact, self._bigram, self._prefix, self._suffix):
            yield from table.values()
        yield self._number

    def _token_candidates(self, token: str) -> _Candidates:
        """Labels of one-token phrases matching `token`, and the longer phrases starting with
        it that are not indexed by the next token (cached per token)."""
        found = list(self._exact.get(token, ()))
        for length in self._prefix_lengths:
            if length > len(token):
                break
            found.extend(self._prefix.get(token[:length], ()))
        for length in self._suffix_lengths:
            if length > len(token):
                break
            found.extend(self._suffix.get(token[-length:], ()))
        if token[:1].isdigit():
            found.extend(self._number)
        simple = tuple(label for phrase in found if phrase.simple for label in phrase.labels)
        result = (simple, tuple(phrase for phrase in found if not phrase.simple))
        if len(self._candidates_cache) < 100_000:
            self._candidates_cache[token] = result
        return result

    def find(self, doc: Document) -> dict[str, list[Span]]:
        """Every label with the token spans of its phrases found in `doc`, in text order."""
        found: dict[str, list[Span]] = defaultdict(list)
        tokens = doc.tokens
        if not tokens:
            return found
        sentence_of = doc.sentence_of
        sentence_keys: dict[int, set[str]] = defaultdict(set)
        for token, sentence in zip(tokens, sentence_of, strict=True):
            sentence_keys[sentence].add(token[:KEY_LENGTH])
        token_string = _TokenString(doc)
        cache = self._candidates_cache
        bigrams = self._bigram_tuples
        last = len(tokens) - 1
        for at, token in enumerate(tokens):
            entry = cache.get(token)
            if entry is None:
                entry = self._token_candidates(token)
            simple, longer = entry
            if simple:
                span = (at, at + 1)
                for label in simple:
                    found[label].append(span)
            following = tokens[at + 1][:KEY_LENGTH] if at < last else ""
            paired = bigrams.get((token, following), ())
            if token[:1].isdigit():
                paired += bigrams.get((NUMBER_KEY, following), ())
            if not (longer or paired):
                continue
            keys = sentence_keys[sentence_of[at]]
            for group in (longer, paired):
                for phrase in group:
                    for required in phrase.required:
                        if keys.isdisjoint(required):
                            break
                    else:
                        end = _match_phrase(phrase, doc, token_string, at)
                        if end > at:
                            span = (at, end)
                            for label in phrase.labels:
                                found[label].append(span)
        return found


def _match_phrase(phrase: _Phrase, doc: Document, token_string: _TokenString, at: int) -> int:
    """End (exclusive) of the shortest match of `phrase` starting at token `at`, or -1."""
    regex = phrase.regex
    if regex is not None:
        m = regex.match(token_string.text, token_string.offsets[at])
        return token_string.token_after(m.end()) if m else -1
    sentence_of = doc.sentence_of
    return _match(phrase.slots, 0, doc.tokens, at, sentence_of, sentence_of[at])


def _match(
    slots: tuple[Slot, ...],
    index: int,
    tokens: list[str],
    at: int,
    sentence_of: list[int],
    sentence: int,
) -> int:
    """Slot-by-slot matcher for phrases a regular expression cannot express (number bounds)."""
    if index == len(slots):
        return at
    slot = slots[index]
    if slot.kind in ("gap", "long_gap"):
        longest = MAX_GAP if slot.kind == "gap" else MAX_LONG_GAP
        for skip in range(longest + 1):
            if skip:
                last = at + skip - 1
                if (
                    last >= len(tokens)
                    or sentence_of[last] != sentence
                    or tokens[last] in GAP_STOPPERS
                ):
                    return -1
            result = _match(slots, index + 1, tokens, at + skip, sentence_of, sentence)
            if result >= 0:
                return result
        return -1
    if at >= len(tokens) or sentence_of[at] != sentence:
        return -1
    for end in slot.ends(tokens, at):
        if sentence_of[end - 1] == sentence:
            result = _match(slots, index + 1, tokens, end, sentence_of, sentence)
            if result >= 0:
                return result
    return -1
