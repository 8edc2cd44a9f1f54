"""A learned second opinion: linear models over the narrative's word n-grams.

The rules say exactly which cue fired, but miss wording nobody wrote a cue for. These models
were trained on the labelled development set (`python -m classifier.training`): TF-IDF of the
tokens' unigrams and bigrams (sublinear tf, l2-normalised, as scikit-learn's
`TfidfVectorizer`), one logistic regression per theme, and one multinomial logistic regression
over the never-event types (and "none"). The engine asks them only about what the rules did
not find, and every tag they add names its evidence: the affirmed n-grams of the narrative
that pushed the probability up most. Scoring is pure and deterministic (numpy only).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from itertools import chain, pairwise
from pathlib import Path
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from classifier.engine.text import Span
from classifier.engine.themes import MAX_EVIDENCE

MODEL_PATH = Path(__file__).with_name("data") / "narrative_model.npz"
#: The never-event model's class for "no never event".
NO_NEVER_EVENT = ""

Affirmed = Callable[[Span], bool]
Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class NarrativeModel:
    """Vocabulary, idf and the weights of the theme and never-event models."""

    version: str
    terms: tuple[str, ...]
    #: Feature index of each unigram, and of each bigram as a pair of tokens.
    unigrams: dict[str, int]
    bigrams: dict[tuple[str, str], int]
    idf: Array
    themes: tuple[str, ...]
    #: (features, themes) weights and (themes,) intercepts of the per-theme regressions.
    theme_coef: Array
    theme_intercept: Array
    theme_threshold: float
    #: The theme threshold as a logit (compared before any probability is worked out).
    theme_logit_threshold: float
    #: Never-event codes ("" = none), (features, classes) weights and (classes,) intercepts.
    never_event_codes: tuple[str, ...]
    never_event_coef: Array
    never_event_intercept: Array
    never_event_threshold: float
    #: (features,) weights and the intercept of the reach regression (reached the patient, a
    #: never event, against caught before it, a near miss), and its cut-off.
    reach_coef: Array
    reach_intercept: float
    reach_threshold: float
    #: How probable the never-event regression must find the near miss's own type before the
    #: reach model may make it a never event (see `weigh_reach`).
    reach_type_threshold: float
    #: Below this probability of a rules' never event's own type, the never-event regression
    #: doubts it (see `doubts_never_event`).
    never_event_doubt_threshold: float
    #: ... and the higher cut-off of a long narrative (MIN_TOKENS_FOR_LONG_DOUBT or more).
    never_event_long_doubt_threshold: float
    #: Each feature's idf and theme weights side by side (float32, as stored): every
    #: narrative needs both, and gathers them in one go from one place in memory.
    rows: npt.NDArray[np.float32]
    #: `unigrams` and `bigrams` as one index by token (see `ngram_heads`).
    heads: dict[str, NgramHead]


#: A token's unigram feature index (None when only bigrams hold it), the bigram feature index
#: of each token that may follow it, keyed by that token's own `NgramHead.token`, and the token.
class NgramHead(NamedTuple):
    """What the n-gram features hold of one token."""

    unigram: int | None
    bigrams: dict[str, int]
    token: str


def ngram_heads(
    unigrams: dict[str, int], bigrams: dict[tuple[str, str], int]
) -> dict[str, NgramHead]:
    """Token -> its `NgramHead`, for every token of a unigram or bigram feature. The bigrams are
    keyed by the very string object each following token's head holds, so a narrative's bigram
    is looked up in its first token's few followers, matched by identity (the full bigram index
    is too large to stay in the processor's caches)."""
    heads: dict[str, NgramHead] = {}
    for token, index in unigrams.items():
        heads[token] = NgramHead(index, {}, token)
    for first, second in bigrams:
        for token in (first, second):
            if token not in heads:
                heads[token] = NgramHead(None, {}, token)
    for (first, second), index in bigrams.items():
        heads[first].bigrams[heads[second].token] = index
    return heads


@dataclass(frozen=True, slots=True)
class Features:
    """The TF-IDF vector of one narrative: feature indexes and their values, with the model's
    rows of those features (idf and theme weights, see `NarrativeModel.rows`)."""

    tokens: list[str]
    indexes: npt.NDArray[np.intp]
    values: Array
    rows: Array

    def theme_weights(self) -> Array:
        """The (features, themes) weights, C-contiguous as the dot product has always read
        them."""
        return np.ascontiguousarray(self.rows[:, 1:])


@dataclass(frozen=True, slots=True)
class Prediction:
    """A theme id or never-event code, its probability and the n-grams that weighed most."""

    label: str
    probability: float
    evidence: tuple[Span, ...]


def load_narrative_model(path: Path = MODEL_PATH) -> NarrativeModel:
    """Load a model written by `classifier.training` (no pickled objects are read)."""
    with np.load(path, allow_pickle=False) as arrays:
        terms = tuple(str(term) for term in arrays["vocabulary"])
        theme_threshold = float(arrays["theme_threshold"])
        rows = np.hstack((arrays["idf"][:, np.newaxis], arrays["theme_coef"]))
        unigrams = {term: index for index, term in enumerate(terms) if " " not in term}
        bigrams = {
            (first, second): index
            for index, (first, _, second) in enumerate(t.partition(" ") for t in terms)
            if second
        }
        return NarrativeModel(
            version=str(arrays["version"]),
            terms=terms,
            unigrams=unigrams,
            bigrams=bigrams,
            idf=arrays["idf"].astype(np.float64),
            themes=tuple(str(theme) for theme in arrays["themes"]),
            theme_coef=arrays["theme_coef"].astype(np.float64),
            theme_intercept=arrays["theme_intercept"].astype(np.float64),
            theme_threshold=theme_threshold,
            theme_logit_threshold=math.log(theme_threshold / (1 - theme_threshold)),
            never_event_codes=tuple(str(code) for code in arrays["never_event_codes"]),
            never_event_coef=arrays["never_event_coef"].astype(np.float64),
            never_event_intercept=arrays["never_event_intercept"].astype(np.float64),
            never_event_threshold=float(arrays["never_event_threshold"]),
            reach_coef=arrays["reach_coef"].astype(np.float64),
            reach_intercept=float(arrays["reach_intercept"]),
            reach_threshold=float(arrays["reach_threshold"]),
            reach_type_threshold=float(arrays["reach_type_threshold"]),
            never_event_doubt_threshold=float(arrays["never_event_doubt_threshold"]),
            never_event_long_doubt_threshold=float(arrays["never_event_long_doubt_threshold"]),
            rows=np.ascontiguousarray(rows, dtype=np.float32),
            heads=ngram_heads(unigrams, bigrams),
        )


def ngram_counts_slowly(model: NarrativeModel, tokens: list[str]) -> dict[int, int]:
    """How often each known unigram and bigram of `tokens` occurs, by feature index: the
    unigrams in token order, then the bigrams. The reference for `ngram_counts`."""
    counts: dict[int, int] = {}
    for index in chain(map(model.unigrams.get, tokens), map(model.bigrams.get, pairwise(tokens))):
        if index is not None:
            counts[index] = counts.get(index, 0) + 1
    return counts


def ngram_counts(model: NarrativeModel, tokens: list[str]) -> dict[int, int]:
    """`ngram_counts_slowly` through `NarrativeModel.heads` (the same counts in the same order;
    the order of the features fixes the order of the float additions)."""
    heads = list(map(model.heads.get, tokens))
    counts: dict[int, int] = {}
    for head in heads:
        if head is not None and (index := head.unigram) is not None:
            counts[index] = counts.get(index, 0) + 1
    for head, following in pairwise(heads):
        if (
            head is not None
            and following is not None
            and (index := head.bigrams.get(following.token)) is not None
        ):
            counts[index] = counts.get(index, 0) + 1
    return counts


def features(model: NarrativeModel, tokens: list[str]) -> Features | None:
    """The narrative's TF-IDF vector (None when it holds no known n-gram)."""
    counts = ngram_counts(model, tokens)
    if not counts:
        return None
    indexes = np.fromiter(counts, dtype=np.intp, count=len(counts))
    rows = model.rows[indexes].astype(np.float64)  # exact: float32 widens losslessly
    values = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
    values *= rows[:, 0]
    values /= math.sqrt(float(values @ values))
    return Features(tokens, indexes, values, rows)


def first_span(tokens: list[str], term: str) -> Span:
    """Where a unigram or bigram first occurs in `tokens`."""
    first, _, second = term.partition(" ")
    at = tokens.index(first)
    while second and tokens[at + 1 : at + 2] != [second]:
        at = tokens.index(first, at + 1)
    return (at, at + 2) if second else (at, at + 1)


def _affirmed_evidence(
    model: NarrativeModel, found: Features, contributions: Array, affirmed: Affirmed
) -> tuple[list[Span], float]:
    """The strongest n-grams `affirmed` accepts (up to three), checked strongest first, and the
    weight of those it rejects on the way (negated or hypothetical: "no fall")."""
    evidence: list[Span] = []
    rejected = 0.0
    positive = np.flatnonzero(contributions > 0)
    for i in positive[np.argsort(-contributions[positive], kind="stable")].tolist():
        span = first_span(found.tokens, model.terms[found.indexes[i]])
        if affirmed(span):
            evidence.append(span)
            if len(evidence) == MAX_EVIDENCE:
                break
        else:
            rejected += float(contributions[i])
    return sorted(evidence), rejected


def _always(span: Span) -> bool:
    return True


#: The fewest tokens a narrative needs for the model to add themes. On fewer, the normalised
#: TF-IDF puts nearly all the weight on one or two words, and one word is no evidence of a
#: theme the rules did not find ("Woman fell in the shower on the ward" read as maternity and
#: estates); on the development and held-out 1 and 2 sets the aggregate theme figures are the
#: same with or without this limit.
MIN_TOKENS_FOR_THEMES = 10


def predict_themes(
    model: NarrativeModel,
    found: Features | None,
    affirmed: Affirmed = _always,
    skip: Collection[str] = (),
    affirmed_for: Mapping[str, Affirmed] | None = None,
) -> list[Prediction]:
    """Themes whose probability reaches the threshold, most probable first (themes in `skip`,
    already found otherwise, are left out unexamined).

    The weight of the negated or hypothetical n-grams among a theme's strongest is taken back
    out; the theme is kept only if what remains reaches the threshold and it has evidence.
    `affirmed_for` gives some themes their own test in place of `affirmed` (one that also
    turns down words no evidence of that theme, whose weight is taken back out the same way).
    Narratives shorter than MIN_TOKENS_FOR_THEMES get none.
    """
    if found is None or len(found.tokens) < MIN_TOKENS_FOR_THEMES:
        return []
    weights = found.theme_weights()
    logits = found.values @ weights + model.theme_intercept
    predictions = []
    for theme in np.flatnonzero(logits >= model.theme_logit_threshold).tolist():
        if model.themes[theme] in skip:
            continue
        contributions = weights[:, theme] * found.values
        test = affirmed_for.get(model.themes[theme], affirmed) if affirmed_for else affirmed
        evidence, rejected = _affirmed_evidence(model, found, contributions, test)
        logit = float(logits[theme]) - rejected
        if evidence and logit >= model.theme_logit_threshold:
            probability = 1.0 / (1.0 + math.exp(-logit))
            predictions.append(Prediction(model.themes[theme], probability, tuple(evidence)))
    return sorted(predictions, key=lambda prediction: -prediction.probability)


def predict_never_event(
    model: NarrativeModel, found: Features | None, affirmed: Affirmed = _always
) -> Prediction | None:
    """The most probable never-event type if it reaches the threshold, else None.

    As for themes, the weight of negated or hypothetical n-grams among the type's strongest is
    taken back out of its logit before the probability is compared with the threshold.
    """
    if found is None:
        return None
    weights = model.never_event_coef[found.indexes]
    logits = found.values @ weights + model.never_event_intercept
    best = int(np.argmax(logits))
    code = model.never_event_codes[best]
    if code == NO_NEVER_EVENT or _softmax(logits)[best] < model.never_event_threshold:
        return None
    evidence, rejected = _affirmed_evidence(model, found, weights[:, best] * found.values, affirmed)
    logits[best] -= rejected
    probability = float(_softmax(logits)[best])
    if not evidence or probability < model.never_event_threshold:
        return None
    return Prediction(code, probability, tuple(evidence))


#: The reach model's call (`weigh_reach`).
REACHED = "reached"


def weigh_reach(model: NarrativeModel, found: Features | None, code: str) -> Prediction | None:
    """The reach model's call on a narrative the rules read as a near miss of type `code`:
    REACHED when its probability that the error reached the patient is at least the reach
    threshold and the never-event regression finds a never event of that type probable enough
    (at least the reach type threshold), else None (no opinion strong enough to set against the
    rules'). The second test is there because the reach model was fitted only on never events
    and near misses: it cannot tell a near miss from a look-alike that is neither, and a
    look-alike the rules misread as a near miss reads as "reached" to it; the never-event
    regression was fitted on every narrative, look-alikes included. The evidence: the n-grams
    that weighed most towards the reach (as the model read them, negated or not)."""
    if found is None:
        return None
    contributions = model.reach_coef[found.indexes] * found.values
    reached = 1.0 / (1.0 + math.exp(-(float(contributions.sum()) + model.reach_intercept)))
    if reached < model.reach_threshold or never_event_probability(model, found, code) < (
        model.reach_type_threshold
    ):
        return None
    evidence, _ = _affirmed_evidence(model, found, contributions, _always)
    return Prediction(REACHED, reached, tuple(evidence))


#: The fewest tokens of a narrative whose never event the never-event regression may doubt: in a
#: shorter one a few n-grams decide its probability. At the doubt's cut-off (0.01), the engine
#: tests' never events it would set aside, terse wordings written with the rules ("Pt had the
#: correct dose of Maxtrex on Monday and received it again on Tuesday."), were 32 of 15 to 39
#: tokens; the wrong never events it set aside on the unseen pending batches were of 32 to 168
#: tokens (14 of 15 from 40 on), and on the development set of 25 to 328 (17 of 19).
MIN_TOKENS_FOR_DOUBT = 40
#: The fewest tokens of a narrative whose never event is doubted at the higher cut-off
#: (never_event_long_doubt_threshold): the more a narrative tells, the more n-grams its
#: probability rests on. Of the engine tests' never events of 40 tokens or more (259), the
#: higher cut-off (0.1) would set aside 10, all of 40 to 49 tokens; from 50 tokens, none (how
#: the cut-off was chosen is in classifier.training).
MIN_TOKENS_FOR_LONG_DOUBT = 50


def doubts_never_event(model: NarrativeModel, found: Features | None, code: str) -> bool:
    """Whether the never-event regression finds never event `code`, which the rules read in
    the narrative, implausible: its probability of the type is below the doubt threshold, or
    below the higher long-narrative one in a narrative of MIN_TOKENS_FOR_LONG_DOUBT tokens or
    more (how both were chosen, and what they cost, are in classifier.training). No doubt
    without features, in a narrative shorter than MIN_TOKENS_FOR_DOUBT, nor for a type the
    regression never learned."""
    if (
        found is None
        or len(found.tokens) < MIN_TOKENS_FOR_DOUBT
        or code not in model.never_event_codes
    ):
        return False
    threshold = (
        max(model.never_event_doubt_threshold, model.never_event_long_doubt_threshold)
        if len(found.tokens) >= MIN_TOKENS_FOR_LONG_DOUBT
        else model.never_event_doubt_threshold
    )
    return never_event_probability(model, found, code) < threshold


def never_event_probability(model: NarrativeModel, found: Features, code: str) -> float:
    """The never-event regression's probability of never event `code` (0 for a type it never
    learned)."""
    if code not in model.never_event_codes:
        return 0.0
    logits = found.values @ model.never_event_coef[found.indexes] + model.never_event_intercept
    return float(_softmax(logits)[model.never_event_codes.index(code)])


def _softmax(logits: Array) -> Array:
    exponentials = np.exp(logits - logits.max())
    return exponentials / exponentials.sum()  # type: ignore[no-any-return]
