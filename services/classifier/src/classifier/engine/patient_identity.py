"""The wrong patient: the person at a procedure was not the one it was meant for.

A wrong-patient report is told through identity confusion in endless ways (two Mr Khans, twins,
bed 14 for bed 15, a wristband with another hospital number, "the pt on the couch was not the
booked pt"). This reading does not list those wordings; it reads three things of the narrative:

- the CONFUSION: two identities set against each other (two titled persons, two twins, two
  numbered beds, bays, wards or rooms told apart), a same or similar name, identifiers told as
  not matching at a check, or the person told as not the one listed or as the wrong one; as
  clinics, wards and maternity tell it too: two names spelt alike side by side ("Baby Evans and
  Baby Evens"), "the wrong one" after two persons were named, the person told as a different
  one ("the child in bed 6 was a different baby") or as on another list ("he was on the TP
  biopsy list in the next room"), or taken in another person's place ("bed 4 pt taken instead
  of bay 5 pt");
- the PERSON AT THE PROCEDURE: someone brought, called, collected, sent, wheeled, taken in,
  positioned, prepped or gowned, or found on the table, trolley or couch or in the anaesthetic
  or procedure room, or the procedure's kit set up at their bed, or taken, sent or sedated
  for a procedure in another's place ("bed 4 pt taken for the OGD meant for bed 9", "taken
  instead of bay 5 pt"), not for their own, or sent to the room of a procedure ("sent to IR"),
  or the device put in them itself ("the PICC was placed in the wrong pt", a device so put in
  being the invasive procedure), or the operator gone to their bed to do it ("Reg went to bed 6
  to do the ascitic drain"); not a paper carried ("the wrong patient's notes were brought to
  theatre", "placed in the wrong patient's notes");
- the OUTCOME: the procedure told done on that person (had, underwent, a procedure done,
  inserted or performed, not a redo told later nor an act told after "nothing done") is never
  event 1; otherwise the person sent back, the correct one fetched or gone to ("went to the
  right bed"), or a catch told (context's prevented cues, the error spotted at a check:
  "Spotted at WHO checklist", or the confusion told after an identity check: "checked ID
  against the wristband, wrong pt") is near miss 1, and the phrase rules of the wrong patient
  sent to theatre or taken instead yield to it.

Another patient's paper only (a consent form, results, notes or labels filed with the right
patient) is no person at the procedure: with no one brought or on the table, nothing is added.
"""

from __future__ import annotations

from classifier.engine.act_record import SURGICAL_PROCEDURE
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span

#: The concepts this reading adds (reasoning only: never_events.yaml).
WRONG_PERSON_STOPPED = "wrong_person_stopped"
WRONG_PERSON_OPERATED = "wrong_person_operated"
DEVICE_PUT_IN_WRONG_PERSON = "device_put_in_wrong_person"

TITLES = frozenset({"mr", "mrs", "ms", "miss", "master", "mstr"})
#: Words that set one named person against another ("instead of", "not", "the list had").
SET_AGAINST_WORDS = frozenset(
    {
        "instead",
        "rather",
        "not",
        "but",
        "vs",
        "v",
        "whereas",
        "list",
        "booking",
        "request",
        "consent",
        "slip",
        "meant",
        "booked",
        "listed",
        "actually",
        "different",
        "another",
        "other",
    }
)
#: Places and pairs a person is told by ("bed 14", "bay 3", "twin 2", "ward 19").
NUMBERED_PLACES = frozenset(
    {"bed", "bay", "room", "rm", "ward", "cubicle", "chair", "trolley", "twin", "side-room"}
)
PLACE_LETTERS = frozenset({"a", "b", "c", "d", "1", "2", "3"})
#: Words that tell two persons of one name ("same surname", "similar names", "identical twins").
LIKENESS_WORDS = frozenset({"same", "similar", "identical", "near-identical", "alike"})
NAME_WORDS = frozenset(
    {"name", "names", "surname", "surnames", "first-name", "initial", "initials", "dob", "twins"}
)
PAIR_WORDS = frozenset({"two", "2", "both"})
CALLED_WORDS = frozenset({"called", "named"})
PERSON_WORDS = frozenset(
    {
        "pt",
        "pts",
        "patient",
        "patients",
        "person",
        "lady",
        "ladies",
        "man",
        "men",
        "woman",
        "women",
        "gentleman",
        "gent",
        "child",
        "children",
        "baby",
        "babies",
        "boy",
        "girl",
        "twin",
        "twins",
        "one",
        "namesake",
    }
)
#: The identifiers read at a check, and the words telling them as not matching.
IDENTIFIER_WORDS = frozenset(
    {
        "wristband",
        "wristbands",
        "band",
        "bands",
        "nameband",
        "armband",
        "bracelet",
        "dob",
        "dobs",
        "birth",
        "nhs",
        "hospital",
        "hosp",
        "mrn",
        "[mrn]",
        "[nhs_number]",
        "[date_of_birth]",
        "number",
        "no",
        "details",
        "identity",
        "id",
        "name",
        "names",
        "surname",
    }
)
MATCH_WORDS = frozenset({"match", "matched", "matching", "correspond", "corresponded", "tally"})
MATCH_NEGATORS = frozenset(
    {"not", "didnt", "didn", "dont", "don", "doesnt", "doesn", "never", "no", "non", "wasnt"}
)
MISMATCH_WORDS = frozenset(
    {"mismatch", "mismatched", "differed", "different", "diff", "discrepancy", "differing"}
)
IDENTIFIER_REACH = 8
#: The person told as not the one meant ("not the listed pt", "was actually the next pt").
NOT_THE_ONE_WORDS = frozenset(
    {
        "listed",
        "booked",
        "right",
        "correct",
        "intended",
        "expected",
        "consented",
        "scheduled",
        "planned",
        "same",
        "next",
        "other",
        "referred",
    }
)
WRONG_WORDS = frozenset({"wrong", "incorrect"})
#: What a person is brought, called or set up by for a procedure.
PRESENCE_VERBS = frozenset(
    {
        "brought",
        "collected",
        "fetched",
        "called",
        "wheeled",
        "escorted",
        "positioned",
        "prepped",
        "draped",
        "gowned",
        "answered",
    }
)
#: ... and verbs of going that tell it only with their way in ("came through", "taken into the
#: room", "sent down"): not "went for their showers" nor "radiographs taken".
GOING_VERBS = frozenset({"came", "went", "walked", "taken", "sent", "stood"})
GOING_WAYS = frozenset({"in", "into", "through", "down", "round", "up"})
#: ... or with "to" and the place a procedure is done in ("sent to IR", "taken to theatre"), not
#: any place ("sent to the ward").
PROCEDURE_PLACES = frozenset(
    {"ir", "theatre", "theatres", "radiology", "endoscopy", "cath", "angio", "suite", "lab"}
)
PRESENCE_PLACES = (
    ("anaesthetic", "room"),
    ("anaes", "room"),
    ("procedure", "room"),
    ("treatment", "room"),
    ("on", "the", "table"),
    ("on", "table"),
    ("on", "the", "trolley"),
    ("on", "trolley"),
    ("on", "the", "couch"),
    ("on", "couch"),
    ("in", "the", "room"),
    ("into", "the", "room"),
    ("into", "room"),
    ("in", "position"),
    ("cath", "lab"),
    ("in", "the", "chair"),
    # the procedure's kit set up at the person's bed ("LP tray set up at bed 6"), not at an hour
    # ("PCA set up at 0200")
    ("set", "up", "at", "bed"),
    ("set", "up", "by", "bed"),
    ("set", "up", "beside", "bed"),
    ("set", "up", "next", "to", "bed"),
)
#: Verbs of the operator starting on the person, after "went to" ("went to insert").
OPERATOR_START_VERBS = frozenset(
    {"insert", "do", "perform", "start", "begin", "divide", "scope", "inject", "take", "site"}
)
PRESENCE_ROOMS = frozenset({"room", "rm", "lab", "theatre", "suite", "table", "couch", "trolley"})
#: Papers and products that are carried or filed, not persons ("notes were brought", "sent the
#: form", "unit brought to the bay", "sent back to lab").
PAPER_WORDS = frozenset(
    {
        "notes",
        "note",
        "form",
        "forms",
        "consent",
        "results",
        "result",
        "bloods",
        "letter",
        "letters",
        "labels",
        "label",
        "sticker",
        "stickers",
        "paperwork",
        "ecg",
        "request",
        "referral",
        "sample",
        "samples",
        "specimen",
        "folder",
        "chart",
        "checklist",
        "slip",
        "tto",
        "ttos",
        "prescription",
        "report",
        "x-ray",
        "xray",
        "appointment",
        "records",
        # blood products and what carries them (another helper's never event 12)
        "unit",
        "units",
        "bag",
        "blood",
        "cells",
        "platelets",
        "ffp",
        "component",
        "tag",
        "lab",
        "pharmacy",
    }
)
PAPER_REACH = 3
#: The person sent back or swapped for the right one, the procedure stopped before it began.
STOPPED_WORDS = frozenset(
    {"returned", "swapped", "stopped", "aborted", "abandoned", "halted", "cancelled", "postponed"}
)
RIGHT_PERSON_WORDS = frozenset({"correct", "right", "intended", "listed", "booked", "proper"})
#: The act told done on the person ("had flexi cystoscopy", "PICC inserted", "LP done").
UNDERWENT_WORDS = frozenset({"underwent", "undergone"})
HAD_WORDS = frozenset({"had", "received"})
DONE_WORDS = frozenset(
    {
        "done",
        "performed",
        "inserted",
        "completed",
        "carried",
        "sited",
        "divided",
        "injected",
        "biopsied",
        "operated",
        "excised",
        "removed",
        "scoped",
        "anaesthetised",
        "sedated",
        "incised",
        "started",
        "commenced",
        "begun",
        "passed",
        "infiltrated",
        "x-rayed",
        "exposed",
    }
)
#: What may follow "had" and is no procedure ("had been prepped", "had the wrong notes").
HAD_NOT_AN_ACT = frozenset(
    {
        "been",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "no",
        "not",
        "nothing",
        "to",
        "already",
        "same",
        "similar",
        "identical",
        "different",
        "diff",
        "wrong",
        "another",
        "other",
        "surname",
        "name",
        "names",
        "dob",
        "got",
        "just",
        "only",
    }
)
#: A person put under for the procedure ("was anaesthetised", "had been sedated").
PUT_UNDER_WORDS = frozenset({"anaesthetised", "anesthetized", "sedated", "intubated", "induced"})
PROCEDURE_NOUNS = frozenset(
    {
        "procedure",
        "operation",
        "op",
        "surgery",
        "biopsy",
        "cystoscopy",
        "cysto",
        "flexi",
        "colonoscopy",
        "gastroscopy",
        "ogd",
        "endoscopy",
        "bronchoscopy",
        "scope",
        "lp",
        "tap",
        "drain",
        "picc",
        "block",
        "injection",
        "ablation",
        "excision",
        "angiogram",
        "angiography",
        "arthroscopy",
        "hysteroscopy",
        "frenotomy",
        "circumcision",
        "spinal",
        "epidural",
        "arm",
        "lletz",
        "sigmoidoscopy",
        "ercp",
        "novasure",
        "polypectomy",
        "repair",
        "release",
        "aspiration",
        "aspirate",
        # a bone marrow aspirate and trephine told short ("BMAT performed on Mr A": dev-176353)
        "trephine",
        "bmat",
        "bma",
        "sheath",
        "lesion",
        "punch",
    }
)
NOT_DONE_WORDS = frozenset(
    {
        "no",
        "not",
        "nothing",
        "never",
        "before",
        "until",
        "prior",
        "about",
        "without",
        "wasnt",
        "wasn",
        "werent",
        "weren",
        "hadnt",
        "hadn",
        "nor",
        "or",
    }
)
#: Words telling the act of the right person, later or as planned (the redo, not the error).
REDO_WORDS = frozenset(
    {"later", "correctly", "tomorrow", "subsequently", "afterwards", "rebooked", "re-listed"}
)
#: Acts on the body told done with no noun needed ("excised a 6mm lesion", "LA infiltrated").
INVASIVE_DONE_WORDS = frozenset(
    {"excised", "infiltrated", "incised", "biopsied", "inserted", "injected", "sutured", "divided"}
)
#: An incision told made ("L knee incision made", "skin incision was made", "made the first
#: incision", "was making the cut"): the knife on the body, the procedure begun (review r22's
#: templated booking, the wrong knee incised before the error was seen). The verbs, the cut's
#: nouns, and how many tokens from the verb the noun may stand, in its sentence.
MADE_WORDS = frozenset({"made", "making"})
INCISION_WORDS = frozenset({"incision", "incisions", "cut", "cuts"})
INCISION_REACH = 3
#: A device told placed in the person in a passive ("a R nephrostomy was placed", "stent and
#: drain were placed"): the verb, the passive words before it, and the devices it is told of
#: (a person "placed on the table" is no act: no device before the verb).
PLACED_WORDS = frozenset({"placed", "put"})
#: "put" tells a device placed only with its way in after it ("a drain was put in"); without it
#: the device is set aside, not placed ("the drain was put on hold", "stent was put back").
PUT_WORD = "put"
PUT_IN_WORDS = frozenset({"in", "into", "up", "through"})
#: Words after "placed" that tell the device's plan set aside, not the device placed in anyone
#: ("drain was placed on hold", "the stent was placed back in the tray").
SET_ASIDE_AFTER_PLACED = frozenset({"hold", "aside", "back", "away"})
PLACED_DEVICE_NOUNS = frozenset(
    {
        *("nephrostomy", "stent", "stents", "catheter", "line", "cannula", "port", "tube"),
        *("drain", "picc", "gastrostomy", "peg", "pacemaker", "portacath", "shunt", "clip"),
    }
)
#: A transfusion or an imaging exposure told: another never event's wrong patient (12) or none
#: (IR(ME)R), not a procedure's.
OTHER_SCOPE_WORDS = frozenset(
    {
        "transfusion",
        "transfused",
        "unit",
        "units",
        "platelets",
        "ffp",
        "spiked",
        "spiking",
        "x-rayed",
        "xray",
        "x-ray",
        "cxr",
        "radiograph",
        "radiographs",
        "bitewings",
        "exposure",
        "sample",
        "letter",
        # an implant or lens meant for another patient is never event 2's
        "lens",
        "iol",
        "implant",
        "prosthesis",
    }
)
#: "Unit" is a blood unit counted or named by its component ("2 units", "the unit", "a red
#: cell unit"), a place when another word names it ("day unit", "endoscopy unit").
UNIT_WORDS = frozenset({"unit", "units"})
UNIT_COUNT_WORDS = frozenset(
    {"a", "an", "the", "one", "two", "each", "this", "that", "these", "those", "of", "another"}
    | {"first", "second", "third", "next", "other", "same", "wrong", "correct", "further"}
)
BLOOD_UNIT_WORDS = frozenset(
    {"blood", "cell", "cells", "platelet", "platelets", "plasma", "ffp", "rbc", "prc", "cryo"}
    | {"neg", "negative", "pos", "positive", "donor", "emergency", "transfusion"}
)
#: A blood product or what carries it told anywhere ("PBSC harvest bag ... the apheresis
#: unit"): a unit named as a place still leaves the report to the product's readings.
BLOOD_CARRIER_WORDS = BLOOD_UNIT_WORDS | frozenset(
    {"bag", "bags", "product", "products", "component", "components", "harvest", "donation"}
)
#: Words of the procedure booked or meant, before or opening a reached cue ("booked for",
#: "listed for"), and the purpose ("for a pacemaker box change").
BOOKED_WORDS = frozenset(
    {"booked", "listed", "scheduled", "planned", "consented", "due", "meant", "for"}
)
#: Words of a check bearing the person out ("confirmed she was the pt booked for the OGD").
CONFIRMING_WORDS = frozenset({"confirmed", "checked", "verified", "confirm", "check", "correct"})
#: The words of a passive before a named procedure's participle ("had been scoped", "was
#: cannulated").
PASSIVE_WORDS = frozenset({"was", "were", "been"})
ACT_LOOK = 6
NOT_DONE_BEFORE = 4
#: Words just before a calling verb that make it persons named ("two pts called Jones").
NAMED_PERSON_WORDS = PERSON_WORDS | PAIR_WORDS
#: How many tokens after a title the title set against it may stand, in its sentence.
TITLE_REACH = 25
#: How many tokens after a numbered place the one numbered otherwise may stand.
NUMBERED_PLACE_REACH = 30
#: How many tokens before a matching word its negation may stand ("didnt match").
MATCH_NEGATION_BEFORE = 3
#: How many tokens after the person's own name the record may stand, in its sentence.
OWN_NAME_RECORD_REACH = 12
#: How many tokens before and after an act the redo or the right person may be told.
REDO_BEFORE = 6
REDO_AFTER = 8
#: How many tokens before a done word the procedure's noun may stand ("LP done").
DONE_NOUN_BEFORE = 6


def _words_at(tokens: list[str], at: int, words: tuple[str, ...]) -> bool:
    return tuple(tokens[at : at + len(words)]) == words


def _two_titled_persons(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """A title set against another title in its sentence ("Mrs Oduya instead of Mrs Oduye",
    "brought Mrs Lewis - the pt on the list was Mrs Lewes"); not one name told twice ("called
    Mr Khan, the man who answered was Mr Khan")."""
    if tokens[at] not in TITLES:
        return False
    sentence = sentence_of[at]
    for other in range(at + 3, min(len(tokens), at + TITLE_REACH)):
        if sentence_of[other] != sentence:
            return False
        if tokens[other] in TITLES:
            return not SET_AGAINST_WORDS.isdisjoint(tokens[at + 1 : other])
    return False


def _numbered_places_told_apart(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """A numbered place with one of its kind numbered otherwise in its sentence or the next
    ("bed 14 instead of bed 15", "twin 2 ... twin 1", "ward 8 ... ward 18")."""
    kind = tokens[at]
    if kind not in NUMBERED_PLACES or at + 1 >= len(tokens):
        return False
    number = tokens[at + 1]
    if not (number.isdigit() or number in PLACE_LETTERS):
        return False
    sentence = sentence_of[at]
    for other in range(at + 2, min(len(tokens) - 1, at + NUMBERED_PLACE_REACH)):
        if sentence_of[other] > sentence + 1:
            break
        if tokens[other] == kind and tokens[other + 1] != number:
            other_number = tokens[other + 1]
            if other_number.isdigit() or other_number in PLACE_LETTERS:
                return True
    return False


def _same_name_told(tokens: list[str], at: int) -> bool:
    """A likeness of names ("same surname", "similar name and DOB", "identical twins") or two
    persons called alike ("two pts called Smith", "2 Mr Khans")."""
    token = tokens[at]
    after = tokens[at + 1 : at + 4]
    if token in LIKENESS_WORDS:
        return any(word in NAME_WORDS for word in after)
    if token in PAIR_WORDS:
        if after[:1] and after[0] in TITLES:
            return True
        # "two pts called Smith", "2 ladies named Brown": the naming word straight after
        return len(after) >= 2 and after[0] in PERSON_WORDS and after[1] in CALLED_WORDS
    return token == "twins"


#: Words that lead a person's name ("Mrs Ann Patel", "Baby Evans"): a title, or "baby" before a
#: newborn's surname.
NAME_LEADING_WORDS = TITLES | frozenset({"baby"})
#: How many tokens of a name are read after its leading word (first name and surname).
NAME_LENGTH = 2
#: Spelling likeness of two names: the shorter at least this long, and at most this many edits
#: apart ("Evans"/"Evens", "Price"/"Pryce", "Lewis"/"Lewin")...
ALIKE_MIN_LENGTH = 4
ALIKE_EDITS = 2
#: ... or the shorter name the start of the longer ("Sara"/"Sarah", "Roberts"/"Robertson").
ALIKE_PREFIX_LENGTH = 3


def _edits(first: str, second: str) -> int:
    """The edit distance of two short words."""
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i]
        for j, b in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]


def _spelt_alike(first: str, second: str) -> bool:
    """Two different names spelt alike: one the start of the other, or a couple of edits apart
    with the same first letter ("Morris"/"Morriss", "Evans"/"Evens")."""
    if first == second or not (first.isalpha() and second.isalpha()):
        return False
    short, long_ = sorted((first, second), key=len)
    if len(short) >= ALIKE_PREFIX_LENGTH and long_.startswith(short):
        return True
    return (
        len(short) >= ALIKE_MIN_LENGTH
        and first[0] == second[0]
        and _edits(first, second) <= ALIKE_EDITS
    )


def _name_after(tokens: list[str], breaks: frozenset[int], at: int) -> list[str]:
    """The words of the name led by token `at`, up to NAME_LENGTH, not across a clause break."""
    name: list[str] = []
    for i in range(at + 1, min(len(tokens), at + 1 + NAME_LENGTH)):
        if i in breaks or not tokens[i].isalpha():
            break
        name.append(tokens[i])
    return name


def _alike_names_side_by_side(
    tokens: list[str], sentence_of: list[int], breaks: frozenset[int], at: int
) -> bool:
    """Two persons of alike names told in one sentence ("Mrs Sarah Jones ... and Ms Sara
    Jones", "band says Baby Lewis but list says Baby Lewin", "Mr Tom Price & Mr Tom Pryce"):
    the first names spelt alike, or the same first name and surnames spelt alike; not one name
    told twice."""
    if tokens[at] not in NAME_LEADING_WORDS:
        return False
    name = _name_after(tokens, breaks, at)
    if not name:
        return False
    sentence = sentence_of[at]
    for other in range(at + 2, min(len(tokens), at + TITLE_REACH)):
        if sentence_of[other] != sentence:
            return False
        if tokens[other] not in NAME_LEADING_WORDS:
            continue
        other_name = _name_after(tokens, breaks, other)
        if not other_name:
            continue
        if _spelt_alike(name[0], other_name[0]):
            return True
        if name[0] == other_name[0] and len(name) > 1 and len(other_name) > 1:
            return _spelt_alike(name[1], other_name[1])
    return False


#: Persons told as more than one ("two patients", "2 babies"): a pair word before one of these.
PLURAL_PERSON_WORDS = frozenset({"patients", "pts", "babies", "ladies", "men", "women", "children"})


def _two_persons_told(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Two persons told at token `at`: two titles in one sentence ("Mrs [NAME] (lipoma) and
    Ms [NAME] (skin tag)") or a pair of persons ("two patients in the waiting room")."""
    token = tokens[at]
    if token in PAIR_WORDS:
        return tokens[at + 1 : at + 2] != [] and tokens[at + 1] in PLURAL_PERSON_WORDS
    if token not in TITLES:
        return False
    sentence = sentence_of[at]
    return any(
        tokens[other] in TITLES
        for other in range(at + 2, min(len(tokens), at + TITLE_REACH))
        if sentence_of[other] == sentence
    )


def _wrong_one_of_two(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """The wrong one told after two persons were set side by side ("Mrs [NAME] and Ms [NAME]
    ... The wrong one was called"): the one is a person, not a wrong item."""
    if tokens[at] not in WRONG_WORDS or tokens[at + 1 : at + 2] != ["one"]:
        return False
    return any(_two_persons_told(tokens, sentence_of, i) for i in range(at))


#: Words of a list or session a person is on ("on the TP biopsy list", "on the pm session").
LIST_WORDS = frozenset({"list", "session", "clinic"})
#: Words that make that list another one than the one the person was called for.
OTHER_LIST_WORDS = frozenset({"next", "other", "another", "different", "wrong"})
#: How far after "was on the" the list word may stand ("was on the TP biopsy list").
LIST_REACH = 5
#: What a word of another list must qualify, just after it: a list or a room, not a time ("on
#: the list for next week" is this person's list, another day).
OTHER_LIST_PLACES = LIST_WORDS | frozenset(
    {"room", "theatre", "theatres", "bay", "suite", "lab", "unit", "ward", "door"}
)


def _on_another_list(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """The person told as on another list ("He was on the TP biopsy list in the next room",
    "she was on the other session's list"): "was on the" with a list word within LIST_REACH
    and a word of another list or room in the same sentence."""
    if tokens[at] not in ("was", "were") or tokens[at + 1 : at + 3] != ["on", "the"]:
        return False
    sentence = sentence_of[at]
    following = [
        tokens[i] for i in range(at + 3, min(len(tokens), at + 12)) if sentence_of[i] == sentence
    ]
    return not LIST_WORDS.isdisjoint(following[:LIST_REACH]) and any(
        word in OTHER_LIST_WORDS and not OTHER_LIST_PLACES.isdisjoint(following[i + 1 : i + 3])
        for i, word in enumerate(following)
    )


#: Words that tell the person present as another one ("was a different baby", "is another pt").
ANOTHER_WORDS = frozenset({"different", "another"})
#: Verbs before them that tell who the person present was.
BEING_WORDS = frozenset({"was", "is", "were", "be"})


def _person_told_as_another(tokens: list[str], at: int) -> bool:
    """The person told as a different one ("the child now in bed 6 was a different baby", "turned
    out to be another patient"); not busy "with a different patient", nor another person's paper
    ("was a different patient's form")."""
    if tokens[at] not in ANOTHER_WORDS or at < 1:
        return False
    before = tokens[at - 2 : at] if tokens[at - 1] in ("a", "an") else tokens[at - 1 : at]
    if not before or before[0] not in BEING_WORDS:
        return False
    after = tokens[at + 1 : at + 3]
    if not after or after[0] not in PERSON_WORDS or after[0] == "one":
        return False
    return after[1:2] not in (["s"], ["-s"], ["'s"])


def _identifiers_mismatch(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """A not-matching word with an identifier before it in its sentence ("wristband didnt match
    the consent", "DOBs didn't match", "hosp no on wristband differed", "spotted the mismatch")."""
    token = tokens[at]
    if token in MATCH_WORDS:
        if not any(
            word in MATCH_NEGATORS for word in tokens[max(0, at - MATCH_NEGATION_BEFORE) : at]
        ):
            return False
    elif token not in MISMATCH_WORDS:
        return False
    if token in ("different", "diff", "differing"):
        # "different DOB", "diff hospital no": the identifier told straight after
        return any(word in IDENTIFIER_WORDS for word in tokens[at + 1 : at + 3])
    sentence = sentence_of[at]
    start = max(0, at - IDENTIFIER_REACH)
    around = [
        tokens[i]
        for i in range(start, min(len(tokens), at + 4))
        if sentence_of[i] == sentence and i != at
    ]
    return any(word in IDENTIFIER_WORDS for word in around) or token == "mismatch"


def _person_not_the_one(tokens: list[str], at: int) -> bool:
    """The person told as not the one meant ("not the listed pt", "the wrong pt came through",
    "was actually the next pt"); not a paper of the wrong patient ("the wrong pt's notes")."""
    token = tokens[at]
    after = tokens[at + 1 : at + 5]
    if token == "not" and after[:1] == ["the"]:
        return (
            len(after) >= 3
            and after[1] in NOT_THE_ONE_WORDS
            and after[2] in PERSON_WORDS
            and after[1] not in ("same", "other")
        ) or (len(after) >= 2 and after[1] in ("pt", "patient", "person", "one"))
    if token in WRONG_WORDS and after:
        person = after[0] in PERSON_WORDS or after[0] in TITLES
        paper = len(after) > 1 and after[1] in ("s", "-s", "'s")
        return person and not paper and after[0] != "one"
    if token == "actually" and after[:1] == ["the"]:
        return (
            len(after) >= 3
            and after[1] in ("next", "other", "previous")
            and (after[2] in PERSON_WORDS)
        )
    if token == "actually":
        # "was actually booked for a colonoscopy", "was actually there for a drain change"
        return bool(after) and after[0] in ("booked", "listed", "there", "here", "due", "for")
    return False


#: Verbs a person is sent to a procedure by, read with the procedure meant for another after
#: them ("bed 4 pt taken for the OGD meant for bed 9", "sedated for the scope meant for bay 2").
SENT_FOR_VERBS = frozenset({"taken", "sent", "brought", "wheeled"}) | PUT_UNDER_WORDS
#: Words that, after the sending verb, tell the person set in another's place ("taken instead
#: of bay 5 pt") or the procedure as another's ("... meant for bed 9").
IN_PLACE_WORDS = frozenset({"instead", "rather"})
#: How many tokens after "instead of" the person set aside may stand ("instead of the pt in bed
#: 12", "instead of bay 5 pt").
IN_PLACE_REACH = 5


#: How many tokens the procedure a person was sent for may take between the sending verb's "for"
#: and "instead" ("taken for OGD instead of bed 9 pt", "sent for the CT guided biopsy instead
#: of ...").
FOR_PROCEDURE_REACH = 4
FOR_WORD = "for"


def _in_place_word_after(tokens: list[str], at: int) -> int | None:
    """The index of "instead"/"rather" told of the sending verb at `at`: straight after it, or
    after the procedure it was for ("taken for OGD instead of ..."), None when there is none."""
    if tokens[at + 1 : at + 2] == []:
        return None
    if tokens[at + 1] in IN_PLACE_WORDS:
        return at + 1
    if tokens[at + 1] != FOR_WORD:
        return None
    for i in range(at + 2, min(len(tokens), at + 3 + FOR_PROCEDURE_REACH)):
        if tokens[i] in IN_PLACE_WORDS:
            return i
    return None


def _other_told_as_person(tokens: list[str], in_place: int) -> bool:
    """Whether the one set aside after "instead of" is a person (a person word, a title, a bed
    or bay), not a thing chosen over another ("rather than a GA", "instead of colonoscopy")."""
    other = tokens[in_place + 1 : in_place + 1 + IN_PLACE_REACH]
    return any(
        word in PERSON_WORDS or word in TITLES or word in NUMBERED_PLACES
        for word in other
        if word != "one"
    )


def _taken_in_anothers_place(tokens: list[str], at: int) -> bool:
    """A person sent or put under in another's place, the other told as a person ("bed 4 pt
    taken instead of bay 5 pt", "sedated rather than the pt in bed 2", "taken for OGD instead
    of bed 9 pt"); not a thing chosen over another ("sedated rather than a GA")."""
    if tokens[at] not in SENT_FOR_VERBS:
        return False
    in_place = _in_place_word_after(tokens, at)
    return in_place is not None and _other_told_as_person(tokens, in_place)


def _brought_for_one_booked_for_another(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """The person told, after the procedure they were there for, as the one booked for another
    ("Pt brought into the cath lab for coronary angiography was the pt booked for a PPM box
    change"): "was the pt (lady, one...) booked for" with a "for" earlier in its sentence and no
    check confirming it ("confirmed she was the pt booked for the OGD")."""
    if tokens[at] not in ("was", "is") or tokens[at + 1 : at + 2] not in (["the"], ["a"]):
        return False
    after = tokens[at + 2 : at + 4]
    if len(after) < 2 or (after[0] not in PERSON_WORDS and after[0] != "one"):
        return False
    if after[1] not in BOOKED_WORDS - {"for"}:
        return False
    start = at
    while start > 0 and sentence_of[start - 1] == sentence_of[at]:
        start -= 1
    before = tokens[start:at]
    return "for" in before and CONFIRMING_WORDS.isdisjoint(before)


OWN_NAME_RECORDS = frozenset(
    {"list", "consent", "band", "wristband", "request", "booking", "notes", "slip", "form"}
)


def _own_name_set_against_a_record(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """The person's own name told and a record in the same sentence ("said her name was Amy
    Collins, theatre list had Amy Collings", "gave his own details - mismatch with the form")."""
    if tokens[at] not in ("name", "details") or not at:
        return False
    if tokens[at - 1] not in ("her", "his", "their", "own"):
        return False
    sentence = sentence_of[at]
    return any(
        tokens[i] in OWN_NAME_RECORDS
        for i in range(at + 1, min(len(tokens), at + OWN_NAME_RECORD_REACH))
        if sentence_of[i] == sentence
    )


#: The words a confusion can be told at: each reading below reads only at one of these.
CONFUSION_WORDS = (
    TITLES
    | NUMBERED_PLACES
    | LIKENESS_WORDS
    | PAIR_WORDS
    | MATCH_WORDS
    | MISMATCH_WORDS
    | WRONG_WORDS
    | NAME_LEADING_WORDS
    | ANOTHER_WORDS
    | SENT_FOR_VERBS
    | frozenset({"twins", "not", "actually", "name", "details", "was", "is"})
)


def confusions(analysis: Analysis) -> list[Span]:
    """Where the narrative tells two identities confused (see the module's docstring)."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    breaks = frozenset(doc.clause_breaks)
    return [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in CONFUSION_WORDS
        and (
            _two_titled_persons(tokens, sentence_of, at)
            or _alike_names_side_by_side(tokens, sentence_of, breaks, at)
            or _person_told_as_another(tokens, at)
            or _wrong_one_of_two(tokens, sentence_of, at)
            or _on_another_list(tokens, sentence_of, at)
            or _numbered_places_told_apart(tokens, sentence_of, at)
            or _same_name_told(tokens, at)
            or _identifiers_mismatch(tokens, sentence_of, at)
            or _person_not_the_one(tokens, at)
            or _own_name_set_against_a_record(tokens, sentence_of, at)
            or _brought_for_one_booked_for_another(tokens, sentence_of, at)
            or _taken_in_anothers_place(tokens, at)
        )
    ]


def _paper_near(tokens: list[str], at: int) -> bool:
    """A paper or product told as what was carried: before the verb ("the notes were brought",
    "result letter sent") or straight after it ("brought the notes")."""
    around = [*range(max(0, at - PAPER_REACH), at), *range(at + 1, min(len(tokens), at + 3))]
    return any(tokens[i] in PAPER_WORDS and not _unit_as_a_place(tokens, i) for i in around)


MEANT_WORDS = frozenset({"meant", "intended"})
#: How many tokens after the sending verb the procedure's "meant for" may stand.
MEANT_FOR_REACH = 8


def sent_in_anothers_place(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the verb at `at` tells a person sent or put under for a procedure in another's
    place: "instead"/"rather" straight after it ("taken instead of bay 5 pt"), or "for" after it
    with "meant for"/"intended for" later in its sentence ("taken for the gastroscopy meant for
    bed 9"). Not a person only taken for their own procedure ("taken for her colonoscopy")."""
    following = tokens[at + 1 : at + 2]
    if not following:
        return False
    if following[0] in IN_PLACE_WORDS:
        return True
    if following[0] != FOR_WORD:
        return False
    in_place = _in_place_word_after(tokens, at)
    if in_place is not None and _other_told_as_person(tokens, in_place):
        return True  # "taken for OGD instead of bed 9 pt"
    return any(
        tokens[i] in MEANT_WORDS and tokens[i + 1 : i + 2] == ["for"]
        for i in range(at + 2, min(len(tokens) - 1, at + 2 + MEANT_FOR_REACH))
        if sentence_of[i] == sentence_of[at]
    )


#: Words before "the correct pt" telling the act done on or in that person ("done on the correct
#: woman", "nephrostomy placed in the right pt").
ON_PERSON_WORDS = frozenset({"on", "in", "into"})
#: Determiners that may stand between "in"/"on" and "wrong" ("in the wrong pt", "on a wrong
#: patient").
DETERMINERS = frozenset({"the", "a", "an"})


def into_the_wrong_person(tokens: list[str], at: int) -> bool:
    """Whether the "in"/"into"/"on" at `at` leads the wrong person ("placed in the wrong pt",
    "done on the incorrect patient"), not the wrong person's paper ("in the wrong patient's
    notes") nor the wrong one of anything ("on the wrong one")."""
    after = tokens[at + 1 : at + 5]
    if after[:1] and after[0] in DETERMINERS:
        after = after[1:]
    if len(after) < 2 or after[0] not in WRONG_WORDS:
        return False
    person = after[1] in PERSON_WORDS and after[1] != "one"
    return person and after[2:3] not in (["s"], ["-s"], ["'s"])


#: Places a person is found at, after the operator's "went to" ("the reg went to bay 2 with the
#: other pt's consent form", "went to the wrong bed"): the operator come to the person.
PERSONS_PLACES = (NUMBERED_PLACES - {"ward", "twin"}) | {"bedside", "bedspace"}
#: The operator's going ("went to bay 2"), and how many tokens after its "to" the person's place
#: may stand ("to the wrong bed").
VISIT_VERBS = frozenset({"went", "going", "gone", "attended"})
PERSONS_PLACE_REACH = 3


def operator_visits(analysis: Analysis) -> list[Span]:
    """Where the operator is told going to the place a person is at ("the haem reg went to bay 2
    with Mr B's consent form", "went to the wrong bed"): the operator brought to the person, as
    the person brought to the operator is (dev-176353); not a ward ("went to ward 6"). Read as
    the person at the procedure only when the procedure is told done, or told as the visit's
    purpose (`procedure_visits`): a visit with nothing done is no procedure on its way ("went
    to bed 4 to do obs")."""
    tokens = analysis.doc.tokens
    return [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in VISIT_VERBS
        and tokens[at + 1 : at + 2] == ["to"]
        and not (at and tokens[at - 1] in MATCH_NEGATORS)
        and not PERSONS_PLACES.isdisjoint(tokens[at + 2 : at + 2 + PERSONS_PLACE_REACH])
    ]


#: Tokens after the visit within which its purpose is told ("went to bed 6 to do the ascitic
#: drain"), and after the purpose's verb within which its procedure is named.
VISIT_PURPOSE_REACH = 8
PURPOSE_PROCEDURE_REACH = 4


def _purpose_is_a_procedure(analysis: Analysis, at: int) -> bool:
    """Whether the visit at `at` is told, later in its sentence, as made to do a procedure: "to"
    and a verb of starting ("to do", "to insert") with a procedure named just after it ("the
    ascitic drain", "the PICC"); not "to do obs"."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    procedures = {start for start, _ in analysis.concept(SURGICAL_PROCEDURE)}
    for i in range(at + 2, min(len(tokens) - 1, at + 2 + VISIT_PURPOSE_REACH)):
        if sentence_of[i] != sentence_of[at]:
            return False
        if tokens[i] != "to" or tokens[i + 1] not in OPERATOR_START_VERBS:
            continue
        named = range(i + 2, min(len(tokens), i + 2 + PURPOSE_PROCEDURE_REACH))
        return any(j in procedures or tokens[j] in PROCEDURE_NOUNS for j in named)
    return False


def procedure_visits(analysis: Analysis) -> list[Span]:
    """The operator's visits to a person's place (`operator_visits`) told as made to do a
    procedure ("Reg went to bed 6 to do the ascitic drain"): the operator come to the person
    for it, the procedure on its way, as a person brought for it is (review r22)."""
    return [
        span for span in operator_visits(analysis) if _purpose_is_a_procedure(analysis, span[0])
    ]


def _present_at(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the word at `at` tells a person brought to, or set up at, the procedure: not
    after a negation; sent or put under for it in another's place (`sent_in_anothers_place`);
    the operator about to start, or gone to start, on them ("went to insert"); a going verb
    with its way in and no paper carried ("came through"); a presence verb with no paper
    carried and not persons named ("two pts called Jones"), persons named being no call in
    ("wrong one called in"); "in" or "into" a room, not straight after a paper ("consent form
    in theatre"); or a place of the procedure ("on the table", "anaesthetic room")."""
    token = tokens[at]
    if at and tokens[at - 1] in MATCH_NEGATORS:
        return False  # "not called", "never brought"
    if token in ("about", "went", "going"):
        # the operator about to start, or gone to start, on the person ("went to insert")
        following = tokens[at + 1 : at + 3]
        if following[:1] == ["to"]:
            return token == "about" or not OPERATOR_START_VERBS.isdisjoint(following[1:2])
    if token in SENT_FOR_VERBS and sent_in_anothers_place(tokens, sentence_of, at):
        return not _paper_near(tokens, at)
    if token in GOING_VERBS:
        way = tokens[at + 1 : at + 2]
        to_the_room = way == ["to"] and not PROCEDURE_PLACES.isdisjoint(tokens[at + 2 : at + 4])
        return way != [] and (way[0] in GOING_WAYS or to_the_room) and not _paper_near(tokens, at)
    if token in PRESENCE_VERBS:
        called_in = tokens[at + 1 : at + 2] != [] and tokens[at + 1] in GOING_WAYS
        if token in CALLED_WORDS and at and tokens[at - 1] in NAMED_PERSON_WORDS and not called_in:
            return False  # persons named ("two pts called Jones"), not called in ("one called in")
        return not _paper_near(tokens, at)
    if token in ON_PERSON_WORDS and into_the_wrong_person(tokens, at):
        return True  # "placed in the wrong pt": the act on the person is their presence
    if token in ("in", "into") and any(word in PRESENCE_ROOMS for word in tokens[at + 1 : at + 4]):
        # a paper told in the room ("Consent form in theatre had another patient's label") is
        # where the paper was, no person brought (batch 108 dev-180406)
        return not (at and tokens[at - 1] in PAPER_WORDS)
    return any(_words_at(tokens, at, place) for place in PRESENCE_PLACES)


#: The words _present_at can tell a presence at: no other word is one.
PRESENCE_WORDS = (
    GOING_VERBS
    | PRESENCE_VERBS
    | SENT_FOR_VERBS
    | ON_PERSON_WORDS
    | frozenset({"about", "went", "going"})
    | frozenset(place[0] for place in PRESENCE_PLACES)
)


def presences(analysis: Analysis) -> list[Span]:
    """Where a person is told brought to, or set up at, the procedure (not a paper), or the
    operator told gone to them to do it (`procedure_visits`)."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    present = [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in PRESENCE_WORDS and _present_at(tokens, sentence_of, at)
    ]
    return sorted({*present, *procedure_visits(analysis)})


def _redo_near(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """The act told of the right person or later ("both had their procedures correctly later",
    "the correct pt had his scope")."""
    sentence = sentence_of[at]
    around = [
        i
        for i in range(max(0, at - REDO_BEFORE), min(len(tokens), at + REDO_AFTER))
        if sentence_of[i] == sentence
    ]
    if at and tokens[at - 1] in ("re", "then"):
        return True  # "re-inserted", "ARM then done": the redo after the catch
    if any(
        tokens[i] in ON_PERSON_WORDS
        and tokens[i + 2 : i + 3] != []
        and tokens[i + 2] in RIGHT_PERSON_WORDS
        for i in around
        if i > at
    ):
        return True  # "done on the correct woman", "placed in the right pt"
    return any(tokens[i] in REDO_WORDS for i in around) or any(
        tokens[i] in RIGHT_PERSON_WORDS
        and tokens[i + 1 : i + 2] != []
        and (tokens[i + 1] in PERSON_WORDS or tokens[i + 1] in TITLES)
        and i < at
        for i in around
    )


#: Words that, before "done", tell the procedure not done on the person brought ("Nothing done").
NOTHING_WORDS = frozenset({"nothing", "not", "nil"})


#: Words that, just after "nothing done", tell what else was not done ("nothing done about the
#: missing wristband"): no procedure told not done.
NOTHING_DONE_ABOUT_WORDS = frozenset({"about", "to", "regarding", "re", "with"})


def _told_after_nothing_done(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether an earlier sentence than the act's tells nothing done ("Nothing done. LP done in
    cubicle 2"), not nothing done about something else ("Nothing done about the missing
    wristband"): the act told after it is the procedure on the right person."""
    sentence = sentence_of[at]
    return any(
        tokens[i] in NOTHING_WORDS
        and tokens[i + 1] == "done"
        and sentence_of[i + 1] < sentence
        and (
            sentence_of[i + 2] != sentence_of[i + 1]
            or tokens[i + 2] not in NOTHING_DONE_ABOUT_WORDS
        )
        for i in range(at - 1)
    )


def _not_done(doc: Document, at: int) -> bool:
    """Whether the act at `at` is told as not done or still to come: a NOT_DONE_WORDS word in
    the NOT_DONE_BEFORE tokens before it in its clause, or "to" or "be" in the two just before
    it ("about to be scoped"). A denial of another clause is not the act's ("no ID check, drain
    inserted": the check not done, the drain put in; review r22)."""
    before = [doc.tokens[i] for i in doc.before_in_clause(at, NOT_DONE_BEFORE)]
    return any(word in NOT_DONE_WORDS for word in before) or any(
        word in ("to", "be") for word in before[:2]
    )


def _incision_made(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the verb at `at` ("made", "making") is told of an incision: a cut's noun within
    INCISION_REACH tokens of it, in its sentence ("incision made", "made an incision")."""
    near = range(max(0, at - INCISION_REACH), min(len(tokens), at + 1 + INCISION_REACH))
    return any(tokens[i] in INCISION_WORDS and sentence_of[i] == sentence_of[at] for i in near)


def _had_a_procedure(following: list[str]) -> bool:
    """What follows "had" names a procedure ("had flexi cystoscopy", "had a Novasure
    ablation"), not a state, a person or a paper ("had been prepped", "had the wrong room",
    "had the colonoscopy consent form put in front of him")."""
    if not following or following[0] in ("been", "no", "not", "to", "nothing", "already"):
        return False
    if following[0].endswith("ed"):
        return False  # a pluperfect ("had positioned her", "had picked up the PICC")
    words = [w for w in following if w not in HAD_NOT_AN_ACT or w in WRONG_WORDS]
    for n, word in enumerate(words[:3]):
        if word in WRONG_WORDS:
            return False
        if word in PROCEDURE_NOUNS:
            return not (words[n + 1 : n + 2] and words[n + 1] in PAPER_WORDS)
    return False


#: The words an act can be told done at, besides a passive's participle.
ACT_WORDS = (
    UNDERWENT_WORDS
    | HAD_WORDS
    | PUT_UNDER_WORDS
    | INVASIVE_DONE_WORDS
    | DONE_WORDS
    | frozenset({"taken"})
)


def _device_placed(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether token `at` tells a device placed in a passive ("a R nephrostomy was placed"): a
    PLACED_WORDS verb just after "was", "were" or "been", or with the wrong person after it
    ("nephrostomy placed in the wrong pt"), "put" with its way in after it and
    neither set aside after it ("placed on hold", "put back"), with a device noun within
    DONE_NOUN_BEFORE tokens before it in its sentence and no person word between them."""
    if tokens[at] not in PLACED_WORDS or not at:
        return False
    if tokens[at - 1] not in PASSIVE_WORDS and not into_the_wrong_person(tokens, at + 1):
        return False  # "nephrostomy placed in the wrong pt" is told done with no "was"
    following = tokens[at + 1 : at + 3]
    if tokens[at] == PUT_WORD and (not following or following[0] not in PUT_IN_WORDS):
        return False  # "put on hold", "put back": no way in told
    if not SET_ASIDE_AFTER_PLACED.isdisjoint(following):
        return False  # "placed on hold", "placed aside"
    last = at - 2 if tokens[at - 1] in PASSIVE_WORDS else at - 1
    for i in range(last, max(-1, last - DONE_NOUN_BEFORE), -1):
        if sentence_of[i] != sentence_of[at] or tokens[i] in PERSON_WORDS:
            return False
        if tokens[i] in PLACED_DEVICE_NOUNS:
            return True
    return False


def acts_done(analysis: Analysis) -> list[Span]:
    """Where a procedure is told done on someone ("had flexi cystoscopy", "underwent an OGD",
    "LP done", "PICC inserted"), not denied, not still to come and not a redo told later."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    # a procedure told by its own participle after a passive ("Mr Evans had been scoped")
    participles = {
        end - 1
        for _, end in analysis.concept(SURGICAL_PROCEDURE)
        if tokens[end - 1].endswith("ed") and end >= 2 and tokens[end - 2] in PASSIVE_WORDS
    }
    found = []
    for at, token in enumerate(tokens):
        if (
            token not in ACT_WORDS
            and at not in participles
            and token not in PLACED_WORDS
            and token not in MADE_WORDS
        ):
            continue
        act = False
        if at in participles or token in UNDERWENT_WORDS:
            act = True
        elif token in MADE_WORDS:
            act = _incision_made(tokens, sentence_of, at)
        elif token in PLACED_WORDS:
            act = _device_placed(tokens, sentence_of, at)
        elif token in HAD_WORDS:
            act = _had_a_procedure(tokens[at + 1 : at + 1 + ACT_LOOK])
        elif token in PUT_UNDER_WORDS:
            act = tokens[at - 1 : at] in (["was"], ["were"], ["been"])
        elif token in INVASIVE_DONE_WORDS:
            act = True
        elif token == "taken":
            # "punch biopsy taken", not "taken into the room"
            act = at > 0 and tokens[at - 1] in PROCEDURE_NOUNS
        elif token in DONE_WORDS:
            before = tokens[max(0, at - DONE_NOUN_BEFORE) : at]
            act = any(word in PROCEDURE_NOUNS for word in before)
        if (
            act
            and not _not_done(doc, at)
            and not _redo_near(tokens, sentence_of, at)
            and not _told_after_nothing_done(tokens, sentence_of, at)
        ):
            found.append((at, at + 1))
    return found


#: Tokens after "the correct pt" within which a confirming word makes it the identity check
#: passed ("correct pt confirmed with wristband"), not the right one fetched.
CONFIRMED_AFTER = 2


def _right_one_after(tokens: list[str], at: int) -> bool:
    """Whether "to" at `at` leads the right person or their place ("to the right bed", "to the
    correct pt", "to the intended bay")."""
    after = tokens[at : at + 4]
    if after[:1] != ["to"]:
        return False
    after = after[2:] if after[1:2] and after[1] in DETERMINERS else after[1:]
    return (
        len(after) >= 2
        and after[0] in RIGHT_PERSON_WORDS
        and (after[1] in PERSON_WORDS or after[1] in TITLES or after[1] in PERSONS_PLACES)
    )


def _sends_back(tokens: list[str], at: int) -> bool:
    """Whether token `at` tells the person sent back, the procedure stopped, or the right one
    fetched ("correct pt brought"), not the right one confirmed at the check."""
    token = tokens[at]
    if token in STOPPED_WORDS:
        return True
    if token in VISIT_VERBS and _right_one_after(tokens, at + 1):
        return True  # "went to the right bed": the operator gone on to the one meant
    if token == "back":
        return bool(at) and tokens[at - 1] in ("sent", "taken", "went", "wheeled")
    following = tokens[at + 1 : at + 2]
    return (
        token in RIGHT_PERSON_WORDS
        and bool(following)
        and (following[0] in PERSON_WORDS or following[0] in TITLES)
        and CONFIRMING_WORDS.isdisjoint(tokens[at + 2 : at + 2 + CONFIRMED_AFTER])
    )


#: Words of the error seen ("spotted", "picked up") and the checks it is seen at ("at the WHO
#: checklist", "at time out"): the wrong person caught before the procedure. No shared set holds
#: these words: CATCH_WORDS mirrors the catch verbs of the context's catch cues (the "identified|
#: noticed|spotted|... at|during ... the check" prevented cues of taxonomy.yaml, and
#: context._CATCH_WORDS, of which it is a part); CHECK_WORDS mirrors the checks named in those
#: cues ("checklist", "checks", "time-out", "timeout", "huddle") and the check's name words of
#: context._CHECK_NAME_WORDS and _CHECK_NAME_PAIRS ("who", "time" out, "sign" in, "check").
CATCH_WORDS = frozenset(
    {"spotted", "noticed", "identified", "caught", "picked", "realised", "realized", "found"}
)
CHECK_WORDS = frozenset(
    {"checklist", "check", "checks", "time", "timeout", "time-out", "sign", "who", "huddle"}
)
#: How many tokens after the catch word the check may stand ("picked up at the WHO checklist").
CHECK_REACH = 5


def _caught_at_a_check(tokens: list[str], sentence_of: list[int]) -> bool:
    """Whether the narrative tells the error caught at a check ("Spotted at WHO checklist",
    "noticed at the time out"): a catch word with "at" after it and a check word in its
    sentence within CHECK_REACH tokens."""
    return any(
        token in CATCH_WORDS
        and "at" in tokens[at + 1 : at + 3]
        and any(
            tokens[i] in CHECK_WORDS and sentence_of[i] == sentence_of[at]
            for i in range(at + 1, min(len(tokens), at + 1 + CHECK_REACH))
        )
        for at, token in enumerate(tokens)
    )


#: Verbs of checking who the person is, the identifiers checked ("checked ID against the
#: wristband", "checking her name band", "asked his name and DOB"; not the "no" of a number),
#: and how many tokens after the verb they may stand.
ID_CHECK_VERBS = frozenset({"checked", "checking", "check", "asked", "asking", "compared"})
CHECKED_IDENTIFIERS = IDENTIFIER_WORDS - {"no"}
ID_CHECK_REACH = 4


def _found_at_an_identity_check(
    tokens: list[str], sentence_of: list[int], confused: list[Span]
) -> bool:
    """Whether a confusion is told after an identity check in its sentence ("checked ID against
    the wristband, wrong pt", "on checking her name band it was the wrong lady"): the wrong
    person found by the check made before the procedure (review r22; dev-136013)."""
    checks = [
        at
        for at, token in enumerate(tokens)
        if token in ID_CHECK_VERBS
        and not CHECKED_IDENTIFIERS.isdisjoint(tokens[at + 1 : at + 1 + ID_CHECK_REACH])
    ]
    return any(
        at < start and sentence_of[at] == sentence_of[start]
        for at in checks
        for start, _ in confused
    )


def _sent_back(analysis: Analysis) -> list[Span]:
    """The person sent back, the procedure stopped, or the right one fetched in their place."""
    tokens = analysis.doc.tokens
    return [(at, at + 1) for at in range(len(tokens)) if _sends_back(tokens, at)]


def _unit_as_a_place(tokens: list[str], at: int) -> bool:
    """Whether the "unit" at `at` is a place named by the word before it ("Cardiac day unit",
    "Endoscopy unit"), not a blood unit ("2 units", "the unit", "red cell unit")."""
    if tokens[at] not in UNIT_WORDS or at == 0:
        return False
    before = tokens[at - 1]
    return before.isalpha() and before not in UNIT_COUNT_WORDS and before not in BLOOD_UNIT_WORDS


def _told_as_booked(tokens: list[str], cue: Span) -> bool:
    """Whether a reached cue is the procedure booked or meant, not done ("was the pt booked
    for a pacemaker box change"): it opens with a booking word or the purpose "for", or one
    stands just before it."""
    start = cue[0]
    return tokens[start] in BOOKED_WORDS or (start > 0 and tokens[start - 1] in BOOKED_WORDS)


#: Words of which a report telling a confusion holds at least one.
CONFUSION_TOLD_WORDS = (
    TITLES
    | NUMBERED_PLACES
    | LIKENESS_WORDS
    | MATCH_WORDS
    | MISMATCH_WORDS
    | WRONG_WORDS
    | NAME_LEADING_WORDS
    | ANOTHER_WORDS
    | IN_PLACE_WORDS
    | frozenset({"not", "actually", "twins", "booked", "listed"})
)


#: Verbs of a device put in ("placed", "inserted", "sited"), read with the wrong person after.
DEVICE_IN_VERBS = PLACED_WORDS | frozenset({"inserted", "sited", "passed"})


def _devices_put_in_the_wrong_person(tokens: list[str], done: list[Span]) -> list[Span]:
    """The acts told done that put a device into the wrong person ("catheter was placed in the
    wrong pt", "PICC inserted into the wrong patient"): a device verb with a device noun in the
    DONE_NOUN_BEFORE tokens before it and "in"/"into"/"on" the wrong person straight after."""
    return [
        (at, end)
        for at, end in done
        if tokens[at] in DEVICE_IN_VERBS
        and not PLACED_DEVICE_NOUNS.isdisjoint(tokens[max(0, at - DONE_NOUN_BEFORE) : at])
        and tokens[at + 1 : at + 2] != []
        and tokens[at + 1] in ON_PERSON_WORDS
        and into_the_wrong_person(tokens, at + 1)
    ]


def add_wrong_person_reasoning(analysis: Analysis) -> None:
    """Add WRONG_PERSON_OPERATED where identity confusion, a person at the procedure and the
    procedure told done meet, else WRONG_PERSON_STOPPED where they meet with a catch or the
    person sent back (the spans at the confusion)."""
    tokens = analysis.doc.tokens
    if CONFUSION_TOLD_WORDS.isdisjoint(tokens):
        return
    blood_told = not BLOOD_CARRIER_WORDS.isdisjoint(tokens)
    if any(
        blood_told or not _unit_as_a_place(tokens, at)
        for at, token in enumerate(tokens)
        if token in OTHER_SCOPE_WORDS
    ):
        return
    confused = confusions(analysis)
    if not confused:
        return
    present = presences(analysis)
    done = acts_done(analysis)
    if not present and not (done and operator_visits(analysis)):
        return
    if done:
        # the act told is where the procedure reached the person, ahead of a catch told after it
        # ("flexible cystoscopy + stent removal performed ... procedure stopped ... wrong patient")
        analysis.add_found(concept_label(WRONG_PERSON_OPERATED), confused + done)
        device_put_in = _devices_put_in_the_wrong_person(tokens, done)
        if device_put_in:
            analysis.add_found(concept_label(DEVICE_PUT_IN_WRONG_PERSON), device_put_in)
        return
    if any(not _told_as_booked(tokens, cue) for cue in analysis.context.cues.get("reached", [])):
        return  # something told as reaching the patient: no stop before the procedure
    if (
        analysis.context.cues.get("prevented")
        or _sent_back(analysis)
        or _caught_at_a_check(tokens, analysis.doc.sentence_of)
        or _found_at_an_identity_check(tokens, analysis.doc.sentence_of, confused)
    ):
        analysis.add_found(concept_label(WRONG_PERSON_STOPPED), confused)
