"""What `PhraseIndex.find` checks before matching a phrase's pattern (a sentence's later keys
and a phrase's required keys, as bits), and the token string the patterns run over."""

from __future__ import annotations

from classifier.engine.matcher import KEY_LENGTH, PhraseIndex, _Scan
from classifier.engine.text import read


def _bits(index: PhraseIndex, keys: set[str]) -> int:
    return sum(index.key_bits[key] for key in keys)


def test_each_token_holds_the_bits_of_the_later_tokens_of_its_sentence() -> None:
    index = PhraseIndex([("fall", "patient .. fell .. bed"), ("rail", "bed .. rails")])
    doc = read("Patient fell out of bed. The bed rails were down. Fell again")
    scan = _Scan(doc, index.key_bits)
    for at in range(len(doc.tokens)):
        later = {
            token[:KEY_LENGTH]
            for i, token in enumerate(doc.tokens)
            if i > at and doc.sentence_of[i] == doc.sentence_of[at]
        }
        assert scan.after_masks[at] == _bits(index, later & set(index.key_bits))


def test_a_key_two_slots_require_is_one_bit_of_the_phrase_mask() -> None:
    index = PhraseIndex([("twice", "given .. dose .. dose")])
    phrase = index._exact["given"][0]
    assert phrase.required == (frozenset({"dos"}), frozenset({"dos"}))
    assert phrase.needs_all == _bits(index, {"dos"})
    assert phrase.needs_any == ()
    assert index.find(read("given a dose then a dose")) == {"twice": [(0, 6)]}
    assert index.find(read("given a dose")) == {}


def test_a_slot_of_several_keys_needs_any_one_of_them() -> None:
    index = PhraseIndex([("wrong", "wrong .. site|side|limb")])
    phrase = index._exact["wrong"][0]
    assert phrase.needs_all == 0
    assert phrase.needs_any == (_bits(index, {"sit", "sid", "lim"}),)
    assert index.find(read("the wrong site")) == {"wrong": [(1, 3)]}
    assert index.find(read("the wrong one. Site")) == {}


def test_the_token_string_marks_gap_stoppers_and_sentence_ends() -> None:
    scan = _Scan(read("Bed rails not up. No harm"))
    assert scan.text == "bed rails ¬not up § ¬no harm "
    assert [scan.text[offset:].split(" ")[0] for offset in scan.offsets] == [
        "bed",
        "rails",
        "¬not",
        "up",
        "¬no",
        "harm",
    ]
