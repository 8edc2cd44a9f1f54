"""Pydantic models of the classifier taxonomy (never events, themes, context lexicon).

The taxonomy is data: `taxonomy.yaml`, `never_events.yaml` and `themes.yaml` in this package.
A *phrase* is a small pattern over word tokens (see `phrases.py` for the syntax); a *concept*
is a named list of phrases, referred to by never-event rules and theme cues.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Concept(_Strict):
    """A named lexicon entry: phrases with their abbreviations and spelling variants."""

    phrases: list[str] = Field(default_factory=list)
    negatable: bool = Field(
        default=True,
        description="False for entities (drug names, devices) that negation cues do not undo",
    )
    reasoning_only: bool = Field(
        default=False,
        description="Filled only by a reasoning step of the engine (no phrases of its own)",
    )

    @model_validator(mode="after")
    def _phrases_unless_reasoning_only(self) -> Concept:
        if not self.phrases and not self.reasoning_only:
            raise ValueError("a concept needs phrases unless it is reasoning_only")
        if self.phrases and self.reasoning_only:
            raise ValueError("a reasoning_only concept has no phrases")
        return self


class ContextLexicon(_Strict):
    """Cues for NegEx/ConText-style context of each matched concept."""

    negation_pre: list[str] = Field(min_length=1)
    negation_post: list[str] = Field(min_length=1)
    pseudo_negation: list[str] = Field(default_factory=list)
    hypothetical_pre: list[str] = Field(min_length=1)
    hypothetical_post: list[str] = Field(default_factory=list)
    historical_pre: list[str] = Field(default_factory=list)
    prevented: list[str] = Field(min_length=1)
    reached: list[str] = Field(min_length=1)
    terminators: list[str] = Field(min_length=1)
    not_yet_pre: list[str] = Field(
        default_factory=list,
        description="Cues ('before', 'prior to') that a reach concept has not happened yet",
    )
    prevented_negators: list[str] = Field(
        default_factory=list,
        description="Cues ('nobody', 'not') that, just before a prevented cue, undo it",
    )
    negation_window: int = Field(default=6, ge=1, le=20)
    hypothetical_window: int = Field(default=8, ge=1, le=20)
    historical_window: int = Field(default=3, ge=1, le=20)
    prevented_sentences: int = Field(
        default=1, ge=0, le=5, description="Sentences after a finding a prevented cue may sit in"
    )
    prevented_sentences_before: int = Field(
        default=0, ge=0, le=5, description="Sentences before a finding a prevented cue may sit in"
    )


class Gate(_Strict):
    """Structured-field gate: passes if any listed field value matches or any text cue matches."""

    service_types: list[str] = Field(default_factory=list)
    specialties: list[str] = Field(default_factory=list)
    location_types: list[str] = Field(default_factory=list)
    text_cues: list[str] = Field(default_factory=list, description="Concept ids")
    reason: str


class NeverEventRule(_Strict):
    """All `require` groups (each: any of its concepts) found within `window` sentences."""

    id: str
    require: list[list[str]] = Field(min_length=1)
    window: int = Field(default=1, ge=0, le=50)
    confidence: float = Field(ge=0, le=1)
    reach: list[str] = Field(
        default_factory=list,
        description="Concepts showing the error reached the patient; absent -> near miss",
    )
    outcome: Literal["never_event", "near_miss", "near_miss_only", "never_event_only"] = Field(
        default="never_event",
        description=(
            "never_event: near miss only when caught (prevented cues / reach); near_miss: "
            "always a near miss; near_miss_only: counts only when caught (an error made but no "
            "harm pattern of its own, e.g. insulin drawn up in a non-insulin syringe); "
            "never_event_only: counts only when it reached the patient (a pattern read from its "
            "harm, e.g. another patient's unit and the recipient haemolysing, says nothing "
            "caught)"
        ),
    )
    unless: list[str] = Field(
        default_factory=list,
        description="Concepts that, found in the finding's sentences, make this rule not apply",
    )


class Exclusion(_Strict):
    """A framework exclusion: a concept found, or a structured field with a listed code."""

    id: str
    any_of: list[str] = Field(default_factory=list, description="Concept ids")
    scope: Literal["window", "document"] = "document"
    service_types: list[str] = Field(default_factory=list)
    specialties: list[str] = Field(default_factory=list)
    location_types: list[str] = Field(default_factory=list)
    reason: str
    except_if: list[str] = Field(
        default_factory=list,
        description=(
            "Concept ids: found in the finding's window, the exclusion does not apply "
            "(strong potassium given instead of the premixed bag is still a mis-selection)"
        ),
    )
    except_if_scope: Literal["window", "document"] = Field(
        default="window",
        description=(
            "Where an except_if concept counts: the finding's window, or anywhere in the report "
            "(a tube confirmed in the stomach, then found in the bronchus the next day)"
        ),
    )
    keeps_implied_themes: bool = Field(
        default=True,
        description=(
            "False for look-alikes that are not the pattern at all (eye drops, a blood unit): "
            "the excluded finding then adds none of the never event's implied themes"
        ),
    )

    @model_validator(mode="after")
    def _has_a_condition(self) -> Exclusion:
        if not (self.any_of or self.service_types or self.specialties or self.location_types):
            raise ValueError(f"exclusion {self.id} has no condition")
        return self


class NeverEventType(_Strict):
    """One LFPSE never-event type (never-event-type-5 code 1-15)."""

    code: str
    label: str
    implies_themes: list[str] = Field(min_length=1)
    rules: list[NeverEventRule] = Field(min_length=1)
    exclusions: list[Exclusion] = Field(default_factory=list)
    gate: Gate | None = None
    prevented_cues: bool = Field(
        default=True,
        description=(
            "False for events that either happen or do not (a hanging, a fall, an entrapment, "
            "a scald): context 'prevented' cues never turn them into a near miss"
        ),
    )


class ThemeCue(_Strict):
    """Evidence for a theme: a phrase of the cue (inline or via concepts) adds `weight` once.

    A negative weight is a counter-cue (e.g. "BP fell" is not a fall).
    """

    weight: float = Field(ge=-5, le=5)
    phrases: list[str] = Field(default_factory=list)
    concepts: list[str] = Field(default_factory=list)
    negatable: bool = True
    #: Evidence that gives the theme whatever never event it is told beside (patient
    #: identification, labelling, transcription): found, it spares the theme the corroboration
    #: a single cue needs beside a never-event pattern.
    stands_beside_event: bool = False

    @model_validator(mode="after")
    def _non_zero(self) -> ThemeCue:
        if self.weight == 0:
            raise ValueError("a theme cue weight must not be 0")
        if self.stands_beside_event and self.weight < 0:
            raise ValueError("a counter-cue cannot stand beside an event")
        return self


class ThemeBoost(_Strict):
    """Score added when a structured field has one of the listed codes."""

    service_types: list[str] = Field(default_factory=list)
    specialties: list[str] = Field(default_factory=list)
    location_types: list[str] = Field(default_factory=list)
    weight: float = Field(gt=0, le=5)


class Theme(_Strict):
    """One theme of the fixed list, with weighted cues and a score threshold."""

    id: str
    label: str
    threshold: float = Field(gt=0)
    cues: list[ThemeCue] = Field(default_factory=list)
    boosts: list[ThemeBoost] = Field(default_factory=list)


class Taxonomy(_Strict):
    """The whole, validated classifier taxonomy."""

    version: str = Field(pattern=r"^\d{4}\.\d{1,2}\.\d+$")
    lfpse_release: str
    context: ContextLexicon
    concepts: dict[str, Concept]
    never_events: list[NeverEventType]
    themes: list[Theme]
