"""Words of another time, place or route, told apart from the act a report is about.

A report often tells, beside its own event, another act told with the same words: a strong
potassium never event "at another trust" given as the reason staff were alert, two correct
units "transfused yesterday" before today's incompatible unit was stopped at the bedside, the
morning medicines "given orally" while the misplaced tube stood unused. Their words of giving
are no reach of this report's error:

- an act *elsewhere*: its sentence names another organisation before it ("at another trust",
  "a neighbouring hospital", "other trust previously");
- an act *on an earlier day*: its sentence is dated to a day before ("yesterday", "the
  previous day", "last night", "the day before") and the report dates a later sentence to the
  day of the finding ("today", "this morning"), so the finding is told apart from it;
- a giving *by another route*: by mouth ("given orally", "given PO", "taken by mouth"), with no
  tube or line named between the giving and the route, is no use of a feeding tube.
"""

from __future__ import annotations

from itertools import pairwise

from classifier.engine.text import Document

#: Words owning another organisation ("their trust", "another hospital", "a neighbouring
#: trust"), and the organisations: an act told after them in its sentence happened there.
ELSEWHERE_OWNERS = frozenset({"their", "another", "other", "different", "neighbouring"})
ORGANISATION_WORDS = frozenset({"trust", "trusts", "hospital", "hospitals", "organisation"})
#: Words dating a sentence to a day before the report's ("yesterday", "last night"), read
#: alone or after the word of the pair ("previous day", "day before", "night before").
EARLIER_DAY_WORDS = frozenset({"yesterday", "yesterdays"})
EARLIER_DAY_PAIRS = frozenset(
    {
        ("previous", "day"),
        ("day", "before"),
        ("last", "night"),
        ("night", "before"),
        ("previous", "evening"),
        ("last", "week"),
    }
)
#: Words dating a sentence to the day of the finding ("today", "this morning").
FINDING_DAY_WORDS = frozenset({"today", "todays", "tonight"})
FINDING_DAY_PAIRS = frozenset({("this", "morning"), ("this", "afternoon"), ("this", "evening")})
#: Words of a giving by mouth, told after the giving ("given orally", "given PO", "given by
#: mouth"): the dose went another way than a tube. "Mouth" and "oral" are a route only in their
#: pair ("by mouth", "oral route"): "meds given and mouth care done" tells no route.
ORAL_ROUTE_WORDS = frozenset({"orally", "po", "sublingually"})
ORAL_ROUTE_PAIRS = frozenset({("by", "mouth"), ("per", "mouth"), ("oral", "route"), ("by", "oral")})
#: Words of a tube or line between the giving and its route word ("given via the NG tube
#: instead of orally"): the route word is then not the giving's.
THROUGH_WORDS = frozenset({"via", "through", "down", "into", "ng", "ngt", "tube", "peg"})
#: How many words after a giving its route is read in.
ROUTE_AFTER = 4


def _sentence_words(doc: Document, sentence: int) -> list[str]:
    start, end = doc.sentence_tokens(sentence)
    return doc.tokens[start:end]


def _has_pair(words: list[str], pairs: frozenset[tuple[str, str]]) -> bool:
    return any((a, b) in pairs for a, b in pairwise(words))


def _dated_earlier(words: list[str]) -> bool:
    return not EARLIER_DAY_WORDS.isdisjoint(words) or _has_pair(words, EARLIER_DAY_PAIRS)


def _dated_to_the_finding(words: list[str]) -> bool:
    return not FINDING_DAY_WORDS.isdisjoint(words) or _has_pair(words, FINDING_DAY_PAIRS)


def told_elsewhere(doc: Document, at: int) -> bool:
    """Whether the sentence of token `at` names, before it, another organisation ("at another
    trust KCl was given") and no day of the finding between: an act there, not this
    report's."""
    tokens = doc.tokens
    start = doc.sentence_tokens(doc.sentence_of[at])[0]
    for i in range(at - 1, start - 1, -1):
        if tokens[i] in FINDING_DAY_WORDS:
            return False  # "... at another trust, staff were alert: today ..." is here
        if tokens[i] in ELSEWHERE_OWNERS and tokens[i + 1] in ORGANISATION_WORDS:
            return True
    return False


def told_on_an_earlier_day(doc: Document, at: int) -> bool:
    """Whether the sentence of token `at` is dated to a day before the finding ("two units
    transfused yesterday"), with a later sentence dated to the finding's day ("today")."""
    sentence = doc.sentence_of[at]
    words = _sentence_words(doc, sentence)
    if not _dated_earlier(words) or _dated_to_the_finding(words):
        return False
    last = doc.sentence_of[-1] if doc.sentence_of else sentence
    return any(
        _dated_to_the_finding(_sentence_words(doc, later))
        for later in range(sentence + 1, last + 1)
    )


def given_by_mouth(doc: Document, span: tuple[int, int]) -> bool:
    """Whether the giving told in `span` is told by mouth ("meds had been given orally", "given
    PO", "given by mouth"), its route word in it or just after it, with no tube or line named
    between: no use of a tube."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    start, end = span
    for i in range(start, min(len(tokens), end + ROUTE_AFTER)):
        if sentence_of[i] != sentence_of[start] or tokens[i] in THROUGH_WORDS:
            return False
        if tokens[i] in ORAL_ROUTE_WORDS or (
            i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) in ORAL_ROUTE_PAIRS
        ):
            return True
    return False
