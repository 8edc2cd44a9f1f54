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
from classifier.engine.paperwork_catch import GENERIC_PROCEDURE_WORDS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span

#: The concept this reading adds (rule NE1.another_patients_procedure_done).
ANOTHER_PATIENTS_PROCEDURE_DONE = "another_patients_procedure_done"
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


def _plans(
    doc: Document, patients: dict[int, str], procedures: dict[int, str]
) -> dict[str, set[str]]:
    """Each label -> the procedure words told planned for it."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    plans: dict[str, set[str]] = {}
    for at, label in patients.items():
        end = min(len(tokens), at + 2 + PLAN_REACH)
        plan = next(
            (i for i in range(at + 2, end) if tokens[i] in PLAN_WORDS and i not in patients), None
        )
        if plan is None or sentence_of[plan] != sentence_of[at]:
            continue
        for i in range(plan + 1, min(len(tokens), plan + 1 + PLAN_CONTENT_REACH)):
            if sentence_of[i] != sentence_of[at] or i in patients:
                break
            if i in procedures:
                plans.setdefault(label, set()).add(procedures[i])
    return plans


def _acts(
    doc: Document, patients: dict[int, str], procedures: dict[int, str]
) -> list[tuple[str, str, Span]]:
    """(label, procedure word, span) of each procedure told undergone by or done on a labelled
    patient."""
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
                    acts.append((label, procedures[i], (at, i + 1)))
                    break
            break
        for i in range(max(0, at - DONE_ON_REACH - 2), at):
            if i in procedures and _done_on(tokens, i, at):
                acts.append((label, procedures[i], (i, at + 2)))
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


def add_procedure_of_another_reasoning(analysis: Analysis) -> None:
    """Add ANOTHER_PATIENTS_PROCEDURE_DONE at a procedure told done on a labelled patient that
    was planned for another labelled patient and not for them (see the module's docstring)."""
    doc = analysis.doc
    if UNDERGONE_VERBS.isdisjoint(doc.tokens) and DONE_VERBS.isdisjoint(doc.tokens):
        return
    patients = _labelled_patients(doc)
    if len(set(patients.values())) < 2:
        return
    procedures = _procedure_words(analysis)
    plans = _plans(doc, patients, procedures)
    if len(plans) < 2:
        return
    found = [
        span
        for label, word, span in _acts(doc, patients, procedures)
        if label in plans
        and not sentence_told_long_ago(doc, span[0])
        and word not in plans[label]
        and any(word in words for other, words in plans.items() if other != label)
    ]
    if found:
        analysis.add_found(concept_label(ANOTHER_PATIENTS_PROCEDURE_DONE), found)
