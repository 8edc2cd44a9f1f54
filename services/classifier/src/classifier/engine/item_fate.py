"""What became of an item of never event 3: was it ever a retained item? (word order and word
classes, no phrases)

An item of never event 3 is one the team used in the procedure and meant to take out, still in
the patient after the procedure ended. Four readings tell what became of the item when the
report answers that question itself:

- put in as the treatment: a device meant to stay (clips applied to a duct or a defect, a mesh
  or tape inserted) told with its placing ("4 clips applied", "3 clips used to close the
  defect", "the TVT mesh inserted here in 2012") or as meant to stay, in a report that names
  no item of the count and no count short: what the patient or a film calls "something left
  in" is that device (`item_placed_as_treatment`);
- the count's question answered by nothing: a count short, then a film or a search told
  showing no item ("X-ray in theatre showed no retained item", "AXR ... no needle seen"), with
  no item told retained after it nor found at all (`count_answered_by_nothing_found`);
- never in the patient: the missing item told sent away as a specimen ("put the swab in a pot
  and sent it to micro") in a report with a count short, or told in a pack, tray or set never
  opened ("the second pack of 5 was still sealed on the trolley"): found outside the patient;
- put in as the treatment at a past operation, told in the clause after the device across a
  semicolon ("Surgical clip seen on CT; from 2008 cholecystectomy elsewhere"): the clause is
  the rest of the device's sentence, and dates the device as its own sentence would
  (`continues_across_semicolon`);
- left for its planned removal: the wound's own closure (skin clips, staples, sutures) told
  with a removal set for after the procedure ("clips due out day 12 by the DN", "sutures to be
  removed d10", "removal planned for day 12 at the GP"), in a report naming no other item and
  no count short, was left in on purpose; its removal missed or late ("still in at 4 wks") is
  a failure of aftercare, no retained object (`closure_left_for_its_removal`);
- a plan for another item, told after the catch: the plan of an item put in after the missing
  one was found while the procedure was open ("swab in the vagina, removed, count correct. The
  planned vaginal pack was then put in ... with removal at 06:00") is that other item's, and
  does not make the caught one intentional.
"""

from __future__ import annotations

from classifier.engine.concerns import claim_framed
from classifier.engine.retained_items import (
    CONTAINER_WORDS,
    FOREIGN_OBJECT_CONCEPT,
    FOUND_AFTER_CONCEPT,
    FOUND_BEFORE_CONCEPT,
    FOUND_OUTSIDE_CONCEPT,
    FOUND_WHILE_OPEN_CONCEPT,
    INTENTIONAL_CONCEPT,
    REMOVAL_WORDS,
    RETAINED_CONCEPT,
    WOUND_CLOSURE_WORDS,
    count_came_up_short,
)
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span

#: Concepts this module adds, each read by an exclusion of never event 3, and the one it reads.
PLACED_AS_TREATMENT_CONCEPT = "item_placed_as_treatment"
ANSWERED_BY_NOTHING_CONCEPT = "count_answered_by_nothing_found"
DISPROVED_CONCEPT = "retained_error_disproved"

#: Devices put in to stay as the treatment itself (ligating and endoscopic clips, a mesh or a
#: tape, a sling): never meant to come out at the end, so no retained item.
TREATMENT_DEVICE_WORDS = frozenset(
    {
        *("clip", "clips", "ligaclip", "ligaclips", "hemoclip", "hemoclips", "mesh", "meshes"),
        *("tvt", "tot", "tape", "sling", "coil", "coils"),
    }
)
#: Words telling a device meant to stay ("Clips are intended to stay in place permanently",
#: "clips seen on the CT as expected", "clips in the expected position").
MEANT_TO_STAY_WORDS = frozenset(
    {"intended", "meant", "designed", "permanent", "permanently", "normal", "routine", "expected"}
)
#: Verbs of placing a device, and words telling it meant to stay.
PLACING_WORDS = MEANT_TO_STAY_WORDS | frozenset(
    {
        *("applied", "used", "placed", "put", "inserted", "implanted", "fitted", "deployed"),
        *("sited",),
    }
)
#: Words telling a device from a past operation ("an old sterilisation clip", "clip from her
#: lap chole in 2011", "present on previous imaging"): put in to stay then, not left today.
PAST_OPERATION_WORDS = frozenset({"old", "previous", "prior", "earlier", "past"})
#: The years a past operation is dated by ("from her lap chole in 2011").
YEAR_RANGE = range(1950, 2100)


def _past_word(token: str) -> bool:
    """Whether `token` tells a device from a past operation: a past word or a year."""
    return token in PAST_OPERATION_WORDS or (token.isdigit() and int(token) in YEAR_RANGE)


#: Words telling a device lost at its operation, not put in ("clip dropped during the lap chole
#: in 2026 and not retrieved"): a year or a past word in their sentence dates the loss, which
#: is a retention found later, not a device meant to stay.
LOSS_WORDS = frozenset(
    {"dropped", "lost", "fell", "slipped", "missing", "retrieve", "retrieved", "unretrieved"}
)


def _past_sentences(analysis: Analysis) -> set[int]:
    """The sentences telling a past operation's word or year, and no loss of a device, with
    the sentence each continues across a semicolon (`continues_across_semicolon`)."""
    doc = analysis.doc
    past = {doc.sentence_of[at] for at, token in enumerate(doc.tokens) if _past_word(token)}
    past |= {sentence - 1 for sentence in past if continues_across_semicolon(analysis, sentence)}
    return past - _sentences_with(analysis, LOSS_WORDS)


#: Words opening the clause that tells where an item came from ("clip seen on CT; FROM 2008
#: cholecystectomy elsewhere", "; AFTER her section at another trust").
ORIGIN_WORDS = frozenset({"from", "after", "following", "during", "post"})


def continues_across_semicolon(analysis: Analysis, sentence: int) -> bool:
    """Whether `sentence` follows a semicolon and opens on an origin word (ORIGIN_WORDS): the
    rest of the sentence before it, telling where its item came from ("Surgical clip seen on
    CT; from 2008 cholecystectomy elsewhere")."""
    doc = analysis.doc
    first, end = doc.sentence_tokens(sentence)
    if sentence == 0 or first >= end or doc.tokens[first] not in ORIGIN_WORDS:
        return False
    return doc.text[: doc.starts[first]].rstrip().endswith(";")


#: Words naming an item only generically, whose sentence may tell the device itself retained
#: ("thinks we left something in him", "'retained metal from endoscopy'", a film's "further
#: radio-opaque clip").
GENERIC_ITEM_NOUNS = frozenset(
    {
        *("foreign", "object", "objects", "body", "bodies", "item", "items", "metal"),
        *("metallic", "something", "anything", "density", "opacity", "equipment"),
        *("radio", "opaque", "radio-opaque", "radiopaque"),
    }
)
#: Words of an item's name that name it only generically ("foreign object", "radio-opaque
#: density", "a further clip"): what a patient or a film calls it, which may be the device.
GENERIC_ITEM_WORDS = (GENERIC_ITEM_NOUNS - {"anything", "opacity", "equipment"}) | frozenset(
    {"surgical", "further", "a", "an", "the", "of"}
)


def _sentences_with(analysis: Analysis, words: frozenset[str]) -> set[int]:
    """The sentences telling one of `words`."""
    doc = analysis.doc
    return {doc.sentence_of[at] for at, token in enumerate(doc.tokens) if token in words}


def _items_only_devices_or_generic(analysis: Analysis) -> bool:
    """Whether every item of never event 3 the report names, outside someone's claim ("worried
    that an instrument had been left in her"), is a treatment device or a generic name: no
    swab, needle, instrument or wire of a count."""
    tokens = analysis.doc.tokens
    allowed = TREATMENT_DEVICE_WORDS | GENERIC_ITEM_WORDS
    return all(
        allowed.issuperset(tokens[start:end]) or claim_framed(analysis, ((start, end),))
        for start, end in analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT), [])
    )


def _retention_told_of_the_device(analysis: Analysis) -> bool:
    """Whether every item told retained, outside someone's claim, is told in a sentence naming
    a generic item (what a patient or a film calls the device: "retained metal"), or naming a
    treatment device as meant to stay: not another item left ("a retrieval basket tip was left
    in the patient"), nor the device itself told left where it was not meant to stay ("a
    bulldog clip was seen still in the abdomen, it had been left in"); a device told from a past
    operation ("visible on her CXR from 2019") is the device meant to stay."""
    devices = _sentences_with(analysis, TREATMENT_DEVICE_WORDS)
    named = _sentences_with(analysis, GENERIC_ITEM_NOUNS) | (
        devices & (_sentences_with(analysis, MEANT_TO_STAY_WORDS) | _past_sentences(analysis))
    )
    return all(
        analysis.sentence(span) in named or claim_framed(analysis, (span,))
        for span in analysis.concept(RETAINED_CONCEPT)
    )


def placed_as_treatment(analysis: Analysis) -> list[Span]:
    """The sentences telling a treatment device placed, meant to stay or from a past operation
    ("a surgical clip from her lap chole in 2011"), in a report naming
    only such devices or generic items, told retained only as them, and no count short: each
    sentence's span."""
    doc = analysis.doc
    if count_came_up_short(doc.tokens, doc.sentence_of):
        return []
    if not _items_only_devices_or_generic(analysis) or not _retention_told_of_the_device(analysis):
        return []
    placed = _sentences_with(analysis, TREATMENT_DEVICE_WORDS) & (
        _sentences_with(analysis, PLACING_WORDS) | _past_sentences(analysis)
    )
    return [doc.sentence_tokens(sentence) for sentence in sorted(placed)]


#: Absorbable haemostats, named by brand or material: put on a bleeding surface to stay and be
#: absorbed ("oxidised cellulose haemostat (Surgicel) placed in the GB fossa"), never an item
#: of the count to be taken out. "Haemostat" alone is left out: it also names artery forceps.
HAEMOSTAT_NAMES = frozenset(
    {
        *("surgicel", "spongostan", "gelfoam", "floseal", "surgiflo", "fibrillar", "tachosil"),
        *("gelita", "hemopatch", "arista", "nuknit", "cellulose"),
    }
)
#: Words after "haemostatic" that make it such a material ("haemostatic agent", "haemostatic
#: matrix"), not a dressing put on the skin or a haemostatic gauze of the count.
HAEMOSTATIC_WORDS = frozenset({"haemostatic", "hemostatic", "absorbable"})
HAEMOSTAT_MATERIAL_WORDS = frozenset(
    {
        *("agent", "agents", "material", "materials", "matrix", "sponge", "foam", "powder"),
        *("sealant", "haemostat", "hemostat", "haemostats", "hemostats"),
    }
)
#: Words telling the haemostat placed or left at the operation, recorded there, or what a film
#: showed ("appearances in keeping with the haemostat").
HAEMOSTAT_LEFT_WORDS = PLACING_WORDS | frozenset(
    {
        *("left", "documented", "recorded", "records", "noted", "keeping", "consistent"),
        *("deliberately", "intentionally", "appearance", "appearances"),
    }
)


def _haemostat_at(tokens: list[str], at: int) -> bool:
    """Whether token `at` names an absorbable haemostat (HAEMOSTAT_NAMES, or "haemostatic" /
    "absorbable" before a material word: "haemostatic agent", "absorbable haemostat")."""
    if tokens[at] in HAEMOSTAT_NAMES:
        return True
    return (
        tokens[at] in HAEMOSTATIC_WORDS
        and at + 1 < len(tokens)
        and tokens[at + 1] in HAEMOSTAT_MATERIAL_WORDS
    )


def haemostat_left_as_treatment(analysis: Analysis) -> list[Span]:
    """The sentences telling an absorbable haemostat placed, left or recorded at the operation,
    or the film's shadow in keeping with it ("Op note reviewed - oxidised cellulose haemostat
    (Surgicel) was placed in the GB fossa and this is documented"), in a report with no count
    short and no item told found after the procedure: what a film or a patient called a
    retained swab is the haemostat, put in to stay as the treatment (batch 109 dev-181381, as
    dev-180366, dev-136993 and dev-179306)."""
    doc = analysis.doc
    tokens = doc.tokens
    if count_came_up_short(tokens, doc.sentence_of):
        return []
    if analysis.found.get(concept_label(FOUND_AFTER_CONCEPT)):
        return []
    told = {doc.sentence_of[at] for at in range(len(tokens)) if _haemostat_at(tokens, at)}
    told &= _sentences_with(analysis, HAEMOSTAT_LEFT_WORDS)
    return [doc.sentence_tokens(sentence) for sentence in sorted(told)]


#: Words an item of the wound's closure is named with besides the closure itself ("skin clips",
#: "the wound staples"): still the closure, no other item.
CLOSURE_ITEM_WORDS = WOUND_CLOSURE_WORDS | frozenset(
    {"skin", "wound", "surgical", "metal", "the", "a", "his", "her", "their", "of"}
)
#: Clips close a wound only when told as the skin's or wound's ("skin clips"): a bulldog,
#: vascular or ligating clip is an instrument or a device, not the closure.
CLIP_WORDS = frozenset({"clip", "clips"})
CLOSURE_SITE_WORDS = frozenset({"skin", "wound"})
#: Words that set the closure's removal after the procedure by a plan or by who is to do it
#: ("due out", "removal planned", "to be removed by the DN", "booked with the practice nurse").
REMOVAL_SET_WORDS = frozenset(
    {
        *("due", "planned", "plan", "booked", "arranged", "scheduled", "dn", "dns", "gp"),
        *("practice", "district", "community"),
    }
)
#: Words of a time set for the removal, read with a number beside them ("at day 12", "14
#: days", "2 wks"): not "next day".
REMOVAL_TIME_WORDS = frozenset({"day", "days", "week", "weeks", "wk", "wks"})


def _sets_the_removal(tokens: list[str], at: int) -> bool:
    """Whether token `at` sets the closure's removal after the procedure: a plan or its doer
    (REMOVAL_SET_WORDS), a time with a number beside it, or a day written short ("d10")."""
    token = tokens[at]
    if token in REMOVAL_SET_WORDS:
        return True
    if token in REMOVAL_TIME_WORDS:
        return any(word[:1].isdigit() for word in tokens[max(0, at - 1) : at + 2])
    return len(token) > 1 and token[0] == "d" and token[1:].isdigit()


#: Words that bring in a new item rather than name the one told before ("a loose clip"):
#: a bare clip so told is not the skin clips the report named.
NEW_ITEM_WORDS = frozenset({"a", "an", "another", "one"})


def _is_closure_span(doc: Document, span: Span, skin_clips: bool, removal_told: set[int]) -> bool:
    """Whether an item span names only the wound's closure: clips only when told the skin's or
    wound's, or named back in a report that tells skin clips ("the clips were still in"), or in
    a sentence telling the closure's set removal ("at day 10 a clip was found buried, removed
    by the DN"); not a new clip brought in beside them ("a loose clip lying free in the
    pelvis")."""
    tokens = doc.tokens
    start, end = span
    words = tokens[start:end]
    if not CLOSURE_ITEM_WORDS.issuperset(words) or WOUND_CLOSURE_WORDS.isdisjoint(words):
        return False
    if not (WOUND_CLOSURE_WORDS - CLIP_WORDS).isdisjoint(words):
        return True
    told_new = not NEW_ITEM_WORDS.isdisjoint(tokens[max(0, start - 2) : end])
    return (skin_clips and not told_new) or doc.sentence_of[start] in removal_told


def closure_left_for_its_removal(analysis: Analysis) -> list[Span]:
    """The sentences telling the wound's closure with its removal set for after the
    procedure (a removal word and a time or place set for it), in a report naming no other item
    of never event 3 (`_is_closure_span`) and no count short: each sentence's span (module
    docstring)."""
    doc = analysis.doc
    spans = analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT), [])
    if not spans or count_came_up_short(doc.tokens, doc.sentence_of):
        return []
    told = {}
    for sentence in sorted(_sentences_with(analysis, WOUND_CLOSURE_WORDS)):
        first, end = doc.sentence_tokens(sentence)
        words = doc.tokens[first:end]
        if not REMOVAL_WORDS.isdisjoint(words) and any(
            _sets_the_removal(doc.tokens, at) for at in range(first, end)
        ):
            told[sentence] = (first, end)
    tokens = doc.tokens
    skin_clips = any(
        token in CLIP_WORDS and at > 0 and tokens[at - 1] in CLOSURE_SITE_WORDS
        for at, token in enumerate(tokens)
    )
    if not all(_is_closure_span(doc, span, skin_clips, set(told)) for span in spans):
        return []
    return list(told.values())


def answered_by_nothing_found(analysis: Analysis) -> list[Span]:
    """The spans telling a film or a search showed no item, after a count came up short, with
    no item told retained nor found after them (a find word inside the denial itself, "no
    needle seen", is none)."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if not count_came_up_short(tokens, sentence_of):
        return []
    disproved = analysis.found.get(concept_label(DISPROVED_CONCEPT), [])
    if not disproved or _found_after_outside(analysis, disproved):
        return []
    last = max(sentence_of[start] for start, _ in disproved)
    if any(analysis.sentence(span) > last for span in analysis.concept(RETAINED_CONCEPT)):
        return []
    tokens = doc.tokens
    if not all(
        _inside_any(find, disproved) or _found_nothing(tokens, find) for find in _finds(analysis)
    ):
        return []  # the item found after all ("swab ... removed, count correct. nothing left")
    return list(disproved)


def _found_after_outside(analysis: Analysis, disproved: list[Span]) -> bool:
    """Whether an item is told found after the end outside the film's or search's denial: the
    find word inside "no needle seen" is the film finding nothing, no find of the item."""
    finds = analysis.found.get(concept_label(FOUND_AFTER_CONCEPT), [])
    return any(not _inside_any(find, disproved) for find in finds)


#: Words right after a find word that make it a search finding nothing ("search of theatre
#: found nothing", "found no swab"), not a find of the item.
NOTHING_WORDS = frozenset({"nothing", "no"})


def _found_nothing(tokens: list[str], find: Span) -> bool:
    """Whether the find at `find` is told finding nothing (NOTHING_WORDS right after it)."""
    return find[1] < len(tokens) and tokens[find[1]] in NOTHING_WORDS


def _finds(analysis: Analysis) -> list[Span]:
    """The finds of the item the closure-order reasoning judged, at any time."""
    return [
        span
        for concept in (FOUND_BEFORE_CONCEPT, FOUND_WHILE_OPEN_CONCEPT, FOUND_AFTER_CONCEPT)
        for span in analysis.found.get(concept_label(concept), [])
    ]


def _inside_any(span: Span, spans: list[Span]) -> bool:
    """Whether `span` lies inside one of `spans` (a find word of "no needle seen")."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


#: Words of an item sent away as a specimen ("put the swab in a pot and sent it to micro").
SPECIMEN_WORDS = frozenset(
    {"pot", "micro", "microbiology", "lab", "laboratory", "histology", "pathology", "culture"}
)
SENDING_WORDS = frozenset({"sent", "send", "sending", "put", "placed"})
#: Words of a pack, tray or set never opened ("still sealed", "unopened", "never opened").
SEALED_WORDS = frozenset({"sealed", "unopened"})
NEVER_WORDS = frozenset({"never", "not"})
OPENED_WORD = "opened"
#: Tokens before a sealed word within which the pack or tray it tells of stands.
SEALED_REACH = 6


def sent_as_specimen(analysis: Analysis) -> list[Span]:
    """The sentences telling the item sent or put away as a specimen, in a report whose count
    came up short: each sentence's span."""
    doc = analysis.doc
    if not count_came_up_short(doc.tokens, doc.sentence_of):
        return []
    items = {
        analysis.sentence(span)
        for span in analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT), [])
    }
    told = (
        items & _sentences_with(analysis, SPECIMEN_WORDS) & _sentences_with(analysis, SENDING_WORDS)
    )
    return [doc.sentence_tokens(sentence) for sentence in sorted(told)]


def _never_opened_at(tokens: list[str], at: int) -> bool:
    """Whether token `at` tells a pack never opened ("still sealed", "never opened")."""
    if tokens[at] in SEALED_WORDS:
        return True
    return tokens[at] == OPENED_WORD and at > 0 and tokens[at - 1] in NEVER_WORDS


def in_a_pack_never_opened(analysis: Analysis) -> list[Span]:
    """The spans from a pack, tray or set to the word telling it never opened, in its
    sentence."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    found = []
    for at in range(len(tokens)):
        if not _never_opened_at(tokens, at):
            continue
        for k in range(at - 1, max(-1, at - 1 - SEALED_REACH), -1):
            if sentence_of[k] != sentence_of[at]:
                break
            if tokens[k] in CONTAINER_WORDS:
                found.append((k, at + 1))
                break
    return found


def _item_words(analysis: Analysis, span: Span) -> set[str]:
    """The words of the items of never event 3 told inside `span`."""
    tokens = analysis.doc.tokens
    return {
        word
        for start, end in analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT), [])
        if span[0] <= start and end <= span[1]
        for word in tokens[start:end]
    }


def plans_of_another_item(analysis: Analysis) -> list[Span]:
    """The intentional spans told after the missing item was found while the procedure was
    open, naming an item none of whose words names an item told retained."""
    caught = analysis.found.get(concept_label(FOUND_WHILE_OPEN_CONCEPT), [])
    plans = analysis.found.get(concept_label(INTENTIONAL_CONCEPT), [])
    if not caught or not plans:
        return []
    first_catch = min(analysis.sentence(span) for span in caught)
    retained_words = set().union(
        *(_item_words(analysis, span) for span in analysis.concept(RETAINED_CONCEPT))
    )
    return [
        span
        for span in plans
        if analysis.sentence(span) > first_catch
        and (words := _item_words(analysis, span))
        and words.isdisjoint(retained_words)
    ]


def add_item_fate_reasoning(analysis: Analysis) -> None:
    """Read what became of the items of never event 3: put in as the treatment, a count's
    question answered by nothing found, never in the patient, or a plan of another item."""
    if not analysis.found.get(concept_label(FOREIGN_OBJECT_CONCEPT)):
        return
    placed = (
        placed_as_treatment(analysis)
        + closure_left_for_its_removal(analysis)
        + haemostat_left_as_treatment(analysis)
    )
    if placed:
        analysis.add_found(concept_label(PLACED_AS_TREATMENT_CONCEPT), placed)
    answered = answered_by_nothing_found(analysis)
    if answered:
        analysis.add_found(concept_label(ANSWERED_BY_NOTHING_CONCEPT), answered)
    outside = sent_as_specimen(analysis) + in_a_pack_never_opened(analysis)
    if outside:
        analysis.add_found(concept_label(FOUND_OUTSIDE_CONCEPT), outside)
    other_plans = plans_of_another_item(analysis)
    if other_plans:
        analysis.remove_found(concept_label(INTENTIONAL_CONCEPT), other_plans)
