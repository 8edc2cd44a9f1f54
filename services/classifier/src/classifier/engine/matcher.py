"""Find every taxonomy phrase in a document in one pass over its tokens.

Phrases are indexed by their first token (and, when it is a plain word or a number, by a key of
the next token), so a narrative is matched in time proportional to its length, whatever the
size of the taxonomy. Longer phrases are compiled to anchored regular expressions run over the
document's token string ("tok ¬not tok § tok ", § marking a sentence end and ¬ a negation a gap
may not swallow), after a cheap check that the document holds a candidate token for their most
selective slot.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from itertools import accumulate, repeat
from operator import or_
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
#: Written before each gap stopper in the token string ("restrictor ¬not in place"), so a gap
#: tells a stopper by its first character: no token holds it (it is no letter or digit).
STOPPER_MARK = "¬"
_STOPPERS = frozenset(GAP_STOPPERS)
#: Gap stopper -> its form in the token string.
_MARKED_STOPPERS = {stopper: STOPPER_MARK + stopper for stopper in GAP_STOPPERS}
#: Any character of a token: tokens hold no space, and a plain negated set is much faster for
#: the regex engine than the Unicode class \S.
_NOT_SPACE = "[^ ]"
#: The rest of a token, and a whole token, when a space must follow: possessive, since giving
#: characters of a token back can never let a space follow (the regex engine then does not
#: try; the matches are the same).
_REST_OF_TOKEN = _NOT_SPACE + "*+"
_WHOLE_TOKEN = _NOT_SPACE + "++"
KEY_LENGTH = 3
NUMBER_KEY = "#"


@cache
def _slot_keys(slot: Slot) -> frozenset[str] | None:
    """3-character keys one of which a document must hold for `slot` to match; None = any.
    Cached: phrases share slots, and each slot is asked for several times at start-up."""
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


def _scanned(token: str) -> str:
    """A token as the token string holds it (a gap stopper carries STOPPER_MARK)."""
    return STOPPER_MARK + token if token in _STOPPERS else token


def _scanned_prefixes(prefix: str) -> tuple[str, ...]:
    """The prefixes matching, in the token string, what `prefix` matches among tokens: also
    the marked form when the prefix starts a gap stopper ("no*": "nothing" and "¬not")."""
    if any(stopper.startswith(prefix) for stopper in _STOPPERS):
        return (prefix, STOPPER_MARK + prefix)
    return (prefix,)


def _trie_pattern(words: Iterable[str], prefixes: Iterable[str]) -> str:
    """A regular expression matching exactly one of `words`, or a token starting with one of
    `prefixes`, in the token string, written as a character trie."""
    root: _Trie = {}
    ends = [
        *((_scanned(w), _WORD_END) for w in words),
        *((q, _PREFIX_END) for p in prefixes for q in _scanned_prefixes(p)),
    ]
    for word, end in ends:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[end] = {}
    return _trie_node_pattern(root)


def _trie_node_pattern(node: _Trie) -> str:
    if _PREFIX_END in node:
        return _REST_OF_TOKEN
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


#: One token a gap may swallow: not a negation, not a sentence end (both told by their first
#: character, so a gap's pattern stays short: quick to compile and to run).
_GAP_TOKEN = f"(?:[^ {STOPPER_MARK}{SENTENCE_MARK}]{_REST_OF_TOKEN} )"


_GAP_WIDTHS = {"gap": MAX_GAP, "long_gap": MAX_LONG_GAP}


def _gap_width(slot: Slot) -> int:
    """The most tokens a gap slot swallows (0: not a gap)."""
    return _GAP_WIDTHS.get(slot.kind, 0)


def _phrase_pattern(slots: tuple[Slot, ...]) -> str | None:
    """Regular expression of a whole phrase over the token string (None: not expressible).

    Consecutive gaps become one gap as wide as them all: the same matches, found lazily in the
    same order, without retrying every way of splitting a run of tokens between the gaps.
    """
    patterns: list[str | None] = []
    gap = 0
    for slot in slots:
        if _gap_width(slot):
            gap += _gap_width(slot)
            continue
        if gap:
            patterns.append(f"{_GAP_TOKEN}{{0,{gap}}}?")
            gap = 0
        patterns.append(_slot_pattern(slot))
    if gap:
        patterns.append(f"{_GAP_TOKEN}{{0,{gap}}}?")
    return None if None in patterns else "".join(patterns)  # type: ignore[arg-type]


@cache
def _slot_pattern(slot: Slot) -> str | None:
    """Regular expression of one slot over the token string (None: not expressible). Cached:
    phrases share many slots (a concept's word list), and patterns are written at run time."""
    if slot.kind == "any":
        return f"(?!{SENTENCE_MARK} ){_WHOLE_TOKEN} "
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
    alternatives += [" ".join(re.escape(_scanned(t)) for t in seq) for seq in slot.sequences]
    alternatives += [
        " ".join([*(re.escape(_scanned(t)) for t in seq[:-1]), _prefix_pattern(seq[-1])])
        + _REST_OF_TOKEN
        for seq in slot.prefix_sequences
    ]
    if slot.number:
        alternatives.append("\\d" + _REST_OF_TOKEN)
    # No alternative has a "|" outside its own groups, so a lone one needs no group: the same
    # compiled code, and less pattern for `re` to parse.
    if len(alternatives) == 1:
        return alternatives[0] + " "
    return "(?:" + "|".join(alternatives) + ") "


def _prefix_pattern(prefix: str) -> str:
    """The start of a token beginning with `prefix`, in the token string."""
    options = [re.escape(q) for q in _scanned_prefixes(prefix)]
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


#: How often tokens with a key occur in incident narratives (per 10,000 tokens, measured on the
#: development set; other keys are rarer). Only used to choose which keys to check first: any
#: choice gives the same matches, a selective one just tries fewer patterns.
_KEY_FREQUENCY_TABLE = """
the:657 pt:285 a:212 was:195 to:193 in:181 on:180 and:166 for:166 not:152 of:150 wit:119
ins:90 giv:85 by:84 pat:82 had:80 con:69 as:67 war:67 fro:65 fou:64 2:63 at:61 tra:59
wro:55 uni:55 bef:51 pre:50 bed:50 it:48 sho:48 rai:48 sta:47 s:47 int:46 che:44 tub:44
nur:44 day:44 ml:44 mg:43 res:43 rep:42 rec:42 com:42 lef:41 gro:41 dis:40 aft:39 no:38
bee:38 3:37 hou:36 her:36 pla:35 out:35 mis:34 use:34 sur:34 iv:34 ove:33 up:33 5:32 pos:32
rem:32 an:30 flo:30 hea:29 rig:29 blo:29 wee:29 win:29 car:28 inf:27 tha:27 adm:27 fee:27
met:26 dur:26 err:26 per:26 1:26 inj:25 sid:25 10:25 col:24 4:24 dos:24 att:23 syr:23
but:23 req:23 %:23 inc:22 lat:22 wer:22 mid:22 cha:22 x:22 op:21 ret:21 amp:21 whe:21
dra:21 rea:21 del:21 lab:21 sto:20 wat:20 air:20 l:14 r:6
"""
KEY_FREQUENCY: dict[str, int] = {
    key: int(count) for key, count in (item.split(":") for item in _KEY_FREQUENCY_TABLE.split())
}
RARE_KEY_FREQUENCY = 3


def _commonness(keys: frozenset[str]) -> int:
    """How many tokens in 10,000 are expected to hold one of a slot's keys."""
    return sum(KEY_FREQUENCY.get(key, RARE_KEY_FREQUENCY) for key in keys)


def _max_width(slot: Slot) -> int:
    """The most tokens one slot can cover."""
    if _gap_width(slot):
        return _gap_width(slot)
    sequences = slot.sequences + slot.prefix_sequences
    return max([1, *(len(seq) for seq in sequences)])


def _max_offsets(slots: tuple[Slot, ...]) -> list[int]:
    """For each slot, the most tokens after the phrase's first token at which it can start."""
    return list(accumulate(map(_max_width, slots), initial=0))


class _Phrase:
    """A parsed phrase, its labels, its compiled pattern and its most selective keys."""

    __slots__ = (
        "_regex",
        "anchor",
        "labels",
        "match",
        "needs_all",
        "needs_any",
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
        # Every later slot needs a candidate token after the first in the sentence; most
        # selective first.
        self.required = tuple(keys for keys, _ in keyed)
        #: `required` as bit masks of the index's keys (see `PhraseIndex.key_bits`): every bit
        #: of `needs_all` (the one-key slots) and some bit of each of `needs_any`.
        self.needs_all = 0
        self.needs_any: tuple[int, ...] = ()
        #: The later slot whose keys are least likely within reach of the first token: the
        #: phrase is tried when a token with one of its keys follows at most `reach` tokens
        #: after the first one.
        self.anchor: frozenset[str] | None = None
        self.reach = 0
        if keyed:
            offsets = _max_offsets(slots)
            keys, index = min(keyed, key=lambda item: _commonness(item[0]) * offsets[item[1]])
            self.anchor, self.reach = keys, offsets[index]
        self._regex: re.Pattern[str] | None = None
        #: `regex.match`, bound on first use (None: the phrase needs the slot matcher, as a
        #: number bound is no regular expression).
        self.match: Callable[[str, int], re.Match[str] | None] | None = (
            self._compile_and_match if all(slot.number_below is None for slot in slots) else None
        )

    @property
    def pattern(self) -> str | None:
        """The phrase's regular expression over the token string (None: not expressible)."""
        return _phrase_pattern(self.slots)

    def _compile_and_match(self, text: str, pos: int) -> re.Match[str] | None:
        regex = self.regex
        assert regex is not None
        return regex.match(text, pos)

    @property
    def regex(self) -> re.Pattern[str] | None:
        """The compiled pattern, written and compiled on first use: most phrases are never
        tried in a short run, so start-up stays fast."""
        if self._regex is None and self.match is not None:
            pattern = self.pattern
            assert pattern is not None
            self._regex = re.compile(pattern)
            self.match = self._regex.match
        return self._regex


#: The most key masks a `_Candidates` remembers the passing phrases of.
_MAX_REMEMBERED_MASKS = 256


class _Candidates(dict[int, tuple[_Phrase, ...]]):
    """Longer phrases to try from a token, in order, and, by the key bits they look at (a
    token's `after_masks` bits within `relevant`), the ones whose key masks those bits satisfy.

    The same few masks recur for a group, so each phrase's mask check runs once per mask rather
    than once per token: `group[held & group.relevant]` are the phrases worth matching."""

    __slots__ = ("phrases", "relevant")

    def __init__(self, phrases: Iterable[_Phrase]) -> None:
        super().__init__()
        self.phrases = tuple(phrases)
        #: Every key bit one of the phrases needs.
        self.relevant = 0
        for phrase in self.phrases:
            self.relevant |= phrase.needs_all
            for needs in phrase.needs_any:
                self.relevant |= needs

    def __missing__(self, held: int) -> tuple[_Phrase, ...]:
        passing = tuple(
            phrase
            for phrase in self.phrases
            if held & phrase.needs_all == phrase.needs_all
            and all(held & needs for needs in phrase.needs_any)
        )
        if len(self) < _MAX_REMEMBERED_MASKS:
            self[held] = passing
        return passing


#: The most phrase lists a `_SharedCandidates` remembers.
_MAX_SHARED_CANDIDATES = 100_000


class _SharedCandidates(dict[tuple[_Phrase, ...], _Candidates]):
    """One `_Candidates` for each list of phrases, shared by every token and distance that
    tries the same phrases in the same order: tokens new to a run (numbers, names, typos) mostly
    route to lists already seen, whose key masks are then already worked out."""

    __slots__ = ()

    def __missing__(self, phrases: tuple[_Phrase, ...]) -> _Candidates:
        candidates = _Candidates(phrases)
        if len(self) < _MAX_SHARED_CANDIDATES:
            self[phrases] = candidates
        return candidates


class _Entry(NamedTuple):
    """What a token starts: labels of one-token phrases, and the longer phrases to try."""

    simple: tuple[str, ...]
    #: Longer phrases by the key of the token that must follow this one (a phrase indexed both
    #: by its first token and by a pair of tokens is listed twice and, as ever, found twice),
    #: each group followed by the `free` phrases.
    by_next: dict[str, _Candidates]
    #: Longer phrases the next token does not decide and with no keyable later slot: tried
    #: wherever the token occurs.
    free: _Candidates
    #: Longer phrases the next token does not decide, by a key of their most selective slot,
    #: then by how far after this token (less one) the key's first token is: the phrases whose
    #: reach gets there, longest reach first (see `_ByDistance`).
    anchored: dict[str, _ByDistance]
    anchor_keys: frozenset[str]
    #: `anchor_keys` as a mask of the index's key bits.
    anchor_mask: int
    #: The longest reach of the anchored phrases: how far after the token to look for keys.
    reach: int


def _key_bits(phrases: Iterable[_Phrase]) -> dict[str, int]:
    """One bit for each key a phrase requires; the commonest keys get the lowest bits, so that
    the masks of most sentences stay short integers."""
    keys = {key for phrase in phrases for required in phrase.required for key in required}
    ordered = sorted(keys, key=lambda key: (-KEY_FREQUENCY.get(key, 0), key))
    return {key: 1 << bit for bit, key in enumerate(ordered)}


def _set_key_masks(phrase: _Phrase, key_bits: dict[str, int]) -> None:
    """Write `phrase.required` as bit masks: the one-key slots in one mask, the others each in
    their own (most selective first)."""
    one_key = {key for keys in phrase.required if len(keys) == 1 for key in keys}
    phrase.needs_all = sum(key_bits[key] for key in one_key)
    phrase.needs_any = tuple(
        sum(key_bits[key] for key in keys) for keys in phrase.required if len(keys) > 1
    )


def _next_keys(phrase: _Phrase, token: str) -> frozenset[str] | None:
    """Keys one of which the token after `token` must have for `phrase` to match from
    `token`; None when the next token is not so constrained (or not worth working out)."""
    if phrase.match is None:  # the slot matcher (number bounds): no constraint worked out
        return None
    first, slots = phrase.slots[0], phrase.slots
    keys: set[str] = set()
    # `token` alone matches the first slot (a word, prefix, suffix or number): the next token
    # starts the second slot. Digits are read loosely (str.isdigit is wider than the regex's).
    if (
        token in first.words
        or (first.prefixes and token.startswith(first.prefixes))
        or (first.suffixes and token.endswith(first.suffixes))
        or ((first.number or first.number_below is not None) and token[:1].isdigit())
    ):
        second = _slot_keys(slots[1]) if len(slots) > 1 else None
        if second is None:
            return None
        keys |= second
    # `token` starts a word sequence of the first slot: the next token is its second word.
    for seq in first.sequences:
        if seq[0] == token:
            keys.add(seq[1][:KEY_LENGTH])
    for seq in first.prefix_sequences:
        if seq[0] == token:
            if len(seq) == 2 and len(seq[1]) < KEY_LENGTH:  # a short prefix: any key
                return None
            keys.add(seq[1][:KEY_LENGTH])
    return frozenset(keys)


def _entry(
    simple: list[str],
    longer: list[_Phrase],
    paired: dict[str, list[_Phrase]],
    token: str,
    key_bits: Mapping[str, int],
    shared: _SharedCandidates,
) -> _Entry:
    """Index the phrases `token` starts by what must follow it (see `_Entry`), in candidates
    taken from `shared`."""
    by_next: dict[str, list[_Phrase]] = defaultdict(list)
    loose: list[_Phrase] = []
    for phrase in dict.fromkeys(longer):
        keys = _next_keys(phrase, token)
        if keys is None:
            loose.append(phrase)
        for key in keys or ():
            by_next[key].append(phrase)
    for key, group in paired.items():
        by_next[key] += dict.fromkeys(group)
    free = tuple(p for p in loose if p.anchor is None)
    anchored: dict[str, list[_Phrase]] = defaultdict(list)
    for phrase in loose:
        for key in phrase.anchor or ():
            anchored[key].append(phrase)
    reach = max((p.reach for p in loose if p.anchor is not None), default=0)
    return _Entry(
        tuple(simple),
        {key: shared[(*group, *free)] for key, group in by_next.items()},
        shared[free],
        {key: _ByDistance(group, shared) for key, group in anchored.items()},
        frozenset(anchored),
        sum(key_bits[key] for key in anchored),
        reach,
    )


class _ByDistance(dict[int, _Candidates]):
    """Anchored phrases by how far after the token (less one) their key's first token is: at
    index d - 1, the phrases whose reach is at least d, longest reach first (a prefix of one
    list, so that `find` picks them instead of walking the list).

    Filled when `find` first asks for a distance: a token's keys are anchored at many distances
    and most are never looked at, while new tokens (numbers, names, typos) keep coming."""

    __slots__ = ("_by_count", "_phrases", "_shared")

    def __init__(self, phrases: list[_Phrase], shared: _SharedCandidates) -> None:
        super().__init__()
        self._phrases = phrases
        self._shared = shared
        #: Candidates by how many phrases they hold: distances reached by the same phrases
        #: share them.
        self._by_count: dict[int, _Candidates] = {}

    def __missing__(self, index: int) -> _Candidates:
        distance = index + 1
        count = sum(1 for phrase in self._phrases if phrase.reach >= distance)
        candidates = self._by_count.get(count)
        if candidates is None:
            ordered = sorted(self._phrases, key=lambda p: -p.reach)
            candidates = self._by_count[count] = self._shared[tuple(ordered[:count])]
        self[index] = candidates
        return candidates


class _Routes(NamedTuple):
    """The phrases indexed under a token, as the index holds them (before any key check)."""

    #: Labels of the one-token phrases the token is (once per way it is indexed).
    simple: list[str]
    #: Longer phrases indexed by the token itself (by word, prefix, suffix or as a number).
    longer: list[_Phrase]
    #: Longer phrases indexed by the token and a key of the next token.
    paired: dict[str, list[_Phrase]]


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
        phrases = [_Phrase(parse_phrase(text), tuple(labels)) for text, labels in by_text.items()]
        for indexed in phrases:
            self._add(indexed)
        self._prefix_lengths = sorted({len(p) for p in self._prefix})
        self._suffix_lengths = sorted({len(p) for p in self._suffix})
        #: Key -> its bit in the masks the key checks of `find` compare.
        self.key_bits = _key_bits(phrases)
        for indexed in phrases:
            _set_key_masks(indexed, self.key_bits)
        self._entries: dict[str, _Entry] = {}
        self._shared_candidates = _SharedCandidates()

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
        """Compile every phrase pattern now; returns how many there are (they otherwise compile
        on first use)."""
        phrases = {id(p): p for group in self._all_groups() for p in group}
        return sum(1 for phrase in phrases.values() if phrase.regex is not None)

    def _all_groups(self) -> Iterable[list[_Phrase]]:
        for table in (self._exact, self._prefix, self._suffix):
            yield from table.values()
        for by_key in self._bigram.values():
            yield from by_key.values()
        yield self._number

    def _routes(self, token: str) -> _Routes:
        """The phrases indexed under `token`."""
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
        return _Routes(simple, [phrase for phrase in found if not phrase.simple], paired)

    def _token_entry(self, token: str) -> _Entry:
        """What `token` starts (cached per token)."""
        routes = self._routes(token)
        entry = _entry(
            routes.simple,
            routes.longer,
            routes.paired,
            token,
            self.key_bits,
            self._shared_candidates,
        )
        if len(self._entries) < 100_000:
            self._entries[token] = entry
        return entry

    def find(self, doc: Document) -> dict[str, list[Span]]:
        """Every label with the token spans of its phrases found in `doc`, in the order of
        their first token (spans starting at the same token in no particular order).

        For each token: the labels of the one-token phrases it is, then the longer phrases it
        starts that pass cheap key checks are matched by their patterns: the next token must
        have a key the phrase allows there, or else a token with a key of the phrase's most
        selective slot must follow within its reach in the sentence; and every keyable later
        slot must have a candidate token after it in the sentence. The checks only skip phrases that
        cannot match (`find_slowly` is the reference without them). This loop runs for every
        token of every narrative, so it is written inline, without helper calls.
        """
        found: dict[str, list[Span]] = defaultdict(list)
        tokens = doc.tokens
        if not tokens:
            return found
        scan = _Scan(doc, self.key_bits)
        entries = self._entries
        keys, after_masks, sentence_of = scan.keys, scan.after_masks, doc.sentence_of
        sentence_end, text, offsets = scan.sentence_end, scan.text, scan.offsets
        for at, token in enumerate(tokens):
            entry = entries.get(token)
            if entry is None:
                entry = self._token_entry(token)
            simple, by_next, free, anchored, anchor_keys, anchor_mask, reach = entry
            if simple:
                span = (at, at + 1)
                for label in simple:
                    found[label].append(span)
            group = by_next.get(keys[at + 1], free)
            held = after_masks[at]
            candidates = group[held & group.relevant]
            if held & anchor_mask:
                # Keys of the tokens after this one, up to the longest reach, in its sentence.
                end = at + 1 + reach
                limit = sentence_end[at]
                window = keys[at + 1 : end if end < limit else limit]
                hits = anchor_keys.intersection(window)
                if len(hits) == 1:
                    (key,) = hits
                    group = anchored[key][window.index(key)]
                    candidates += group[held & group.relevant]
                elif hits:
                    near: list[_Phrase] = []
                    for key in hits:
                        group = anchored[key][window.index(key)]
                        near += group[held & group.relevant]
                    # A phrase anchored by several of the keys is tried once.
                    candidates = (*candidates, *dict.fromkeys(near))
            if not candidates:
                continue
            start = offsets[at]
            for phrase in candidates:
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

    def find_slowly(self, doc: Document) -> dict[str, list[Span]]:
        """The reference for `find`: every phrase indexed under each token is matched by its
        pattern, without the key checks (the same spans, several times slower)."""
        found: dict[str, list[Span]] = defaultdict(list)
        tokens = doc.tokens
        if not tokens:
            return found
        scan = _Scan(doc)
        sentence_of = doc.sentence_of
        for at, token in enumerate(tokens):
            routes = self._routes(token)
            for label in routes.simple:
                found[label].append((at, at + 1))
            paired = [p for group in routes.paired.values() for p in group]
            for phrase in [*dict.fromkeys(routes.longer), *dict.fromkeys(paired)]:
                if phrase.regex is not None:
                    m = phrase.regex.match(scan.text, scan.offsets[at])
                    end = bisect_left(scan.offsets, m.end()) if m else -1
                else:
                    end = _match(phrase.slots, 0, tokens, at, sentence_of, sentence_of[at])
                if end > at:
                    for label in phrase.labels:
                        found[label].append((at, end))
        return found


class _Scan:
    """One document prepared for phrase matching: token keys, the key bits of the tokens after
    each token in its sentence, where each token's sentence ends, and the token string the
    phrase patterns run over ("tok ¬not tok § tok ", § marking a sentence end and ¬ a gap
    stopper) with each token's offset in it."""

    __slots__ = ("after_masks", "keys", "offsets", "sentence_end", "text")

    def __init__(self, doc: Document, key_bits: Mapping[str, int] | None = None) -> None:
        tokens = doc.tokens
        keys = [token[:KEY_LENGTH] for token in tokens]
        starts = doc.sentence_starts
        sentences = list(zip(starts, [*starts[1:], len(tokens)], strict=True))
        bit_of = (key_bits or {}).get
        after_masks: list[int] = []
        sentence_end: list[int] = []
        for first, end in sentences:
            # The masks of the tokens after each one, built from the sentence's end.
            later = list(
                accumulate(map(bit_of, keys[end - 1 : first : -1], repeat(0)), or_, initial=0)
            )
            later.reverse()
            after_masks += later
            sentence_end += [end] * (end - first)
        #: Per token, the bits (of `key_bits`) of the keys of the tokens after it in its
        #: sentence: the later slots of a phrase it starts can only match there.
        self.after_masks, self.sentence_end = after_masks, sentence_end
        keys.append(SENTENCE_MARK)  # the "next key" after the last token: no phrase's key
        self.keys = keys
        mark = SENTENCE_MARK + " "
        scanned = list(map(_MARKED_STOPPERS.get, tokens, tokens))
        self.text = mark.join(" ".join(scanned[first:end]) + " " for first, end in sentences)
        lengths = [len(token) + 1 for token in scanned]
        for first in starts[1:]:
            lengths[first - 1] += len(mark)  # the mark before a sentence shifts what follows
        offsets = list(accumulate(lengths, initial=0))
        offsets.pop()
        self.offsets = offsets


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
