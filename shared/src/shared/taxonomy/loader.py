"""Load the classifier taxonomy from its YAML files and validate it, once."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from shared import lfpse
from shared.classification import ThemeId
from shared.taxonomy.models import Gate, NeverEventType, Taxonomy
from shared.taxonomy.phrases import PhraseError, parse_phrase

TAXONOMY_FILES = ("taxonomy.yaml", "never_events.yaml", "themes.yaml")


class TaxonomyError(RuntimeError):
    """The taxonomy files are missing, malformed or inconsistent."""


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise TaxonomyError(f"cannot read taxonomy file {path.name}: {exc}") from exc
    if not isinstance(data, dict):
        raise TaxonomyError(f"taxonomy file {path.name} must hold a mapping")
    return data


def _merge(parts: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Merge the files' top-level keys: `concepts` are unioned, other keys must not clash."""
    merged: dict[str, Any] = {"concepts": {}}
    for name, data in parts:
        for key, value in data.items():
            if key == "concepts":
                clash = set(merged["concepts"]) & set(value or {})
                if clash:
                    raise TaxonomyError(f"{name}: concepts defined twice: {sorted(clash)}")
                merged["concepts"].update(value or {})
            elif key in merged:
                raise TaxonomyError(f"{name}: top-level key '{key}' defined twice")
            else:
                merged[key] = value
    return merged


def _gate_problems(where: str, gate: Gate) -> Iterator[str]:
    for system, codes in (
        (lfpse.SERVICE_TYPE, gate.service_types),
        (lfpse.SPECIALTY, gate.specialties),
        (lfpse.INCIDENT_LOCATION, gate.location_types),
    ):
        for code in codes:
            if code not in lfpse.codes(system):
                yield f"{where}: '{code}' is not a code of {system}"


def _never_event_problems(taxonomy: Taxonomy) -> Iterator[str]:
    expected = lfpse.codes(lfpse.NEVER_EVENT_TYPE)
    seen = [ne.code for ne in taxonomy.never_events]
    if sorted(seen, key=int) != sorted(expected, key=int):
        yield f"never events must be exactly the LFPSE codes {sorted(expected, key=int)}: {seen}"
    theme_ids = {t.value for t in ThemeId}
    for ne in taxonomy.never_events:
        if ne.code in expected and ne.label != expected[ne.code]:
            yield f"never event {ne.code}: label '{ne.label}' != LFPSE '{expected[ne.code]}'"
        for theme in ne.implies_themes:
            if theme not in theme_ids:
                yield f"never event {ne.code}: unknown implied theme '{theme}'"
        yield from _concept_refs(taxonomy, ne)
        if ne.gate is not None:
            yield from _gate_problems(f"never event {ne.code} gate", ne.gate)
        for exclusion in ne.exclusions:
            yield from _gate_problems(
                f"exclusion {exclusion.id}",
                Gate(
                    service_types=exclusion.service_types,
                    specialties=exclusion.specialties,
                    location_types=exclusion.location_types,
                    reason=exclusion.reason,
                ),
            )


def _concept_refs(taxonomy: Taxonomy, ne: NeverEventType) -> Iterator[str]:
    refs = [(r.id, c) for r in ne.rules for group in r.require for c in group]
    refs += [(r.id, c) for r in ne.rules for c in r.reach]
    refs += [(r.id, c) for r in ne.rules for c in r.unless]
    refs += [(x.id, c) for x in ne.exclusions for c in x.any_of]
    refs += [(x.id, c) for x in ne.exclusions for c in x.except_if]
    refs += [(f"{ne.code}.gate", c) for c in (ne.gate.text_cues if ne.gate else [])]
    for owner, concept in refs:
        if concept not in taxonomy.concepts:
            yield f"{owner}: unknown concept '{concept}'"


def _theme_problems(taxonomy: Taxonomy) -> Iterator[str]:
    ids = [t.id for t in taxonomy.themes]
    expected = [t.value for t in ThemeId]
    if sorted(ids) != sorted(expected):
        yield f"themes must be exactly {expected}: {ids}"
    for theme in taxonomy.themes:
        for cue in theme.cues:
            if not cue.phrases and not cue.concepts:
                yield f"theme {theme.id}: a cue has neither phrases nor concepts"
            for concept in cue.concepts:
                if concept not in taxonomy.concepts:
                    yield f"theme {theme.id}: unknown concept '{concept}'"
        for boost in theme.boosts:
            yield from _gate_problems(
                f"theme {theme.id} boost",
                Gate(
                    service_types=boost.service_types,
                    specialties=boost.specialties,
                    location_types=boost.location_types,
                    reason="boost",
                ),
            )


def _phrase_problems(taxonomy: Taxonomy) -> Iterator[str]:
    ctx = taxonomy.context
    lists: list[tuple[str, list[str]]] = [
        (f"context.{name}", getattr(ctx, name))
        for name in (
            "negation_pre",
            "negation_post",
            "pseudo_negation",
            "hypothetical_pre",
            "hypothetical_post",
            "historical_pre",
            "prevented",
            "reached",
            "terminators",
            "not_yet_pre",
            "prevented_negators",
        )
    ]
    lists += [(f"concept {cid}", c.phrases) for cid, c in taxonomy.concepts.items()]
    lists += [(f"theme {t.id}", cue.phrases) for t in taxonomy.themes for cue in t.cues]
    for owner, phrases in lists:
        for phrase in phrases:
            try:
                parse_phrase(phrase)
            except PhraseError as exc:
                yield f"{owner}: {exc}"


def _rule_id_problems(taxonomy: Taxonomy) -> Iterator[str]:
    ids = [r.id for ne in taxonomy.never_events for r in ne.rules]
    ids += [x.id for ne in taxonomy.never_events for x in ne.exclusions]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        yield f"rule/exclusion ids used twice: {duplicates}"


def validate(raw: dict[str, Any]) -> Taxonomy:
    """The Taxonomy in `raw`, or TaxonomyError listing every problem found."""
    try:
        taxonomy = Taxonomy.model_validate(raw)
    except ValidationError as exc:
        raise TaxonomyError(f"taxonomy does not match its schema:\n{exc}") from exc
    problems = [
        *_never_event_problems(taxonomy),
        *_theme_problems(taxonomy),
        *_phrase_problems(taxonomy),
        *_rule_id_problems(taxonomy),
    ]
    if problems:
        raise TaxonomyError("invalid taxonomy:\n- " + "\n- ".join(problems))
    return taxonomy


def load_from(directory: Path) -> Taxonomy:
    """Load and validate the taxonomy files found in `directory`."""
    parts = [(name, _read_yaml(directory / name)) for name in TAXONOMY_FILES]
    return validate(_merge(parts))


@cache
def load_taxonomy() -> Taxonomy:
    """The shipped taxonomy, loaded and validated once per process."""
    directory = Path(str(resources.files("shared.taxonomy")))
    return load_from(directory)
