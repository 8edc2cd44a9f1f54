"""The side a paper was put right to (never event 1).

A wrong side on this patient's paper (the list, the booking, the consent form) told put right
to the other side ("booking amended to the right side after pre-assessment", "consent corrected
to L in clinic", "listing error corrected in advance to the right shoulder") tells which side
the operation was meant for from then on: the side after the correction, not the one the paper
first had. Whether the wrong side then reached the patient is told by what was done on the day:
the old side operated on or injected anyway is a wrong-site act (the fix on paper did not stop
it), the old side marked and caught at sign in or time out is the error made and caught, and
the side put right done as meant is the paper fixed, nothing more.

One reading, in place of phrases: a word of putting right (AMENDING_WORDS), told after a paper
that sets the side (PAPER_WORDS) in its sentence, followed shortly,
in its clause, by "to" and a side ("amended to left", "corrected to the right knee") adds that
side as planned, beside whatever side the paper first had (the readings of acts and marks then
set the day's side against the side put right; the first side is left as read, since a paper
caught at the day-of checks is told by the two sides set against each other). A side
followed by a word that makes "right" mean correct ("to the right patient", "to the right
procedure") is not read.

The side the paper first had is dropped from the sides planned (and any act read over it) when
the correction came ahead of the day (it set nothing for the day), and, once the paperwork
catch has read the two sides against each other, when the paper is told put right on the day or
told a slip ("Registrar who typed the list confirmed it was a typo. List corrected") while the
other side stays planned by another record: the slip set nothing either, so an act on the side
the other records hold is the side meant, not a wrong site; an act on the paper's own side is
still read against the side the other records hold.
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.sides import ACTED_SIDES, PLANNED_SIDES, side_of
from classifier.engine.text import Span, first_word_after

#: Words of a paper put right: after them, "to" and a side tell the side it was put right to.
AMENDING_WORDS = frozenset(
    {"amended", "corrected", "rectified", "changed", "altered", "updated", "revised"}
)
#: The word that names what the paper was put right to.
TO_WORDS = frozenset({"to"})
#: Tokens after the amending word within which "to" is looked for ("amended by the secretaries
#: to left", "corrected in advance to the right shoulder").
TO_REACH = 5
#: Words that may stand between "to" and its side ("to the right knee", "to read left").
BETWEEN_WORDS = frozenset({"the", "a", "read", "say", "show", "state", "his", "her", "their"})
#: The papers that set the side ("booking", "consent", "listing error"): the amending word puts
#: right only one told before it in its sentence ("booking amended to left"), not a position, a
#: table or a room ("changed to left lateral", "table altered to the left tilt").
PAPER_WORDS = frozenset(
    {
        *("consent", "consents", "form", "forms", "booking", "bookings", "list"),
        *("lists", "listing", "paperwork", "plan", "request", "referral", "letter"),
        *("record", "records", "notes", "sheet", "schedule", "documentation", "entry"),
    }
)
#: Tokens before the amending word, in its sentence, within which its paper is read.
PAPER_REACH = 12
#: Words after "right" that make it mean correct, not a side ("to the right patient").
CORRECT_SENSE_WORDS = frozenset(
    {
        *("patient", "pt", "procedure", "operation", "one", "details", "name", "date"),
        *("level", "digit", "finger", "toe", "tooth", "site", "consent", "form", "list"),
        *("person", "notes", "time", "place", "way"),
    }
)


#: The concept of a side error in the papers told as caught before the day (never_events.yaml).
BEFORE_THE_DAY = "side_error_caught_before_the_day"
#: The stems of the papers that set the side: a paper put right ("list changed") names the same
#: paper as an earlier "listed L" or "listing was R".
PAPER_STEMS = ("list", "book", "consent", "referral", "request", "letter", "schedul")
#: Tokens after the amending word within which the paper it put right is read ("corrected the
#: list").
PAPER_AFTER_REACH = 3
#: Tokens after a naming of the paper within which its side is read ("listing was R", "list
#: said L", "listed L hip").
SIDE_AFTER_PAPER_REACH = 3


def _side_after_to(tokens: list[str], sentence_of: list[int], at: int) -> tuple[int, int] | None:
    """The (token, side) of the side an amending word at `at` put the paper right to, if told
    shortly after it with "to" ("amended to left", "corrected in advance to the right
    shoulder")."""
    sentence = sentence_of[at]
    to = first_word_after(tokens, sentence_of, at, TO_WORDS, TO_REACH)
    if to is None:
        return None
    k = to + 1
    while k < len(tokens) and sentence_of[k] == sentence and tokens[k] in BETWEEN_WORDS:
        k += 1
    if k >= len(tokens) or sentence_of[k] != sentence:
        return None
    side = side_of(tokens[k])
    if side is None:
        return None
    if k + 1 < len(tokens) and tokens[k + 1] in CORRECT_SENSE_WORDS:
        return None
    return k, side


def _paper_before(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a paper that sets the side is named shortly before the amending word at `at`, in
    its sentence, or in the one before when the amending word opens its own ("Booking form
    showed R; amended to left"): what was put right is the paper, not a position or a room."""
    sentences = {sentence_of[at]}
    if at == 0 or sentence_of[at - 1] != sentence_of[at]:
        sentences.add(sentence_of[at] - 1)
    return any(
        tokens[k] in PAPER_WORDS and sentence_of[k] in sentences
        for k in range(max(0, at - PAPER_REACH), at)
    )


def sides_put_right(analysis: Analysis) -> list[tuple[Span, int]]:
    """Each correction of a paper told with the side it was put right to: the span from the
    amending word to the side, and the side (0 left, 1 right)."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    found = []
    for at, token in enumerate(tokens):
        if token not in AMENDING_WORDS or not _paper_before(tokens, sentence_of, at):
            continue
        told = _side_after_to(tokens, sentence_of, at)
        if told is not None:
            found.append(((at, told[0] + 1), told[1]))
    return found


def _paper_stem(token: str) -> str | None:
    """The stem of the paper `token` names ("listed" -> "list"), or None."""
    return next((stem for stem in PAPER_STEMS if token.startswith(stem)), None)


def _stems_put_right(tokens: list[str], sentence_of: list[int], at: int) -> set[str]:
    """The stems of the papers the amending word at `at` put right: named shortly before it in
    its sentence ("list changed") or shortly after it ("corrected the list")."""
    window = range(max(0, at - PAPER_REACH), min(len(tokens), at + 1 + PAPER_AFTER_REACH))
    return {
        stem
        for k in window
        if k != at and sentence_of[k] == sentence_of[at]
        for stem in [_paper_stem(tokens[k])]
        if stem is not None
    }


def _side_of_paper(tokens: list[str], sentence_of: list[int], at: int) -> tuple[int, int] | None:
    """The (token, side) told straight after a paper's naming at `at` ("listing was R"), in its
    sentence, unless "right" there means correct ("list said the right patient")."""
    for k in range(at + 1, min(len(tokens), at + 1 + SIDE_AFTER_PAPER_REACH)):
        if sentence_of[k] != sentence_of[at]:
            return None
        side = side_of(tokens[k])
        if side is not None:
            following = tokens[k + 1] if k + 1 < len(tokens) else ""
            return None if following in CORRECT_SENSE_WORDS else (k, side)
    return None


def _first_side_of_the_paper(
    tokens: list[str], sentence_of: list[int], at: int
) -> tuple[int, int] | None:
    """The (token, side) the paper that the amending or slip word at `at` tells of first had:
    the side told straight after the nearest earlier naming of the same paper, before `at`."""
    stems = _stems_put_right(tokens, sentence_of, at)
    if not stems and (at == 0 or sentence_of[at - 1] != sentence_of[at]):
        # the word opening its sentence puts right the paper of the sentence before ("Typing
        # error on list. Corrected and left CTR performed")
        stems = {
            stem
            for k in range(max(0, at - PAPER_REACH), at)
            if sentence_of[k] == sentence_of[at] - 1
            for stem in [_paper_stem(tokens[k])]
            if stem is not None
        }
    for k in range(at - 1, -1, -1):
        told = _side_of_paper(tokens, sentence_of, k) if _paper_stem(tokens[k]) in stems else None
        if told is not None and told[0] < at:
            return told
    return None


def first_sides_put_right_ahead(analysis: Analysis) -> list[tuple[int, int]]:
    """The (token, side) each paper put right ahead of the day first had: the correction told
    in a sentence that tells it before the day (BEFORE_THE_DAY), the side told straight after
    an earlier naming of the same paper."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    ahead = {sentence_of[start] for start, _ in analysis.concept(BEFORE_THE_DAY)}
    found = []
    for at, token in enumerate(tokens):
        if token not in AMENDING_WORDS or sentence_of[at] not in ahead:
            continue
        told = _first_side_of_the_paper(tokens, sentence_of, at)
        if told is not None:
            found.append(told)
    return found


def drop_first_sides_put_right_ahead(analysis: Analysis) -> None:
    """Remove the side a paper put right ahead of the day first had from the sides planned and
    acted on of that side: it set nothing for the day ("listing was R ...; list changed a week
    ahead. L knee done")."""
    for k, side in first_sides_put_right_ahead(analysis):
        for concept in (PLANNED_SIDES[side], ACTED_SIDES[side]):
            spans = [span for span in analysis.concept(concept) if span[0] <= k < span[1]]
            if spans:
                analysis.remove_found(concept_label(concept), spans)


def add_side_put_right_reasoning(analysis: Analysis) -> None:
    """Drop the side a paper put right ahead of the day first had, and add the side a paper
    was put right to as planned. Only one side put right is read: two
    sides put right (a paper changed and changed back) say nothing of which stood."""
    drop_first_sides_put_right_ahead(analysis)
    put_right = sides_put_right(analysis)
    if not put_right or len({side for _, side in put_right}) != 1:
        return
    for span, side in put_right:
        analysis.add_found(concept_label(PLANNED_SIDES[side]), [span])


#: Words telling a paper's side a slip of the typing ("Registrar who typed the list confirmed
#: it was a typo", "the booking was mistyped"): the paper told wrong, like one put right.
SLIP_WORDS = frozenset(
    {"typo", "typos", "mistyped", "misprint", "misprinted", "typographical", "typing"}
    | {"transcription", "transcribing"}
)
#: Concepts of a correction that is no side's: a detail of the person or the day ("weight
#: corrected on the theatre list"), or a list that is not the operating list ("stock list
#: amended").
NOT_A_SIDE_CORRECTED = ("paper_detail_corrected", "list_not_the_operating_list")


def _only_side_word(tokens: list[str], span: Span, side: int, k: int) -> bool:
    """Whether token `k` is the only word of `side` inside `span`."""
    return all(i == k or side_of(tokens[i]) != side for i in range(*span))


def first_sides_told_wrong_on_the_day(analysis: Analysis) -> list[tuple[int, int]]:
    """The (token, side) a paper told put right or told a slip, not ahead of the day ("List
    corrected", "confirmed it was a typo"), first had: the side told straight after an earlier
    naming of the same paper ("theatre list says R"). None unless every such paper first had
    the same side."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    ahead = {sentence_of[start] for start, _ in analysis.concept(BEFORE_THE_DAY)}
    other = [span for concept in NOT_A_SIDE_CORRECTED for span in analysis.concept(concept)]
    found = []
    for at, token in enumerate(tokens):
        if (token not in AMENDING_WORDS and token not in SLIP_WORDS) or sentence_of[at] in ahead:
            continue
        if any(start <= at < end for start, end in other):
            continue
        told = _first_side_of_the_paper(tokens, sentence_of, at)
        if told is not None:
            found.append(told)
    return found if len({side for _, side in found}) == 1 else []


def drop_first_sides_told_wrong(analysis: Analysis) -> None:
    """Remove the side a paper put right on the day, or told a slip, first had from the sides
    planned and acted on that read it alone, when the other side stays planned by another
    record (the consent, the scan, the mark): the paper's slip set nothing, and the act on the
    side the other records hold is the side meant ("theatre list says R ovarian cystectomy,
    consent form says L ... it was a typo. List corrected, L cystectomy done"). Read after the
    paperwork catch, which tells the disagreement from both sides; an act on the paper's first
    side is still read against the side the other records hold."""
    tokens = analysis.doc.tokens
    for k, side in first_sides_told_wrong_on_the_day(analysis):
        planned = [
            span
            for span in analysis.concept(PLANNED_SIDES[side])
            if span[0] <= k < span[1] and _only_side_word(tokens, span, side, k)
        ]
        others = [
            span for span in analysis.concept(PLANNED_SIDES[1 - side]) if not span[0] <= k < span[1]
        ]
        if not planned or not others:
            continue
        analysis.remove_found(concept_label(PLANNED_SIDES[side]), planned)
        acted = [
            span
            for span in analysis.concept(ACTED_SIDES[side])
            if span[0] <= k < span[1] and _only_side_word(tokens, span, side, k)
        ]
        if acted:
            analysis.remove_found(concept_label(ACTED_SIDES[side]), acted)
