"""Whose side is it: the side of the implant set against the side of the operation.

A report of a wrong-side implant names two sides: one carried by the implant itself ("R eye
lens opened", "the lens opened was for the LEFT eye", "custom cup (L)", "volar locking plate
LEFT") and the other carried by the operation, the patient or the list ("pt having L eye done",
"we were doing the right", "R eye was on the list"). When the side that differs from the
operation's is only ever told as the implant's, the error is the implant's (never event 2, or
near miss 2 when caught before it went in), not a wrong site (never event 1): the operation was
on its planned side. An act told on a side (an incision, a block) is left to the wrong-site
rules, which read it already.

Pure: tokens in, spans out; no taxonomy, no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from classifier.engine.implant_specs import PLAN_WORDS, REMOVAL_WORDS, SpecValue, spec_values
from classifier.engine.potassium_steps import ASKING_IF_WORDS

LEFT = frozenset({"left", "l", "lt", "lhs", "left-sided", "l-sided"})
RIGHT = frozenset({"right", "r", "rt", "rhs", "right-sided", "r-sided"})
#: The words `_side` can read as a side: on any other token it reads none.
SIDE_WORDS = LEFT | RIGHT
#: Nouns of a handed implant, or of what it comes in.
IMPLANT_NOUNS = frozenset(
    {
        "lens",
        "lenses",
        "iol",
        "iols",
        "cup",
        "cups",
        "stem",
        "component",
        "components",
        "comp",
        "plate",
        "plates",
        "tray",
        "insert",
        "liner",
        "nail",
        "prosthesis",
        "implant",
        "implants",
        "baseplate",
        "shell",
        "box",
        "packet",
        "pack",
    }
)
#: Words that may stand between a side and the implant noun it qualifies ("R eye lens", "L
#: custom cup", "left sided distal femoral plate", "LEFT size 4 femoral component").
_MODIFIERS = frozenset(
    {
        "eye",
        "eyes",
        "side",
        "sided",
        "custom",
        "femoral",
        "tibial",
        "humeral",
        "glenoid",
        "acetabular",
        "volar",
        "dorsal",
        "locking",
        "distal",
        "proximal",
        "medial",
        "lateral",
        "fem",
        "tib",
        "knee",
        "hip",
        "size",
        "sz",
        "toric",
        "calc",
        "biometry",
        "power",
        "anatomical",
        "clavicle",
        "radius",
        "radial",
        "ulnar",
        "tibia",
        "femur",
        "humerus",
    }
)
#: Words that may stand between the implant noun and a side told after it ("plate LEFT",
#: "lens opened was for the LEFT eye", "IOL opened for the L eye").
_AFTER_GAP = frozenset(
    {"opened", "was", "were", "is", "for", "the", "a", "pulled", "loaded", "selected", "picked"}
    | {"handed", "brought", "taken", "labelled", "marked", "reads", "read", "said", "says"}
    | {"pt", "pts", "s", "patient", "patients", "her", "his", "their", "size", "sz"}
)
#: Words of the plan: an implant side told with one of them ("a right plate had been
#: requested") is the side it should have been, the operation's, not the implant's.
_PLAN = frozenset(
    {
        "requested",
        "planned",
        "ordered",
        "needed",
        "required",
        "should",
        "meant",
        "listed",
        "booked",
        "consented",
        "intended",
        "correct",
        "instead",
        "replaced",
        "swapped",
        "changed",
        "got",
        "obtained",
        "fetched",
        "used",
    }
)
#: Words after "right" that make it a side, not "correct" ("the right lens was used").
_RIGHT_AS_SIDE_AFTER = _MODIFIERS - {"size", "sz", "calc", "biometry", "power", "toric"}
#: Words of the operation, the patient or the list near a side not the implant's ("L eye
#: done", "doing the right", "R TKR", "listed for L phaco").
_OPERATION_WORDS = frozenset(
    {
        "eye",
        "knee",
        "hip",
        "shoulder",
        "elbow",
        "ankle",
        "wrist",
        "radius",
        "ulna",
        "femur",
        "tibia",
        "humerus",
        "clavicle",
        "tkr",
        "thr",
        "tka",
        "tha",
        "uka",
        "phaco",
        "cataract",
        "orif",
        "hemi",
        "hemiarthroplasty",
        "arthroplasty",
        "replacement",
        "doing",
        "done",
        "having",
        "operated",
        "operating",
        "list",
        "listed",
        "booked",
        "consented",
        "op",
        "operation",
        "side",
        "leg",
        "breast",
        "revision",
    }
)
OPERATION_GAP = 3
SENTENCES_APART = 2


@dataclass(frozen=True, slots=True)
class SideMismatch:
    """An implant told as of one side in a report whose operation is told of the other."""

    implant_side: str  # "left" or "right"
    implant: tuple[int, int]
    operation: tuple[int, int]


def _side(tokens: Sequence[str], i: int) -> str | None:
    token = tokens[i]
    if token in LEFT:
        return "left"
    if token in RIGHT:
        if token == "right":
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            before = tokens[i - 1] if i > 0 else ""
            if after not in _RIGHT_AS_SIDE_AFTER and before in ("the", "a", "correct"):
                return None if after in IMPLANT_NOUNS or after in ("one", "ones") else "right"
        return "right"
    return None


def _implant_noun_after(tokens: Sequence[str], sentence_of: Sequence[int], i: int) -> int | None:
    """The implant noun a side qualifies, with only modifiers between ("R eye lens")."""
    for j in range(i + 1, min(len(tokens), i + 5)):
        if sentence_of[j] != sentence_of[i]:
            return None
        if tokens[j] in IMPLANT_NOUNS:
            return j
        if tokens[j] not in _MODIFIERS and not tokens[j][:1].isdigit():
            return None
    return None


def _implant_noun_before(tokens: Sequence[str], sentence_of: Sequence[int], i: int) -> int | None:
    """The implant noun a side is told of after it ("plate LEFT", "lens opened was for the
    LEFT eye"), with only linking words between."""
    for j in range(i - 1, max(-1, i - 7), -1):
        if sentence_of[j] != sentence_of[i]:
            return None
        if tokens[j] in IMPLANT_NOUNS:
            return j
        if tokens[j] not in _AFTER_GAP and not tokens[j][:1].isdigit():
            return None
    return None


def _planned(tokens: Sequence[str], sentence_of: Sequence[int], lo: int, hi: int) -> bool:
    """Whether a plan word is told of the implant phrase (within three tokens either side)."""
    return any(
        tokens[j] in _PLAN and sentence_of[j] == sentence_of[lo]
        for j in range(max(0, lo - 3), min(len(tokens), hi + 4))
    )


def _operation_side(tokens: Sequence[str], sentence_of: Sequence[int], i: int) -> bool:
    """Whether a side is told with a word of the operation, the patient or the list."""
    return any(
        tokens[j] in _OPERATION_WORDS and sentence_of[j] == sentence_of[i]
        for j in range(max(0, i - OPERATION_GAP), min(len(tokens), i + OPERATION_GAP + 1))
        if j != i
    )


def side_mismatches(tokens: Sequence[str], sentence_of: Sequence[int]) -> list[SideMismatch]:
    """Each implant told as of one side, set against the operation told (within two
    sentences) of the other side, where no side told of the operation is the implant's."""
    implant_sides: list[tuple[str, int, int]] = []
    other_sides: list[tuple[str, int]] = []
    for i in range(len(tokens)):
        if tokens[i] not in SIDE_WORDS:
            continue
        side = _side(tokens, i)
        if side is None:
            continue
        noun = _implant_noun_after(tokens, sentence_of, i)
        if noun is None:
            noun = _implant_noun_before(tokens, sentence_of, i)
        if noun is not None:
            lo, hi = min(i, noun), max(i, noun) + 1
            if not _planned(tokens, sentence_of, lo, hi):
                implant_sides.append((side, lo, hi))
                continue
        if _operation_side(tokens, sentence_of, i):
            other_sides.append((side, i))
    planned = planned_sides(tokens, sentence_of)
    found = []
    for side, lo, hi in implant_sides:
        near = [
            (s, j)
            for s, j in other_sides
            if abs(sentence_of[j] - sentence_of[lo]) <= SENTENCES_APART and not (lo <= j < hi)
        ]
        # the implant of the side the operation was listed for was the right one: a side told
        # wrong is then the operation's (a wrong site), not the implant's
        if near and all(s != side for s, _ in near) and planned != {side}:
            j = min(near, key=lambda p: abs(p[1] - lo))[1]
            found.append(SideMismatch(side, (lo, hi), (j, j + 1)))
    return found


#: Words that make an implant, or the document its value was read from, the object of "for"
#: another's ("the lens for the L eye", "the power planned for the R eye", "printout for the
#: right eye"): the implant nouns and the values and papers an implant is chosen by.
_CHOSEN_BY = IMPLANT_NOUNS | frozenset(
    {"one", "power", "value", "printout", "printouts", "biometry", "calc", "calculation", "lead"}
    | {"head", "liner", "stent", "valve", "mesh", "grommet", "pacemaker"}
)
#: Words that tell whom an implant was for ("meant for", "ordered for", "worked out for"); a
#: bare "for" is read only straight after an implant noun ("lens for the L eye").
_FOR_WHOM = frozenset(
    {"meant", "ordered", "planned", "intended", "calculated", "calc", "worked", "out", "pulled"}
    | {"selected", "chosen", "picked", "set", "aside", "labelled", "requested", "value", "power"}
    | {"belonged", "belongs", "belonging", "was", "were", "is", "actually", "the", "which"}
    | {"that", "had", "been", "has", "taken", "in", "it"}
)
#: Words of the implant put in, linking it to whom its value was for ("Lens implanted was the
#: planned 22.0D for the LEFT eye"; review R21 probe 52).
_PUT_IN_LINKS = frozenset({"implanted", "inserted", "used", "fitted"})
#: Verbs of whom an implant was chosen for, told straight before "for" ("was ordered for").
_PURPOSE = frozenset(
    {"meant", "ordered", "planned", "intended", "calculated", "out", "requested", "belonged"}
)
#: Words between "for" and whom it names ("for the patient's right eye", "for her left").
_WHOSE = frozenset(
    {"the", "a", "an", "her", "his", "their", "this", "that", "pt", "pts", "patient", "s"}
)
#: Whom an implant may be told for, other than this operation's side: another patient or case
#: on the list, or the other eye or side.
_ANOTHER_PERSON = frozenset({"pt", "patient", "case", "lady", "man", "woman", "gentleman"})
_ANOTHER_SIDE = frozenset({"other", "fellow", "opposite", "contralateral", "first", "second"})
_ANOTHER_PERSON_BEFORE = frozenset({"next", "previous", "another", "other", "different"})
#: How far before "for" the implant may be told ("the +22.5D IOL that was meant for pt 4").
FOR_AFTER_IMPLANT = 10
#: How many words after "not the" its plan word is read in.
NOT_THE_ONE_AFTER = 4
#: Words of the plan told with "not the one" ("not the one requested on the referral").
_NOT_THE_ONE_PLAN = frozenset(
    {"requested", "planned", "ordered", "intended", "templated", "specified", "prescribed"}
)


def _whom(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> tuple[str, int] | None:
    """Whom the "for" at `at` names: a side ("left", "right"), or "another" (another patient,
    case or the other eye), with the index it ends at."""
    j = at + 1
    while j < len(tokens) and tokens[j] in _WHOSE and sentence_of[j] == sentence_of[at]:
        # "pt 4", "patient 6": another on the list, not "the patient's right eye"
        if tokens[j] in _ANOTHER_PERSON and j + 1 < len(tokens) and tokens[j + 1].isdigit():
            return "another", j + 2
        j += 1
    if j >= len(tokens) or sentence_of[j] != sentence_of[at]:
        return None
    word = tokens[j]
    if (word in LEFT or word in RIGHT) and tokens[j - 1] in ("a", "an"):
        return None  # "a LEFT tibial tray for a right knee": a kind of knee, not whose
    if word in LEFT or word in RIGHT:
        # a side of the body ("for the R eye", "for her left") , not of a finding ("a stent for
        # a R stone")
        after = tokens[j + 1] if j + 1 < len(tokens) else ""
        # ... unless told with a verb of whom it was for ("the implant meant for the L went in")
        purposed = at > 0 and tokens[at - 1] in _PURPOSE
        body = not after or after in _OPERATION_WORDS or sentence_of[j + 1] != sentence_of[j]
        if not body and not purposed:
            return None
        side = "left" if word in LEFT else "right"
        return side, j + 1
    if word in _ANOTHER_SIDE and j + 1 < len(tokens) and tokens[j + 1] in _OPERATION_WORDS:
        return "another", j + 2
    if word in _ANOTHER_PERSON_BEFORE and j + 1 < len(tokens) and tokens[j + 1] in _ANOTHER_PERSON:
        return "another", j + 2
    if word in _ANOTHER_PERSON and j + 1 < len(tokens) and tokens[j + 1][:1].isdigit():
        return "another", j + 2
    return None


def _implant_before(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> int | None:
    """The implant (or the value or paper it was chosen by) told before the "for" at `at` and
    tied to it: straight before it, or with only words of whom it was for between."""
    if at > 0 and tokens[at - 1] in _CHOSEN_BY:
        return at - 1
    # "the toric lens which the hospital has confirmed was ordered for": a verb of whom it was
    # for ties the implant told before it, whatever stands between
    purpose = at > 0 and tokens[at - 1] in _PURPOSE
    for j in range(at - 1, max(-1, at - FOR_AFTER_IMPLANT), -1):
        if sentence_of[j] != sentence_of[at]:
            return None
        if tokens[j] in _CHOSEN_BY:
            return j
        linking = (
            tokens[j] in _FOR_WHOM
            or tokens[j] in _PUT_IN_LINKS
            or tokens[j][:1].isdigit()
            or tokens[j] in ("d", "+")
        )
        if not linking and not purpose:
            return None
    return None


#: How many words before a side its plan word is read in ("Consented and marked for R").
PLAN_BEFORE_SIDE = 4
#: Words after whom an implant was for that tell it agreed with the plan ("the power for the
#: pts R eye as planned").
_AS_PLANNED = frozenset({"planned", "listed", "consented", "correct", "expected"})
AS_PLANNED_AFTER = 3
#: How many words before "for" a question is read in ("Pt asked whether the lens they used
#: was the one for the right eye").
ASKED_BEFORE = 12


def _asked_or_agreed(tokens: Sequence[str], sentence_of: Sequence[int], at: int, end: int) -> bool:
    """Whether the implant told for someone at `at` is only asked about, or told as the plan's."""
    sentence = sentence_of[at]
    before = [tokens[i] for i in range(max(0, at - ASKED_BEFORE), at) if sentence_of[i] == sentence]
    after = [
        tokens[i]
        for i in range(end, min(len(tokens), end + AS_PLANNED_AFTER))
        if sentence_of[i] == sentence
    ]
    return not ASKING_IF_WORDS.isdisjoint(before) or not _AS_PLANNED.isdisjoint(after)


def planned_sides(tokens: Sequence[str], sentence_of: Sequence[int]) -> set[str]:
    """The sides the report tells as the operation's plan ("listed for R phaco", "consented
    for the left", "L eye booked")."""
    sides: set[str] = set()
    for i in range(len(tokens)):
        if tokens[i] not in SIDE_WORDS:
            continue
        side = _side(tokens, i)
        if side is None or _implant_noun_after(tokens, sentence_of, i) is not None:
            continue
        near = tokens[max(0, i - PLAN_BEFORE_SIDE) : i + 4]
        if not _PLAN_PAPERS.isdisjoint(near):
            sides.add(side)
    return sides


#: Papers an implant is chosen by: told with the consent or the list, they are the plan
#: ("consent and biometry were for the L eye"), not another's.
_PAPERS = frozenset({"printout", "printouts", "biometry", "calc", "calculation"})
_PLAN_PAPERS = frozenset({"consent", "consented", "list", "listed", "booked", "booking"})
#: Words after an implant noun that make it name an operation ("nail surgery was planned for
#: the R hallux"), whose "for" is the plan's side.
_OPERATION_AFTER = frozenset(
    {"surgery", "removal", "procedure", "op", "operation", "exchange", "avulsion", "clinic"}
)


def _the_plan(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> bool:
    """Whether the implant noun at `at` names the operation or a paper of its plan."""
    if at + 1 < len(tokens) and tokens[at + 1] in _OPERATION_AFTER:
        return True
    if tokens[at] not in _PAPERS:
        return False
    first, end = _sentence_range(sentence_of, at)
    return not _PLAN_PAPERS.isdisjoint(tokens[first:end])


def _sentence_range(sentence_of: Sequence[int], at: int) -> tuple[int, int]:
    """The token index range (start, end) of the sentence of token `at`."""
    sentence = sentence_of[at]
    return bisect_left(sentence_of, sentence), bisect_left(sentence_of, sentence + 1)


def _set_against(tokens: Sequence[str], sentence_of: Sequence[int], at: int, kind: str) -> bool:
    """Whether the side an implant was for (`kind`) is set against the other side told before
    it or in its sentence ("lens in her R eye ... ordered for her left eye"); with none, "IOL
    planned for the right eye" is the plan. Another patient needs no such contrast."""
    if kind == "another":
        return True
    # the tokens before it and those of its sentence: all up to its sentence's end
    return any(
        tokens[i] in SIDE_WORDS and _side(tokens, i) not in (None, kind)
        for i in range(_sentence_range(sentence_of, at)[1])
    )


def implant_for_another(tokens: Sequence[str], sentence_of: Sequence[int]) -> list[tuple[int, int]]:
    """Each implant told as meant for someone or somewhere other than the operation it went
    into: for another patient or case on the list ("the lens that was meant for pt 4", "the
    IOL belonged to the patient originally in slot 2"), for the other eye or side ("ordered
    for her left eye", "the power planned for the R eye", "the value for the patient's right
    eye", "intended for the patient's other eye") when that side is not the one the operation
    was listed for, or told as not the one intended ("the non MRI-conditional model, not the one
    requested"). The implant, not the site, was then the error (never event 2)."""
    planned = planned_sides(tokens, sentence_of)
    found: list[tuple[int, int]] = []
    for at, word in enumerate(tokens):
        if word == "for":
            implant = _implant_before(tokens, sentence_of, at)
            whom = _whom(tokens, sentence_of, at) if implant is not None else None
            if implant is None or whom is None:
                continue
            kind, end = whom
            if (
                kind not in planned
                and _set_against(tokens, sentence_of, at, kind)
                and not _the_plan(tokens, sentence_of, implant)
                and not _asked_or_agreed(tokens, sentence_of, at, end)
            ):
                found.append((implant, end))
        elif word == "from" and tokens[at - 1 : at] == ["taken"]:
            # "the lens in it had been taken from the left eye biometry"
            implant = _implant_before(tokens, sentence_of, at)
            whom = _whom(tokens, sentence_of, at) if implant is not None else None
            if implant is not None and whom is not None and whom[0] not in planned:
                found.append((implant, whom[1]))
        elif word == "not" and tokens[at + 1 : at + 2] == ["the"]:
            # "not the one requested", "not the MRI conditional one ordered"
            after = tokens[at + 2 : at + 2 + NOT_THE_ONE_AFTER]
            if _NOT_THE_ONE_PLAN & set(after) and any(
                t in _CHOSEN_BY | {"model", "type", "size"} for t in tokens[max(0, at - 6) : at]
            ):
                found.append((at, at + 2 + NOT_THE_ONE_AFTER))
    found += _other_sides_value_put_in(tokens, sentence_of)
    return [(lo, min(hi, len(tokens))) for lo, hi in found]


#: Verbs of an implant put into a side ("was put in the R pocket", "inserted into the left").
_PUT_INTO = frozenset({"put", "placed", "inserted", "implanted", "went", "gone", "fitted"})
#: How many words after a value its putting-in verb is read in, and after the verb its side.
PUT_AFTER_VALUE = 5
SIDE_AFTER_PUT = 4


def _values_planned_by_side(
    tokens: Sequence[str], sentence_of: Sequence[int], values: Sequence[SpecValue]
) -> dict[str, list[SpecValue]]:
    """Each side's values told in a sentence of the plan, the side straight before its value
    ("Plan documented and on the whiteboard: L 395cc anatomical, R 255cc round")."""
    plan_sentences = {sentence_of[i] for i, token in enumerate(tokens) if token in PLAN_WORDS}
    planned: dict[str, list[SpecValue]] = {}
    for value in values:
        if value.start == 0 or sentence_of[value.start] not in plan_sentences:
            continue
        if side := _side(tokens, value.start - 1):
            planned.setdefault(side, []).append(value)
    return planned


def values_planned_for_sides(tokens: Sequence[str], sentence_of: Sequence[int]) -> set[SpecValue]:
    """The values a plan gives each of both sides ("L 395cc anatomical, R 255cc round"), when
    it gives both: a value of one set against another's is no mismatch by itself, which side
    each went into decides (`_other_sides_value_put_in`)."""
    planned = _values_planned_by_side(tokens, sentence_of, spec_values(tokens, sentence_of))
    if len(planned) < 2:
        return set()
    return {value for values in planned.values() for value in values}


def _side_put_into(
    tokens: Sequence[str], sentence_of: Sequence[int], value: SpecValue
) -> tuple[str, int] | None:
    """The side a value's implant is told put into, with the index after it ("the 395cc
    implant was put in the R pocket"), when a putting-in verb follows the value closely."""
    sentence = sentence_of[value.start]
    for i in range(value.end, min(len(tokens), value.end + PUT_AFTER_VALUE)):
        if sentence_of[i] != sentence:
            return None
        if tokens[i] not in _PUT_INTO:
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + SIDE_AFTER_PUT)):
            if sentence_of[j] == sentence and (side := _side(tokens, j)) is not None:
                return side, j + 1
        return None
    return None


def _other_sides_value_put_in(
    tokens: Sequence[str], sentence_of: Sequence[int]
) -> list[tuple[int, int]]:
    """Each implant told put into one side by a value the plan gave the other side, the plan
    giving this side another value of that kind ("L 395cc anatomical, R 255cc round ... the
    395cc implant was put in the R pocket"; dev-151650): the implant meant for the other side
    went in, on the side that was planned (never event 2, not a wrong site)."""
    values = spec_values(tokens, sentence_of)
    planned = _values_planned_by_side(tokens, sentence_of, values)
    found: list[tuple[int, int]] = []
    for value in values:
        put = _side_put_into(tokens, sentence_of, value)
        if put is None:
            continue
        side, end = put
        other = "left" if side == "right" else "right"
        own = [p for p in planned.get(side, []) if p.kind == value.kind]
        if (
            own
            and all(p.value != value.value for p in own)
            and any(p.kind == value.kind and p.value == value.value for p in planned.get(other, []))
        ):
            found.append((value.start, end))
    return found


#: Eyes told by their capitals ("Cataract surgery RE", "RE lens opened for LE surgery"), and the
#: side word each reads as; in lower case "re" is also a split prefix ("re-opened").
EYE_ABBREVIATIONS = {"RE": "r", "LE": "l"}


def eye_sides_read(tokens: Sequence[str], originals: dict[int, str]) -> list[str]:
    """The tokens with each eye told by its capitals (`originals`: the text of the tokens that
    may be one, by index) read as its side ("Cataract surgery RE": "r"), so that the operated
    eye is set against the eye a lens was for (review R21 probe 52)."""
    read = list(tokens)
    for i, told in originals.items():
        if told in EYE_ABBREVIATIONS:
            read[i] = EYE_ABBREVIATIONS[told]
    return read


#: Words before a side that tell a value's implant put there ("the 325cc on the left").
_ON_SIDE_WORDS = frozenset({"on", "in", "into", "to"})


def _side_told_after(
    tokens: Sequence[str], sentence_of: Sequence[int], value: SpecValue
) -> str | None:
    """The side a value's implant is told put on, by a putting-in verb ("the 300cc implant was
    placed on the right") or by the side alone after it ("and the 325cc on the left")."""
    if put := _side_put_into(tokens, sentence_of, value):
        return put[0]
    sentence = sentence_of[value.start]
    for i in range(value.end, min(len(tokens) - 1, value.end + PUT_AFTER_VALUE)):
        if sentence_of[i] != sentence or tokens[i][:1].isdigit():
            return None
        if tokens[i] in _ON_SIDE_WORDS:
            for j in (i + 1, i + 2):
                if j < len(tokens) and sentence_of[j] == sentence and (side := _side(tokens, j)):
                    return side
    return None


def _off_the_plan(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    planned: dict[str, list[SpecValue]],
    value: SpecValue,
) -> bool:
    """Whether `value`, told on no side, is of a kind the plan gave the sides but none of its
    values ("Plan R 300cc, L 325cc. The 300cc implant was placed on the right; on the left a
    350cc was placed in error"; review R25): an implant off the plan went in somewhere. Not an
    old implant's, told in a sentence of its removal ("old 280cc implants removed")."""
    same_kind = [p.value for side in planned.values() for p in side if p.kind == value.kind]
    if not same_kind or value.value in same_kind:
        return False
    sentence = sentence_of[value.start]
    return REMOVAL_WORDS.isdisjoint(
        t for t, s in zip(tokens, sentence_of, strict=True) if s == sentence
    )


def sides_put_in_as_planned(
    tokens: Sequence[str], sentence_of: Sequence[int]
) -> list[tuple[int, int]]:
    """The values told put on a side when every one of them is the value the plan gave that
    side ("plan R 300cc, L 325cc. The 300cc implant was placed on the right and the 325cc on
    the left as planned"; review R23): each side got its own planned implant, no mismatch
    between the sides' values. None when any went on the side planned for another value."""
    values = spec_values(tokens, sentence_of)
    planned = _values_planned_by_side(tokens, sentence_of, values)
    if len(planned) < 2:
        return []
    found: list[tuple[int, int]] = []
    for value in values:
        side = _side_told_after(tokens, sentence_of, value)
        if side is None and _off_the_plan(tokens, sentence_of, planned, value):
            return []
        own = [p for p in planned.get(side or "", []) if p.kind == value.kind]
        if not own or value in own:
            continue
        if all(p.value != value.value for p in own):
            return []
        found.append((value.start, value.end))
    return found
