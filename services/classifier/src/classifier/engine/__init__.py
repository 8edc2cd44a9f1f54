"""Rule-based incident classifier: never events, near misses and themes, with evidence.

Pure and deterministic: the same narrative and fields give the same Classification. The
taxonomy (shared.taxonomy) is loaded, validated and compiled once, at import; a malformed
taxonomy raises shared.taxonomy.TaxonomyError here, at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from classifier.engine.concerns import concern_answered_exclusion
from classifier.engine.narrative_model import (
    Features,
    Prediction,
    doubts_never_event,
    features,
    load_narrative_model,
    predict_never_event,
    predict_themes,
    weigh_reach,
)
from classifier.engine.never_events import (
    Detection,
    Finding,
    StructuredFields,
    detect,
    own_event_tokens,
    ruled_out_learned,
)
from classifier.engine.oxygen_need import air_kept_off_the_patient
from classifier.engine.redaction import redact
from classifier.engine.rules import Analysis, compiled
from classifier.engine.site_query_answered import site_told_right_exclusion
from classifier.engine.text import Span
from classifier.engine.themes import (
    ImpliedThemes,
    ThemeScore,
    compile_themes,
    framing_tests,
    in_reporting_scope,
    means_scopes,
    only_subject_words,
    reporting_scopes,
    score_themes,
    told_as_look_alike,
)
from classifier.engine.withheld_told import withheld_told
from shared.classification import Classification, ThemeId
from shared.incident import Incident

__all__ = [
    "CLASSIFIER_VERSION",
    "TAXONOMY_VERSION",
    "classify",
    "classify_text",
    "redact",
]

CLASSIFIER_VERSION = "1.102.0"

#: A JSON-like fragment of a Classification, validated as a whole by `Classification`.
_Data = dict[str, Any]

_COMPILED = compiled()
_THEME_RULES = compile_themes(_COMPILED.taxonomy)
TAXONOMY_VERSION: str = _COMPILED.taxonomy.version
_THEME_RULE_IDS = {theme.value: f"theme.{theme.value}" for theme in ThemeId}
_MODEL = load_narrative_model()
_THEME_MODEL_RULE_IDS = {theme: f"theme-model.{_MODEL.version}.{theme}" for theme in _MODEL.themes}
_NEVER_EVENT_TYPES = {
    never_event.code: never_event for never_event in _COMPILED.taxonomy.never_events
}
_NEVER_EVENT_MODEL_RULE_IDS = {
    code: f"never-event-model.{_MODEL.version}.{code}" for code in _NEVER_EVENT_TYPES
}
_REACH_MODEL_RULE_IDS = {
    code: f"reach-model.{_MODEL.version}.{code}" for code in _NEVER_EVENT_TYPES
}
_validate_classification = Classification.model_validate
#: Exclusions whose excluded findings imply no themes (look-alikes, not the pattern).
_LOOK_ALIKE_EXCLUSIONS = (
    frozenset(
        exclusion.id
        for never_event in _COMPILED.taxonomy.never_events
        for exclusion in never_event.exclusions
        if not exclusion.keeps_implied_themes
    )
    | frozenset(concern_answered_exclusion(code) for code in _NEVER_EVENT_TYPES)
    | frozenset(site_told_right_exclusion(code) for code in _NEVER_EVENT_TYPES)
)


# The tags are built as plain data and the whole Classification is validated once, at the end
# (one call into pydantic-core rather than one per evidence span).


def _evidence(analysis: Analysis, spans: tuple[Span, ...], rule_id: str) -> list[_Data]:
    doc = analysis.doc
    text, starts, ends = doc.text, doc.starts, doc.ends
    result = []
    for first, last in spans:
        start, end = starts[first], ends[last - 1]
        result.append({"text": text[start:end], "start": start, "end": end, "rule_id": rule_id})
    return result


def _finding_evidence(
    analysis: Analysis, finding: Finding, reach: Prediction | None
) -> tuple[str, list[_Data]]:
    """The rule id of a never event and its evidence: the rule's words, and when the reach
    model turned the rules' near miss into it, the words that weighed with the model too."""
    rule_evidence = _evidence(analysis, finding.evidence, finding.rule.id)
    if reach is None:
        return finding.rule.id, rule_evidence
    rule_id = _REACH_MODEL_RULE_IDS[finding.never_event.code]
    return rule_id, rule_evidence + _evidence(analysis, reach.evidence, rule_id)


def _never_event_tag(analysis: Analysis, finding: Finding, reach: Prediction | None) -> _Data:
    rule_id, evidence = _finding_evidence(analysis, finding, reach)
    return {
        "code": finding.never_event.code,
        "label": finding.never_event.label,
        "confidence": finding.confidence,
        "rule_id": rule_id,
        "evidence": evidence,
    }


def _learned_never_event_tag(analysis: Analysis, learned: Prediction) -> _Data:
    rule_id = _NEVER_EVENT_MODEL_RULE_IDS[learned.label]
    return {
        "code": learned.label,
        "label": _NEVER_EVENT_TYPES[learned.label].label,
        "confidence": round(learned.probability, 3),
        "rule_id": rule_id,
        "evidence": _evidence(analysis, learned.evidence, rule_id),
    }


def _near_miss(analysis: Analysis, finding: Finding) -> _Data:
    return {
        "code": finding.never_event.code,
        "label": finding.never_event.label,
        "rule_id": finding.rule.id,
        "evidence": _evidence(analysis, finding.evidence, finding.rule.id),
    }


def _weighed_by_reach(detection: Detection, reach: Prediction | None) -> Detection:
    """The rules' near miss as a never event when the reach model is sure the error reached the
    patient (its cut-off, and why it never takes a never event away, are in
    classifier.training); otherwise the rules' call."""
    if reach is None or detection.near_miss is None:
        return detection
    reached = replace(detection.near_miss, near_miss=False, confidence=round(reach.probability, 3))
    return replace(detection, never_event=reached, near_miss=None)


#: What a rules' never event the learned never-event regression doubts is excluded by.
DOUBTED_BY_THE_MODEL = "never-event-model.doubted"


def _set_aside_when_doubted(detection: Detection, narrative: Features | None) -> Detection:
    """The rules' never event set aside as an excluded pattern when the never-event regression
    finds its type implausible in the narrative (`doubts_never_event`). An excluded pattern
    still implies its themes, and the learned model then names no never event of its own."""
    finding = detection.never_event
    if finding is None or not doubts_never_event(_MODEL, narrative, finding.never_event.code):
        return detection
    doubted = replace(finding, excluded_by=DOUBTED_BY_THE_MODEL)
    return replace(detection, never_event=None, excluded=(*detection.excluded, doubted))


def _review_flag(
    declared: bool, declared_type: str | None, detected_type: str | None, near_miss: bool
) -> _Data | None:
    if declared and detected_type is None:
        reason = (
            "reporter declared a never event but the narrative describes a near miss"
            if near_miss
            else "reporter declared a never event but the narrative does not describe one"
        )
        return {"reason": reason, "declared_never_event_type": declared_type}
    if not declared and detected_type is not None:
        return {
            "reason": "narrative describes a never event the reporter did not declare",
            "detected_never_event_type": detected_type,
        }
    if declared and declared_type is not None and declared_type != detected_type:
        return {
            "reason": "reporter's never event type differs from the type the narrative describes",
            "declared_never_event_type": declared_type,
            "detected_never_event_type": detected_type,
        }
    return None


#: Confidence of the themes implied by a never-event pattern a framework exclusion ruled out.
EXCLUDED_PATTERN_THEME_CONFIDENCE = 0.6
NEAR_MISS_THEME_CONFIDENCE = 0.7


def _implied_themes(detection: Detection, learned: Prediction | None) -> ImpliedThemes:
    """Themes implied by the never event / near miss (the rules' or the model's), else by
    excluded never-event patterns."""
    implied: ImpliedThemes = {}
    if learned is not None:
        for theme in _NEVER_EVENT_TYPES[learned.label].implies_themes:
            implied[theme] = (round(learned.probability, 3), learned.evidence)
    if detection.never_event or detection.near_miss:
        finding = detection.never_event or detection.near_miss
        assert finding is not None
        confidence = finding.confidence if detection.never_event else NEAR_MISS_THEME_CONFIDENCE
        findings: list[tuple[Finding, float]] = [(finding, confidence)]
    else:
        findings = [
            (f, EXCLUDED_PATTERN_THEME_CONFIDENCE)
            for f in detection.excluded
            if f.excluded_by not in _LOOK_ALIKE_EXCLUSIONS
        ]
    for finding, confidence in findings:
        for theme in finding.never_event.implies_themes:
            if theme not in implied:
                implied[theme] = (confidence, finding.evidence)
    return implied


def _rule_theme_tag(analysis: Analysis, score: ThemeScore) -> _Data:
    return {
        "id": score.theme_id,
        "confidence": score.confidence,
        "evidence": _evidence(analysis, score.evidence, _THEME_RULE_IDS[score.theme_id]),
    }


def _model_theme_tag(analysis: Analysis, theme: Prediction) -> _Data:
    rule_id = _THEME_MODEL_RULE_IDS[theme.label]
    return {
        "id": theme.label,
        "confidence": round(theme.probability, 3),
        "evidence": _evidence(analysis, theme.evidence, rule_id),
    }


def _theme_tags(
    analysis: Analysis,
    fields: StructuredFields,
    implied: ImpliedThemes,
    narrative: Features | None,
    *,
    implied_by_exclusions: bool,
    event: Finding | None = None,
) -> list[_Data]:
    """The themes the rules find, then those only the learned model finds; `other` (the rules'
    fallback) only when neither finds a theme. `event` is the never event or near miss the
    rules found (the themes it is told through are read beside it: `means_scopes`)."""
    scopes = reporting_scopes(analysis)
    scores = score_themes(
        analysis,
        _THEME_RULES,
        fields,
        implied,
        implied_by_exclusions=implied_by_exclusions,
        scopes=scopes,
        means=means_scopes(analysis, event.never_event.code, event.evidence) if event else None,
    )
    tags = [_rule_theme_tag(analysis, s) for s in scores if s.theme_id != ThemeId.OTHER]
    found = {tag["id"] for tag in tags}
    told = _told_of_the_event(analysis, scopes)
    tags += [
        _model_theme_tag(analysis, theme)
        for theme in predict_themes(_MODEL, narrative, told, found, framing_tests(analysis, told))
        if not only_subject_words(analysis, theme.label, theme.evidence)
        and not told_as_look_alike(analysis, theme.label)
    ]
    return tags or [_rule_theme_tag(analysis, score) for score in scores]


def _told_of_the_event(analysis: Analysis, scopes: list[Span]) -> Callable[[Span], bool]:
    """Whether a span may be the learned model's evidence: affirmed, and not in one of the
    reporting-process `scopes` ("timeline drawn up from the notes", "shared at the huddle"),
    which the theme rules already ignore."""
    if not scopes:
        return analysis.context.affirmed

    def affirmed(span: Span) -> bool:
        return analysis.context.affirmed(span) and not in_reporting_scope(span, scopes)

    return affirmed


def classify_text(
    description: str,
    *,
    service_type: str | None = None,
    specialty: str | None = None,
    location_type: str | None = None,
    reporter_never_event: bool = False,
    reporter_never_event_type: str | None = None,
) -> Classification:
    """Classify one narrative: redact it, then find never event / near miss and themes.

    Structured fields (LFPSE codes) gate rules, e.g. shower/curtain rails only count in mental
    health settings. Evidence offsets refer to `redacted_description`.
    """
    redacted = redact(description)
    analysis = _COMPILED.analyse(redacted)
    fields = StructuredFields(service_type, specialty, location_type)
    detection = detect(analysis, _COMPILED.taxonomy, fields)
    narrative = features(_MODEL, analysis.doc.tokens)
    detection = _set_aside_when_doubted(detection, narrative)
    reach = None  # the reach model's call, when it turned the rules' near miss round
    if (
        detection.near_miss is not None
        and not air_kept_off_the_patient(analysis, detection.near_miss.never_event.code)
        and not withheld_told(analysis, detection.near_miss.never_event.code)
    ):
        # the reach read from the report's own sentences, not another organisation's event
        own = own_event_tokens(analysis)
        own_narrative = narrative if own is analysis.doc.tokens else features(_MODEL, own)
        reach = weigh_reach(_MODEL, own_narrative, detection.near_miss.never_event.code)
        detection = _weighed_by_reach(detection, reach)
    never_event, near_miss = detection.never_event, detection.near_miss
    learned = None
    if never_event is None and near_miss is None and not detection.excluded:
        # Only where the rules found no pattern at all: a near miss or a framework exclusion
        # is the rules' call, not the model's.
        learned = predict_never_event(_MODEL, narrative, analysis.context.affirmed)
        if learned is not None and ruled_out_learned(
            analysis, _NEVER_EVENT_TYPES[learned.label], learned.evidence, fields
        ):
            learned = None
    if never_event is not None:
        never_event_tag: _Data | None = _never_event_tag(analysis, never_event, reach)
    else:
        never_event_tag = _learned_never_event_tag(analysis, learned) if learned else None
    implied = _implied_themes(detection, learned)
    return _validate_classification(
        {
            "never_event": never_event_tag,
            "near_miss": _near_miss(analysis, near_miss) if near_miss else None,
            "themes": _theme_tags(
                analysis,
                fields,
                implied,
                narrative,
                implied_by_exclusions=not (never_event_tag or near_miss),
                event=never_event or near_miss,
            ),
            "redacted_description": redacted,
            "review_flag": _review_flag(
                reporter_never_event,
                reporter_never_event_type,
                never_event_tag["code"] if never_event_tag else None,
                near_miss is not None,
            ),
            "taxonomy_version": TAXONOMY_VERSION,
            "classifier_version": CLASSIFIER_VERSION,
        }
    )


def classify(incident: Incident) -> Classification:
    """Classify an Incident (delegates to classify_text with its structured fields)."""
    return classify_text(
        incident.description,
        service_type=incident.service_type,
        specialty=incident.specialty,
        location_type=incident.location_type,
        reporter_never_event=incident.reporter_never_event,
        reporter_never_event_type=incident.reporter_never_event_type,
    )
