"""The classifier taxonomy as versioned data: never events, themes and context cues (YAML)."""

from shared.taxonomy.loader import TAXONOMY_FILES, TaxonomyError, load_from, load_taxonomy, validate
from shared.taxonomy.models import (
    Concept,
    ContextLexicon,
    Exclusion,
    Gate,
    NeverEventRule,
    NeverEventType,
    Taxonomy,
    Theme,
    ThemeBoost,
    ThemeCue,
)
from shared.taxonomy.phrases import PhraseError, Slot, parse_phrase, tokenize

__all__ = [
    "TAXONOMY_FILES",
    "Concept",
    "ContextLexicon",
    "Exclusion",
    "Gate",
    "NeverEventRule",
    "NeverEventType",
    "PhraseError",
    "Slot",
    "Taxonomy",
    "TaxonomyError",
    "Theme",
    "ThemeBoost",
    "ThemeCue",
    "load_from",
    "load_taxonomy",
    "parse_phrase",
    "tokenize",
    "validate",
]
