"""A fall from a window at home told as the patient's past, beside this fall (never event 10).

The framework leaves out a fall from a window at the person's own home (NE10.ex.window_at_home):
the window is no healthcare premises'. A report of a fall from a care home's or a ward's window
often adds the patient's past: "She had fallen from a window at home last year too", "Previously
fell from a window at her home in 2019", "History of falling from a window at home". That home
window is the history's, not this fall's.

The reading: a `window_at_home` span is history when its sentence tells a past time (a word of
the past or a year, PAST_WORDS) and the report tells, in another sentence, a fall from a window
that is not at home (a `fall_from_window` span outside every home span). Such spans are removed
from `window_at_home`. A fall at home told alone ("pt had jumped from a window at his home last
night") keeps its exclusion: there is no other fall for it to be the history of.
"""

from __future__ import annotations

import re

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span

WINDOW_AT_HOME = "window_at_home"
FALL_FROM_WINDOW = "fall_from_window"

#: Words telling a sentence's fall as the patient's past, not the report's event ("previously",
#: "last year", "two years ago", "history of", "before", "too" of a fall told again). No report
#: of the development set or test needs "year", "too" or "also", but each is the only past word
#: of a wording it alone reads as history beside a care home's window fall: "year" for "had
#: fallen from a window at home last year", "too" for "had fallen from a window at home too",
#: "also" for "had also fallen from a window at home".
PAST_WORDS = frozenset(
    {
        *("previously", "previous", "prior", "before", "ago", "history", "hx", "pmh"),
        *("earlier", "year", "years", "months", "too", "also", "once", "past", "background"),
    }
)
#: A year told as the time of the fall ("in 2019").
_YEAR = re.compile(r"(19|20)\d\d$")


#: Past words that also join a clause of time ("before the crisis team arrived"): the past
#: only when nothing follows them in their clause ("has fallen from a window at home before").
TIME_JOINING_WORDS = frozenset({"before", "once"})


def _past_at(analysis: Analysis, at: int) -> bool:
    """Whether token `at` tells a past time: a year, or a past word not joining a clause of
    time ("before the team arrived" tells when this fall was, not a past one)."""
    doc = analysis.doc
    token = doc.tokens[at]
    if _YEAR.match(token):
        return True
    if token not in PAST_WORDS:
        return False
    if token in TIME_JOINING_WORDS:
        return next(iter(doc.after_in_clause(at, at + 1, 1)), None) is None
    return True


def _sentence_tells_the_past(analysis: Analysis, span: Span) -> bool:
    """Whether the sentence of `span` tells a past time (`_past_at`)."""
    doc = analysis.doc
    start, end = doc.sentence_tokens(doc.sentence_of[span[0]])
    return any(_past_at(analysis, at) for at in range(start, end))


def _other_window_fall(analysis: Analysis, home: Span, homes: list[Span]) -> bool:
    """Whether a fall from a window not at home is told in a sentence other than `home`'s, and
    told as this event, not as a past of its own ("jumped from a ward window 2 years ago")."""
    sentence_of = analysis.doc.sentence_of
    return any(
        sentence_of[fall[0]] != sentence_of[home[0]]
        and not any(h[0] <= fall[0] < h[1] for h in homes)
        and not _sentence_tells_the_past(analysis, fall)
        for fall in analysis.concept(FALL_FROM_WINDOW)
    )


def home_window_in_history(analysis: Analysis) -> list[Span]:
    """The home-window spans told as the patient's past beside another window fall."""
    homes = analysis.concept(WINDOW_AT_HOME)
    return [
        home
        for home in homes
        if _sentence_tells_the_past(analysis, home) and _other_window_fall(analysis, home, homes)
    ]


def add_window_home_history_reasoning(analysis: Analysis) -> None:
    """Remove the home windows of the patient's past from `window_at_home` (see the module)."""
    history = home_window_in_history(analysis)
    if history:
        analysis.remove_found(concept_label(WINDOW_AT_HOME), history)
