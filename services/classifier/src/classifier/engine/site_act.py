"""What a wrong-site reading was of: a person or only their paper, an invasive act or only care.

Never event 1 (and near miss 1) is an INVASIVE procedure on the wrong side, site or patient. The
wrong-site readings meet a wrong side, site or person and a procedure word within a sentence;
both can be told of something else than the team's invasive act on the wrong one. Four readings
here tell the report's words apart by what the wrong one was, not by wordings:

ANOTHER PATIENT'S PAPER. The wrong-patient readings need a PERSON who was not the one meant:
brought to the procedure, set up for it or operated on. A report tells a confusion of two
patients in as many words ("the wrong patient's notes were brought to theatre", "consent form ...
was for a different pt (same surname)", "pre-op bloods in the notes were another patient's")
while the only thing of the other patient is a paper filed with the right one: the labelling
guide reads another patient's form misfiled in the right patient's notes, with the list right,
as null (dev-116406), whenever it was found. Read:

- the paper of another: a person word told as another's in its clause (wrong, another,
  different, other, previous, next) and a paper or band (patient_identity.PAPER_WORDS, a
  wristband) told with it: the person's paper just after ("wrong pt's results", "another pts op
  note") or a paper before in its sentence ("consent form in the notes ... was for a different
  pt"); not another's paper told as the source this patient's record was written from
  ("amended from a different pt's referral");
- that nobody was brought or set up for the procedure, nothing was done on anyone and nothing
  was carried with a person (patient_identity.presences and acts_done, the wrong-person
  concepts, "notes brought through with the pt"; a wrong-person phrase holding the paper itself,
  "a clinic letter ... of another patient's prostate biopsy result", tells no person);
- that no wrong side, site or part is told: every wrong-site phrase holds the paper, no side
  acted on is the other of a side planned, and this patient's records are not told against
  each other (paperwork_catch.records_disagree: a paper error of this patient's operation).

CARE, NOT SURGERY. What went to the wrong site or person is the act told just before the words
of the wrong one, in their clause: "plaster cast put on the R forearm", "instilled the pred forte
... into the L eye", "B12 injection given to the wrong pt", "took a check film of the wrong pts
hip", "they've bandaged the wrong leg". When that act is care that opens nothing (CARE_NOUNS put
or given, CARE_VERBS, IMAGING_NOUNS of the wrong one: a cast, splint or bandage, a dressing,
drops or ointment, a film, a medicine into a muscle) for every wrong site told, the procedure
word the rule met is the setting or the background ("post cataract", "in theatre 4", "op was on
the correct R leg"): no wrong site surgery. A care noun with no verb of putting is a sign seen
there ("the dressing was on the wrong side", "post op film shows L3/4"), and drops of the
operation's set-up ("dilating drops") are its first step: neither is care. An invasive act
nearer the wrong one (a procedure named, "intravitreal injection given into the wrong eye", "LP
performed on the wrong pt") keeps the reading.

A WRONG OUTSIDE DOCUMENT FOLLOWED. The framework excludes a wrong site due to an incorrect
laboratory or radiology report or referral letter. Read apart from the sides: an outside
document (not the team's own record: document_source) or its writer told as erring in what is
told of it ("the histology report ... had the side wrong", "Radiologist has amended report",
"Lab error", "the referrer had written the wrong side"), and a document told as what the act
followed ("according to report", "as per the US report", "VAT nurse followed the form", "done
on the side in the report"). A correct document misread ("the referral said L knee - the
clinician misread it") tells no document's error.

A SIDE CHANGED ON THE DAY. The guide reads a patient choosing the other side on the day as
null. Read by what changed, not by how the mismatch is told: a consent taken anew for a side
("re-consented for R CTR", "new consent signed for L", "consent form amended to R and
re-signed") after the patient's state or wish is told changed ("the L is much worse now", "the L
has settled", "she wanted that one doing first"), and the other side not told acted on or set up
after it: the list or booking left unchanged is a paper error of no wrong site. A consent
redone with no change told ("pt said it's my left foot, the consent said right bunion. Consent
redone") is a side error caught, and an act on the other side after the new consent ("but the L
knee was scoped as the list still said L") is a wrong side after all.

WHOSE SIDE, AND WHEN. A side told as where a paper was filed ("letter scanned into the record
under the R eye episode") or as another patient's while nothing is told done on anyone ("images
... of another patient listed for R knee replacement") is no side of this patient's procedure,
and a site told wrong in a sentence of a time long gone or another place, the report coming to
its own time after it ("had wrong site surgery here in 2019 ... Today the consent form was
missing"), is the patient's history: both are taken out of the side and wrong-site readings
(add_side_owner_reasoning, read before the readings that build on the sides;
WRONG_SITE_IN_HISTORY).

OUTSIDE THEATRE. A site moved on after failed attempts at the one planned ("2 goes at L3/4
didnt work", "unable to advance the wire ... converted to femoral") is the operator's change,
like a decision; a consent changed to include a second site asked for is no wrong site put
right (SITE_ADDED_ON_PURPOSE); a booking's side put right ahead of the day, the act later on the
other side, is the paper error before the day; wax microsuction opens nothing (care); another
provider's wrong site followed by this patient's act told done as planned is history.

Each reading adds its concept (reasoning only: never_events.yaml), which a framework exclusion
of never event 1 reads (NE1.ex.another_patients_paper, NE1.ex.care_not_surgery,
NE1.ex.wrong_document_followed, NE1.ex.side_changed_on_the_day).
"""

from __future__ import annotations

from collections.abc import Sequence

from classifier.engine.act_record import SURGICAL_PROCEDURE
from classifier.engine.concerns import ERROR_WORDS, NEGATORS, claim_framed
from classifier.engine.context import long_ago_or_elsewhere
from classifier.engine.document_source import DOCUMENT_NOUNS, OWN_RECORD_BEFORE, OWN_RECORD_WORDS
from classifier.engine.graft_or_native import add_graft_or_native_reasoning
from classifier.engine.implant_steps import CHANGE_NOT_INTENDED, INTENTIONAL_CHANGE
from classifier.engine.paperwork_catch import CHECKED_ON_THE_DAY, records_disagree
from classifier.engine.patient_identity import (
    GOING_VERBS,
    PAPER_WORDS,
    PERSON_WORDS,
    PRESENCE_VERBS,
    WRONG_PERSON_OPERATED,
    WRONG_PERSON_STOPPED,
    WRONG_WORDS,
    acts_done,
    presences,
)
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.side_as_meant import (
    CHOOSER_WORDS,
    STAFF_WORDS,
    patient_choices,
    wishes_not_followed,
)
from classifier.engine.sides import (
    ACTED_SIDES,
    ANY_SIDE_WORDS,
    ERROR_TOLD_AS_FACT_CONCEPT,
    MARKED_SIDES,
    PLANNED_SIDES,
    SET_UP_SIDES,
    SIDE_WORDS,
    side_of,
)
from classifier.engine.text import Document, Span, word_shortly_after, word_shortly_before

#: The concepts these readings add (reasoning only: never_events.yaml).
ANOTHER_PATIENTS_PAPER = "another_patients_paper"
CARE_AT_THE_SITE = "non_invasive_care_at_the_site"
WRONG_DOCUMENT_FOLLOWED = "wrong_document_followed"
SIDE_CHANGED_BEFORE_THE_ACT = "side_changed_before_the_act"
#: Words that make a person another than the one meant ("a different pt", "the previous pt").
ANOTHER_WORDS = WRONG_WORDS | frozenset(
    {"another", "different", "diff", "other", "previous", "next"}
)
ANOTHER_BEFORE = 2
#: Words just before the other person's paper that make it the source this patient's record
#: was written from ("list amended from a different pt's referral"): this patient's record wrong.
SOURCE_WORDS = frozenset({"from", "off", "using", "copied"})
SOURCE_BEFORE = 3
#: The persons of a paper: PERSON_WORDS less those that name no one by themselves ("one").
PAPER_PERSON_WORDS = PERSON_WORDS - {"one"}
#: Another patient's images opened to plan the procedure ("opened a CT from the PACS worklist
#: ... it was the CT of a different pt with the same surname"; dev-164684): that patient's
#: record, looked at and closed, like a paper filed with the right one. Not the words of an
#: examination done on the wrong person ("wrong pt scanned", "CT of the wrong pt's head"),
#: which tell a person brought (patient_identity.presences) or an exposure (IR(ME)R).
RECORD_IMAGES = frozenset({"ct", "mri", "images", "imaging", "study", "studies", "scans"})
#: The papers, the band a patient's identity is printed on, and the images of a record.
PAPERS = (
    PAPER_WORDS
    | RECORD_IMAGES
    | frozenset(
        {"wristband", "wristbands", "band", "nameband", "armband", "pre-assessment", "assessment"}
    )
)
#: Tokens after the person within which its paper is read ("wrong pt's results", "another pts
#: op note"), and before it ("consent form in the notes for lap appendicectomy was for a
#: different pt").
PAPER_AFTER = 3
PAPER_BEFORE = 12
#: Tokens after the person of a wrong-person phrase within which its paper names the phrase as
#: the paper's, past the procedure it is of ("another patient's prostate biopsy result").
NAMED_PAPER_AFTER = 5
#: The concepts telling the wrong person brought, put in place of the one meant or operated on.
WRONG_PERSON_CONCEPTS = (
    WRONG_PERSON_OPERATED,
    WRONG_PERSON_STOPPED,
    "wrong_patient_to_theatre",
    "wrong_person_instead",
    "procedure_begun",
)
#: A paper carried with a person ("notes + consent brought through with the pt"): the person
#: brought with another's papers, set up for the procedure on them.
CARRYING_VERBS = PRESENCE_VERBS | GOING_VERBS
WITH_PERSON_AFTER = 5
WRONG_SITE_CONCEPT = "wrong_site"
DIGIT_MISMATCH_CONCEPT = "digit_mismatch"


def papers_of_another(analysis: Analysis) -> list[Span]:
    """Where a person is told as another patient, in its clause, and a paper as theirs (the
    person's span); not another's paper told as the source of this patient's record."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    found = []
    for at, token in enumerate(tokens):
        if token not in PAPER_PERSON_WORDS:
            continue
        before = list(doc.before_in_clause(at, ANOTHER_BEFORE))
        if not any(tokens[i] in ANOTHER_WORDS for i in before):
            continue
        if word_shortly_before(tokens, sentence_of, min(before), SOURCE_WORDS, SOURCE_BEFORE):
            continue
        if any(
            tokens[i] in PAPERS for i in doc.after_in_clause(at, at + 1, PAPER_AFTER)
        ) or word_shortly_before(tokens, sentence_of, at, PAPERS, PAPER_BEFORE):
            found.append((at, at + 1))
    return found


def _holds_a_paper(analysis: Analysis, span: Span, papers: list[Span]) -> bool:
    """Whether a wrong-site phrase holds a paper ("the wrong pt's notes were brought") or a
    paper of another, not an act on a person, side, site or part ("FSE applied to the baby of
    the wrong woman")."""
    tokens = analysis.doc.tokens[span[0] : span[1]]
    return not PAPERS.isdisjoint(tokens) or any(span[0] <= at < span[1] for at, _ in papers)


def _names_the_paper(analysis: Analysis, span: Span, papers: list[Span]) -> bool:
    """Whether a wrong-person phrase names the paper itself: a paper in it, or another's person
    in it whose paper follows just after ("another patient's prostate biopsy result")."""
    doc = analysis.doc
    return not PAPERS.isdisjoint(doc.tokens[span[0] : span[1]]) or any(
        span[0] <= at < span[1]
        and any(doc.tokens[i] in PAPERS for i in doc.after_in_clause(at, at + 1, NAMED_PAPER_AFTER))
        for at, _ in papers
    )


def _carried_with_a_person(analysis: Analysis) -> bool:
    """Whether something is told carried with a person ("notes + consent brought through with
    the pt"): the person was brought too."""
    doc = analysis.doc
    tokens = doc.tokens
    for at, token in enumerate(tokens):
        if token not in CARRYING_VERBS:
            continue
        after = list(doc.after_in_clause(at, at + 1, WITH_PERSON_AFTER))
        if any(
            tokens[i] == "with" and not PAPER_PERSON_WORDS.isdisjoint(tokens[i + 1 : i + 3])
            for i in after
        ):
            return True
    return False


def _side_set_against_a_plan(analysis: Analysis) -> bool:
    """Whether a side is told acted on and the other side planned."""
    acted_left, acted_right = (analysis.concept(side) for side in ACTED_SIDES)
    planned_left, planned_right = (analysis.concept(side) for side in PLANNED_SIDES)
    return bool((acted_left and planned_right) or (acted_right and planned_left))


def _add_another_patients_paper(analysis: Analysis) -> None:
    """Add ANOTHER_PATIENTS_PAPER where another patient's paper is told and nothing of a wrong
    person or a wrong site (see the module's docstring)."""
    if ANOTHER_WORDS.isdisjoint(analysis.doc.tokens):
        return
    papers = papers_of_another(analysis)
    if not papers:
        return
    if any(
        not _names_the_paper(analysis, span, papers)
        for concept in WRONG_PERSON_CONCEPTS
        for span in analysis.concept(concept)
    ):
        return  # a person told wrong other than by the paper itself
    if analysis.concept(DIGIT_MISMATCH_CONCEPT) or _side_set_against_a_plan(analysis):
        return
    if not all(
        _holds_a_paper(analysis, span, papers) for span in analysis.concept(WRONG_SITE_CONCEPT)
    ):
        return
    if records_disagree(analysis):
        return  # this patient's records told against each other: a paper error of their own
    if presences(analysis) or acts_done(analysis) or _carried_with_a_person(analysis):
        return
    analysis.add_found(concept_label(ANOTHER_PATIENTS_PAPER), papers)
    _add_right_person_first_time(analysis)


def _add_right_person_first_time(analysis: Analysis) -> None:
    """With only another patient's paper told, add CORRECT_SIDE_FIRST_TIME at a redo told of the
    correct person ("Biopsy later done on the correct pt and lesion" after the wrong patient's
    CT was opened and closed; dev-164684): nobody else was acted on, so the procedure on the
    one meant was its first doing, no redo after a wrong one."""
    tokens = analysis.doc.tokens
    right_person = [
        span
        for span in analysis.concept(REDO_CONCEPT)
        if not PAPER_PERSON_WORDS.isdisjoint(tokens[span[0] : span[1]])
    ]
    if right_person:
        analysis.add_found(concept_label(CORRECT_SIDE_FIRST_TIME), right_person)


#: Care that opens nothing, told as what was put on the wrong one: a care noun with a verb of
#: putting or giving in the same stretch ("plaster cast put on the R forearm", "gave the B12
#: injection to the wrong pt"), a verb of care ("bandaged the wrong leg", "instilled ... into the
#: L eye"), or imaging of the wrong one ("took a check film of the wrong pts hip"). A care noun
#: with no such verb is a sign seen there ("the dressing was on the wrong side", "post op film
#: shows L3/4"), not what was done.
CARE_NOUNS = frozenset(
    {
        *("cast", "casts", "plaster", "pop", "backslab", "slab", "splint", "sling", "brace"),
        *("collar", "bandage", "bandages", "dressing", "dressings", "stocking", "stockings"),
        *("ted", "teds", "drops", "eyedrops", "ointment", "cream", "gel", "patch", "vaccine"),
        *("vaccination", "immunisation", "jab", "b12", "depot"),
    }
)
CARE_NOUN_PAIRS = frozenset({("b", "12")})
CARE_VERBS = frozenset(
    {"bandaged", "splinted", "plastered", "instilled", "dressed", "x-rayed", "xrayed", "imaged"}
)
PUTTING_VERBS = frozenset(
    {"put", "applied", "reapplied", "given", "gave", "administered", "placed", "fitted"}
)
#: Imaging told of the wrong one by "of" just after it.
IMAGING_NOUNS = frozenset({"film", "films", "x-ray", "xray", "radiograph", "scan", "image"})
#: Words before drops that make them a step of the operation ("dilating drops put into the R
#: eye, pt for L cataract": the eye set up for the operation, a wrong site caught).
PREPARATION_WORDS = frozenset(
    {"dilating", "dilation", "dilatation", "mydriatic", "anaesthetic", "iodine", "betadine"}
)
#: Words that open another clause: the act is read back to the nearest of them ("noticed as the
#: dressing was applied and said it was the wrong foot").
CLAUSE_OPENERS = frozenset(
    {"and", "but", "when", "as", "so", "then", "after", "before", "because", "while", "whilst"}
)
CARE_WORDS = (CARE_NOUNS, CARE_VERBS, IMAGING_NOUNS, frozenset({"12"}))
#: Tokens before the words of the wrong one within which the act done there is read.
ACT_BEFORE = 10


def _care_noun(tokens: list[str], at: int) -> bool:
    """Whether token `at` is a care noun (B12 read as "b" "12"), not drops of the operation's
    set-up."""
    if at > 0 and tokens[at - 1] in PREPARATION_WORDS:
        return False
    return tokens[at] in CARE_NOUNS or (at > 0 and (tokens[at - 1], tokens[at]) in CARE_NOUN_PAIRS)


def _care_told_before(doc: Document, wrong: Span, invasive: set[int]) -> bool | None:
    """Whether the act nearest before the words of the wrong one (`wrong`) in their clause,
    within ACT_BEFORE tokens, is care (True) or an invasive procedure named (False); None when
    neither is told. The verb of putting may be in those words ("cast put on the R"). A
    procedure word with a care noun just before it is that care's ("B12 injection")."""
    tokens = doc.tokens
    stretch = []
    for i in doc.before_in_clause(wrong[0], ACT_BEFORE):
        if tokens[i] in CLAUSE_OPENERS:
            break
        stretch.append(i)
    putting = any(
        tokens[i] in PUTTING_VERBS or tokens[i] in CARE_VERBS for i in (*stretch, *range(*wrong))
    )
    for i in stretch:
        if i in invasive:
            return putting and i - 1 in stretch and _care_noun(tokens, i - 1)
        if tokens[i] in CARE_VERBS or (putting and _care_noun(tokens, i)):
            return True
        if tokens[i] in IMAGING_NOUNS and tokens[i + 1] == "of":
            return True
    if putting and _care_named_by_pronoun(doc, (*stretch, *range(*wrong))):
        return True
    return None


#: Pronouns the care put on the wrong one may be told by ("Daughter put them in the left eye"
#: after "the label on the maxitrol drops said left eye"), and how far back their care noun is
#: read.
CARE_PRONOUNS = frozenset({"them", "these", "those"})
CARE_PRONOUN_REACH = 15


def _care_named_by_pronoun(doc: Document, told: Sequence[int]) -> bool:
    """Whether a pronoun among the `told` tokens stands for a care noun told within
    CARE_PRONOUN_REACH tokens before it (dev-179347's drops, told again by a paraphrase)."""
    tokens = doc.tokens
    for at in told:
        if tokens[at] in CARE_PRONOUNS and any(
            _care_noun(tokens, i) for i in range(max(0, at - CARE_PRONOUN_REACH), at)
        ):
            return True
    return False


def _merged(spans: list[Span]) -> list[Span]:
    """The spans with those that overlap joined: one telling of the wrong one, read from its
    first word ("L eye (un-operated) instead of the R eye")."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


#: Procedures the procedure phrases name that open nothing: wax taken out of the ear canal
#: ("Microsuction done on R ear, referral was for L ear wax"). When they are the only procedure
#: told, the act on the wrong one is care, whatever its side.
CARE_PROCEDURES = frozenset({"microsuction", "syringing", "syringed"})


def _only_care_procedures(analysis: Analysis) -> bool:
    """Whether every procedure word read is one of CARE_PROCEDURES."""
    spans = analysis.concept(SURGICAL_PROCEDURE)
    return bool(spans) and all(
        set(analysis.doc.tokens[start:end]) <= CARE_PROCEDURES for start, end in spans
    )


def _add_care_at_the_site(analysis: Analysis) -> None:
    """Add CARE_AT_THE_SITE at the words of the wrong one when the act told just before every
    one of them is care, not an invasive procedure, or the only procedure told is care that
    opens nothing (see the module's docstring)."""
    doc = analysis.doc
    if not CARE_PROCEDURES.isdisjoint(doc.tokens) and _only_care_procedures(analysis):
        wrong = analysis.concept(WRONG_SITE_CONCEPT) or [
            span for side in ACTED_SIDES for span in analysis.concept(side)
        ]
        if wrong:
            spans = [*wrong, *analysis.concept(SURGICAL_PROCEDURE)]
            analysis.add_found(concept_label(CARE_AT_THE_SITE), spans)
        return
    if all(words.isdisjoint(doc.tokens) for words in CARE_WORDS):
        return
    # the words of the wrong one: a wrong site told, else a side acted on (the side rules' act)
    wrong = analysis.concept(WRONG_SITE_CONCEPT)
    if not wrong:
        wrong = [span for side in ACTED_SIDES for span in analysis.concept(side)]
    if not wrong:
        return
    invasive = {i for start, end in analysis.concept(SURGICAL_PROCEDURE) for i in range(start, end)}
    if all(_care_told_before(doc, span, invasive) for span in _merged(wrong)):
        analysis.add_found(concept_label(CARE_AT_THE_SITE), wrong)


#: The outside documents the operator may act on: document_source's reports, referrals and
#: letters, and the request forms and recalls sent in.
OUTSIDE_DOCUMENTS = DOCUMENT_NOUNS | frozenset({"form", "forms", "request", "recall"})
#: Words telling a document as erring or put right ("the report had the side wrong", "report
#: corrected next day", "Radiologist has amended report", "mislabelled the side").
DOCUMENT_ERROR_WORDS = frozenset(
    {
        *("wrong", "wrongly", "incorrect", "incorrectly", "error", "erroneous", "typo"),
        *("mislabelled", "mislabeled", "amended", "corrected"),
    }
)
#: ... or its writer ("Lab error found on audit", "the referrer had written the wrong side").
DOCUMENT_WRITERS = frozenset({"lab", "laboratory", "labs", "referrer", "referrers"})
DOCUMENT_ERROR_AFTER = 12
RELATIVE_WORDS = frozenset({"which", "that", "whose"})
DOCUMENT_ERROR_BEFORE = 2
#: Words telling the act as done by a document, just before it ("as per the US report",
#: "according to report", "followed the form", "because the histology report had ...").
FOLLOWING_WORDS = frozenset({"per", "according", "following", "followed", "based", "because", "as"})
FOLLOWING_BEFORE = 4
#: ... or the side told as the document's ("done on the side in the report").
SITE_WORDS = frozenset({"side", "site", "level"})


def _outside_documents(doc: Document) -> list[int]:
    """The outside documents named: not the team's own record (document_source's words)."""
    tokens = doc.tokens
    return [
        at
        for at, token in enumerate(tokens)
        if token in OUTSIDE_DOCUMENTS
        and OWN_RECORD_WORDS.isdisjoint(tokens[max(0, at - OWN_RECORD_BEFORE) : at])
    ]


def _told_wrong(doc: Document, at: int) -> bool:
    """Whether the document (or its writer) at `at` is told as erring: a correction just before
    it ("amended report"), or an error word after it in what is told of it: its clause, or one
    opened by "which" or "that" ("the US report, which had the side wrong"), up to another
    clause's opener ("the referral said L knee - the clinician misread it, wrong knee
    injected" tells the clinician's error)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if word_shortly_before(tokens, sentence_of, at, DOCUMENT_ERROR_WORDS, DOCUMENT_ERROR_BEFORE):
        return True
    for i in range(at + 1, min(len(tokens), at + 1 + DOCUMENT_ERROR_AFTER)):
        if sentence_of[i] != sentence_of[at] or tokens[i] in CLAUSE_OPENERS:
            return False
        if i in doc.clause_breaks and tokens[i] not in RELATIVE_WORDS:
            return False
        if tokens[i] in DOCUMENT_ERROR_WORDS:
            return True
    return False


def _followed(doc: Document, at: int) -> bool:
    """Whether the document at `at` is told as what the act followed, in its clause."""
    tokens = doc.tokens
    before = [tokens[i] for i in doc.before_in_clause(at, FOLLOWING_BEFORE)]
    if not FOLLOWING_WORDS.isdisjoint(before):
        return True
    return before[:2] == ["the", "in"] and not SITE_WORDS.isdisjoint(before[2:])


def _add_wrong_document_followed(analysis: Analysis) -> None:
    """Add WRONG_DOCUMENT_FOLLOWED at the documents told as followed when an outside document
    is told as erring (see the module's docstring)."""
    doc = analysis.doc
    if DOCUMENT_ERROR_WORDS.isdisjoint(doc.tokens):
        return
    documents = _outside_documents(doc)
    writers = [at for at, token in enumerate(doc.tokens) if token in DOCUMENT_WRITERS]
    told_wrong = any(_told_wrong(doc, at) for at in (*documents, *writers))
    if not told_wrong and not _writing_told_wrong(doc):
        return
    followed = [(at, at + 1) for at in documents if _followed(doc, at)] if told_wrong else []
    plans = _plans_from_a_document(analysis, documents)
    if plans:
        # the plan the act was set against was the wrong document's: every wrong-site reading
        # of the report is read against that plan ("GP confirms they dictated the wrong side")
        followed += plans + analysis.concept(WRONG_SITE_CONCEPT)
    if followed:
        analysis.add_found(concept_label(WRONG_DOCUMENT_FOLLOWED), followed)


#: Words of a report's telling ("reported as 'left pleural effusion'", "described a lump in the
#: LEFT breast"): the report's words, read as the document's.
REPORTING_VERBS = frozenset({"reported", "described"})
#: A form is as often the team's own (a booking form, a listing form) as one sent in: no source
#: of the plan by itself (a request form is read by its "request").
FORM_WORDS = frozenset({"form", "forms"})
#: Tokens after the document (or its telling) within which the side it gave is read.
DOCUMENT_SIDE_AFTER = 12
#: Words telling a writing as erring ("dictated the wrong side", "keyed wrongly", "should have
#: said right"): a document's error told by its writing, whoever wrote it. Not a saying ("pt
#: said wrong side", "consent form said L in error") nor a reporting of the incident
#: ("reported as wrong site NE"): "said" only as what should have been written.
WRITING_VERBS = frozenset(
    {"dictated", "keyed", "typed", "written", "wrote", "entered", "generated", "transcribed"}
)
WRITING_ERROR_REACH = 4
SHOULD_WORDS = frozenset({"should"})
SHOULD_HAVE_WRITTEN = WRITING_VERBS | frozenset({"said", "read", "stated"})


def _writing_told_wrong(doc: Document) -> bool:
    """Whether a writing is told as erring: an error word within a few tokens after a verb of
    writing in its sentence ("they dictated the wrong side", "keyed wrongly at their end"), or
    "should" just before one ("should have said right")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if SHOULD_HAVE_WRITTEN.isdisjoint(tokens):
        return False  # no verb of writing or saying: neither reading can start
    for at, token in enumerate(tokens):
        if token in WRITING_VERBS and word_shortly_after(
            tokens, sentence_of, at, DOCUMENT_ERROR_WORDS, WRITING_ERROR_REACH
        ):
            return True
        if token in SHOULD_HAVE_WRITTEN and word_shortly_before(
            tokens, sentence_of, at, SHOULD_WORDS, 2
        ):
            return True
    return False


def _first_side_after(
    tokens: list[str], sentence_of: list[int], at: int, reach: int
) -> tuple[int, int] | None:
    """The first side word within `reach` tokens after token `at` in its sentence (token, side
    index), or None."""
    for i in range(at + 1, min(len(tokens), at + 1 + reach)):
        if sentence_of[i] != sentence_of[at]:
            return None
        side = side_of(tokens[i])
        if side is not None:
            return i, side
    return None


def _plans_from_a_document(analysis: Analysis, documents: list[int]) -> list[Span]:
    """The planned sides (PLANNED_SIDES' spans) whose side word is the side an outside document
    or a report's telling gave (the first side word after it in its sentence): the plan came
    from the document (told erring by the caller). None when a side set up or marked goes
    against that side."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    sources = [
        *(at for at in documents if tokens[at] not in FORM_WORDS),
        *(at for at, token in enumerate(tokens) if token in REPORTING_VERBS),
    ]
    given: dict[int, int] = {}  # side word -> side
    for at in sources:
        first = _first_side_after(tokens, sentence_of, at, DOCUMENT_SIDE_AFTER)
        if first is not None:
            i, side = first
            if not (i + 1 < len(tokens) and tokens[i + 1].isdigit()):
                given[i] = side
    plans = [
        span
        for side, concept in enumerate(PLANNED_SIDES)
        for span in analysis.concept(concept)
        if any(span[0] <= i < span[1] and given[i] == side for i in given)
    ]
    if not plans:
        return []
    sides = {given[i] for i in given}
    against = [span for side in sides for span in analysis.concept(SET_UP_SIDES[1 - side])]
    return [] if against or _side_marked_against(analysis, sides) else plans


def _side_marked_against(analysis: Analysis, sides: set[int]) -> bool:
    """Whether the side other than a document's is told marked: the team's own side."""
    return any(analysis.concept(MARKED_SIDES[1 - side]) for side in sides)


#: A consent taken anew ("re-consented for R CTR", "new consent signed for L", "consent form
#: amended to R and re-signed"): the words that renew it, and those that follow "consent".
RENEWED_CONSENT_WORDS = frozenset({"reconsented", "re-consented"})
NEW_WORDS = frozenset({"new", "fresh", "second"})
CONSENT_WORDS = frozenset({"consent", "consented"})
CONSENT_CHANGED_WORDS = frozenset({"amended", "redone", "changed", "updated"})
CONSENT_CHANGED_AFTER = 3
NEW_SIDE_AFTER = 6
#: A renewal denied ("No new consent was taken for the R", "not re-consented", "consent form
#: was not updated", "without a fresh consent", "didn't reconsent"): a negator among the tokens
#: just before the consent word or just after it, in its sentence; the old consent stands, and
#: the wish told before it was never made the plan.
RENEWAL_NEGATORS = NEGATORS | frozenset({"without", "wasnt", "werent", "hadnt", "didnt"})
RENEWAL_DENIED_BEFORE = 3
RENEWAL_DENIED_AFTER = 3


def _renewal_denied(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the consent told renewed at token `at` is denied: a negator among the
    RENEWAL_DENIED_BEFORE tokens before it or the RENEWAL_DENIED_AFTER after it, in its
    sentence (a side word after it ends the reach: "new consent for L, not R" renews L)."""
    sentence = sentence_of[at]
    before = range(max(0, at - RENEWAL_DENIED_BEFORE), at)
    if any(tokens[i] in RENEWAL_NEGATORS and sentence_of[i] == sentence for i in before):
        return True
    for i in range(at + 1, min(len(tokens), at + 1 + RENEWAL_DENIED_AFTER)):
        if sentence_of[i] != sentence or side_of(tokens[i]) is not None:
            return False
        if tokens[i] in RENEWAL_NEGATORS:
            return True
    return False


#: What tells the patient's state or wish changed since the plan ("the L is much worse now",
#: "the L has settled", "she wanted that one doing first", "changed her mind").
CHANGE_WORDS = frozenset(
    {"worse", "settled", "wanted", "wants", "preferred", "prefers", "chose", "mind"}
    # ... or the other side offered and taken up ("discussed with pt, who was happy to have the
    # L done", "pt agreed to have the R drained instead"): the side chosen with the patient
    | {"happy", "agreed"}
)
#: A wish told by preferring ("she'd rather have the L done first", "would rather"): a change of
#: the patient's wish unless "than" follows, which sets a side done against one meant ("L
#: injected rather than R").
PREFERRING_WORD = "rather"
CONTRAST_AFTER_PREFERRING = "than"
#: "re" just after "consent" opens its renewal ("consent re-taken for L", "consent re-signed").
RENEWAL_AFTER = "re"
#: Words of an error noticed at a check ("Noticed at sign in, re-consented"): a consent taken
#: anew after one told after the change corrects a wrong form, the wish unchanged.
NOTICED_WORDS = frozenset(
    {"noticed", "spotted", "identified", "realised", "realized", "queried", "caught", "picked"}
)


def _renewed_consents(doc: Document) -> list[tuple[int, int]]:
    """Each consent told as taken anew with the side it names (token, side index): the first
    side word within NEW_SIDE_AFTER tokens in its sentence."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    found = []
    for at, token in enumerate(tokens):
        renewed = (
            token in RENEWED_CONSENT_WORDS
            or (token in CONSENT_WORDS and at > 0 and tokens[at - 1] in NEW_WORDS | {"re"})
            or (token in CONSENT_WORDS and at + 1 < len(tokens) and tokens[at + 1] == RENEWAL_AFTER)
            or (
                token in CONSENT_WORDS
                and word_shortly_after(
                    tokens, sentence_of, at, CONSENT_CHANGED_WORDS, CONSENT_CHANGED_AFTER
                )
            )
        )
        if not renewed or _renewal_denied(tokens, sentence_of, at):
            continue
        first = _first_side_after(tokens, sentence_of, at, NEW_SIDE_AFTER)
        if first is not None:
            found.append((at, first[1]))
    return found


#: A side's state told grown worse by a word of degree before it ("the R is now more painful",
#: "increasingly symptomatic"): the patient's state changed, like "worse".
STATE_WORDS = frozenset({"painful", "symptomatic", "troublesome", "bothersome", "sore"})
DEGREE_WORDS = frozenset({"more", "now", "increasingly", "most"})
#: A wish told as the patient's request ("pt asked to have the R done", "she requested the
#: left"): a change of wish when the last person named before it in its sentence is the patient
#: or their family (side_as_meant's CHOOSER_WORDS), not the team ("the reg asked for the L").
REQUEST_WORDS = frozenset({"asked", "asks", "requested", "requests"})
#: What a request word tells a wish with, straight after it ("asked for the R", "asked if the
#: L could be done", "requested the left", "asked to have the R done", "asked to be listed"): not
#: the patient asked to do something ("pt asked to confirm procedure") nor a question ("asked
#: why the consent said R", "asked which knee"), which choose no side.
REQUESTED_AFTER = frozenset({"for", "if", "that", "the", "her", "his", "their", "instead"})
REQUESTED_AFTER_TO = frozenset({"have", "be", "get", "go"})
CHANGE_TOLD_WORDS = CHANGE_WORDS | STATE_WORDS | REQUEST_WORDS | {PREFERRING_WORD}


def _asked_by_the_patient(doc: Document, at: int) -> bool:
    """Whether the request word at `at` is the patient's: the last person named before it in
    its sentence is a chooser, not the team."""
    first, _ = doc.sentence_tokens(doc.sentence_of[at])
    persons = [t for t in doc.tokens[first:at] if t in CHOOSER_WORDS or t in STAFF_WORDS]
    return bool(persons) and persons[-1] in CHOOSER_WORDS


def _tells_a_wish(tokens: list[str], at: int) -> bool:
    """Whether the request word at `at` tells a wish by the words straight after it
    (REQUESTED_AFTER, "to" and REQUESTED_AFTER_TO, or a side)."""
    following = tokens[at + 1 : at + 3]
    if not following:
        return False
    if following[0] in REQUESTED_AFTER or side_of(following[0]) is not None:
        return True
    return following[0] == "to" and following[1:] != [] and following[1] in REQUESTED_AFTER_TO


def _tells_a_change(doc: Document, at: int) -> bool:
    """Whether token `at` tells the patient's state or wish changed (CHANGE_WORDS, a state word
    after a word of degree, the patient's own request), or a wish by preferring ("she'd rather
    have the L done"), not a contrast ("rather than")."""
    tokens = doc.tokens
    token = tokens[at]
    if token in CHANGE_WORDS:
        return True
    if token in STATE_WORDS:
        return at > 0 and tokens[at - 1] in DEGREE_WORDS
    if token in REQUEST_WORDS:
        return _tells_a_wish(tokens, at) and _asked_by_the_patient(doc, at)
    return token == PREFERRING_WORD and tokens[at + 1 : at + 2] != [CONTRAST_AFTER_PREFERRING]


def _add_side_changed_before_the_act(analysis: Analysis) -> None:
    """Add SIDE_CHANGED_BEFORE_THE_ACT at the patient told choosing the side then done
    (`side_as_meant.patient_choices`), or at a consent taken anew for a side when a change of the
    patient's state or wish is told before it and the other side is not told acted on or set up
    after it, nor acted on before the change:
    the side chosen on the day, not a wrong one (the guide's "a patient choosing the other side
    on the day")."""
    if choices := patient_choices(analysis):
        # the patient told choosing the side that was then done (engine side_as_meant)
        analysis.add_found(concept_label(SIDE_CHANGED_BEFORE_THE_ACT), choices[:1])
        return
    doc = analysis.doc
    tokens = doc.tokens
    if CHANGE_TOLD_WORDS.isdisjoint(tokens) or (
        CONSENT_WORDS.isdisjoint(tokens) and (RENEWED_CONSENT_WORDS.isdisjoint(tokens))
    ):
        return
    for at, side in _renewed_consents(doc):
        changes = [i for i in range(at) if _tells_a_change(doc, i)]
        if not changes:
            continue
        if any(token in NOTICED_WORDS for token in tokens[changes[0] : at]):
            continue  # a wrong form noticed, then consented anew: the guide's paper error
        other = [
            span
            for concepts in (ACTED_SIDES, SET_UP_SIDES)
            for span in analysis.concept(concepts[1 - side])
        ]
        if any(start > at for start, _ in other):
            continue  # the other side acted on or set up after it: the wrong side after all
        told_otherwise = [
            span
            for concepts in (PLANNED_SIDES, SET_UP_SIDES)
            for span in analysis.concept(concepts[1 - side])
        ]
        if any(
            start < changes[0] and not any(p < end and start < q for p, q in told_otherwise)
            for start, end in analysis.concept(ACTED_SIDES[1 - side])
        ):
            # the other side acted on before the change was told, not in the words of its plan
            # or set-up ("Surgeon operated on the L knee. Post op pt said the R knee now more
            # painful; re-consented for R"; not "listed for R carpal tunnel steroid injection",
            # "had the L eye prepped"): a wrong site done, then the side meant taken anew, not
            # a choice before the act
            continue
        analysis.add_found(concept_label(SIDE_CHANGED_BEFORE_THE_ACT), [(at, at + 1)])
        return


def _add_wish_as_the_plan(analysis: Analysis) -> None:
    """Add the side the patient wished for before an act on the other side told as an error
    (`side_as_meant.wishes_not_followed`) as the side planned, and take the wish's own words out
    of that side's acts ("pt wanted the left done but the R was injected by mistake": "left
    done" is the wish, not an act)."""
    for side, where in wishes_not_followed(analysis):
        acted = ACTED_SIDES[side]
        wish = [span for span in analysis.concept(acted) if span[0] <= where < span[1]]
        if wish:
            analysis.remove_found(concept_label(acted), wish)
        analysis.add_found(concept_label(PLANNED_SIDES[side]), [(where, where + 1)])


SITE_ADDED_ON_PURPOSE = "site_added_on_purpose"
#: Words after a consent's change that tell a site added to it, not a site put right ("written
#: consent was amended to include both", "consent form updated to add the neck skin tag").
ADDING_WORDS = frozenset({"include", "including", "both", "add", "added", "adding", "also"})
ADDED_AFTER = 6


def _add_site_added_on_purpose(analysis: Analysis) -> None:
    """Add SITE_ADDED_ON_PURPOSE at a consent told changed to take in a further site ("the
    registrar examined it, and written consent was amended to include both before starting"),
    with no side acted on against a side planned and no wrong site, digit or person told: a
    second site intended, the list only out of date, no wrong site corrected."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if ADDING_WORDS.isdisjoint(tokens) or CONSENT_WORDS.isdisjoint(tokens):
        return
    if _side_set_against_a_plan(analysis) or analysis.concept(WRONG_SITE_CONCEPT):
        return
    if any(analysis.concept(concept) for concept in SIDE_AGAINST_CONCEPTS):
        return
    added = [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in CONSENT_WORDS
        and word_shortly_after(
            tokens, sentence_of, at, CONSENT_CHANGED_WORDS, CONSENT_CHANGED_AFTER
        )
        and word_shortly_after(tokens, sentence_of, at, ADDING_WORDS, ADDED_AFTER)
    ]
    if added:
        analysis.add_found(concept_label(SITE_ADDED_ON_PURPOSE), added)


#: A change of the operation told as the operator's decision on the table ("Consultant
#: documented decision to use a smaller tube instead", "Meckel's found and resected instead
#: after discussion", "intra-operative decision by the consultant to change to a cemented
#: stem"): the words of deciding, and the words of a change they tell of, in one clause.
DECISION_WORDS = frozenset(
    {
        *("decision", "decided", "decide", "chose", "opted", "elected", "judgement"),
        *("judgment", "discussion", "agreed"),
    }
)
CHANGE_OF_ACT_WORDS = frozenset(
    {"instead", "change", "changed", "changing", "switch", "switched", "converted", "different"}
)
CHANGE_OF_ACT_REACH = 8
#: ... or the implant changed on purpose, as never event 2 reads it.
#: The concepts of two sides, levels or persons set against each other: a wrong one told,
#: whatever was decided.
SIDE_AGAINST_CONCEPTS = (DIGIT_MISMATCH_CONCEPT, *WRONG_PERSON_CONCEPTS)
PROCEDURE_CHANGED_ON_PURPOSE = "procedure_changed_on_purpose"


#: A failed attempt at the site planned, the clinical reason to move on to another ("2 goes at
#: L3/4 didnt work", "unable to advance the wire", "failed passes", "attempted x3 without
#: success"): words telling the attempt failed, and those that make "failed", "unable" or
#: "did not" of an attempt rather than of a duty ("failed to check the side" is an error).
UNSUCCESSFUL_WORDS = frozenset({"unsuccessful", "unsuccessfully"})
SUCCESS_WORD = "success"
WITHOUT_WORDS = frozenset({"without", "no"})
FAILED_WORDS = frozenset({"failed", "failure", "unable"})
ATTEMPT_WORDS = frozenset(
    {
        *("attempt", "attempts", "attempted", "pass", "passes", "go", "goes", "tries", "try"),
        *("cannulation", "access", "advance", "cannulate", "get", "puncture", "insert"),
    }
)
DID_NOT_WORDS = frozenset({"didnt", "didn't", "not"})
WORK_WORD = "work"
FAILED_ATTEMPT_REACH = 3
WORKED_ATTEMPT_BEFORE = 7
#: The tokens one of which a failed attempt is told by (a quick test before reading it).
REASON_TOKENS = UNSUCCESSFUL_WORDS | FAILED_WORDS | {SUCCESS_WORD, WORK_WORD}
#: Words of the reporter's own belief or report, before an error word in its sentence
#: ("reported as i thought the LP was done in the wrong place", "Reported by a new starter who
#: thought it was a wrong site"): the report's worry, answered by the reason told, not an error
#: told as fact.
REPORTERS_VIEW_WORDS = frozenset({"thought", "reported", "reporting", "believed", "felt"})
REPORTERS_VIEW_BEFORE = 12


def _failed_attempt(tokens: list[str], at: int) -> bool:
    """Whether token `at` tells an attempt at the act failing ("unsuccessful", "without
    success", "failed passes", "unable to advance", "didnt work")."""
    token = tokens[at]
    if token in UNSUCCESSFUL_WORDS:
        return True
    if token == SUCCESS_WORD:
        return at > 0 and tokens[at - 1] in WITHOUT_WORDS
    if token == WORK_WORD:
        # the attempts told just before ("2 goes at L3/4 didnt work"), not a check that "wasnt
        # done or didnt work"
        before = tokens[max(0, at - WORKED_ATTEMPT_BEFORE) : at]
        return at > 0 and tokens[at - 1] in DID_NOT_WORDS and not ATTEMPT_WORDS.isdisjoint(before)
    if token in FAILED_WORDS:
        near = tokens[max(0, at - 1) : at + 1 + FAILED_ATTEMPT_REACH]
        return not ATTEMPT_WORDS.isdisjoint(near)
    return False


def _reporters_view(doc: Document, at: int) -> bool:
    """Whether the error word at token `at` is told as the reporter's belief or report: a word
    of it shortly before in its sentence."""
    return word_shortly_before(
        doc.tokens, doc.sentence_of, at, REPORTERS_VIEW_WORDS, REPORTERS_VIEW_BEFORE
    )


def _decisions(doc: Document) -> list[int]:
    """The words of deciding told with a change of the act in their clause, and the failed
    attempts at the site planned (the reason the act moved on to another)."""
    tokens = doc.tokens
    found = []
    for at, token in enumerate(tokens):
        if _failed_attempt(tokens, at):
            found.append(at)
            continue
        if token not in DECISION_WORDS:
            continue
        near = [
            *doc.before_in_clause(at, CHANGE_OF_ACT_REACH),
            *doc.after_in_clause(at, at + 1, CHANGE_OF_ACT_REACH),
        ]
        if any(tokens[i] in CHANGE_OF_ACT_WORDS for i in near):
            found.append(at)
    return found


def _add_procedure_changed_on_purpose(analysis: Analysis) -> None:
    """Add PROCEDURE_CHANGED_ON_PURPOSE at the wrong-site words when the operation or its implant
    is told changed by the operator's decision on the table and nothing else is told wrong: no
    side acted on or set up against a side planned, no digit or person mistaken, every wrong-site
    word either inside someone's claim ("daughter ... saying her mum 'got the wrong hip'") or no
    error word; error words of the decision's own sentences ("resected instead") are the
    change's."""
    doc = analysis.doc
    if (
        DECISION_WORDS.isdisjoint(doc.tokens)
        and REASON_TOKENS.isdisjoint(doc.tokens)
        and not analysis.concept(INTENTIONAL_CHANGE)
    ):
        return
    decisions = [(at, at + 1) for at in _decisions(doc)] or analysis.concept(INTENTIONAL_CHANGE)
    if not decisions or analysis.concept(CHANGE_NOT_INTENDED):
        return
    if _side_set_against_a_plan(analysis) or any(
        analysis.concept(concept) for concept in SIDE_AGAINST_CONCEPTS
    ):
        return
    if any(analysis.concept(side) for side in SET_UP_SIDES):
        return
    deciding = {doc.sentence_of[start] for start, _ in decisions}
    wrong = analysis.concept(WRONG_SITE_CONCEPT)
    for start, end in wrong:
        if doc.sentence_of[start] in deciding or claim_framed(analysis, ((start, end),)):
            continue
        if _reporters_view(doc, start):
            continue
        if not ERROR_WORDS.isdisjoint(doc.tokens[start:end]):
            return
    told = [
        at
        for at, token in enumerate(doc.tokens)
        if token in ERROR_WORDS
        and doc.sentence_of[at] not in deciding
        and not claim_framed(analysis, ((at, at + 1),))
        and not _reporters_view(doc, at)
        and not word_shortly_before(doc.tokens, doc.sentence_of, at, NEGATORS, 3)
    ]
    if told:
        return  # an error told as fact besides the decision
    analysis.add_found(concept_label(PROCEDURE_CHANGED_ON_PURPOSE), [*wrong, *decisions])


#: The correct side told of the act ("repair on the correct side"), read by the redo's phrases,
#: and the reading that denies such a redo: the act done where it was meant the first time.
REDO_CONCEPT = "redo_correct_side"
CORRECT_SIDE_FIRST_TIME = "correct_side_first_time"
#: The redo read: the correct SIDE ("repair on the correct side"), not a correct lesion, level
#: or digit (one side named may still hold two lesions, levels or digits).
CORRECT_SIDE_WORDS = frozenset({"correct", "side"})
#: What a wrong one is told with besides the error words: the one meant or another.
MEANT_WORDS = frozenset(
    {"should", "meant", "supposed", "other", "another", "contralateral", "opposite", "real"}
)
#: The concepts telling a side planned, set up, marked or acted on.
SIDE_CONCEPTS = (*PLANNED_SIDES, *SET_UP_SIDES, *ACTED_SIDES, *MARKED_SIDES)


def _add_correct_side_only(analysis: Analysis) -> None:
    """Add CORRECT_SIDE_FIRST_TIME at the correct side's act when nothing wrong of a site is told
    anywhere ("Bowel nicked during lap hernia repair on the correct side, recognised and
    repaired"): no error word, no word of the one meant or another, no wrong site, no two sides
    named or read: the correct side is the first act's, no redo."""
    redo = [
        span
        for span in analysis.concept(REDO_CONCEPT)
        if CORRECT_SIDE_WORDS.issubset(analysis.doc.tokens[span[0] : span[1]])
    ]
    if not redo:
        return
    tokens = analysis.doc.tokens
    if not ERROR_WORDS.isdisjoint(tokens) or not MEANT_WORDS.isdisjoint(tokens):
        return
    if analysis.concept(WRONG_SITE_CONCEPT) or analysis.concept(DIGIT_MISMATCH_CONCEPT):
        return
    named = {n for n, words in enumerate(SIDE_WORDS) if not words.isdisjoint(tokens)}
    read = {n % 2 for n, concept in enumerate(SIDE_CONCEPTS) if analysis.concept(concept)}
    if len(named | read) > 1:
        return
    analysis.add_found(concept_label(CORRECT_SIDE_FIRST_TIME), redo)


#: A side error found ahead of the day (pre-op clinic, weeks before: a phrase concept), and what
#: tells the patient reached by it: a side acted on, set up or marked (the procedure begun is
#: one of WRONG_PERSON_CONCEPTS, read before this).
CAUGHT_BEFORE_THE_DAY = "side_error_caught_before_the_day"
SIDES_DONE = (*ACTED_SIDES, *SET_UP_SIDES, *MARKED_SIDES)
PAPER_ERROR_BEFORE_THE_DAY = "paper_error_before_the_day"
#: The papers of this patient's operation a side error is written on: the papers
#: (patient_identity.PAPER_WORDS) and the list or booking it was put on.
OPERATION_PAPERS = PAPER_WORDS | frozenset({"list", "listed", "booking", "booked", "listing"})


def _add_paper_error_before_the_day(analysis: Analysis) -> None:
    """Add PAPER_ERROR_BEFORE_THE_DAY when every wrong site is told in a sentence of a paper of
    the operation (consent, list, booking, letter), the error is told found ahead of the day and
    no day-of check is named (paperwork_catch's catch point), and nothing was done on the
    patient or on another person ("consent form for 'RIGHT ovarian cystectomy' ... noticed at
    pre-op assessment 3 weeks later to be wrong ... not yet on a list"): the guide's paper error
    put right ahead of the day, null."""
    caught = analysis.concept(CAUGHT_BEFORE_THE_DAY)
    wrong = analysis.concept(WRONG_SITE_CONCEPT)
    if not caught or analysis.concept(CHECKED_ON_THE_DAY):
        return  # (a day-of check named: the paper error caught there is near miss 1)
    if not wrong:
        _add_paper_side_put_right_ahead(analysis, caught)
        return
    if any(analysis.concept(c) for c in WRONG_PERSON_CONCEPTS) or not _done_only_as_meant(
        analysis, wrong, caught
    ):
        return
    doc = analysis.doc
    for start, _ in wrong:
        first, last = doc.sentence_tokens(doc.sentence_of[start])
        if OPERATION_PAPERS.isdisjoint(doc.tokens[first:last]):
            return
    analysis.add_found(concept_label(PAPER_ERROR_BEFORE_THE_DAY), [*wrong, *caught])


def _paper_side(doc: Document, wrong: list[Span], caught: list[Span]) -> int | None:
    """The first side named from the first wrong site up to the first catch ahead of the day
    ("Consent form named the wrong side (left), picked up in pre-op clinic", "list had left hip
    instead of right"): the side the paper had, or None."""
    start, end = min(span[0] for span in wrong), min(span[0] for span in caught)
    if start >= end:
        # the paper's error told after its catch ("list corrected ... the day before the op -
        # it said L hip instead of R"): the first side of the wrong site itself
        first = min(wrong)
        end = first[1]
    sides = (side_of(doc.tokens[i]) for i in range(start, end))
    return next((side for side in sides if side is not None), None)


#: A time that makes an operation the patient's history ("R knee was done 2019", "operated last
#: year"), and how many tokens after an act's span it may start.
OPERATION_HISTORY = "operation_in_history"
HISTORY_REACH = 3


def _dated_as_history(analysis: Analysis, span: Span) -> bool:
    """Whether a side's act is dated as the patient's past operation, the time starting on its
    last word or just after it in its sentence ("Pt, clinic letter and x-rays all say L knee (R
    knee was done 2019)": the other knee's old operation, nothing done for this booking; batch
    104 dev-176408)."""
    sentence_of = analysis.doc.sentence_of
    return any(
        span[0] < time[0] <= span[1] + HISTORY_REACH
        and sentence_of[time[0]] == sentence_of[span[0]]
        for time in analysis.concept(OPERATION_HISTORY)
    )


def _done_only_as_meant(analysis: Analysis, wrong: list[Span], caught: list[Span]) -> bool:
    """Whether nothing was done on the patient (SIDES_DONE), or only after the
    catch ahead of the day and on a side other than the paper's (`_paper_side`): "picked up in
    pre-op clinic 3 weeks before surgery and corrected, right side operated" is the paper
    put right, then the operation where it was meant. Not the procedure begun, nor a side's
    act, set-up or mark told before the catch or on the paper's side."""
    done = [
        span
        for c in SIDES_DONE
        for span in analysis.concept(c)
        if not _dated_as_history(analysis, span)
    ]
    if not done:
        return True
    catch_end = max(span[1] for span in caught)
    # (a wrong site that holds no act is the paper's: "it said L hip instead of R")
    papers_errors = [w for w in wrong if not any(a[0] < w[1] and w[0] < a[1] for a in done)]
    if _error_told_after(analysis, catch_end, papers_errors):
        return False
    paper = _paper_side(analysis.doc, wrong, caught)
    tokens = analysis.doc.tokens
    # (no side on the paper told: an act after the catch cannot be on the paper's side)
    return all(
        span[0] >= catch_end
        and (paper is None or paper not in {side_of(t) for t in tokens[span[0] : span[1]]})
        for span in done
    )


def _error_told_after(
    analysis: Analysis, catch_end: int, papers_errors: Sequence[Span] = ()
) -> bool:
    """Whether a site error is told as what happened after the catch ahead of the day ("list
    corrected to L a week ahead, but on the day the R hernia was repaired in error"): the act
    went wrong on the day, whatever the paper had. An error word inside a wrong site told of a
    paper (`papers_errors`: "list corrected the day before - it said L hip instead of R") is the
    paper's error told late, not the act's."""
    return any(
        start >= catch_end and not any(w_start <= start < w_end for w_start, w_end in papers_errors)
        for start, _ in analysis.concept(ERROR_TOLD_AS_FACT_CONCEPT)
    )


def _drop_catch_ahead_of_an_error_on_the_day(analysis: Analysis) -> None:
    """Unmark the prevented cues inside a catch ahead of the day ("the day before the op") when
    no day-of check is named and, after that catch, a site error is told of a side acted on
    ("List said L instead of R, corrected by the booking team the day before the op. On the
    day the L knee was operated on in error"): the paper was put right, the act still went
    wrong; the catch ahead of the day stopped nothing of it."""
    caught = analysis.concept(CAUGHT_BEFORE_THE_DAY)
    if not caught or analysis.concept(CHECKED_ON_THE_DAY):
        return
    catch_end = max(end for _, end in caught)
    wrong = analysis.concept(WRONG_SITE_CONCEPT)
    errors = [
        start
        for start, _ in analysis.concept(ERROR_TOLD_AS_FACT_CONCEPT)
        if start >= catch_end and not any(w_start <= start < w_end for w_start, w_end in wrong)
    ]
    acts = [start for concept in ACTED_SIDES for start, _ in analysis.concept(concept)]
    if errors and any(start >= catch_end for start in acts):
        analysis.context.drop_prevented(
            [
                cue
                for cue in analysis.context.cues["prevented"]
                if any(c_start <= cue[0] and cue[1] <= c_end for c_start, c_end in caught)
            ]
        )


#: The correction of a paper of the operation ("booking corrected", "list amended"): a phrase
#: concept, whose paper names the side put right.
SITE_CORRECTED_CONCEPT = "site_corrected_before_start"
#: The readings that tell the patient reached before the act: set up, marked, begun, a person.
SET_UP_OR_MARKED = (*SET_UP_SIDES, *MARKED_SIDES, "procedure_begun", *WRONG_PERSON_CONCEPTS)


#: Tokens after a paper within which the side it gives is read ("the booking said L SIJ").
PAPER_SIDE_AFTER = 4

#: Words telling a paper put right, told after it in its sentence ("Booking said right knee in
#: error, noticed at pre op assessment 2 weeks before, amended").
AMENDING_WORDS = frozenset({"amended", "corrected", "rectified", "changed", "altered"})


def _papers_amended_later(doc: Document) -> set[str]:
    """The papers of the operation opening a sentence that tells them put right later in it
    (AMENDING_WORDS), however far apart."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    papers = set()
    for at, token in enumerate(tokens):
        first, end = doc.sentence_tokens(sentence_of[at])
        if (
            token in OPERATION_PAPERS
            and at == first
            and not AMENDING_WORDS.isdisjoint(tokens[at:end])
        ):
            papers.add(token)
    return papers


def _corrected_paper_sides(analysis: Analysis) -> set[int]:
    """The sides a paper of the operation told corrected gave (the first side word shortly
    after the paper, where the side is told planned: "nurse noticed the booking said L SIJ ...
    Booking corrected", "Booking said right knee in error, ... amended")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    papers = {
        tokens[i]
        for start, end in analysis.concept(SITE_CORRECTED_CONCEPT)
        for i in range(start, end)
        if tokens[i] in OPERATION_PAPERS
    } | _papers_amended_later(doc)
    planned = {
        (i, side)
        for side, concept in enumerate(PLANNED_SIDES)
        for start, end in analysis.concept(concept)
        for i in range(start, end)
    }
    sides = set()
    for at, token in enumerate(tokens):
        if token in papers:
            first = _first_side_after(tokens, sentence_of, at, PAPER_SIDE_AFTER)
            if first is not None and first in planned and not _put_right_to(tokens, first[0]):
                sides.add(first[1])
    return sides


#: Words just before a side that make it the side a paper was put right to ("list corrected to
#: L", "amended as R"), not the side the paper had.
PUT_RIGHT_TO_WORDS = frozenset({"to", "as", "into"})


def _put_right_to(tokens: list[str], at: int) -> bool:
    """Whether the side word at `at` follows an amending word and PUT_RIGHT_TO_WORDS ("corrected
    to L"): the side the paper now gives."""
    return at >= 2 and tokens[at - 1] in PUT_RIGHT_TO_WORDS and tokens[at - 2] in AMENDING_WORDS


def _add_paper_side_put_right_ahead(analysis: Analysis, caught: list[Span]) -> None:
    """Add PAPER_ERROR_BEFORE_THE_DAY when a side on a paper of the operation (a booking, a
    list) is told against another record's, found ahead of the day and the paper corrected, and
    the act was done later on the other side only, nothing set up or marked before it ("2 weeks
    before a SIJ injection: nurse noticed the booking said L SIJ while the clinic letter says
    R. Booking corrected ... Procedure later done R"): the side put right ahead of the day, the
    act where it was meant."""
    if any(analysis.concept(concept) for concept in SET_UP_OR_MARKED):
        return
    corrected = _corrected_paper_sides(analysis)
    if not corrected:
        corrected = _records_told_apart_and_corrected(analysis)
    if len(corrected) != 1:
        return
    (wrong_side,) = corrected
    if analysis.concept(ACTED_SIDES[wrong_side]):
        return
    done = analysis.concept(ACTED_SIDES[1 - wrong_side])
    catch_end = max(end for _, end in caught)
    if not done or min(start for start, _ in done) < catch_end:
        return  # no act told, or one told before the catch
    if _error_told_after(analysis, catch_end):
        return
    analysis.add_found(concept_label(PAPER_ERROR_BEFORE_THE_DAY), [*caught, *done])


def _records_told_apart_and_corrected(analysis: Analysis) -> set[int]:
    """The side a paper had, when the report tells two records with the two sides planned
    (PLANNED_SIDES), a correction (SITE_CORRECTED_CONCEPT or an amending word) whose paper's
    side is not read, no side told put right to ("corrected to L") and one side only acted on:
    the other side, the one put right ("Theatre list had pt down for R knee arthroscopy,
    consent and clinic letter say L. Corrected by the booking team the day before the
    operation. L knee done", "The list was amended by the booking team the evening before the
    operation as it said left knee; consent right. right knee done"). Empty otherwise."""
    tokens = analysis.doc.tokens
    if not all(analysis.concept(concept) for concept in PLANNED_SIDES):
        return set()
    if AMENDING_WORDS.isdisjoint(tokens) and not analysis.concept(SITE_CORRECTED_CONCEPT):
        return set()
    acted = [side for side, concept in enumerate(ACTED_SIDES) if analysis.concept(concept)]
    if len(acted) != 1:
        return set()
    put_right_to = {
        side_of(token)
        for i, token in enumerate(tokens)
        if side_of(token) is not None and _put_right_to(tokens, i)
    }
    if put_right_to - {acted[0]}:
        return set()  # the paper put right to the side not done
    return {1 - acted[0]}


WRONG_SITE_IN_HISTORY = "wrong_site_in_history"
#: The side readings, which the readings of whose act a side was take sides out of.
SIDE_SPAN_CONCEPTS = (*SIDE_CONCEPTS, "operated_left", "operated_right")
#: The concepts that tell a site or person as wrong in so many words ("wrong site surgery", "the
#: wrong knee", "L instead of R", "wrong finger").
WRONG_TOLD_CONCEPTS = (WRONG_SITE_CONCEPT, DIGIT_MISMATCH_CONCEPT, ERROR_TOLD_AS_FACT_CONCEPT)
#: Words that bring the report to its own time, after the patient's history.
NOW_WORDS = frozenset({"today", "todays", "tonight", "now", "currently"})
THIS_WORD = "this"
THIS_OCCASIONS = frozenset(
    {"admission", "attendance", "visit", "morning", "afternoon", "evening", "episode", "time"}
)
#: Words of a finding: a wrong site of long ago found now is this report's never event ("in
#: 2019 the L knee was scoped instead of the R ... found on review of the MRI").
FINDING_WORDS = frozenset(
    {
        "found", "discovered", "identified", "noticed", "realised", "realized", "revealed",
        "showed", "shows", "spotted", "highlighted", "picked",
    }
)  # fmt: skip


def _now_told(tokens: list[str], at: int) -> bool:
    """Whether token `at` brings the report to its own time ("today", "this admission")."""
    if tokens[at] in NOW_WORDS:
        return True
    return tokens[at] == THIS_WORD and at + 1 < len(tokens) and tokens[at + 1] in THIS_OCCASIONS


#: This patient's act told done as planned ("the procedure was completed as planned on the R
#: hallux"): the report come to its own act, after the history told before it.
DONE_AS_PLANNED = ("procedure_completed_left", "procedure_completed_right", "site_done_as_planned")


PLANNED_WORD = "planned"


def _acts_as_planned(analysis: Analysis) -> list[int]:
    """The first tokens of this patient's act told done as planned (DONE_AS_PLANNED, or a side
    acted on told "as planned")."""
    tokens = analysis.doc.tokens
    sided = [
        start
        for concept in ACTED_SIDES
        for start, end in analysis.concept(concept)
        if PLANNED_WORD in tokens[start:end]
    ]
    return [*sided, *(start for c in DONE_AS_PLANNED for start, _ in analysis.concept(c))]


def _add_wrong_site_in_history(analysis: Analysis) -> None:
    """Add the wrong site told as the patient's past, before the report's own event
    (WRONG_SITE_IN_HISTORY): a site told wrong in so many words in a sentence that tells a time
    long gone or another place (`long_ago_or_elsewhere`: "in 2019", "years ago", "at another
    hospital"), the report coming to its own time after it ("Today the consent form was
    missing", "attended today for review"), with nothing told found in between ("in 2019 ...
    instead of the R, found on review today" is the late finding, this report's never event).
    The range runs from the sentence's start to its end, or to the end of the time's clause
    when the now word is in the same sentence; the wrong-site and side readings in it are taken
    out."""
    wrong = [s for c in WRONG_TOLD_CONCEPTS for s in analysis.concept(c)]
    if not wrong:
        return
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    nows = [
        i
        for i, token in enumerate(tokens)
        if (token in NOW_WORDS or token == THIS_WORD) and _now_told(tokens, i)
    ]
    nows = sorted({*nows, *_acts_as_planned(analysis)})
    if not nows:
        return
    past: list[Span] = []
    for sentence in sorted({sentence_of[s[0]] for s in wrong}):
        first, last = doc.sentence_tokens(sentence)
        end = next((i for i in nows if first < i < last), last)
        times = [i for i in range(first, end) if long_ago_or_elsewhere(tokens, i)]
        if not times:
            continue
        later = next((i for i in nows if i >= end), None)
        if end < last:
            # its own time told in the same sentence: the history is the clause of the time
            # ("after the wrong side incident last year, a wrong side nerve block was given
            # ... today")
            end = next((b for b in doc.clause_breaks if times[-1] < b < end), end)
        told = [s for s in wrong if first <= s[0] and s[1] <= end]
        if told and later is not None and FINDING_WORDS.isdisjoint(tokens[first:later]):
            past.append((first, end))
    if past:
        for concept in (*WRONG_TOLD_CONCEPTS, *SIDE_SPAN_CONCEPTS):
            spans = [
                s
                for s in analysis.concept(concept)
                if any(a <= s[0] and s[1] <= b for a, b in past)
            ]
            if spans:
                analysis.remove_found(concept_label(concept), spans)
        analysis.add_found(concept_label(WRONG_SITE_IN_HISTORY), past)


SIDE_NOT_OF_THIS_ACT = "side_of_a_record_or_another_patient"
#: Verbs of putting a paper or image into a record: the side after them is the record's
#: ("letter scanned into the record under the R eye episode", "result filed under the L knee").
FILING_VERBS = frozenset(
    {
        "scanned", "filed", "misfiled", "mis-filed", "uploaded", "indexed", "merged",
    }
)  # fmt: skip
FILING_PREPOSITIONS = frozenset({"into", "under", "onto", "against", "in", "to", "on"})
FILED_SIDE_REACH = 6
#: Words that make a person another than this patient, told before a side ("the images were
#: for a different pt (another #NOF on the same list, R side)"): that side is the other's.
OTHER_PERSON_WORDS = ANOTHER_WORDS - WRONG_WORDS
OTHER_PERSON_SIDE_REACH = 10
#: Words telling another's paper used to write this patient's ("previous pt's booking used as a
#: template, list said L TKR", "copied from another pt's booking"): the side told after them is
#: this patient's record's, copied wrong (review r22), not the other's plan.
COPIED_WORDS = frozenset(
    {
        *("template", "templates", "templated", "copied", "copy", "copying", "cloned"),
        *("duplicated", "pasted", "reused", "re-used"),
    }
)


def _filed_side(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the side at token `at` is told as where a paper was filed: a filing verb shortly
    before it in its sentence, a preposition between ("scanned into the L eye episode")."""
    for i in range(at - 1, max(-1, at - 1 - FILED_SIDE_REACH), -1):
        if sentence_of[i] != sentence_of[at]:
            return False
        if tokens[i] in FILING_VERBS:
            return not FILING_PREPOSITIONS.isdisjoint(tokens[i + 1 : at])
    return False


#: Verbs of marking, preparing or operating on a side: a side told just after one of them is
#: where the team acted on this patient, even after another's images ("Another patient's MRI
#: displayed at time out, surgeon marked L side from it"; review r24 s1g).
SIDE_ACT_VERBS = frozenset(
    {
        *("marked", "marking", "prepped", "prepping", "draped", "incised", "injected"),
        *("blocked", "operated", "excised", "biopsied", "infiltrated", "scanned"),
    }
)


def _other_persons_side(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the nearest person told before the side at token `at`, in its sentence, is
    another ("for a different pt (another #NOF on the same list, R side)", "of another patient
    listed for R knee replacement"; not "the previous patient was for R TKR; our pt was listed
    for L TKR", nor another's paper told copied into this patient's: COPIED_WORDS)."""
    for i in range(at - 1, max(0, at - 1 - OTHER_PERSON_SIDE_REACH), -1):
        if sentence_of[i - 1] != sentence_of[at]:
            return False
        if tokens[i] in SIDE_ACT_VERBS:
            return False  # the side marked or acted on here, on this patient
        if tokens[i] in PAPER_PERSON_WORDS:
            copied = not COPIED_WORDS.isdisjoint(tokens[max(0, i - 2) : at])
            return tokens[i - 1] in OTHER_PERSON_WORDS and not copied
    return False


#: A medicine's label or prescription, which names the side its drops or cream are for ("post-op
#: drops ... label on the TTO said 'L eye', pt had R cataract surgery"; dev-179347): that side
#: is the medicine's, a dispensing or transcribing error, not the side of a procedure planned.
MEDICINE_LABEL_WORDS = frozenset(
    {
        *("label", "labels", "labelled", "labeled", "tto", "ttos", "tta", "ttas"),
        *("prescription", "prescriptions", "prescribed", "dispensed", "dispensing"),
    }
)
#: What the label or prescription must be of, in the side's sentence: a medicine.
MEDICINE_WORDS = frozenset(
    {
        *("drops", "drop", "eyedrops", "ointment", "cream", "gel", "tto", "ttos", "tta"),
        *("ttas", "prescription", "medicine", "medicines", "medication", "medications"),
        *("tablets", "inhaler", "spray"),
    }
)
DRUG_NAMES_CONCEPT = "drug_names"
MEDICINE_LABEL_REACH = 6
#: Words telling what a label or prescription said ("label ... said 'L eye'", "TTO drops label
#: read 'R eye'"): the side after them is the label's wording. Without one, a side after a
#: prescription is the site the medicine was prescribed for ("Bupivacaine prescribed for L
#: fascia iliaca block", "lidocaine prescribed for the L hand"; review r27), the procedure's.
LABEL_SAYING_WORDS = frozenset(
    {
        *("said", "says", "read", "reads", "stated", "states", "showed", "shows", "written"),
        *("printed", "specified"),
    }
)
#: ... or the medicine told labelled with the side ("Drops labelled 'L eye'"), not labelled for
#: a procedure ("drawn up and labelled for R femoral nerve block").
LABELLED_WORDS = frozenset({"labelled", "labeled"})


def _label_says(between: Sequence[str]) -> bool:
    """Whether the tokens from a label word to a side tell the label's wording of the side."""
    if not LABEL_SAYING_WORDS.isdisjoint(between):
        return True
    return not LABELLED_WORDS.isdisjoint(between) and "for" not in between


def _medicine_label_sides(analysis: Analysis) -> set[int]:
    """The sides told as what a medicine's label or prescription said: a label word
    (MEDICINE_LABEL_WORDS) within MEDICINE_LABEL_REACH tokens before the side in its sentence,
    told saying it (LABEL_SAYING_WORDS, from the label word on), no person, other side or act
    told between ("label on the TTO said 'L eye'"; not the R of
    "... said 'L eye', pt had R cataract surgery"), in a sentence that names a medicine."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if MEDICINE_LABEL_WORDS.isdisjoint(tokens):
        return set()
    drugs = {sentence_of[start] for start, _ in analysis.concept(DRUG_NAMES_CONCEPT)}
    found = set()
    for at, token in enumerate(tokens):
        if token not in ANY_SIDE_WORDS:
            continue
        start, end = doc.sentence_tokens(sentence_of[at])
        if sentence_of[at] not in drugs and MEDICINE_WORDS.isdisjoint(tokens[start:end]):
            continue
        for i in range(at - 1, max(start - 1, at - 1 - MEDICINE_LABEL_REACH), -1):
            if tokens[i] in MEDICINE_LABEL_WORDS:
                if _label_says(tokens[i:at]):
                    found.add(at)
                break
            if tokens[i] in PAPER_PERSON_WORDS or tokens[i] in ANY_SIDE_WORDS:
                break
    return found


def add_side_owner_reasoning(analysis: Analysis) -> None:
    """Take out of the side readings the sides that are not of an act on this patient, and add
    them as SIDE_NOT_OF_THIS_ACT: the side a paper was filed under ("referral ... scanned into
    the record under the R eye cataract episode", "clinic letter ... scanned into the L eye
    episode in error") or another person's ("PACS images ... were for a different pt (another
    #NOF on the same list, R side)"). Set against this patient's side, they made a record or
    another patient's plan read as this patient's wrong side; and the side a medicine's label or
    prescription named ("label on the TTO said 'L eye', pt had R cataract surgery"; dev-179347),
    a dispensing error, not the procedure's plan. Read before the wrong-site readings that build
    on the sides."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if ANY_SIDE_WORDS.isdisjoint(tokens):
        return  # no side named: none to take out
    # another's side is only their plan while nothing is told done on anyone ("the other
    # patient, listed for R mastectomy, had a L WLE done" is an act on them)
    others = not acts_done(analysis)
    sides = [
        i
        for i, token in enumerate(tokens)
        if token in ANY_SIDE_WORDS
        and (
            _filed_side(tokens, sentence_of, i)
            or (others and _other_persons_side(tokens, sentence_of, i))
        )
    ]
    sides.extend(_medicine_label_sides(analysis))
    if not sides:
        return
    removed: list[Span] = []
    for concept in SIDE_SPAN_CONCEPTS:
        spans = [s for s in analysis.concept(concept) if any(s[0] <= i < s[1] for i in sides)]
        if spans:
            analysis.remove_found(concept_label(concept), spans)
            removed.extend(spans)
    if removed:
        analysis.add_found(concept_label(SIDE_NOT_OF_THIS_ACT), removed)


#: Eyes named by their abbreviations (left, right), as the treatment clinics write them.
EYE_SIDE_WORDS = (frozenset({"le", "os"}), frozenset({"re", "od"}))
#: Words telling a treatment not due ("LE not due until 28/3", "R eye isn't due").
NOT_DUE_NEGATIONS = frozenset({"not", "isnt", "wasnt", "t", "nt"})
NOT_DUE_WORD = "due"
#: How far after the side (tokens) the "not due" may begin ("LE not due", "L eye is not due").
NOT_DUE_REACH = 3


def _told_not_due(tokens: list[str], at: int) -> bool:
    """Whether the side at token `at` is told as not due ("LE not due until 28/3", "L eye is
    not due", "RE wasn't due")."""
    after = tokens[at + 1 : at + 2 + NOT_DUE_REACH]
    return any(
        word in NOT_DUE_NEGATIONS and after[i + 1 : i + 2] == [NOT_DUE_WORD]
        for i, word in enumerate(after)
    )


def drop_sides_told_not_due(analysis: Analysis) -> None:
    """Take out of the sides planned a side told as not due its treatment: an eye or limb on a
    cycle of injections told "not due" ("pt has aflibercept to both eyes on different cycles -
    RE due today, LE not due until 28/3"; dev-181330) is the one not meant today, whatever a
    long phrase of a plan reads across it ("due today, LE")."""
    tokens = analysis.doc.tokens
    if NOT_DUE_WORD not in tokens:
        return
    side_words = ANY_SIDE_WORDS | EYE_SIDE_WORDS[0] | EYE_SIDE_WORDS[1]
    not_due = {i for i, t in enumerate(tokens) if t in side_words and _told_not_due(tokens, i)}
    if not not_due:
        return
    for concept in PLANNED_SIDES:
        spans = [s for s in analysis.concept(concept) if s[1] - 1 in not_due]
        if spans:
            analysis.remove_found(concept_label(concept), spans)


#: A lesion taken from one part, the other part named after "not" and the choice told agreed
#: with the patient ("... and not the one on her arm, as agreed with the pt").
LESION_PART_AGREED_CONCEPT = "lesion_part_chosen_as_agreed"
WRONG_SITE_FOUND_CONCEPT = "wrong_site"
#: Words telling the lesion taken was an error after all ("error noticed when histology came
#: back and pt recalled", "apologised"): "as agreed" then names the part meant.
LESION_ERROR_WORDS = frozenset(
    {
        *("error", "errors", "wrong", "wrongly", "mistake", "mistakenly", "incorrect"),
        *("incorrectly", "recalled", "apologised", "apologized", "apology", "untouched"),
        *("should", "meant", "realised", "realized"),
    }
)


def drop_lesion_parts_chosen_as_agreed(analysis: Analysis) -> None:
    """Take out of the wrong sites a lesion taken from one part with the other part named after
    "not" / "rather than" when the choice is told agreed with the patient ("Removed the mole on
    her back and not the one on her arm, as agreed with the pt and documented on the consent";
    review R36 le9, against dev-181352's "I excised a lesion on the L forearm not the upper
    arm"), in a report telling no error of it: the part chosen, not a wrong site."""
    agreed = analysis.concept(LESION_PART_AGREED_CONCEPT)
    if not agreed or not LESION_ERROR_WORDS.isdisjoint(analysis.doc.tokens):
        return
    spans = [
        s
        for s in analysis.concept(WRONG_SITE_FOUND_CONCEPT)
        if any(a[0] <= s[0] and s[1] <= a[1] for a in agreed)
    ]
    if spans:
        analysis.remove_found(concept_label(WRONG_SITE_FOUND_CONCEPT), spans)


#: Cardiac rhythm devices, implanted in a pocket on one side: not handed implants, so a side
#: told of their "implant" ("Plan ... on consent was RIGHT sided implant", "L sided implant
#: planned") is where the operation was to be done, the site, not the device's own side.
RHYTHM_DEVICES = frozenset(
    {"ppm", "pacemaker", "pacemakers", "icd", "crt", "crt-d", "crt-p", "ilr", "defibrillator"}
)
IMPLANT_WORDS = frozenset({"implant", "implants", "implantation"})
#: The implant-side concepts (the implant's own side, and the wrong implant read from it).
DEVICE_SIDE_CONCEPTS = (
    "implant_left",
    "implant_right",
    "implant_side_named",
    "implant_for_side_opened",
    "wrong_implant",
)
SIDED_WORDS = frozenset({"sided", "side"})


def _sided_implant_words(tokens: list[str]) -> set[int]:
    """The indexes of an "implant" told with a side just before it ("RIGHT sided implant", "L
    implant")."""
    return {
        at
        for at, token in enumerate(tokens)
        if token in IMPLANT_WORDS
        and at
        and (
            side_of(tokens[at - 1]) is not None
            or (tokens[at - 1] in SIDED_WORDS and at > 1 and side_of(tokens[at - 2]) is not None)
        )
    }


def _drop_rhythm_device_sides(analysis: Analysis) -> None:
    """Where the implant is a cardiac rhythm device (RHYTHM_DEVICES), take a side told of its
    "implant" out of the implant-side concepts: the side is the operation's, planned or done
    ("Dual chamber PPM implanted LEFT pectoral ... Plan documented in clinic and on consent was
    RIGHT sided implant"; dev-164702), so a pacemaker put in on the other side is a wrong site
    (never event 1), not a wrong implant."""
    tokens = analysis.doc.tokens
    if RHYTHM_DEVICES.isdisjoint(tokens):
        return
    sided = _sided_implant_words(tokens)
    if not sided:
        return
    for concept in DEVICE_SIDE_CONCEPTS:
        spans = [s for s in analysis.concept(concept) if any(s[0] <= i < s[1] for i in sided)]
        if spans:
            analysis.remove_found(concept_label(concept), spans)


LOOK_ALIKE_CONCEPT = "wrong_site_look_alike"
#: Words telling images as what an act followed ("incision made on the wrong side as per those
#: images", "marked the wrong side from the CT"): the images are the act's source, not what was
#: done to the wrong one (imaging of the wrong side, a look-alike of surgery).
IMAGE_SOURCE_WORDS = frozenset({"per", "according", "from", "following", "using", "off", "based"})
IMAGE_WORDS = RECORD_IMAGES | IMAGING_NOUNS | frozenset({"x-ray", "xray", "radiograph", "films"})


def _drop_images_followed(analysis: Analysis) -> None:
    """Take out of the imaging look-alikes those whose images are told as what the act followed,
    a source word between the wrong one and the images ("Another patient's CT images ... used to
    plan, incision made on the wrong side as per those images"; review r24 s1e): the wrong side
    is the act's, which the images misled, not the wrong side imaged."""
    tokens = analysis.doc.tokens
    followed = [
        (start, end)
        for start, end in analysis.concept(LOOK_ALIKE_CONCEPT)
        if tokens[end - 1] in IMAGE_WORDS
        and not IMAGE_SOURCE_WORDS.isdisjoint(tokens[start : end - 1])
    ]
    if followed:
        analysis.remove_found(concept_label(LOOK_ALIKE_CONCEPT), followed)


def add_site_act_reasoning(analysis: Analysis) -> None:
    """Add what a wrong-site reading was of when it was no invasive act of the team's on the
    wrong one: another patient's paper only (ANOTHER_PATIENTS_PAPER), care only
    (CARE_AT_THE_SITE), an outside document told wrong and followed (WRONG_DOCUMENT_FOLLOWED), a
    side chosen anew on the day (SIDE_CHANGED_BEFORE_THE_ACT), the patient's wish told before an
    act against it in error as the side planned, the operation changed on the
    operator's decision (PROCEDURE_CHANGED_ON_PURPOSE); and a correct side told with nothing
    wrong of a site as the first act's (CORRECT_SIDE_FIRST_TIME), no redo; a side error on the
    operation's papers found ahead of the day (PAPER_ERROR_BEFORE_THE_DAY); a wrong site of the
    patient's history, taken out of the readings (WRONG_SITE_IN_HISTORY)."""
    _drop_rhythm_device_sides(analysis)
    _drop_images_followed(analysis)
    add_graft_or_native_reasoning(analysis)
    _add_another_patients_paper(analysis)
    _add_care_at_the_site(analysis)
    _add_wrong_document_followed(analysis)
    _add_side_changed_before_the_act(analysis)
    _add_wish_as_the_plan(analysis)
    _add_procedure_changed_on_purpose(analysis)
    _add_site_added_on_purpose(analysis)
    _add_correct_side_only(analysis)
    _add_paper_error_before_the_day(analysis)
    _drop_catch_ahead_of_an_error_on_the_day(analysis)
    _add_wrong_site_in_history(analysis)
