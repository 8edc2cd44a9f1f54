"""The reach model: a second opinion on whether the error the rules read as caught (a near
miss) reached the patient (a never event), scored like scikit-learn, turning the rules' near
miss round only when it is sure, never taking a never event away, and saying so in the rule id
and evidence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

import classifier.engine as engine
from classifier.engine import _weighed_by_reach, classify_text
from classifier.engine.narrative_model import (
    REACHED,
    Prediction,
    features,
    load_narrative_model,
    never_event_probability,
    weigh_reach,
)
from classifier.engine.never_events import Detection, Finding
from classifier.evaluation import Example
from classifier.training import fit, model_arrays, model_document


def _finding(code: str, *, near_miss: bool) -> Finding:
    never_event = next(n for n in engine._COMPILED.taxonomy.never_events if n.code == code)
    return Finding(never_event, never_event.rules[0], ((0, 2),), near_miss, 0.8)


def test_reach_scores_equal_scikit_learns(development_set: list[Example], tmp_path: Path) -> None:
    fitted = fit(development_set[:700])
    path = tmp_path / "model.npz"
    np.savez_compressed(path, **model_arrays(fitted))
    model = dataclasses.replace(
        load_narrative_model(path), reach_threshold=0.5, reach_type_threshold=0.0
    )
    compared = 0
    for example in development_set[700:900]:
        document = model_document(example.description)
        expected = fitted.reach_regression.predict_proba(fitted.vectorizer.transform([document]))[
            0, 1
        ]
        call = weigh_reach(model, features(model, document.split(" ")), "1")
        if abs(expected - 0.5) < 1e-3:
            continue
        if expected < 0.5:
            assert call is None, example.id
            continue
        assert call is not None and call.label == REACHED, example.id
        assert call.probability == pytest.approx(expected, abs=1e-4), example.id
        assert call.evidence, example.id
        compared += 1
    assert compared > 50


def test_the_type_gate_reads_the_never_event_regression_like_scikit_learn(
    development_set: list[Example], tmp_path: Path
) -> None:
    fitted = fit(development_set[:700])
    path = tmp_path / "model.npz"
    np.savez_compressed(path, **model_arrays(fitted))
    model = load_narrative_model(path)
    classes = [str(c) for c in fitted.never_event_regression.classes_]
    compared = 0
    for example in development_set[700:800]:
        document = model_document(example.description)
        found = features(model, document.split(" "))
        if found is None:
            continue
        expected = fitted.never_event_regression.predict_proba(
            fitted.vectorizer.transform([document])
        )[0]
        for code, probability in zip(classes, expected, strict=True):
            assert never_event_probability(model, found, code) == pytest.approx(
                probability, abs=1e-4
            )
        compared += 1
    assert never_event_probability(model, found, "no such type") == 0.0
    assert compared > 50


def test_the_reach_model_keeps_the_near_miss_when_the_type_is_improbable() -> None:
    """A narrative the reach model reads as reached makes no never event when the never-event
    regression does not find the type: it was fitted on look-alikes too (the reach model was
    not)."""
    text = (
        "consent form: L therapeutic pleural aspiration. USS report: large L effusion, marked. "
        "procedure note by FY2: R side, 2 attempts, dry tap. post procedure CXR small R ptx."
    )
    found = features(engine._MODEL, model_document(text).split(" "))
    assert weigh_reach(engine._MODEL, found, "1") is not None
    probability = never_event_probability(engine._MODEL, found, "1")
    gated = dataclasses.replace(engine._MODEL, reach_type_threshold=probability + 0.01)
    assert weigh_reach(gated, found, "1") is None


def test_a_sure_reach_model_turns_the_rules_near_miss_into_a_never_event() -> None:
    caught = Detection(never_event=None, near_miss=_finding("5", near_miss=True), excluded=())
    weighed = _weighed_by_reach(caught, Prediction(REACHED, 0.934, ((3, 4),)))
    assert weighed.near_miss is None
    assert weighed.never_event is not None
    assert weighed.never_event.never_event.code == "5"
    assert weighed.never_event.near_miss is False
    assert weighed.never_event.confidence == 0.934
    assert weighed.never_event.evidence == caught.near_miss.evidence  # type: ignore[union-attr]


def test_an_unsure_reach_model_leaves_the_rules_near_miss() -> None:
    caught = Detection(never_event=None, near_miss=_finding("4", near_miss=True), excluded=())
    assert _weighed_by_reach(caught, None) is caught


def test_the_reach_model_never_takes_a_never_event_away() -> None:
    reached = Detection(never_event=_finding("13", near_miss=False), near_miss=None, excluded=())
    assert _weighed_by_reach(reached, Prediction(REACHED, 0.95, ((0, 1),))) is reached


def test_a_narrative_without_known_words_gets_no_reach_call() -> None:
    assert weigh_reach(engine._MODEL, features(engine._MODEL, ["zzqx", "qqzz"]), "1") is None


def test_a_turned_near_miss_names_the_reach_model_and_keeps_the_rules_words() -> None:
    """dev-27003: the procedure note puts the aspiration on the side the consent did not name,
    and its aftermath is told; the rules read the other side set up and caught."""
    text = (
        "consent form: L therapeutic pleural aspiration. USS report: large L effusion, marked. "
        "procedure note by FY2: R side, 2 attempts, dry tap. post procedure CXR small R ptx. "
        "Discussed with pt by consultant."
    )
    result = classify_text(text)
    assert result.near_miss is None
    assert result.never_event is not None
    never_event = result.never_event
    reach_rule = f"reach-model.{engine._MODEL.version}.1"
    assert never_event.code == "1"
    assert never_event.rule_id == reach_rule
    assert never_event.confidence >= engine._MODEL.reach_threshold
    rule_ids = {evidence.rule_id for evidence in never_event.evidence}
    assert reach_rule in rule_ids
    assert any(rule_id.startswith("NE1.") for rule_id in rule_ids)  # the rules' own words
    for evidence in never_event.evidence:
        assert text[evidence.start : evidence.end] == evidence.text
