"""The taxonomy compiled for matching, and what one narrative's matches say."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar, cast

from classifier.engine.context import CUE_LISTS, Context, accounts_of_the_past, cue_label
from classifier.engine.matcher import PhraseIndex
from classifier.engine.text import Document, Span, read
from shared.taxonomy import Taxonomy, load_taxonomy


def concept_label(concept_id: str) -> str:
    """The phrase-index label of a concept."""
    return f"c:{concept_id}"


_CONCEPT_LABELS: dict[str, str] = {}
#: The type of a reading `Analysis.reading` keeps.
_Reading = TypeVar("_Reading")


def theme_cue_label(theme_id: str, cue_number: int) -> str:
    """The phrase-index label of the inline phrases of a theme cue."""
    return f"t:{theme_id}:{cue_number}"


def labelled_phrases(taxonomy: Taxonomy) -> Iterator[tuple[str, str]]:
    """Every phrase of the taxonomy with its phrase-index label (context cues, concepts,
    theme cues)."""
    for name in CUE_LISTS:
        for phrase in getattr(taxonomy.context, name):
            yield cue_label(name), phrase
    for concept_id, concept in taxonomy.concepts.items():
        for phrase in concept.phrases:
            yield concept_label(concept_id), phrase
    for theme in taxonomy.themes:
        for number, cue in enumerate(theme.cues):
            for phrase in cue.phrases:
                yield theme_cue_label(theme.id, number), phrase


@dataclass(frozen=True)
class CompiledTaxonomy:
    """A validated taxonomy with its phrase index, built once per process."""

    taxonomy: Taxonomy
    index: PhraseIndex
    negatable: dict[str, bool]

    @classmethod
    def build(cls, taxonomy: Taxonomy) -> CompiledTaxonomy:
        """Index every phrase of `taxonomy` under its label."""
        negatable = {
            concept_label(cid): concept.negatable for cid, concept in taxonomy.concepts.items()
        }
        _CONCEPT_LABELS.update({cid: concept_label(cid) for cid in taxonomy.concepts})
        for theme in taxonomy.themes:
            for number, cue in enumerate(theme.cues):
                negatable[theme_cue_label(theme.id, number)] = cue.negatable
        return cls(taxonomy, PhraseIndex(labelled_phrases(taxonomy)), negatable)

    def analyse(self, text: str) -> Analysis:
        """Tokenize `text`, find every phrase and its context."""
        doc = read(text)
        found = self.index.find(doc)
        return Analysis(doc, found, Context.of(doc, found, self.taxonomy.context), self.negatable)


@dataclass
class Analysis:
    """The phrases found in one narrative, with their context."""

    doc: Document
    found: dict[str, list[Span]]
    context: Context
    negatable: dict[str, bool]
    _affirmed: dict[str, list[Span]] = field(default_factory=dict)
    #: Span -> whether the context affirms it. Labels often share spans (a concept and the
    #: theme cue made of it), and `Context.affirmed` depends on the span only.
    _span_affirmed: dict[Span, bool] = field(default_factory=dict)
    _accounts: list[Span] | None = None
    #: Readings a reasoning step asks for several times, by key (`reading`).
    _readings: dict[Hashable, object] = field(default_factory=dict)

    def affirmed(self, label: str) -> list[Span]:
        """Spans of `label` not negated nor hypothetical (entity labels are always affirmed)."""
        cached = self._affirmed.get(label)
        if cached is None:
            spans = self.found.get(label, [])
            if self.negatable.get(label, True):
                known = self._span_affirmed
                affirmed = []
                for span in spans:
                    is_affirmed = known.get(span)
                    if is_affirmed is None:
                        is_affirmed = known[span] = self.context.affirmed(span)
                    if is_affirmed:
                        affirmed.append(span)
                spans = affirmed
            cached = self._affirmed[label] = spans
        return cached

    def add_found(self, label: str, spans: list[Span]) -> None:
        """Add spans a reasoning step found (not a phrase) to `label`, before rules read it."""
        self.found[label] = sorted(set(self.found.get(label, [])) | set(spans))
        self._affirmed.pop(label, None)

    def remove_found(self, label: str, spans: list[Span]) -> None:
        """Remove spans a reasoning step ruled out from `label`, before rules read it."""
        removed = set(spans)
        self.found[label] = [span for span in self.found.get(label, []) if span not in removed]
        self._affirmed.pop(label, None)

    def concept(self, concept_id: str) -> list[Span]:
        """Affirmed spans of a concept."""
        label = _CONCEPT_LABELS.get(concept_id) or concept_label(concept_id)
        cached = self._affirmed.get(label)
        if cached is not None:
            return cached
        if label not in self.found:
            return []
        return self.affirmed(label)

    def accounts_of_the_past(self) -> list[Span]:
        """The ranges telling someone's account of their past elsewhere or long ago
        (`context.accounts_of_the_past`), worked out when first asked for."""
        if self._accounts is None:
            self._accounts = accounts_of_the_past(self.doc)
        return self._accounts

    def reading(self, key: Hashable, compute: Callable[[], _Reading]) -> _Reading:
        """What `compute` reads of this narrative, computed when first asked for under `key`.
        The key names everything the reading depends on besides the document (a never event's
        code, the spans it starts from), so that no `add_found` or `remove_found` leaves it
        stale."""
        if key in self._readings:
            return cast(_Reading, self._readings[key])
        value = self._readings[key] = compute()
        return value

    def sentence(self, span: Span) -> int:
        """The sentence number of a span."""
        return self.doc.sentence_of[span[0]]


@cache
def compiled() -> CompiledTaxonomy:
    """The shipped taxonomy, loaded, validated and compiled once."""
    return CompiledTaxonomy.build(load_taxonomy())
