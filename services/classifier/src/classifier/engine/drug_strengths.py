"""Drug strength reasoning: "10mg/2ml", "5 mg in 1ml", "50mg per 10 mls" read as mg per ml.

High-strength midazolam is 2 mg/ml or 5 mg/ml; the strength for conscious sedation is 1 mg/ml.
Reporters state a strength in many shapes, so rather than listing them, this module reads every
"<number> mg [in|per|/] [<number>] ml" and works out its concentration.

Pure: tokens (or a document) in, spans out; no taxonomy, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from classifier.engine.text import Document

_MG = frozenset({"mg", "mgs", "milligram", "milligrams"})
_ML = frozenset({"ml", "mls", "millilitre", "millilitres", "milliliter", "milliliters"})
_JOINERS = frozenset({"in", "per", "to", "x", "each", "every"})
#: mg per ml at or above which a midazolam strength is high (2 mg/ml and 5 mg/ml products).
HIGH_STRENGTH_MG_PER_ML = 2.0


@dataclass(frozen=True, slots=True)
class Strength:
    """A stated strength and its concentration in mg per ml."""

    mg_per_ml: float
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        """Token span [start, end)."""
        return self.start, self.end


def _number(token: str) -> float | None:
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def _strength_at(tokens: Sequence[str], i: int) -> Strength | None:
    """The strength whose mg amount starts at token i ("10 mg 2 ml", "5 mg in 1 ml", "2 mg ml")."""
    if i + 2 >= len(tokens) or tokens[i + 1] not in _MG:
        return None
    mg = _number(tokens[i])
    if mg is None:
        return None
    j = i + 2
    if j < len(tokens) and tokens[j] in _JOINERS:
        j += 1
    if j >= len(tokens):
        return None
    if tokens[j] in _ML:
        return Strength(mg, i, j + 1)
    ml = _number(tokens[j])
    if ml and j + 1 < len(tokens) and tokens[j + 1] in _ML:
        return Strength(mg / ml, i, j + 2)
    return None


def strengths(tokens: Sequence[str]) -> list[Strength]:
    """Every mg-per-ml strength stated in the tokens."""
    found = []
    for i in range(len(tokens) - 2):
        if tokens[i + 1] not in _MG:  # the cheap test of `_strength_at`, inline
            continue
        strength = _strength_at(tokens, i)
        if strength is not None:
            found.append(strength)
    return found


def high_strengths(tokens: Sequence[str]) -> list[Strength]:
    """The stated strengths of 2 mg/ml or more."""
    return [s for s in strengths(tokens) if s.mg_per_ml >= HIGH_STRENGTH_MG_PER_ML]


#: Unit words after a dose ("10.0 units", "4 IU").
_DOSE_UNITS = frozenset({"units", "unit", "u", "iu", "ml", "mls", "mg", "mgs", "micrograms", "mcg"})
#: Unit abbreviations that can be misread as digits ("U" as 0, "IU" as 1 or 10).
_UNIT_ABBREVIATIONS = frozenset({"u", "iu"})
#: Unit words a dose is told with ("read as 10 units", "wrote 'Novorapid 40 units'").
_UNIT_WORDS = frozenset({"units", "unit"})
#: Verbs of reading a written dose as another number ("read it as 81", "misread as 40").
_READ_WORDS = frozenset(
    {"read", "misread", "interpreted", "misinterpreted", "taken", "took", "mistaken", "seen"}
    # a dose copied onto another chart is read to be copied ("'14 IU' transcribed as 141
    # units", "transcribed to their MAR as 100 units")
    | {"transcribed", "mistranscribed", "copied", "entered", "typed", "keyed"}
)
#: Tokens after a reading verb within which "as <number>" is looked for ("read it as 81",
#: "transcribed to their MAR as 100").
READ_AS_REACH = 4


def _trailing_zero(token: str) -> bool:
    """Whether a number token is written with a trailing zero after a decimal point ("10.0")."""
    whole, dot, fraction = token.partition(".")
    return bool(dot) and whole.isdigit() and bool(fraction) and set(fraction) == {"0"}


#: Words after a volume that make it a syringe's graduation ("drawn to the 1.0ml line"): a mark
#: on the device, not a dose written with a trailing zero.
_GRADUATION_WORDS = frozenset({"line", "mark", "marking", "graduation", "gradation"})


def trailing_zero_doses(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Doses written with a trailing zero ("'10.0 units'"), which a reader can take for ten times
    the dose: a decimal-point error, not an abbreviation of units. A syringe's graduation
    ("drawn to the 1.0ml line") is no written dose."""
    return [
        (i, i + 2)
        for i in range(len(tokens) - 1)
        if tokens[i + 1] in _DOSE_UNITS
        and _trailing_zero(tokens[i])
        and (i + 2 >= len(tokens) or tokens[i + 2] not in _GRADUATION_WORDS)
    ]


#: Volume units, and the insulin units a volume may be read as ("read 1.2ml as 12 units"): a
#: syringe's millilitre scale read as units, the misreading a non-insulin syringe invites (its
#: device error), not a dose written with a decimal point.
VOLUME_UNITS = frozenset({"ml", "mls"})
_INSULIN_UNITS = _UNIT_WORDS | _UNIT_ABBREVIATIONS


def decimal_point_misreadings(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Where a dose written with a decimal point ("2.5 units") is read as the same digits
    without it ("read it as 25"): the point missed, a decimal-point error, not an abbreviation.
    A volume read as units ("read 1.2ml as 12 units") is a syringe's scale misread, no such
    error. The span covers the reading verb to the number read."""
    written: dict[str, set[str]] = {}
    for i in range(len(tokens) - 1):
        if tokens[i + 1] in _DOSE_UNITS and tokens[i][:1].isdigit() and "." in tokens[i]:
            written.setdefault(tokens[i].replace(".", "").lstrip("0"), set()).add(tokens[i + 1])
    if not written:
        return []
    return [
        (i, j + 2)
        for i, j in _readings(tokens, 1)
        if tokens[j + 1].isdigit()
        and tokens[j + 1].lstrip("0") in written
        and not _volume_read_as_units(tokens, j + 1, written[tokens[j + 1].lstrip("0")])
    ]


def _volume_read_as_units(tokens: Sequence[str], at: int, units: set[str]) -> bool:
    """Whether the number read at `at` is told in insulin units and was written only as a
    volume ("1.2ml" read "as 12 units")."""
    return units <= VOLUME_UNITS and at + 1 < len(tokens) and tokens[at + 1] in _INSULIN_UNITS


def _written_doses(tokens: Sequence[str]) -> set[str]:
    """The numbers written with a unit abbreviation ("8IU", "4U")."""
    return {
        tokens[i]
        for i in range(len(tokens) - 1)
        if tokens[i].isdigit() and tokens[i + 1] in _UNIT_ABBREVIATIONS
    }


def _readings(tokens: Sequence[str], words_after: int) -> Iterator[tuple[int, int]]:
    """(reading verb, its "as") for each reading verb with an "as" within READ_AS_REACH tokens
    and at least `words_after` tokens after that "as" ("read it as 81")."""
    for i, token in enumerate(tokens):
        if token not in _READ_WORDS:
            continue
        for j in range(i + 1, min(len(tokens) - words_after, i + 1 + READ_AS_REACH)):
            if tokens[j] == "as":
                yield i, j
                break


#: Verbs of making a dose ready or giving it ("drew up 80 units", "dialled 100 on the pen", told
#: as going on in a hurried note: "drawing up 200 units"), the words that may sit between the
#: verb and its number, and the measures after the number that make it another quantity than
#: the dose in units ("gave 40mg furosemide").
_PREPARED_WORDS = frozenset(
    {
        "drew",
        "drawn",
        "drawing",
        "dialled",
        "dialed",
        "dialling",
        "dialing",
        "prepared",
        "preparing",
        "gave",
        "given",
        "giving",
        "injected",
        "injecting",
        "administered",
    }
)
_PREPARED_FILLERS = frozenset({"up", "out", "was", "were", "him", "her", "them"})
_OTHER_MEASURES = frozenset(
    {"mg", "mgs", "ml", "mls", "mcg", "micrograms", "mmol", "g", "kg", "mins", "minutes", "hours"}
)
#: Digits a unit abbreviation adds when read as part of the number ("U" as 0, "IU" as 1 or 10).
MISREAD_EXTRA_DIGITS = (1, 2)


def _misread_as_bigger(number: str, written: set[str]) -> bool:
    """Whether `number` is one of the `written` doses with the digits its unit abbreviation
    adds when read as part of it ("8U" made "80", "8IU" made "81" or "810")."""
    return any(
        number.startswith(dose) and len(number) - len(dose) in MISREAD_EXTRA_DIGITS
        for dose in written
    )


def _after_verb(
    tokens: Sequence[str], verbs: frozenset[str], fillers: frozenset[str], reach: int
) -> Iterator[tuple[int, int]]:
    """(verb, the token after it) for each of `verbs`, skipping up to `reach` `fillers` ("drew
    up 80", "given her 10 units"); only where a token follows."""
    for i, token in enumerate(tokens):
        if token not in verbs:
            continue
        j = i + 1
        while j < len(tokens) and j - i <= reach and tokens[j] in fillers:
            j += 1
        if j < len(tokens):
            yield i, j


def _prepared_as_bigger(tokens: Sequence[str], written: set[str]) -> list[tuple[int, int]]:
    """Where a dose written with a unit abbreviation ("chart said '8U'") is drawn up, dialled or
    given as the bigger number the abbreviation makes of it ("drew up 80 units", "dialled 80 on
    the pen"): the U or IU read as digits. The span covers the verb to the number."""
    found = []
    for i, j in _after_verb(tokens, _PREPARED_WORDS, _PREPARED_FILLERS, 2):
        if not tokens[j].isdigit():
            continue
        number = tokens[j]
        after = tokens[j + 1] if j + 1 < len(tokens) else ""
        if after not in _OTHER_MEASURES and _misread_as_bigger(number, written):
            found.append((i, j + 1))
    return found


#: Verbs of writing a dose onto another chart or script ("FY1 transcribing onto our chart wrote
#: 'Novorapid 40 units TDS'"), the tokens after the verb within which its number is looked for
#: (the drug's name may sit between); the number must be followed by a unit word (_UNIT_WORDS).
_WRITTEN_WORDS = frozenset(
    {"wrote", "written", "rewrote", "rewritten", "transcribed", "copied", "charted", "typed"}
)
WRITTEN_NUMBER_REACH = 3


def _written_as_bigger(tokens: Sequence[str], written: set[str]) -> list[tuple[int, int]]:
    """Where a dose written with a unit abbreviation ("letter said 'Novorapid 4U'") is written
    again as the bigger number the abbreviation makes of it, in units ("wrote 'Novorapid 40
    units TDS'"): the U read as a digit when the dose was copied. The span covers the verb to
    the number."""
    found = []
    for i, token in enumerate(tokens):
        if token not in _WRITTEN_WORDS:
            continue
        for j in range(i + 1, min(len(tokens) - 1, i + 1 + WRITTEN_NUMBER_REACH)):
            number = tokens[j]
            if not number[:1].isdigit():
                continue
            if (
                number.isdigit()
                and tokens[j + 1] in _UNIT_WORDS
                and _misread_as_bigger(number, written)
            ):
                found.append((i, j + 1))
            break
    return found


def abbreviation_misreadings(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Where a dose written with a unit abbreviation ("8IU", "4U") is read as a bigger number
    that starts with it ("read it as 81", "read as 40": the U or IU taken for digits), made
    ready or given as one ("chart said '8U' ... drew up 80 units"), or written again as one
    ("wrote 'Novorapid 40 units'"). The span covers the reading, preparing or writing verb to
    the number."""
    written = _written_doses(tokens)
    if not written:
        return []
    found = []
    for i, j in _readings(tokens, 1):
        read = tokens[j + 1]
        if read.isdigit() and any(
            read.startswith(dose) and int(read) > int(dose) for dose in written
        ):
            found.append((i, j + 2))
    return sorted(
        set(found)
        | set(_prepared_as_bigger(tokens, written))
        | set(_written_as_bigger(tokens, written))
    )


#: Verbs of a dose given (not made ready: "drew up 10 units" in a 1ml syringe is the device
#: error, whatever number was read), told of the dose given as written ("given 10 units each
#: night"), and the words that may sit between the verb and its number.
_GIVEN_WORDS = frozenset({"given", "gave", "administered", "received", "had"})
_GIVEN_FILLERS = frozenset({"the", "her", "his", "their", "correct", "correctly", "right"})
GIVEN_NUMBER_REACH = 2


def _written_unless_misread(
    tokens: Sequence[str], misreadings: list[tuple[int, int]] | None
) -> frozenset[str]:
    """The numbers written with a unit abbreviation (`_written_doses`), or none when the report
    also tells one misread as a bigger number (`misreadings`, worked out when not given)."""
    written = _written_doses(tokens)
    if not written:
        return frozenset()
    if misreadings is None:
        misreadings = abbreviation_misreadings(tokens)
    return frozenset() if misreadings else frozenset(written)


def abbreviation_given_as_written(
    tokens: Sequence[str], *, misreadings: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Where a dose written with a unit abbreviation ("'Lantus 10U'") is told given as the same
    number of units ("has been given 10 units each night"): the abbreviation read as intended.
    None when the report also tells it misread as a bigger number (`misreadings`, as for
    `abbreviation_read_as_written`). The span covers the verb to the unit word."""
    written = _written_unless_misread(tokens, misreadings)
    if not written:
        return []
    given = [
        (i, j + 2)
        for i, j in _after_verb(tokens, _GIVEN_WORDS, _GIVEN_FILLERS, GIVEN_NUMBER_REACH)
        if j + 1 < len(tokens) and tokens[j] in written and tokens[j + 1] in _UNIT_WORDS
    ]
    return sorted(set(given) | set(_given_by_someone_as(tokens, written)))


#: The agent of a passive giving ("given by 2 nurses"), and the word opening the dose it was
#: given as ("given by 2 nurses as 14 units"), looked for within AGENT_REACH tokens of the verb.
_AGENT_WORD = "by"
_AS_WORD = "as"
AGENT_REACH = 5


def _given_by_someone_as(tokens: Sequence[str], written: frozenset[str]) -> list[tuple[int, int]]:
    """Where a passive giving names its giver before the dose ("Drug given by 2 nurses as 14
    units"): the number after "as" is the dose given, whatever number the giver's phrase holds.
    The span covers the verb to the unit word."""
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token not in _GIVEN_WORDS or tokens[i + 1] != _AGENT_WORD:
            continue
        for j in range(i + 2, min(len(tokens) - 2, i + 2 + AGENT_REACH)):
            if tokens[j] == _AS_WORD:
                if tokens[j + 1] in written and tokens[j + 2] in _UNIT_WORDS:
                    found.append((i, j + 3))
                break
    return found


def abbreviation_read_as_written(
    tokens: Sequence[str], *, misreadings: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Where a dose written with a unit abbreviation ("10U") is read as the same number of
    units ("read as 10 units by both nurses"): the abbreviation was read as intended, a risk and
    no overdose. None when the report also tells it misread as a bigger number ("read as
    100"): `misreadings`, what `abbreviation_misreadings` found (worked out when not given).
    The span covers the reading verb to the unit word."""
    written = _written_unless_misread(tokens, misreadings)
    if not written:
        return []
    return [
        (i, j + 3)
        for i, j in _readings(tokens, 2)
        if tokens[j + 1] in written and tokens[j + 2] in _UNIT_WORDS
    ]


#: Words that may tell how a dose of units was made ready or given, between its number and the
#: verb that equates it ("the 8 units dialled were", "10 units in the syringe was", "the 24 units
#: drawn up were"): the device's dose, not one written or prescribed ("the 8 units prescribed
#: were 8 units on the chart" says nothing of what the device held).
_MADE_READY_WORDS = frozenset(
    {"dialled", "dialed", "drawn", "withdrawn", "measured", "taken", "given", "administered"}
    | {"she", "he", "they", "we", "i", "drew", "withdrew", "gave"}
    | {"up", "out", "in", "into", "the", "a", "an", "syringe", "pen", "from", "on", "by", "it"}
)
#: Words the made-ready dose must be told with for a "were 8 units" to be about it.
_MADE_READY_VERBS = frozenset(
    {"dialled", "dialed", "drawn", "withdrawn", "measured", "taken", "given", "administered"}
    | {"drew", "withdrew", "gave", "syringe"}
)
#: Verbs that equate the dose made ready with a number of units ("were", "was", "equalled").
_EQUATING_WORDS = frozenset(
    {"was", "were", "is", "are", "equals", "equalled", "equaled", "equal", "equalling"}
)
#: Words that may sit between the equating verb and its number ("were exactly 10 units"); a
#: contrast ("were in fact 36 units", "were really 80") is left to the numbers to tell apart.
_EQUATED_FILLERS = frozenset({"exactly", "precisely", "indeed", "still", "just", "the", "also"})
MADE_READY_REACH = 4
EQUATED_REACH = 2


def _equated_number(tokens: Sequence[str], at: int) -> int | None:
    """The index of the number an equating verb at `at` equates with ("were exactly 10"),
    skipping up to EQUATED_REACH fillers; None when no number follows."""
    j = at + 1
    while j < len(tokens) and j - at <= EQUATED_REACH and tokens[j] in _EQUATED_FILLERS:
        j += 1
    return j if j < len(tokens) and _number(tokens[j]) is not None else None


def units_told_equal(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Where a dose of units made ready or given is told equal to the same number of units
    ("the 8 units dialled were 8 units", "the 10 units in the syringe were exactly 10 units",
    "18 units drawn was 18 units"): the device held the dose itself, no overdose. A different
    number ("the 10 units drawn were 20 units") or a dose only prescribed or written is not
    read. The span covers the first number to the second unit word."""
    found = []
    for i in range(len(tokens) - 1):
        if tokens[i + 1] not in _UNIT_WORDS or _number(tokens[i]) is None:
            continue
        j = i + 2
        while j < len(tokens) and j - i - 2 < MADE_READY_REACH and tokens[j] in _MADE_READY_WORDS:
            j += 1
        if j >= len(tokens) or tokens[j] not in _EQUATING_WORDS:
            continue
        if _MADE_READY_VERBS.isdisjoint(tokens[i + 2 : j]):
            continue
        k = _equated_number(tokens, j)
        if (
            k is not None
            and k + 1 < len(tokens)
            and tokens[k + 1] in _UNIT_WORDS
            and _number(tokens[k]) == _number(tokens[i])
        ):
            found.append((i, k + 2))
    return found


#: A verdict on the dose told in a clause of its own ("Correct dose, BM next am 8.4", "Dose
#: correct.", "right dose given"): its adjective and noun either way round, maybe with the
#: giving after them.
_VERDICT_WORDS = frozenset({"correct", "right", "accurate"})
_VERDICT_NOUNS = frozenset({"dose", "amount"})
#: ... "received" as well ("Correct dose received, BM stable": batch dev-176613)
_VERDICT_TAIL_WORDS = frozenset(
    {"given", "administered", "drawn", "up", "was", "were", "received", "injected", "delivered"}
)
_VERDICT_LEAD_WORDS = frozenset({"the", "but", "and", "so"})
#: Characters after a clause that make it a heading, not a verdict ("Correct dose: 4 units",
#: "right dose (4 units) ...").
_HEADING_CHARS = frozenset(":(")


def _clause_bounds(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) token ranges of the clauses of `doc`: sentences cut at clause breaks."""
    starts = sorted(set(doc.sentence_starts) | set(doc.clause_breaks) | {0})
    ends = [*starts[1:], len(doc.tokens)]
    return [(start, end) for start, end in zip(starts, ends, strict=True) if start < end]


def _verdict_clause(words: Sequence[str]) -> bool:
    """Whether a clause's words are only a verdict that the dose was right."""
    while words and words[0] in _VERDICT_LEAD_WORDS:
        words = words[1:]
    if len(words) < 2 or not set(words[2:]) <= _VERDICT_TAIL_WORDS:
        return False
    first, second = words[0], words[1]
    told_adjective_first = first in _VERDICT_WORDS and second in _VERDICT_NOUNS
    told_noun_first = first in _VERDICT_NOUNS and second in _VERDICT_WORDS and len(words) == 2
    return told_adjective_first or told_noun_first


def dose_told_right_alone(doc: Document) -> list[tuple[int, int]]:
    """Clauses that are only the report's verdict that the dose was right ("Correct dose, BM
    next am 8.4", "Dose correct.", "right dose given."): the dose the patient got, whatever
    device held it. A clause going on to a number or a contrast ("correct dose 4 units but 40
    given"), or heading what follows ("Correct dose: 4 units"), is not read.
    (batch dev-174701: insulin drawn from a 100 units/ml pen with a U-100 syringe, "Correct
    dose")"""
    found = []
    for start, end in _clause_bounds(doc):
        if not _verdict_clause(doc.tokens[start:end]):
            continue
        after = doc.text[doc.ends[end - 1] :].lstrip()
        if after[:1] not in _HEADING_CHARS:
            found.append((start, end))
    return found
