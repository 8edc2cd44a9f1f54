"""The reach model: a second opinion on whether the error the rules found reached the patient
(a never event) or was caught before it (a near miss), scored like scikit-learn, turning the
rules' call round only when it is sure, and saying so in the rule id and evidence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

import classifier.engine as engine
from classifier.engine import _weighed_by_reach
from classifier.engine.narrative_model import (
    NOT_REACHED,
    REACHED,
    Prediction,
    features,
    load_narrative_model,
    weigh_reach,
)
from classifier.engine.never_events import Detection, Finding
from classifier.evaluation import DEV_SET, Example, load_examples
from classifier.training import fit, model_arrays, model_document


@pytest.fixture(scope="module")
def development_set() -> list[Example]:
    return load_examples(DEV_SET)


def _finding(code: str, *, near_miss: bool) -> Finding:
    never_event = next(n for n in engine._COMPILED.taxonomy.never_events if n.code == code)
    return Finding(never_event, never_event.rules[0], ((0, 2),), near_miss, 0.8)


def test_reach_scores_equal_scikit_learns(development_set: list[Example], tmp_path: Path) -> None:
    fitted = fit(development_set[:700])
    path = tmp_path / "model.npz"
    np.savez_compressed(path, **model_arrays(fitted))
    # one cut-off for both calls: every narrative with a known word gets one
    model = dataclasses.replace(
        load_narrative_model(path), reach_threshold=0.5, not_reached_threshold=0.5
    )
    compared = 0
    for example in development_set[700:900]:
        document = model_document(example.description)
        expected = fitted.reach_regression.predict_proba(fitted.vectorizer.transform([document]))[
            0, 1
        ]
        call = weigh_reach(model, features(model, document.split(" ")))
        if call is None or abs(expected - 0.5) < 1e-3:
            continue
        assert call.label == (REACHED if expected > 0.5 else NOT_REACHED), example.id
        reached = call.probability if call.label == REACHED else 1.0 - call.probability
        assert reached == pytest.approx(expected, abs=1e-4), example.id
        assert call.evidence, example.id
        compared += 1
    assert compared > 150


def test_a_sure_reach_model_turns_the_rules_near_miss_into_a_never_event() -> None:
    caught = Detection(never_event=None, near_miss=_finding("5", near_miss=True), excluded=())
    weighed = _weighed_by_reach(caught, Prediction(REACHED, 0.934, ((3, 4),)))
    assert weighed.near_miss is None
    assert weighed.never_event is not None
    assert weighed.never_event.never_event.code == "5"
    assert weighed.never_event.near_miss is False
    assert weighed.never_event.confidence == 0.934
    assert weighed.never_event.evidence == caught.near_miss.evidence  # type: ignore[union-attr]


def test_a_sure_reach_model_turns_the_rules_never_event_into_a_near_miss() -> None:
    reached = Detection(never_event=_finding("13", near_miss=False), near_miss=None, excluded=())
    weighed = _weighed_by_reach(reached, Prediction(NOT_REACHED, 0.91, ((1, 2),)))
    assert weighed.never_event is None
    assert weighed.near_miss is not None
    assert weighed.near_miss.never_event.code == "13"
    assert weighed.near_miss.near_miss is True


@pytest.mark.parametrize(
    ("never_event", "near_miss", "call"),
    [
        (True, False, None),  # not sure either way
        (False, True, None),
        (True, False, REACHED),  # agrees with the rules
        (False, True, NOT_REACHED),
    ],
)
def test_the_rules_call_stands_when_the_reach_model_is_unsure_or_agrees(
    never_event: bool, near_miss: bool, call: str | None
) -> None:
    detection = Detection(
        never_event=_finding("4", near_miss=False) if never_event else None,
        near_miss=_finding("4", near_miss=True) if near_miss else None,
        excluded=(),
    )
    opinion = Prediction(call, 0.95, ((0, 1),)) if call else None
    assert _weighed_by_reach(detection, opinion) is detection


def test_a_narrative_without_known_words_gets_no_reach_call() -> None:
    assert weigh_reach(engine._MODEL, features(engine._MODEL, ["zzqx", "qqzz"])) is None
