"""The wrong-site act done before it was found (never event 1).

A wrong side, site, level, digit, patient or procedure is never event 1 once the procedure has
started, however soon it was found and whatever was stopped after it. Reports tell the act in
many ways ("circumcision performed under GA", "LP performed on the pt in bed 14 instead",
"Consultant injected at L3/4 and L4/5", "anti-VEGF given to the
LEFT eye", "ENP gave a ring block ... to the RIGHT great toe") and its finding in as many
("Picked up by the day team on post op KUB", "realised when the pt rang", "the radiographer
saving images queried the levels before pt left the room"). The catch readings (the context's
prevented cues) read such a report as a near miss whenever a catch is told near the pattern,
and also when a check that failed is named anywhere ("ID at sign in was by name only", "the
consent was not read out at time out", "wristbands are not used", "level checked before
incision"): a check named is no catch.

One reading, in place of phrases: the finding's act told done, before the report's first
catch. The act is a verb of doing within a few tokens of a procedure (or a side's act) and of
what ties it to the error (the finding's own evidence, a side's act, the wrong site or person,
an error word), in its sentence; affirmed, and not told as to come or nearly done, as a set-up
or a check ("marking done", "R arm prepped and placed on the hand table", "Time out done"), an
anaesthetic or access step ("cannula inserted", "GA induced"), another day's ("L eye was done
last month"), done as planned ("as consented", "uneventfully") or the redo ("correct L knee
then done", "re-scanned: ... Procedure done on the R"). The catch is a word of noticing,
querying or stopping, or a prevented cue told with someone taking the error in, a stop or a
near miss, or the invasive step held back; a prevented cue with none of them names a check
that caught nothing. So "R wrist prepped, noticed at time out, stopped, R side then done"
stays the near miss (no act before the catch; the act after it is the redo), and "LA
infiltrated into the L wrist, then noticed the consent said right" is the never event. The act
is also told by the person having it ("had flexi cystoscopy and bladder biopsy which was meant for
the other Mr Khan"), a procedure named just after "had", "received" or "underwent", not dated
another day in its clause; an aside in brackets ("Bay 3 pt (hosp no H5521907) was taken through
and had") tells nothing of the verb.

Two readings add what the rules meet (add_wrong_site_done_reasoning, one call in detect). THE
ACT'S OWN SIDE: a wrong site is often told only by its record or outcome, the side in the act's
own clause ("line placed L IJ", "R nephrostomy placed", "core biopsy x3 was done on the LEFT
breast", "FY1 did a pleural tap on the R", "gave a ring block (lidocaine 1%, 4ml) to the RIGHT
great toe") and the plan's in another sentence ("request form and renal plan both say RIGHT
IJ", "Hydronephrosis on CT is on the LEFT"): the side nearest the verb told as the act, with
no plan, paper or set-up word between, is that side's act, and against a side planned it is an
act no imaging look-alike in the report ("scanned the wrong side with US first") makes care.
THE ENTERING: the first invasive step is often told only as something gone in, with no verb of
doing ("had put in 10ml of the popliteal block on the R leg when ODP said stop", "put the scope
in", "pushed the needle in on the L side of the neck", "needle was already through the skin of
the L flank"): a going-in particle after a verb of putting or passing, or the skin after
"through" or "into", near the procedure or the instrument, is the act for both readings; with no
side of its own it went in where its sentence set the site up before it ("ST4 prepped the R knee
and put the scope in"), and an instrument gone into a side is a procedure begun there. And a
"before" dated by a span of time ("the list had been amended the day before") is no catch that
came before the act. THE CONFUSED PERSON'S ACT: a procedure told undergone inside the words of
two persons' confusion ("but had a Novasure endometrial ablation which was the procedure for
the next lady on the list") is the wrong person operated on.
"""

from __future__ import annotations

from collections.abc import Iterator

from classifier.engine.act_record import DONE_PARTICIPLES, PLAN_BEFORE_WORDS, SURGICAL_PROCEDURE
from classifier.engine.context import (
    ACT_NOT_DONE_WORDS,
    DATING_WORDS,
    NEGATION_WORDS,
    PATIENT_SUBJECT_WORDS,
    TAKING_IN_WORDS,
)
from classifier.engine.patient_identity import WRONG_PERSON_OPERATED
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.set_up_caught import NOTHING_DONE, SET_UP_OBJECTS, SET_UP_VERBS
from classifier.engine.sides import (
    ACTED_SIDES,
    ANY_SIDE_WORDS,
    ERROR_TOLD_AS_FACT_CONCEPT,
    PLANNED_SIDES,
    REDO_PREFIX,
    SET_UP_SIDES,
    SIDED_ACT_AGAINST_PLAN,
    side_of,
)
from classifier.engine.site_aspect import ASPECT_WORDS, add_aspect_against_plan
from classifier.engine.text import Document, Span, word_shortly_before

#: Verbs telling an invasive act done: the participles a record tells one with, and the verbs of
#: giving, carrying out or making ("gave a ring block", "carried out", "incision made").
ACT_DONE_WORDS = DONE_PARTICIPLES | frozenset(
    {"given", "gave", "carried", "undertaken", "completed", "made", "infiltrated", "underwent"}
    | {"implanted"}
)
#: THE ENTERING: a needle, scope or volume told gone in, often with no verb of doing ("had put in
#: 10ml of the popliteal block", "put the scope in", "needle was already through the skin"): a
#: particle of going in just after a verb of putting or passing (only what went in between), or
#: the skin named just after "through" or "into" ("through the skin", "into the skin").
ENTERING_VERBS = frozenset({"put", "pushed", "passed", "advanced", "went", "gone", "got"})
ENTERING_PARTICLES = frozenset({"in", "into", "through"})
ENTERING_REACH = 4
SKIN_WORDS = frozenset({"skin", "dermis"})
SKIN_REACH = 2
#: Words joining a set-up to the act told after it in its sentence ("prepped the R knee and then
#: put the scope in").
SEQUENCE_WORDS = frozenset({"then", "and"})
#: What goes in, read as the procedure beside an entering ("needle was already through the
#: skin"), and the words that may stand between the verb and its particle ("put the scope in",
#: "pushed the needle in"; not "put right in the same operation").
INSTRUMENT_WORDS = frozenset({"needle", "needles", "scope", "trocar", "portal", "wire"})
ENTERED_OBJECT_WORDS = INSTRUMENT_WORDS | frozenset({"the", "a", "an", "his", "her", "their"})
#: Words after "in" that give it an object of its own, a place or a thing ("put the scope in
#: its holder", "put in the notes", "needle in hand").
PARTICLE_OBJECT_WORDS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "my", "our", "this", "that", "situ"}
)
NOT_ENTERED_NOUNS = frozenset({"hand", "hands", "place", "case", "theatre", "clinic", "error"})
#: Verbs telling the person as having undergone a procedure named straight after them ("had
#: flexi cystoscopy and bladder biopsy which was meant for the other Mr Khan", "but had a
#: Novasure endometrial ablation"), and how many words (an article, a make) may come between.
UNDERGOING_WORDS = frozenset({"had", "received", "underwent"})
UNDERGONE_REACH = 2
#: How many tokens of the clause after such a verb are read for another day.
UNDERGONE_CLAUSE = 12
#: What the verb must be told with: an invasive procedure named or a side's act...
PROCEDURE_CONCEPTS = (SURGICAL_PROCEDURE, *ACTED_SIDES)
#: ... and what ties it to the error: a side's act, the wrong site or person the rules read (or
#: the finding's own evidence, or an error word).
WRONG_ACT_CONCEPTS = (
    *ACTED_SIDES,
    "wrong_site",
    "wrong_person_operated",
    "wrong_person_instead",
    "wrong_patient_to_theatre",
)
#: How many tokens may stand between the verb and what it is told with.
ACT_REACH = 6
#: Words before the verb that make it the redo after the catch ("correct L knee then done",
#: "subsequently performed on the R"), and the concept of a corrected action beside it.
REDO_WORDS = frozenset(
    {"then", "correct", "correctly", "intended", "subsequently", "again", "proceeded"}
)
CORRECTED_CONCEPT = "corrected_action"
#: Words of the set-up or a check done, not the act ("marking done on the R", "drape had been
#: placed", "R arm was prepped and placed on the hand table", "skin prep and draping was done",
#: "US done over the L kidney", "the pause done by the ST4", "Time out done with pt awake").
SET_UP_WORDS = (
    SET_UP_OBJECTS
    | SET_UP_VERBS
    | frozenset(
        {"marking", "markings", "prep", "prepping", "draping", "uss", "scan", "box"}
        | {"pause", "check", "time", "sign", "checklist", "brief", "huddle", "table", "board"}
        | {"form", "consent", "list", "booking", "request", "referral"}
    )
)
#: Words before the verb telling the operation as the one planned or under way, not the act
#: ("pt having his R eye done today", "lying on the table having my hip done").
UNDER_WAY_WORDS = frozenset({"having"})
#: Words after the verb telling it as of another day ("L eye was done last month", "R eye done
#: in March", "having her right eye done today").
OTHER_DAY_WORDS = frozenset(
    {"today", "yesterday", "tomorrow", "last", "ago", "previously", "earlier"}
    | {"january", "february", "march", "april", "june", "july", "august"}
    | {"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun"}
    | {"jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
#: Taking-in words that also tell no catch as often as one ("consent said left", "read the
#: letter", "the scan confirmed"): the others ("noticed", "stopped", "queried") date a catch
#: whether or not a prevented cue is read around them.
NOT_ALWAYS_A_CATCH = frozenset(
    {"said", "read", "reading", "confirmed", "seen", "saw", "sees", "found", "compared"}
    | {"comparing", "refused"}
)
CATCH_WORDS = TAKING_IN_WORDS - NOT_ALWAYS_A_CATCH
#: Words of a finding told impersonally at a check ("During the time out it was noted that the
#: patient had been prepped for the right"): with a prevented cue in their sentence, the catch.
NOTING_WORDS = frozenset({"noted", "observed"})
#: What a noting word must be told with, after it in its sentence, to be the catch of a wrong
#: site: a side or an aspect, or a word of error ("noted that the patient had been prepped for
#: the right"); a noting of something else at a check ("At sign in it was noted that the pt was
#: allergic to latex") caught nothing.
NOTED_ERROR_WORDS = frozenset({"wrong", "incorrect", "error", "discrepancy", "mismatch"})
#: Tokens after a noting word within which what was noted is read, in its sentence.
NOTED_AFTER = 12
#: Words of a prevented cue telling a stop or a near miss ("ODP called stop", "Near miss").
STOP_WORDS = frozenset({"stop", "stopped", "halt", "near", "miss"})
#: Spans of time that make a "before" just after them a date, not what a catch came before
#: ("list had been amended the day before", "marked the night before"): a change told of
#: another day is no catch of this act.
DAYS_BEFORE = frozenset(
    {"day", "days", "night", "nights", "evening", "week", "weeks", "month", "months", "year"}
)
#: How many tokens before a taking-in word a negation denies it ("not looked at", "did not
#: read the consent").
NEGATION_BEFORE = 3
#: Words after the verb telling the act as the one planned, or done smoothly ("given to the R
#: knee as consented", "performed as per the consent", "completed uneventfully").
AS_WORDS = frozenset({"as", "per"})
SMOOTHLY_WORDS = frozenset({"uneventfully", "successfully", "correctly", "uncomplicated"})
AS_PLANNED_AFTER = 7
#: The anaesthetic and access steps before the site's procedure, no act on its site ("had a
#: cannula inserted in the R hand and GA induced", "Spinal done in the anaesthetic room",
#: "topical drops given to both eyes"), read this close to the verb either way.
ACCESS_WORDS = frozenset(
    {"cannula", "cannulae", "cannulas", "venflon", "ga", "induced", "induction", "sedation"}
    | {"spinal", "drops", "premed"}
)
ACCESS_REACH = 3
#: The word before an access word after the verb that makes it the manner of the act
#: ("circumcision performed under GA").
MANNER_WORDS = frozenset({"under", "with", "without", "via"})
#: Giving told of the patient ("the pt on the table gave a different DOB"): an answer, not an
#: act on them.
GIVING_WORDS = frozenset({"gave", "given"})
#: Every word before the verb that makes it no act of the error.
NOT_THE_ACT_BEFORE = ACT_NOT_DONE_WORDS | REDO_WORDS | SET_UP_WORDS | UNDER_WAY_WORDS
#: How many tokens before the verb, in its clause, are read for a redo, a not-done or a set-up
#: word, and how many after it for a set-up object ("placed the ultrasound probe").
BEFORE_VERB = 7
SET_UP_AFTER = 3
OTHER_DAY_AFTER = 3
#: A year named ("in 2019").
YEAR_STARTS = ("19", "20")


def _near(sentence_of: list[int], at: int, spans: list[Span]) -> bool:
    """Whether token `at` is within ACT_REACH tokens of one of `spans`, in its sentence."""
    return any(
        sentence_of[span[0]] == sentence_of[at] and span[0] - ACT_REACH <= at < span[1] + ACT_REACH
        for span in spans
    )


def _acts_done(
    analysis: Analysis, evidence: tuple[Span, ...], error_words: frozenset[str]
) -> list[int]:
    """The tokens of the finding's act told done: a verb of doing within ACT_REACH tokens of a
    procedure and of what ties it to the error (the finding's evidence, a side's act, the wrong
    site or person, one of `error_words`), in its sentence; affirmed, not to come, not the
    redo, not a set-up."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    procedures = [span for concept in PROCEDURE_CONCEPTS for span in analysis.concept(concept)]
    ties = [
        *(span for span in evidence if span not in procedures),
        *(span for concept in WRONG_ACT_CONCEPTS for span in analysis.concept(concept)),
        *((at, at + 1) for at, token in enumerate(tokens) if token in error_words),
    ]
    corrected = analysis.concept(CORRECTED_CONCEPT)
    doc = analysis.doc
    instruments = [(at, at + 1) for at, token in enumerate(tokens) if token in INSTRUMENT_WORDS]

    undergone = {
        at
        for at, token in enumerate(tokens)
        if token in UNDERGOING_WORDS
        and any(
            at < span[0] <= at + 1 + UNDERGONE_REACH
            for span in analysis.concept(SURGICAL_PROCEDURE)
        )
        and not _clause_dated_another_day(analysis.doc, at)
    }
    return [
        at
        for at, token in enumerate(tokens)
        if (token in ACT_DONE_WORDS or token in ENTERING_PARTICLES or at in undergone)
        and (
            ((token in ACT_DONE_WORDS or at in undergone) and _near(sentence_of, at, procedures))
            or (_entering(doc, at) and _near(sentence_of, at, procedures + instruments))
        )
        and _near(sentence_of, at, ties)
        and _told_as_the_act(analysis, at, corrected, _set_up_end(analysis, at))
    ]


def _entering(doc: Document, at: int) -> bool:
    """Whether token `at` is a particle telling something gone into the patient: "in" as the
    particle of a verb of putting or passing just before it, only what went in between, with
    no object of its own ("had put in 10ml", "put the scope in", "went in at the R facet"; not
    "put the scope in its holder", "needle in hand"); "into" or "through" with the skin just
    after ("needle was already through the skin"), or after such a verb with a side just
    after ("pushed it into the L knee"; not "put the R arm into the arm board")."""
    tokens = doc.tokens
    if tokens[at] not in ENTERING_PARTICLES:
        return False
    after = list(doc.after_in_clause(at, at + 1, SKIN_REACH + 1))
    if tokens[at] != "in" and any(tokens[i] in SKIN_WORDS for i in after[:SKIN_REACH]):
        return True
    if not _after_a_putting_verb(doc, at):
        return False
    if tokens[at] == "in":
        return not after or (
            tokens[after[0]] not in PARTICLE_OBJECT_WORDS
            and tokens[after[0]] not in NOT_ENTERED_NOUNS
        )
    return any(side_of(tokens[i]) is not None for i in after)


def _after_a_putting_verb(doc: Document, at: int) -> bool:
    """Whether a verb of putting or passing stands shortly before the particle at `at` in its
    clause, only what went in between ("put the scope in"; not "put right in the same
    operation")."""
    tokens = doc.tokens
    for i in doc.before_in_clause(at, ENTERING_REACH):
        if tokens[i] in ENTERING_VERBS:
            return True
        if tokens[i] not in ENTERED_OBJECT_WORDS:
            return False
    return False


def _told_as_the_act(
    analysis: Analysis, at: int, corrected: list[Span], set_up_end: int | None = None
) -> bool:
    """Whether the verb of doing at `at` tells the act itself: affirmed, not to come, not the
    redo (nor near a `corrected` action), not a set-up, an access step, another day's or one
    done as planned. An act told after its set-up in its sentence (`set_up_end`: "prepped the
    R knee and put the scope in") is read from the set-up's end, its "then" the
    sequence, not the redo."""
    doc, context = analysis.doc, analysis.context
    tokens, sentence_of = doc.tokens, doc.sentence_of
    corrected_near = any(
        sentence_of[span[0]] == sentence_of[at] and span[0] - ACT_REACH <= at < span[1] + ACT_REACH
        for span in corrected
    )
    # what went in is no set-up of an entering ("the needle was already through the skin")
    own = INSTRUMENT_WORDS if tokens[at] in ENTERING_PARTICLES else frozenset()
    if set_up_end is not None or _told_in_error(analysis, at):
        own |= SEQUENCE_WORDS
    if (
        any(
            tokens[i] in NOT_THE_ACT_BEFORE and tokens[i] not in own
            for i in _clause_tokens(doc, at, -1, BEFORE_VERB, whole_sentence=True)
            if set_up_end is None or i >= set_up_end
        )
        # a set-up word after the verb in its own clause; one in the next clause is a record
        # told after the act ("inj given, the list said Lt eye"), its plan
        or any(tokens[i] in SET_UP_WORDS for i in _clause_tokens(doc, at, 1, SET_UP_AFTER))
        or word_shortly_before(tokens, sentence_of, at, ACCESS_WORDS, ACCESS_REACH)
        or _access_step_after(tokens, sentence_of, at)
        or (
            tokens[at] in GIVING_WORDS
            and word_shortly_before(tokens, sentence_of, at, PATIENT_SUBJECT_WORDS, BEFORE_VERB)
        )
        or _told_of_another_day(tokens, sentence_of, at)
        or corrected_near
        or _done_again_just_before(analysis, at)
        or _told_as_planned(tokens, sentence_of, at)
    ):
        return False
    word = (at, at + 1)
    return context.affirmed(word) and not context.not_yet(word)


def _told_in_error(analysis: Analysis, at: int) -> bool:
    """Whether the verb at `at` is told, shortly after it in its sentence, as done in error
    ("Then the R side was operated on in error"): its "then" is the sequence after a paper put
    right, the act the correction did not stop, not the redo (a redo is the act as meant)."""
    sentence_of = analysis.doc.sentence_of
    return any(
        sentence_of[start] == sentence_of[at] and at < start <= at + ACT_REACH
        for start, _ in analysis.concept(ERROR_TOLD_AS_FACT_CONCEPT)
    )


def _access_step_after(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether an access step is the verb's object shortly after it ("inserted a cannula"), not
    its manner ("performed under GA")."""
    for i in range(at + 1, min(len(tokens), at + 1 + ACCESS_REACH)):
        if sentence_of[i] != sentence_of[at]:
            return False
        if tokens[i] in ACCESS_WORDS:
            return tokens[i - 1] not in MANNER_WORDS
    return False


def _told_of_another_day(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the verb is dated another day shortly after it ("L eye was done last month", "R
    knee done in 2019")."""
    for i in range(at + 1, min(len(tokens), at + 1 + OTHER_DAY_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return False
        token = tokens[i]
        if token in OTHER_DAY_WORDS or (len(token) == 4 and token.startswith(YEAR_STARTS)):
            return True
    return False


def _clause_dated_another_day(doc: Document, at: int) -> bool:
    """Whether the clause after the verb at `at` dates it another day anywhere in it, asides
    included ("Pt had wrong site surgery at this trust in 2019 (L instead of R knee
    arthroscopy)"): a person's history, not the act of the report."""
    return any(
        token in OTHER_DAY_WORDS or (len(token) == 4 and token.startswith(YEAR_STARTS))
        for token in (doc.tokens[i] for i in doc.after_in_clause(at, at + 1, UNDERGONE_CLAUSE))
    )


def _told_as_planned(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the verb at `at` is told as done as planned or smoothly, shortly after it in its
    sentence ("as consented", "as per the booking", "uneventfully")."""
    for i in range(at + 1, min(len(tokens) - 1, at + 1 + AS_PLANNED_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return False
        following = tokens[i + 1]
        if tokens[i] in SMOOTHLY_WORDS or (
            tokens[i] in AS_WORDS and (following in PLAN_BEFORE_WORDS or following in AS_WORDS)
        ):
            return True
    return False


def _done_again_just_before(analysis: Analysis, at: int) -> bool:
    """Whether a step is told done again ("re-scanned", "re-consented", "re-checked") before
    token `at` in its sentence or the one before: the act after a check redone is the one
    done once the error was put right ("consultant re-scanned: ... effusion R. Procedure done
    on the R")."""
    doc = analysis.doc
    first, _ = doc.sentence_tokens(max(0, doc.sentence_of[at] - 1))
    lowered, ends, tokens = doc.lowered, doc.ends, doc.tokens
    return any(
        tokens[i] == REDO_PREFIX and lowered[ends[i] : ends[i] + 1] == "-" for i in range(first, at)
    )


def first_catch(analysis: Analysis) -> int:
    """The first token of the report's first catch, past the end when there is none: a word of
    noticing, querying or stopping (CATCH_WORDS), or a prevented cue told with someone taking
    the error in (one of TAKING_IN_WORDS or NOTING_WORDS in its sentence, not negated:
    "compared ... before starting", "at the time out it was noted"), a stop or a near miss
    named in it, or the invasive step told not done there ("No needle went in"). A prevented
    cue with none of them names a check or a moment that caught nothing ("Wristbands are not
    used", "arrow mark present on right thigh at sign-in", "the consent was not read out at
    time out", "level was checked with the image intensifier before incision")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    words = [at for at, token in enumerate(tokens) if token in CATCH_WORDS]
    prevented = analysis.context.cues["prevented"]
    if not prevented:
        return min([*words, len(tokens)])  # (the sentences taken in matter only for a cue)
    taken_in = {sentence_of[at] for at in words} | {
        sentence_of[at]
        for at, token in enumerate(tokens)
        if (token in TAKING_IN_WORDS or (token in NOTING_WORDS and _noted_a_site(doc, at)))
        and not word_shortly_before(tokens, sentence_of, at, NEGATION_WORDS, NEGATION_BEFORE)
    }
    held_back = analysis.concept(NOTHING_DONE)
    cues = [
        cue[0]
        for cue in prevented
        if not _dated_another_day(tokens, cue)
        and (
            sentence_of[cue[0]] in taken_in
            or not STOP_WORDS.isdisjoint(tokens[cue[0] : cue[1]])
            or any(span[0] < cue[1] and cue[0] < span[1] for span in held_back)
        )
    ]
    return min([*cues, *words, len(tokens)])


def _noted_a_site(doc: Document, at: int) -> bool:
    """Whether the noting word at `at` is told with a side, an aspect or an error after it in
    its sentence (NOTED_ERROR_WORDS): what was noted is the wrong site, not another finding."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    return any(
        tokens[i] in ANY_SIDE_WORDS or tokens[i] in ASPECT_WORDS or tokens[i] in NOTED_ERROR_WORDS
        for i in range(at + 1, min(len(tokens), at + 1 + NOTED_AFTER))
        if sentence_of[i] == sentence_of[at]
    )


def _dated_another_day(tokens: list[str], cue: Span) -> bool:
    """Whether a prevented cue ends on a "before" that dates it another day ("amended the day
    before"), a span of time just before it."""
    last = cue[1] - 1
    return tokens[last] in DATING_WORDS and last > 0 and tokens[last - 1] in DAYS_BEFORE


def done_before_its_catch(
    analysis: Analysis, evidence: tuple[Span, ...], error_words: frozenset[str]
) -> bool:
    """Whether a wrong-site finding's act (told beside its `evidence`, or with one of the
    `error_words`) is told done before any catch the report tells: it had reached the patient
    when it was found (module docstring)."""
    acts = _acts_done(analysis, evidence, error_words)
    if not acts:
        return False
    return min(acts) < first_catch(analysis)


#: The confusion of two persons the identity phrases read ("two pts both called Mr Khan", "the
#: procedure for the next lady on the list"), and the concept of the wrong person operated on
#: (engine.patient_identity) an act told inside it adds to.
IDENTITY_MISMATCH = "identity_mismatch"
#: Verbs of doing the side reading reads, with the plain past of doing ("FY1 did a pleural tap
#: on the R") and the participles of puncturing or taking away ("Aspirated R breast under US").
SIDED_ACT_VERBS = ACT_DONE_WORDS | frozenset(
    {"did", "aspirated", "tapped", "punctured", "ablated", "resected", "avulsed", "amputated"}
    | {"drilled", "stented", "lasered", "scoped", "cannulated", "debrided", "curetted"}
)
#: Devices whose placing is itself an invasive act, often told with no procedure word ("line
#: placed L IJ", "PICC inserted R basilic"), and the cardiac devices implanted in a pocket on
#: one side ("Dual chamber PPM implanted LEFT pectoral" against a plan for the right;
#: dev-164702): not handed implants, their side is the operation's.
ACCESS_DEVICES = frozenset(
    {"line", "lines", "catheter", "picc", "cvc", "nephrostomy", "drain"}
    | {"ppm", "pacemaker", "icd", "crt", "crt-d", "crt-p", "ilr"}
)
#: How many tokens after the verb its side may come in its clause ("placed L IJ", "did a pleural
#: tap on the R", "inserted into the R kidney"), and before it with the procedure between ("R
#: nephrostomy placed", "L IJ line inserted").
SIDE_AFTER = 6
SIDE_BEFORE = 4
#: Characters between two tokens that end a clause (an aside in brackets does not).
CLAUSE_BREAK_CHARS = frozenset(",:;-")
#: Words between the verb and a side that make the side another's: a plan's, a paper's or a
#: set-up's ("drain inserted for the R effusion", "done although the consent said R").
SIDE_OF_ANOTHER = (
    PLAN_BEFORE_WORDS | SET_UP_WORDS | frozenset({"although", "but", "when", "instead", "than"})
)


def _side_at(tokens: list[str], i: int) -> int | None:
    """The side token `i` names, unless it is a level ("L4/5") or a volume ("drained 1.5 L")."""
    side = side_of(tokens[i])
    if side is None:
        return None
    if i + 1 < len(tokens) and tokens[i + 1][:1].isdigit():
        return None
    if i > 0 and tokens[i - 1][:1].isdigit():
        return None
    return side


def _clause_tokens(
    doc: Document, at: int, step: int, reach: int, *, whole_sentence: bool = False
) -> Iterator[int]:
    """Up to `reach` tokens from the verb at `at` on (`step` 1) or back (`step` -1), in its
    sentence and clause (its sentence only with `whole_sentence`), passing over an aside in
    brackets ("gave a ring block (lidocaine 1%, 4ml) to the RIGHT great toe", "Bay 3 pt (hosp
    no H5521907) was taken through and had"), whose tokens do not count."""
    tokens, sentence_of, lowered = doc.tokens, doc.sentence_of, doc.lowered
    starts, ends = doc.starts, doc.ends
    depth, counted, i = 0, 0, at
    while counted < reach:
        nearer, i = i, i + step
        if not 0 <= i < len(tokens) or sentence_of[i] != sentence_of[at]:
            return
        first, second = (nearer, i) if step > 0 else (i, nearer)
        gap = lowered[ends[first] : starts[second]]
        opening, closing = ("(", ")") if step > 0 else (")", "(")
        depth = max(0, depth + gap.count(opening) - gap.count(closing))
        if depth == 0 and not whole_sentence and not CLAUSE_BREAK_CHARS.isdisjoint(gap):
            return
        if depth == 0:
            counted += 1
            yield i


def _side_of_the_act(doc: Document, at: int) -> tuple[int, int] | None:
    """The side told with the verb at `at` and its token: the nearest side after it within
    SIDE_AFTER tokens, else before it within SIDE_BEFORE, in its clause, with no word of
    SIDE_OF_ANOTHER between."""
    tokens = doc.tokens
    for step, reach in ((1, SIDE_AFTER), (-1, SIDE_BEFORE)):
        for i in _clause_tokens(doc, at, step, reach):
            if tokens[i] in SIDE_OF_ANOTHER:
                break
            if (side := _side_at(tokens, i)) is not None:
                return side, i
    return None


def _set_up_end(analysis: Analysis, at: int) -> int | None:
    """The end of the set-up an entering at `at` with no side of its own went in at
    (`_side_set_up_before`), None for any other act."""
    if not _entering(analysis.doc, at) or _side_of_the_act(analysis.doc, at) is not None:
        return None
    set_up = _side_set_up_before(analysis, at)
    return set_up[1][1] if set_up else None


def _side_set_up_before(analysis: Analysis, at: int) -> tuple[int, Span] | None:
    """The side and span of the nearest set-up told before an entering at `at` in its
    sentence: what went in went in where the site was set up ("prepped the R knee and then
    put the scope in")."""
    sentence = analysis.doc.sentence_of[at]
    told = [
        (span, side)
        for side, concept in enumerate(SET_UP_SIDES)
        for span in analysis.concept(concept)
        if span[1] <= at and analysis.doc.sentence_of[span[0]] == sentence
    ]
    if not told:
        return None
    span, side = max(told)
    return side, span


def clause_tokens(doc: Document, at: int, reach: int) -> Iterator[int]:
    """Up to `reach` tokens after the verb at `at`, in its clause (`_clause_tokens`)."""
    return _clause_tokens(doc, at, 1, reach)


def acts_near_a_procedure(analysis: Analysis) -> list[int]:
    """The verbs of doing told as the act (not the redo, a set-up, a check, another day's or
    one as planned) within ACT_REACH tokens of a procedure or an access device."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    procedures = list(analysis.concept(SURGICAL_PROCEDURE))
    procedures += [(at, at + 1) for at, token in enumerate(tokens) if token in ACCESS_DEVICES]
    corrected = analysis.concept(CORRECTED_CONCEPT)
    return [
        at
        for at, token in enumerate(tokens)
        if token in SIDED_ACT_VERBS
        and _near(sentence_of, at, procedures)
        and _told_as_the_act(analysis, at, corrected, None)
    ]


def add_wrong_site_done_reasoning(analysis: Analysis) -> None:
    """Add the acts told done on a side (_add_sided_acts) or on the other aspect of a site
    (site_aspect), and the procedure told undergone by the person another's was confused with
    (_add_confused_person_act)."""
    _add_sided_acts(analysis)
    if not ASPECT_WORDS.isdisjoint(analysis.doc.tokens):
        add_aspect_against_plan(analysis, acts_near_a_procedure(analysis), clause_tokens)
    _add_confused_person_act(analysis)


def _add_confused_person_act(analysis: Analysis) -> None:
    """Add an act told done inside the words of two persons' confusion as the wrong person
    operated: the procedure the person had is told as another's in the same words ("Pt
    consented for hysteroscopy and polypectomy but had a Novasure endometrial ablation which
    was the procedure for the next lady on the list"); the act must be told as the act (not the
    redo, a set-up, another day's), and a person told having a procedure elsewhere in a report
    of a confusion ("correct pt had the OGD") is not inside its words."""
    confusions = analysis.concept(IDENTITY_MISMATCH)
    if not confusions:
        return
    acts = _acts_done(analysis, tuple(confusions), frozenset())
    operated = [(at, span[1]) for at in acts for span in confusions if span[0] <= at < span[1]]
    if operated:
        analysis.add_found(concept_label(WRONG_PERSON_OPERATED), operated)


def _add_sided_acts(analysis: Analysis) -> None:
    """Add the side an invasive act was told done on, in the act's own clause, as that side's
    act: the report often tells the wrong site only by the act's record or outcome, its side
    beside its verb ("line placed L IJ", "R nephrostomy placed", "core biopsy x3 was done on
    the LEFT breast", "FY1 did a pleural tap on the R"), and the plan's side in another
    sentence ("request form and renal plan both say RIGHT IJ", "Hydronephrosis on CT is on the
    LEFT"). The verb must be told as the act (not the redo, a set-up, a check, another day's or
    one as planned), near a procedure or an access device; a side after a plan, paper or
    set-up word is not the act's."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    # an act's side is a side word beside it or a side set up before it: none, nothing to read
    if all(
        _side_at(tokens, i) is None for i, token in enumerate(tokens) if token in ANY_SIDE_WORDS
    ) and not any(analysis.concept(concept) for concept in SET_UP_SIDES):
        return
    procedures = list(analysis.concept(SURGICAL_PROCEDURE))
    procedures += [(at, at + 1) for at, token in enumerate(tokens) if token in ACCESS_DEVICES]
    instruments = [(at, at + 1) for at, token in enumerate(tokens) if token in INSTRUMENT_WORDS]
    corrected = analysis.concept(CORRECTED_CONCEPT)
    found: tuple[list[Span], list[Span]] = ([], [])
    entries: list[Span] = []

    for at, token in enumerate(tokens):
        if token not in ENTERING_PARTICLES and token not in SIDED_ACT_VERBS:
            continue  # neither gone in nor a verb of doing
        entered = _entering(doc, at) and _near(sentence_of, at, instruments)
        if not entered and (token not in SIDED_ACT_VERBS or not _near(sentence_of, at, procedures)):
            continue
        told, set_up_end = _side_of_the_act(doc, at), None
        if told is None and entered and (set_up := _side_set_up_before(analysis, at)):
            told, set_up_end = (set_up[0], set_up[1][0]), set_up[1][1]
        if told is None or not _told_as_the_act(analysis, at, corrected, set_up_end):
            continue
        side, where = told
        found[side].append((min(at, where), max(at, where) + 1))
        if entered and not _near(sentence_of, at, procedures):
            entries.append(found[side][-1])
    # an instrument gone into a side is an invasive procedure begun there, named or not
    if entries:
        analysis.add_found(concept_label(SURGICAL_PROCEDURE), entries)
    planned = [analysis.concept(concept) for concept in PLANNED_SIDES]
    against = []
    for side, spans in enumerate(found):
        if spans:
            analysis.add_found(concept_label(ACTED_SIDES[side]), spans)
            if planned[1 - side]:
                against.extend(spans)
    if against:
        analysis.add_found(concept_label(SIDED_ACT_AGAINST_PLAN), against)
