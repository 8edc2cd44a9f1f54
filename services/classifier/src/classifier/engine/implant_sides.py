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

from collections.abc import Sequence
from dataclasses import dataclass

LEFT = frozenset({"left", "l", "lt", "lhs", "left-sided", "l-sided"})
RIGHT = frozenset({"right", "r", "rt", "rhs", "right-sided", "r-sided"})
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
    found = []
    for side, lo, hi in implant_sides:
        near = [
            (s, j)
            for s, j in other_sides
            if abs(sentence_of[j] - sentence_of[lo]) <= SENTENCES_APART and not (lo <= j < hi)
        ]
        if near and all(s != side for s, _ in near):
            j = min(near, key=lambda p: abs(p[1] - lo))[1]
            found.append(SideMismatch(side, (lo, hi), (j, j + 1)))
    return found
