"""A spinal variant as unexpected anatomy only when told as unknown before (never event 1).

The framework excludes a wrong level "due to unexpected anatomy". A report of a wrong spinal
level often names the patient's variant (a transitional vertebra, a sacralised L5, a lumbarised
S1, six lumbar-type vertebrae) only as what the count went wrong on ("the level was counted
from a transitional vertebra", "misinterpreted (transitional vertebra)"), as a guess ("pt has a
transitional vertebra?? not mentioned pre op", "?transitional"), or as already known ("Pre op
MRI report mentions lumbarised S1, not on the operating plan"). The labelling guide (Hard
cases, session 38) reads the exclusion only when the report establishes the variant and tells
it was not known before the procedure: not seen, visible, described or reported on the pre-op
imaging or its report, not known or identified beforehand, or unexpected. One reading, in place
of phrases: a variant named in the unexpected-anatomy concept stays there only when its
sentence or the next tells it unknown (a negation shortly before a word of knowing or showing,
not about a request, plan or list: "not seen on the pre op MRI", "wasnt mentioned in the MRI
report", "not known beforehand"; or a word of the unknown: "unexpected", "undiagnosed"), and it
is not queried ("?" or "possible" beside it). The next sentence is read to its full stop: clauses
after a semicolon are the same sentence ("Post-op imaging showed a lumbarised S1. The pre-op MRI
was lumbar only; the report described five lumbar vertebrae; the variant was not identified
before surgery"), and what the pre-op imaging "did not show" is unknown as what it did not
reveal. The variant told only by a general word ("anatomical variant",
"anatomical variation", "anomaly") is read the other way round, as the guide's known variant:
it leaves the unexpected anatomy when its sentence tells it known and that knowledge not
carried to the act, the guide's "reported on the pre-op MRI but not on the plan" ("Root
causes: anatomical variant known but not on the plan", "a known anatomical anomaly on the MRI
was not looked at"): the word of knowing not negated, a negation after it in the sentence, and
no word of the unknown there. A variant told known with nothing missed ("known spinal anatomy
variant ... the correct level was operated") stays: the report tells no wrong level from it.
Any unexpected anatomy in a report that tells the variant known before the procedure (a word of
knowing, not negated, with a word of before and the variant in its clause and no word of the
unknown: "as the variant had been described before surgery") is someone's claim of the
exclusion that the report's own account answers ("The operating surgeon regarded the case as
excluded (unexpected anatomy)"): it leaves too. Other unexpected
anatomy (malrotation, situs inversus, the anatomy told unexpected in words) and the referral and
report sources are left as they are.
"""

from __future__ import annotations

from classifier.engine.context import NEGATION_WORDS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span

UNEXPECTED_ANATOMY = "unexpected_anatomy"
#: Word starts naming a spinal variant ("transitional", "sacralised", "lumbarisation",
#: "lumbosacralised").
VARIANT_STARTS = ("transitional", "sacrali", "sacraliz", "lumbari", "lumbosacrali")
#: Words of knowing or showing that, negated, tell the variant unknown before ("not seen",
#: "wasnt mentioned", "not appreciated", "not known"). "on" is the imaging's own wording of
#: it ("a transitional vertebra which wasnt on the MRI report", dev-115091 needs it).
KNOWING_WORDS = frozenset(
    {
        *("seen", "visible", "apparent", "evident", "shown", "known", "identified", "reported"),
        *("mentioned", "described", "noted", "recognised", "recognized", "appreciated"),
        *("commented", "documented", "picked", "diagnosed", "flagged", "detected", "on"),
    }
)
#: Words of imaging showing, negated ("the pre-op MRI did not show the sacrum"): unknown before
#: only when told of the imaging the plan was made from, an imaging word before them in their
#: sentence and no word of the procedure's own imaging or count ("intra-op x-ray did not show
#: the count clearly", "the count on the table did not show it": the wrong count itself).
SHOWING_WORDS = frozenset({"show", "demonstrate", "demonstrated", "reveal", "revealed"})
IMAGING_WORDS = frozenset(
    {"mri", "ct", "scan", "scans", "imaging", "films", "film", "xray", "radiograph", "images"}
)
DURING_PROCEDURE_WORDS = frozenset(
    {
        *("intra", "intraop", "intraoperative", "post", "postop", "postoperative", "table"),
        *("fluoroscopy", "fluoro", "screening", "count", "theatre", "perioperative"),
    }
)
#: Negations read before a knowing word, and how far.
NOT_KNOWN_NEGATIONS = NEGATION_WORDS | frozenset({"wasnt", "werent", "hadnt", "nt", "t"})
NEGATION_REACH = 4
#: Records a variant may be told missing from that are no knowledge of the anatomy: the
#: request, the plan, the list or the brief ("not noted on the request", "not noted in the
#: operation plan"); how far after the knowing word they are read.
NOT_IMAGING_RECORDS = frozenset(
    {"request", "plan", "list", "brief", "consent", "booking", "listing", "huddle", "radiograph"}
)
RECORD_REACH = 5
#: Words of the unknown ("unexpected transitional vertebra", "previously undiagnosed").
UNKNOWN_WORDS = frozenset(
    {"unexpected", "unsuspected", "undiagnosed", "unknown", "unrecognised", "unrecognized"}
)
#: Words of a guess beside the variant ("?transitional", "possible transitional vertebra").
QUERY_WORDS = frozenset({"possible", "possibly", "query", "queried", "probable", "likely"})
QUERY_REACH = 2
#: General words naming an anatomical variant without saying which ("anatomical variant",
#: "variation", "anomaly"): read as known only when told known (module docstring).
GENERAL_VARIANT_WORDS = frozenset(
    {"variant", "variants", "variation", "variations", "anomaly", "anomalies"}
)
#: Words telling the variant known before ("variant known", "a known anatomical variant").
KNOWN_WORDS = frozenset({"known"})
#: How many tokens before or after the general variant word the word of knowing may stand.
KNOWN_REACH = 3
#: How many sentences after the variant's the unknown may be told in ("... lumbarised S1. The
#: transitional vertebra was not mentioned on the MRI report").
UNKNOWN_SENTENCES = 1


def _names_variant(tokens: list[str], span: Span) -> bool:
    """Whether the span names the anatomical variant itself (a word starting VARIANT_STARTS)."""
    return any(tokens[i].startswith(VARIANT_STARTS) for i in range(*span))


def _queried(analysis: Analysis, span: Span) -> bool:
    """Whether the variant is told as a guess: a question mark touching it, or a word of a
    guess just before it."""
    doc = analysis.doc
    text, starts, ends, tokens = doc.text, doc.starts, doc.ends, doc.tokens
    start, end = starts[span[0]], ends[span[1] - 1]
    if "?" in text[max(0, start - 2) : start] or "?" in text[end : end + 2]:
        return True
    return not QUERY_WORDS.isdisjoint(tokens[max(0, span[0] - QUERY_REACH) : span[0]])


def _runs_on(analysis: Analysis, sentence: int) -> bool:
    """Whether `sentence` ends on a semicolon: its next clause is the same sentence."""
    doc = analysis.doc
    first, end = doc.sentence_tokens(sentence)
    if first >= end:
        return False
    return doc.text[doc.ends[end - 1] : doc.ends[end - 1] + 2].lstrip().startswith(";")


def _last_sentence_read(analysis: Analysis, sentence: int) -> int:
    """The last sentence read for the variant's unknown: UNKNOWN_SENTENCES after its own, then
    on while a sentence ends on a semicolon (module docstring)."""
    last = min(sentence + UNKNOWN_SENTENCES, analysis.doc.sentence_of[-1])
    while last < analysis.doc.sentence_of[-1] and _runs_on(analysis, last):
        last += 1
    return last


def _pre_op_imaging_shows(doc: Document, at: int) -> bool:
    """Whether token `at` is a word of showing told of the imaging before the procedure: an
    imaging word before it in its sentence, no word of the procedure's own imaging or count."""
    if doc.tokens[at] not in SHOWING_WORDS:
        return False
    first, _ = doc.sentence_tokens(doc.sentence_of[at])
    before = doc.tokens[first:at]
    return not IMAGING_WORDS.isdisjoint(before) and DURING_PROCEDURE_WORDS.isdisjoint(before)


def _told_unknown(analysis: Analysis, span: Span) -> bool:
    """Whether the variant's sentence or the next tells it unknown before (module docstring)."""
    doc = analysis.doc
    tokens = doc.tokens
    sentence = doc.sentence_of[span[0]]
    first, last = doc.sentence_tokens(sentence, _last_sentence_read(analysis, sentence))
    for at in range(first, last):
        token = tokens[at]
        if token in UNKNOWN_WORDS:
            return True
        if (
            (token in KNOWING_WORDS or _pre_op_imaging_shows(doc, at))
            and not NOT_KNOWN_NEGATIONS.isdisjoint(tokens[max(first, at - NEGATION_REACH) : at])
            and NOT_IMAGING_RECORDS.isdisjoint(tokens[at + 1 : min(last, at + 1 + RECORD_REACH)])
        ):
            return True
    return False


def _general_variant(tokens: list[str], span: Span) -> bool:
    """Whether the span names a variant only by a general word (GENERAL_VARIANT_WORDS), not by
    its kind (VARIANT_STARTS)."""
    return not _names_variant(tokens, span) and any(
        tokens[i] in GENERAL_VARIANT_WORDS for i in range(*span)
    )


#: Words of the level meant ("the correct level") and of the act's miss ("wrong level",
#: "instead of"): a sentence naming the level meant with no miss tells it done as meant.
MEANT_LEVEL_WORDS = frozenset({"correct", "right", "intended", "planned"})
LEVEL_WORDS = frozenset({"level", "levels", "side", "site"})
MISSED_WORDS = frozenset({"wrong", "incorrect", "instead", "error", "erroneously", "mistake"})


def _meant_level_done(tokens: list[str], sentences: list[tuple[int, int]]) -> bool:
    """Whether a sentence names the level meant ("the correct level L4/5 was operated") and no
    miss: the variant's knowledge, whatever the plan said, led to no wrong level."""
    for first, end in sentences:
        words = tokens[first:end]
        meant = any(
            words[i] in MEANT_LEVEL_WORDS and words[i + 1] in LEVEL_WORDS
            for i in range(len(words) - 1)
        )
        if meant and MISSED_WORDS.isdisjoint(words):
            return True
    return False


def _told_known(analysis: Analysis, span: Span) -> bool:
    """Whether the general variant is told known and not carried to the act: a word of knowing
    within KNOWN_REACH tokens of it in its sentence, no negation just before that word but one
    after it in the sentence, and no word of the unknown in the sentence (module docstring)."""
    doc = analysis.doc
    tokens = doc.tokens
    first, end = doc.sentence_tokens(doc.sentence_of[span[0]])
    if not UNKNOWN_WORDS.isdisjoint(tokens[first:end]):
        return False
    later = range(doc.sentence_of[span[0]], doc.sentence_of[-1] + 1)
    if _meant_level_done(tokens, [doc.sentence_tokens(k) for k in later]):
        return False  # the level meant told done: nothing missed from the known variant
    for at in range(max(first, span[0] - KNOWN_REACH), min(end, span[1] + KNOWN_REACH)):
        if (
            tokens[at] in KNOWN_WORDS
            and NOT_KNOWN_NEGATIONS.isdisjoint(tokens[max(first, at - NEGATION_REACH) : at])
            and not NOT_KNOWN_NEGATIONS.isdisjoint(tokens[at + 1 : end])
        ):
            return True
    return False


def _dropped(analysis: Analysis, span: Span) -> bool:
    """Whether the span leaves the unexpected anatomy: a named variant queried or not told
    unknown, or a general one told known (module docstring)."""
    tokens = analysis.doc.tokens
    if _names_variant(tokens, span):
        return _queried(analysis, span) or not _told_unknown(analysis, span)
    return _general_variant(tokens, span) and _told_known(analysis, span)


#: Words putting a knowing word before the procedure ("described before surgery", "reported
#: on the pre-op MRI", "already described"): with a variant in its sentence, the variant known.
BEFORE_WORDS = frozenset({"before", "beforehand", "pre", "preop", "preoperative", "already"})


#: How many tokens either side of a knowing word its clause is read in for the variant and the
#: before.
KNOWN_BEFORE_REACH = 12


def _variant_told_known_before(doc: Document) -> bool:
    """Whether a clause tells a variant (named or general) known before the procedure: a
    knowing word with no negation before it in its clause, with a word of before and a variant
    word in its clause and no word of the unknown ("as the variant had been described before
    surgery", "but the lumbarised S1 had been reported on the pre-op MRI before surgery")."""
    tokens = doc.tokens
    for at, token in enumerate(tokens):
        if token not in KNOWING_WORDS or token == "on":
            continue
        before = [tokens[i] for i in doc.before_in_clause(at, KNOWN_BEFORE_REACH)]
        if not NOT_KNOWN_NEGATIONS.isdisjoint(before):
            continue  # "which wasnt on the MRI report or seen pre op" (dev-115091)
        clause = before + [tokens[i] for i in doc.after_in_clause(at, at + 1, KNOWN_BEFORE_REACH)]
        if (
            not BEFORE_WORDS.isdisjoint(clause)
            and UNKNOWN_WORDS.isdisjoint(clause)
            and any(w.startswith(VARIANT_STARTS) or w in GENERAL_VARIANT_WORDS for w in clause)
        ):
            return True
    return False


def add_variant_known_reasoning(analysis: Analysis) -> None:
    """Drop from the unexpected anatomy the spinal variants not told unknown before or told as
    a guess, and the general variants told known; all of it when the report tells the variant
    known before the procedure, whatever someone claimed ("The operating surgeon regarded the
    case as excluded (unexpected anatomy); as the variant had been described before surgery
    the Patient Safety team are declaring it", dev-175395) (module docstring)."""
    label = concept_label(UNEXPECTED_ANATOMY)
    spans = analysis.found.get(label)
    if not spans:
        return
    if _variant_told_known_before(analysis.doc):
        dropped = list(spans)
    else:
        dropped = [span for span in spans if _dropped(analysis, span)]
    if dropped:
        analysis.found[label] = [span for span in spans if span not in dropped]
        analysis.add_found(label, [])  # drops the label's cached affirmed spans
