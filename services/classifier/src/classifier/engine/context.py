"""NegEx/ConText-style context of each matched concept: negated, hypothetical, not yet, prevented.

A trigger (e.g. "no", "risk of") scopes over the next `window` tokens of its sentence and stops
at a terminator ("but", "after", "due to"...). Post-triggers ("ruled out", "not given") scope
backwards. Pseudo-triggers ("no further", "nil by mouth") are not triggers.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from classifier.engine.closure_order import OUGHT_WORDS
from classifier.engine.implant_specs import _SIZED_PARTS
from classifier.engine.sides import side_of
from classifier.engine.text import Document, Span, word_shortly_after, word_shortly_before
from shared.taxonomy import ContextLexicon

#: Labels of the context cue lists in the phrase index.
CUE_LISTS = (
    "negation_pre",
    "negation_post",
    "pseudo_negation",
    "hypothetical_pre",
    "hypothetical_post",
    "historical_pre",
    "prevented",
    "reached",
    "terminators",
    "not_yet_pre",
    "prevented_negators",
)

#: Tokens a negator may sit before the prevented cue it undoes ("nobody re-checked at time out").
PREVENTED_NEGATOR_WINDOW = 2
#: Words of a look told again that a one-word negator also reaches over, beyond the window
#: ("xray not looked at again before blocking", "notes were not looked at before the block went
#: in"): the look before the act was not taken, so the cue caught nothing.
_LOOKED_AGAIN_WORDS = frozenset({"at", "again"})


def cue_label(name: str) -> str:
    """The phrase-index label of a context cue list."""
    return f"x:{name}"


#: Each context cue list with its phrase-index label (built once: `Context.of` reads them all
#: for every narrative).
_CUE_LIST_LABELS = tuple((name, cue_label(name)) for name in CUE_LISTS)


#: A phrase that starts with one of these ("not documented", "no interpreter") states a failure
#: itself; negation cues before it do not undo it.
NEGATION_WORDS = frozenset({"not", "no", "nil", "without", "never", "none", "nothing", "failed"})
#: Words of an inability ("unable to get aspirate", "couldnt pull back"): a denial of what follows.
INABILITY_WORDS = frozenset({"unable", "couldnt", "couldn", "cannot", "cant"})


#: First words of triggers whose scope is a whole clause, not a noun phrase ("could have been
#: given", "if the feed had been started", "asked whether this was a scald").
MODAL_TRIGGER_WORDS = frozenset(
    {"if", "whether", "could", "would", "might", "may", "potentially", "in"}
    | {"concern", "concerned", "worried"}
)

#: A question's opening word, and the verbs after which its words are what is asked: "asked
#: whether the NG tube put in was in the wrong place" asks about the place, not the tube.
QUESTION_WORDS = frozenset({"whether"})
QUESTION_VERBS = frozenset({"was", "were", "is", "are", "had", "has", "have"})

#: Past-tense event verbs: after a noun-phrase risk/background trigger they start the event
#: itself ("at high risk of falls fell out of bed").
EVENT_VERBS = frozenset(
    {
        "fell",
        "found",
        "sustained",
        "developed",
        "became",
        "cut",
        "took",
        "suffered",
        "slipped",
        "tripped",
        "collapsed",
        "died",
        "absconded",
        "attempted",
        "tied",
        "hanged",
        "jumped",
        "climbed",
        "punched",
        "hit",
        "kicked",
        "assaulted",
        "swallowed",
        "ingested",
        "overdosed",
        "was",
        "were",
        "had",
        "then",
        "sustaining",
        "rolled",
        "slid",
        "scratched",
        "ligatured",
        "self",
        "harmed",
        "bit",
        "left",
        "went",
    }
)

#: Verbs that tell a step or a check as done ("time out done", "carried out"); a check's own
#: verbs add "completed" ("WHO sign in completed").
_DONE_WORDS = frozenset({"done", "performed", "undertaken", "carried"})
_CHECK_DONE_WORDS = _DONE_WORDS | {"completed"}


#: Short words that may sit between a negator and the cue it undoes ("not picked it up").
_VERB_LIKE_WORDS = frozenset(
    {
        "re",
        "up",
        "it",
        "them",
        "done",
        "seen",
        "made",
        "put",
        "set",
        "read",
        "run",
        "got",
        "caught",
        "found",
        "told",
        "kept",
        "taken",
        "given",
        "be",
        "been",
        "being",
        "do",
        "or",
        "nor",
    }
)

#: Words after a prevented cue that say the check itself was missed ("stop before you block
#: was missed", "time out not done"): the cue then caught nothing.
_CHECK_MISSED_WORDS = frozenset(
    {"missed", "omitted", "skipped", "bypassed", "ignored", "overlooked", "forgotten", "rushed"}
)
_CHECK_NOT_DONE_WORDS = _CHECK_DONE_WORDS | {"followed", "repeated"}
#: Words shortly after a check told as done that put it away from the patient ("pre-transfusion
#: check was done at the nurses' station"): the check that failed, not a catch at the bedside.
_AWAY_FROM_PATIENT_WORDS = frozenset({"station", "desk", "office", "away"})
#: Tokens after the done word searched for them.
AWAY_FROM_PATIENT_AFTER = 4
_CHECK_FILLER_WORDS = frozenset(
    {"was", "were", "had", "been", "is", "being", "also", "then", "mark", "marking", "check"}
)
#: Negators after a check that say it was not done ("the pre-injection mark wasnt done"); the
#: contracted ones are read as two tokens ("wasn't": "wasn" "t").
_CHECK_NEGATORS = frozenset({"not", "never", "wasnt", "werent", "hadnt"})
_CHECK_CONTRACTED_NEGATORS = frozenset({"wasn", "weren", "hadn"})
#: Tokens before a prevented cue in which a missed-check word says the check was not done.
CHECK_MISSED_BEFORE = 3

#: First words of a prevented cue that mean "all but" ("nearly given", "almost transfused").
_APPROXIMATE_WORDS = frozenset({"nearly", "almost"})
#: Words after "nearly" / "almost" that make it an amount that was given, not an act that was
#: stopped ("nearly 10mg given", "almost the whole unit transfused", "nearly half the bag").
_AMOUNT_WORDS = frozenset(
    {
        "all",
        "whole",
        "half",
        "entire",
        "full",
        "complete",
        "most",
        "quarter",
        "third",
        "mg",
        "ml",
        "mls",
        "mcg",
        "micrograms",
        "units",
        "unit",
        "bag",
        "litre",
        "litres",
        "dose",
        "doses",
        "double",
        "twice",
        "triple",
    }
)
#: Words that tell a bag or syringe mixed after something was added to it, and how many tokens
#: before a "before ..." cue, in its clause, they and a negator may stand ("bag not
#: inverted/mixed properly before it was hung": a step left out, then the infusion hung).
_MIXING_WORDS = frozenset({"inverted", "mixed", "agitated", "shaken"})
_MIXING_NEGATORS = frozenset({"not", "never", "wasnt", "werent", "without"})
MIXING_SKIPPED_BEFORE = 5
#: Words after "nearly" / "almost" that tell how alike two products look ("almost identical -
#: and gave it", "nearly the same name"), not an act all but done.
_LIKENESS_WORDS = frozenset({"identical", "same", "similar", "alike", "indistinguishable"})
#: Tokens after which a check or detection happened once the procedure was over ("identified at
#: the check xray post op", "noticed at the follow up"): the error had already reached the pt.
_POST_EVENT_WORDS = frozenset(
    {"postop", "postoperative", "postoperatively", "postnatal", "postnatally", "followup"}
)
#: Second words of two-word post-event markers, by first word ("post op", "days later").
_POST_EVENT_PAIRS: dict[str, frozenset[str]] = {
    # a check named after the treatment it followed ("noticed at the post-laser check", "the
    # post injection review"): the treatment had been given
    "post": frozenset(
        {
            "op",
            "operative",
            "operatively",
            "procedure",
            "procedural",
            "surgery",
            "natal",
            "partum",
            "laser",
            "injection",
            "treatment",
            "block",
            "insertion",
            "extraction",
            "implant",
            "implantation",
            "biopsy",
            "excision",
            "release",
            "yag",
            "capsulotomy",
            "cataract",
            "theatre",
        }
    ),
    "follow": frozenset({"up"}),
    # a check made in the recovery room ("noticed at the device check in recovery"): the
    # procedure was over
    "in": frozenset({"recovery", "pacu"}),
    # a catch told after the block or injection went in ("ODP noticed after block done, before
    # knife to skin"): the block was the procedure, and it had been done
    "after": frozenset({"block", "blocks", "injection", "injections"}),
    "days": frozenset({"later", "after"}),
    "weeks": frozenset({"later", "after"}),
    "months": frozenset({"later", "after"}),
    # a check some time after the procedure ("at the 2 wk check", "at her 6 week review")
    "wk": frozenset({"check", "review", "clinic", "appointment", "follow"}),
    "wks": frozenset({"check", "review", "clinic", "appointment", "follow"}),
    "week": frozenset({"check", "review", "clinic", "appointment", "follow"}),
    "month": frozenset({"check", "review", "clinic", "appointment", "follow"}),
}
#: A prevented cue that is a patient sent back only when its clause ends there.
_SENT_BACK = ["sent", "back"]
#: The patient told as the one going back ("pt returned to lab for generator swap"): a return
#: to the cath lab for the redo, not a product sent back to the laboratory.
#: The patient as a sentence's subject ("pt returned to theatre", "she was given").
PATIENT_SUBJECT_WORDS = frozenset({"pt", "patient", "he", "she"})
_RETURN_WORDS = frozenset({"returned", "taken"})
_LAB_WORDS = frozenset({"lab", "laboratory"})
#: Tokens after a prevented cue searched for a post-event marker.
POST_EVENT_LOOKAHEAD = 4
#: Modal words that, shortly before a prevented cue, make it a check to come or one that was
#: not made ("the list will now re-verify the digit at time out", "should have been caught at
#: the sign in"): nothing was caught.
_LEARNING_MODALS = frozenset({"will", "shall", "should", "would", "could"})
#: Tokens before a prevented cue searched for a learning modal.
LEARNING_MODAL_BEFORE = 6
#: Headings opening a sentence of learning ("Learning: mark sites with the pt before
#: starting"): what is to be done from now on, not a catch.
_LEARNING_HEADINGS = frozenset(
    {"learning", "learnings", "lessons", "recommendation", "recommendations"}
)
#: Safety tools that are "not used" when a check was skipped ("checklist not used"): the
#: cue then tells the missing safeguard, not a product held back.
_SAFETY_TOOL_WORDS = frozenset(
    {"checklist", "checklists", "list", "bundle", "proforma", "pathway", "sticker", "protocol"}
    | {"epma", "emar", "eprescribing"}  # an e-prescribing system not used on the ward
)
#: Auxiliaries that may stand between a check or safety tool and what is told of it ("the
#: checklist was not used", "time out had been done before positioning").
_CHECK_AUXILIARIES = frozenset({"was", "were", "is", "are", "had", "has", "been"})
#: Words after "not used to" that make it unfamiliarity ("not used to this kit", "not used to
#: working in theatre"), not a product that was not used.
_UNFAMILIAR_OBJECT_WORDS = frozenset(
    {"this", "these", "that", "those", "the", "our", "such", "it", "them", "kit", "equipment"}
)
#: Words that end "not used a/an ... before" ("had not used a Toujeo pen before"): a kind of
#: thing never used until then, and how many tokens after the article they may come.
_NEVER_BEFORE_WORDS = frozenset({"before", "previously"})
_NEVER_BEFORE_REACH = 5
#: Words that open the next clause after such a "before" ("... a pen before and drew ...").
_NEXT_CLAUSE_WORDS = frozenset({"and", "so", "but", "then"})
#: Sides after "no block on/in" that tell where the block should have worked ("no block on
#: the operated side"): the effect of a block put elsewhere, not a block withheld.
_BLOCKED_SIDE_WORDS = frozenset(
    {"operated", "operative", "operating", "surgical", "intended", "correct", "planned", "other"}
)
#: A wire "not attached" or "not connected" is loose inside the patient (retrieved by snare),
#: not a product held back from the patient.
_WIRE_WORDS = frozenset({"wire", "guidewire", "stylet", "wires", "guidewires"})
_LOOSE_WORDS = frozenset({"attached", "connected"})
#: A safety check told as done right before a "before" cue (`DATING_WORDS`: "Time out done
#: before positioning and draping", "WHO sign in completed prior to transfer"): the check's
#: name, its verb of doing (_CHECK_DONE_WORDS), and how many tokens before the cue they are
#: looked for.
_CHECK_NAME_WORDS = frozenset(
    {"checklist", "checklists", "brief", "briefing", "huddle", "timeout", "signin", "who"}
)
_CHECK_NAME_PAIRS = frozenset({("time", "out"), ("sign", "in"), ("safety", "check")})
_CHECK_DONE_BEFORE = 6
_SET_UP_STEP_WORDS = frozenset(
    {"positioning", "positioned", "draping", "draped", "prepping", "prepped", "transfer"}
)
_SET_UP_STEPS_AFTER = 4
#: A "no needle" or "no block" that names a check ("no needle count is done"): the check was
#: not made, nothing was held back.
_NO_WORDS = frozenset({"no", "nil"})
_CHECK_NOUNS = frozenset({"count", "counts", "check", "checks", "tally", "reconciliation"})
#: Nouns after "pre-transfusion" / "pre-administration" that make it the name of a sample or
#: test taken for the step ("pre-transfusion sample", "pre-transfusion bloods"), not a catch.
_PRE_STEP_SAMPLE_WORDS = frozenset(
    {"sample", "samples", "sampling", "specimen", "specimens", "bloods", "tube", "tubes"}
    | {"group", "crossmatch", "testing", "test", "tests", "screen", "labelling", "label"}
    | {"obs", "observations", "vitals"}
)
#: Check nouns after "pre-transfusion" that name the check as done ("the pre-transfusion check
#: was done at the nurses station"), when the words after them tell it so: a step done, no catch.
_PRE_STEP_CHECK_WORDS = frozenset({"check", "checks"})
_PRE_STEP_DONE_WORDS = _CHECK_DONE_WORDS | {"signed"}
#: A check or image named as "not taken" or "not done" ("second check image not taken as per
#: the SOP"): the check was not made, nothing was held back.
_CHECK_IMAGE_NOUNS = frozenset(
    {
        *_CHECK_NOUNS,
        "image",
        "images",
        "film",
        "films",
        "xray",
        "ray",
        "view",
        "views",
        "radiograph",
        "screening",
    }
)
#: The line or tube of the right route named as "not used" ("yellow epidural line not used"
#: after the infusion went into the cannula): the wrong route was used, nothing held back.
_ROUTE_WORDS = frozenset(
    {"epidural", "enteral", "oral", "ng", "ngt", "peg", "intended", "correct", "designated"}
)
_LINE_WORDS = frozenset({"line", "lines", "catheter", "port", "tube", "extension", "set"})
#: ... or the right route's own device in the patient told as "not connected", a few words on
#: ("epidural catheter found capped off and not connected" beside the epidural line on the
#: venflon): that route was left unjoined, the infusion went the wrong way, nothing held back.
_ROUTE_DEVICE_WORDS = frozenset({"catheter", "tube", "filter"})
#: Tokens before "not connected" looked at for the right route's device, in its sentence.
_ROUTE_DEVICE_REACH = 6
#: Words that tell the product used on the patient ("used to flush the cannula ... before
#: induction"): a "before induction" after them tells when it went in, not a catch; a catch
#: word between them ("drawn up, noticed before induction") keeps it a catch.
_USED_WORDS = frozenset(
    {"used", "given", "gave", "administered", "flushed", "injected", "infused", "pushed"}
)
#: A use told as the purpose ("to flush the cannula before giving adenosine"): the "before ..."
#: after it orders the plan's steps, it holds nothing back.
_USE_INFINITIVES = frozenset({"use", "give", "flush", "administer", "inject", "infuse", "push"})
_CATCH_WORDS = frozenset(
    {
        "noticed",
        "spotted",
        "caught",
        "queried",
        "questioned",
        "realised",
        "realized",
        "identified",
        "recognised",
        "recognized",
        "stopped",
        "checked",
        "picked",
        "found",
        "challenged",
        "intercepted",
        "discovered",
        "removed",
    }
)
#: Tokens before a "before" cue looked at for a use.
USED_BEFORE = 8
#: The item that should have gone in, told as not put in ("the correct lens was not inserted",
#: "the planned size 6 was not implanted"): another one went in, nothing was held back; and the
#: tokens before the cue looked at for it, in its clause.
_INTENDED_ITEM_WORDS = frozenset({"planned", "correct", "intended", "templated", "first"})
_PUT_IN_WORDS = frozenset({"implanted", "inserted"})
INTENDED_ITEM_BEFORE = 6
#: Tokens after a "not ..." cue searched for "for long" ("he was not connected to air for
#: long"): a time told as short, so it was done.
NOT_FOR_LONG_AFTER = 5
#: A further item named as the one stopped ("a second syringe was stopped before
#: administration"): the catch of that item, the first having gone in; and the tokens before a
#: prevented cue looked at for it, in its clause.
_FURTHER_ITEM_WORDS = frozenset({"second", "2nd"})
_FURTHER_ITEM_NOUNS = frozenset({"syringe", "bag", "unit"})
FURTHER_ITEM_BEFORE = 4
#: Words that tell the patient or family was told something ("we were told before the operation
#: that the kidney matched", "the surgeon reassured us before the op"): a "before ..." right after
#: them dates the talk, it catches nothing. Told in the passive, or to the patient or family (not
#: "I told the nurse before she gave it", a catch by the one who told).
_TOLD_WORDS = frozenset(
    {"told", "informed", "reassured", "assured", "advised", "consented", "counselled", "counseled"}
)
_TOLD_PASSIVE = frozenset({"was", "were", "been", "being"})
_TOLD_LISTENERS = frozenset({"us", "me", "him", "her", "them", "family", "relatives"})
#: First words of a prevented cue that date something rather than tell a catch ("told before
#: the operation", "known before the operation": `_talk_timed_by`, `_knowledge_timed_by`).
DATING_WORDS = frozenset({"before", "prior"})
#: First words of a catch told at a check ("on pharmacist review"), and the words inside it
#: that put the check after what was done ("on consecutive days before pharmacist review").
_AT_THE_CHECK_WORDS = frozenset({"on", "at", "during"})
_UNTIL_WORDS = frozenset({"before", "until", "till", "prior"})
#: A check told by the record read at it, set against the one it should have been read from
#: ("at the time out the procedure was read off the printed list rather than the consent
#: form"): the words of the reading, of the record it came from, of the contrast, and the
#: tokens after the cue looked at for them.
_RECORD_READING_WORDS = frozenset(
    {"read", "taken", "copied", "confirmed", "checked", "verified", "compared", "matched"}
)
_RECORD_SOURCE_WORDS = frozenset({"off", "from", "against", "with", "using"})
CONTRAST_PAIRS = frozenset({("rather", "than"), ("instead", "of")})
_CONTRAST_WORDS = frozenset({"not", "only"})
READ_OFF_AFTER = 12
#: A check told bare ("at sign in", "during the time out") and then that nobody noticed
#: anything at it ("At sign in ... nobody noticed the R knee had been marked"): the words of
#: noticing, the negators that deny it when they stand just before it (a contracted one read
#: as two tokens, "didn't" "didn" "t"), how far before, and how many tokens of the next
#: sentence may open with the denial ("At sign in all agreed the site. No one noticed ...").
_NOTICING_WORDS = frozenset(
    {
        "noticed", "spotted", "caught", "queried", "questioned", "realised", "realized",
        "identified", "recognised", "recognized", "picked", "found", "challenged", "flagged",
        "highlighted", "raised", "detected", "saw", "notice", "spot", "query", "question",
        "realise", "realize", "identify", "recognise", "recognize", "pick", "challenge", "flag",
        "highlight", "raise", "detect", "see",
    }
)  # fmt: skip
_NOTICING_NEGATORS = frozenset(
    {"nobody", "noone", "one", "not", "never", "didnt", "t", "wasnt", "werent", "nothing"}
)
NOTICING_NEGATOR_BEFORE = 2
NEXT_SENTENCE_DENIAL = 4
#: Tokens before a "before" cue looked at for the telling.
TOLD_BEFORE = 3
#: Words of something already known when a "before" cue dates it ("was known and reported
#: before the operation"), and how many tokens before the cue they are looked for.
_KNOWN_WORDS = frozenset({"known", "aware"})
KNOWN_BEFORE = 3
#: First words of a reached cue that tell the dose taken or given, and the word after which,
#: inside the same cue, a catch comes too late ("took 4 doses at home before GP practice
#: pharmacist spotted it"): the catch inside it is no prevention.
_GIVEN_FIRST_WORDS = frozenset(
    {"gave", "given", "took", "taken", "received", "had", "administered", "infused", "transfused"}
)


#: Words of "before" in a dose-then-catch cue, as typed in a hurry ("had 3 doses b4 pharmacy
#: spotted": "b4" is read as "b" "4"), or told as "until".
_BEFORE_WORDS = frozenset({"before", "bfr", "until", "till"})


#: Words after "not yet" that make it an inquiry still open ("cause not yet known",
#: "investigation not yet completed"), not an error held back before it reached the patient.
_UNFINISHED_INQUIRY_WORDS = frozenset(
    {
        "known",
        "clear",
        "established",
        "determined",
        "understood",
        "explained",
        "certain",
        "completed",
        "complete",
        "concluded",
        "finished",
    }
)


def _short_before_at(tokens: list[str], at: int) -> bool:
    """Whether token `at` starts a short form of "before" ("b4" read as "b" "4", "bfr")."""
    return tokens[at] == "bfr" or tokens[at : at + 2] == ["b", "4"]


def _says_before(tokens: list[str]) -> bool:
    """Whether `tokens` hold "before" or a short form of it ("bfr", "b4")."""
    if not _BEFORE_WORDS.isdisjoint(tokens):
        return True
    return any(_short_before_at(tokens, at) for at in range(len(tokens)))


#: The verb of a "before" clause told in the past ("before it was done") and the words that
#: open a new clause's subject after it ("... the student gave the feed"): the words after the
#: subject are the main clause, not the thing still to come.
CLAUSE_VERBS = frozenset({"was", "were", "had", "came", "got", "went"})
SUBJECT_OPENERS = frozenset({"the", "she", "he", "they", "i", "we", "staff", "nurse"})
#: Subject pronouns that open the main clause after a "before" + gerund clause ("before
#: aspirating I flushed"): never the object of the gerund, unlike "the".
SUBJECT_PRONOUNS = frozenset({"she", "he", "they", "i", "we"})


def _clause_closed(between: list[str]) -> bool:
    """Whether the words between a "before" and a span close the "before" clause with its own
    past verb and open a new subject after it, past the verb's next word ("it was done the
    student"; not "she was able to", nor "the nurse had"), or close a gerund clause with a
    subject pronoun ("before aspirating I flushed": the flush happened)."""
    for at, token in enumerate(between):
        if token in CLAUSE_VERBS and not SUBJECT_OPENERS.isdisjoint(between[at + 2 :]):
            return True
    return (
        bool(between)
        and between[0].endswith("ing")
        and not SUBJECT_PRONOUNS.isdisjoint(between[1:])
    )


#: First words of a post-trigger that tells a consequence in general ("would cause", "can be
#: fatal"), which scopes back over its whole subject ("a group AB unit given to a group O
#: patient would be fatal"), up to this many tokens before it; and the words that, between the
#: two, make the consequence one of an act told before it ("... in error which would be
#: fatal", "the unit was given, this can be fatal").
CONSEQUENCE_MODALS = frozenset({"would", "can", "could", "may", "might"})
CONSEQUENCE_SUBJECT_TOKENS = 12
_CONSEQUENCE_SUBJECT_STOPS = frozenset(
    {"which", "that", "this", "it", "was", "were", "had", "has", "have", "is", "and"}
    # ... or make the subject an act that happened: told as an error, or at a place and time
    # ("group A unit given to a group O pt in error would cause ...", "... on ward 7 ...")
    | {"error", "mistake", "mistakenly", "wrongly", "inadvertently", "accidentally"}
    | {"erroneously", "ward", "bay", "bed", "today", "yesterday", "tonight", "overnight"}
)


#: Event verbs told bare after a subject ("and an ABO incompatible transfusion occur"): not
#: inflected, they hang on a modal told between ("an ABO incompatible transfusion could
#: occur") or on a modal, conditional or risk told before them in the sentence ("Risk that the
#: wrong unit could be taken and an ABO incompatible transfusion occur", dev-175332): what may
#: happen, however far the modal stands.
BARE_EVENT_VERBS = frozenset({"occur", "happen", "follow", "result", "ensue", "arise"})
BARE_VERB_AFTER = 2  # tokens after the subject the verb may stand at (3 with a modal between)
BARE_VERB_MODAL_REACH = 16
RISK_WORD = "risk"


#: An inverted conditional opening a sentence ("Had the patient fallen from it the outcome
#: could have been fatal", "Were a pt to climb out ..."): its opener, the subjects that may
#: follow it (a pronoun, or a person after an article: not "Had a fall", an event), and the
#: modals of the consequence that must follow in the sentence. What it tells before the modal
#: did not happen.
CONDITIONAL_OPENERS = frozenset({"had", "were", "should"})
CONDITIONAL_PRONOUNS = frozenset(
    {"he", "she", "they", "we", "i", "someone", "anyone", "there", "pt", "patient", "staff"}
)
CONDITIONAL_ARTICLES = frozenset({"the", "a", "an", "this", "that", "any", "another"})
CONDITIONAL_PERSONS = frozenset(
    {"pt", "patient", "person", "resident", "child", "baby", "man", "woman", "lady"}
    | {"gentleman", "service", "client", "mother", "relative", "visitor", "nurse", "member"}
)
CONDITIONAL_MODALS = frozenset({"would", "could", "might"})


def _conditional_antecedents(doc: Document) -> dict[int, Span]:
    """Sentence -> the antecedent of the inverted conditional it opens with (from the opener
    to the consequence's modal); only sentences that open with one."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    antecedents: dict[int, Span] = {}
    for start in doc.sentence_starts:
        if tokens[start] not in CONDITIONAL_OPENERS or start + 2 >= len(tokens):
            continue
        subject, after = tokens[start + 1], tokens[start + 2]
        if not (
            subject in CONDITIONAL_PRONOUNS
            or (subject in CONDITIONAL_ARTICLES and after in CONDITIONAL_PERSONS)
        ):
            continue
        sentence = sentence_of[start]
        end = doc.sentence_tokens(sentence)[1]
        modal = next((at for at in range(start + 2, end) if tokens[at] in CONDITIONAL_MODALS), None)
        if modal is not None:
            antecedents[sentence] = (start, modal)
    return antecedents


#: The answer that denies a question the reporter asks of the event ("Insulin given to the
#: wrong pt? no - right pt, the dose was duplicated", "kept in the robot? no, a manual shelf").
QUESTION_DENIALS = frozenset({"no", "nope"})
#: What such a question asks is what ends it ("given to the wrong resident?", "methotrexate
#: monitoring?"): a span that ends further back, or starts beyond the negation window, is told,
#: not asked ("pt group O got 1 unit of B pos platelets? no - red cells": the unit was given).
QUESTION_ASKED_END_TOKENS = 2


def _questions_answered_no(doc: Document) -> dict[int, int]:
    """Sentence -> the token of the "no" that answers it, for a question ("?" at its end)
    whose next sentence opens with a lone "no" (then a dash, comma, stop or the end; not "no
    one checked"): what the question's last clause asks is denied."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    answers: dict[int, int] = {}
    breaks = None
    for start in doc.sentence_starts:
        if start == 0 or tokens[start] not in QUESTION_DENIALS:
            continue
        after = start + 1
        if after < len(tokens) and sentence_of[after] == sentence_of[start]:
            if breaks is None:
                breaks = set(doc.clause_breaks)
            if after not in breaks:
                continue
        if "?" in doc.text[doc.ends[start - 1] : doc.starts[start]]:
            answers[sentence_of[start - 1]] = start
    return answers


#: Words that end a backward (post-trigger) scope: "triaged as minors and sepsis screen not
#: done" negates only the sepsis screen. Clause breaks and terminators end it too.
POST_SCOPE_STOPS = frozenset({"and", "plus"})


#: The trigger lists `Context.negated` and `Context.hypothetical` read: pre-triggers scope
#: over what follows them, post-triggers over what precedes them.
_PRE_TRIGGERS = ("negation_pre", "hypothetical_pre", "historical_pre")
_POST_TRIGGERS = ("negation_post", "hypothetical_post")


#: A "was due" told as the reason the act was done ("gave the milk anyway as it was due",
#: "given because they were due"): the act happened, so the cue is no hypothetical. The reason
#: word and the pronoun must come right before it.
_REASON_WORDS = frozenset({"as", "because", "since", "cos", "coz"})
_REASON_PRONOUNS = frozenset({"it", "they", "this", "these", "the", "dose", "feed", "feeds"})
_DUE_WORDS = frozenset({"due"})


def _reason_for_the_act(tokens: list[str], span: Span) -> bool:
    """Whether a hypothetical post-trigger "was/were due" is the reason for the act before it
    ("as it was due"), and not followed by a time still to come ("was due to start")."""
    start, end = span
    if tokens[end - 1] not in _DUE_WORDS or start < 2:
        return False
    if end < len(tokens) and tokens[end] in ("to", "at", "from", "in", "on"):
        return False
    return tokens[start - 1] in _REASON_PRONOUNS and tokens[start - 2] in _REASON_WORDS


#: A remedy named as the operation being done ("a 58mm cup for the revision hip", "listed for a
#: revision THR"): the planned procedure, not a redo after the error.
_REMEDY_WORDS = frozenset({"revision", "exchange"})
_OPERATION_NOUNS = frozenset(
    {
        "hip",
        "knee",
        "shoulder",
        "elbow",
        "ankle",
        "thr",
        "tkr",
        "tha",
        "tka",
        "arthroplasty",
        "replacement",
        "surgery",
        "op",
        "operation",
        "procedure",
        "case",
        "list",
        "nail",
    }
)


def _names_the_operation(tokens: list[str], span: Span) -> bool:
    """Whether a reached cue ends in a remedy word that names the operation being done."""
    end = span[1]
    return (
        tokens[end - 1] in _REMEDY_WORDS and end < len(tokens) and tokens[end] in _OPERATION_NOUNS
    )


#: Words of a reached cue naming the sign-out; the words that may follow it before the verb
#: of a record ("the WHO sign out sheet both had ..."); those verbs; and the sides a record
#: may hold.
SIGN_OUT_WORDS = frozenset({"sign", "out", "sign-out", "signout"})
_RECORD_FILLERS = frozenset(
    {"sheet", "form", "record", "checklist", "document", "both", "also", "all", "too"}
)
_RECORD_VERBS = frozenset(
    {"had", "has", "said", "says", "stated", "states", "showed", "shows", "listed", "lists"}
    | {"recorded", "documented", "read", "reads"}
)
#: The words of a side, as a record or a redo names it.
_SIDES = frozenset({"l", "r", "left", "right", "lt", "rt"})
_RECORD_FILLERS_AFTER = 3


def _sign_out_as_record(tokens: list[str], span: Span) -> bool:
    """Whether a reached cue "sign out" names the checklist as a record of a value ("the
    pre-op biometry sheet and the WHO sign out both had 21.5", "sign out form said LEFT"): what
    the paper holds, not the end of the procedure reached."""
    if not SIGN_OUT_WORDS.issuperset(tokens[span[0] : span[1]]):
        return False
    at = span[1]
    limit = min(len(tokens), at + _RECORD_FILLERS_AFTER)
    while at < limit and tokens[at] in _RECORD_FILLERS:
        at += 1
    if at + 1 >= len(tokens) or tokens[at] not in _RECORD_VERBS:
        return False
    value = tokens[at + 1]
    return value in _SIDES or any(c.isdigit() for c in value)


#: Equipment a bag is hung on before anything runs ("the epidural bag was hung on a general
#: volumetric pump"), and how many tokens after "hung on" its name is looked for.
_HANGING_EQUIPMENT = frozenset({"pump", "pumps", "stand", "stands", "pole", "poles", "hook"})
_HANGING_EQUIPMENT_AFTER = 4


def _hung_on_equipment(tokens: list[str], span: Span) -> bool:
    """Whether a reached cue ending in "hung" goes on with the pump or stand the bag was hung
    on ("was hung on a general volumetric pump"): the set-up, not the infusion reaching the
    patient."""
    end = span[1]
    if tokens[end - 1] != "hung" or tokens[end : end + 1] not in (["on"], ["onto"]):
        return False
    return not _HANGING_EQUIPMENT.isdisjoint(tokens[end + 1 : end + 1 + _HANGING_EQUIPMENT_AFTER])


#: Words after a reached cue ending in "run" or "ran" that make it stock running out ("the
#: 2ml syringes had run out", "10ml ampoules ran out"): a shortage, not the dose going in.
_RAN_OUT_WORDS = frozenset({"out", "short", "low", "dry"})


def _ran_out(tokens: list[str], span: Span) -> bool:
    """Whether a reached cue ending in "run"/"ran" goes on with "out" (a stock run out)."""
    end = span[1]
    return tokens[end - 1] in ("run", "ran") and not _RAN_OUT_WORDS.isdisjoint(
        tokens[end : end + 1]
    )


#: What a reached cue's subject calls the dose that was due ("the weekly dose had already been
#: given Monday"), and how many tokens before the cue it is looked for: the scheduled dose given
#: as planned, not the error reaching the patient.
_SCHEDULED_DOSE_WORDS = frozenset({"weekly", "usual", "regular", "normal", "scheduled"})
_DOSE_NOUNS = frozenset({"dose", "doses"})
_SCHEDULED_DOSE_BEFORE = 3


#: Words joining the last of a list of things denied by one "no" ("no LA or incision had been
#: made", "no prep nor incision made"), and how many tokens the list may hold before them.
_LIST_OR_WORDS = frozenset({"or", "nor"})
_DENIED_LIST_REACH = 3


def _denied_by_no(doc: Document, span: Span) -> bool:
    """Whether a reached cue comes straight after "no" ("No LA given to the L"), or closes a
    short list that "no" opens in its sentence ("No LA or incision had been made on the left"):
    what it names is denied, nothing went in."""
    tokens, start = doc.tokens, span[0]
    if start > 0 and tokens[start - 1] in _NO_WORDS:
        return True
    if start < 2 or tokens[start - 1] not in _LIST_OR_WORDS:
        return False
    return word_shortly_before(tokens, doc.sentence_of, start - 1, _NO_WORDS, _DENIED_LIST_REACH)


#: Words of a consent or signature a person is brought back for ("mum brought back to theatre
#: to re-consent", "taken back to theatre reception to sign the form"), the words that tell
#: them as the purpose, and how many tokens after the cue they are looked for.
_CONSENT_WORDS = frozenset(
    {"consent", "reconsent", "consented", "consenting", "sign", "signed", "resign", "countersign"}
)
_PURPOSE_WORDS = frozenset({"to", "for"})
_CONSENT_AFTER = 4


def _brought_back_to_consent(tokens: list[str], span: Span) -> bool:
    """Whether a reached cue of a return ("brought back to theatre") goes on with a consent or
    a signature as its purpose ("Mum brought back to theatre to re-consent"): whoever came back
    came to put the paperwork right, no operation was done again."""
    after = tokens[span[1] : span[1] + _CONSENT_AFTER]
    return any(
        word in _CONSENT_WORDS and not _PURPOSE_WORDS.isdisjoint(after[:i])
        for i, word in enumerate(after)
    )


#: Verbs ending a reached cue that tell something received ("had been given", "was handed"):
#: the receiver is the cue's subject, not always the patient.
_RECEIVING_CUE_WORDS = frozenset({"given", "handed", "received"})
#: Members of staff told as the subject of a receiving cue ("Porter had been given the surname
#: only", "the nurse was handed the wrong notes"): what they got (a name, a list, a handover, a
#: bed number) reached them, not the patient. Pronouns are left out: "he was given" may be the
#: patient.
_STAFF_RECEIVER_WORDS = frozenset(
    {
        *("porter", "porters", "nurse", "nurses", "hca", "hcas", "staff", "team", "doctor"),
        *("surgeon", "registrar", "reg", "sho", "fy1", "fy2", "anaesthetist", "odp", "scrub"),
        *("student", "midwife", "physio", "pharmacist", "receptionist", "clerk", "coordinator"),
        *("endoscopist", "radiographer", "consultant", "colleague", "sister", "practitioner"),
    }
)
#: Words that may stand between the subject and its receiving cue ("porter only given").
_RECEIVER_FILLERS = frozenset({"only", "also", "just", "then", "apparently"})
#: How many tokens before the cue its subject is looked for, the fillers skipped.
_RECEIVER_BEFORE = 3
#: Auxiliaries that make "given" or "handed" passive ("had been given", "was handed"): the
#: subject got it. Without one ("nurse already given 20ml on the R") a member of staff before
#: the cue is the giver told tersely, and the patient was reached.
_PASSIVE_AUXILIARIES = frozenset({"been", "was", "were", "is", "are", "being"})


def _received_by_staff(doc: Document, span: Span) -> bool:
    """Whether a reached cue of something received ("had been given") has a member of staff as
    its subject, just before it in its clause with only fillers between ("Porter had been given
    the surname only over the phone"): the staff member got it, nothing reached the patient.
    "Given" or "handed" must be told passive; a member of staff before a bare "already given"
    gave it."""
    tokens = doc.tokens
    if tokens[span[1] - 1] not in _RECEIVING_CUE_WORDS:
        return False
    if tokens[span[1] - 1] != "received" and _PASSIVE_AUXILIARIES.isdisjoint(
        tokens[max(0, span[0] - 1) : span[1]]
    ):
        return False  # "nurse already given 20ml": the nurse gave it
    for i in doc.before_in_clause(span[0], _RECEIVER_BEFORE):
        if tokens[i] in _STAFF_RECEIVER_WORDS:
            return True
        if tokens[i] not in _RECEIVER_FILLERS:
            return False
    return False


def _scheduled_dose_given(tokens: list[str], span: Span) -> bool:
    """Whether a reached cue ("already been given") tells of the patient's scheduled dose,
    named just before it ("the weekly dose had already been given"): that dose was meant."""
    before = tokens[max(0, span[0] - _SCHEDULED_DOSE_BEFORE) : span[0]]
    return any(
        word in _SCHEDULED_DOSE_WORDS and following in _DOSE_NOUNS
        for word, following in pairwise(before)
    )


#: Day names by their short forms, as a run of days is told ("Mon to Sat", "Tuesday and Wed").
DAY_NAMES = {
    **dict.fromkeys(("mon", "monday", "mondays"), "mon"),
    **dict.fromkeys(("tue", "tues", "tuesday", "tuesdays"), "tue"),
    **dict.fromkeys(("wed", "weds", "wednesday", "wednesdays"), "wed"),
    **dict.fromkeys(("thu", "thur", "thurs", "thursday", "thursdays"), "thu"),
    **dict.fromkeys(("fri", "friday", "fridays"), "fri"),
    **dict.fromkeys(("sat", "saturday", "saturdays"), "sat"),
    **dict.fromkeys(("sun", "sunday", "sundays"), "sun"),
}


def _one_day_named_twice(tokens: list[str], span: Span) -> bool:
    """Whether a reached cue read as a run of days starts and ends with the same day ("his
    usual day is Monday and Monday's dose was given"): one day named again, not doses given
    on day after day."""
    first, last = tokens[span[0]], tokens[span[1] - 1]
    return first in DAY_NAMES and DAY_NAMES[first] == DAY_NAMES.get(last)


#: The perfect's auxiliaries, and the words a subjectless "had not been given" may go on with
#: and still tell the dose held back (`Context._something_else_not_given`).
_PERFECT_WORDS = frozenset({"had", "has"})
_NOT_GIVEN_FOLLOWERS = frozenset(
    {"it", "them", "yet", "since", "as", "so", "at", "before", "until", "and", "but"}
)


#: Words of telling the patient or family what happened ("the pt was told after the procedure
#: what had happened"), and how many tokens before a reached cue they are looked for: the
#: disclosure is dated after the procedure, not the error found then.
_DISCLOSURE_WORDS = frozenset(
    {"told", "informed", "explained", "apologised", "apologized", "debriefed", "disclosed"}
)
_DISCLOSURE_BEFORE = 3


def _dates_a_disclosure(doc: Document, span: Span) -> bool:
    """Whether a reached cue ("after the procedure") comes just after a word of telling the
    patient ("was told after the procedure"): when the patient heard of it, not when it was
    found."""
    return doc.tokens[span[0]] == "after" and word_shortly_before(
        doc.tokens, doc.sentence_of, span[0], _DISCLOSURE_WORDS, _DISCLOSURE_BEFORE
    )


#: Words of the patient going home ("pt discharged 2 days later"), and how many tokens before a
#: reached cue of time passed they are looked for: the stay dated, not the error found then.
_DISCHARGE_WORDS = frozenset({"discharged", "discharge", "home"})
_DISCHARGE_BEFORE = 2
#: Words ending a reached cue of time passed ("2 days later").
_LATER_WORDS = frozenset({"later"})


def _dates_a_discharge(doc: Document, span: Span) -> bool:
    """Whether a reached cue of time passed ("2 days later") comes just after the patient's
    going home ("Pt discharged 2 days later, TTO checked by pharmacy"): when the stay ended, not
    when the error was found."""
    return doc.tokens[span[1] - 1] in _LATER_WORDS and word_shortly_before(
        doc.tokens, doc.sentence_of, span[0], _DISCHARGE_WORDS, _DISCHARGE_BEFORE
    )


def _verb_like(token: str) -> bool:
    """A past participle, -ing form or short verb particle (a cheap guess, no tagger)."""
    return token in _VERB_LIKE_WORDS or token.endswith(("ed", "ing"))


#: Devices and stock a unit can lack, named right after "no" and the product ("no insulin
#: syringes", "no feed pump", "no insulin pens in stock"): the lack, not a dose held back (not
#: a needle: "no needle inserted" is the block held back).
_SUPPLY_LACKED = frozenset(
    {"syringe", "syringes", "pen", "pens", "pump", "pumps", "stock", "cartridge", "cartridges"}
)
#: What a ward does as a rule told after "not used" ("air is not used on this ward", "KCl
#: concentrate is not used in this unit", "not used here"): the place's practice, nothing
#: held back. The preposition (or "here") right after the cue, then at most a determiner, then
#: the place.
_PRACTICE_PLACE_PREPOSITIONS = frozenset({"on", "in", "at", "within", "across"})
_PRACTICE_PLACE_DETERMINERS = frozenset({"this", "that", "the", "our", "these", "any", "all"})
_PRACTICE_PLACES = frozenset(
    {"ward", "wards", "unit", "units", "department", "area", "areas", "hospital", "trust"}
    | {"site", "floor", "bay", "bays"}
)
#: Words after "not yet" that tell of equipment or a practice not yet brought in.
_ROLLOUT_WORDS = frozenset(
    {"introduced", "implemented", "rolled", "adopted", "launched", "available", "stocked"}
    # a system's reach ("the trust's EPMA does not yet cover insulin")
    | {"cover", "covers", "include", "includes", "extend", "extends", "live"}
)
#: A refusal told as a catch ("refused to proceed"), the words that make it the patient's own
#: ("pt refused to proceed"), how far back in its clause they are looked for, and the words
#: that, earlier in its sentence, make it a refusal after the dose went in.
_REFUSAL_WORDS = frozenset({"refused", "declined"})
#: A checker's words told as agreeing with the error ("second nurse looked at the chart and
#: agreed it said 100"): the check passed the error on, it held nothing back.
_AGREEMENT_WORDS = frozenset({"agreed", "agrees", "concurred", "confirmed"})
_SPOKEN_WORDS = frozenset({"said", "says"})
#: Tokens before a cue's closing "said" within which its agreement word comes.
AGREEMENT_BEFORE = 3
_REFUSING_PATIENT_WORDS = frozenset({"patient", "pt", "family", "parents", "mother", "father"})
#: Last words of a refusal cue that name the dose brought ("pt refused to have it", "declined
#: the injection"): the patient turning the dose down is a catch, unlike "pt refused to proceed".
_REFUSED_DOSE_WORDS = frozenset({"it", "this", "that", "dose", "injection", "insulin"})
#: Words right after a refused dose that name the route turned down ("refused to have it
#: orally"): the dose then went another way, nothing was held back.
_REFUSED_ROUTE_WORDS = frozenset(
    {"orally", "oral", "po", "mouth", "iv", "im", "sc", "rectally", "pr"}
)
REFUSED_ROUTE_AFTER = 3
REFUSAL_BEFORE = 3
_GIVEN_BEFORE_REFUSAL = frozenset({"given", "gave", "administered", "injected", "infused"})
#: Verbs and particles of a product running into the patient ("had run into the PICC", "had
#: gone through"), and how many tokens before a catch, in its sentence, they are looked for
#: (`Context._caught_after_it_had_gone_in`).
#: ("gone into" is as often a person going into a room: "had gone into the side room").
_ENTERING_PARTICLES: dict[str, frozenset[str]] = {
    "run": frozenset({"in", "into", "through", "down"}),
    "dripped": frozenset({"in", "into", "through", "down"}),
    "gone": frozenset({"in", "through", "down"}),
}
GONE_IN_BEFORE = 20
#: The act that reaches the patient told as done before a catch (`Context.
#: act_done_before_the_catch`): delivering verbs, verbs a block or injection is told done
#: with, the words naming one, and the words before the act that tell it as not done, nearly
#: done, to come or inside a "before" clause.
_DELIVERED_WORDS = frozenset(
    {"given", "gave", "administered", "injected", "infused", "transfused", "cemented"}
    | {"implanted"}
)
#: Words near a delivering verb telling a dose on its schedule or given right (the error is
#: the next one), a delivering verb that also names a kind of implant when a noun follows it,
#: the parts it names a kind of, and what is given when it is news, not a product.
_DOSE_ON_SCHEDULE_WORDS = frozenset(
    {"dose", "doses", "correctly", "correct", "usual", "weekly", "schedule", "scheduled"}
)
_KIND_WORDS = frozenset({"cemented", "implanted"})
_KIND_OF_WHAT = _SIZED_PARTS | frozenset(
    {"component", "components", "implant", "implants", "prosthesis", "stems", "cups", "type"}
    | {"version", "one", "knee", "hip", "thr", "tkr", "tha", "tka", "hemi", "hemiarthroplasty"}
)
_STILL_TO_COME_WORDS = frozenset({"about", "going", "nearly", "almost", "ready"})
_CUE_DENIAL_WORDS = _STILL_TO_COME_WORDS | frozenset(
    {"not", "no", "never", "nothing", "nt", "t", "hadnt", "wasnt", "didnt", "yet", "none"}
)
_BEFORE_A_KIND = frozenset({"for", "a", "an", "the", "of", "non"})


def _check_before_any_act(words: list[str]) -> bool:
    """Whether a cue names a check that comes before any act ("at sign in", "stop before you
    block"): an act told before it is another one (a gown and premed given)."""
    text = " ".join(words)
    return "sign in" in text or "before you block" in text or "sbyb" in words


_INFORMATION_WORDS = frozenset(
    {"bed", "number", "name", "details", "info", "information", "list", "address", "message"}
    | {"instructions", "handover"}
)
_PROCEDURE_DONE_WORDS = frozenset({"done", "performed", "sited", "carried"})
#: The words `Context._act_told_done` can read as the act done.
_ACT_WORDS = _DELIVERED_WORDS | _PROCEDURE_DONE_WORDS | {"had"}
_BLOCK_WORDS = frozenset({"block", "blocks", "injection", "injections", "inj"})
ACT_NOT_DONE_WORDS = frozenset(
    {"not", "no", "never", "nearly", "almost", "about", "to", "be", "being", "going"}
    | {"would", "could", "should", "due", "hadnt", "wasnt", "didnt", "nt", "t", "before"}
    | {
        "prior",
        "until",
        "if",
        "planned",
        "awaiting",
        "waiting",
        "ready",
        "nothing",
        "how",
        "way",
    }
)
ACT_BEFORE_CATCH = 30
#: Words of the site's skin prep or drape: told after an act and before the catch, the set-up
#: the catch stopped (Context._prep_caught_after).
SITE_PREP_WORDS = frozenset(
    {"prep", "prepped", "prepping", "preped", "draped", "draping", "painted", "skin-prep"}
)
#: Tokens either side of an act, in its clause, read for the side it was told on.
ACT_SIDE_REACH = 6
ACT_SENTENCES_BEFORE = 1
ACT_GUARD_BEFORE = 5
ACT_NOUN_NEAR = 4
#: Tokens before that "had" read for a negation ("no LA had been given") or a "before" that
#: announces it as still to come ("before anything had gone down it").
HAD_PRECEDED_BY = 3
#: Feeding tubes a "not yet" may tell as not yet in ("pt NBM, NG not yet placed"), and the
#: words for putting them in: the patient's route to come, not a product held back.
_FEEDING_TUBE_WORDS = frozenset({"ng", "ngt", "nasogastric", "nj", "peg", "rig", "og", "ogt"})
_TUBE_PLACED_WORDS = frozenset({"placed", "inserted", "passed", "sited", "in"})
#: Kidney treatments a patient is "not yet on" ("CKD5, not yet on HD"): the patient's stage of
#: care, not a product held back.
_RENAL_TREATMENT_WORDS = frozenset(
    {"hd", "dialysis", "haemodialysis", "hemodialysis", "pd", "rrt", "haemofiltration"}
)
#: Electronic systems a ward is told as not yet on ("ward was not yet on ePMA", "not yet
#: using e-prescribing"): the state of the ward, not a catch.
_SYSTEM_WORDS = frozenset(
    {"epma", "eprescribing", "e", "emar", "epr", "ehr", "electronic", "digital", "paperless"}
    | {"systmone", "cerner", "epic", "eobs", "meditech", "lorenzo", "jac", "hepma"}
)
_SYSTEM_USE_WORDS = frozenset({"on", "using", "live", "onto"})
#: Words after "not yet (been)" that tell of a record or label not yet made ("the epidural line
#: had not yet been labelled"), or of the patient not yet told ("pt not yet informed", "family
#: not yet told"): the state of the paperwork or the disclosure, not a product held back.
_RECORD_WORDS = frozenset(
    {
        "labelled",
        "labeled",
        "documented",
        "recorded",
        "signed",
        "updated",
        "told",
        "informed",
        "aware",
        "notified",
        "contacted",
    }
)
#: Words after "removed before" that tell of routine care before the patient went home ("CVC
#: removed before discharge"): a line taken out after the procedure, not an item caught.
_ROUTINE_DISCHARGE_WORDS = frozenset({"discharge", "discharged"})
#: Finding words that, after what ought to have been done (`OUGHT_WORDS`: "should have been
#: counted, was found before closure"), make the same words a catch again; the tokens after the
#: ought word that are its own verb phrase ("should have been removed") and are not looked at.
OUGHT_VERB_PHRASE = 4
#: A taken-out word opening a prevented cue, the side word and the put-in word of the redo told
#: after its "and" ("removed and a right nephrostomy inserted"), and how many tokens of that
#: clause are looked at.
_TAKEN_OUT_WORDS = frozenset({"removed", "withdrawn", "taken", "pulled"})
_REDO_SIDE_WORDS = _SIDES | {"correct", "intended", "planned", "opposite", "other"}
_REDO_PUT_IN_WORDS = frozenset({"inserted", "placed", "sited", "resited", "reinserted", "put"})
_REDO_CLAUSE_TOKENS = 6
#: Words that open a prevented cue told as a delay ("not inserted until the exchange").
_NOT_DONE_WORDS = frozenset({"not", "never"})
_FOUND_WORDS = frozenset(
    {"found", "noticed", "identified", "spotted", "seen", "discovered", "realised", "realized"}
)


#: THE CATCH, read from how it is told rather than from listed wordings. A catch is someone
#: taking in or querying the error (a perceiving, reading, querying, comparing or stopping
#: verb; not a check alone, "level check done before the consultant scrubbed", "checking the
#: bay before pt arrived found the suction not working", nor a request or a disclosure,
#: "asked the nurse to check", "pt told before leaving"); what it came
#: before is the step that would have reached the patient. So "<catch> ... before <a clause
#: of its own>" is a prevention whatever the step is called ("reading the box at the implant
#: check before the stem went in said wrong size", "found on the bay check before the pt
#: arrived", "picked this up before the bag left
#: pharmacy"), unless the "before" clause is itself the catch or its time ("had been on it 2
#: hrs before anyone noticed", "noticed at 0400 before 0600 obs"), or the act is told as
#: having reached the patient between the two ("realised it had been given before ..."). The
#: catch must share the "before" clause ("..., the xray hadnt been looked at before we
#: started" is no catch of the "said" in the clause before it).
TAKING_IN_WORDS = frozenset(
    {"noticed", "notices", "noticing", "spotted", "spots", "saw", "seen", "sees", "found"}
    | {"realised", "realized", "realising", "realizing", "identified", "picked", "queried"}
    | {"querying", "questioned", "questioning", "challenged", "clocked", "flagged", "read"}
    | {"reading", "highlighted", "caught", "discovered", "recognised", "recognized", "said"}
    | {"pointed", "stopped", "halted", "intervened", "refused", "compared", "comparing"}
    | {"confirmed"}
)
#: Tokens before the catch in which a negation denies it ("nobody at the hospital said a word
#: before he left"), and words that make a "before" after them an adverb of time.
CATCH_NEGATED = 4
_TIME_NOUNS = frozenset(
    {"day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years"}
    | {"shift", "morning", "evening", "hour", "hours", "hrs", "minutes", "mins", "just", "long"}
)
#: How many tokens before a "before" its catch is looked for, in its sentence; how many
#: tokens after it make the step still to come.
CATCH_BEFORE_STEP = 16
STEP_CLAUSE_TOKENS = 8
_CATCH_BEFORE = frozenset({"before", "bfr"})
_CATCH_BEFORE_OR_PRIOR = _CATCH_BEFORE | {"prior"}
#: Words in the "before" clause that deny the step or make it the catch itself ("before
#: anyone noticed"), and its first words that make it no step ("before then", "before 0800").
_STEP_NOT_NEGATED = frozenset(
    {"not", "no", "never", "nobody", "anyone", "anybody", "someone", "somebody"}
)
_NOT_A_STEP_OPENERS = frozenset(
    {"then", "that", "this", "now", "midnight", "noon", "lunch", "handover", "and", "or"}
)


def _catches_before_a_step(doc: Document, reached: list[Span]) -> list[Span]:
    """Catches told as coming before a step of their own: the span from the catch word to the
    end of the "before" clause (see `TAKING_IN_WORDS`)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if _CATCH_BEFORE_OR_PRIOR.isdisjoint(tokens):
        return []  # no "before" and no "prior to": nothing to read
    spans: list[Span] = []
    for at, token in enumerate(tokens):
        prior_to = token == "prior" and tokens[at + 1 : at + 2] == ["to"]
        if token not in _CATCH_BEFORE and not prior_to:
            continue
        step = at + (2 if prior_to else 1)
        if step >= len(tokens) or sentence_of[step] != sentence_of[at]:
            continue
        if tokens[step] in _NOT_A_STEP_OPENERS or tokens[step][:1].isdigit():
            continue
        clause = _step_clause(tokens, list(doc.after_in_clause(at, step, STEP_CLAUSE_TOKENS)))
        if clause is None or any(
            tokens[i] in _PATIENT_WORDS and tokens[i - 1] in _ANOTHER_PATIENT_WORDS for i in clause
        ):
            continue  # no step, or another patient's ("before the next pt arrived")
        if at and tokens[at - 1] in _TIME_NOUNS:
            continue  # "the day before": an adverb of time, no step
        catch = next(
            (
                i
                for i in doc.before_in_clause(at, CATCH_BEFORE_STEP)
                if tokens[i] in TAKING_IN_WORDS
            ),
            None,
        )
        if catch is None or any(
            tokens[i] in _STEP_NOT_NEGATED and sentence_of[i] == sentence_of[at]
            for i in range(max(0, catch - CATCH_NEGATED), at)
        ):
            continue  # no catch in the clause, or a catch denied ("nobody said ... before")
        end = (clause[-1] + 1) if clause else step
        if _overlaps((catch, at), reached):
            continue
        spans.append((catch, end))
    return spans


_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "been", "being", "is", "d", "re"})


def _step_clause(tokens: list[str], clause: list[int]) -> list[int] | None:
    """The tokens of a "before" clause up to its own verb and what follows it, up to a catch
    word that resumes the main clause ("before the stem went in said wrong size"); None when
    the clause is the catch itself ("before anyone noticed", "before it was checked"), is
    negated, or holds no verb."""
    for n, i in enumerate(clause):
        word = tokens[i]
        if word in _STEP_NOT_NEGATED:
            return None
        if word in _AUXILIARIES:
            continue
        if word in TAKING_IN_WORDS:
            return None
        if _verb_like(word) or word in _STEP_VERBS:
            rest = clause[n + 1 :]
            if n == 0 and not rest:
                return None  # a bare gerund ("before listing"): a step named, nothing of it
            stop = next((k for k, j in enumerate(rest) if tokens[j] in TAKING_IN_WORDS), len(rest))
            if any(tokens[j] in _STEP_NOT_NEGATED for j in rest[:stop]):
                return None
            return clause[: n + 1 + stop]
    return None


#: Short verbs a step may be told with that are not past or -ing forms ("before the stem
#: went in", "before the bag left", "before the mask went on").
_STEP_VERBS = frozenset(
    {"went", "go", "goes", "left", "got", "put", "set", "hung", "took", "ran", "run", "sent"}
    | {"came", "come", "reached", "arrived", "given", "drawn", "spiked", "began", "begun"}
)
#: The patient told as never having received it: a patient word as the subject, a negation,
#: then a verb of receiving or arriving ("the pt hadnt arrived from theatre yet", "pt never
#: took any", "the woman did not receive any of it").
_PATIENT_WORDS = frozenset(
    {"pt", "pts", "patient", "patients", "woman", "man", "lady", "child", "baby", "resident"}
)
_PATIENT_NEGATIONS = frozenset(
    {"not", "never", "hadnt", "hasnt", "didnt", "wasnt", "t", "yet", "been", "had", "did"}
    | {"has", "was", "actually"}
)
_PATIENT_NEGATORS = frozenset({"not", "never", "hadnt", "hasnt", "didnt", "wasnt", "t"})
_RECEIVED_WORDS = frozenset(
    {"arrived", "received", "receive", "took", "taken", "take", "come", "came", "returned"}
)
#: Words naming the patient it was meant for ("intended pt did not receive the unit"): in a
#: wrong-patient event they never got it, the other patient did.
_MEANT_PATIENT_WORDS = frozenset(
    {"intended", "correct", "right", "planned", "original", "proper", "real", "other"}
)
#: Words naming another patient than this one ("before the next pt arrived"): the catch of
#: another set-up, this patient's error untouched.
_ANOTHER_PATIENT_WORDS = frozenset({"next", "another", "other", "following"})
_RECEIVED_ANY = frozenset({"got", "get", "had", "have", "given"})


def _patient_never_received(doc: Document) -> list[Span]:
    """Spans telling the patient as not having received the item or not yet there."""
    tokens = doc.tokens
    if _PATIENT_WORDS.isdisjoint(tokens) or _PATIENT_NEGATORS.isdisjoint(tokens):
        return []  # no patient word, or no negator to deny the receiving
    spans: list[Span] = []
    for at, token in enumerate(tokens):
        if token not in _PATIENT_WORDS or (at and tokens[at - 1] in _MEANT_PATIENT_WORDS):
            continue
        i, negated = at + 1, False
        while i < len(tokens) and i <= at + 4 and tokens[i] in _PATIENT_NEGATIONS:
            negated = negated or tokens[i] in _PATIENT_NEGATORS
            i += 1
        if not negated or i >= len(tokens) or doc.sentence_of[i] != doc.sentence_of[at]:
            continue
        word = tokens[i]
        if word in _RECEIVED_WORDS or (
            word in _RECEIVED_ANY and tokens[i + 1 : i + 2] in (["any"], ["anything"])
        ):
            spans.append((at, i + 1))
    return spans


def _has_post_event_marker(tokens: list[str]) -> bool:
    """Whether `tokens` hold a marker of a time after the procedure ("post op", "weeks later")."""
    for i, token in enumerate(tokens):
        if token in _POST_EVENT_WORDS:
            return True
        seconds = _POST_EVENT_PAIRS.get(token)
        if seconds is not None and i + 1 < len(tokens) and tokens[i + 1] in seconds:
            return True
    return False


def _overlaps(span: Span, others: list[Span]) -> bool:
    start, end = span
    for other_start, other_end in others:  # noqa: SIM110 (hot: a generator costs more)
        if other_start < end and start < other_end:
            return True
    return False


def _undone_by_pseudo(span: Span, pseudo: list[Span]) -> bool:
    """Whether a pseudo-negation overlapping a post-trigger undoes it ("was due for
    replacement": the fitting still there). One inside the trigger, after its first word, is
    what the trigger names ("would be a never event": the framework's case), not an undoing."""
    start, end = span
    for other_start, other_end in pseudo:
        if other_start < end and start < other_end and not start < other_start <= other_end <= end:
            return True
    return False


@dataclass(slots=True)
class Context:
    """Context cues found in one document, and questions about a concept match."""

    doc: Document
    lexicon: ContextLexicon
    cues: dict[str, list[Span]]
    terminator_starts: list[int]
    #: Sentence -> the end of its first-ending pre-trigger (negation, risk, background), and
    #: sentence -> the start of its last post-trigger: a trigger scopes over its own sentence
    #: only, so a span no pre-trigger ends before and no post-trigger starts after is affirmed.
    first_pre_trigger_end: dict[int, int] = field(default_factory=dict)
    last_post_trigger_start: dict[int, int] = field(default_factory=dict)
    #: Sentence -> the antecedent of the inverted conditional it opens with.
    conditional_antecedents: dict[int, Span] = field(default_factory=dict)
    #: Sentence asked as a question -> the "no" that answers it (`_questions_answered_no`).
    answered_no: dict[int, int] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Document, found: dict[str, list[Span]], lexicon: ContextLexicon) -> Context:
        """Collect the context cues of `doc` from the phrase matches `found`."""
        cues = {name: found.get(label, []) for name, label in _CUE_LIST_LABELS}
        pseudo = cues["pseudo_negation"]
        # Pseudo-negations ("not documented") are not pre-triggers; as post-triggers the
        # failure phrases "not done/performed" still negate what precedes them.
        cues["negation_pre"] = [s for s in cues["negation_pre"] if not _overlaps(s, pseudo)]
        # "... and was admitted with sepsis": the admission is the outcome, not background.
        cues["historical_pre"] = [s for s in cues["historical_pre"] if not _overlaps(s, pseudo)]
        # pseudo-negations ending in a word of doing ("not done") still negate backwards as
        # post-triggers (not "not completed")
        post_pseudo = [s for s in pseudo if doc.tokens[s[1] - 1] not in _DONE_WORDS]
        cues["negation_post"] = [s for s in cues["negation_post"] if not _overlaps(s, post_pseudo)]
        # "... the old fixed type that was due for replacement": the fitting is still there.
        cues["hypothetical_post"] = [
            s
            for s in cues["hypothetical_post"]
            if not _reason_for_the_act(doc.tokens, s) and not _undone_by_pseudo(s, pseudo)
        ]
        terminators = sorted(s[0] for s in cues["terminators"])
        context = cls(
            doc,
            lexicon,
            cues,
            terminators,
            conditional_antecedents=_conditional_antecedents(doc),
            answered_no=_questions_answered_no(doc),
        )
        context._index_triggers()
        cues["prevented"] = cues["prevented"] + [
            span
            for span in _catches_before_a_step(doc, cues["reached"]) + _patient_never_received(doc)
            if not _overlaps(span, cues["prevented"])
        ]
        negators = cues["prevented_negators"]
        if negators:
            cues["prevented"] = [s for s in cues["prevented"] if not context._undone(s, negators)]
            # "not checked before feeding": the feed did happen.
            cues["not_yet_pre"] = [
                s for s in cues["not_yet_pre"] if not context._undone(s, negators)
            ]
        cues["prevented"] = [
            s
            for s in cues["prevented"]
            if not context._check_missed(s) and not context.not_a_prevention(s)
        ]
        cues["prevented"] = context._not_caught_after_the_dose(cues["prevented"], cues["reached"])
        prevented = cues["prevented"]
        cues["reached"] = [
            s
            for s in cues["reached"]
            if not _overlaps(s, prevented)
            and not _names_the_operation(doc.tokens, s)
            and not _sign_out_as_record(doc.tokens, s)
            and not _hung_on_equipment(doc.tokens, s)
            and not _ran_out(doc.tokens, s)
            and not _dates_a_disclosure(doc, s)
            and not _dates_a_discharge(doc, s)
            and not _scheduled_dose_given(doc.tokens, s)
            and not _one_day_named_twice(doc.tokens, s)
            and not _denied_by_no(doc, s)
            and not _brought_back_to_consent(doc.tokens, s)
            and not _received_by_staff(doc, s)
        ]
        return context

    def _not_caught_after_the_dose(self, prevented: list[Span], reached: list[Span]) -> list[Span]:
        """The prevented cues that no reached cue tells as coming after the dose: a reached
        cue starting with the dose taken or given, with "before" and then the catch inside it
        ("took 4 doses at home before GP practice pharmacist spotted it"), or a catch cue that
        starts at a short "b4" inside it ("had 4 doses b4 the ward pharmacist spotted it")."""
        tokens = self.doc.tokens
        late = [
            r
            for r in reached
            if tokens[r[0]] in _GIVEN_FIRST_WORDS and _says_before(tokens[r[0] + 1 : r[1]])
        ]
        if not late:
            return prevented
        return [
            p
            for p in prevented
            if not any(
                r[0] < p[0]
                and (
                    (p[1] <= r[1] and _says_before(tokens[r[0] + 1 : p[0]]))
                    or (p[0] < r[1] and _short_before_at(tokens, p[0]))
                )
                for r in late
            )
        ]

    def _index_triggers(self) -> None:
        sentence_of = self.doc.sentence_of
        first_end = self.first_pre_trigger_end
        for name in _PRE_TRIGGERS:
            for start, end in self.cues[name]:
                sentence = sentence_of[start]
                first_end[sentence] = min(end, first_end.get(sentence, end))
        for sentence, (opener, _) in self.conditional_antecedents.items():
            first_end[sentence] = min(opener + 1, first_end.get(sentence, opener + 1))
        last_start = self.last_post_trigger_start
        for name in _POST_TRIGGERS:
            for start, _ in self.cues[name]:
                sentence = sentence_of[start]
                last_start[sentence] = max(start, last_start.get(sentence, start))
        # the answer after a question reaches back over it like a post-trigger
        for sentence, answer in self.answered_no.items():
            last_start[sentence] = max(answer, last_start.get(sentence, answer))

    def _undone(self, span: Span, negators: list[Span]) -> bool:
        """Whether a negator closely before a prevented / not-yet cue undoes it. A one-word
        negator ("not") only reaches over verb-like words: "nobody re-checked at time out"
        is undone, "it was not water before administration" is not."""
        tokens = self.doc.tokens
        sentence = self.doc.sentence_of[span[0]]
        for t_start, t_end in negators:
            gap = span[0] - t_end
            if not (
                0 <= gap <= PREVENTED_NEGATOR_WINDOW
                and self.doc.sentence_of[t_start] == sentence
                and not self._terminated(t_end, span[0])
            ):
                if t_end - t_start == 1 and self._not_looked_at_again(t_end, span, sentence):
                    return True
                continue
            if t_end - t_start > 1 or all(_verb_like(t) for t in tokens[t_end : span[0]]):
                return True
        return False

    def _not_looked_at_again(self, after: int, span: Span, sentence: int) -> bool:
        """Whether the words from a one-word negator to a prevented cue are a look told with
        "at" / "again" ("not looked at again before blocking"): verb-like words within the
        window once those are set aside, all in the cue's sentence."""
        words = self.doc.tokens[after : span[0]]
        core = [t for t in words if t not in _LOOKED_AGAIN_WORDS]
        return (
            0 < len(core) <= PREVENTED_NEGATOR_WINDOW
            and len(words) - len(core) <= len(_LOOKED_AGAIN_WORDS)
            and after < span[0]
            and self.doc.sentence_of[after] == sentence
            and not self._terminated(after, span[0])
            and all(_verb_like(t) for t in core)
        )

    def add_found_before(self, spans: list[Span]) -> None:
        """Mark spans where an item was found before the procedure ended (a reasoning step's
        judgement): prevented cues, which no reached cue may overlap."""
        self.cues["prevented"] = sorted(set(self.cues["prevented"]) | set(spans))
        self.cues["reached"] = [s for s in self.cues["reached"] if not _overlaps(s, spans)]

    def drop_prevented(self, spans: list[Span]) -> None:
        """Unmark prevented cues a reasoning step read as part of the error itself."""
        dropped = set(spans)
        self.cues["prevented"] = [s for s in self.cues["prevented"] if s not in dropped]

    def drop_prevented_overlapping(self, spans: list[Span]) -> None:
        """Unmark the prevented cues that overlap any of `spans` (words a reasoning step read
        as no catch: a claimed denial beside a reach, a device told put on later)."""
        self.cues["prevented"] = [s for s in self.cues["prevented"] if not _overlaps(s, spans)]

    def drop_reached(self, spans: list[Span]) -> None:
        """Unmark reached cues a reasoning step read as told before the error (a fall in
        saturation that was the reason for the oxygen, not a harm of the air)."""
        self.cues["reached"] = [s for s in self.cues["reached"] if not _overlaps(s, spans)]

    def add_found_after(self, spans: list[Span]) -> None:
        """Mark spans where an item was found after the procedure ended: reached cues, except
        where a prevented cue already stands."""
        after = [s for s in spans if not _overlaps(s, self.cues["prevented"])]
        self.cues["reached"] = sorted(set(self.cues["reached"]) | set(after))

    def _check_missed(self, span: Span) -> bool:
        """Whether the words right after a prevented cue say the check was missed or not done
        ("stop before you block was missed", "time out was not done")."""
        tokens = self.doc.tokens
        if not _CHECK_MISSED_WORDS.isdisjoint(tokens[span[0] + 1 : span[1]]):
            return True
        if self._missed_before(span):
            return True
        sentence = self.doc.sentence_of[span[0]]
        i = span[1]
        for _ in range(3):
            if i >= len(tokens) or self.doc.sentence_of[i] != sentence:
                return False
            token = tokens[i]
            if token in _CHECK_MISSED_WORDS:
                return True
            if token in _CHECK_NOT_DONE_WORDS:
                return self._done_away_from_the_patient(i)
            if token in _CHECK_NEGATORS:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
                return nxt in _CHECK_NOT_DONE_WORDS
            if token in _CHECK_CONTRACTED_NEGATORS and tokens[i + 1 : i + 2] == ["t"]:
                nxt = tokens[i + 2] if i + 2 < len(tokens) else ""
                return nxt in _CHECK_NOT_DONE_WORDS
            if token not in _CHECK_FILLER_WORDS:
                return False
            i += 1
        return False

    def _done_away_from_the_patient(self, at: int) -> bool:
        """Whether a check told as done at token `at` was done away from the patient ("was done
        at the nurses' station"), in its sentence."""
        doc = self.doc
        return word_shortly_after(
            doc.tokens, doc.sentence_of, at, _AWAY_FROM_PATIENT_WORDS, AWAY_FROM_PATIENT_AFTER
        )

    def _missed_before(self, span: Span) -> bool:
        """Whether a missed-check word closely precedes the cue in its sentence ("we skipped
        the stop before you block moment")."""
        doc = self.doc
        return word_shortly_before(
            doc.tokens, doc.sentence_of, span[0], _CHECK_MISSED_WORDS, CHECK_MISSED_BEFORE
        )

    def _record_not_yet_made(self, span: Span) -> bool:
        """Reads "the epidural line had not yet been labelled": a label or record not yet made,
        nothing held back."""
        tokens, end = self.doc.tokens, span[1]
        if tokens[max(0, end - 2) : end] != ["not", "yet"]:
            return False
        after = [t for t in tokens[end : end + 2] if t not in ("been", "being")]
        return bool(after) and after[0] in _RECORD_WORDS

    def _removed_before_discharge(self, span: Span) -> bool:
        """Reads "CVC removed before discharge": a line taken out in the care after the
        procedure, not an item caught before the procedure ended."""
        tokens, (start, end) = self.doc.tokens, span
        return tokens[start:end] == ["removed", "before"] and (
            (end < len(tokens) and tokens[end] in _ROUTINE_DISCHARGE_WORDS)
            or tokens[end : end + 2] == ["going", "home"]
        )

    def _redo_on_another_side(self, span: Span) -> bool:
        """Reads "the left tube was removed and a right nephrostomy inserted in the same
        session": a wrong-side device taken out and the act redone on a named side, the
        session's words the redo's; nothing was caught before it was done."""
        tokens, (start, end) = self.doc.tokens, span
        if tokens[start] not in _TAKEN_OUT_WORDS:
            return False
        for at in range(start + 1, end - 1):
            if tokens[at] != "and":
                continue
            clause = tokens[at + 1 : min(end, at + 1 + _REDO_CLAUSE_TOKENS)]
            sides = [i for i, token in enumerate(clause) if token in _REDO_SIDE_WORDS]
            puts = [i for i, token in enumerate(clause) if token in _REDO_PUT_IN_WORDS]
            if sides and puts and sides[0] < puts[0]:
                return True
        return False

    def _what_ought_to_have_been_done(self, span: Span) -> bool:
        """Reads "a throat pack which should have been removed before extubation": what ought
        to have been done, told of an item that was not, no catch ("ought to", "was meant to
        be" too; not when a finding comes between, "should have been counted, was found
        before closure")."""
        tokens, start = self.doc.tokens, span[0]
        for at in self.doc.before_in_clause(start, 10):
            if tokens[at] in OUGHT_WORDS:
                return _FOUND_WORDS.isdisjoint(tokens[at + OUGHT_VERB_PHRASE : start])
        return False

    def _sent_back_somewhere(self, span: Span) -> bool:
        """Reads "sent back for CT", "sent back to surgical team": a patient sent on for more
        care, the clause going on to say where; only a bare "sent back" ending its clause
        ("wristband didnt match list. sent back") is the patient turned away before anything."""
        tokens, (start, end) = self.doc.tokens, span
        if tokens[start:end] != _SENT_BACK:
            return False
        sentence_of = self.doc.sentence_of
        return (
            end < len(tokens)
            and sentence_of[end] == sentence_of[start]
            and end not in self.doc.clause_breaks
        )

    def _patient_taken_back(self, span: Span) -> bool:
        """Reads "pt returned to lab for generator swap": the patient went back to the lab for
        the redo, not a unit or a drug returned unused (a patient taken back to the ward before
        anything was done is still a catch)."""
        tokens, (start, end) = self.doc.tokens, span
        return (
            start > 0
            and tokens[start] in _RETURN_WORDS
            and tokens[start - 1] in PATIENT_SUBJECT_WORDS
            and not _LAB_WORDS.isdisjoint(tokens[start:end])
        )

    def _done_later(self, span: Span) -> bool:
        """Reads "the correct lens was not inserted until the exchange a week later": a delay
        told, the act done in the end, not a catch."""
        tokens, (start, end) = self.doc.tokens, span
        return tokens[start] in _NOT_DONE_WORDS and tokens[end : end + 1] in (["until"], ["till"])

    def _equipment_not_yet_in_use(self, span: Span) -> bool:
        """Whether a "not yet" tells of equipment, a practice or a system not yet brought in
        ("ENFit syringes not yet in use on the unit", "EPMA does not yet cover insulin", "ward not
        yet on ePMA"), of a patient not yet on dialysis ("CKD5, not yet on HD") or with no
        feeding tube yet ("NG not yet placed"): the state of the unit or the patient, not a
        catch."""
        tokens = self.doc.tokens
        start, end = span
        if tokens[start:end] != ["not", "yet"]:
            return False
        after = tokens[end : end + 2]
        return bool(after) and (
            after[0] in _ROLLOUT_WORDS
            or after == ["in", "use"]
            or after == ["in", "stock"]
            or (len(after) == 2 and after[0] == "on" and after[1] in _RENAL_TREATMENT_WORDS)
            or (len(after) == 2 and after[0] in _SYSTEM_USE_WORDS and after[1] in _SYSTEM_WORDS)
            or (
                start > 0
                and tokens[start - 1] in _FEEDING_TUBE_WORDS
                and after[0] in _TUBE_PLACED_WORDS
            )
        )

    def _practice_of_the_place(self, span: Span) -> bool:
        """Reads "air is not used on this ward", "not used in our unit", "not used here": what
        the place does as a rule, not a product held back."""
        tokens, (start, end) = self.doc.tokens, span
        if tokens[start:end] != ["not", "used"]:
            return False
        after = tokens[end : end + 3]
        if after[:1] == ["here"]:
            return True
        if len(after) < 2 or after[0] not in _PRACTICE_PLACE_PREPOSITIONS:
            return False
        place = after[2:3] if after[1] in _PRACTICE_PLACE_DETERMINERS else after[1:2]
        return bool(place) and place[0] in _PRACTICE_PLACES

    def _supply_lacking(self, span: Span) -> bool:
        """Reads "no insulin syringes on the ward, given 20 units" and "no feed pump so feed
        given": a "no" before the product that names the device or stock the unit lacked, not
        the dose held back."""
        # the device comes after "no" and the product ("no supply to pt" is the catch)
        return self._named_after_no(span, _SUPPLY_LACKED, range(2, 3), in_cue=True)

    def _named_after_no(
        self, span: Span, words: frozenset[str], offsets: range, in_cue: bool = False
    ) -> bool:
        """Whether a cue opens with "no" ("nil") and one of `words` stands `offsets` tokens after
        it (inside the cue only, if `in_cue`): what was lacking or not made, nothing held back."""
        tokens, (start, end) = self.doc.tokens, span
        if tokens[start] not in _NO_WORDS:
            return False
        stop = end if in_cue else len(tokens)
        return any(start + i < stop and tokens[start + i] in words for i in offsets)

    def not_a_prevention(self, span: Span) -> bool:
        """Whether a prevented cue, read in place, says the error did reach the patient: an
        amount given ("nearly 10mg given before the nurse noticed", "almost the whole unit
        transfused"), or a check that came after the procedure ("identified at the check xray
        post op", "spotted at the follow up"); or whether its words tell something else that
        held nothing back (each reading below is one such look-alike)."""
        for reading in _NOT_A_PREVENTION:  # noqa: SIM110 (hot: a generator costs more)
            if reading(self, span):
                return True
        return False

    def _safety_tool_not_used(self, span: Span) -> bool:
        """Reads "checklist not used", "checklist was not used": a safety tool left out, not a
        product held back."""
        tokens, start = self.doc.tokens, span[0]
        if tokens[start : span[1]] != ["not", "used"] or start == 0:
            return False
        tool = start - 1
        if tokens[tool] in _CHECK_AUXILIARIES and tool > 0:
            tool -= 1
        return (
            tokens[tool] in _SAFETY_TOOL_WORDS
            and self.doc.sentence_of[tool] == self.doc.sentence_of[start]
        )

    def _wire_left_loose(self, span: Span) -> bool:
        """Reads "wire not attached, retrieved by snare": a loose wire, no catch."""
        tokens, (start, end) = self.doc.tokens, span
        return (
            tokens[start] == "not"
            and end - start == 2
            and tokens[start + 1] in _LOOSE_WORDS
            and start > 0
            and tokens[start - 1] in _WIRE_WORDS
        )

    def _unfamiliar_with(self, span: Span) -> bool:
        """Reads "agency, not used to this kit" and "she had not used a Toujeo pen before":
        unfamiliar, nothing held back."""
        tokens, (start, end) = self.doc.tokens, span
        if tokens[start:end] == ["not", "used"] and tokens[end : end + 1] in (["a"], ["an"]):
            return self._never_before(end + 1)
        if tokens[start:end] != ["not", "used"] or tokens[end : end + 1] != ["to"]:
            return False
        nxt = tokens[end + 1] if end + 1 < len(tokens) else ""
        return nxt in _UNFAMILIAR_OBJECT_WORDS or nxt.endswith("ing")

    def _never_before(self, at: int) -> bool:
        """Whether a "before" (or "previously") ends the clause within a few tokens of token
        `at` ("a Toujeo pen before."): the kind of thing never used until then, not one product
        kept back before a step ("not used a second time before the flush")."""
        doc = self.doc
        for i in doc.after_in_clause(at, at, _NEVER_BEFORE_REACH):
            if doc.tokens[i] in _NEVER_BEFORE_WORDS:
                following = i + 1
                return (
                    following >= len(doc.tokens)
                    or doc.sentence_of[following] != doc.sentence_of[i]
                    or following in doc.clause_breaks
                    or doc.tokens[following] in _NEXT_CLAUSE_WORDS
                )
        return False

    def _never_had_it_before(self, span: Span) -> bool:
        """Reads "R eye has never been injected before", "she had not been given it before.":
        the part or patient had never had it until then, its history (often why the act on it
        was a mistake), not a dose held back at a check."""
        tokens, (start, end) = self.doc.tokens, span
        words = tokens[start:end]
        return (
            # a "not / never been given" cue may tell the patient's history ("has never been
            # injected before"; "been" is needed: "had not used our charts before" tells the
            # staff member's unfamiliarity, read by Context._unfamiliar_with where it applies)
            "been" in words and not _NOT_DONE_WORDS.isdisjoint(words) and self._never_before(end)
        )

    def _block_given_elsewhere(self, span: Span) -> bool:
        """Reads "no block on the operated side": the block went elsewhere."""
        tokens, (start, end) = self.doc.tokens, span
        return (
            tokens[start:end] == ["no", "block"]
            and tokens[end : end + 1] in (["on"], ["in"], ["to"])
            and not _BLOCKED_SIDE_WORDS.isdisjoint(tokens[end + 1 : end + 3])
        )

    def _check_not_made(self, span: Span) -> bool:
        """Reads "no needle count is done": a check not made."""
        return self._named_after_no(span, _CHECK_NOUNS, range(1, 3))

    def _right_route_unused(self, span: Span) -> bool:
        """Reads "yellow epidural line not used": the right route left unused."""
        tokens, start = self.doc.tokens, span[0]
        return (
            tokens[start : span[1]] == ["not", "used"]
            and start > 1
            and tokens[start - 1] in _LINE_WORDS
            and tokens[start - 2] in _ROUTE_WORDS
        )

    def _right_route_left_unconnected(self, span: Span) -> bool:
        """Reads "epidural catheter found capped off and not connected", "NG tube was not
        connected": the right route's device left unjoined, not the wrong connection stopped."""
        tokens, sentence_of, (start, end) = self.doc.tokens, self.doc.sentence_of, span
        if tokens[start:end] != ["not", "connected"]:
            return False
        first = max(0, start - _ROUTE_DEVICE_REACH)
        return any(
            tokens[i] in _ROUTE_WORDS
            and tokens[i + 1] in _ROUTE_DEVICE_WORDS
            and sentence_of[i] == sentence_of[start]
            for i in range(first, start - 1)
        )

    def _inquiry_still_open(self, span: Span) -> bool:
        """Reads "cause not yet known": an inquiry still open, nothing held back."""
        tokens, end = self.doc.tokens, span[1]
        return tokens[end - 1] == "yet" and not _UNFINISHED_INQUIRY_WORDS.isdisjoint(
            tokens[end : end + 2]
        )

    def _pre_step_sample(self, span: Span) -> bool:
        """Reads "the pre-transfusion sample was taken from another patient", "pre-transfusion
        obs", "the pre-transfusion check was done at the station": "pre" naming the sample,
        test, obs or a check told as done for the step, not a catch made before it; also a
        reading labelled so ("BP 126/70 (pre-transfusion)")."""
        tokens, (start, end) = self.doc.tokens, span
        return (
            end - start == 2
            and tokens[start] == "pre"
            and (
                (end < len(tokens) and tokens[end] in _PRE_STEP_SAMPLE_WORDS)
                or (start > 0 and tokens[start - 1][:1].isdigit())
                or (
                    end < len(tokens)
                    and tokens[end] in _PRE_STEP_CHECK_WORDS
                    and not _PRE_STEP_DONE_WORDS.isdisjoint(tokens[end + 1 : end + 4])
                )
            )
        )

    def _check_image_not_taken(self, span: Span) -> bool:
        """Reads "second check image not taken": a check not made. The noun is what is "not taken"
        only in the cue's own clause: "caught at screening, not given" is a catch, the dose
        held back."""
        tokens, (start, end) = self.doc.tokens, span
        return (
            tokens[start] == "not"
            and end - start == 2
            and start > 0
            and tokens[start - 1] in _CHECK_IMAGE_NOUNS
            and next(self.doc.before_in_clause(start, 1), None) == start - 1
        )

    def _amount_given(self, span: Span) -> bool:
        """Reads "nearly 10mg given", "almost the whole unit": an amount that reached the
        patient."""
        tokens, (start, end) = self.doc.tokens, span
        return tokens[start] in _APPROXIMATE_WORDS and any(
            t[:1].isdigit() or t in _AMOUNT_WORDS for t in tokens[start + 1 : end]
        )

    def _mixing_skipped(self, span: Span) -> bool:
        """Reads "bag not inverted/mixed properly before it was hung": a "before" cue timing a
        mixing step left out before the infusion went up, not a catch."""
        doc, start = self.doc, span[0]
        if doc.tokens[start] != "before":
            return False
        before = {doc.tokens[i] for i in doc.before_in_clause(start, MIXING_SKIPPED_BEFORE)}
        return not _MIXING_WORDS.isdisjoint(before) and not _MIXING_NEGATORS.isdisjoint(before)

    def _likeness_told(self, span: Span) -> bool:
        """Reads "looks almost identical - and gave it": "nearly" / "almost" telling how alike
        two products look, not a dose all but given."""
        tokens, (start, end) = self.doc.tokens, span
        return tokens[start] in _APPROXIMATE_WORDS and not _LIKENESS_WORDS.isdisjoint(
            tokens[start + 1 : end]
        )

    def _something_else_not_given(self, span: Span) -> bool:
        """Reads "he had not been given one at reception": a perfect "had not been given" told
        without the dose as its subject is a catch only where it ends its clause or goes on
        with the dose ("had not been given, the syringe ...", "had not been given any since"),
        not where it names something else the patient lacked ("any potassium before")."""
        doc, (start, end) = self.doc, span
        if doc.tokens[start] not in _PERFECT_WORDS:
            return False
        following = [doc.tokens[i] for i in doc.after_in_clause(start, end, 2)]
        if not following:
            return False
        if following[0] == "any":  # "any since admission", not "any potassium before"
            return len(following) > 1 and following[1] not in _NOT_GIVEN_FOLLOWERS
        return following[0] not in _NOT_GIVEN_FOLLOWERS

    def _refused_after_the_act(self, span: Span) -> bool:
        """Reads "vincristine given intrathecally, the reg then refused to proceed with the
        list" or "pt refused to proceed": a refusal after the dose went in, or the patient's
        own, not a checker holding the error back; nor a route turned down ("refused to have it
        orally"). The patient turning down the dose brought ("pt refused to have it") is a
        catch."""
        tokens, (start, end) = self.doc.tokens, span
        if tokens[start] not in _REFUSAL_WORDS:
            return False
        dose = tokens[end - 1] in _REFUSED_DOSE_WORDS
        if dose:
            after = self.doc.after_in_clause(end - 1, end, REFUSED_ROUTE_AFTER)
            if not _REFUSED_ROUTE_WORDS.isdisjoint(tokens[i] for i in after):
                return True  # "refused to have it orally": the route turned down, not the dose
        nearest = [tokens[i] for i in self.doc.before_in_clause(start, REFUSAL_BEFORE)]
        if nearest[:1] == ["then"]:
            return True
        if not dose and not _REFUSING_PATIENT_WORDS.isdisjoint(nearest[:2]):
            return True
        sentence_start, _ = self.doc.sentence_tokens(self.doc.sentence_of[start])
        return not _GIVEN_BEFORE_REFUSAL.isdisjoint(tokens[sentence_start:start])

    def _checker_agreed(self, span: Span) -> bool:
        """Reads "second nurse ... agreed it said 100": a checker agreeing with the error, not
        one speaking up against it."""
        tokens, (start, end) = self.doc.tokens, span
        return tokens[end - 1] in _SPOKEN_WORDS and not _AGREEMENT_WORDS.isdisjoint(
            tokens[max(start, end - 1 - AGREEMENT_BEFORE) : end - 1]
        )

    def _learning_after_the_event(self, span: Span) -> bool:
        """Reads "will now re-verify ... at time out" or "Learning: mark sites with the pt before
        starting": what the team will do, not a catch."""
        first, _ = self.doc.sentence_tokens(self.doc.sentence_of[span[0]])
        if self.doc.tokens[first] in _LEARNING_HEADINGS:
            return True
        return self._learning_modal_before(span[0])

    def _checked_after_the_event(self, span: Span) -> bool:
        """Reads "identified at the check xray post op": the check came after the procedure."""
        tokens, (start, end) = self.doc.tokens, span
        sentence = self.doc.sentence_of[start]
        stop = min(len(tokens), end + POST_EVENT_LOOKAHEAD)
        while stop > end and self.doc.sentence_of[stop - 1] != sentence:
            stop -= 1
        return _has_post_event_marker(tokens[start:stop])

    def _check_read_off_another_record(self, span: Span) -> bool:
        """Reads "at the time out the procedure was read off the printed list rather than the
        consent form", "at sign in the side was taken from the list, not the consent": the check
        told by the record it was read from, set against the one it should have been; done
        against the wrong record, it caught nothing (a catch told in its sentence, "... and the
        mismatch was noticed", still is one)."""
        tokens, (start, end) = self.doc.tokens, span
        if tokens[start] not in _AT_THE_CHECK_WORDS:
            return False
        first, last = self.doc.sentence_tokens(self.doc.sentence_of[start])
        after = tokens[end : min(last, end + READ_OFF_AFTER)]
        read = next(
            (
                i
                for i, word in enumerate(after)
                if word in _RECORD_READING_WORDS
                and not _RECORD_SOURCE_WORDS.isdisjoint(after[i + 1 : i + 3])
            ),
            None,
        )
        if read is None:
            return False
        rest = after[read + 1 :]
        if _CONTRAST_WORDS.isdisjoint(rest) and CONTRAST_PAIRS.isdisjoint(pairwise(rest)):
            return False
        told = tokens[first:last]
        return _CATCH_WORDS.isdisjoint(told[: end - first + read] + told[end - first + read + 1 :])

    def _check_that_caught_nothing(self, span: Span) -> bool:
        """Reads "At sign in the consent and list were checked but nobody noticed the R knee
        had been marked": a check named bare (at, during or on it, no catch word in the cue)
        and its sentence, or the next one's opening words, telling that nobody noticed
        anything there; the check was made and caught nothing. A noticing told undenied in the
        cue's sentence ("at sign in nobody noticed, but the ODP then spotted it") keeps it a
        catch. A cue whose own catch words are all denied inside it ("sign in nobody
        noticed") caught nothing either."""
        doc, (start, end) = self.doc, span
        tokens = doc.tokens
        inside = [i for i in range(start, end) if tokens[i] in _NOTICING_WORDS]
        if inside:
            # the cue's own catch word denied inside it ("sign in nobody noticed")
            return all(self._noticing_denied(i) for i in inside)
        if tokens[start] not in _AT_THE_CHECK_WORDS:
            return False
        sentence = doc.sentence_of[start]
        first, last = doc.sentence_tokens(sentence)
        noticings = [i for i in range(first, last) if tokens[i] in _NOTICING_WORDS]
        denied = [i for i in noticings if self._noticing_denied(i)]
        if len(denied) < len(noticings):
            return False
        if any(i >= end for i in denied):
            return True
        if noticings:
            return False
        after, _ = doc.sentence_tokens(sentence + 1)
        opening = range(after, min(len(tokens), after + NEXT_SENTENCE_DENIAL))
        return any(
            tokens[i] in _NOTICING_WORDS
            and doc.sentence_of[i] == sentence + 1
            and self._noticing_denied(i)
            for i in opening
        )

    def _noticing_denied(self, at: int) -> bool:
        """Whether a negator stands just before the noticing word at token `at`, in its
        sentence ("nobody noticed", "no one picked up", "was not questioned", "didn't spot");
        "one" only after "no" ("no one")."""
        tokens, sentence_of = self.doc.tokens, self.doc.sentence_of
        for i in range(max(0, at - NOTICING_NEGATOR_BEFORE - 1), at):
            if tokens[i] not in _NOTICING_NEGATORS or sentence_of[i] != sentence_of[at]:
                continue
            if tokens[i] == "one" and (i == 0 or tokens[i - 1] != "no"):
                continue
            if tokens[i] == "t" and (i == 0 or not tokens[i - 1].endswith("n")):
                continue
            return True
        return False

    def _use_timed_by(self, span: Span) -> bool:
        """Whether a "before ..." cue tells when a product was used, right after the use in its
        clause ("potassium phosphate used to flush the cannula instead of saline before
        induction"), or the use told as its purpose ("to flush the cannula before giving
        adenosine"), with no catch word between them."""
        tokens = self.doc.tokens
        start = span[0]
        if tokens[start] != "before":
            return False
        for i in self.doc.before_in_clause(start, USED_BEFORE):
            if tokens[i] in _CATCH_WORDS:
                return False
            if tokens[i] in _USED_WORDS:
                return i == 0 or tokens[i - 1] not in NEGATION_WORDS
            if tokens[i] in _USE_INFINITIVES and i > 0 and tokens[i - 1] == "to":
                return True  # the plan: "went to get saline to flush the cannula before giving"
        return False

    def _intended_item_not_put_in(self, span: Span) -> bool:
        """Reads "the correct lens was not inserted: the lens for the other eye went in": the
        item meant to go in told as not put in, another one having gone in instead."""
        tokens, (start, end) = self.doc.tokens, span
        if end - start != 2 or tokens[start] != "not" or tokens[start + 1] not in _PUT_IN_WORDS:
            return False
        return any(
            tokens[i] in _INTENDED_ITEM_WORDS
            for i in self.doc.before_in_clause(start, INTENDED_ITEM_BEFORE)
        )

    def _check_timed_before_the_step(self, span: Span) -> bool:
        """Reads "Time out done before positioning and draping", "sign in completed prior to
        transfer": a "before" cue right after a safety check told as done dates the check, with
        the steps still to come after it; it holds nothing back (a catch told in other words,
        "picked up at time out", still is one)."""
        tokens, start = self.doc.tokens, span[0]
        if tokens[start] not in DATING_WORDS:
            return False
        behind = [tokens[i] for i in self.doc.before_in_clause(start, _CHECK_DONE_BEFORE)]
        # the verb next to the cue, "carried out" read from its "out"
        done = next((i for i, word in enumerate(behind[:2]) if word in _CHECK_DONE_WORDS), None)
        if done is None:
            return False
        # the steps the check came before are the setting up ("before positioning and
        # draping"), not the first invasive step it may have stopped ("time out done before
        # incision - mismatch identified"), and nothing in the sentence tells a catch
        sentence_of = self.doc.sentence_of
        first, last = self.doc.sentence_tokens(sentence_of[start])
        if not word_shortly_after(
            tokens, sentence_of, start, _SET_UP_STEP_WORDS, _SET_UP_STEPS_AFTER
        ) or not _CATCH_WORDS.isdisjoint(tokens[first:last]):
            return False
        named = [word for word in behind[done + 1 :] if word not in _CHECK_AUXILIARIES]
        return bool(named) and (
            named[0] in _CHECK_NAME_WORDS or tuple(reversed(named[:2])) in _CHECK_NAME_PAIRS
        )

    def _timed_before_the_check(self, span: Span) -> bool:
        """Reads "given on consecutive days before pharmacist review": a cue that opens with "on",
        "at" or "during" and holds "before" or "until" between it and the check dates what was
        done before the check came; it tells no catch at the check (unless a check is told before
        the "before": "at the bedside checking before the needle went in")."""
        tokens, (start, end) = self.doc.tokens, span
        if tokens[start] not in _AT_THE_CHECK_WORDS:
            return False
        inside = tokens[start + 1 : end - 1]
        until = next((at for at, word in enumerate(inside) if word in _UNTIL_WORDS), None)
        # "at the bedside checking before the needle went in": the check came first, a catch
        return until is not None and not any(word.startswith("check") for word in inside[:until])

    def _not_for_long(self, span: Span) -> bool:
        """Reads "he was not connected to air for long": done for a short time, not held back."""
        tokens, (start, end) = self.doc.tokens, span
        if "not" not in tokens[start:end]:
            return False
        sentence = self.doc.sentence_of[start]
        stop = min(len(tokens) - 1, end + NOT_FOR_LONG_AFTER)
        return any(
            tokens[i] == "for" and tokens[i + 1] == "long" and self.doc.sentence_of[i] == sentence
            for i in range(end - 1, stop)
        )

    def _caught_after_it_had_gone_in(self, span: Span) -> bool:
        """Reads "30ml had run into the line when the nurse noticed", "half the bag had gone
        through before it was spotted": told earlier in its sentence in the past perfect, the
        product had entered the patient by the time of the catch (not "no LA had been given")."""
        tokens, start = self.doc.tokens, span[0]
        first, _ = self.doc.sentence_tokens(self.doc.sentence_of[start])
        for i in range(max(first, start - GONE_IN_BEFORE), start - 1):
            preceding = max(first, i - HAD_PRECEDED_BY)
            if tokens[i] != "had" or not NEGATION_WORDS.isdisjoint(tokens[preceding:i]):
                continue
            if self._announced_as_still_to_come(preceding, i):
                continue  # "read the report before anything had gone down it"
            verb = i + 2 if tokens[i + 1] == "been" else i + 1
            if verb + 1 >= start:
                continue
            if tokens[verb] in _GIVEN_BEFORE_REFUSAL or (
                tokens[verb + 1] in _ENTERING_PARTICLES.get(tokens[verb], ())
            ):
                return True
        return False

    def act_done_before_the_catch(self, span: Span) -> bool:
        """Reads "block given to the wrong leg, picked up by the ODP before knife to skin",
        "component cemented in, noticed before wound closure", "gave the injection, it was only
        when ... pt said": the act that reaches the patient told as done, in the catch's
        sentence before it or in the sentence just before, so the catch came after it (a later
        step, not the act, is what it came before). Not an act told negated, nearly done, to
        come or inside a "before" clause ("not given", "about to be injected", "before the
        block was given"), nor a drawing up or a marking."""
        tokens, doc, start = self.doc.tokens, self.doc, span[0]
        if not _CUE_DENIAL_WORDS.isdisjoint(tokens[start : span[1]]) or _check_before_any_act(
            tokens[start : span[1]]
        ):
            return False  # the cue denies the act or tells it to come ("not implanted", "about to")
        sentence = doc.sentence_of[start]
        first, _ = doc.sentence_tokens(max(0, sentence - ACT_SENTENCES_BEFORE), sentence)
        for i in range(max(first, start - ACT_BEFORE_CATCH), start):
            if not self._act_told_done(i) or not _STILL_TO_COME_WORDS.isdisjoint(
                tokens[i + 1 : start]
            ):
                continue  # not an act, or a further act told after it as to come ("had just
                # given the IV abx so was about to connect it")
            lo = max(doc.sentence_tokens(doc.sentence_of[i])[0], i - ACT_GUARD_BEFORE)
            if ACT_NOT_DONE_WORDS.isdisjoint(tokens[lo:i]) and not self._prep_caught_after(
                i, start
            ):
                return True
        return False

    def _prep_caught_after(self, act: int, catch: int) -> bool:
        """Whether the act at token `act` is followed, before the catch at token `catch`, by a
        skin prep or drape told in a later clause on another side than the act's, or after an
        act told on no side ("antibiotics given and right femoral block done, then skin prep
        begun on the left leg, noticed before incision"): the catch stopped the prep, the
        wrong site's set-up; the act before it (the cover, a block on the side meant) went
        where it was meant to."""
        tokens, doc = self.doc.tokens, self.doc
        preps = [i for i in range(act + 1, catch) if tokens[i] in SITE_PREP_WORDS]
        if not preps or not doc.clause_opens_between(act, preps[0]):
            return False
        act_sides = {
            side
            for i in (
                *doc.before_in_clause(act, ACT_SIDE_REACH),
                *doc.after_in_clause(act, act + 1, ACT_SIDE_REACH),
            )
            if (side := side_of(tokens[i])) is not None
        }
        prep_sides = {
            side for i in range(preps[0], catch) if (side := side_of(tokens[i])) is not None
        }
        return not act_sides or (bool(prep_sides) and act_sides.isdisjoint(prep_sides))

    def _act_told_done(self, i: int) -> bool:
        """Whether token i tells the act reaching the patient as done: a delivering verb
        ("given", "injected", "cemented", "transfused"), or a block or injection told as done,
        performed, sited or had ("block done on the wrong shoulder", "pt had a block on R")."""
        tokens = self.doc.tokens
        word = tokens[i]
        if word not in _ACT_WORDS:
            return False  # most tokens: every path below needs one of these
        near = tokens[max(0, i - ACT_NOUN_NEAR) : i + 1 + ACT_NOUN_NEAR]
        if not _DOSE_ON_SCHEDULE_WORDS.isdisjoint(near):
            return False  # a scheduled dose given ("first dose given on the correct day")
        if word in _DELIVERED_WORDS:
            after = tokens[i + 1 : i + 1 + ACT_NOUN_NEAR]
            if word in _KIND_WORDS and (
                (after and after[0] in _KIND_OF_WHAT)
                or tokens[i - 1] in _BEFORE_A_KIND
                or (tokens[i - 1] in _KIND_OF_WHAT and after and _verb_like(after[0]))
            ):
                return False  # a kind ("cemented femoral stem", "for cemented", "stem (cemented)")
            return _INFORMATION_WORDS.isdisjoint(after)  # not "porter given wrong bed no"
        if word in _PROCEDURE_DONE_WORDS:
            return not _BLOCK_WORDS.isdisjoint(tokens[max(0, i - ACT_NOUN_NEAR) : i])
        if word == "had" and tokens[i - 1] in _PATIENT_WORDS:  # "pt had a block on R"
            return not _BLOCK_WORDS.isdisjoint(tokens[i + 1 : i + 1 + ACT_NOUN_NEAR])
        return False

    def _announced_as_still_to_come(self, start: int, end: int) -> bool:
        """Whether a "before" / "prior to" cue (not_yet_pre) sits in tokens start..end: a past
        perfect after it ("before anything had gone down it") tells what had not yet happened."""
        return any(start <= cue[0] and cue[1] <= end for cue in self.cues["not_yet_pre"])

    def _further_item_stopped(self, span: Span) -> bool:
        """Reads "a second syringe was stopped before administration": a further item held
        back, the first having gone in."""
        tokens = self.doc.tokens
        item_named = False
        for i in self.doc.before_in_clause(span[0], FURTHER_ITEM_BEFORE):
            if tokens[i] in _FURTHER_ITEM_NOUNS:
                item_named = True
            elif item_named and tokens[i] in _FURTHER_ITEM_WORDS:
                return True
        return False

    def _talk_timed_by(self, span: Span) -> bool:
        """Whether a "before ..." cue dates what the patient or family was told, right after the
        telling in its clause ("we were told before the operation that the kidney matched")."""
        tokens = self.doc.tokens
        if tokens[span[0]] not in DATING_WORDS:
            return False
        for i in self.doc.before_in_clause(span[0], TOLD_BEFORE):
            if tokens[i] in _TOLD_WORDS:
                passive = i > 0 and tokens[i - 1] in _TOLD_PASSIVE
                return passive or tokens[i + 1] in _TOLD_LISTENERS
        return False

    def _knowledge_timed_by(self, span: Span) -> bool:
        """Whether a "before ..." cue dates what was already known, right after the knowing in
        its clause ("the transitional vertebra was known and reported before the operation"):
        a state of knowledge, not a catch."""
        tokens = self.doc.tokens
        if tokens[span[0]] not in DATING_WORDS:
            return False
        return any(
            tokens[i] in _KNOWN_WORDS for i in self.doc.before_in_clause(span[0], KNOWN_BEFORE)
        )

    def _learning_modal_before(self, at: int) -> bool:
        """Whether a learning modal ("will now re-verify ... at time out") sits shortly before
        token `at` in its sentence, with no terminator or clause break between them."""
        tokens, sentence_of = self.doc.tokens, self.doc.sentence_of
        for i in range(max(0, at - LEARNING_MODAL_BEFORE), at):
            if (
                tokens[i] in _LEARNING_MODALS
                and sentence_of[i] == sentence_of[at]
                and not self._terminated(i + 1, at)
            ):
                return True
        return False

    def _terminated(self, lo: int, hi: int) -> bool:
        """Whether a terminator word starts in tokens [lo, hi), or a clause break (comma,
        colon, bracket, dash) sits between token lo - 1 and token hi."""
        i = bisect_left(self.terminator_starts, lo)
        if i < len(self.terminator_starts) and self.terminator_starts[i] < hi:
            return True
        breaks = self.doc.clause_breaks
        j = bisect_left(breaks, lo)
        return j < len(breaks) and breaks[j] <= hi

    def _scoped_before(self, span: Span, triggers: list[Span], window: int) -> bool:
        sentence = self.doc.sentence_of[span[0]]
        for t_start, t_end in triggers:
            if (
                t_end <= span[0]
                and span[0] - t_end <= window
                and self.doc.sentence_of[t_start] == sentence
                and not self._terminated(t_end, span[0])
            ):
                return True
        return False

    def _scoped_after(
        self, span: Span, triggers: list[Span], window: int, *, clause_only: bool = False
    ) -> bool:
        """Whether a post-trigger after `span` scopes back over it (`clause_only`: not across
        "and", so one coordinated clause is not negated by the other's trigger)."""
        sentence = self.doc.sentence_of[span[0]]
        for t_start, _ in triggers:
            if (
                t_start >= span[1]
                and t_start - span[1] <= window
                and self.doc.sentence_of[t_start] == sentence
                and not self._terminated(span[1], t_start)
                and not (clause_only and self._coordinated(span[1], t_start))
            ):
                return True
        return False

    def _coordinated(self, lo: int, hi: int) -> bool:
        """Whether a coordinating word ("and") sits in tokens [lo, hi)."""
        return not POST_SCOPE_STOPS.isdisjoint(self.doc.tokens[lo:hi])

    def negated(self, span: Span) -> bool:
        """Whether a negation trigger scopes over `span` (not for phrases that are negative)."""
        if self.doc.tokens[span[0]] in NEGATION_WORDS:
            return False
        window = self.lexicon.negation_window
        return (
            self._scoped_before(span, self.cues["negation_pre"], window)
            or self._scoped_after(span, self.cues["negation_post"], window, clause_only=True)
            or self._asked_and_denied(span)
        )

    def _asked_and_denied(self, span: Span) -> bool:
        """Whether `span` ends what a question answered "no" asks (`_questions_answered_no`,
        QUESTION_ASKED_END_TOKENS), within the negation window and its last clause."""
        answer = self.answered_no.get(self.doc.sentence_of[span[0]])
        return (
            answer is not None
            and answer - span[1] <= QUESTION_ASKED_END_TOKENS
            and answer - span[0] <= self.lexicon.negation_window
            and not self._terminated(span[1], answer)
        )

    def hypothetical(self, span: Span) -> bool:
        """Whether `span` is a risk, intention, background or 'could have' rather than an event."""
        lexicon = self.lexicon
        return (
            self._background_before(
                span, self.cues["hypothetical_pre"], lexicon.hypothetical_window
            )
            or self._background_before(span, self.cues["historical_pre"], lexicon.historical_window)
            or self._scoped_after(span, self.cues["hypothetical_post"], 3)
            or self._subject_of_a_consequence(span)
            or self._in_conditional_antecedent(span)
            or self._subject_of_a_bare_verb(span)
        )

    def _subject_of_a_bare_verb(self, span: Span) -> bool:
        """Whether `span` is the subject of a bare event verb just after it (BARE_EVENT_VERBS:
        "an ABO incompatible transfusion occur"), with a modal between them ("... transfusion
        could occur") or a modal, conditional or risk trigger before it in its sentence, within
        BARE_VERB_MODAL_REACH tokens and no terminator between."""
        tokens, sentence_of = self.doc.tokens, self.doc.sentence_of
        sentence = sentence_of[span[0]]
        verb = next(
            (
                i
                for i in range(span[1], min(len(tokens), span[1] + BARE_VERB_AFTER + 1))
                if tokens[i] in BARE_EVENT_VERBS and sentence_of[i] == sentence
            ),
            None,
        )
        if verb is None:
            return False
        if not CONSEQUENCE_MODALS.isdisjoint(tokens[span[1] : verb]):
            return True
        if verb - span[1] >= BARE_VERB_AFTER:
            return False  # no modal between: the verb follows the subject (one word on at most)
        return any(
            (tokens[t_start] in MODAL_TRIGGER_WORDS or tokens[t_start] == RISK_WORD)
            and 0 <= span[0] - t_end <= BARE_VERB_MODAL_REACH
            and sentence_of[t_start] == sentence
            and not self._terminated(t_end, span[0])
            for t_start, t_end in self.cues["hypothetical_pre"]
        )

    def _in_conditional_antecedent(self, span: Span) -> bool:
        """Whether `span` lies in the antecedent of an inverted conditional ("Had the patient
        fallen from it")."""
        antecedent = self.conditional_antecedents.get(self.doc.sentence_of[span[0]])
        return antecedent is not None and span[1] <= antecedent[1]

    def _subject_of_a_consequence(self, span: Span) -> bool:
        """Whether `span` lies in the subject of a consequence told in general after it in its
        clause ("a group AB unit given to a group O patient would be fatal"): a lesson, no
        event. Not where a relative word or a past verb between them makes the consequence one
        of an act told before ("received group A blood in error which would be fatal")."""
        tokens = self.doc.tokens
        sentence = self.doc.sentence_of[span[0]]
        for t_start, _ in self.cues["hypothetical_post"]:
            gap = t_start - span[1]
            if (
                tokens[t_start] in CONSEQUENCE_MODALS
                and 0 <= gap <= CONSEQUENCE_SUBJECT_TOKENS
                and self.doc.sentence_of[t_start] == sentence
                and not self._terminated(span[1], t_start)
                and _CONSEQUENCE_SUBJECT_STOPS.isdisjoint(tokens[span[1] : t_start])
                and not any(token[:1].isdigit() for token in tokens[span[1] : t_start])
            ):
                return True
        return False

    def _background_before(self, span: Span, triggers: list[Span], window: int) -> bool:
        """`_scoped_before` for risk / background triggers. A noun-phrase trigger ("risk of",
        "history of") covers its noun phrase only: an event verb after it ("at risk of falls
        fell", "history of self harm, cut her arm") ends its scope, the verb included. Modal
        triggers ("could have", "if") keep their whole scope ("could have been given")."""
        tokens = self.doc.tokens
        sentence = self.doc.sentence_of[span[0]]
        for t_start, t_end in triggers:
            gap = span[0] - t_end
            if not (
                0 <= gap <= window
                and self.doc.sentence_of[t_start] == sentence
                and not self._terminated(t_end, span[0])
            ):
                continue
            if (
                gap > 0
                and tokens[t_start] not in MODAL_TRIGGER_WORDS
                and not EVENT_VERBS.isdisjoint(tokens[t_end : span[0] + 1])
            ):
                continue
            # the question's verb may open the span itself ("whether this was a potassium")
            if tokens[t_start] in QUESTION_WORDS and QUESTION_VERBS.isdisjoint(
                tokens[t_end : span[1]]
            ):
                continue
            return True
        return False

    def affirmed(self, span: Span) -> bool:
        """Neither negated nor hypothetical."""
        sentence = self.doc.sentence_of[span[0]]
        pre_end = self.first_pre_trigger_end.get(sentence)
        post_start = self.last_post_trigger_start.get(sentence)
        if (pre_end is None or pre_end > span[0]) and (post_start is None or post_start < span[1]):
            return True  # no trigger can reach the span
        return not self.negated(span) and not self.hypothetical(span)

    def not_yet(self, span: Span) -> bool:
        """Whether `span` is announced as still to happen ("before the feed..."), not told
        in the main clause after a "before" clause closed by its own verb ("Before it was done
        the student gave the feed")."""
        if _overlaps(span, self.cues["prevented"]):
            return True
        tokens = self.doc.tokens
        triggers = [
            t for t in self.cues["not_yet_pre"] if not _clause_closed(tokens[t[1] : span[0]])
        ]
        return self._scoped_before(span, triggers, 5)

    def _cue_in(self, name: str, first: int, last: int) -> Span | None:
        for span in self.cues[name]:
            if first <= self.doc.sentence_of[span[0]] <= last:
                return span
        return None

    def prevented_near(self, first: int, last: int) -> list[Span]:
        """The prevented cues in sentences first..last, widened by the configured sentences
        before and after, in narrative order."""
        lexicon = self.lexicon
        low, high = first - lexicon.prevented_sentences_before, last + lexicon.prevented_sentences
        sentence_of = self.doc.sentence_of
        return [span for span in self.cues["prevented"] if low <= sentence_of[span[0]] <= high]

    def prevented_in(self, first: int, last: int) -> Span | None:
        """A prevented cue in sentences first..last (widened as `prevented_near`), if any."""
        near = self.prevented_near(first, last)
        return near[0] if near else None

    def prevented_in_exactly(self, first: int, last: int) -> Span | None:
        """A prevented cue in sentences first..last themselves, if any."""
        return self._cue_in("prevented", first, last)

    def reached(self) -> Span | None:
        """A cue anywhere in the narrative that the error reached the patient, if any."""
        return self.cues["reached"][0] if self.cues["reached"] else None


#: The look-alikes of a prevented cue that held nothing back (`Context.not_a_prevention`).
_NOT_A_PREVENTION: tuple[Callable[[Context, Span], bool], ...] = (
    Context._safety_tool_not_used,
    Context._wire_left_loose,
    Context._unfamiliar_with,
    Context._never_had_it_before,
    Context._block_given_elsewhere,
    Context._check_not_made,
    Context._right_route_unused,
    Context._right_route_left_unconnected,
    Context._use_timed_by,
    Context._further_item_stopped,
    Context._not_for_long,
    Context._timed_before_the_check,
    Context._check_timed_before_the_step,
    Context._caught_after_it_had_gone_in,
    Context.act_done_before_the_catch,
    Context._intended_item_not_put_in,
    Context._talk_timed_by,
    Context._knowledge_timed_by,
    Context._inquiry_still_open,
    Context._check_image_not_taken,
    Context._pre_step_sample,
    Context._amount_given,
    Context._likeness_told,
    Context._mixing_skipped,
    Context._something_else_not_given,
    Context._learning_after_the_event,
    Context._refused_after_the_act,
    Context._equipment_not_yet_in_use,
    Context._record_not_yet_made,
    Context._removed_before_discharge,
    Context._redo_on_another_side,
    Context._what_ought_to_have_been_done,
    Context._done_later,
    Context._sent_back_somewhere,
    Context._patient_taken_back,
    Context._checked_after_the_event,
    Context._checker_agreed,
    Context._supply_lacking,
    Context._check_read_off_another_record,
    Context._check_that_caught_nothing,
    Context._practice_of_the_place,
)


#: Words of someone telling, in speech, what happened to them or theirs ("pt says", "her
#: daughter mentioned", "he disclosed"): what follows them in the sentence is their account.
_TELLING_WORDS = frozenset(
    {
        "says", "said", "states", "stated", "tells", "told", "reports", "reported",
        "mentions", "mentioned", "discloses", "disclosed", "explains", "explained",
        "recalls", "recalled", "remembers", "remembered", "describes", "described",
        "claims", "claimed", "alleges", "alleged", "informed", "recounted", "recounts",
    }
)  # fmt: skip
#: Words before a telling word that make it one heard, not told ("was told", "were informed"):
#: the listener's news may be this report's own event.
_HEARD_WORDS = frozenset({"was", "were", "been", "being", "be", "is", "are"})
#: Words right after a telling word that make it a passive or a staff step ("informed by the
#: consultant", "reported to SHOT", "told to stop").
_NOT_TELLING_AFTER = frozenset({"by", "to", "via", "on", "as"})
# Words of a time long gone ("years ago", "once", "as a baby", "last year") and of another
# place ("at another hospital", "elsewhere", "abroad"), one of which must be told in an account
# for it to be the teller's past, not this report's event (long_ago_or_elsewhere).
_YEAR_PREPOSITIONS = frozenset({"in", "during", "around", "circa", "from", "of", "back", "c"})
_ONCE_WORDS = frozenset({"once", "abroad", "overseas", "elsewhere"})
#: Words after "once" that make it a frequency ("once daily", "once a week"), not a time gone.
_ONCE_FREQUENCY_WORDS = frozenset(
    {
        "daily", "weekly", "monthly", "nightly", "a", "an", "per", "every", "only", "more",
        "again", "each", "in", "or", "twice", "off", "od", "wk", "week", "day", "the", "it",
        "they", "she", "he", "we", "i",
    }
)  # fmt: skip
#: Records that "say" or "state" things ("the letter says", "the label states"): a record's
#: words are no one's account of their past.
_RECORD_TELLERS = frozenset(
    {
        "letter", "label", "labels", "chart", "tto", "ttos", "note", "notes", "form", "record",
        "records", "report", "box", "prescription", "list", "sheet", "screen", "card",
        "request", "referral", "summary", "epr", "system", "kardex", "plan", "policy",
        "guideline", "guidance", "sop", "protocol", "bag", "pack", "packet", "leaflet", "it",
        "this", "which", "that", "documentation", "entry", "scr", "mar",
    }
)  # fmt: skip
_CHILDHOOD_WORDS = frozenset(
    {"baby", "child", "kid", "teenager", "toddler", "infant", "boy", "girl"}
)
_LAST_WORDS = frozenset({"last", "previous"})
_LAST_PERIODS = frozenset({"year", "decade"})
_OTHER_WORDS = frozenset({"another", "different", "other", "previous", "private", "former"})
_OTHER_PLACES = frozenset(
    {
        "hospital", "hospitals", "trust", "trusts", "unit", "home", "ward", "country", "city",
        "centre", "center", "clinic", "practice", "prison", "placement", "dgh", "site", "area",
    }
)  # fmt: skip
#: Words of now or of a finding that end the account's reach ("today", "found on CT"): what
#: follows them is this report's.
_NOW_WORDS = frozenset(
    {
        "today", "now", "tonight", "currently", "yesterday", "todays", "shows", "showed",
        "revealed", "found", "seen", "removed",
    }
)  # fmt: skip
#: The latest year told as the past ("in 2019"); later ones may be this report's own dates.
LAST_PAST_YEAR = 2023
#: Headings of the patient's history ("Background includes ...", "PMH: ...", "Hx - ..."): at the
#: head of a sentence they open its account of the past as a telling word does.
_HISTORY_HEADINGS = frozenset(
    {"background", "bkground", "bkgd", "hx", "pmh", "pmhx", "history", "hist"}
)
#: How many tokens into its sentence a history heading may stand ("Relevant background
#: includes", "Past medical history:").
_HEADING_REACH = 3
#: Words of a refusal or a fear ("refused NG tube", "scared of bed rails"): a reason told after
#: them in their sentence (a reason word, `_REASON_WORDS`: "because a tube went into her lung
#: at another hospital", "since his chest was trapped ... years ago") is why, often the
#: patient's past, not this report's event.
_REFUSING_OR_FEARING_WORDS = frozenset(
    {
        "refused", "refuses", "refusing", "declined", "declines", "declining", "reluctant",
        "unwilling", "anxious", "scared", "frightened", "afraid", "fearful", "worried",
        "won", "wont",
    }
)  # fmt: skip


def long_ago_or_elsewhere(tokens: list[str], at: int) -> bool:
    """Whether token `at` opens a time long gone or another place ("2016" after "in", "years
    ago", "once", "as a baby", "last year", "another hospital", "a different trust")."""
    token = tokens[at]
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    before = tokens[at - 1] if at > 0 else ""
    if token in _ONCE_WORDS:
        return token != "once" or after not in _ONCE_FREQUENCY_WORDS
    if len(token) == 4 and token.isdigit() and 1940 <= int(token) <= LAST_PAST_YEAR:
        return before in _YEAR_PREPOSITIONS
    if token in {"years", "yrs", "decades"} and after in {"ago", "back", "before"}:
        return True
    if token in {"months", "year", "decade"} and after == "ago" and before not in {"a", "1", "one"}:
        return token != "months" or (before.isdigit() and int(before) >= 6)
    if token in _LAST_WORDS and after in _LAST_PERIODS:
        return True
    if token == "as" and after in {"a", "an"} and at + 2 < len(tokens):
        return tokens[at + 2] in _CHILDHOOD_WORDS
    if token in _OTHER_WORDS and after in _OTHER_PLACES:
        return before != "the" or token == "other"
    return False


def sentence_told_long_ago(doc: Document, at: int) -> bool:
    """Whether the sentence of token `at` tells a time long gone or another place anywhere in it
    (`long_ago_or_elsewhere`: "had a colonoscopy last year", "biopsied in 2015"): what it tells
    is the patient's past, not this event."""
    start, end = doc.sentence_tokens(doc.sentence_of[at])
    return any(long_ago_or_elsewhere(doc.tokens, i) for i in range(start, end))


def _history_heading(doc: Document, at: int) -> bool:
    """Whether token `at` is a history heading near the head of its sentence ("Background
    includes ...", "Relevant background:", "PMH: ...")."""
    if doc.tokens[at] not in _HISTORY_HEADINGS:
        return False
    return at - doc.sentence_tokens(doc.sentence_of[at])[0] < _HEADING_REACH


def _reason_of_a_refusal(doc: Document, at: int) -> bool:
    """Whether token `at` opens the reason for a refusal or a fear told before it in its
    sentence ("pt refused NG tube because ...", "scared of cot sides since ...")."""
    tokens = doc.tokens
    if tokens[at] not in _REASON_WORDS:
        return False
    head = doc.sentence_tokens(doc.sentence_of[at])[0]
    return not _REFUSING_OR_FEARING_WORDS.isdisjoint(tokens[head:at])


def _telling_word(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether token `at` is someone telling ("pt says"): not a telling heard ("was told"), a
    record's words ("the label says") nor a staff step ("reported to SHOT")."""
    before = tokens[at - 1] if at > 0 else ""
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return (
        tokens[at] in _TELLING_WORDS
        and before not in _HEARD_WORDS
        and not (before in _RECORD_TELLERS and sentence_of[at - 1] == sentence_of[at])
        and after not in _NOT_TELLING_AFTER
    )


#: A record's note of the patient's past, told with "that" ("pt has a note in records that in
#: 2021 a NGT went into the lung", "documented in her notes that at another hospital..."): the
#: words naming the note, and how far before the "that" they may stand in its sentence.
_NOTE_WORDS = frozenset(
    {
        "note", "notes", "record", "records", "alert", "alerts", "flag", "flagged", "file",
        "documented", "recorded", "history", "hx", "epr",
    }
)  # fmt: skip
_NOTE_THAT = frozenset({"that"})
_NOTE_REACH = 4
#: The words `_opens_an_account` can hold true at: a telling word, a history heading, a reason
#: word, a note's "that" (any other token opens no account, so the scan skips it with one set
#: look-up).
_ACCOUNT_OPENING_WORDS = _TELLING_WORDS | _HISTORY_HEADINGS | _REASON_WORDS | _NOTE_THAT


def _note_of_the_past(doc: Document, at: int) -> bool:
    """Whether token `at` is the "that" of a record's note told of the patient ("has a note in
    records that", "it is documented in her notes that", "an alert on EPR that"): a note word
    shortly before it in its sentence."""
    # dev-177904: "a note in records that in 2021 a NGT went into the lung" is history
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in _NOTE_THAT:
        return False
    return any(
        tokens[i] in _NOTE_WORDS and sentence_of[i] == sentence_of[at]
        for i in range(max(0, at - _NOTE_REACH), at)
    )


def _opens_an_account(doc: Document, at: int) -> bool:
    """Whether token `at` opens someone's account of the past: a telling word, a history
    heading, the reason for a refusal or a fear, or a record's note."""
    return (
        _telling_word(doc.tokens, doc.sentence_of, at)
        or _history_heading(doc, at)
        or _reason_of_a_refusal(doc, at)
        or _note_of_the_past(doc, at)
    )


def accounts_of_the_past(doc: Document) -> list[Span]:
    """The token ranges that tell someone's account of their past elsewhere or long ago: from
    a telling word ("pt says", "her son mentioned", "disclosed that") to the end of its
    sentence or the first word of now or of a finding ("today", "CT showed"), when a time long
    gone or another place is told in that range ("says that in 2021 while in hospital in
    another city he was told a piece of wire was left inside him", "Mum reports child had a
    guidewire left in after a line at a different hospital as a baby"). Not a telling heard
    ("was told", "informed by the consultant"), nor a staff step ("reported to SHOT"), nor a
    record's words ("the TTO label says"). A history heading ("Background includes attempted
    hanging from shower rail at her previous unit in 2021") or the reason for a refusal
    ("refused NG tube because at another hospital in 2019 a tube was put into her lung") opens
    one too, and so does a record's note told with "that" ("pt has a note in records that in
    2021 a NGT went into the lung")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    ranges: list[Span] = []
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i] not in _ACCOUNT_OPENING_WORDS or not _opens_an_account(doc, i):
            i += 1
            continue
        sentence = sentence_of[i]
        end = i + 1
        while end < n and sentence_of[end] == sentence and tokens[end] not in _NOW_WORDS:
            end += 1
        if any(long_ago_or_elsewhere(tokens, j) for j in range(i + 1, end)):
            ranges.append((i + 1, end))
        i = end
    return ranges
