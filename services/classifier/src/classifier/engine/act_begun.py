"""The first invasive step begun before the catch (never event 1).

A wrong-site or wrong-patient procedure is never event 1 once its first invasive step is done,
however soon the error was noticed and stopped; caught while only set up (prepped, draped, a
speculum in, a needle still capped, the local anaesthetic drawn up) it is near miss 1. Reports
tell the step by a thing and the verb that did it, in either order and in any register ("12
shots fired", "had already injected 5 ml 1% lidocaine", "levobupivacaine bolus given", "passed
the hysteroscope", "took a pipelle biopsy", "the TOE probe passed", "doctor give local
anaesthetic ... and make small cut"), and the catch after it ("before the nurse noticed",
"when the scrub practitioner saw", "Noticed when turning the pt"). One reading, in place of
phrases: a STEP BEGUN is a step's thing (what goes in, the anaesthetic given, the cut, the
sample, the laser's shots) and a verb of its kind within STEP_REACH tokens of it in its clause,
the verb affirmed and neither told as to come nor denied in the words just before either
("about to inject", "before LA given", "lidocaine drawn up not yet given"). Told before the
report's first catch (engine.wrong_site_done.first_catch) it is where the error reached the
patient. Three uses:

- the finding's own sentence holding a step begun before the first catch makes a wrong-site
  finding a never event, whatever catch is named around it (`step_begun_before_its_catch`:
  "Laser contact lens put on the R eye and 12 shots fired before the laser nurse noticed");
- a side's set-up told in the step's clause after its verb, before any word that opens the
  catch's clause, is that side's act ("had already injected ... lidocaine ... at the base of
  the L thumb when the scrub practitioner ... saw the arrow was on the R"): the set-up words of
  the drug and the side were the step itself;
- in a report of two persons confused with a person brought to the procedure, a step begun
  before the first catch is the procedure done on the wrong person ("passed the hysteroscope
  and took a pipelle endometrial biopsy. Only when the nurse asked her DOB ... realised").
"""

from __future__ import annotations

from classifier.engine.context import ACT_NOT_DONE_WORDS
from classifier.engine.patient_identity import WRONG_PERSON_OPERATED, confusions, presences
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.sides import ACTED_SIDES, SET_UP_SIDES
from classifier.engine.text import Span
from classifier.engine.wrong_site_done import first_catch

#: What goes into the patient, gone in by a verb of passing (not placed or held on the skin,
#: which is a set-up: "US probe on the L thigh", "needle placed at L3/4").
ENTERING_THINGS = frozenset(
    {"needle", "needles", "trocar", "guidewire", "probe", "scope", "endoscope", "hysteroscope"}
    | {"cystoscope", "colonoscope", "gastroscope", "bronchoscope", "nasendoscope"}
)
PASSING_VERBS = frozenset(
    {"passed", "pass", "inserted", "insert", "introduced", "advanced", "pushed", "gone", "went"}
)
#: The local anaesthetic or block going in, given by a verb of giving or injecting (drawn up,
#: checked or ready it has not gone in).
GIVEN_THINGS = frozenset(
    {"la", "lidocaine", "lignocaine", "anaesthetic", "bupivacaine", "levobupivacaine"}
    | {"ropivacaine", "chirocaine", "marcaine", "prilocaine", "bolus", "block", "injection"}
)
GIVING_VERBS = frozenset(
    {"given", "gave", "give", "gives", "injected", "infiltrated", "administered", "delivered"}
)
#: Nouns after "anaesthetic" (or "block") that make it a place, person or paper, not the drug
#: given ("spinal given in the anaesthetic room", "the block nurse gave ...").
NOT_THE_DRUG_NOUNS = frozenset(
    {"room", "bay", "nurse", "chart", "record", "machine", "team", "assistant", "practitioner"}
    | {"consultant", "registrar", "reg", "trainee", "department", "dept", "list", "form"}
)
#: Words just before "anaesthetic" (or "block") that make it the anaesthetic of the whole
#: patient, given at no site ("general anaesthetic given and R leg prepped"): no step begun.
NOT_AT_THE_SITE_BEFORE = frozenset({"general"})
#: Words that, standing between a step's thing and a verb, make the thing the verb's purpose
#: and not its object ("consent taken for L breast biopsy", "prepped for the block given by"):
#: the verb did something else for the step to come.
PURPOSE_WORDS = frozenset({"for"})
#: The cut, made by a verb of making.
CUT_THINGS = frozenset({"cut", "cuts", "incision", "incisions", "portal", "portals"})
MAKING_VERBS = frozenset({"made", "make", "makes", "did", "done"})
#: The sample of the tissue, taken.
SAMPLE_THINGS = frozenset({"biopsy", "biopsies", "punch"})
TAKING_VERBS = frozenset({"took", "taken", "take", "takes"})
#: The laser's shots or burns, fired or applied.
SHOT_THINGS = frozenset({"shots", "shot", "burns", "pulses", "spots"})
FIRING_VERBS = frozenset({"fired", "applied", "delivered", "given"})
#: Each kind of step: its things and the verbs that do it.
STEP_KINDS = (
    (ENTERING_THINGS, PASSING_VERBS),
    (GIVEN_THINGS, GIVING_VERBS),
    (CUT_THINGS, MAKING_VERBS),
    (SAMPLE_THINGS, TAKING_VERBS),
    (SHOT_THINGS, FIRING_VERBS),
)
#: Each step's thing and the verbs of its kind (the first kind holding it, as in STEP_KINDS).
VERBS_OF_THING = {thing: verbs for things, verbs in reversed(STEP_KINDS) for thing in things}
#: How many tokens may stand between a step's thing and its verb ("injected 5 ml 1%
#: lidocaine", "took a pipelle endometrial biopsy").
STEP_REACH = 5
#: Words just before the step's thing or verb that deny it or make it still to come, besides
#: the context's not-done words ("no LA", "nothing injected", "not yet given", "about to").
DENIED_WORDS = ACT_NOT_DONE_WORDS | frozenset(
    {"nothing", "none", "nil", "without", "yet", "any", "further", "again", "re"}
)
DENIED_BEFORE = 3
#: Words that open the clause of the catch told after the step ("... when the scrub
#: practitioner saw", "... before the nurse noticed"): a set-up after one is the catch's, not
#: the step's.
CATCH_CLAUSE_WORDS = frozenset({"when", "before", "until", "then", "but", "as", "while"})


def _denied(analysis: Analysis, at: int) -> bool:
    """Whether token `at` is told as not done or to come by a word just before it in its
    clause ("no local anaesthetic", "about to inject", "not yet given")."""
    tokens = analysis.doc.tokens
    return any(tokens[i] in DENIED_WORDS for i in analysis.doc.before_in_clause(at, DENIED_BEFORE))


def _verb_of_the_step(analysis: Analysis, at: int) -> int | None:
    """The verb of its kind told with the step's thing at `at` in its clause, within
    STEP_REACH tokens either side, or None."""
    doc = analysis.doc
    tokens = doc.tokens
    verbs = VERBS_OF_THING.get(tokens[at])
    if verbs is None or (at + 1 < len(tokens) and tokens[at + 1] in NOT_THE_DRUG_NOUNS):
        return None
    if at > 0 and tokens[at - 1] in NOT_AT_THE_SITE_BEFORE:
        return None
    around = [*doc.before_in_clause(at, STEP_REACH), *doc.after_in_clause(at, at + 1, STEP_REACH)]
    return next(
        (
            i
            for i in sorted(around, key=lambda i: abs(i - at))
            if tokens[i] in verbs and PURPOSE_WORDS.isdisjoint(tokens[min(i, at) + 1 : max(i, at)])
        ),
        None,
    )


def steps_begun(analysis: Analysis) -> list[Span]:
    """The first invasive steps told done: a step's thing and its verb (the span from the first
    to the last of them), the verb affirmed and neither of them denied or told as to come."""
    context = analysis.context
    found = []
    for at, token in enumerate(analysis.doc.tokens):
        if token not in VERBS_OF_THING:
            continue
        verb = _verb_of_the_step(analysis, at)
        if verb is None or _denied(analysis, at) or _denied(analysis, verb):
            continue
        word = (verb, verb + 1)
        if context.affirmed(word) and not context.not_yet(word):
            found.append((min(at, verb), max(at, verb) + 1))
    return found


def step_begun_before_its_catch(analysis: Analysis, evidence: tuple[Span, ...]) -> bool:
    """Whether a step begun is told in a sentence of the finding's evidence before the report's
    first catch: the wrong-site act had reached the patient when it was found."""
    sentence_of = analysis.doc.sentence_of
    told = {sentence_of[span[0]] for span in evidence}
    catch = first_catch(analysis)
    return any(sentence_of[span[0]] in told and span[1] <= catch for span in steps_begun(analysis))


def _catch_clause_between(tokens: list[str], start: int, end: int) -> bool:
    """Whether a word opening the catch's clause stands between tokens `start` and `end`."""
    return not CATCH_CLAUSE_WORDS.isdisjoint(tokens[start:end])


def _add_set_ups_begun(analysis: Analysis, steps: list[Span], catch: int) -> None:
    """Add each side's set-up told in a step's sentence after its start and before the first
    catch (token `catch`), with no word opening the catch's clause between, to that side's
    acts."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for side, concept in enumerate(SET_UP_SIDES):
        begun = [
            span
            for span in analysis.concept(concept)
            for step in steps
            if sentence_of[span[0]] == sentence_of[step[0]]
            and step[0] <= span[0] < catch
            and not _catch_clause_between(tokens, step[0], span[0])
        ]
        if begun:
            analysis.add_found(concept_label(ACTED_SIDES[side]), begun)


def _add_wrong_person_begun(analysis: Analysis, steps: list[Span]) -> None:
    """Add a step begun as the procedure done on the wrong person, where two persons are told
    confused and a person brought to the procedure, and no act on them is read yet."""
    if analysis.concept(WRONG_PERSON_OPERATED):
        return
    confused = confusions(analysis)
    if confused and presences(analysis):
        analysis.add_found(concept_label(WRONG_PERSON_OPERATED), confused + steps)


def add_act_begun_reasoning(analysis: Analysis) -> None:
    """Add the acts read from the steps begun before the report's first catch (module
    docstring): a side's set-up that was the step, and the wrong person's procedure."""
    catch = first_catch(analysis)
    steps = [span for span in steps_begun(analysis) if span[1] <= catch]
    if not steps:
        return
    _add_set_ups_begun(analysis, steps, catch)
    _add_wrong_person_begun(analysis, steps)
