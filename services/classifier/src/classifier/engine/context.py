"""NegEx/ConText-style context of each matched concept: negated, hypothetical, not yet, prevented.

A trigger (e.g. "no", "risk of") scopes over the next `window` tokens of its sentence and stops
at a terminator ("but", "after", "due to"...). Post-triggers ("ruled out", "not given") scope
backwards. Pseudo-triggers ("no further", "nil by mouth") are not triggers.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from classifier.engine.text import Document, Span
from shared.taxonomy import ContextLexicon

#: Labels of the context cue lists in the phrase index.
CUE_LISTS = (
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

#: Tokens a negator may sit before the prevented cue it undoes ("nobody re-checked at time out").
PREVENTED_NEGATOR_WINDOW = 2


def cue_label(name: str) -> str:
    """The phrase-index label of a context cue list."""
    return f"x:{name}"


#: A phrase that starts with one of these ("not documented", "no interpreter") states a failure
#: itself; negation cues before it do not undo it.
NEGATION_WORDS = frozenset({"not", "no", "nil", "without", "never", "none", "nothing", "failed"})


#: Last words of pseudo-negations ("not done") that still negate backwards as post-triggers.
_POST_FAILURE_WORDS = frozenset({"done", "performed", "undertaken", "carried"})


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(o[0] < span[1] and span[0] < o[1] for o in others)


@dataclass(slots=True)
class Context:
    """Context cues found in one document, and questions about a concept match."""

    doc: Document
    lexicon: ContextLexicon
    cues: dict[str, list[Span]]
    terminator_starts: list[int]

    @classmethod
    def of(cls, doc: Document, found: dict[str, list[Span]], lexicon: ContextLexicon) -> Context:
        """Collect the context cues of `doc` from the phrase matches `found`."""
        cues = {name: found.get(cue_label(name), []) for name in CUE_LISTS}
        pseudo = cues["pseudo_negation"]
        # Pseudo-negations ("not documented") are not pre-triggers; as post-triggers the
        # failure phrases "not done/performed" still negate what precedes them.
        cues["negation_pre"] = [s for s in cues["negation_pre"] if not _overlaps(s, pseudo)]
        post_pseudo = [s for s in pseudo if doc.tokens[s[1] - 1] not in _POST_FAILURE_WORDS]
        cues["negation_post"] = [s for s in cues["negation_post"] if not _overlaps(s, post_pseudo)]
        terminators = sorted(s[0] for s in cues["terminators"])
        context = cls(doc, lexicon, cues, terminators)
        negators = cues["prevented_negators"]
        if negators:
            cues["prevented"] = [
                s
                for s in cues["prevented"]
                if not context._scoped_before(s, negators, PREVENTED_NEGATOR_WINDOW)
            ]
        prevented = cues["prevented"]
        cues["reached"] = [s for s in cues["reached"] if not _overlaps(s, prevented)]
        return context

    def _terminated(self, lo: int, hi: int) -> bool:
        """Whether a terminator word starts in tokens [lo, hi), or a clause break (comma,
        colon, bracket, dash) sits between token lo - 1 and token hi."""
        i = bisect_left(self.terminator_starts, lo)
        if i < len(self.terminator_starts) and self.terminator_starts[i] < hi:
            return True
        breaks = self.doc.clause_breaks
        j = bisect_left(breaks, lo)
        return j < len(breaks) and breaks[j] <= hi

    def _scoped_before(self, span: Span, triggers: list[Span], window: int) -> bool:
        sentence = self.doc.sentence_of[span[0]]
        for t_start, t_end in triggers:
            if (
                t_end <= span[0]
                and span[0] - t_end <= window
                and self.doc.sentence_of[t_start] == sentence
                and not self._terminated(t_end, span[0])
            ):
                return True
        return False

    def _scoped_after(self, span: Span, triggers: list[Span], window: int) -> bool:
        sentence = self.doc.sentence_of[span[0]]
        for t_start, _ in triggers:
            if (
                t_start >= span[1]
                and t_start - span[1] <= window
                and self.doc.sentence_of[t_start] == sentence
                and not self._terminated(span[1], t_start)
            ):
                return True
        return False

    def negated(self, span: Span) -> bool:
        """Whether a negation trigger scopes over `span` (not for phrases that are negative)."""
        if self.doc.tokens[span[0]] in NEGATION_WORDS:
            return False
        window = self.lexicon.negation_window
        return self._scoped_before(span, self.cues["negation_pre"], window) or self._scoped_after(
            span, self.cues["negation_post"], window
        )

    def hypothetical(self, span: Span) -> bool:
        """Whether `span` is a risk, intention, background or 'could have' rather than an event."""
        lexicon = self.lexicon
        return (
            self._scoped_before(span, self.cues["hypothetical_pre"], lexicon.hypothetical_window)
            or self._scoped_before(span, self.cues["historical_pre"], lexicon.historical_window)
            or self._scoped_after(span, self.cues["hypothetical_post"], 3)
        )

    def affirmed(self, span: Span) -> bool:
        """Neither negated nor hypothetical."""
        return not self.negated(span) and not self.hypothetical(span)

    def not_yet(self, span: Span) -> bool:
        """Whether `span` is announced as still to happen ("before the feed...")."""
        return _overlaps(span, self.cues["prevented"]) or self._scoped_before(
            span, self.cues["not_yet_pre"], 5
        )

    def _cue_in(self, name: str, first: int, last: int) -> Span | None:
        for span in self.cues[name]:
            if first <= self.doc.sentence_of[span[0]] <= last:
                return span
        return None

    def prevented_in(self, first: int, last: int) -> Span | None:
        """A prevented cue in sentences first..last (widened by the configured sentences before
        and after), if any."""
        lexicon = self.lexicon
        return self._cue_in(
            "prevented",
            first - lexicon.prevented_sentences_before,
            last + lexicon.prevented_sentences,
        )

    def reached(self) -> Span | None:
        """A cue anywhere in the narrative that the error reached the patient, if any."""
        return self.cues["reached"][0] if self.cues["reached"] else None
