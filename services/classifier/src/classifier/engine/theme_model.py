"""A learned second opinion on themes: a linear model over the narrative's word n-grams.

The rules (themes.py) say exactly which cue fired; they miss wording nobody wrote a cue for.
This model was trained on the labelled development set (`python -m classifier.training`):
TF-IDF of the tokens' unigrams and bigrams (sublinear tf, l2-normalised, as scikit-learn's
`TfidfVectorizer`) and one logistic regression per theme. It only ADDS themes the rules
missed, when its probability reaches the threshold, and each such tag names its evidence: the
n-grams of the narrative that pushed the probability up most, under rule id
`theme-model.<version>.<theme>`. Scoring is pure and deterministic (numpy, no scikit-learn).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain, pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

from classifier.engine.text import Span

MODEL_PATH = Path(__file__).with_name("data") / "theme_model.npz"
MAX_EVIDENCE = 3


@dataclass(frozen=True)
class ThemeModel:
    """Vocabulary, idf and per-theme weights of the trained model."""

    version: str
    themes: tuple[str, ...]
    terms: tuple[str, ...]
    #: Feature index of each unigram, and of each bigram as a pair of tokens.
    unigrams: dict[str, int]
    bigrams: dict[tuple[str, str], int]
    idf: npt.NDArray[np.float64]
    #: (features, themes) weights and (themes,) intercepts.
    coef: npt.NDArray[np.float64]
    intercept: npt.NDArray[np.float64]
    threshold: float
    #: The threshold as a logit (compared before any probability is worked out).
    logit_threshold: float


@dataclass(frozen=True, slots=True)
class ModelTheme:
    """A theme the model finds, its probability and the n-grams that weighed most."""

    theme_id: str
    probability: float
    evidence: tuple[Span, ...]


def load_theme_model(path: Path = MODEL_PATH) -> ThemeModel:
    """Load a model written by `classifier.training` (no pickled objects are read)."""
    with np.load(path, allow_pickle=False) as arrays:
        terms = tuple(str(term) for term in arrays["vocabulary"])
        return ThemeModel(
            version=str(arrays["version"]),
            themes=tuple(str(theme) for theme in arrays["themes"]),
            terms=terms,
            unigrams={term: index for index, term in enumerate(terms) if " " not in term},
            bigrams={
                (first, second): index
                for index, (first, _, second) in enumerate(t.partition(" ") for t in terms)
                if second
            },
            idf=arrays["idf"].astype(np.float64),
            coef=arrays["coef"].astype(np.float64),
            intercept=arrays["intercept"].astype(np.float64),
            threshold=float(arrays["threshold"]),
            logit_threshold=math.log(float(arrays["threshold"]) / (1 - float(arrays["threshold"]))),
        )


def ngram_counts(model: ThemeModel, tokens: list[str]) -> dict[int, int]:
    """How often each known unigram and bigram of `tokens` occurs, by feature index."""
    counts: dict[int, int] = {}
    for index in chain(map(model.unigrams.get, tokens), map(model.bigrams.get, pairwise(tokens))):
        if index is not None:
            counts[index] = counts.get(index, 0) + 1
    return counts


def first_span(tokens: list[str], term: str) -> Span:
    """Where a unigram or bigram first occurs in `tokens`."""
    first, _, second = term.partition(" ")
    at = tokens.index(first)
    while second and tokens[at + 1 : at + 2] != [second]:
        at = tokens.index(first, at + 1)
    return (at, at + 2) if second else (at, at + 1)


def _always(span: Span) -> bool:
    return True


def predict(
    model: ThemeModel, tokens: list[str], affirmed: Callable[[Span], bool] = _always
) -> list[ModelTheme]:
    """Themes whose probability reaches the model's threshold, most probable first.

    The n-grams a theme leans on are checked with `affirmed` (the engine's negation and
    hypothetical context), strongest first until three affirmed ones (the evidence) are found:
    the weight of a negated "fall" ("no fall") is taken back out, and the theme is kept only if
    what remains still reaches the threshold.
    """
    counts = ngram_counts(model, tokens)
    if not counts:
        return []
    indexes = np.fromiter(counts, dtype=np.intp, count=len(counts))
    values = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
    values *= model.idf[indexes]
    values /= math.sqrt(float(values @ values))
    weights = model.coef[indexes]
    logits = values @ weights + model.intercept
    found = []
    for theme_number in np.flatnonzero(logits >= model.logit_threshold):
        contributions = weights[:, theme_number] * values
        logit = float(logits[theme_number])
        evidence: list[Span] = []
        # Strongest first, until three affirmed n-grams (the evidence) are found.
        positive = np.flatnonzero(contributions > 0)
        order = positive[np.argsort(-contributions[positive], kind="stable")]
        for i in order.tolist():
            span = first_span(tokens, model.terms[indexes[i]])
            if affirmed(span):
                evidence.append(span)
                if len(evidence) == MAX_EVIDENCE:
                    break
            else:
                logit -= float(contributions[i])
        if evidence and logit >= model.logit_threshold:
            probability = 1.0 / (1.0 + math.exp(-logit))
            found.append(
                ModelTheme(model.themes[theme_number], probability, tuple(sorted(evidence)))
            )
    return sorted(found, key=lambda theme: -theme.probability)
