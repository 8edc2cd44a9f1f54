"""Is the item named one a procedure left behind, or a thing in its own use? Is what came out
an item, or a person? (never event 3; what the item is, by the words around its name, and who
"came out", no phrases)

A retained foreign object is an item used FOR a procedure and left inside when it ended: a
swab, a needle, an instrument, a wire, a broken-off piece. Two kinds of things share its names
and are no such item, whatever finding or leaving is told beside them:

- a device whose whole is meant to be in the patient while it is used (a catheter, its tubing,
  a brachytherapy applicator): kept in too long, pulled out, connected to the wrong thing or
  used the wrong way, it is the device's care, not an item left behind ("catheter bypassing,
  left in wet pads", "bolus given down the epidural catheter ... felt a cold sensation in the
  back", "tubing reconnected to the air outlet ... found by the nurse", "came out with the
  catheter ... left with it in for 3 weeks", "40 mm tandem ... applicator length ... discovered
  at the physics check"). A piece of it told (its tip, a fragment, a length of it: "tip of the
  catheter missing", "2cm of catheter retained") or the device told broken in its sentence
  ("catheter had snapped") is an item left behind, as the framework's examples say;
- a swab taken as a specimen: a bare "swab" of a report that names a microbiology swab before
  it or in its sentence ("Wound swab ... sent from clinic ... had to come back for a repeat
  swab") is that specimen, unless the report tells a count, where swabs are the theatre's.

And "came out" tells an item passed only when the item came out: a person as its subject ("My
son ... came out with packing up both nostrils", "dad came out with a water infection", "she
came out of theatre") tells someone leaving theatre or hospital, not an item found ("it came out
at home five days later" stays).
"""

from __future__ import annotations

from classifier.engine.retained_items import (
    BROKEN_WORDS,
    FOREIGN_OBJECT_CONCEPT,
    PATIENT_DOER_WORDS,
    RETAINED_CONCEPT,
    STAFF_DOER_WORDS,
    TALLY_WORDS,
)
from classifier.engine.rules import Analysis
from classifier.engine.text import Span, word_shortly_after, word_shortly_before

#: The bare names of devices meant to be in while they are used.
DEVICE_IN_USE_WORDS = frozenset({"catheter", "catheters", "tubing", "applicator", "applicators"})
#: Words of a piece of a device told before it with "of" ("tip of the catheter", "2cm of
#: catheter"), and those told after its name ("catheter fragment"; not "applicator length", a
#: measure of the whole).
PIECE_WORDS = frozenset(
    {
        *("tip", "tips", "piece", "pieces", "fragment", "fragments", "part", "portion"),
        *("section", "segment", "length", "bit", "remnant", "cm", "mm", "end"),
    }
)
PIECE_AFTER_WORDS = frozenset(
    {"tip", "tips", "piece", "pieces", "fragment", "fragments", "remnant"}
)
OF_WORD = "of"
PIECE_BEFORE_REACH = 3
PIECE_AFTER_REACH = 2
#: Sentences after the device's own in which its piece or breaking may be told.
PIECE_SENTENCES = 1
#: A swab taken as a specimen, named by the taxonomy's phrases.
MICROBIOLOGY_SWAB_CONCEPT = "microbiology_swab"
BARE_SWAB_WORDS = (["swab"], ["swabs"])
#: Items that look like a retained one, read by the framework's look-alike exclusion.
LOOK_ALIKE_CONCEPT = "retained_look_alike"


def _piece_told(analysis: Analysis, span: Span) -> bool:
    """Whether a piece of the device at `span` is told next to its name, or a piece or a
    breaking is told in its sentence or the next."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    before = range(max(0, span[0] - PIECE_BEFORE_REACH), span[0])
    ofs = [at for at in before if tokens[at] == OF_WORD and sentence_of[at] == sentence_of[span[0]]]
    if ofs and word_shortly_before(tokens, sentence_of, ofs[0], PIECE_WORDS, PIECE_BEFORE_REACH):
        return True
    if word_shortly_after(tokens, sentence_of, span[1] - 1, PIECE_AFTER_WORDS, PIECE_AFTER_REACH):
        return True
    # the piece or the breaking told on in its own clause ("Epidural catheter kept in situ for
    # top-ups; its tip sheared off on removal")
    sentence = sentence_of[span[0]]
    first, last = doc.sentence_tokens(sentence, sentence + PIECE_SENTENCES)
    told = tokens[first:last]
    return not BROKEN_WORDS.isdisjoint(told) or not PIECE_AFTER_WORDS.isdisjoint(told)


def _specimen_swab(analysis: Analysis, span: Span) -> bool:
    """Whether `span` is a bare swab of a report that names a microbiology swab before it or in
    its sentence and tells no count."""
    tokens = analysis.doc.tokens
    if tokens[span[0] : span[1]] not in BARE_SWAB_WORDS:
        return False
    if not TALLY_WORDS.isdisjoint(tokens):
        return False
    sentence = analysis.sentence(span)
    return any(
        s[0] <= span[0] or analysis.sentence(s) == sentence
        for s in analysis.concept(MICROBIOLOGY_SWAB_CONCEPT)
    )


def _read_as_look_alike(analysis: Analysis, span: Span) -> bool:
    """Whether the device at `span` is inside a look-alike the framework's exclusion reads
    ("catheter left in for 2 days"): that exclusion judges it in its own sentences, and a later
    item of the report is looked for past them ("... At the 6 week review a swab was found
    retained in the vagina")."""
    return any(s[0] <= span[0] and span[1] <= s[1] for s in analysis.concept(LOOK_ALIKE_CONCEPT))


def item_in_its_own_use(analysis: Analysis, span: Span) -> bool:
    """Whether the item named at `span` is no item a procedure left behind: the whole of a
    device meant to be in while used, with no piece of it nor its breaking told, or a swab
    taken as a specimen."""
    words = analysis.doc.tokens[span[0] : span[1]]
    if len(words) == 1 and words[0] in DEVICE_IN_USE_WORDS:
        return not _piece_told(analysis, span) and not _read_as_look_alike(analysis, span)
    return _specimen_swab(analysis, span)


#: Words of coming out, and those that may stand between it and its subject ("he then came out").
CAME_WORDS = frozenset({"came", "come", "comes", "coming"})
BETWEEN_SUBJECT_WORDS = frozenset({"then", "had", "has", "have", "just", "finally", "eventually"})
AND_WORD = "and"
PERSON_WORDS = PATIENT_DOER_WORDS | STAFF_DOER_WORDS | frozenset({"husband", "wife", "baby"})


def _person_came_out(analysis: Analysis, span: Span) -> bool:
    """Whether the retained span at `span` opens with a coming whose subject is a person: a
    person word just before it, or, after "and", the nearest person word before in its
    sentence with no item named between ("My son had an operation on his nose and came out
    with packing")."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    if tokens[span[0]] not in CAME_WORDS:
        return False
    at = span[0] - 1
    while at >= 0 and tokens[at] in BETWEEN_SUBJECT_WORDS:
        at -= 1
    if at < 0:
        return False
    if tokens[at] != AND_WORD:
        return tokens[at] in PERSON_WORDS
    items = {s[0] for s in analysis.concept(FOREIGN_OBJECT_CONCEPT)}
    for before in range(at - 1, -1, -1):
        if sentence_of[before] != sentence_of[at] or before in items:
            return False
        if tokens[before] in PERSON_WORDS:
            return True
    return False


def not_of_an_item_left(analysis: Analysis, concept: str, spans: list[Span]) -> list[Span]:
    """The spans of an evidence concept of never event 3 that may tell an item left behind:
    items in their own use (`item_in_its_own_use`) and a person's coming out dropped."""
    if concept == FOREIGN_OBJECT_CONCEPT:
        return [s for s in spans if not item_in_its_own_use(analysis, s)]
    if concept == RETAINED_CONCEPT:
        return [s for s in spans if not _person_came_out(analysis, s)]
    return spans
