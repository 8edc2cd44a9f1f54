"""What the classifier says of one narrative, reduced to what engine tests assert on."""

from __future__ import annotations

from classifier.engine import _COMPILED, _MODEL, classify_text
from classifier.engine.narrative_model import features, predict_themes
from classifier.engine.never_events import StructuredFields, detect, ruled_out_learned
from classifier.engine.redaction import redact
from classifier.engine.text import Span
from classifier.engine.themes import framing_tests


def never_event_codes(text: str, **fields: str) -> tuple[str | None, str | None]:
    """The (never event, near miss) codes the classifier gives `text` (with structured
    `fields` such as location_type, if given)."""
    result = classify_text(text, **fields)
    never_event = result.never_event.code if result.never_event else None
    near_miss = result.near_miss.code if result.near_miss else None
    return never_event, near_miss


def rule_never_event_codes(text: str, **fields: str) -> tuple[str | None, str | None]:
    """The (never event, near miss) codes the rules (not the learned models) give `text`: a
    learned never event left out, a call the reach model turned round turned back."""
    result = classify_text(text, **fields)
    never_event, near_miss = result.never_event, result.near_miss
    if never_event is not None and never_event.rule_id.startswith("reach-model."):
        return None, never_event.code
    if near_miss is not None and near_miss.rule_id.startswith("reach-model."):
        return near_miss.code, None
    if never_event is not None and never_event.rule_id.startswith("never-event-model."):
        never_event = None
    return never_event.code if never_event else None, near_miss.code if near_miss else None


def theme_ids(text: str, service_type: str | None = None) -> set[str]:
    """The theme ids the classifier gives `text`."""
    return {t.id.value for t in classify_text(text, service_type=service_type).themes}


def rule_theme_ids(text: str) -> set[str]:
    """The theme ids the rules (not the learned model) give `text`."""
    return {
        t.id.value
        for t in classify_text(text).themes
        if any(e.rule_id == f"theme.{t.id.value}" for e in t.evidence)
    }


def learned_finding_ruled_out(text: str, code: str) -> str | None:
    """Why the rules would reject a learned finding of never event `code` resting on the
    first word of `text`, or None if they would let it stand."""
    analysis = _COMPILED.analyse(redact(text))
    fields = StructuredFields()
    detect(analysis, _COMPILED.taxonomy, fields)
    never_event = next(ne for ne in _COMPILED.taxonomy.never_events if ne.code == code)
    return ruled_out_learned(analysis, never_event, ((0, 1),), fields)


def any_span(span: Span) -> bool:
    """An evidence test that lets every span stand (the learned model alone, no context)."""
    return True


def model_theme_ids(text: str, *, framing: bool) -> set[str]:
    """The themes the learned model alone gives `text`, with or without the framing words kept
    from its evidence."""
    analysis = _COMPILED.analyse(redact(text))
    found = features(_MODEL, analysis.doc.tokens)
    tests = framing_tests(analysis, any_span) if framing else None
    return {p.label for p in predict_themes(_MODEL, found, any_span, (), tests)}


def kept_from_model_evidence(text: str, theme: str, words: str) -> bool:
    """Whether the framing words found in `text` keep every occurrence of `words` (a run of
    tokens) from being the learned model's evidence of `theme`, whatever the model weighs."""
    analysis = _COMPILED.analyse(redact(text))
    tokens, wanted = analysis.doc.tokens, words.lower().split()
    spans = [
        (at, at + len(wanted))
        for at in range(len(tokens) - len(wanted) + 1)
        if tokens[at : at + len(wanted)] == wanted
    ]
    test = framing_tests(analysis, any_span).get(theme)
    return bool(spans) and test is not None and not any(test(span) for span in spans)
