"""Whether the overdose a report tells is methotrexate's, and whether it was one: the reading
that keeps never event 7 to a methotrexate dose beyond the one prescribed, told as such.

- Whose dose: the overdose words ("150 mg instead of 50 mg", "given daily x3", "given for 4
  days", "chart not marked weekly") belong to the drug named last before them. When that drug
  is another one ("RA pt on methotrexate 15 mg weekly (correct) and azathioprine. Azathioprine
  given as 150 mg instead of 50 mg", "Alendronic acid 70mg once weekly given daily"), the words
  are that drug's overdose, and methotrexate named beside it (or only as the reporter's
  category) was not overdosed: the words are dropped from the methotrexate concepts. A count
  of doses told with its drug after it ("got 2 doses of paracetamol again", "two doses of the
  ibuprofen") is that drug's, whatever was named before it (`_drug_named_after`), and so is an
  "again" told with another drug for the giving's object ("was given paracetamol again"). Folic acid
  owns the words that tell no daily schedule ("Folic acid 5mg was given on Tuesday and again on
  Wednesday"); its daily words are read by folic_acid_daily, and overdose words holding one
  ("The daily yellow tablet is folic acid 5mg, prescribed daily") are dropped as the folic
  acid's, whatever methotrexate the sentence before named.
- The dose told correct: toxicity (pancytopenia, mucositis, neutropenia) is read as the sign of
  an overdose only when the report does not tell the methotrexate dose right ("correct dose,
  correctly taken", "Correct dose, correct weekly frequency", "15 mg weekly (correct)"): with
  the dose told right, the harm came from something else (an interaction, an AKI, results not
  looked at), a medication incident, no overdose.
- The patient's own taking: a daily taking told only of the patient ("pt says she took it every
  day"), with no paper told daily and a label, repeat or prescription told weekly ("label and
  GP repeat both clearly state once weekly"), is the patient's self-administration error with
  the healthcare steps right: `mtx_patients_own_taking` (rule NE7.ex.patients_own_taking).
- A risk's consequence: overdose words told after a risk or a consequence only foreseen ("Could
  lead to a patient receiving 10mg tablets in error and a 4x overdose", "risk of a patient
  being given it daily") name what might happen, however far along their clause they come
  (the context's hypothetical window is a few tokens): they are dropped, up to the clause's end
  or an event told in the past after the trigger ("... and the pt was given ...").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from classifier.engine.extra_dose import (
    DAILY_PAIRS,
    DAILY_WORDS,
    FOLIC_WORDS,
    METHOTREXATE_CONCEPT,
    SCHEDULE_PAPER_WORDS,
    TAKING_DAILY_WORDS,
    folic_acid_daily_told,
)
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span

DRUG_CONCEPT = "drug_names"
TOXICITY_CONCEPT = "mtx_toxicity"
PATIENTS_OWN_TAKING = "mtx_patients_own_taking"
#: Overdose words told of folic acid given again, not daily ("folic acid 5mg given on Tuesday
#: and again on Wednesday"), dropped from the methotrexate concepts.
FOLIC_ACID_REPEAT = "mtx_repeat_told_of_folic_acid"

#: The methotrexate concepts made of overdose words that do not name the drug themselves: the
#: drug they are told of is the one named before them.
OVERDOSE_CONCEPTS = (
    "mtx_overdose",
    "mtx_taken_daily",
    "mtx_had_daily",
    "mtx_extra_doses_counted",
)
#: Words of drug_names that name no drug in particular ("dose", "tablets", "meds"): they do not
#: take the overdose words from methotrexate.
GENERIC_DRUG_WORDS = frozenset(
    {
        *("dose", "doses", "tablet", "tablets", "capsule", "capsules", "medicine", "medicines"),
        *("medication", "medications", "meds", "drug", "drugs", "fluids", "fluid", "patch"),
        *("cd", "cds", "depot", "chemotherapy", "antibiotic", "antibiotics", "abx"),
    }
)
#: Other drugs taken once a week, the usual look-alike of a methotrexate daily error (not all
#: in drug_names): "Risedronate 35mg once weekly charted daily".
WEEKLY_DRUG_WORDS = frozenset(
    {
        *("alendronic", "alendronate", "risedronate", "risedronic", "ibandronic"),
        *("ibandronate", "actonel", "fosamax", "binosto"),
    }
)
#: How many sentences back the drug an overdose word is told of may be named: none, the drug
#: must be named in the overdose's own sentence ("Azathioprine given as 150 mg instead of 50
#: mg"); a drug only listed in the sentence before ("on methotrexate 20mg weekly, also amlodipine
#: 5mg. Given daily x3") does not own the next sentence's overdose words.
OWNER_SENTENCES = 0
#: The word that joins a count of doses to the drug it counts ("2 doses of paracetamol"), and
#: the tokens after it within which that drug is named ("of the IV paracetamol").
COUNT_JOINING_WORD = "of"
OF_REACH = 3
#: Words joining the drugs a count of doses lists ("2 doses of paracetamol and methotrexate"),
#: and the tokens from one listed drug within which the next one is named.
LIST_JOINING_WORDS = frozenset({"and", "&", "plus", "with"})
LIST_REACH = 4


def _drug_mentions(analysis: Analysis, *, folic: bool = False) -> list[tuple[int, bool]]:
    """Where a drug is named, as (token index, whether it is methotrexate), in order. Generic
    words are left out, and folic acid too unless `folic` (its daily words are read by its own
    concept, folic_acid_daily)."""
    tokens = analysis.doc.tokens
    mentions = [(span[0], True) for span in analysis.concept(METHOTREXATE_CONCEPT)]
    for start, end in analysis.concept(DRUG_CONCEPT):
        words = tokens[start:end]
        if words[-1] in GENERIC_DRUG_WORDS or (not folic and not FOLIC_WORDS.isdisjoint(words)):
            continue
        if not any(start <= at < end for at, _ in mentions):
            mentions.append((start, False))
    mentions += [(at, False) for at, token in enumerate(tokens) if token in WEEKLY_DRUG_WORDS]
    return sorted(set(mentions))


def _drug_named_after(
    analysis: Analysis, span: Span, mentions: list[tuple[int, bool]]
) -> tuple[int, bool] | None:
    """The drug `span` counts, named after it through "of" in its clause ("2 doses of
    paracetamol"), or None. A count of several drugs listed ("2 doses of paracetamol and
    methotrexate") counts methotrexate when it is one of them."""
    doc = analysis.doc
    at = span[1]
    if at >= len(doc.tokens) or doc.tokens[at] != COUNT_JOINING_WORD:
        return None
    counted = [
        mention
        for mention in mentions
        if at < mention[0] <= at + OF_REACH and not doc.clause_opens_between(at, mention[0])
    ][:1]
    for mention in mentions:
        last = counted[-1][0] if counted else None
        if last is None or mention[0] <= last or mention[0] > last + LIST_REACH:
            continue
        between = doc.tokens[last + 1 : mention[0]]
        if not doc.clause_opens_between(last, mention[0]) and not LIST_JOINING_WORDS.isdisjoint(
            between
        ):
            counted.append(mention)
    if not counted:
        return None
    return next((mention for mention in counted if mention[1]), counted[0])


def told_of_another_drug(analysis: Analysis, span: Span, mentions: list[tuple[int, bool]]) -> bool:
    """Whether the drug `span` is told of is another drug than methotrexate: a drug named inside
    it ("given paracetamol again"), the drug it counts, named after it ("2 doses of
    paracetamol"), or else the last drug named before it (within OWNER_SENTENCES of it)."""
    sentence_of = analysis.doc.sentence_of
    if any(span[0] <= at < span[1] and is_mtx for at, is_mtx in mentions):
        return False
    if any(span[0] <= at < span[1] for at, _ in mentions):
        return True  # another drug named inside the words ("given paracetamol again")
    counted = _drug_named_after(analysis, span, mentions)
    if counted is not None:
        return not counted[1]
    before = [(at, is_mtx) for at, is_mtx in mentions if at < span[0]]
    if not before:
        return False
    at, is_mtx = before[-1]
    return not is_mtx and sentence_of[span[0]] - sentence_of[at] <= OWNER_SENTENCES


def _told_daily(tokens: list[str], span: Span) -> bool:
    """Whether the overdose words of `span` tell a daily schedule ("given daily x3")."""
    return any(_daily_at(tokens, at) for at in range(*span))


def _holds_folic_acids_daily_word(span: Span, folic_daily: list[Span]) -> bool:
    """Whether overdose words hold a daily word of a sentence whose first drug named is folic
    acid ("The daily yellow tablet is folic acid 5mg, prescribed daily except Saturdays"): the
    folic acid's schedule, read as folic_acid_daily, not methotrexate's named in the sentence
    before (batch dev-174712)."""
    return any(span[0] <= at < span[1] for at, _ in folic_daily)


def _drop_other_drugs_overdose(analysis: Analysis) -> None:
    """Drop the overdose words told of another drug (see the module's docstring). Folic acid
    owns the overdose words that tell no daily schedule ("Folic acid 5mg given on Tuesday and
    again on Wednesday"); its daily words are left to folic_acid_daily."""
    mentions = _drug_mentions(analysis)
    with_folic = _drug_mentions(analysis, folic=True)
    if all(is_mtx for _, is_mtx in with_folic):
        return
    tokens = analysis.doc.tokens
    folic_daily = folic_acid_daily_told(analysis)
    folic_repeats: list[Span] = []
    for concept in OVERDOSE_CONCEPTS:
        label = concept_label(concept)
        dropped = [
            span
            for span in analysis.found.get(label, [])
            if told_of_another_drug(
                analysis, span, mentions if _told_daily(tokens, span) else with_folic
            )
            or _holds_folic_acids_daily_word(span, folic_daily)
        ]
        folic_repeats += [
            span
            for span in dropped
            if not _told_daily(tokens, span) and not told_of_another_drug(analysis, span, mentions)
        ]
        if dropped:
            analysis.remove_found(label, dropped)
    if folic_repeats:
        analysis.add_found(concept_label(FOLIC_ACID_REPEAT), folic_repeats)


def repeat_only_folic_acids(analysis: Analysis) -> bool:
    """Whether the report's only overdose words are folic acid's repeat ("Pt had folic acid 5mg
    on Tuesday and again on Wednesday") and no methotrexate overdose word is left: a learned
    never event 7 there reads the folic acid given again."""
    return bool(analysis.concept(FOLIC_ACID_REPEAT)) and not any(
        analysis.concept(c) for c in OVERDOSE_TOLD_CONCEPTS
    )


#: Words that tell a dose or its schedule right ("correct dose", "correctly taken", "right
#: day"), and the aspects of the dose they are told of.
CORRECT_WORDS = frozenset({"correct", "correctly", "right"})
DOSE_ASPECT_WORDS = frozenset(
    {"dose", "doses", "dosing", "frequency", "day", "regimen", "strength", "weekly"}
)
#: A verb of the dose told done right ("correctly taken", "taken correctly").
DONE_WORDS = frozenset({"taken", "given", "prescribed", "charted", "administered", "taking"})
#: Words allowed between the aspect and "correct" ("Dose and weekly frequency were correct").
ASPECT_FILLERS = frozenset(
    {"and", "weekly", "frequency", "dose", "was", "were", "is", "are", "both", "all", "the"}
)
#: Words that make a right word no statement ("not the correct dose", "unsure if right").
NOT_CORRECT_WORDS = frozenset({"not", "no", "never", "if", "whether", "unsure", "t", "nt"})
CORRECT_REACH = 3


def _told_right_at(tokens: list[str], at: int) -> bool:
    """Whether the right word at `at` is told of the dose: an aspect word or a verb of the
    dose right after it, or an aspect told before it across fillers only."""
    if not NOT_CORRECT_WORDS.isdisjoint(tokens[max(0, at - 2) : at]):
        return False
    after = tokens[at + 1 : at + CORRECT_REACH]
    if after and (after[0] in DOSE_ASPECT_WORDS | DONE_WORDS or after[:2] == ["weekly", "dose"]):
        return True
    if after[:2] and after[0] == "weekly" and after[1:2] and after[1] in DOSE_ASPECT_WORDS:
        return True
    for i in range(at - 1, max(-1, at - CORRECT_REACH - 2), -1):
        if tokens[i] in DOSE_ASPECT_WORDS or tokens[i] in DONE_WORDS:
            return True
        if tokens[i] not in ASPECT_FILLERS:
            return False
    return False


def dose_told_correct(analysis: Analysis) -> list[Span]:
    """The words telling the methotrexate dose or its schedule right, not negated."""
    tokens = analysis.doc.tokens
    return [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in CORRECT_WORDS and _told_right_at(tokens, at)
    ]


#: The methotrexate concepts that tell an overdose on their own, daily or repeated.
OVERDOSE_TOLD_CONCEPTS = (*OVERDOSE_CONCEPTS, "mtx_daily", "mtx_dose_daily")


def dose_told_correct_only(analysis: Analysis) -> bool:
    """Whether the report tells the methotrexate dose right and no overdose word of it: a
    learned never event 7 there reads toxicity or an error of something else."""
    return bool(dose_told_correct(analysis)) and not any(
        analysis.concept(c) for c in OVERDOSE_TOLD_CONCEPTS
    )


def _drop_toxicity_with_dose_correct(analysis: Analysis) -> None:
    """Drop the toxicity read as an overdose's sign when the dose is told right."""
    label = concept_label(TOXICITY_CONCEPT)
    if analysis.found.get(label) and dose_told_correct(analysis):
        analysis.remove_found(label, list(analysis.found[label]))


#: Words telling a schedule of once a week.
WEEKLY_WORDS = frozenset({"weekly", "week"})


#: A day told as the unit of the schedule ("ONCE A DAY", "4 a day", "10 mg per day"), not as
#: a length ("for a day").
PER_WORDS = frozenset({"a", "per"})
DAY_WORDS = frozenset({"day"})
LENGTH_WORDS = frozenset({"for"})


def _daily_at(tokens: list[str], at: int) -> bool:
    """Whether token `at` tells a daily schedule ("daily", "OD", "every day", "a day")."""
    token = tokens[at]
    if token in DAILY_WORDS or (at + 1 < len(tokens) and (token, tokens[at + 1]) in DAILY_PAIRS):
        return True
    return (
        token in DAY_WORDS
        and at >= 1
        and tokens[at - 1] in PER_WORDS
        and not (at >= 2 and tokens[at - 2] in LENGTH_WORDS)
    )


def _daily_schedule_sentences(analysis: Analysis) -> set[int]:
    """Sentences telling a daily schedule, however it is worded."""
    doc = analysis.doc
    return {doc.sentence_of[at] for at in range(len(doc.tokens)) if _daily_at(doc.tokens, at)}


def patients_own_taking(analysis: Analysis) -> list[Span]:
    """The sentences telling a paper weekly, when every methotrexate daily word is told of the
    patient's taking only, in no sentence naming a paper (see the module's docstring)."""
    doc = analysis.doc
    daily = _daily_schedule_sentences(analysis)
    if not daily:
        return []

    def words(sentence: int) -> list[str]:
        start, end = doc.sentence_tokens(sentence)
        return doc.tokens[start:end]

    if not all(
        not TAKING_DAILY_WORDS.isdisjoint(words(s)) and SCHEDULE_PAPER_WORDS.isdisjoint(words(s))
        for s in daily
    ):
        return []
    spans: list[Span] = []
    for sentence in sorted(set(doc.sentence_of)):
        told = words(sentence)
        if (
            sentence not in daily
            and not SCHEDULE_PAPER_WORDS.isdisjoint(told)
            and not WEEKLY_WORDS.isdisjoint(told)
        ):
            spans.append(doc.sentence_tokens(sentence))
    return spans


#: Words of a hypothetical trigger that make it a consequence foreseen ("could lead to", "may
#: result in", "would cause")...
CONSEQUENCE_WORDS = frozenset(
    {"lead", "leads", "led", "result", "results", "resulted", "cause", "causes"}
)
#: ... or a risk named with what it is of ("risk of", "risk that", "potential for", "risking a"),
#: not a risk that only describes ("high risk drug", "at risk", "risk assessment").
RISK_WORDS = frozenset({"risk", "risks", "risking", "potential", "possibility"})
RISK_OBJECT_WORDS = frozenset({"of", "that", "for", "a", "an", "wrong", "serious"})
HYPOTHETICAL_CUES = "hypothetical_pre"
#: Words that, after the trigger, tell an event in the past: the risk's scope ends there ("could
#: lead to confusion and the pt was given a 4x overdose").
PAST_EVENT_WORDS = frozenset({"was", "were", "had", "has", "did"})
#: The concepts whose words a risk's consequence may hold.
RISK_DROPPED_CONCEPTS = (*OVERDOSE_CONCEPTS, "mtx_daily", "mtx_dose_daily", TOXICITY_CONCEPT)


def risk_consequences(analysis: Analysis) -> list[Span]:
    """The scopes of the risks and foreseen consequences of the report: from each trigger's end
    to its clause's end, or an event told in the past (see the module's docstring)."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    breaks = set(doc.clause_breaks)
    scopes: list[Span] = []
    for start, end in analysis.context.cues.get(HYPOTHETICAL_CUES, []):
        words = tokens[start:end]
        risk = len(words) >= 2 and words[-2] in RISK_WORDS and words[-1] in RISK_OBJECT_WORDS
        if CONSEQUENCE_WORDS.isdisjoint(words) and not risk:
            continue
        stop = end
        while (
            stop < len(tokens)
            and sentence_of[stop] == sentence_of[start]
            and tokens[stop] not in PAST_EVENT_WORDS
            and (stop == end or stop not in breaks)
        ):
            stop += 1
        scopes.append((end, stop))
    return scopes


def _drop_risk_consequences(analysis: Analysis) -> None:
    """Drop the overdose words told inside a risk's consequence."""
    scopes = risk_consequences(analysis)
    if not scopes:
        return
    for concept in RISK_DROPPED_CONCEPTS:
        _drop_inside(analysis, concept_label(concept), scopes)


#: Units a dose is told in, each token with the unit it counts as, for the doses either side of
#: "instead of" to be compared (a dose's unit words must be the same token; every insulin unit
#: word is the same unit), and the tokens before "instead" within which the dose given is told.
DOSE_UNIT_WORDS = {
    word: word for word in ("mg", "mgs", "mcg", "micrograms", "microgram", "g", "ml", "mls")
}
INSULIN_UNIT_WORDS = dict.fromkeys(("units", "unit", "iu", "u"), "units")
INSTEAD_PAIR = ("instead", "of")
GIVEN_DOSE_REACH = 6


def _dose_number(token: str) -> float | None:
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def _dose_before(tokens: list[str], at: int, units: Mapping[str, str]) -> tuple[float, str] | None:
    """The last dose told in one of `units` (its number and the unit it counts as) among the
    GIVEN_DOSE_REACH tokens before `at`."""
    for i in range(at - 2, max(-1, at - GIVEN_DOSE_REACH - 1), -1):
        if tokens[i + 1] in units and (n := _dose_number(tokens[i])) is not None:
            return n, units[tokens[i + 1]]
    return None


def _doses_either_side_of_instead(
    analysis: Analysis, units: Mapping[str, str]
) -> Iterator[tuple[Span, float, float]]:
    """Each dose told given "instead of" another in the same unit of `units`, in one sentence:
    the span from the given dose's reach to the meant dose's unit, the dose given and the dose
    meant ("25mg given instead of 2.5mg", "40 units given instead of 4 units")."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    for at in range(len(tokens) - 3):
        if tuple(tokens[at : at + 2]) != INSTEAD_PAIR:
            continue
        given = _dose_before(tokens, at, units)
        meant = _dose_number(tokens[at + 2])
        if (
            given is not None
            and meant is not None
            and units.get(tokens[at + 3]) == given[1]
            and sentence_of[at + 3] == sentence_of[at]
        ):
            yield (max(0, at - GIVEN_DOSE_REACH), at + 4), given[0], meant


def smaller_doses_instead(analysis: Analysis) -> list[Span]:
    """Spans of a dose told given instead of a larger one in the same unit ("Methotrexate 2.5mg
    given instead of 25mg for ectopic pregnancy - underdose"): an underdose, no overdose told
    by the words "instead of" (review r30's in2; "25mg given instead of 2.5mg" keeps them)."""
    pairs = _doses_either_side_of_instead(analysis, DOSE_UNIT_WORDS)
    return [span for span, given, meant in pairs if given < meant]


def larger_doses_instead(analysis: Analysis, units: Mapping[str, str]) -> list[Span]:
    """Spans of a dose told given instead of a smaller one in the same unit, one of `units`
    ("40 units given instead of 4 units"): an overdose told in numbers (review R33's i1; the
    mirror of smaller_doses_instead)."""
    pairs = _doses_either_side_of_instead(analysis, units)
    return [span for span, given, meant in pairs if given > meant]


def _drop_inside(analysis: Analysis, label: str, scopes: list[Span]) -> None:
    """Drop the spans found for `label` that lie wholly inside one of `scopes`."""
    dropped = [
        span
        for span in analysis.found.get(label, [])
        if any(lo <= span[0] and span[1] <= hi for lo, hi in scopes)
    ]
    if dropped:
        analysis.remove_found(label, dropped)


def _drop_smaller_doses_instead(analysis: Analysis) -> None:
    """Drop the overdose words held inside a smaller dose given instead of a larger one."""
    scopes = smaller_doses_instead(analysis)
    if scopes:
        _drop_inside(analysis, concept_label(OVERDOSE_CONCEPTS[0]), scopes)


def add_methotrexate_overdose_reasoning(analysis: Analysis) -> None:
    """Drop overdose words told of another drug, told as a risk's consequence and toxicity with
    the dose told right, and add the patient's own daily taking with every paper weekly (see
    the module's docstring)."""
    if not analysis.concept(METHOTREXATE_CONCEPT):
        return
    _drop_other_drugs_overdose(analysis)
    _drop_risk_consequences(analysis)
    _drop_toxicity_with_dose_correct(analysis)
    _drop_smaller_doses_instead(analysis)
    own = patients_own_taking(analysis)
    if own:
        analysis.add_found(concept_label(PATIENTS_OWN_TAKING), own)
