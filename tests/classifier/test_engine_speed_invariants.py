"""The engine's fast paths give what the plain computations they stand in for give."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from classifier import engine
from classifier.engine.implant_specs import _value_at, spec_values
from classifier.engine.narrative_model import (
    features,
    ngram_counts,
    ngram_counts_slowly,
    ngram_heads,
    predict_themes,
)
from classifier.engine.text import Document, Span
from classifier.engine.themes import _outermost

DEV_SET = Path(__file__).resolve().parents[2] / "services/classifier/evaluation/dev.jsonl"


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    rows = [json.loads(line) for line in DEV_SET.read_text().splitlines()[:400]]
    return [engine._COMPILED.analyse(engine.redact(row["description"])).doc for row in rows]


def test_affirmed_fast_path_matches_negated_and_hypothetical() -> None:
    rows = [json.loads(line) for line in DEV_SET.read_text().splitlines()[:400]]
    checked = 0
    for row in rows:
        analysis = engine._COMPILED.analyse(engine.redact(row["description"]))
        context = analysis.context
        for spans in analysis.found.values():
            for span in spans:
                full = not context.negated(span) and not context.hypothetical(span)
                assert context.affirmed(span) == full, (row["description"], span)
                checked += 1
    assert checked > 1000


def test_features_rows_equal_the_model_arrays(documents: list[Document]) -> None:
    model = engine._MODEL
    for doc in documents:
        found = features(model, doc.tokens)
        if found is None:
            continue
        assert np.array_equal(found.rows[:, 0], model.idf[found.indexes])
        weights = found.theme_weights()
        assert weights.flags["C_CONTIGUOUS"]
        assert np.array_equal(weights, model.theme_coef[found.indexes])


def test_predict_themes_skip_only_leaves_themes_out(documents: list[Document]) -> None:
    model = engine._MODEL
    for doc in documents[:150]:
        found = features(model, doc.tokens)
        every = predict_themes(model, found)
        skip = {p.label for p in every[::2]}
        assert predict_themes(model, found, skip=skip) == [p for p in every if p.label not in skip]


def test_spec_values_look_at_every_token_that_can_be_a_value(documents: list[Document]) -> None:
    for doc in documents:
        tokens = doc.tokens
        scanned = [v for i in range(len(tokens)) if (v := _value_at(tokens, i)) is not None]
        assert spec_values(tokens, None) == scanned


def test_ngram_counts_equal_the_plain_count_in_order(documents: list[Document]) -> None:
    model = engine._MODEL
    for doc in documents:
        counts = ngram_counts(model, doc.tokens)
        assert list(counts.items()) == list(ngram_counts_slowly(model, doc.tokens).items())


def test_ngram_heads_hold_bigrams_of_tokens_without_a_unigram() -> None:
    heads = ngram_heads({"wrong": 0}, {("wrong", "side"): 1, ("the", "wrong"): 2})
    assert heads["wrong"].unigram == 0
    assert heads["the"].unigram is None and heads["side"].unigram is None
    assert heads["wrong"].bigrams == {"side": 1}
    assert heads["the"].bigrams == {"wrong": 2}
    # followers are keyed by the string object their own head holds
    (follower,) = heads["the"].bigrams
    assert follower is heads["wrong"].token


def _outermost_by_longest_first(spans: list[Span]) -> list[Span]:
    result: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if not result or span[1] > result[-1][1]:
            result.append(span)
    return result


def test_outermost_keeps_the_longest_span_of_each_start_not_nested_in_another() -> None:
    assert _outermost([(3, 4), (3, 6), (4, 5), (6, 7), (5, 8)]) == [(3, 6), (5, 8)]
    rng = random.Random(38)
    for _ in range(20_000):
        spans = [(a := rng.randrange(12), a + rng.randrange(1, 5)) for _ in range(rng.randrange(9))]
        assert _outermost(spans) == _outermost_by_longest_first(spans), spans
