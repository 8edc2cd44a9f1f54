"""The side a written source from outside the operator gave, read before the act it led to.

The framework excludes from never event 1 a wrong site "due to ... an incorrect lab report /
referral letter": the operator did what the document said, and the document was wrong. Told in
any words ("the CT report stated L haemothorax ... drain put in on the L ... haemothorax is on the
RIGHT"; "US guided biopsy done on R axilla according to report"; "recall letter said RIGHT ... I
biopsied the R"), the reading is the same: a report, referral or letter names a side, and the
first act of the narrative is on that side. A wrong site found then lies upstream of the
operator, in the document. A document told after the first act (a post-op report, a discharge
letter), or one of the team's own (a clinic letter, a consent form, an op note), is no source; a
correct document misread ("the report said L kidney, but the reg placed it on the R") names the
other side from the act's and keeps the wrong site.
"""

from __future__ import annotations

from classifier.engine.sides import side_of
from classifier.engine.text import Document, Span

#: The written sources: a report (imaging, laboratory, histology), a referral, a letter.
DOCUMENT_NOUNS = frozenset({"report", "reports", "referral", "referrals", "letter", "letters"})
#: Words just before the noun that make it the treating team's own record, or an account of the
#: incident itself: not a source the operator acted on.
OWN_RECORD_WORDS = frozenset(
    {
        "clinic",
        "discharge",
        "consent",
        "op",
        "operation",
        "operative",
        "theatre",
        "incident",
        "datix",
        "handover",
        "nursing",
        "apology",
        "complaint",
        "our",
        "my",
    }
)
OWN_RECORD_BEFORE = 2
#: Tokens after the noun within which the side it gave is read, in its sentence.
SIDE_AFTER = 10


def document_sides(doc: Document) -> list[tuple[int, Span]]:
    """Each outside document named with a side (side index, span from the noun to the side):
    the first side word within SIDE_AFTER tokens of the noun in its sentence, not a spinal level
    ("L4/5") nor a side word of another document named in between."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    found: list[tuple[int, Span]] = []
    for at, token in enumerate(tokens):
        if token not in DOCUMENT_NOUNS:
            continue
        if not OWN_RECORD_WORDS.isdisjoint(tokens[max(0, at - OWN_RECORD_BEFORE) : at]):
            continue
        for after in range(at + 1, min(len(tokens), at + 1 + SIDE_AFTER)):
            if sentence_of[after] != sentence_of[at] or tokens[after] in DOCUMENT_NOUNS:
                break
            side = side_of(tokens[after])
            if side is None:
                continue
            if after + 1 < len(tokens) and tokens[after + 1].isdigit():
                continue  # a spinal level ("L4"), not a side
            found.append((side, (at, after + 1)))
            break
    return found


def acted_on_the_documents_side(
    doc: Document, sides: list[tuple[int, Span]], acts: tuple[list[Span], list[Span]]
) -> list[Span]:
    """The document spans, and the first act, when the first act told (of `acts`, left and
    right) is on a side an outside document gave before it (earlier, or in its sentence). An act
    read across an act of the other side ("R ureteroscopy but the L ureter was scoped") is read
    as that inner act only."""
    left, right = acts
    acts = (_not_across(left, right), _not_across(right, left))
    firsts = [(min(spans)[0], side, min(spans)) for side, spans in enumerate(acts) if spans]
    if not firsts:
        return []
    start, side, act = min(firsts)
    if len(firsts) == 2 and firsts[0][0] == firsts[1][0]:
        return []  # both sides told in one act: no first side
    act_sentence = doc.sentence_of[start]
    sources = [
        span
        for named, span in sides
        if named == side and (span[0] < start or doc.sentence_of[span[0]] == act_sentence)
    ]
    return [*sources, act] if sources else []


def _not_across(spans: list[Span], others: list[Span]) -> list[Span]:
    """The spans of `spans` that hold none of `others` inside them."""
    return [
        span
        for span in spans
        if not any(span[0] <= o[0] and o[1] <= span[1] and o != span for o in others)
    ]
