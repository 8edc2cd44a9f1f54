"""A report that is a rehearsal with nobody in it: no event, whatever error it plays.

A simulation, drill or training scenario named ("Endoscopy unit simulation training day:
scenario was a sedation mix-up with high strength midazolam", "in-situ sim in theatre 3",
"drill on the ward"), and the report telling, in a sentence of its own, that no patient took
part ("No patient involved.", "No patients were present", "no real pt involved"): the whole
report is the rehearsal, and the error it names is the scenario's wherever it is told, however
far from the "no patient" words. The phrases of `no_real_patient_involved` read the two told
together in one clause; this reading adds the "no patient" words when they stand apart from
the rehearsal named, for every never event's `ex.no_real_patient` (lifted, as there, by a real
patient named: `real_patient_named`, of which the "real patient" inside such a denial, "No real
patient involved", is none).

A plain "no patient involved" with no rehearsal named is not read (a stock or estates finding
has its own risk readings), nor is "no patient harm" (a real patient may be unharmed).
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span

NO_REAL_PATIENT = "no_real_patient_involved"
#: The concept of a real patient named beside a rehearsal ("a real patient in bay 2"), which
#: lifts the exclusion; the "real patient" of a denial ("no real patient involved") is none.
REAL_PATIENT_NAMED = "real_patient_named"
#: The concepts naming a rehearsal: a simulation's or drill's content, a scenario of an error.
REHEARSAL_CONCEPTS = ("theme_rehearsed_events", "simulated_scenario")
#: Words naming a rehearsal by themselves.
REHEARSAL_WORDS = frozenset(
    {
        *("simulation", "simulated", "sim", "drill", "drills", "scenario", "scenarios"),
        *("manikin", "manikins", "mannequin", "mannequins", "simman"),
    }
)
#: The "no patient" words: a denial, maybe "real", a person, maybe a verb of being, and the
#: taking part ("no patient involved", "no pts were present", "no real patient involved").
DENIAL_WORDS = frozenset({"no", "nil"})
REAL_WORDS = frozenset({"real", "actual", "live"})
PERSON_WORDS = frozenset(
    {"patient", "patients", "pt", "pts", "person", "people", "persons", "service", "user", "users"}
)
BEING_WORDS = frozenset({"was", "were", "is", "are", "been", "had", "has"})
TAKING_PART_WORDS = frozenset({"involved", "present", "participating", "participated", "used"})
#: Tokens from the denial within which the taking part must come.
NO_PATIENT_REACH = 5


def _rehearsal_named(analysis: Analysis) -> bool:
    """Whether the report names a simulation, drill or scenario."""
    return any(analysis.concept(concept) for concept in REHEARSAL_CONCEPTS) or not (
        REHEARSAL_WORDS.isdisjoint(analysis.doc.tokens)
    )


def _no_patient_at(tokens: list[str], at: int) -> int | None:
    """The end of a "no patient involved" told from the denial at `at`, or None."""
    j = at + 1
    if j < len(tokens) and tokens[j] in REAL_WORDS:
        j += 1
    if j >= len(tokens) or tokens[j] not in PERSON_WORDS:
        return None
    while j < len(tokens) and j - at < NO_PATIENT_REACH:
        if tokens[j] in TAKING_PART_WORDS:
            return j + 1
        if tokens[j] not in PERSON_WORDS and tokens[j] not in BEING_WORDS:
            return None
        j += 1
    return None


def no_patient_told(analysis: Analysis) -> list[Span]:
    """The "no patient involved" words of the report ("No patient involved", "no real pt
    involved", "No patients were present")."""
    tokens = analysis.doc.tokens
    found = []
    for at, token in enumerate(tokens):
        if token not in DENIAL_WORDS:
            continue
        end = _no_patient_at(tokens, at)
        if end is not None:
            found.append((at, end))
    return found


def no_patient_in_the_rehearsal(analysis: Analysis) -> list[Span]:
    """The "no patient involved" words of a report naming a rehearsal, each told in a sentence
    of its own (see the module).
    (batch dev-177673: an endoscopy simulation training day's midazolam scenario, "No patient
    involved" in a sentence of its own)"""
    if not _rehearsal_named(analysis):
        return []
    # the whole of its sentence ("No patient involved."), not a part of one that says more
    # ("No patient involved in the subsequent drill" after a real patient's dose: review R21)
    doc = analysis.doc
    return [
        span
        for span in no_patient_told(analysis)
        if doc.sentence_tokens(doc.sentence_of[span[0]]) == span
    ]


def add_rehearsal_reasoning(analysis: Analysis) -> None:
    """Add the "no patient involved" of a rehearsal to `no_real_patient_involved`, and drop
    the "real patient" of a denial ("No real patient involved") from `real_patient_named`: it
    names nobody real."""
    denials = no_patient_told(analysis)
    named = analysis.found.get(concept_label(REAL_PATIENT_NAMED), [])
    inside = [span for span in named if any(d[0] <= span[0] and span[1] <= d[1] for d in denials)]
    if inside:
        analysis.remove_found(concept_label(REAL_PATIENT_NAMED), inside)
    alone = no_patient_in_the_rehearsal(analysis)
    if alone:
        analysis.add_found(concept_label(NO_REAL_PATIENT), alone)
