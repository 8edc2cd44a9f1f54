"""Theme scoring: weighted, context-aware cues per theme, a threshold, `other` as the fallback."""

from __future__ import annotations

from dataclasses import dataclass

from shared.classification import ThemeId
from shared.taxonomy import Taxonomy, Theme, ThemeBoost, ThemeCue

from classifier.engine.never_events import StructuredFields
from classifier.engine.rules import Analysis, concept_label, theme_cue_label
from classifier.engine.text import Span

MAX_EVIDENCE = 5


@dataclass(frozen=True, slots=True)
class ThemeScore:
    """A theme assigned to a narrative, with its confidence and evidence spans."""

    theme_id: str
    confidence: float
    evidence: tuple[Span, ...]


def _cue_spans(analysis: Analysis, theme: Theme, number: int, cue: ThemeCue) -> list[Span]:
    spans = list(analysis.affirmed(theme_cue_label(theme.id, number)))
    for concept in cue.concepts:
        spans.extend(analysis.affirmed(concept_label(concept)))
    return spans


def _boost(boost: ThemeBoost, fields: StructuredFields) -> float:
    hit = (
        fields.service_type in boost.service_types
        or fields.specialty in boost.specialties
        or fields.location_type in boost.location_types
    )
    return boost.weight if hit else 0.0


def _score(
    analysis: Analysis, theme: Theme, fields: StructuredFields
) -> tuple[float, list[Span]]:
    score = sum(_boost(boost, fields) for boost in theme.boosts)
    evidence: list[Span] = []
    for number, cue in enumerate(theme.cues):
        spans = _cue_spans(analysis, theme, number, cue)
        if spans:
            score += cue.weight
            if cue.weight > 0:
                evidence.extend(spans)
    return score, sorted(set(evidence))[:MAX_EVIDENCE]


def _confidence(score: float, threshold: float) -> float:
    return round(min(0.99, score / (score + 0.5 * threshold)), 3)


def score_themes(
    analysis: Analysis,
    taxonomy: Taxonomy,
    fields: StructuredFields,
    implied: dict[str, tuple[float, tuple[Span, ...]]],
) -> list[ThemeScore]:
    """Themes whose score reaches their threshold, plus those a never event implies.

    `implied` maps theme ids to (confidence, evidence) of the never event / near miss found.
    `other` is returned alone when nothing else applies.
    """
    assigned = []
    for theme in taxonomy.themes:
        if theme.id == ThemeId.OTHER:
            continue
        score, evidence = _score(analysis, theme, fields)
        confidence = _confidence(score, theme.threshold) if score >= theme.threshold else 0.0
        if theme.id in implied:
            implied_confidence, implied_evidence = implied[theme.id]
            confidence = max(confidence, implied_confidence)
            evidence = evidence or list(implied_evidence)
        if confidence > 0:
            assigned.append(ThemeScore(theme.id, confidence, tuple(evidence)))
    return assigned or [ThemeScore(ThemeId.OTHER.value, 0.5, ())]
