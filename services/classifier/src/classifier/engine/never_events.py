"""Never-event rules: find the pattern, apply gates and exclusions, tell never event from near miss."""

from __future__ import annotations

from dataclasses import dataclass

from shared.taxonomy import Exclusion, Gate, NeverEventRule, NeverEventType, Taxonomy

from classifier.engine.rules import Analysis
from classifier.engine.text import Span


@dataclass(frozen=True, slots=True)
class StructuredFields:
    """The structured incident fields the rules use as gates."""

    service_type: str | None = None
    specialty: str | None = None
    location_type: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """A never-event pattern found in a narrative."""

    never_event: NeverEventType
    rule: NeverEventRule
    evidence: tuple[Span, ...]
    near_miss: bool
    confidence: float


def _group_spans(analysis: Analysis, group: list[str]) -> list[Span]:
    spans = [span for concept in group for span in analysis.concept(concept)]
    return sorted(spans)


def _locate(analysis: Analysis, rule: NeverEventRule) -> tuple[Span, ...] | None:
    """One span per `require` group, all within `rule.window` sentences, or None."""
    groups = [_group_spans(analysis, group) for group in rule.require]
    if not all(groups):
        return None
    starts = sorted({analysis.sentence(span) for spans in groups for span in spans})
    for first in starts:
        last = first + rule.window
        chosen = []
        for spans in groups:
            inside = [s for s in spans if first <= analysis.sentence(s) <= last]
            if not inside:
                break
            chosen.append(inside[0])
        else:
            return tuple(chosen)
    return None


def _sentence_range(analysis: Analysis, evidence: tuple[Span, ...]) -> tuple[int, int]:
    sentences = [analysis.sentence(span) for span in evidence]
    return min(sentences), max(sentences)


def _field_matches(fields: StructuredFields, condition: Gate | Exclusion) -> bool:
    return (
        (fields.service_type is not None and fields.service_type in condition.service_types)
        or (fields.specialty is not None and fields.specialty in condition.specialties)
        or (fields.location_type is not None and fields.location_type in condition.location_types)
    )


def _excluded(
    analysis: Analysis,
    never_event: NeverEventType,
    evidence: tuple[Span, ...],
    fields: StructuredFields,
) -> bool:
    first, last = _sentence_range(analysis, evidence)
    for exclusion in never_event.exclusions:
        if _field_matches(fields, exclusion):
            return True
        for concept in exclusion.any_of:
            spans = analysis.concept(concept)
            if exclusion.scope == "window":
                spans = [s for s in spans if first - 1 <= analysis.sentence(s) <= last + 1]
            if spans:
                return True
    gate = never_event.gate
    if gate is None or _field_matches(fields, gate):
        return False
    return not any(analysis.concept(concept) for concept in gate.text_cues)


def _is_near_miss(analysis: Analysis, rule: NeverEventRule, evidence: tuple[Span, ...]) -> bool:
    if rule.outcome == "near_miss":
        return True
    if rule.reach:
        reached = [
            span
            for concept in rule.reach
            for span in analysis.concept(concept)
            if not analysis.context.not_yet(span)
        ]
        return not reached
    first, last = _sentence_range(analysis, evidence)
    context = analysis.context
    return context.prevented_in(first, last) is not None and context.reached() is None


def _confidence(analysis: Analysis, rule: NeverEventRule, evidence: tuple[Span, ...]) -> float:
    first, last = _sentence_range(analysis, evidence)
    return round(max(0.5, rule.confidence - 0.05 * (last - first)), 3)


def find_all(
    analysis: Analysis, taxonomy: Taxonomy, fields: StructuredFields
) -> list[Finding]:
    """Every never-event pattern in the narrative that no exclusion or gate rules out."""
    findings = []
    for never_event in taxonomy.never_events:
        for rule in never_event.rules:
            evidence = _locate(analysis, rule)
            if evidence is None or _excluded(analysis, never_event, evidence, fields):
                continue
            findings.append(
                Finding(
                    never_event,
                    rule,
                    evidence,
                    _is_near_miss(analysis, rule, evidence),
                    _confidence(analysis, rule, evidence),
                )
            )
            break
    return findings


def _best(findings: list[Finding]) -> Finding | None:
    if not findings:
        return None
    return max(findings, key=lambda f: (f.confidence, -f.evidence[0][0]))


def detect(
    analysis: Analysis, taxonomy: Taxonomy, fields: StructuredFields
) -> tuple[Finding | None, Finding | None]:
    """The never event (reached the patient) and the near miss (caught) of a narrative."""
    findings = find_all(analysis, taxonomy, fields)
    never_event = _best([f for f in findings if not f.near_miss])
    if never_event is not None:
        return never_event, None
    return None, _best([f for f in findings if f.near_miss])
