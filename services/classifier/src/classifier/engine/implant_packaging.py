"""What was wrong: the implant, or only what it came in or was recorded by.

A report can tell an implant's side, size or owner wrong only on its packaging or paperwork
("outer carton said LEFT", "box misprinted with a different power", "stickers put in the wrong
patient's notes") and then the implant itself checked and right ("the component itself: etched
R", "correct cup was implanted", "lens itself checked against the barcode"). That is a
labelling or filing fault, not a wrong implant (both null). Read as: a fault word told of the
packaging or the stickers, and the implant told right by itself or as the correct one put in.
The stickers and labels of the implant record are told wrong also by a wrong word just before
them ("the wrong stickers were put in the implant record") or as taken from another box, case
or patient ("the sticker put in the notes was from the next pt's box"); a box or packet told so
is the implant's own ("lens box from the next pt's pile" was opened). The implant is told
right also by its value: every value told put in is the one a plan states ("the plan said
23.0D ... 23.0D was implanted"), whatever the sticker read.
A wrong implant told put in ("wrong size head implanted") is left to the rules (the fault then
only explains it), whatever other component is told right beside it.

Pure reading of the document: spans out; the caller adds them to `implant_packaging_only_wrong`.
"""

from __future__ import annotations

from classifier.engine.implant_specs import placed_as_planned
from classifier.engine.rules import Analysis
from classifier.engine.text import Document

#: What an implant comes in or is recorded by: its outer box, label, sticker or record.
PACKAGING_WORDS = frozenset(
    {
        *("carton", "cartons", "box", "boxes", "packet", "packets", "packaging", "outer"),
        *("label", "labels", "labelling", "labeling", "sticker", "stickers", "barcode"),
    }
)
#: Words of a fault of the packaging or the record itself ("misprinted", "mislabelled",
#: "misfiled"); a bare "wrong" or "error" is the implant's own fault as often ("checked the box
#: and it was wrong"), and counts only as below.
PACKAGING_FAULT_WORDS = frozenset(
    {
        *("misprinted", "misprint", "misprints", "mislabelled", "mislabeled", "misfiled"),
        *("mislabelling", "mislabeling", "misfiling"),
    }
)
#: Words of a labelling the fault is told of as an "error" ("a labelling error").
LABELLING_WORDS = frozenset({"labelling", "labeling", "printing"})
#: Words of a fault that count only when told of the labelling ("a labelling error").
LABELLING_ERROR_WORDS = frozenset({"error", "errors", "fault"})
#: Records a sticker is filed wrong in ("stickers put in the wrong patient's notes").
RECORD_WORDS = frozenset({"notes", "records", "record", "chart", "file", "folder"})
WRONG_WORDS = frozenset({"wrong", "incorrect", "another", "other"})
#: How many words after "wrong" its record is read in ("the wrong patient's notes").
RECORD_AFTER = 4
#: How many words after a packaging word its fault is read in (its clause).
FAULT_AFTER = 10
#: Nouns of the implant itself, told apart from its packaging.
IMPLANT_ITSELF_NOUNS = frozenset(
    {
        *("component", "components", "implant", "implants", "lens", "iol", "cup", "stem"),
        *("head", "liner", "insert", "tray", "plate", "prosthesis", "device", "valve"),
    }
)
#: "itself" after an implant noun: the implant checked apart from its box.
ITSELF_WORD = "itself"
#: Words telling the implant put in the correct one ("correct cup was implanted", "Right tray
#: implanted" after a box that said left).
CORRECT_WORDS = frozenset({"correct", "planned", "intended", "right"})
#: Verbs of putting an implant in, after a correct implant.
PUT_IN_WORDS = frozenset({"implanted", "inserted", "used", "fitted", "impacted", "cemented"})
#: How many words after a correct implant its putting in is read in.
PUT_IN_AFTER = 4


#: The tags of the implant record (stickers, labels, a barcode): told wrong, or taken from
#: another box, case or patient, they are the record's fault; a box or packet told so is the
#: implant's own.
RECORD_TAG_WORDS = frozenset({"sticker", "stickers", "label", "labels", "barcode", "barcodes"})
#: Words telling a tag the wrong one, and how many words before it they are read in its clause
#: ("the wrong stickers", "an incorrect lens label").
TAG_WRONG_WORDS = frozenset({"wrong", "incorrect"})
TAG_WRONG_BEFORE = 2
#: Words of where a tag came from ("from the next pt's box", "off a different box", "of another
#: case"), and the words telling that source another one than this implant's, read within
#: SOURCE_REACH words after them.
SOURCE_WORDS = frozenset({"from", "off", "of"})
OTHER_SOURCE_WORDS = frozenset(
    {"another", "other", "next", "previous", "different", "diffrent", "wrong", "adjacent"}
)
SOURCE_REACH = 2


def _tag_told_wrong(doc: Document, at: int) -> bool:
    """Whether the record tag at `at` is told the wrong one by a word just before it in its
    clause ("the wrong stickers were put in the implant record")."""
    before = range(max(0, at - TAG_WRONG_BEFORE), at)
    return any(
        doc.tokens[i] in TAG_WRONG_WORDS
        and doc.sentence_of[i] == doc.sentence_of[at]
        and not any(j in doc.clause_breaks for j in range(i + 1, at + 1))
        for i in before
    )


def _tag_from_another(tokens: list[str], at: int) -> bool:
    """Whether token `at`, after a record tag, tells the tag taken from another box, case or
    patient ("from the next pt's box", "off a different box")."""
    return tokens[at] in SOURCE_WORDS and not OTHER_SOURCE_WORDS.isdisjoint(
        tokens[at + 1 : at + 1 + SOURCE_REACH]
    )


def _fault_at(tokens: list[str], packaging: int, at: int) -> bool:
    """Whether token `at`, after the packaging word at `packaging`, tells a fault of the
    packaging or the record only: a misprint, a labelling error, a sticker filed in the wrong
    record."""
    token = tokens[at]
    if token in PACKAGING_FAULT_WORDS:
        return True
    if token in LABELLING_ERROR_WORDS:
        return tokens[packaging] in LABELLING_WORDS or tokens[at - 1] in LABELLING_WORDS
    if token in WRONG_WORDS:
        return not RECORD_WORDS.isdisjoint(tokens[at + 1 : at + 1 + RECORD_AFTER])
    return False


def _packaging_faults(doc: Document) -> list[int]:
    """The packaging or record words told with a fault after them in their clause ("outer
    carton misprinted", "stickers were put in the wrong patient's notes")."""
    tokens = doc.tokens
    return [
        at
        for at, token in enumerate(tokens)
        if token in PACKAGING_WORDS
        and (
            any(_fault_at(tokens, at, i) for i in doc.after_in_clause(at, at, FAULT_AFTER))
            or (token in RECORD_TAG_WORDS and _record_tag_fault(doc, at))
        )
    ]


def _record_tag_fault(doc: Document, at: int) -> bool:
    """Whether the record tag at `at` is told the wrong one or taken from another box, case or
    patient, in its clause (module docstring)."""
    return _tag_told_wrong(doc, at) or any(
        _tag_from_another(doc.tokens, i) for i in doc.after_in_clause(at, at + 1, FAULT_AFTER)
    )


def _implant_itself_right(doc: Document) -> bool:
    """Whether the implant is told checked by itself ("the component itself"), told the
    correct one put in ("correct cup was implanted", "the planned lens used"), or put in with
    the value a plan states (`placed_as_planned`: "plan said 23.0D ... 23.0D was implanted")."""
    tokens = doc.tokens
    if placed_as_planned(tokens, doc.sentence_of, doc.clause_breaks):
        return True
    for at, token in enumerate(tokens):
        if token == ITSELF_WORD and at > 0 and tokens[at - 1] in IMPLANT_ITSELF_NOUNS:
            return True
        if token in CORRECT_WORDS and at + 1 < len(tokens):
            if tokens[at + 1] not in IMPLANT_ITSELF_NOUNS:
                continue
            after = doc.after_in_clause(at + 1, at + 2, PUT_IN_AFTER)
            if any(tokens[i] in PUT_IN_WORDS for i in after):
                return True
    return False


#: Words telling an implant the wrong one ("wrong size femoral head implanted").
WRONG_IMPLANT_WORDS = frozenset({"wrong", "incorrect", "different"})
#: How many words after a wrong word its implant noun is read in ("wrong size femoral head").
WRONG_IMPLANT_AFTER = 3


def _wrong_implant_put_in(doc: Document) -> bool:
    """Whether an implant is told the wrong one and put in ("Wrong size femoral head
    implanted"): then a right one told beside it ("correct stem used") is another component,
    and the packaging fault only explains the error."""
    tokens = doc.tokens
    for at, token in enumerate(tokens):
        if token not in WRONG_IMPLANT_WORDS:
            continue
        nouns = [
            i
            for i in doc.after_in_clause(at, at + 1, WRONG_IMPLANT_AFTER)
            if tokens[i] in IMPLANT_ITSELF_NOUNS
        ]
        if nouns and any(
            tokens[i] in PUT_IN_WORDS for i in doc.after_in_clause(at, nouns[0] + 1, PUT_IN_AFTER)
        ):
            return True
    return False


def packaging_only_wrong(analysis: Analysis) -> list[tuple[int, int]]:
    """The packaging words of a fault told only of the implant's packaging or record, in a
    report telling the implant itself right (module docstring); none otherwise."""
    doc = analysis.doc
    faults = _packaging_faults(doc)
    if not faults or not _implant_itself_right(doc) or _wrong_implant_put_in(doc):
        return []
    return [(at, at + 1) for at in faults]
