"""Find every taxonomy phrase in a document in one pass over its tokens.

Phrases are indexed by their first token (and, when it is a plain word or a number, by a key of
the next token), so a narrative is matched in time proportional to its length, whatever the
size of the taxonomy. Longer phrases are compiled to anchored regular expressions run over the
document's token string ("tok tok § tok ", § marking a sentence end), after a cheap check that
the document holds a candidate token for their most selective slot.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import NamedTuple

from classifier.engine.text import Document, Span
from shared.taxonomy.phrases import MAX_GAP, MAX_LONG_GAP, Slot, parse_phrase

#: Tokens a `..` gap never swallows: "restrictor .. in place" must not match "not in place".
GAP_STOPPERS = (
    "not",
    "no",
    "never",
    "t",
    "nil",
    "without",
    "nor",
    "didnt",
    "wasnt",
    "werent",
    "hadnt",
    "cannot",
)
SENTENCE_MARK = "§"
#: Any character of a token: tokens hold no space, and a plain negated set is much faster for
#: the regex engine than the Unicode class \S.
_NOT_SPACE = "[^ ]"
KEY_LENGTH = 3
NUMBER_KEY = "#"


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


_Trie = dict[str, "_Trie"]
_WORD_END = ""  # trie key marking the end of a whole word
_PREFIX_END = "*"  # trie key marking the end of a prefix (any continuation matches)


def _trie_pattern(words: Iterable[str], prefixes: Iterable[str]) -> str:
    """A regular expression matching exactly one of `words`, or a token starting with one of
    `prefixes`, written as a character trie."""
    root: _Trie = {}
    for word, end in [*((w, _WORD_END) for w in words), *((p, _PREFIX_END) for p in prefixes)]:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[end] = {}
    return _trie_node_pattern(root)


def _trie_node_pattern(node: _Trie) -> str:
    if _PREFIX_END in node:
        return _NOT_SPACE + "*"
    branches = [
        re.escape(char) + _trie_node_pattern(child)
        for char, child in sorted(node.items())
        if char != _WORD_END
    ]
    if _WORD_END in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


#: One token a gap may swallow: not a negation, not a sentence end.
_GAP_TOKEN = f"(?:(?!{_trie_pattern((*GAP_STOPPERS, SENTENCE_MARK), ())} ){_NOT_SPACE}+ )"


def _slot_pattern(slot: Slot) -> str | None:
    """Regular expression of one slot over the token string (None: not expressible)."""
    if slot.kind == "any":
        return f"(?!{SENTENCE_MARK} ){_NOT_SPACE}+ "
    if slot.kind == "gap":
        return f"{_GAP_TOKEN}{{0,{MAX_GAP}}}?"
    if slot.kind == "long_gap":
        return f"{_GAP_TOKEN}{{0,{MAX_LONG_GAP}}}?"
    if slot.number_below is not None:
        return None
    # Single-token alternatives all end at the same place, so they can share one character
    # trie (the regex engine then compares a few characters instead of every word).
    alternatives = [_trie_pattern(slot.words, slot.prefixes)] if slot.words or slot.prefixes else []
    alternatives += [_NOT_SPACE + "*" + re.escape(suffix) for suffix in slot.suffixes]
    alternatives += [" ".join(re.escape(t) for t in seq) for seq in slot.sequences]
    alternatives += [
        " ".join(re.escape(t) for t in seq) + _NOT_SPACE + "*" for seq in slot.prefix_sequences
    ]
    if slot.number:
        alternatives.append("\\d" + _NOT_SPACE + "*")
    return "(?:" + "|".join(alternatives) + ") "


#: Keys of the commonest words of incident narratives: a slot made of them selects little.
COMMON_KEYS = frozenset(
    [
        "the",
        "pt",
        "to",
        "in",
        "not",
        "for",
        "on",
        "and",
        "a",
        "of",
        "wit",
        "was",
        "by",
        "fro",
        "had",
        "at",
        "as",
        "s",
        "no",
        "it",
        "up",
        "an",
        "but",
        "her",
        "his",
        "whe",
        "tha",
        "wer",
        "bee",
        "pat",
        "giv",
        "is",
        "be",
        "are",
        "he",
        "she",
        "was",
        "tak",
        "ver",
        "nur",
        "x",
    ]
)


def _commonness(keys: frozenset[str]) -> int:
    """How many narratives a slot's keys are expected to hit (to pick the anchor slot)."""
    return sum(50 if key in COMMON_KEYS or len(key) < 2 else 1 for key in keys)


def _max_width(slot: Slot) -> int:
    """The most tokens one slot can cover."""
    if slot.kind == "gap":
        return MAX_GAP
    if slot.kind == "long_gap":
        return MAX_LONG_GAP
    sequences = slot.sequences + slot.prefix_sequences
    return max([1, *(len(seq) for seq in sequences)])


def _max_offset(slots: tuple[Slot, ...], index: int) -> int:
    """The most tokens after the phrase's first token at which slot `index` can start."""
    return sum(_max_width(slot) for slot in slots[:index])


class _Phrase:
    """A parsed phrase, its labels, its compiled pattern and its most selective keys."""

    __slots__ = (
        "_regex",
        "anchor",
        "labels",
        "match",
        "pattern",
        "reach",
        "required",
        "simple",
        "slots",
    )

    def __init__(self, slots: tuple[Slot, ...], labels: tuple[str, ...]) -> None:
        self.slots = slots
        self.labels = labels
        first = slots[0]
        # One slot of single words/prefixes: the first token alone decides the match.
        self.simple = len(slots) == 1 and first.plain
        keyed = [
            (keys, index)
            for index, keys in enumerate((_slot_keys(slot) for slot in slots), start=0)
            if index > 0 and keys is not None
        ]
        keyed.sort(key=lambda item: _commonness(item[0]))
        # Every later slot needs a candidate token in the sentence; most selective first.
        self.required = tuple(keys for keys, _ in keyed)
        #: The most selective later slot: the phrase is indexed by its keys, and one of them
        #: must start a token at most `reach` tokens after the first one.
        self.anchor: frozenset[str] | None = self.required[0] if self.required else None
        self.reach = _max_offset(slots, keyed[0][1]) if keyed else 0
        patterns = [_slot_pattern(slot) for slot in slots]
        self.pattern = None if None in patterns else "".join(patterns)  # type: ignore[arg-type]
        self._regex: re.Pattern[str] | None = None
        #: `regex.match`, bound on first use (None: the phrase needs the slot matcher).
        self.match: Callable[[str, int], re.Match[str] | None] | None = (
            self._compile_and_match if self.pattern is not None else None
        )

    def _compile_and_match(self, text: str, pos: int) -> re.Match[str] | None:
        regex = self.regex
        assert regex is not None
        return regex.match(text, pos)

    @property
    def regex(self) -> re.Pattern[str] | None:
        """The compiled pattern (compiled on first use: start-up stays fast)."""
        if self._regex is None and self.pattern is not None:
            self._regex = re.compile(self.pattern)
            self.match = self._regex.match
        return self._regex


class _TokenString:
    """The document's tokens as one string ("tok tok § tok "), with each token's offset."""

    __slots__ = ("offsets", "text")

    def __init__(self, doc: Document) -> None:
        tokens = doc.tokens
        pieces = [token + " " for token in tokens]
        mark = SENTENCE_MARK + " "
        starts = doc.sentence_starts[1:]
        for i in starts:
            pieces[i] = mark + pieces[i]
        offsets = list(accumulate(map(len, pieces), initial=0))
        offsets.pop()
        for i in starts:
            offsets[i] += len(mark)
        self.text = "".join(pieces)
        self.offsets = offsets


class _Entry(NamedTuple):
    """What a token starts: labels of one-token phrases, and the longer phrases to try."""

    simple: tuple[str, ...]
    #: Longer phrases with no keyable later slot: tried wherever the token occurs.
    free: tuple[_Phrase, ...]
    #: Longer phrases by a key of their most selective slot (longest reach first); tried when
    #: a token with the key follows within the phrase's reach.
    anchored: dict[str, tuple[_Phrase, ...]]
    anchor_keys: frozenset[str]
    #: Phrases indexed by the key of the next token.
    paired: dict[str, tuple[_Phrase, ...]]


def _entry(simple: list[str], longer: list[_Phrase], paired: dict[str, list[_Phrase]]) -> _Entry:
    free = tuple(dict.fromkeys(p for p in longer if p.anchor is None))
    anchored: dict[str, list[_Phrase]] = defaultdict(list)
    for phrase in dict.fromkeys(p for p in longer if p.anchor is not None):
        for key in phrase.anchor or ():
            anchored[key].append(phrase)
    return _Entry(
        tuple(simple),
        free,
        {key: tuple(sorted(group, key=lambda p: -p.reach)) for key, group in anchored.items()},
        frozenset(anchored),
        {key: tuple(dict.fromkeys(group)) for key, group in paired.items()},
    )


class PhraseIndex:
    """Phrases grouped under labels (concept ids, context cue lists, theme cues)."""

    def __init__(self, labelled_phrases: Iterable[tuple[str, str]]) -> None:
        by_text: dict[str, list[str]] = defaultdict(list)
        for label, phrase in labelled_phrases:
            if label not in by_text[phrase]:
                by_text[phrase].append(label)
        self._exact: dict[str, list[_Phrase]] = defaultdict(list)
        # Phrases starting with a plain word (or a number) and then a keyable slot, by
        # word (or NUMBER_KEY), then by the key of the next token.
        self._bigram: dict[str, dict[str, list[_Phrase]]] = defaultdict(lambda: defaultdict(list))
        self._prefix: dict[str, list[_Phrase]] = defaultdict(list)
        self._suffix: dict[str, list[_Phrase]] = defaultdict(list)
        self._number: list[_Phrase] = []
        for text, labels in by_text.items():
            self._add(_Phrase(parse_phrase(text), tuple(labels)))
        self._prefix_lengths = sorted({len(p) for p in self._prefix})
        self._suffix_lengths = sorted({len(p) for p in self._suffix})
        self._entries: dict[str, _Entry] = {}

    def _add(self, phrase: _Phrase) -> None:
        first = phrase.slots[0]
        words, prefixes, suffixes, number = first.first_tokens()
        for suffix in suffixes:
            self._suffix[suffix].append(phrase)
        second_keys = _slot_keys(phrase.slots[1]) if len(phrase.slots) > 1 else None
        if second_keys is not None and number and not (words or prefixes or suffixes):
            for key in second_keys:
                self._bigram[NUMBER_KEY][key].append(phrase)
            return
        if second_keys is not None and not (first.sequences or first.prefix_sequences):
            for word in first.words:
                for key in second_keys:
                    self._bigram[word][key].append(phrase)
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
        for table in (self._exact, self._prefix, self._suffix):
            yield from table.values()
        for by_key in self._bigram.values():
            yield from by_key.values()
        yield self._number

    def _token_entry(self, token: str) -> _Entry:
        """What `token` starts (cached per token)."""
        found = list(self._exact.get(token, ()))
        for length in self._prefix_lengths:
            if length > len(token):
                break
            found.extend(self._prefix.get(token[:length], ()))
        for length in self._suffix_lengths:
            if length > len(token):
                break
            found.extend(self._suffix.get(token[-length:], ()))
        paired: dict[str, list[_Phrase]] = defaultdict(list)
        sources = [self._bigram.get(token, {})]
        if token[:1].isdigit():
            found.extend(self._number)
            sources.append(self._bigram.get(NUMBER_KEY, {}))
        for source in sources:
            for key, group in source.items():
                paired[key].extend(group)
        simple = [label for phrase in found if phrase.simple for label in phrase.labels]
        entry = _entry(simple, [phrase for phrase in found if not phrase.simple], paired)
        if len(self._entries) < 100_000:
            self._entries[token] = entry
        return entry

    def find(self, doc: Document) -> dict[str, list[Span]]:
        """Every label with the token spans of its phrases found in `doc`, in text order.

        For each token: the labels of the one-token phrases it is, then the longer phrases it
        starts whose most selective slot has a candidate token within reach (and whose other
        slots have one in the sentence) are matched by their patterns. This loop runs for every
        token of every narrative, so it is written inline, without helper calls.
        """
        found: dict[str, list[Span]] = defaultdict(list)
        tokens = doc.tokens
        if not tokens:
            return found
        scan = _Scan(doc)
        entries = self._entries
        sentence_keys, sentence_of, positions = scan.sentence_keys, scan.sentence_of, scan.positions
        keys, last, text, offsets = scan.keys, scan.last, scan.text, scan.offsets
        for at, token in enumerate(tokens):
            entry = entries.get(token)
            if entry is None:
                entry = self._token_entry(token)
            simple, free, anchored, anchor_keys, paired = entry
            if simple:
                span = (at, at + 1)
                for label in simple:
                    found[label].append(span)
            if not (free or anchored or paired):
                continue
            skeys = sentence_keys[sentence_of[at]]
            candidates = list(free)
            if anchored:
                hits = anchor_keys.intersection(skeys)
                for key in hits:
                    where = positions[key]
                    following = bisect_right(where, at)
                    if following < len(where):
                        distance = where[following] - at
                        for phrase in anchored[key]:
                            if phrase.reach < distance:
                                break
                            candidates.append(phrase)
                if len(hits) > 1:
                    candidates = list(dict.fromkeys(candidates))
            if paired and at < last:
                group = paired.get(keys[at + 1])
                if group:
                    candidates += group
            start = offsets[at]
            for phrase in candidates:
                for required in phrase.required:
                    if skeys.isdisjoint(required):
                        break
                else:
                    match = phrase.match
                    if match is not None:
                        m = match(text, start)
                        if m is None:
                            continue
                        end = bisect_left(offsets, m.end())
                    else:
                        end = _match(phrase.slots, 0, tokens, at, sentence_of, sentence_of[at])
                    if end > at:
                        span = (at, end)
                        for label in phrase.labels:
                            found[label].append(span)
        return found


class _Scan:
    """One document prepared for phrase matching: token keys, their positions, sentence keys
    and the token string the phrase patterns run over."""

    __slots__ = ("keys", "last", "offsets", "positions", "sentence_keys", "sentence_of", "text")

    def __init__(self, doc: Document) -> None:
        tokens = doc.tokens
        self.last = len(tokens) - 1
        keys = [token[:KEY_LENGTH] for token in tokens]
        self.keys = keys
        positions: dict[str, list[int]] = defaultdict(list)
        for index, key in enumerate(keys):
            positions[key].append(index)
        self.positions = positions
        sentence_of = self.sentence_of = doc.sentence_of
        bounds = [*doc.sentence_starts, len(tokens)]
        self.sentence_keys = {
            sentence_of[bounds[i]]: set(keys[bounds[i] : bounds[i + 1]])
            for i in range(len(bounds) - 1)
        }
        token_string = _TokenString(doc)
        self.text, self.offsets = token_string.text, token_string.offsets


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
