"""Implant specification reasoning: "the one on the plan" versus "the one put in".

Reporters of a wrong implant often state two values of the same specification, one tied to the
plan ("size 5 templated", "+21.5D on the biometry", "uncemented stem planned") and one tied to
what was opened or implanted ("size 3 opened", "+12.5D lens inserted", "opened a cemented
stem"). This module finds those values, ties each to its nearest plan or placement word, and
reports the pairs where the planned and the placed value differ.

Pure: tokens in, spans out; no taxonomy, no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

#: Words (and their specification class) that are values by themselves.
_WORD_VALUES: dict[str, str] = {
    **dict.fromkeys(("cemented", "uncemented", "cementless", "hybrid"), "fixation"),
    **dict.fromkeys(("toric", "monofocal", "multifocal", "trifocal", "edof"), "optic"),
    **dict.fromkeys(("round", "anatomical", "teardrop"), "shape"),
    **dict.fromkeys(
        ("single", "dual", "biventricular", "ddd", "vvi", "aai", "crt", "vvir", "dddr"), "chamber"
    ),
    **dict.fromkeys(("medial", "lateral"), "compartment"),
    **dict.fromkeys(("absorbable", "resorbable", "bioabsorbable"), "absorbability"),
    **dict.fromkeys(("ceramic", "polyethylene", "metal", "oxinium"), "bearing"),
    **dict.fromkeys(("constrained", "unconstrained", "semiconstrained"), "constraint"),
    **dict.fromkeys(("saline", "silicone"), "filling"),
    **dict.fromkeys(("programmable", "fixed", "adjustable"), "valve setting"),
    **dict.fromkeys(("conditional",), "mri"),
    **dict.fromkeys(
        ("eluting", "des", "bms", "bare", "coated", "uncoated", "composite"), "coating"
    ),
    # valves (mechanical / tissue) and meshes (biological / synthetic)
    **dict.fromkeys(
        (
            "mechanical",
            "tissue",
            "bioprosthetic",
            "biological",
            "biologic",
            "porcine",
            "synthetic",
            "polypropylene",
        ),
        "material",
    ),
    **dict.fromkeys(("copper", "hormonal"), "coil type"),
    **dict.fromkeys(("mirena", "jaydess", "kyleena", "levosert", "benilexa"), "coil brand"),
    **dict.fromkeys(("augmented", "standard"), "augment"),
    **dict.fromkeys(("retrievable", "permanent"), "retrievability"),
    **dict.fromkeys(("covered", "uncovered"), "covering"),
    **dict.fromkeys(("plastic",), "bearing"),
    # cochlear electrode arrays: curved round the modiolus or straight along the lateral wall
    **dict.fromkeys(("perimodiolar", "precurved", "straight"), "array shape"),
    **dict.fromkeys(("hypoallergenic", "cobalt", "zirconium", "titanium", "nickel"), "alloy"),
    # ear ventilation tubes: short-term grommets (named by their makers) or long-term T-tubes
    **dict.fromkeys(("grommet", "grommets", "shepherd", "shepard", "shah"), "ventilation tube"),
    # a nail, stem or abutment told long or short ("long cephalomedullary nail planned, a
    # short nail implanted")
    **dict.fromkeys(("long", "short"), "length"),
    # a size told in words ("medium implant planned, large implant inserted")
    **dict.fromkeys(("small", "medium", "large"), "size band"),
    # a port made for contrast pumps or not ("power-injectable port requested, a non-power
    # port implanted")
    **dict.fromkeys(("power",), "power injection"),
    # a mesh by its weight ("lightweight mesh planned, a heavyweight mesh placed"; dev-80079)
    **dict.fromkeys(("lightweight", "midweight", "mediumweight", "heavyweight"), "mesh weight"),
}
#: Values that state the same thing in other words ("drug eluting" / "DES").
_SYNONYMS: dict[str, str] = {
    "eluting": "des",
    "bare": "bms",
    "uncoated": "bms",
    "composite": "coated",
    "ddd": "dual",
    "dddr": "dual",
    "vvi": "single",
    "vvir": "single",
    "aai": "single",
    "crt": "biventricular",
    "biologic": "biological",
    "porcine": "biological",
    "polypropylene": "synthetic",
    "benilexa": "mirena",
    "levosert": "mirena",
    "grommet": "short-term",
    "grommets": "short-term",
    "shepherd": "short-term",
    "shepard": "short-term",
    "shah": "short-term",
}
#: Values told in two tokens ("T-tube"), with their kind and value.
_TWO_TOKEN_VALUES: dict[tuple[str, str], tuple[str, str]] = {
    ("t", "tube"): ("ventilation tube", "long-term"),
    ("t", "tubes"): ("ventilation tube", "long-term"),
    # a stem or component of the usual length against a long one ("long stem ulnar component
    # planned ... standard length component used"; dev-23182)
    ("standard", "length"): ("length", "standard"),
    ("normal", "length"): ("length", "standard"),
    # a mesh's weight told in two words ("light weight mesh")
    ("light", "weight"): ("mesh weight", "lightweight"),
    ("heavy", "weight"): ("mesh weight", "heavyweight"),
}
#: The first tokens of the values told in two tokens: without one, a text tells none.
_TWO_TOKEN_FIRSTS = frozenset(first for first, _ in _TWO_TOKEN_VALUES)
#: Words in front of a value that deny it ("non programmable", "non MRI-conditional").
_DENIALS = frozenset({"non", "not", "un"})
#: Units after a number ("52 mm", "21.5 d") and their class.
_UNITS: dict[str, str] = {
    "mm": "mm",
    "cm": "cm",
    "cc": "cc",
    "ml": "cc",
    "d": "dioptre",
    "dioptre": "dioptre",
    "dioptres": "dioptre",
    "diopter": "dioptre",
    "diopters": "dioptre",
    # the angle of a hip screw's barrel plate ("135 degree plate requested, 150 implanted")
    "degree": "degree",
    "degrees": "degree",
    "deg": "degree",
}
#: A number glued to its unit ("26cm", "29mm").
_GLUED = re.compile(r"(\d+(?:\.\d+)?)([a-z]+)")
#: "2.75 x 18": a two-dimension value (stents, balloons).
_DIMENSION_SEPARATORS = frozenset({"x", "by"})
#: Words before a number that make it a size ("size 5", "sz 3").
_SIZE_WORDS = frozenset({"size", "sz", "sized", "no"})
#: A bare number measured ("head measured 47 with the gauge"): a length in the unit of the
#: implant put in ("51mm head implanted"), or a size.
_MEASURED = "measured"
_MEASURED_UNITS = frozenset({"size", "mm", "cm"})
#: How far apart a measured number and a placed length may be and still be one scale ("cuff
#: measured 4.5, 5.0cm cuff"), not a size against a length ("measured size 3, 52mm cup").
MEASURED_RATIO = 1.5
#: Letter sizes ("size C bearing", "size M prosthesis") and the words naming them so.
_SIZE_LETTERS = frozenset({"a", "b", "c", "d", "e", "f", "g", "h", "xs", "s", "m", "l", "xl"})
_LETTER_SIZE_WORDS = frozenset({"size", "sz"})
#: Words before a number that make it a size and state the plan themselves ("sizer 23"): the
#: value starts after them, so they are found as its plan word.
_PLAN_SIZE_WORDS = frozenset({"sizer", "trial", "trialled", "templated", "measured"})
#: Words naming the trial component or sizer: a placement word right after them ("the trial
#: used", "sizer inserted") tells how the size was planned, not the implant put in.
_TRIAL_WORDS = frozenset({"trial", "trials", "sizer", "sizers"})
#: Implant parts (singular: "2 screws" is a count) after a bare number that make it that
#: part's size ("36 glenosphere", "49 head", "21 valve", "7.5 diameter").
_SIZED_PARTS = frozenset(
    {
        "head",
        "liner",
        "cup",
        "shell",
        "stem",
        "valve",
        "glenosphere",
        "baseplate",
        "insert",
        "tray",
        "poly",
        "stent",
        "screw",
        "plate",
        "nail",
        "iol",
        "expander",
        "balloon",
        "graft",
        "spacer",
        "cage",
        "cylinder",
        "ring",
        "band",
        "diameter",
        "femoral",
        "tibial",
        "humeral",
        "acetabular",
        "bearing",
    }
)

#: The packaging an implant of a size comes in, after a bare number ("opens the 54 box in
#: error"): the size of the implant inside (singular: "2 boxes" is a count).
_SIZED_PACKS = frozenset({"box", "packet", "carton"})

PLAN_WORDS = frozenset(
    {
        "plan",
        "planned",
        "planning",
        "template",
        "templated",
        "templating",
        "intended",
        "biometry",
        "booked",
        "consented",
        "requested",
        "prescribed",
        "ordered",
        "calculated",
        "trialled",
        "trial",
        # the sizing of the plan ("Heart team CT sizing = 26mm valve")
        "sizing",
        "listed",
        "should",
        "meant",
        "needed",
        "required",
        "recommended",
        "consent",
        "stated",
        "specified",
        "documented",
        "agreed",
        "chosen",
        "wanted",
        "expected",
        "supposed",
        "measured",
        "sizer",
        "sized",
        "called",
        "indicated",
        "scheduled",
        "asked",
        "paid",
        "chose",
        "decision",
        "attended",
        "referral",
        "request",
        # the procedure an implant was opened "during" states the plan ("cemented stem
        # opened during an uncemented THR")
        "during",
        # the right one named after the error ("correct lens for this pt was +22.5D")
        "correct",
    }
)
PLACED_WORDS = frozenset(
    {
        "inserted",
        "implanted",
        "opened",
        # ... told in the present, as second-language reporters write ("I open the size 56 box")
        "open",
        "opens",
        "used",
        "put",
        "fitted",
        "placed",
        "passed",
        "handed",
        "selected",
        "picked",
        "sited",
        # the device's pocket under the skin ("the generator in the pocket was a single
        # chamber VVI"): the one put in, whatever was planned
        "pocket",
        "received",
        "got",
        "cemented",
        "implanting",
        "inserting",
        "deployed",
        "performed",
        "went",
        "new",
        "connected",
        "loaded",
        "impacted",
        "attached",
        "implant",
        "crimped",
        # the item fetched or brought for the case ("runner fetched a 49mm head from stock")
        "fetched",
        "brought",
        "unpacked",
        # the steps of getting it ready for the patient ("DES mounted ready", "IOL pulled",
        # "valve prepared and crimped")
        "mounted",
        "pulled",
        "prepared",
        "prepped",
    }
)
#: Plan words that state the plan only for the value right after them ("opened during an
#: uncemented THR"): "during surgery a monofocal lens was inserted" names when, not the plan.
ADJACENT_PLAN_WORDS = frozenset({"during"})
#: Tokens at most from such a word to its value ("during an uncemented": the article between).
ADJACENT_PLAN_GAP = 2
#: Words after a value and its item that make it the plan's instruction ("biological mesh
#: only because of the contamination"; dev-75023), the item's noun at most between.
INSTRUCTION_WORDS = frozenset({"only"})
INSTRUCTION_GAP = 2
#: Words after "only" that make it "not until" ("synthetic mesh only identified as the one used
#: next day", "cemented stem only noticed on the x-ray", "only picked up when"): the time of a
#: finding, not the plan's instruction (review R21 probe 47).
FINDING_AFTER_ONLY = frozenset(
    {
        *("identified", "noticed", "found", "discovered", "realised", "realized", "recognised"),
        *("recognized", "spotted", "picked", "detected", "seen", "known", "apparent", "became"),
        *("came", "confirmed", "established", "highlighted", "flagged", "revealed", "clear"),
        *("when", "after", "later", "afterwards", "subsequently", "until"),
    }
)
#: Words just before a placement word that deny it ("T-tubes discussed but not used", "was
#: never opened"): the value was not put in, and states neither plan nor placement.
_NOT_PLACED_WORDS = frozenset({"not", "never", "wasnt", "werent", "wasn", "weren"})
#: Words before a plan word that make it the plan of what its own clause put in ("implanted as
#: planned", "inserted as per plan").
_AS_PLANNED_WORDS = frozenset({"as", "per"})
#: Tokens at most from such a word to the placement word ("not yet opened").
NOT_PLACED_GAP = 2
#: Words telling what an item turned out to be when someone looked at it ("found to be a single
#: chamber PPM", "noticed it was a VVI", "was actually a single chamber one", "turned out to be
#: cemented"): a value told after one of them, with a copula (REVEAL_COPULAS) between or just
#: before it, is the item's own, the one opened or put in, whatever was planned.
REVEAL_WORDS = frozenset(
    {"found", "noticed", "realised", "realized", "discovered", "turned", "actually", "fact"}
)
#: The copulas that make such a word tell what the item was ("found TO BE", "noticed it WAS",
#: "WAS actually", "WAS in fact").
REVEAL_COPULAS = frozenset({"be", "was", "is", "were", "been"})
#: Tokens at most from the reveal word to the value ("found to be a single").
REVEAL_REACH = 4
#: Words of a finding told after a value's item ("synthetic mesh only IDENTIFIED as the one
#: used", "the cemented stem was later FOUND to have been implanted"): with a placement word after
#: them, the value is the item's own, the one put in (review R21 probe 47).
FOUND_AFTER_VALUE_WORDS = (REVEAL_WORDS - {"turned", "actually", "fact"}) | frozenset(
    {"identified", "confirmed", "recorded", "shown", "seen", "recognised", "recognized"}
)
#: Tokens at most from the value to its finding word, and from that to its placement word.
FOUND_AFTER_VALUE_REACH = 4
PLACED_AFTER_FINDING_REACH = 8
CUE_WINDOW = 6
#: Tokens either side within which it is looked for in the value's own clause when none is near.
FAR_CUE_WINDOW = 12


@dataclass(frozen=True, slots=True)
class SpecValue:
    """A specification value stated in the narrative ("size 5", "+21.5 D", "cemented")."""

    kind: str
    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SpecMismatch:
    """A planned value and a different placed value of the same specification."""

    planned: SpecValue
    placed: SpecValue
    #: Whether the two values lie more than one sentence apart (a type told in the plan at the
    #: top of a long report, and in its timeline).
    far: bool = False

    @property
    def span(self) -> tuple[int, int]:
        """Token span [start, end) covering both values, or only the placed value when they lie
        far apart: the sentences between (the plan's checks, the timeline) are no part of the
        error, and a catch is looked for where the implant was opened or put in."""
        if self.far:
            return self.placed.start, self.placed.end
        first, last = sorted((self.planned, self.placed), key=lambda v: v.start)
        return first.start, last.end


def _value_at(tokens: Sequence[str], i: int) -> SpecValue | None:
    token = tokens[i]
    if token in _WORD_VALUES:
        denial = next(
            (j for j in (i - 1, i - 2) if j >= 0 and tokens[j] in _DENIALS),
            None,
        )
        value = _SYNONYMS.get(token, token)
        if denial is None:
            return SpecValue(_WORD_VALUES[token], value, i, i + 1)
        return SpecValue(_WORD_VALUES[token], "non " + value, denial, i + 1)
    if token in _SIZE_LETTERS and i > 0 and tokens[i - 1] in _LETTER_SIZE_WORDS:
        return SpecValue("size", token, i - 1, i + 1)
    if not token[:1].isdigit():
        return None
    glued = _GLUED.fullmatch(token)
    if glued and glued.group(2) in _UNITS:
        return SpecValue(_UNITS[glued.group(2)], glued.group(1), i, i + 1)
    unit = tokens[i + 1] if i + 1 < len(tokens) else ""
    start = i - 1 if i > 0 and tokens[i - 1] == "+" else i
    if unit in _DIMENSION_SEPARATORS and i + 2 < len(tokens) and tokens[i + 2][:1].isdigit():
        return SpecValue("dimensions", f"{token}x{tokens[i + 2]}", start, i + 3)
    if i > 0 and tokens[i - 1] in _DIMENSION_SEPARATORS:
        return None
    if unit in _UNITS:
        return SpecValue(_UNITS[unit], token, start, i + 2)
    if start < i and "." in token:
        # a signed decimal with no unit is a lens power ("+12.5 implanted, plan +21.5")
        return SpecValue("dioptre", token, start, i + 1)
    if i > 0 and tokens[i - 1] in _SIZE_WORDS:
        return SpecValue("size", token, i - 1, i + 1)
    if unit in _SIZED_PARTS or unit in _SIZED_PACKS:
        return SpecValue("size", token, start, i + 1)
    if i > 0 and tokens[i - 1] == _MEASURED:
        return SpecValue(_MEASURED, token, start, i + 1)
    if i > 0 and tokens[i - 1] in _PLAN_SIZE_WORDS:
        return SpecValue("size", token, start, i + 1)
    return None


#: Units of a drug or a reading after a number ("20ml 0.5% levobupivacaine", "2 mg"): the
#: number has a unit of its own, so it is no bare size of an implant.
_OTHER_UNITS = frozenset(
    {"%", "mg", "mcg", "micrograms", "microgram", "g", "units", "unit", "mmol", "iu", "kg"}
)


def _bare_number(tokens: Sequence[str], i: int) -> bool:
    """A number with no unit of its own ("29mm valve handed when 27 was called")."""
    return (
        tokens[i][:1].isdigit()
        and _GLUED.fullmatch(tokens[i]) is None
        and not (i > 0 and tokens[i - 1] in _DIMENSION_SEPARATORS | {"+"})
        and not (i + 1 < len(tokens) and tokens[i + 1] in _DIMENSION_SEPARATORS | _OTHER_UNITS)
    )


#: Kinds of value whose unit a bare number in their sentence takes.
_SIZED_KINDS = frozenset({"mm", "cm", "cc", "dioptre", "size"})


def spec_values(tokens: Sequence[str], sentence_of: Sequence[int] | None = None) -> list[SpecValue]:
    """Every specification value stated in the tokens, in order. With `sentence_of`, a bare
    number takes the unit of a sized value in its own sentence ("29mm valve handed when 27
    was called": 27 mm)."""
    # Only a value word or a token starting with a digit can be (or start) a value.
    numbers = [i for i, token in enumerate(tokens) if token[:1].isdigit()]
    candidates = sorted(
        numbers
        + [i for i, token in enumerate(tokens) if token in _WORD_VALUES]
        + _letter_sizes(tokens)
    )
    values = []
    for i in candidates:
        value = _value_at(tokens, i)
        if value is not None:
            values.append(value)
    paired = _two_token_values(tokens)
    if paired:
        # a word told as the first of two ("standard length") is no value by itself
        firsts = {value.start for value in paired}
        values = [value for value in values if value.start not in firsts] + paired
    if sentence_of is None:
        return values
    kinds: dict[int, str] = {}
    for value in values:
        if value.kind in _SIZED_KINDS:
            kinds.setdefault(sentence_of[value.start], value.kind)
    if kinds:
        taken = {j for value in values for j in range(value.start, value.end)}
        for i in numbers:  # a bare number is a number
            kind = kinds.get(sentence_of[i])
            if kind and i not in taken and _bare_number(tokens, i):
                values.append(SpecValue(kind, tokens[i], i, i + 1))
    return sorted(values, key=lambda v: v.start)


def _letter_sizes(tokens: Sequence[str]) -> list[int]:
    """Positions of letter sizes named as sizes ("size C", "sz M")."""
    if _LETTER_SIZE_WORDS.isdisjoint(tokens):
        return []
    return [
        i
        for i in range(1, len(tokens))
        if tokens[i] in _SIZE_LETTERS and tokens[i - 1] in _LETTER_SIZE_WORDS
    ]


def _two_token_values(tokens: Sequence[str]) -> list[SpecValue]:
    """Values told in two tokens ("T-tubes")."""
    if _TWO_TOKEN_FIRSTS.isdisjoint(tokens):
        return []
    return [
        SpecValue(*pair, i, i + 2)
        for i in range(len(tokens) - 1)
        if (pair := _TWO_TOKEN_VALUES.get((tokens[i], tokens[i + 1]))) is not None
    ]


def _separated(breaks: Sequence[int], a: int, b: int) -> bool:
    """Whether a clause break sits between tokens `a` and `b` (a break at n falls between
    token n - 1 and token n)."""
    lo, hi = min(a, b), max(a, b)
    i = bisect_right(breaks, lo)
    return i < len(breaks) and breaks[i] <= hi


def told_as_what_it_was(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    value: SpecValue,
    clause_breaks: Sequence[int] = (),
) -> bool:
    """Whether `value` is told as what the item turned out to be (REVEAL_WORDS with a copula
    before it, in its clause): "then found to be a single chamber PPM" tells the device put in,
    found out after, as "a single chamber device had been put in" would."""
    start = max(0, value.start - REVEAL_REACH)
    before = [
        j
        for j in range(start, value.start)
        if sentence_of[j] == sentence_of[value.start]
        and not _separated(clause_breaks, j, value.start)
    ]
    words = [tokens[j] for j in before]
    if not words or REVEAL_WORDS.isdisjoint(words):
        return False
    first = before[0]
    return not REVEAL_COPULAS.isdisjoint(words) or (
        first > 0 and tokens[first - 1] in REVEAL_COPULAS
    )


def _found_as_placed(tokens: Sequence[str], sentence_of: Sequence[int], value: SpecValue) -> bool:
    """Whether `value` is followed, in its sentence, by a finding word and then a placement
    word with no plan word or denial between ("Synthetic mesh only identified as the one used
    when checking the implant log", "the cemented stem was later found to have been
    implanted"): what the item put in was found to be."""
    sentence = sentence_of[value.start]
    end = min(len(tokens), value.end + FOUND_AFTER_VALUE_REACH)
    finding = next((j for j in range(value.end, end) if tokens[j] in FOUND_AFTER_VALUE_WORDS), None)
    if finding is None:
        return False
    for j in range(value.end, min(len(tokens), finding + 1 + PLACED_AFTER_FINDING_REACH)):
        if sentence_of[j] != sentence or tokens[j] in PLAN_WORDS or tokens[j] in _NOT_PLACED_WORDS:
            return False
        if j > finding and tokens[j] in PLACED_WORDS and tokens[j] not in ITEM_NOUN_PLACED:
            return True
    return False


def _told_as_instruction(
    tokens: Sequence[str], sentence_of: Sequence[int], value: SpecValue
) -> bool:
    """Whether `value` is told as what alone may be used (INSTRUCTION_WORDS right after it or
    its item's noun: "biological mesh only", "cemented stem only"): the plan's instruction; not
    an "only" of when it was found ("synthetic mesh only identified next day")."""
    after = range(value.end, min(len(tokens), value.end + INSTRUCTION_GAP))
    return any(
        tokens[j] in INSTRUCTION_WORDS
        and sentence_of[j] == sentence_of[value.start]
        and not (j + 1 < len(tokens) and tokens[j + 1] in FINDING_AFTER_ONLY)
        for j in after
    )


#: Words swapping the item told before them for the one told after ("a monofocal lens RATHER
#: THAN the planned toric", "a 50mm cup INSTEAD OF the templated 52").
SWAP_PAIRS = frozenset({("rather", "than"), ("instead", "of"), ("in", "place")})
#: Tokens at most from the value to its swap (its item's noun between), and from the swap to
#: the plan word of the item it names ("instead of the planned", "in place of the intended").
SWAP_AFTER_VALUE = 3
PLAN_AFTER_SWAP = 4


def _set_against_the_plan_after(
    tokens: Sequence[str], sentence_of: Sequence[int], value: SpecValue
) -> bool:
    """Whether `value` is set against the plan told after it ("IOL implanted was the planned
    power ... but a monofocal lens rather than the planned toric lens"; review R23): the item
    before the swap is the one put in, the one after it the plan's, whatever placement or plan
    word stands nearer."""
    sentence = sentence_of[value.start]
    for j in range(value.end, min(len(tokens) - 1, value.end + SWAP_AFTER_VALUE)):
        if sentence_of[j] != sentence or tokens[j][:1].isdigit():
            return False
        if (tokens[j], tokens[j + 1]) in SWAP_PAIRS:
            # the plan word names the item swapped for, before its value ("instead of the
            # planned 52"; not "chose 24cm instead of 26cm and documented": dev-23041)
            for token in tokens[j + 2 : j + 2 + PLAN_AFTER_SWAP]:
                if token[:1].isdigit():
                    return False
                if token in PLAN_WORDS:
                    return True
            return False
    return False


#: Words of an implant from an earlier operation ("old implants R 300cc and L 325cc removed",
#: "the mesh used at the previous operation was removed"), and of its taking out.
OLD_IMPLANT_WORDS = frozenset({"old", "previous", "previously", "original", "existing"})
REMOVAL_WORDS = frozenset({"removed", "explanted", "retrieved", "extracted"})
#: Tokens at most from the value to its removal, and before the value to its old word.
REMOVAL_AFTER_VALUE = 12
OLD_BEFORE_VALUE = 8


def _old_implant_removed(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    clause_breaks: Sequence[int],
    value: SpecValue,
) -> bool:
    """Whether `value` is told of an implant from an earlier operation taken out, in its clause
    ("Old implants R 300cc and L 325cc removed; new R 350cc ... inserted as planned", "Synthetic
    mesh identified as the one used at the previous operation was removed"; review R23): the
    old implant is neither the plan nor the one put in."""

    def near(j: int) -> bool:
        return sentence_of[j] == sentence_of[value.start] and not _separated(
            clause_breaks, value.start, j
        )

    removal = next(
        (
            j
            for j in range(value.end, min(len(tokens), value.end + REMOVAL_AFTER_VALUE))
            if tokens[j] in REMOVAL_WORDS and near(j)
        ),
        None,
    )
    if removal is None:
        return False
    return any(
        tokens[j] in OLD_IMPLANT_WORDS and near(j) and not _names_a_later_value(tokens, j, removal)
        for j in range(max(0, value.start - OLD_BEFORE_VALUE), removal)
    )


def _names_a_later_value(tokens: Sequence[str], old: int, removal: int) -> bool:
    """Whether the old word at `old` names a value told after it, before the removal ("New
    350cc implant was placed after the previous 400cc implant was removed"; review R25): the
    old implant is that value's, not the one told before it."""
    return any(token[:1].isdigit() for token in tokens[old + 1 : removal])


def _cue(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    value: SpecValue,
    clause_breaks: Sequence[int] = (),
) -> str | None:
    """'plan' or 'placed': the kind of the nearest plan / placement word, looked for first in
    the value's own clause ("consent states 350cc implants, 400cc implants were inserted":
    350cc is the plan), then in its sentence, then further away in its clause."""
    if _old_implant_removed(tokens, sentence_of, clause_breaks, value):
        return None
    if told_as_what_it_was(tokens, sentence_of, value, clause_breaks):
        return "placed"
    if _found_as_placed(tokens, sentence_of, value):
        return "placed"
    if _told_as_instruction(tokens, sentence_of, value):
        return "plan"
    if _set_against_the_plan_after(tokens, sentence_of, value):
        return "placed"
    sentence = sentence_of[value.start]
    near = range(1, CUE_WINDOW + 1)
    far = range(CUE_WINDOW + 1, FAR_CUE_WINDOW + 1)
    # (distances, whether the word must be in the value's own clause): near in the clause, near
    # in the sentence, then further away in the clause ("consented and documented at MDT and in
    # clinic for a bioprosthetic valve")
    searches = ((near, True), (near, False), (far, True)) if clause_breaks else ((near, False),)
    for distances, same_clause in searches:
        for distance in distances:
            for j in (value.end - 1 + distance, value.start - distance):
                if not (0 <= j < len(tokens) and sentence_of[j] == sentence):
                    continue
                if same_clause and _separated(clause_breaks, value.start, j):
                    continue
                if tokens[j] in PLAN_WORDS:
                    # a plan word denied after the value ("CRT-D not indicated") plans nothing
                    if j > value.start and tokens[j - 1] in _NOT_PLACED_WORDS:
                        return None
                    # "as planned" in another clause is that clause's implant put in as planned
                    # ("dual chamber PPM implanted as planned, single chamber not suitable")
                    if (
                        j > 0
                        and tokens[j - 1] in _AS_PLANNED_WORDS
                        and _separated(clause_breaks, value.start, j)
                    ):
                        continue
                    if tokens[j] in ADJACENT_PLAN_WORDS and not (
                        0 < value.start - j <= ADJACENT_PLAN_GAP
                    ):
                        continue
                    return "plan"
                if tokens[j] in PLACED_WORDS:
                    if tokens[j] in ITEM_NOUN_PLACED and _names_the_value(tokens, value, j):
                        continue
                    # the trial's own use ("the trial used was size 3") states the plan
                    if j > 0 and tokens[j - 1] in _TRIAL_WORDS:
                        return "plan"
                    if not _NOT_PLACED_WORDS.isdisjoint(tokens[max(0, j - NOT_PLACED_GAP) : j]):
                        return None
                    return "placed"
    return None


#: Placement words that are also the item's noun: right after its values ("anatomical 375cc
#: implant" on the plan) they name the item, not its placement ("Implant: size 5" still is).
ITEM_NOUN_PLACED = frozenset({"implant"})


def _names_the_value(tokens: Sequence[str], value: SpecValue, at: int) -> bool:
    """Whether token `at` follows `value` with only values, units or digits between (the
    noun of the item the value describes: "anatomical 375cc implant")."""
    if at < value.end:
        return False
    return all(
        token[:1].isdigit() or token in _WORD_VALUES or token in _SIZED_KINDS
        for token in tokens[value.end : at]
    )


#: Tokens at most between two values told of one item ("3.5x24 drug-eluting stent").
SAME_ITEM_GAP = 2


def _same_item(first: SpecValue, value: SpecValue, sentence_of: Sequence[int]) -> bool:
    """Whether `value` follows `first` closely in its sentence, as another value of one item."""
    return (
        0 <= value.start - first.end <= SAME_ITEM_GAP
        and sentence_of[first.start] == sentence_of[value.start]
    )


#: Kinds of value told by a word (the implant's type: "cemented", "toric", "biological"), and
#: how many sentences apart their planned and placed values may be: a long report states the
#: plan's type at the top ("consent form: cemented hemiarthroplasty") and what was opened in its
#: timeline, while sizes and powers, which every component and trial has, pair only close by.
_TYPE_KINDS = frozenset(_WORD_VALUES.values())
TYPE_SENTENCES = 6
SIZE_SENTENCES = 1


def _apart(kind: str) -> int:
    """How many sentences apart a planned and a placed value of `kind` may be."""
    return TYPE_SENTENCES if kind in _TYPE_KINDS else SIZE_SENTENCES


#: Parts whose size is the bearing diameter a femoral head must match ("a 36mm head on a 32mm
#: liner"), and the words that join the head to it.
_HEAD_MATCHING_PARTS = frozenset({"liner", "liners", "insert", "poly", "bearing"})
_HEAD_WORDS = frozenset({"head", "heads"})
#: Tokens at most between a value and the part it sizes ("32mm internal diameter acetabular
#: liner"), and between the head's value and the liner's in one sentence.
PART_GAP = 4
BEARING_GAP = 12
#: Bearing diameters of hip heads in mm (a cup or shell is sized by its outer diameter, 44-70).
HEAD_DIAMETERS = (22.0, 44.0)


def _sized_part(tokens: Sequence[str], value: SpecValue) -> str | None:
    """'head' or 'liner': the part a value sizes, read from the words after it ("36mm femoral
    head", "32mm internal diameter acetabular liner"); a head size told for the liner ("a cup
    liner for a 36mm head") is the liner's."""
    after = tokens[value.end : value.end + PART_GAP]
    for token in after:
        if token in _HEAD_MATCHING_PARTS:
            return "liner"
        if token in _HEAD_WORDS:
            before = tokens[max(0, value.start - PART_GAP) : value.start]
            if "for" in before and _HEAD_MATCHING_PARTS & set(before):
                return "liner"
            return "head"
    return None


def _head_diameter(value: SpecValue) -> bool:
    try:
        size = float(value.value)
    except ValueError:
        return False
    return value.kind in ("mm", "size") and HEAD_DIAMETERS[0] <= size <= HEAD_DIAMETERS[1]


def bearing_mismatches(tokens: Sequence[str], sentence_of: Sequence[int]) -> list[SpecMismatch]:
    """A femoral head put with a liner of another bearing diameter in one sentence ("32mm head
    put on a 28mm liner", "36mm femoral head implanted onto a 32mm acetabular liner"): the
    liner's diameter stands as the value the head had to match."""
    heads: list[SpecValue] = []
    liners: list[SpecValue] = []
    for value in spec_values(tokens, sentence_of):
        near = tokens[max(0, value.start - 2) : value.end + 3]
        if not _head_diameter(value) or _TRIAL_WORDS & set(near) or "trialled" in near:
            continue  # a trial head is sized and swapped by design
        part = _sized_part(tokens, value)
        if part == "head":
            heads.append(value)
        elif part == "liner":
            liners.append(value)
    found = []
    for liner in liners:
        # the liner goes with the head told nearest to it ("36mm head and 36mm liner")
        heads_near = [
            head
            for head in heads
            if head.kind == liner.kind
            and sentence_of[head.start] == sentence_of[liner.start]
            and abs(head.start - liner.start) <= BEARING_GAP
        ]
        head = min(heads_near, key=lambda h: abs(h.start - liner.start), default=None)
        if head is not None and float(head.value) != float(liner.value):
            found.append(SpecMismatch(liner, head))
    return found


#: Words right before a value that make it a trial's or a sizer's ("Trial 54 opened first",
#: "trialled 3"), besides the trial words.
_TRIAL_VALUE_WORDS = _TRIAL_WORDS | {"trialled", "trialed"}


def _trial_value(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    clause_breaks: Sequence[int],
    value: SpecValue,
) -> bool:
    """Whether `value` is told as a trial component's or a sizer's size, the trial word right
    beside it in its clause ("trial 54", "trial size 54", "a 54 trial"; not "size 6 trialled.
    Size 7 cemented", nor "28mm; trial reduction")."""

    def beside(j: int) -> bool:
        return (
            0 <= j < len(tokens)
            and sentence_of[j] == sentence_of[value.start]
            and not _separated(clause_breaks, value.start, j)
        )

    before, after = value.start - 1, value.end
    return (beside(before) and tokens[before] in _TRIAL_VALUE_WORDS) or (
        beside(after) and tokens[after] in _TRIAL_WORDS
    )


def _agreeing_plan(
    trial: SpecValue, placed: SpecValue, planned: list[SpecValue], sentence_of: Sequence[int]
) -> bool:
    """Whether a plan told in its own words (not a trial's), near the trial or the placed
    value, states the placed value."""
    return any(
        r.kind == placed.kind
        and r.value == placed.value
        and min(
            abs(sentence_of[r.start] - sentence_of[placed.start]),
            abs(sentence_of[r.start] - sentence_of[trial.start]),
        )
        <= _apart(r.kind)
        for r in planned
    )


def _same_kind(planned: SpecValue, placed: SpecValue) -> bool:
    """Whether two values state one specification: the same kind, or a number measured and a
    size or a length on the same scale ("measured 360 with the ruler", "a 380mm nail")."""
    if planned.kind == placed.kind:
        return True
    kinds = {planned.kind, placed.kind}
    if _MEASURED not in kinds or not kinds - {_MEASURED} <= _MEASURED_UNITS:
        return False
    try:
        low, high = sorted((float(planned.value), float(placed.value)))
    except ValueError:
        return False
    return low > 0 and high / low <= MEASURED_RATIO


#: Kinds told of any item ("long nail", "short screw", "large implant", "small incision"):
#: a planned and a placed value pair only when both name the same item after them.
_ITEM_BOUND_KINDS = frozenset({"length", "size band"})
_ITEM_WORDS = _SIZED_PARTS | {"nails", "screws", "implant", "implants", "prosthesis", "component"}
ITEM_GAP = 3


def _items_after(tokens: Sequence[str], value: SpecValue) -> set[str]:
    """The implant parts named just after a value ("long cephalomedullary nail": nail; "long
    stem ulnar component": stem and component), singular."""
    return {t.rstrip("s") for t in tokens[value.end : value.end + ITEM_GAP] if t in _ITEM_WORDS}


def _same_item_named(tokens: Sequence[str], planned: SpecValue, placed: SpecValue) -> bool:
    """Whether an item-bound pair of values is told of one named item ("long stem ulnar
    component planned ... standard length component used": the component; dev-23182)."""
    if planned.kind not in _ITEM_BOUND_KINDS:
        return True
    return bool(_items_after(tokens, planned) & _items_after(tokens, placed))


def _differ(planned: SpecValue, placed: SpecValue) -> bool:
    """Whether two values of one specification differ (a measured number by its amount: "5"
    and "5.0cm" agree)."""
    if _MEASURED in (planned.kind, placed.kind):
        try:
            return float(planned.value) != float(placed.value)
        except ValueError:
            pass
    return planned.value != placed.value


def _planned_and_placed(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int]
) -> tuple[list[SpecValue], list[SpecValue], set[SpecValue]]:
    """The values told as planned and as placed (by their nearest plan / placement word, or
    the cue of the value of one item told just before), and the trial values among the
    planned (a trial's placement word states the plan)."""
    planned: list[SpecValue] = []
    placed: list[SpecValue] = []
    trials: set[SpecValue] = set()
    previous: tuple[SpecValue, str | None] | None = None
    for value in spec_values(tokens, sentence_of):
        cue = _cue(tokens, sentence_of, value, clause_breaks)
        if cue is None and previous is not None and _same_item(previous[0], value, sentence_of):
            # values of one item told together ("asked for a 3.5x24 drug-eluting stent"): the
            # plan or placement word of the first is the item's
            cue = previous[1]
        previous = (value, cue)
        if _trial_value(tokens, sentence_of, clause_breaks, value):
            trials.add(value)
            if cue == "placed":
                cue = "plan"
        if cue == "plan":
            planned.append(value)
        elif cue == "placed":
            placed.append(value)
    return planned, placed, trials


def mismatches(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int] = ()
) -> list[SpecMismatch]:
    """Pairs of a planned and a different placed value of one specification, stated in the
    same or the next sentence (`clause_breaks`, sorted: a value's own clause is searched for
    its plan / placement word first); values of a type (`_TYPE_KINDS`) may sit further
    apart.

    A trial component's size is a step of the sizing, never the implant put in: a placement
    word told of it ("Trial 54 opened first") is the trial's, and states the plan, as the trial
    used does; and when a plan told in its own words states the size put in ("size 56 cup
    planned and size 56 cup implanted"), a trial of another size beside it is no plan the
    implant went against."""
    planned, placed, trials = _planned_and_placed(tokens, sentence_of, clause_breaks)
    stated = [p for p in planned if p not in trials]
    return [
        SpecMismatch(p, q, far=apart > SIZE_SENTENCES)
        for p in planned
        for q in placed
        if _same_kind(p, q)
        and _differ(p, q)
        and _same_item_named(tokens, p, q)
        and (apart := abs(sentence_of[p.start] - sentence_of[q.start])) <= _apart(p.kind)
        and not (p in trials and _agreeing_plan(p, q, stated, sentence_of))
    ]


#: The tags of an implant record ("implant sticker showed a 54mm cup"): a value told by one
#: is what the record reads, not the implant seen put in.
_RECORD_TAGS = frozenset({"sticker", "stickers", "label", "labels", "barcode", "barcodes"})
RECORD_TAG_REACH = 8


def _told_by_a_record(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    clause_breaks: Sequence[int],
    value: SpecValue,
) -> bool:
    """Whether a record tag stands within RECORD_TAG_REACH tokens before `value` in its clause,
    with no other number between ("implant sticker showed a 54mm cup", "IOL sticker in the op
    note said +22.0D"; not the plan's "20.0D" in "sticker read 19.0D whereas biometry plan
    20.0D")."""
    return any(
        tokens[j] in _RECORD_TAGS
        and sentence_of[j] == sentence_of[value.start]
        and not _separated(clause_breaks, j, value.start)
        and not any(token[:1].isdigit() for token in tokens[j + 1 : value.start])
        for j in range(max(0, value.start - RECORD_TAG_REACH), value.start)
    )


def placed_as_planned(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int] = ()
) -> list[SpecValue]:
    """The values told as placed when each of them is a value a plan states ("the plan said
    23.0D ... 23.0D was implanted"): the implant put in was the planned one by its own value,
    whatever other value a record tag told (a sticker's "23.5D" is the record's, neither plan
    nor placed). None when any value placed differs from any plan's or is one no plan states
    ("size 4 planned, size 5 implanted"), or no value is placed."""
    planned, placed, _ = _planned_and_placed(tokens, sentence_of, clause_breaks)
    planned, placed = (
        [v for v in values if not _told_by_a_record(tokens, sentence_of, clause_breaks, v)]
        for values in (planned, placed)
    )
    if not placed:
        return []
    if all(
        any(_same_kind(p, q) for p in planned)
        and not any(_same_kind(p, q) and _differ(p, q) for p in planned)
        for q in placed
    ):
        return placed
    return []


#: Tokens at most after a statement of the implant put in as the planned one within which its
#: value is read ("IOL implanted was the planned +20D": the power).
STATEMENT_VALUE_AFTER = 4


def planned_in_part(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    statements: Sequence[tuple[int, int]],
    found: Sequence[SpecMismatch],
) -> list[tuple[int, int]]:
    """The spans of the mismatches (`found`) of a kind no value of a statement of the implant
    put in as the planned one names, when the statement names one ("IOL implanted was the
    planned +20D but a toric lens had been planned and a standard monofocal lens was inserted
    in error": the power was planned, the optic was not; review R21 probe 53). A statement
    naming no value ("the lens implanted was the one planned") is of the whole implant."""
    values = spec_values(tokens, sentence_of)
    named: set[str] = set()
    for start, end in statements:
        last = min(len(tokens), end + STATEMENT_VALUE_AFTER)
        named |= {
            v.kind
            for v in values
            if start <= v.start < last and sentence_of[v.start] == sentence_of[start]
        }
    if not named:
        return []
    return [m.span for m in found if m.planned.kind not in named and m.placed.kind not in named]
