"""The paperwork catch: a wrong side, site or procedure written for this patient's operation
only on paper (the theatre list, the booking, the consent form, a board or sheet), told as
disagreeing with another record or with the patient, and caught at the day-of-surgery checks
(team brief, sign in, time out, the anaesthetic room, the checklist read out) before anything
was done: near miss 1, whatever words tell the paper and the catch (the labelling decision of
session 37). What decides is where the catch came, not how the error is worded:

- the disagreement is read from the records themselves: both sides named as planned (a
  record's side against another's), a record told as wrong or different, two records set
  against each other by a contrast ("list said TKR but the consent form was for a UKR"), or
  two records each telling a procedure, with no word in common nor one the other's
  abbreviation ("Theatre list said circumcision ... Consent confirms frenuloplasty"; not "list
  said L TKR, consent says left total knee replacement"), a record told by a verb of writing
  or a colon ("consented in clinic for frenuloplasty", "Consent form: 'TVT'"), two records
  telling different spinal levels ("Consent form stated 'L3/4 decompression'; ... listing
  L4/5") or the two sides ("list has L hip. Consent, marking and clinic letter all R"), or a
  record told as copied from another ("used the previous patient's booking as a template");
- the catch point is a day-of check named in the report (CHECKED_ON_THE_DAY, with the ward's
  pre-op check on the day); the same error put right ahead of the day (pre-op clinic, the
  week before, before admission: `side_error_caught_before_the_day`) stays null, as does a
  mark that faded, another patient's paper or identity (read by the wrong-patient rules),
  both sides booked, a drill and anything told as done to the patient (a `reached` cue: the
  side rules and the model read it); the patient's own preparation taken ("had been given
  bowel prep instructions at pre-assessment") is nothing done to the patient, and the clinic
  it was given at no catch ahead of the day.

A side acted on only after the catch is the side put right, not one taken from a referral
or a scan's report (the referral exclusion is lifted). What was done on a side is left to the
side rules: a never event they find wins over this near miss (`never_events.detect` prefers
a never event).
"""

from __future__ import annotations

from collections.abc import Callable

from classifier.engine.act_record import SURGICAL_PROCEDURE
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.set_up_caught import SIDE_NAMES, side_named
from classifier.engine.sides import ACTED_SIDES, PLANNED_SIDES, REDO_PREFIX, SET_UP_SIDES
from classifier.engine.text import Document, Span, word_shortly_after, word_shortly_before

#: The concept this reading adds (rule NE1.paper_error_caught_at_the_checks) and the concepts
#: it reads: the day-of checks named, the sides planned, a side written wrong.
PAPERWORK_CAUGHT = "paper_error_caught_at_the_checks"
CHECKED_ON_THE_DAY = "checked_on_the_day"
WRONG_SIDE_IN_A_RECORD = "wrong_side_in_a_record"
#: The referral's or report's side read as the side acted on (never_events'
#: add_referral_side_reasoning): after a paper error caught, it is the side put right.
REFERRAL_SIDE_ACTED_ON = "referral_side_acted_on"
#: What was done on the patient: a side acted on or set up, the procedure begun.
DONE_ON_THE_PATIENT = (*ACTED_SIDES, *SET_UP_SIDES, "procedure_begun")
#: A paper error put right ahead of the day (not when it is only where the preparation was given).
BEFORE_THE_DAY = "side_error_caught_before_the_day"
#: What makes it no paperwork catch of this patient's operation: caught ahead of the day, a
#: mark faded, both sides booked, another patient's paper or person.
NOT_A_PAPERWORK_CATCH = (
    BEFORE_THE_DAY,
    "site_mark_faded",
    "identity_mismatch",
    "paper_in_wrong_notes",
    "wrong_patient_to_theatre",
    "wrong_person_instead",
    "wrong_patients_paper",
    # ... nor one with no patient (a drill, a risk report) or the error disproved
    "simulated_scenario",
    "no_real_patient_involved",
    "risk_only_stated",
    "no_patient_incident_declared",
    "site_error_disproved",
    "site_error_denied_as_verdict",
    # ... nor both sides booked: one side's paper against the other's is no error
    "bilateral_procedure",
)

#: The papers an operation is written on: what it was listed, booked or consented as (the
#: nouns, which a contrast sets against each other), and the verbs of writing it there.
RECORD_NOUNS = frozenset(
    {
        *("list", "lists", "listing", "booking", "consent", "consents", "form", "forms"),
        *("board", "sheet", "request", "whiteboard"),
    }
)
RECORD_WORDS = RECORD_NOUNS | frozenset({"listed", "booked", "consented"})
#: Words telling a record as wrong or unlike another ("consent form was for a different
#: procedure", "booking form had the wrong level", "the list was mistyped").
RECORD_ERROR_WORDS = frozenset(
    {
        *("wrong", "wrongly", "incorrect", "incorrectly", "different", "mismatch"),
        *("mismatched", "discrepancy", "discrepancies", "mistyped", "misprinted", "misprint"),
        *("typo", "error", "erroneously", "instead", "inconsistent", "conflicting"),
    }
)
#: How near (in tokens, in its sentence) an error word tells of a record.
RECORD_ERROR_REACH = 6
#: What the error word must tell of, in the next ERRED_PART_REACH tokens: a side, site, level,
#: digit or procedure ("wrong side", "different procedure", "incorrect level"), not a time or
#: a name ("wrong start time").
ERRED_PARTS = frozenset(
    {
        *("side", "sided", "site", "level", "levels", "laterality", "procedure", "procedures"),
        *("operation", "op", "surgery", "digit", "finger", "toe", "eye", "limb", "leg", "arm"),
        *("knee", "hip", "hand", "foot", "ear", "breast", "lesion", "kidney", "l", "r", "left"),
        *("right", "lt", "rt"),
    }
)
ERRED_PART_REACH = 3
#: Words setting one record against another in a sentence ("list said L but consent R").
CONTRAST_WORDS = frozenset({"but", "whereas", "while", "whilst", "however", "yet", "vs", "versus"})
#: Verbs a record tells its procedure with ("list said circumcision", "consent confirms
#: frenuloplasty", "list printed 'lap L salpingo-oophorectomy'", "consent was for lap chole"),
#: how near after the record noun they stand, and how many tokens after them tell the
#: procedure, up to the next record or contrast word (TOLD_PROCEDURE_ENDS).
TELLING_VERBS = frozenset(
    {"said", "says", "stated", "states", "confirms", "confirmed", "shows", "showed", "reads"}
    | {"read", "printed", "documented", "for"}
)
TELLING_VERB_REACH = 4
#: How far after a record noun a colon may tell what it holds, past the other records named
#: with it ("Consent form: 'TVT'", "The list, clinic letter and MDT outcome: urethral bulking").
COLON_REACH = 6
TOLD_PROCEDURE_REACH = 6
TOLD_PROCEDURE_ENDS = RECORD_NOUNS | CONTRAST_WORDS
#: Procedure words that name no procedure of their own (the place, the list, a generic word).
GENERIC_PROCEDURE_WORDS = frozenset(
    {"theatre", "theatres", "list", "procedure", "procedures", "op", "operation", "surgery"}
    # ... nor the act of many operations, which two different ones share ("excision lipoma L
    # shoulder" against "excision of sebaceous cyst back")
    | {"excision", "removal", "repair"}
)


def _record_with_word_near(
    analysis: Analysis, reach: int, told: Callable[[list[str], list[int], int], bool]
) -> bool:
    """Whether a record word has, within `reach` tokens of it in its sentence, a token `told`
    accepts (called with the tokens, their sentences and the token's index)."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for at, token in enumerate(tokens):
        if token not in RECORD_WORDS:
            continue
        low, high = max(0, at - reach), min(len(tokens), at + reach + 1)
        if any(
            sentence_of[i] == sentence_of[at] and told(tokens, sentence_of, i)
            for i in range(low, high)
        ):
            return True
    return False


def _error_word(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether token `at` is an error word with an erred part just after it ("wrong site",
    "different procedure"; not "wrong start time")."""
    return tokens[at] in RECORD_ERROR_WORDS and not ERRED_PARTS.isdisjoint(
        tokens[at + 1 : at + 1 + ERRED_PART_REACH]
    )


def _record_told_wrong(analysis: Analysis) -> bool:
    """Whether a record word has an error word within RECORD_ERROR_REACH tokens of it in its
    sentence, telling of a side, site or procedure ("wrong site marked on consent form", "the
    consent form was for a different procedure"; not "list printed with the wrong start
    time")."""
    return _record_with_word_near(analysis, RECORD_ERROR_REACH, _error_word)


def _records_set_against_each_other(analysis: Analysis) -> bool:
    """Whether one sentence names a record, a contrast word, then a record ("theatre list said
    L TKR but the consent form was for a UKR", "booking said right whereas consent said left");
    not a record and a verb of consenting ("consent form missing ... while pt re-consented")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for at, token in enumerate(tokens):
        if token not in CONTRAST_WORDS:
            continue
        start, end = doc.sentence_tokens(sentence_of[at])
        if not RECORD_NOUNS.isdisjoint(tokens[start:at]) and not RECORD_NOUNS.isdisjoint(
            tokens[at + 1 : end]
        ):
            return True
    return False


def _procedures_told_by_records(analysis: Analysis) -> list[tuple[set[str], list[str]]]:
    """For each record noun told with a telling verb just after it ("theatre list said",
    "consent confirms"), the procedure words the next TOLD_PROCEDURE_REACH tokens of its
    sentence name (SURGICAL_PROCEDURE spans, not generic words) and those tokens; up to the
    next record noun or contrast word."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    procedure_at = {
        i
        for start, end in analysis.concept(SURGICAL_PROCEDURE)
        for i in range(start, end)
        if tokens[i] not in GENERIC_PROCEDURE_WORDS
    }
    told: list[tuple[set[str], list[str]]] = []
    for at, token in enumerate(tokens):
        if token not in RECORD_WORDS:
            continue
        verb = _telling_point(doc, at)
        if verb is None:
            continue
        content: list[int] = []
        for i in range(verb + 1, min(len(tokens), verb + 1 + TOLD_PROCEDURE_REACH)):
            if sentence_of[i] != sentence_of[at] or tokens[i] in TOLD_PROCEDURE_ENDS:
                break
            content.append(i)
        words = {tokens[i] for i in content if i in procedure_at}
        if words:
            told.append((words, [tokens[i] for i in content]))
    return told


def _colon_after(doc: Document, at: int) -> bool:
    """Whether a colon stands between token `at` and the next one."""
    if at + 1 >= len(doc.tokens):
        return False
    return ":" in doc.text[doc.ends[at] : doc.starts[at + 1]]


def _telling_point(doc: Document, at: int) -> int | None:
    """The token after which record word `at` tells what it holds, in its sentence: a telling
    verb within TELLING_VERB_REACH tokens ("list said", "consented in clinic for"), else a
    colon within COLON_REACH ("Consent form: 'TVT'"); None when it tells nothing."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    end = min(len(tokens), at + 1 + COLON_REACH)
    within = [i for i in range(at, end) if sentence_of[i] == sentence_of[at]]
    verb = next((i for i in within[1 : 1 + TELLING_VERB_REACH] if tokens[i] in TELLING_VERBS), None)
    if verb is not None:
        return verb
    return next((i for i in within if _colon_after(doc, i)), None)


#: The letters of a spinal region, which a level is told with before its number ("L3/4",
#: "C5-6", "L5/S1"), and how far after a record word its level may stand, in its sentence.
LEVEL_LETTERS = frozenset({"c", "t", "l", "s"})
LEVEL_REACH = 6


def _level_at(tokens: list[str], at: int) -> tuple[str, ...] | None:
    """The spinal level told from token `at`: a region letter, then its numbers and any next
    region with its number ("l 4 5", "l 5 s 1"); None when no number follows the letter."""
    if tokens[at] not in LEVEL_LETTERS or at + 1 >= len(tokens) or not tokens[at + 1].isdigit():
        return None
    end = at + 1
    while end < len(tokens) and (
        tokens[end].isdigit()
        or (tokens[end] in LEVEL_LETTERS and end + 1 < len(tokens) and tokens[end + 1].isdigit())
    ):
        end += 1
    return tuple(tokens[at:end])


def _levels_told_by_records(doc: Document) -> set[tuple[str, ...]]:
    """The first spinal level each record word tells within LEVEL_REACH tokens after it in its
    sentence, before the next record word ("Consent form stated 'L3/4 decompression'", "MRI,
    clinic letter and listing L4/5")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    levels: set[tuple[str, ...]] = set()
    for at, token in enumerate(tokens):
        if token not in RECORD_WORDS:
            continue
        for i in range(at + 1, min(len(tokens), at + 1 + LEVEL_REACH)):
            if sentence_of[i] != sentence_of[at] or tokens[i] in RECORD_WORDS:
                break
            if level := _level_at(tokens, i):
                levels.add(level)
                break
    return levels


#: How far after a record word the side it tells may stand, in its sentence ("list has pt 2
#: down as L hip", "Consent, marking and clinic letter all R").
RECORD_SIDE_REACH = 6


def _records_tell_both_sides(doc: Document) -> bool:
    """Whether one record tells the left and another the right: the first side named within
    RECORD_SIDE_REACH tokens after each record noun, in its sentence and before the next record
    word (not a spinal level, "L4/5", nor the "re" of a split word); not a patient "listed for"
    a side, who may be another patient."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    told: set[int] = set()
    for at, token in enumerate(tokens):
        if token not in RECORD_NOUNS:
            continue
        for i in range(at + 1, min(len(tokens), at + 1 + RECORD_SIDE_REACH)):
            if sentence_of[i] != sentence_of[at] or tokens[i] in RECORD_WORDS:
                break
            side = next((n for n in (0, 1) if side_named(doc, i, SIDE_NAMES[n])), None)
            if side is not None:
                told.add(side)
                break
    return len(told) > 1


def _abbreviates(words: set[str], told: list[str]) -> bool:
    """Whether one of `words` is the initials of consecutive words told ("tkr" of "total knee
    replacement")."""
    for word in words:
        n = len(word)
        if n > 1 and any(
            "".join(w[:1] for w in told[i : i + n]) == word for i in range(len(told) - n + 1)
        ):
            return True
    return False


def _records_tell_different_procedures(analysis: Analysis) -> bool:
    """Whether two records tell procedures with no word in common nor one the abbreviation of
    the other ("Theatre list said circumcision ... Consent confirms frenuloplasty", "consent
    form says L unicompartmental knee replacement, theatre list ... said L TKR"; not "list said
    L TKR, consent says left total knee replacement")."""
    told = _procedures_told_by_records(analysis)
    return any(
        first.isdisjoint(second)
        and not _abbreviates(first, second_told)
        and not _abbreviates(second, first_told)
        for n, (first, first_told) in enumerate(told)
        for second, second_told in told[n + 1 :]
    )


#: Words telling a record made from another one ("booking clerk had used the previous
#: patient's booking as a template", "list entry copied and pasted from the last patient"):
#: the record holds what another said. "copied" / "duplicated" only with the record it came
#: from ("copied from an earlier version of the list"), not "a copy of another patient's
#: consent filed in the notes" (another patient's paper, no error in this patient's record).
TEMPLATE_WORDS = frozenset({"template", "templated"})
#: Words telling a template used to write the record ("used the previous patient's booking as
#: a template", "had used a pre-printed consent template"), before the template word; a
#: template named alone is the trust's own form ("the pre-op template and the consent were
#: for the standard cup", dev-119717).
TEMPLATE_USE_WORDS = frozenset({"used", "using", "use", "from", "off", "as"})
TEMPLATE_USE_REACH = 6
PASTED_WORDS = frozenset({"pasted", "cloned"})
COPIED_WORDS = frozenset({"copied", "duplicated"})
COPIED_SOURCE_WORDS = frozenset({"from", "over", "across"})
COPIED_SOURCE_REACH = 4
#: How near a record word (tokens, in its sentence) the copy word must stand.
COPY_REACH = 8


def _copy_word(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether token `at` tells a record made from another: a pasted word, a template word told
    used ("used ... as a template"), or a copied word with the record it came from just after
    ("copied from", "copied the booking from")."""
    if tokens[at] in PASTED_WORDS:
        return True
    if tokens[at] in TEMPLATE_WORDS:
        return word_shortly_before(tokens, sentence_of, at, TEMPLATE_USE_WORDS, TEMPLATE_USE_REACH)
    return tokens[at] in COPIED_WORDS and word_shortly_after(
        tokens, sentence_of, at, COPIED_SOURCE_WORDS, COPIED_SOURCE_REACH
    )


#: Words naming another patient as the source a record was copied from ("copied from the
#: previous woman's entry", "pasted over from the last patient's booking").
ANOTHER_SOURCE_WORDS = frozenset({"previous", "another", "other", "last", "earlier", "preceding"})
SOURCE_PERSON_WORDS = frozenset(
    {"pt", "pts", "patient", "patients", "woman", "women", "man", "lady", "gentleman", "mother"}
    | {"case", "person"}
)
#: How far after the copy word the other patient may be named ("copied from the previous
#: woman's entry").
SOURCE_PERSON_REACH = 5


def _copied_from_another_patient(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether copy word `at` (`_copy_word`) tells its source as another patient's record
    ("from text copied from the previous woman's entry"): another patient's plan written into
    this one's record, however far the record noun stands in its sentence."""
    if not _copy_word(tokens, sentence_of, at):
        return False
    after = [
        i
        for i in range(at + 1, min(len(tokens), at + 1 + SOURCE_PERSON_REACH))
        if sentence_of[i] == sentence_of[at]
    ]
    return any(
        tokens[i] in ANOTHER_SOURCE_WORDS
        and word_shortly_after(tokens, sentence_of, i, SOURCE_PERSON_WORDS, 2)
        for i in after
    )


#: How near a record word a copy word telling another patient's record as its source may stand
#: (its sentence, in practice).
COPY_FROM_ANOTHER_REACH = 20


def _record_copied(analysis: Analysis) -> bool:
    """Whether a record word has a copy word within COPY_REACH tokens of it in its sentence
    ("had used the previous patient's booking as a template", "whiteboard had 'LSCS + BTL'
    copied from an earlier version of the list"), or one telling another patient's record as
    its source anywhere in its sentence ("the consent had been written in antenatal clinic by
    a registrar from text copied from the previous woman's entry"; dev-181404): the record
    written from another, so what it tells is not this operation's plan (dev-177344)."""
    return _record_with_word_near(analysis, COPY_REACH, _copy_word) or _record_with_word_near(
        analysis, COPY_FROM_ANOTHER_REACH, _copied_from_another_patient
    )


#: The patient at the check denying ever having agreed to what a record holds ("the woman said
#: she had never agreed to be sterilised", "pt stated he had not consented to the excision"):
#: the record is wrong, not the patient's wish changed on the day ("changed her mind", "no
#: longer wanted": null, like a side chosen on the day).
AGREEING_WORDS = frozenset({"agreed", "consented", "signed", "requested", "asked", "discussed"})
DENYING_WORDS = frozenset({"never", "not", "t", "nt", "hadnt", "didnt", "hasnt", "neither"})
DENIAL_REACH = 2
SPEAKING_WORDS = frozenset(
    {"said", "says", "stated", "states", "told", "tells", "denied", "denies", "insisted"}
    | {"reported", "explained", "replied", "confirmed", "adamant"}
)
SPEAKER_WORDS = SOURCE_PERSON_WORDS | frozenset({"she", "he", "they", "husband", "partner"})
#: Words of a wish changed: the patient's own choice on the day, no error in the record.
CHANGED_WISH_WORDS = frozenset({"longer", "changed", "mind", "decided", "declined", "refused"})


#: The consent or record put right after the patient's denial ("Re-consented for LSCS only",
#: "consent amended", "new consent signed"): the record was wrong, and it was caught.
RECONSENT_WORDS = frozenset({"reconsented", "reconsent"})
CONSENT_WORDS = frozenset({"consent", "consented", "consents", "form", "list", "booking"})
AMENDED_WORDS = frozenset(
    {"amended", "corrected", "changed", "rewritten", "redone", "updated", "new", "crossed"}
    | {"struck", "removed", "obtained", "retaken", "resigned"}
)
AMENDED_REACH = 3


def _record_put_right_after(doc: Document, sentence: int) -> bool:
    """Whether a sentence after `sentence` tells the consent or record put right: "re-consented",
    "reconsented", or a record word with an amending word within AMENDED_REACH tokens of it in
    its sentence ("consent amended", "new consent form signed")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    start = doc.sentence_tokens(sentence)[1]
    for at in range(start, len(tokens)):
        token = tokens[at]
        if token in RECONSENT_WORDS or (
            token in CONSENT_WORDS and at > 0 and tokens[at - 1] == REDO_PREFIX
        ):
            return True
        if token in CONSENT_WORDS and (
            word_shortly_before(tokens, sentence_of, at, AMENDED_WORDS, AMENDED_REACH)
            or word_shortly_after(tokens, sentence_of, at, AMENDED_WORDS, AMENDED_REACH)
        ):
            return True
    return False


def _patient_denies_agreeing(analysis: Analysis) -> bool:
    """Whether a sentence tells the patient (or the one with them) saying they never agreed to
    or consented to something (AGREEING_WORDS just after a denial), with no changed wish told
    in it, and a later sentence the consent or record put right: the record read out at the
    check held a procedure the patient was never consented for (dev-181404); with nothing put
    right the procedure may have gone ahead, which the site rules and the model read."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for at, token in enumerate(tokens):
        if token not in AGREEING_WORDS:
            continue
        if not word_shortly_before(tokens, sentence_of, at, DENYING_WORDS, DENIAL_REACH):
            continue
        start, end = doc.sentence_tokens(sentence_of[at])
        before = tokens[start:at]
        if (
            not SPEAKING_WORDS.isdisjoint(before)
            and not SPEAKER_WORDS.isdisjoint(before)
            and CHANGED_WISH_WORDS.isdisjoint(tokens[start:end])
            and _record_put_right_after(doc, sentence_of[at])
        ):
            return True
    return False


def records_disagree(analysis: Analysis) -> bool:
    """Whether the report tells this patient's records as disagreeing: both sides named as
    planned (neither only by the "re" of a split word, "re-consented"), which is enough on its
    own; else a side written wrong in a record, a record told wrong, or two records
    contrasted, two records telling different procedures, spinal levels or sides."""
    tokens = analysis.doc.tokens
    if all(
        any(tokens[end - 1] != REDO_PREFIX for _, end in analysis.concept(side))
        for side in PLANNED_SIDES
    ):
        return True
    return (
        bool(analysis.concept(WRONG_SIDE_IN_A_RECORD))
        or _record_told_wrong(analysis)
        or _records_set_against_each_other(analysis)
        or _records_tell_different_procedures(analysis)
        or len(_levels_told_by_records(analysis.doc)) > 1
        or _records_tell_both_sides(analysis.doc)
        or _record_copied(analysis)
        or (bool(_procedures_told_by_records(analysis)) and _patient_denies_agreeing(analysis))
    )


def _catch_points(analysis: Analysis) -> list[Span]:
    """The day-of checks named that caught something: not one with the act that reaches the
    patient told as done before it, in its sentence or the one before ("block done in the
    anaesthetic room before the surgeon came down": the block, not the room, is the event),
    read as the context reads any catch (`Context.act_done_before_the_catch`)."""
    context = analysis.context
    return [
        check
        for check in analysis.concept(CHECKED_ON_THE_DAY)
        if not context.act_done_before_the_catch(check)
    ]


#: The patient's own preparation taken for the procedure ("had been given bowel prep
#: instructions at pre-assessment and had taken it"): no act done on the patient, and the
#: clinic it was given at no catch ahead of the day.
PREPARATION_TAKEN = "procedure_preparation_taken"
#: How far after the preparation told (tokens, in its sentence) the clinic it was given at
#: may stand ("bowel prep instructions at pre-assessment").
PREPARATION_PLACE_REACH = 6


def _where_the_preparation_was_given(analysis: Analysis, span: Span) -> bool:
    """Whether a before-the-day span names the place the patient's preparation was given, just
    after it in its sentence ("given bowel prep instructions at pre-assessment")."""
    sentence_of = analysis.doc.sentence_of
    return any(
        end <= span[0] <= end + PREPARATION_PLACE_REACH
        and sentence_of[end - 1] == sentence_of[span[0]]
        for _, end in analysis.concept(PREPARATION_TAKEN)
    )


def _not_a_paperwork_catch(analysis: Analysis) -> bool:
    """Whether something in NOT_A_PAPERWORK_CATCH is found; a before-the-day span only when it
    is not the place the patient's preparation was given."""
    for concept in NOT_A_PAPERWORK_CATCH:
        spans = analysis.found.get(concept_label(concept))
        if concept == BEFORE_THE_DAY and spans:
            spans = [s for s in spans if not _where_the_preparation_was_given(analysis, s)]
        if spans:
            return True
    return False


#: The record or site told put right ("list amended", "consent corrected", "re-consented for
#: the right side", "consent redone"): what is told done after it was done as put right.
PUT_RIGHT = ("site_corrected_before_start", "consent_redone")


def _put_right(analysis: Analysis) -> list[Span]:
    """The spans telling the record or site put right (PUT_RIGHT)."""
    return [span for concept in PUT_RIGHT for span in analysis.concept(concept)]


#: Words telling an act done on the wrong side or site, or done against the catch ("surgeon
#: then started on the wrong side anyway"): no operation done once the papers were put right.
ACT_AGAINST_THE_CATCH_WORDS = frozenset(
    {
        *("wrong", "wrongly", "incorrect", "incorrectly"),
        *("anyway", "regardless", "despite", "nonetheless", "nevertheless"),
    }
)


def _act_told_against_the_catch(analysis: Analysis, span: Span) -> bool:
    """Whether the sentence of `span` tells the act on the wrong side or site, or done against
    the catch (ACT_AGAINST_THE_CATCH_WORDS; review r24: "list amended. Surgeon then started on
    the wrong side anyway, incision made")."""
    doc = analysis.doc
    start, end = doc.sentence_tokens(doc.sentence_of[span[0]])
    return not ACT_AGAINST_THE_CATCH_WORDS.isdisjoint(doc.tokens[start:end])


def _told_once_put_right(analysis: Analysis, span: Span, last_check: int) -> bool:
    """Whether `span` is told after the last check named and after the record told put right
    there ("On questioning at sign in pt said he was having a cyst removed from his scalp ...
    List amended, scalp cyst excised"; dev-178347): the operation done once the papers were
    put right, as the side acted on after the last check is (`add_paperwork_catch_reasoning`);
    not an act told on the wrong side or against the catch (`_act_told_against_the_catch`)."""
    return any(
        last_check < start < span[0] for start, _ in _put_right(analysis)
    ) and not _act_told_against_the_catch(analysis, span)


def caught_and_put_right(analysis: Analysis) -> bool:
    """Whether a paperwork catch found (PAPERWORK_CAUGHT) is told as a catch: the record told
    put right after the last check named ("new consent done, list amended"; dev-178400), not a
    check that noticed nothing ("At sign in nobody questioned that the consent said left when
    the list said right. Right inguinal hernia repaired")."""
    checks = analysis.concept(PAPERWORK_CAUGHT)
    if not checks:
        return False
    last_check = max(start for start, _ in checks)
    return any(start > last_check for start, _ in _put_right(analysis))


def done_once_put_right(analysis: Analysis, span: Span) -> bool:
    """Whether a reach cue of a paperwork catch found (PAPERWORK_CAUGHT) is the operation done
    once the papers were put right at the checks (`_told_once_put_right`), not a reach of the
    error: a near miss 1 stays one."""
    checks = analysis.concept(PAPERWORK_CAUGHT)
    return bool(checks) and _told_once_put_right(analysis, span, max(s for s, _ in checks))


def _reach_told(analysis: Analysis, last_check: int) -> bool:
    """Whether a `reached` cue tells something done to the patient: not one inside the
    patient's preparation taken ("had been given bowel prep"), nor the operation done once the
    papers were put right at the last check (`_told_once_put_right`)."""
    preparations = analysis.concept(PREPARATION_TAKEN)
    return any(
        not any(start <= cue[0] and cue[1] <= end for start, end in preparations)
        and not _told_once_put_right(analysis, cue, last_check)
        for cue in analysis.context.cues["reached"]
    )


def add_paperwork_catch_reasoning(analysis: Analysis) -> None:
    """Add the day-of checks named as PAPERWORK_CAUGHT when the report tells this patient's
    records disagreeing about the side, site or procedure and nothing dates the catch ahead of
    the day nor makes it another patient's paper, a faded mark or a report of a risk with no
    patient's incident in it."""
    if _not_a_paperwork_catch(analysis):
        return
    checks = _catch_points(analysis)
    if not checks:
        return
    last_check = max(start for start, _ in checks)
    if _reach_told(analysis, last_check):
        return  # something told as done to the patient: the side rules and the model read it
    if any(start < last_check for a in DONE_ON_THE_PATIENT for start, _ in analysis.concept(a)):
        return  # a side told acted on before a check (prepped at 08:31, time out at 08:34):
        # the side rules read it; an act on a side told only after the last check named is
        # what was done once the papers were put right ("Right side done as planned")
    if records_disagree(analysis):
        analysis.add_found(concept_label(PAPERWORK_CAUGHT), list(checks))
        # the side acted on once the papers were put right is the correct one, not a side
        # taken from a referral or a scan's report ("R adnexal mass ... R salpingectomy")
        analysis.remove_found(
            concept_label(REFERRAL_SIDE_ACTED_ON),
            analysis.found.get(concept_label(REFERRAL_SIDE_ACTED_ON), []),
        )
