"""The phrase matcher's key checks only skip phrases that cannot match: `PhraseIndex.find`
gives exactly the spans of `PhraseIndex.find_slowly`, which tries every phrase indexed under
each token, for the shipped taxonomy and for random phrase lists."""

from __future__ import annotations

import re
from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from classifier.engine.matcher import PhraseIndex, _match, _Phrase, _Scan
from classifier.engine.rules import compiled
from classifier.engine.text import Span, read
from shared.taxonomy import PhraseError, parse_phrase

_WORDS = ["pt", "fell", "fall", "bed", "rail", "left", "right", "not", "no", "given", "the", "a"]
_WORDS += ["drug", "dose", "wrong", "side", "instead", "of", "falls", "railing", "re", "x", "ray"]
_FILLERS = ["5", "10", "85", "1,000", "0.9", "mg", "%", ".", ",", ";", "\n", "(", ")", " - "]


def _normal(found: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """Spans by label, sorted: the order of spans starting at one token is not specified."""
    return {label: sorted(spans) for label, spans in found.items() if spans}


def _word_chunk(draw: st.DrawFn) -> str:
    word = draw(st.sampled_from(_WORDS))
    form = draw(st.integers(0, 5))
    if form == 1 and len(word) >= 2:
        return word[: draw(st.integers(1, len(word)))] + "*"  # prefix
    if form == 2 and len(word) >= 3:
        return "*" + word[-3:]  # suffix
    if form == 3:
        return f"{word}-{draw(st.sampled_from(_WORDS))}"  # word sequence
    if form == 4:
        return f"{word}-{draw(st.sampled_from(_WORDS))[:2]}*"  # prefix sequence
    return word


@st.composite
def _slot(draw: st.DrawFn, first: bool) -> str:
    kind = draw(st.integers(0, 9))
    if not first and kind == 0:
        return "_"
    if not first and kind in (1, 2):
        return ".."
    if not first and kind == 3:
        return "..."
    if kind == 4:
        return "#"
    if kind == 5:
        return "#<90"
    if kind in (6, 7):
        return "|".join(_word_chunk(draw) for _ in range(draw(st.integers(2, 3))))
    return _word_chunk(draw)


@st.composite
def _phrase(draw: st.DrawFn) -> str:
    slots = [draw(_slot(first=True))]
    slots += [draw(_slot(first=False)) for _ in range(draw(st.integers(0, 4)))]
    while slots[-1] in ("..", "..."):
        slots.pop()
    if slots[-1] == "_":  # a phrase may end with any token, but keep most ending with words
        slots.append(_word_chunk(draw))
    return " ".join(slots)


_TEXT = st.lists(st.sampled_from(_WORDS + _FILLERS), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_phrase(), min_size=1, max_size=12), st.data())
def test_find_equals_the_reference_on_random_phrases(
    phrases: list[str], data: st.DataObject
) -> None:
    labelled = [(f"l{number % 4}", phrase) for number, phrase in enumerate(phrases)]
    labelled = [(label, phrase) for label, phrase in labelled if _valid(phrase)]
    if not labelled:
        return
    index = PhraseIndex(labelled)
    # Texts mostly made of the phrases' own words, so that phrases often (nearly) match.
    vocabulary = sorted({t for _, phrase in labelled for t in re.findall(r"[a-z]+|\d+", phrase)})
    tokens = st.one_of(st.sampled_from(vocabulary or _WORDS), st.sampled_from(_WORDS + _FILLERS))
    for text in data.draw(st.lists(st.lists(tokens, max_size=50).map(" ".join), max_size=4)):
        doc = read(text)
        assert _normal(index.find(doc)) == _normal(index.find_slowly(doc))


def _valid(phrase: str) -> bool:
    """Whether the phrase parses (a random suffix may be too short, say)."""
    try:
        parse_phrase(phrase)
    except PhraseError:
        return False
    return True


def _taxonomy_words() -> list[str]:
    index = compiled().index
    words = sorted({word for table in (index._exact, index._bigram) for word in table})
    return [word for word in words if word.isalpha()][:400]


_SHIPPED_WORDS = _taxonomy_words()
_SHIPPED_TEXT = st.lists(
    st.one_of(st.sampled_from(_SHIPPED_WORDS), st.sampled_from(_WORDS + _FILLERS)), max_size=60
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_SHIPPED_TEXT)
def test_find_equals_the_reference_on_the_shipped_taxonomy(text: str) -> None:
    index = compiled().index
    doc = read(text)
    assert _normal(index.find(doc)) == _normal(index.find_slowly(doc))


def test_find_equals_the_reference_on_a_typical_narrative() -> None:
    index = compiled().index
    doc = read(
        "Pt fell from bed, bed rails not in place. KCl 10 mmol given instead of NaCl flush; "
        "wrong side marked before surgery but noticed at time out. NEWS 5, sats 85%."
    )
    found = index.find(doc)
    assert found
    assert _normal(found) == _normal(index.find_slowly(doc))


_GAP_WORDS = ["found", "swab", "left", "in", "the", "wound", "not", "never", "without", "a"]


@st.composite
def _gapped_phrase(draw: st.DrawFn) -> str:
    """Words with runs of gaps between them (`.. ...`, `... ..`, `.. ..`)."""
    words = draw(st.lists(st.sampled_from(_GAP_WORDS), min_size=2, max_size=4))
    runs = st.lists(st.sampled_from(["..", "..."]), min_size=1, max_size=3).map(" ".join)
    gaps = [draw(runs) for _ in words[1:]]
    return " ".join(part for pair in zip(words, [*gaps, ""], strict=True) for part in pair).strip()


@settings(max_examples=300, deadline=None)
@given(_gapped_phrase(), st.lists(st.sampled_from([*_GAP_WORDS, "x", "y", "."]), max_size=40))
def test_a_run_of_gaps_matches_as_the_slot_by_slot_matcher_does(
    phrase: str, words: list[str]
) -> None:
    """A run of gaps is one regex gap as wide as them all, with the same (lazy) ends."""
    slots = parse_phrase(phrase)
    pattern = _Phrase(slots, ("label",)).regex
    assert pattern is not None
    doc = read(" ".join(words))
    if not doc.tokens:
        return
    scan = _Scan(doc)
    for at in range(len(doc.tokens)):
        by_regex = pattern.match(scan.text, scan.offsets[at])
        end = bisect_left(scan.offsets, by_regex.end()) if by_regex else -1
        assert end == _match(slots, 0, doc.tokens, at, doc.sentence_of, doc.sentence_of[at])


def test_every_shipped_phrase_compiles_to_a_pattern() -> None:
    """Patterns compile on first use, so a phrase the development set never meets would only
    fail in production: compile them all here."""
    assert compiled().index.compile_all() > 1000
