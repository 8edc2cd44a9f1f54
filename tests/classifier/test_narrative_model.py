"""The learned narrative model: scored like scikit-learn, trained on today's development set,
and every theme or never event it adds names the words behind it."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np
import pytest

import classifier.engine as engine
from classifier.engine import classify_text
from classifier.engine.narrative_model import (
    MIN_TOKENS_FOR_THEMES,
    features,
    first_span,
    load_narrative_model,
    predict_never_event,
    predict_themes,
)
from classifier.evaluation import Example
from classifier.training import (
    REDACTION_TOKENS,
    THEME_REGULARISATION_C,
    fit,
    model_arrays,
    model_document,
    model_ngrams,
    model_version,
)


def test_scores_equal_scikit_learns_probabilities(
    development_set: list[Example], tmp_path: Path
) -> None:
    fitted = fit(development_set[:500])
    path = tmp_path / "model.npz"
    np.savez_compressed(path, **model_arrays(fitted))
    model = load_narrative_model(path)
    low = 0.3  # a low threshold, so that many themes are compared
    model = dataclasses.replace(
        model, theme_threshold=low, theme_logit_threshold=math.log(low / (1 - low))
    )
    compared = 0
    for example in development_set[500:600]:
        document = model_document(example.description)
        if len(document.split(" ")) < MIN_TOKENS_FOR_THEMES:
            continue  # too short for the model to add themes (tested on its own)
        matrix = fitted.vectorizer.transform([document])
        narrative = features(model, document.split(" "))
        ours = {t.label: t.probability for t in predict_themes(model, narrative)}
        for theme, regression in fitted.theme_regressions.items():
            expected = regression.predict_proba(matrix)[0, 1]
            if abs(expected - low) > 1e-3:
                assert (theme in ours) == (expected > low), (example.id, theme, expected)
            if theme in ours:
                assert ours[theme] == pytest.approx(expected, abs=1e-4), (example.id, theme)
                compared += 1
    assert compared > 50


def test_never_event_scores_equal_scikit_learns(
    development_set: list[Example], tmp_path: Path
) -> None:
    fitted = fit(development_set[:700])
    path = tmp_path / "model.npz"
    np.savez_compressed(path, **model_arrays(fitted))
    model = dataclasses.replace(load_narrative_model(path), never_event_threshold=0.3)
    named = 0
    for example in development_set[700:900]:
        document = model_document(example.description)
        expected = fitted.never_event_regression.predict_proba(
            fitted.vectorizer.transform([document])
        )[0]
        best = int(np.argmax(expected))
        code = str(fitted.never_event_regression.classes_[best])
        ours = predict_never_event(model, features(model, document.split(" ")))
        if code and expected[best] > 0.301:
            assert ours is not None and ours.label == code, example.id
            assert ours.probability == pytest.approx(expected[best], abs=1e-4)
            named += 1
        elif not code or expected[best] < 0.299:
            assert ours is None, example.id
    assert named > 20


def test_theme_regressions_are_fitted_to_their_optimum(development_set: list[Example]) -> None:
    """Stopped early, lbfgs leaves a theme's weights wherever its path stopped, and adding a few
    hundred narratives moved hundreds of others across the threshold (training.THEME_TOLERANCE).
    At the optimum the gradient of the balanced, L2-penalised log loss is (next to) zero: there
    it was 0.03 of the largest weight at lbfgs' default tolerance, 7e-6 converged."""
    from sklearn.utils.class_weight import compute_sample_weight

    examples = development_set[:500]
    fitted = fit(examples)
    matrix = fitted.vectorizer.transform([model_document(e.description) for e in examples])
    checked = 0
    for theme, regression in fitted.theme_regressions.items():
        labels = np.array([theme in e.themes for e in examples])
        if labels.all() or not labels.any():
            continue
        residual = compute_sample_weight("balanced", labels) * (
            regression.predict_proba(matrix)[:, 1] - labels
        )
        coef = regression.coef_[0]
        gradient = THEME_REGULARISATION_C * (matrix.T @ residual) + coef
        scale = max(1.0, float(np.abs(coef).max()))
        assert np.abs(gradient).max() < 1e-3 * scale, theme
        assert abs(THEME_REGULARISATION_C * residual.sum()) < 1e-3 * scale, theme  # intercept
        checked += 1
    assert checked > 10


def test_no_n_gram_holding_a_redaction_tag_is_a_feature() -> None:
    document = model_document("Mr Khan and Mrs Jones (DOB 01/02/1960) seen in clinic")
    assert "[name]" in document.split()
    assert model_ngrams(document) == [
        *("mr", "and", "mrs", "dob", "seen", "in", "clinic"),
        *("and mrs", "seen in", "in clinic"),
    ]
    shipped = {token for term in engine._MODEL.terms for token in term.split(" ")}
    assert not shipped & REDACTION_TOKENS


def test_the_shipped_model_was_trained_on_the_current_development_set(
    development_set: list[Example],
) -> None:
    """Editing dev.jsonl (or the tokenizer) without `python -m classifier.training` fails."""
    assert engine._MODEL.version == model_version(development_set)


def test_model_themes_carry_their_words_and_rule_id(development_set: list[Example]) -> None:
    tags = [
        (theme, classification.redacted_description)
        for example in development_set[:400]
        for classification in [classify_text(example.description)]
        for theme in classification.themes
        if theme.evidence and theme.evidence[0].rule_id.startswith("theme-model.")
    ]
    assert tags, "the model added no theme on 400 development narratives"
    for theme, text in tags:
        assert theme.confidence >= engine._MODEL.theme_threshold
        for evidence in theme.evidence:
            assert evidence.rule_id == f"theme-model.{engine._MODEL.version}.{theme.id}"
            assert text[evidence.start : evidence.end] == evidence.text != ""


def test_other_stands_alone() -> None:
    themes = [t.id for t in classify_text("Patient's relative complained about parking.").themes]
    assert "other" not in themes or themes == ["other"]


def test_first_span_finds_unigrams_and_bigrams() -> None:
    tokens = ["pt", "had", "a", "fall", "then", "a", "second", "fall"]
    assert first_span(tokens, "fall") == (3, 4)
    assert first_span(tokens, "a second") == (5, 7)
    with pytest.raises(ValueError):
        first_span(tokens, "no such")


def test_a_narrative_without_known_words_gets_nothing_from_the_model() -> None:
    narrative = features(engine._MODEL, ["zzqx", "qqzz"])
    assert narrative is None
    assert predict_themes(engine._MODEL, narrative) == []
    assert predict_never_event(engine._MODEL, narrative) is None


def test_a_negated_pattern_gets_no_never_event_from_the_model() -> None:
    classification = classify_text(
        "NG tube placement checked with pH aspirate 4.5 before use, no feed given via a "
        "misplaced tube, no concerns."
    )
    assert classification.never_event is None


def test_the_model_adds_no_theme_to_a_narrative_too_short_to_weigh() -> None:
    """On a few words one word carries the whole TF-IDF vector: the model stays silent."""
    model = engine._MODEL
    tokens = ["woman", "fell", "in", "the", "shower", "on", "the", "ward"]
    assert len(tokens) < MIN_TOKENS_FOR_THEMES
    assert predict_themes(model, features(model, tokens)) == []
