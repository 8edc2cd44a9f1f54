"""A side queried, then the operation carried on on the other side than the one planned.

A query about the side at the checks ("ODP queried the side at time out", "pt asked why his L
hand was being prepped") is a catch only when the act then followed the side planned. Told as
the operation going on ("proceeded on the L knee", "carried on with the R hip", "went ahead on
the L") on the side that is the other of the one planned, the query was answered wrongly: the
act reached the patient (never event 1), whatever was queried or said before it ("surgeon said
the R was correct"). The same words on the side planned ("confirmed R, proceeded R") are the
redo or the plan kept, and stay as they are; so does a going on told with a clinical reason
("Surgeon proceeded with L cystectomy as clinically indicated"), a side chosen for what was
found, one told with the check that chose its side after it ("proceeded with the L knee after
checking consent"), or one told interrupted ("proceeding to the R eye when the nurse queried
it": under way or about to be, stopped by the query).

One reading, `proceeded_against_plan`: the words of going on, then the side in their clause
(no word of the plan, the paper or the right side between), against a side planned and not
itself planned. `add_proceeded_acts` adds each such going on as that side's act (and as a
sided act against the plan), so the wrong-site rules read it; `_is_near_miss` asks
`proceeded_after_the_catch` so that a query told before it is no catch.
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.sides import ACTED_SIDES, PLANNED_SIDES, SIDED_ACT_AGAINST_PLAN, side_of
from classifier.engine.text import Document, Span

#: Words telling the operation gone on with ("proceeded on L", "went ahead on the R", "carried
#: on with the L hip", "continued on the left"): after a query they are the act, not a catch.
PROCEEDING_WORDS = frozenset({"proceeded", "proceeding", "carried", "went", "continued"})
#: The word a going-on verb needs just after it to be one ("carried on", "went ahead"), None for
#: a verb that is one alone.
PROCEEDING_PARTICLE = {"carried": frozenset({"on"}), "went": frozenset({"ahead"})}
#: Words that may stand between the going on and its side ("proceeded with the L knee", "went
#: ahead on his R hip"): prepositions and determiners only.
BETWEEN_WORDS = frozenset(
    {"on", "with", "to", "ahead", "the", "a", "an", "his", "her", "their", "op", "surgery"}
    | {"operate", "operating", "operation", "procedure", "anyway", "regardless"}
)
#: Words of a clinical reason told in the going on's sentence ("proceeded with L cystectomy as
#: clinically indicated", "as the pathology was on the L"): the side was chosen for what was
#: found, a decision the guide does not count as a wrong site.
CLINICAL_REASON_WORDS = frozenset(
    {"clinically", "indicated", "indication", "pathology", "findings", "appropriate"}
)
#: Words of a check told after the going on in its sentence ("proceeded with the L knee after
#: checking consent", "went ahead on the R as confirmed by the MRI"): the side gone on is the one
#: the check found, the plan kept, whatever paper the query was about.
CHECKED_AFTER_WORDS = frozenset(
    {"checked", "checking", "rechecked", "rechecking", "confirmed", "confirming"}
    | {"verified", "verifying", "consented"}
)
#: Words telling the going on interrupted by what follows it in its sentence ("surgeon
#: proceeding to the R eye WHEN the scrub nurse queried it"): an act under way or about to be,
#: which the query that follows stopped; not the act done.
INTERRUPTED_BY_WORDS = frozenset({"when", "until", "till"})
#: Words denying such a check just before it ("proceeded on the R WITHOUT checking the
#: consent"): no check chose the side; and how many tokens before the check they are read.
CHECK_DENIED_WORDS = frozenset({"without", "not", "never", "no", "didnt", "failing", "before"})
CHECK_DENIED_REACH = 2
#: How many tokens after the verb its side may come.
SIDE_REACH = 5


def _side_gone_on(doc: Document, at: int) -> tuple[int, int] | None:
    """The side the going-on verb at `at` is told with and its token: the first side after it,
    in its sentence, with only BETWEEN_WORDS between (so "proceeded on the correct side" and
    "proceeded as the consent said R" tell none)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    particle = PROCEEDING_PARTICLE.get(tokens[at])
    start = at + 1
    if particle is not None:
        if start >= len(tokens) or tokens[start] not in particle:
            return None
        start += 1
    for i in range(start, min(len(tokens), start + SIDE_REACH)):
        if sentence_of[i] != sentence_of[at]:
            return None
        side = side_of(tokens[i])
        if side is not None:
            if i + 1 < len(tokens) and tokens[i + 1][:1].isdigit():
                return None  # a level ("L4/5"), not a side
            return side, i
        if tokens[i] not in BETWEEN_WORDS:
            return None
    return None


def proceeded_against_plan(analysis: Analysis) -> list[tuple[int, Span]]:
    """The side and span of each going on told on the other side than the one planned: the
    other side planned, this side not planned anywhere in the report."""
    doc = analysis.doc
    found = []
    for at, token in enumerate(doc.tokens):
        if token not in PROCEEDING_WORDS:
            continue
        told = _side_gone_on(doc, at)
        if told is None:
            continue
        side, where = told
        if _told_with_a_reason(doc, at) or _checked_or_interrupted_after(doc, at):
            continue
        if _planned_apart(analysis, 1 - side, at) and not _planned_apart(analysis, side, at):
            found.append((side, (at, where + 1)))
    return found


def _told_with_a_reason(doc: Document, at: int) -> bool:
    """Whether the going on at `at` is told with a clinical reason in its sentence
    (CLINICAL_REASON_WORDS)."""
    first, end = doc.sentence_tokens(doc.sentence_of[at])
    return not CLINICAL_REASON_WORDS.isdisjoint(doc.tokens[first:end])


def _checked_or_interrupted_after(doc: Document, at: int) -> bool:
    """Whether the going on at `at` is told, later in its sentence, with a check that chose its
    side (CHECKED_AFTER_WORDS: "proceeded with the L knee after checking consent") or as
    interrupted by what follows (INTERRUPTED_BY_WORDS: "proceeding to the R eye when the nurse
    queried it")."""
    tokens = doc.tokens
    _, end = doc.sentence_tokens(doc.sentence_of[at])
    if not INTERRUPTED_BY_WORDS.isdisjoint(tokens[at + 1 : end]):
        return True
    return any(
        tokens[i] in CHECKED_AFTER_WORDS
        and CHECK_DENIED_WORDS.isdisjoint(tokens[max(at + 1, i - CHECK_DENIED_REACH) : i])
        for i in range(at + 1, end)
    )


def _planned_apart(analysis: Analysis, side: int, at: int) -> bool:
    """Whether `side` is told planned apart from the going on at `at`: a plan span of it not
    in the going on's own sentence after its verb ("proceeded with the right knee arthroscopy"
    names the operation gone on with, not the plan)."""
    sentence = analysis.doc.sentence_of[at]
    return any(
        span[1] <= at or analysis.sentence(span) != sentence
        for span in analysis.concept(PLANNED_SIDES[side])
    )


def add_proceeded_acts(analysis: Analysis) -> None:
    """Add each going on against the plan as that side's act and as a sided act against the
    plan (module docstring)."""
    for side, span in proceeded_against_plan(analysis):
        analysis.add_found(concept_label(ACTED_SIDES[side]), [span])
        analysis.add_found(concept_label(SIDED_ACT_AGAINST_PLAN), [span])


def proceeded_after_the_catch(analysis: Analysis) -> bool:
    """Whether the report tells the operation gone on against the plan: the query or catch told
    before it did not hold, the act reached the patient."""
    return bool(proceeded_against_plan(analysis))
