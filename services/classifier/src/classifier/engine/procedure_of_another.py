"""Another patient's procedure done: two patients on one list told apart by a label ("pt A",
"patient 2", "Mrs X"), each told with the procedure planned for them, and one of them told as
having had a procedure that was planned for the other and not for them ("pt A was listed for
hysteroscopy + mirena, pt B for hysteroscopy + novasure endometrial ablation ... pt A had the
ablation"; dev-179384). The list order swapped, the board not updated, the notes mixed: however
the swap came about, the patient had a procedure other than their own, on the right person, so
a wrong procedure (never event 1), not a wrong patient nor a wrong implant.

What decides is the procedure told done on a labelled patient against the plans told for each:

- a plan: a labelled patient, then within PLAN_REACH tokens in the sentence a word of planning
  (listed, booked, for, due...), and the procedure words (SURGICAL_PROCEDURE, not generic
  words) after it up to the next labelled patient or the sentence's end;
- the act: a labelled patient, then within ACT_REACH tokens a verb of undergoing (had,
  underwent, received) not told as nearly or not done, then a procedure word within
  PROCEDURE_REACH tokens; or a procedure word told done on the labelled patient ("ablation
  performed on pt A");
- the procedure is in another labelled patient's plan and not in this one's.
"""

from __future__ import annotations

from classifier.engine.act_record import SURGICAL_PROCEDURE
from classifier.engine.context import sentence_told_long_ago
from classifier.engine.digit_told import step_held_back
from classifier.engine.paperwork_catch import GENERIC_PROCEDURE_WORDS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.set_up_caught import SET_UP_VERBS
from classifier.engine.text import Document, Span

#: The concept this reading adds (rule NE1.another_patients_procedure_done).
ANOTHER_PATIENTS_PROCEDURE_DONE = "another_patients_procedure_done"
#: ... and the one it adds for another labelled patient's procedure set up on this one, the
#: first invasive step held back (rule NE1.another_patients_procedure_set_up).
ANOTHER_PATIENTS_PROCEDURE_SET_UP = "another_patients_procedure_set_up"
#: The words a patient is told by before the label that tells them apart ("pt A", "patient 2",
#: "case 1", "Mrs X"), and the labels themselves (one letter or number, or a number word).
LABELLED_WORDS = frozenset(
    {"pt", "patient", "case", "mr", "mrs", "ms", "miss", "lady", "man", "woman", "gentleman"}
)
NUMBER_LABELS = frozenset({"one", "two", "three", "1st", "2nd", "3rd", "first", "second"})
#: Words of planning a procedure for a patient ("listed for", "booked for", "was for").
PLAN_WORDS = frozenset(
    {"listed", "booked", "for", "scheduled", "consented", "due", "planned", "meant", "down"}
)
PLAN_REACH = 4
#: The records a labelled patient's plan is told by, after the possessive ("the surgeon had pt
#: B's notes open (hysteroscopy + NovaSure endometrial ablation)", "pt 2's consent was for a
#: TURBT"; dev-181364): what the patient's own paper holds is their plan.
POSSESSIVE = "s"
RECORD_WORDS = frozenset(
    {"notes", "consent", "paperwork", "booking", "form", "records", "record", "request"}
    | {"card", "details", "entry", "folder", "chart", "pathway", "checklist"}
)
PLAN_CONTENT_REACH = 10
#: Verbs of a procedure undergone ("pt A had the ablation").
UNDERGONE_VERBS = frozenset({"had", "underwent", "received", "got"})
#: Words that make the verb no act done ("nearly had", "did not have", "was about to").
NOT_DONE_WORDS = frozenset({"not", "never", "nearly", "almost", "nt", "didnt", "about", "n't"})
ACT_REACH = 3
PROCEDURE_REACH = 4
#: Verbs of a procedure done on someone ("ablation performed on pt A").
DONE_VERBS = frozenset({"done", "performed", "carried", "undertaken", "given", "inserted"})
DONE_ON_REACH = 4


def _label_at(tokens: list[str], at: int) -> str | None:
    """The label of a patient told at token `at` ("pt a" -> "a", "patient 2" -> "2"), or None
    when no labelled patient is told there."""
    if tokens[at] not in LABELLED_WORDS or at + 1 >= len(tokens):
        return None
    label = tokens[at + 1]
    if (len(label) == 1 and label.isalnum()) or label in NUMBER_LABELS:
        return label
    return None


def _labelled_patients(doc: Document) -> dict[int, str]:
    """Token index of each labelled patient -> their label."""
    labels = {}
    for at in range(len(doc.tokens)):
        label = _label_at(doc.tokens, at)
        if label is not None:
            labels[at] = label
    return labels


def _procedure_words(analysis: Analysis) -> dict[int, str]:
    """Token index -> procedure word, for every SURGICAL_PROCEDURE token not a generic word."""
    tokens = analysis.doc.tokens
    return {
        i: tokens[i]
        for start, end in analysis.concept(SURGICAL_PROCEDURE)
        for i in range(start, end)
        if tokens[i] not in GENERIC_PROCEDURE_WORDS
    }


def _plan_segments(
    doc: Document, patients: dict[int, str], procedures: dict[int, str]
) -> dict[str, list[int]]:
    """Each label -> the token indices told as its plan: after a word of planning (up to
    PLAN_CONTENT_REACH tokens, the sentence's end or the next labelled patient), or, in a
    sentence listing two or more labelled patients, the words just after the label that name a
    procedure with no verb of doing in them ("Two image guided biopsies this morning: pt X
    targeted liver lesion biopsy, pt Y native renal biopsy ?GN"; dev-181353)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    segments: dict[str, list[int]] = {}
    for at, label in patients.items():
        end = min(len(tokens), at + 2 + PLAN_REACH)
        plan = next(
            (i for i in range(at + 2, end) if _plan_word(tokens, at, i) and i not in patients),
            None,
        )
        if plan is not None and sentence_of[plan] == sentence_of[at]:
            segments.setdefault(label, []).extend(_segment(doc, patients, at, plan + 1))
        elif _listed_with_another(doc, patients, at):
            listed = _segment(doc, patients, at, at + 2)
            if any(i in procedures for i in listed) and DOING_WORDS.isdisjoint(
                tokens[i] for i in listed
            ):
                segments.setdefault(label, []).extend(listed)
    return segments


#: Words that make a patient's words an account of what was done, not a listed plan.
DOING_WORDS = (
    UNDERGONE_VERBS | frozenset({"done", "performed", "carried", "undertaken"}) | NOT_DONE_WORDS
)


def _segment(doc: Document, patients: dict[int, str], at: int, start: int) -> list[int]:
    """The token indices from `start`, in the sentence of the labelled patient at `at`, up to
    PLAN_CONTENT_REACH tokens or the next labelled patient."""
    sentence_of = doc.sentence_of
    found = []
    for i in range(start, min(len(doc.tokens), start + PLAN_CONTENT_REACH)):
        if sentence_of[i] != sentence_of[at] or i in patients:
            break
        found.append(i)
    return found


def _listed_with_another(doc: Document, patients: dict[int, str], at: int) -> bool:
    """Whether the sentence of the labelled patient at `at` names another labelled patient with
    another label (a list of the patients and their procedures)."""
    sentence_of = doc.sentence_of
    return any(
        sentence_of[other] == sentence_of[at] and label != patients[at]
        for other, label in patients.items()
    )


def _plans(segments: dict[str, list[int]], procedures: dict[int, str]) -> dict[str, set[str]]:
    """Each label -> the procedure words told planned for it, from its plan's `segments`."""
    return {
        label: {procedures[i] for i in segment if i in procedures}
        for label, segment in segments.items()
        if any(i in procedures for i in segment)
    }


def _plan_word(tokens: list[str], patient: int, at: int) -> bool:
    """Whether token `at`, after the labelled patient at `patient`, tells what was planned for
    them: a word of planning, or one of their records told by the possessive ("pt B's notes")."""
    if tokens[at] in PLAN_WORDS:
        return True
    return (
        tokens[at] in RECORD_WORDS
        and patient + 2 < len(tokens)
        and tokens[patient + 2] == POSSESSIVE
    )


def _acts(
    doc: Document, patients: dict[int, str], procedures: dict[int, str]
) -> list[tuple[str, str, Span, int]]:
    """(label, procedure word, span, the word's index) of each procedure told undergone by or
    done on a labelled patient."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    acts = []
    for at, label in patients.items():
        for verb in range(at + 2, min(len(tokens), at + 2 + ACT_REACH)):
            if tokens[verb] not in UNDERGONE_VERBS or sentence_of[verb] != sentence_of[at]:
                continue
            if not NOT_DONE_WORDS.isdisjoint(tokens[at + 2 : verb]):
                break
            for i in range(verb + 1, min(len(tokens), verb + 1 + PROCEDURE_REACH)):
                if i in procedures and sentence_of[i] == sentence_of[at]:
                    acts.append((label, procedures[i], (at, i + 1), i))
                    break
            break
        for i in range(max(0, at - DONE_ON_REACH - 2), at):
            if i in procedures and _done_on(tokens, i, at):
                acts.append((label, procedures[i], (i, at + 2), i))
    return acts


def _done_on(tokens: list[str], procedure: int, patient: int) -> bool:
    """Whether the tokens between a procedure word and a labelled patient tell it done on them
    ("ablation performed on pt A")."""
    between = tokens[procedure + 1 : patient]
    return (
        bool(between)
        and between[-1] == "on"
        and not DONE_VERBS.isdisjoint(between)
        and NOT_DONE_WORDS.isdisjoint(between)
    )


#: Words of no weight in a procedure's name, left out of the terms a plan and a set-up are
#: compared by ("for the liver biopsy" against "pt X targeted liver lesion biopsy").
UNWEIGHTED_WORDS = frozenset(
    {"the", "a", "an", "and", "of", "for", "to", "with", "his", "her", "their", "this", "that"}
    | {"on", "in", "at", "was", "is", "be", "been", "had", "has", "as", "then", "also", "+"}
)
#: A report telling nothing done ("noticed at the safety pause ..., nothing done").
NOTHING_TOLD_DONE = "nothing_invasive_told_alone"
#: How far after "for" a set-up's procedure is told ("prepped and draped for the liver biopsy").
SET_UP_FOR_REACH = 5
PURPOSE_WORD = "for"


def _terms(tokens: list[str], indices: list[int]) -> set[str]:
    """The words of weight among `indices`: not UNWEIGHTED_WORDS, nor a number."""
    return {
        tokens[i] for i in indices if tokens[i] not in UNWEIGHTED_WORDS and not tokens[i].isdigit()
    }


def _set_ups(
    doc: Document, patients: dict[int, str], procedures: dict[int, str]
) -> list[tuple[str, set[str], Span]]:
    """(label, terms, span) of each procedure a labelled patient is told set up for: a set-up
    verb on the patient (prepped, draped, marked, positioned...) later in their sentence, then
    "for" and the procedure's words ("Pt Y was brought into room 2, positioned supine, RUQ
    prepped and draped ... for the liver biopsy"); kit set up is no set-up on the patient."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    found = []
    for at, label in patients.items():
        _, end = doc.sentence_tokens(sentence_of[at])
        verb = next((i for i in range(at + 2, end) if tokens[i] in SET_UP_VERBS), None)
        if verb is None:
            continue
        purpose = next((i for i in range(verb + 1, end) if tokens[i] == PURPOSE_WORD), None)
        if purpose is None:
            continue
        phrase = [
            i
            for i in range(purpose + 1, min(end, purpose + 1 + SET_UP_FOR_REACH))
            if i not in patients
        ]
        if any(i in procedures for i in phrase):
            found.append((label, _terms(tokens, phrase), (at, phrase[-1] + 1)))
    return found


def _plan_terms(tokens: list[str], segments: dict[str, list[int]]) -> dict[str, set[str]]:
    """Each label -> the words of weight of its plan's `segments` (`_terms`)."""
    return {label: _terms(tokens, segment) for label, segment in segments.items()}


def _terms_of_another(plans: dict[str, set[str]], label: str, terms: set[str]) -> bool:
    """Whether `terms` (a procedure told done on or set up for the patient `label`) hold a word
    of another labelled patient's plan not in theirs, and none of theirs only in their own
    ("lung biopsy" for pt B, "pt A CT guided lung biopsy, pt B liver biopsy")."""
    if label not in plans or len(plans) < 2:
        return False
    own = plans[label]
    others = set().union(*(words for other, words in plans.items() if other != label))
    return bool(terms & (others - own)) and not terms & (own - others)


#: How many tokens before a procedure word its qualifier may stand ("the lung biopsy").
QUALIFIER_REACH = 2


def _qualified(doc: Document, at: int) -> set[str]:
    """The words of weight of the procedure word at `at` and the QUALIFIER_REACH tokens before
    it in its sentence ("lung biopsy")."""
    sentence_of = doc.sentence_of
    before = [
        i for i in range(max(0, at - QUALIFIER_REACH), at) if sentence_of[i] == sentence_of[at]
    ]
    return _terms(doc.tokens, [*before, at])


def _another_patients_set_ups(
    doc: Document,
    patients: dict[int, str],
    procedures: dict[int, str],
    plan_terms: dict[str, set[str]],
) -> list[Span]:
    """The spans of set-ups told on a labelled patient for a procedure whose words of weight
    are in another labelled patient's plan (`plan_terms`) and not theirs, none of theirs only
    in their own ("pt X liver lesion biopsy, pt Y renal biopsy ... pt Y prepped for the liver
    biopsy"; dev-181353)."""
    return [
        span
        for label, terms, span in _set_ups(doc, patients, procedures)
        if _terms_of_another(plan_terms, label, terms)
    ]


def add_procedure_of_another_reasoning(analysis: Analysis) -> None:
    """Add ANOTHER_PATIENTS_PROCEDURE_DONE at a procedure told done on a labelled patient that
    was planned for another labelled patient and not for them (see the module's docstring);
    and ANOTHER_PATIENTS_PROCEDURE_SET_UP at one told set up on them, the first invasive step
    held back (engine.digit_told.step_held_back): the patient prepped for another's procedure
    and caught before it began is near miss 1, as a wrong side prepped and caught is."""
    doc = analysis.doc
    patients = _labelled_patients(doc)
    if len(set(patients.values())) < 2:
        return
    procedures = _procedure_words(analysis)
    segments = _plan_segments(doc, patients, procedures)
    terms = _plan_terms(doc.tokens, segments)
    if not SET_UP_VERBS.isdisjoint(doc.tokens) and (
        step_held_back(analysis) or analysis.concept(NOTHING_TOLD_DONE)
    ):
        set_ups = _another_patients_set_ups(doc, patients, procedures, terms)
        if set_ups:
            analysis.add_found(concept_label(ANOTHER_PATIENTS_PROCEDURE_SET_UP), set_ups)
    if UNDERGONE_VERBS.isdisjoint(doc.tokens) and DONE_VERBS.isdisjoint(doc.tokens):
        return
    plans = _plans(segments, procedures)
    if len(plans) < 2:
        return
    found = [
        span
        for label, word, span, at in _acts(doc, patients, procedures)
        if label in plans
        and not sentence_told_long_ago(doc, span[0])
        and (
            (
                word not in plans[label]
                and any(word in words for other, words in plans.items() if other != label)
            )
            or _terms_of_another(terms, label, _qualified(doc, at))
        )
    ]
    if found:
        analysis.add_found(concept_label(ANOTHER_PATIENTS_PROCEDURE_DONE), found)
