"""Whose sedation the high strength was for, and where it was given (never event 8 and its near
miss), read by what the framework covers rather than by where an area word happens to stand.

Never event 8 is high strength midazolam (2 or 5 mg/ml) used in error for a conscious
sedation; the framework leaves out the areas where high strength belongs (intensive care,
anaesthesia, palliative care). The area cues (`midazolam_appropriate_area`: "ICU", "intubated",
"palliative", "syringe driver") meet any mention of such an area, but a report names them for
four different things, and only one is the area of the sedation:

- where the patient went after the harm: "transferred to ITU", "admitted to HDU overnight", or
  the rescue told after a harm word in its sentence, "resp arrest on the table, 2222,
  intubated" (not a state kept, "stayed intubated in recovery"): `_area_as_outcome`;
- whose stock the ampoule was: the area word qualifying a stock noun ("palliative care supply",
  "palliative high strength midazolam") or told as the purpose of one ("delivered as part of a
  supply for palliative care syringe drivers", "a delivery meant for the palliative care
  team"): `_area_of_the_stock`;
- where the patient was taken from to a sedation room: a critical care area told before "taken
  to endoscopy" ("ICU: pt taken to endoscopy for OGD"): `_area_left_for_the_room`;
- the patient's own: a critical care word beside the patient or the bed in the report's opening
  sentence, the report's setting, with no sedation room named there and not as the patient's
  origin ("ICU bed 3. Ventilated pt agitated", "ICU bay 2, ventilated patient"; not "Pt came
  to endoscopy from ICU", nor "Bronchoscopy suite ... left from an ICU transfer pt"):
  `_patient_in_the_area`, read as a sedation inside the area, which a "1 mg/ml intended" or
  an ampoule "meant to be drawn from" elsewhere does not lift.

The first three are added to `midazolam_area_denied` (the exclusion's denial), the fourth to
`sedation_done_in_appropriate_area` (NE8.ex.sedated_on_the_unit).

A critical care area told only as the report's heading, the report's first words ending at a
colon, a dash or the first sentence's end ("ICU: midazolam 5mg/ml drawn up for a sedation
bolus", "Critical care - ..."), names the report's setting the same way, though no area cue
matched it: the heading's words are added to `sedation_done_in_appropriate_area`
(`critical_care_heading`). A heading naming a sedation room ("Endoscopy: pt came from ICU")
is no critical care heading: the ICU there is the patient's origin. Nor is the heading the
sedation's place when the patient is told taken from it to a sedation room ("ICU: pt taken to
endoscopy for OGD, midazolam 5mg/ml given"): the sedation was in the room
(`sedation_room_gone_to`).

A sedation room's high strength often goes unnamed: "bronchoscopy - 5ml drawn up from a 5mg/ml
vial thinking it was 5mg", "Bronch: 1mg/ml intended, assistant found the 2mg/ml ampoule in the
syringe tray". With a conscious sedation named, no drug named at all (no midazolam, no other
sedative or local anaesthetic), a high strength made ready or given in a sentence that tells
the strength mistaken (a word of belief or intent, or a low strength set beside it) is the
sedation's midazolam (`unnamed_sedation_strength`, added to `midazolam`).

The other way round, a high strength told with another drug's name is that drug's: "Nurse
selected alfentanil 5mg/ml (ICU high-strength) instead of 500mcg/ml for sedation with
midazolam ... Midazolam was the correct 1mg/ml", "ketamine 10mg/ml drawn up", "2 mg/ml
fentanyl". The framework's never event is high strength midazolam; an opioid's, an
anaesthetic's or a local anaesthetic's strength mistaken is another medication error, however
near the midazolam it is told. A figure's drug is the one named right after it or, failing
that, right before it in its clause; a figure whose drug is not midazolam is removed from the
high strength concepts (`strengths_of_another_drug`). When every high figure of the report is
another drug's, the bare words of a high strength ("high-strength", "higher concentration")
are that drug's too when told just after its figure, or anywhere when the midazolam itself is
told at the low strength: nothing of the midazolam was strong. A figure told of midazolam, or
with no drug beside it, keeps every high strength word of the report.
"""

from __future__ import annotations

from itertools import pairwise

from classifier.engine.context import PATIENT_SUBJECT_WORDS
from classifier.engine.drug_strengths import HIGH_STRENGTH_MG_PER_ML, strengths
from classifier.engine.medicine_reach import STOCK_WORDS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span, word_shortly_before

MIDAZOLAM = "midazolam"
APPROPRIATE_AREA = "midazolam_appropriate_area"
AREA_DENIED = "midazolam_area_denied"
SEDATED_IN_AREA = "sedation_done_in_appropriate_area"
#: What names a sedation done, a drug other than midazolam, and a dose made ready or given.
SEDATION_CONCEPTS = ("conscious_sedation", "midazolam_procedure_room")
OTHER_DRUG_CONCEPTS = ("sedative_not_midazolam",)
MADE_READY_CONCEPTS = ("midazolam_made_ready", "dose_made_up", "dose_given")

#: Local anaesthetics, named in the same rooms with strengths in mg/ml of their own.
LOCAL_ANAESTHETIC_WORDS = frozenset(
    {"lidocaine", "lignocaine", "xylocaine", "bupivacaine", "levobupivacaine", "chirocaine"}
)
#: Words telling a strength taken for another: belief, intent or a mistake.
MISTAKEN_WORDS = frozenset(
    {
        *("thinking", "thought", "believing", "believed", "assumed", "assuming", "expecting"),
        *("intended", "meant", "expected", "instead", "mistake", "mistaken", "error", "wrong"),
        "mis",
    }
)
#: Sentences either side of a strength searched for its making ready and its mistake.
STRENGTH_SENTENCES = 1

#: The harm of an oversedation and its rescue: an area named after one of these in its sentence
#: is where the patient went, not where the sedation was.
HARM_WORDS = frozenset(
    {
        *("arrest", "arrested", "2222", "apnoea", "apnoeic", "apneic", "desaturated", "desatted"),
        *("desat", "unresponsive", "oversedated", "flumazenil", "resuscitated", "crash", "cpr"),
        *("hypoxic", "bradycardic", "collapsed", "rosc", "peri"),
    }
)
#: Words making an area a destination ("transferred to ITU", "admitted to HDU"), within
#: DESTINATION_REACH tokens before it, or "to" right before it ("went up to ICU").
DESTINATION_WORDS = frozenset(
    {"transferred", "admitted", "admission", "escalated", "moved", "transfer", "went", "taken"}
)
DESTINATION_REACH = 3
TO_WORD = "to"
#: The rescue of an oversedated patient: an airway put in after a harm word ("resp arrest ...
#: 2222, intubated"), not a state the patient stayed in ("stayed intubated in recovery").
RESCUE_WORDS = frozenset({"intubated", "ventilated", "reintubated"})
STATE_WORDS = frozenset({"stayed", "remained", "still", "already", "remain", "remains"})
#: Words making an area an origin ("pt from ICU", "came down from ITU").
ORIGIN_WORDS = frozenset({"from", "ex"})
ORIGIN_REACH = 3

#: The stock an area word names as its own ("palliative care supply", "palliative high strength
#: midazolam", within STOCK_REACH tokens after it), or the stock whose purpose it is told as
#: ("a supply for palliative care syringe drivers", "a delivery meant for the palliative care
#: team": "for" or "for the" right before it, a stock noun within PURPOSE_REACH tokens before).
#: A kit is stock the same way ("the 5mg/ml is supposed to be only for status / RSI kit": the
#: anaesthetic kit's ampoule, loose in the sedation drawer, not a sedation done in anaesthesia).
STOCK_NOUNS = STOCK_WORDS | frozenset(
    {"supplies", "delivery", "ampoules", "amps", "order", "kit", "kits"}
)
QUALIFIED_NOUNS = STOCK_NOUNS | frozenset({"high", "higher", "strength"})
PURPOSE_WORD = "for"
PURPOSE_ARTICLE = "the"
STOCK_REACH = 2
PURPOSE_REACH = 4
#: Words of a dose used, made ready or given: between a high strength and its "for", the purpose
#: is the dose's use ("10mg/2ml given for status epilepticus"), not what the stock is held for.
USE_WORDS = frozenset(
    {
        *("given", "gave", "give", "giving", "administered", "used", "using", "use"),
        *("drawn", "drew", "draw", "prepared", "injected", "pushed", "titrated", "bolused"),
        *("infused", "selected", "picked", "took", "taken", "prescribed", "charted"),
        # a dose told by its route or as a dose ("10mg/2ml IM for status epilepticus")
        *("im", "iv", "buccal", "intranasal", "nasal", "sc", "stat", "dose", "bolus", "mg"),
    }
)
#: How many words may stand between a high strength and the "for" of what it is held for ("the
#: 5mg/ml amps in the resus drawer are for seizures").
HELD_FOR_REACH = 8
#: The patient, a bed or bay: who is named beside an area of the patient's own.
PATIENT_OR_BED_WORDS = PATIENT_SUBJECT_WORDS | frozenset({"pts", "patients", "bed", "bay"})
#: The critical care area cues whose naming of the patient places the sedation there (palliative
#: care is the patient's service wherever the procedure is: patient_from_appropriate_area).
CRITICAL_CARE_WORDS = frozenset(
    {"icu", "itu", "hdu", "picu", "nicu", "intensive", "critical", "ventilated", "intubated"}
)
PATIENT_REACH = 3
#: The words that name a critical care area in a heading (HEADING_NAMING_WORDS: the area cues of
#: CRITICAL_CARE_WORDS but "ventilated" and "intubated", which tell the patient, not a heading,
#: and the units "GICU", "CICU"), one of which a heading must hold, and the words a heading may
#: be made of besides (HEADING_AREA_WORDS: "ICU:", "Adult ITU -", "Critical care:", "General
#: intensive care unit:").
HEADING_NAMING_WORDS = (CRITICAL_CARE_WORDS - {"ventilated", "intubated"}) | {"gicu", "cicu"}
HEADING_AREA_WORDS = HEADING_NAMING_WORDS | frozenset(
    {"care", "unit", "adult", "general", "paediatric", "pediatric", "neonatal"}
)


def _sentence_range(analysis: Analysis, at: int) -> tuple[int, int]:
    sentence = analysis.doc.sentence_of[at]
    return analysis.doc.sentence_tokens(
        max(0, sentence - STRENGTH_SENTENCES), sentence + STRENGTH_SENTENCES
    )


def _found_in(analysis: Analysis, concepts: tuple[str, ...], start: int, end: int) -> bool:
    return any(start <= span[0] < end for concept in concepts for span in analysis.concept(concept))


def unnamed_sedation_strength(analysis: Analysis) -> list[Span]:
    """The high strengths of a sedation whose drug the report leaves unnamed, made ready or given
    and told mistaken in their sentences (see the module)."""
    if any(analysis.concept(concept) for concept in (MIDAZOLAM, *OTHER_DRUG_CONCEPTS)):
        return []
    tokens = analysis.doc.tokens
    if not LOCAL_ANAESTHETIC_WORDS.isdisjoint(tokens):
        return []
    if not any(analysis.concept(concept) for concept in SEDATION_CONCEPTS):
        return []
    told = strengths(tokens)
    spans = []
    for strength in told:
        if strength.mg_per_ml < HIGH_STRENGTH_MG_PER_ML:
            continue
        start, end = _sentence_range(analysis, strength.start)
        if not _found_in(analysis, MADE_READY_CONCEPTS, start, end):
            continue
        low_beside = any(
            other.mg_per_ml < HIGH_STRENGTH_MG_PER_ML and start <= other.start < end
            for other in told
        )
        if low_beside or not MISTAKEN_WORDS.isdisjoint(tokens[start:end]):
            spans.append(strength.span)
    return spans


def _area_as_outcome(analysis: Analysis, span: Span) -> bool:
    """Whether the area is where the patient went after the harm ("transferred to ITU") or the
    rescue told after a harm word in its sentence ("resp arrest on the table, 2222, intubated")."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    at = span[0]
    if (at > 0 and tokens[at - 1] == TO_WORD) or word_shortly_before(
        tokens, sentence_of, at, DESTINATION_WORDS, DESTINATION_REACH
    ):
        return True
    if RESCUE_WORDS.isdisjoint(tokens[span[0] : span[1]]) or (
        at > 0 and tokens[at - 1] in STATE_WORDS
    ):
        return False
    first = analysis.doc.sentence_tokens(sentence_of[at])[0]
    return not HARM_WORDS.isdisjoint(tokens[first:at])


def _strength_held_for(analysis: Analysis, purpose: int) -> bool:
    """Whether a high strength is told as what is held for the purpose whose "for" is at
    `purpose`: the strength ends within HELD_FOR_REACH tokens before it in its clause, with no
    word of a dose used between ("the 10mg/2ml were there for status epilepticus", "the 5 mg/ml
    amps in the resus drawer are only for seizures"); a use between ("10mg/2ml given for
    status") tells what the dose was for."""
    doc = analysis.doc
    tokens = doc.tokens
    for strength in strengths(tokens):
        if strength.mg_per_ml < HIGH_STRENGTH_MG_PER_ML:
            continue
        between = tokens[strength.end : purpose]
        if (
            0 <= purpose - strength.end <= HELD_FOR_REACH
            and USE_WORDS.isdisjoint(between)
            and not doc.clause_opens_between(strength.end - 1, purpose)
        ):
            return True
    return False


def _area_of_the_stock(analysis: Analysis, span: Span) -> bool:
    """Whether the area word names the stock it qualifies or the stock's purpose (see
    STOCK_NOUNS), the stock told by a noun or by its high strength (`_strength_held_for`)."""
    tokens = analysis.doc.tokens
    if not QUALIFIED_NOUNS.isdisjoint(tokens[span[1] : span[1] + STOCK_REACH]):
        return True
    at = span[0] - 1
    if at > 0 and tokens[at] == PURPOSE_ARTICLE:
        at -= 1
    if at < 0 or tokens[at] != PURPOSE_WORD:
        return False
    return not STOCK_NOUNS.isdisjoint(
        tokens[max(0, at - PURPOSE_REACH) : at]
    ) or _strength_held_for(analysis, at)


def _patient_in_the_area(analysis: Analysis, span: Span) -> bool:
    """Whether a critical care cue names the patient or the bed in the report's opening sentence
    ("ICU bed 3. Ventilated pt agitated"), the report's setting, not a procedure room's."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    opening = analysis.doc.sentence_tokens(sentence_of[0])
    if not span[0] < opening[1] or CRITICAL_CARE_WORDS.isdisjoint(tokens[span[0] : span[1]]):
        return False
    if word_shortly_before(tokens, sentence_of, span[0], ORIGIN_WORDS, ORIGIN_REACH):
        return False
    if _found_in(analysis, SEDATION_CONCEPTS, *opening):
        return False
    start, end = max(opening[0], span[0] - PATIENT_REACH), min(opening[1], span[1] + PATIENT_REACH)
    return not PATIENT_OR_BED_WORDS.isdisjoint(tokens[start:end])


#: The rooms a conscious sedation is done in away from the unit ("taken to endoscopy", "went
#: down to bronchoscopy", "sent to IR"): the patient told taken to one, the unit of the heading
#: is where they came from, not where the sedation was. Not a scan (CT, MRI): a ventilated
#: patient's transfer there carries the unit's own sedation with them.
SEDATION_ROOM_WORDS = frozenset(
    {
        *("endoscopy", "endo", "bronchoscopy", "bronch", "radiology", "ir", "interventional"),
        *("cath", "cathlab", "angio", "angiography", "fluoroscopy", "dental"),
        *("gastroscopy", "colonoscopy", "ercp", "eus", "tee", "tce"),
    }
)
#: Words that may stand between "to" and the room ("to the endoscopy unit", "down to the IR").
ROOM_ARTICLES = frozenset({"the", "a"})


def sedation_room_gone_to(analysis: Analysis) -> int | None:
    """Where the report first tells the patient taken to a room a sedation is done in ("pt taken
    to endoscopy for OGD", "went down to bronchoscopy"): "to" before the room, or a word of the
    going (DESTINATION_WORDS) shortly before it; not a room the patient came from. None when
    there is none."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    for at, token in enumerate(tokens):
        if token not in SEDATION_ROOM_WORDS:
            continue
        before = at - 1
        while before >= 0 and tokens[before] in ROOM_ARTICLES:
            before -= 1
        if before >= 0 and tokens[before] == TO_WORD:
            return at
        if word_shortly_before(tokens, sentence_of, at, DESTINATION_WORDS, DESTINATION_REACH):
            return at
    return None


def _area_left_for_the_room(analysis: Analysis, span: Span) -> bool:
    """Whether a critical care area told before the patient is taken to a sedation room ("ICU:
    pt taken to endoscopy for OGD") is where the patient came from, not the sedation's area."""
    room = sedation_room_gone_to(analysis)
    tokens = analysis.doc.tokens
    return (
        room is not None
        and span[1] <= room
        and not CRITICAL_CARE_WORDS.isdisjoint(tokens[span[0] : span[1]])
    )


def critical_care_heading(analysis: Analysis) -> list[Span]:
    """The report's heading when it names only a critical care area (see the module), and the
    patient is not told taken from it to a sedation room (`sedation_room_gone_to`)."""
    doc = analysis.doc
    opening_end = doc.sentence_tokens(doc.sentence_of[0])[1] if doc.tokens else 0
    ends = [at for at in doc.clause_breaks if 0 < at < opening_end] + [opening_end]
    end = min(ends)
    words = doc.tokens[:end]
    if not words or not set(words) <= HEADING_AREA_WORDS:
        return []
    if HEADING_NAMING_WORDS.isdisjoint(words) or sedation_room_gone_to(analysis) is not None:
        return []
    return [(0, end)]


#: The concepts a high strength is read in, and the low strength told of midazolam.
HIGH_STRENGTH_CONCEPTS = ("high_strength_midazolam", "strength_2mg_per_ml_or_more")
LOW_STRENGTH = "midazolam_low_strength"
#: The concept the high strengths of another drug are moved to (read by a learned never event 8).
OTHER_DRUG_STRENGTH = "high_strength_of_another_drug"
#: Tokens before a figure its drug is read in ("alfentanil 5mg/ml", "fentanyl amp 2mg/ml").
OWNER_BEFORE = 2
#: Tokens after another drug's figure a bare high strength word is read as its ("alfentanil
#: 5mg/ml (ICU high-strength)").
BARE_AFTER_FIGURE = 4
#: The words of a swap between two figures of one drug, and how many words may stand between.
SWAP_WORDS = frozenset({"instead", "rather", "not"})
SWAP_REACH = 4


def _drug_of(analysis: Analysis, figure: Span, others: set[int], own: set[int]) -> str | None:
    """Whose figure `figure` is: "other" (a drug not midazolam), "midazolam", or None when no
    drug is named right after it nor right before it in its clause."""
    if figure[1] in others:
        return "other"
    if figure[1] in own:
        return MIDAZOLAM
    for i in analysis.doc.before_in_clause(figure[0], OWNER_BEFORE):
        if i in others:
            return "other"
        if i in own:
            return MIDAZOLAM
    return None


def _swapped_after(tokens: list[str], previous: Span, figure: Span) -> bool:
    """Whether `figure` is told right after a swap from `previous` ("50mg/ml instead of
    10mg/ml", "5mg/ml rather than 1mg/ml", "2mg/ml not 1mg/ml")."""
    between = tokens[previous[1] : figure[0]]
    return 0 < len(between) <= SWAP_REACH and not SWAP_WORDS.isdisjoint(between)


def _overlaps(span: Span, figures: list[Span]) -> bool:
    return any(span[0] < f[1] and f[0] < span[1] for f in figures)


def _bare_word_theirs(
    span: Span, figures: list[Span], theirs: list[Span], own: set[int], *, low_told: bool
) -> bool:
    """Whether a high strength span that is no figure ("high-strength") is another drug's,
    every figure of the report being one (see the module): told just after one of them, or
    anywhere with the midazolam told at the low strength; never a span naming midazolam."""
    if _overlaps(span, figures) or not own.isdisjoint(range(span[0], span[1])):
        return False
    return low_told or any(0 <= span[0] - f[1] <= BARE_AFTER_FIGURE for f in theirs)


def strengths_of_another_drug(analysis: Analysis) -> list[Span]:
    """The high strength spans told of a drug other than midazolam (see the module)."""
    tokens = analysis.doc.tokens
    others = {
        i
        for concept in OTHER_DRUG_CONCEPTS
        for start, end in analysis.concept(concept)
        for i in range(start, end)
    } | {i for i, token in enumerate(tokens) if token in LOCAL_ANAESTHETIC_WORDS}
    if not others:
        return []
    own = {i for start, end in analysis.concept(MIDAZOLAM) for i in range(start, end)}
    told = strengths(tokens)
    figures = [s.span for s in told if s.mg_per_ml >= HIGH_STRENGTH_MG_PER_ML]
    owners = {s.span: _drug_of(analysis, s.span, others, own) for s in told}
    for previous, figure in pairwise(s.span for s in told):
        # the strength meant, told after the swap ("ketamine 50mg/ml instead of 10mg/ml"), is
        # the same drug's
        if owners[figure] is None and _swapped_after(tokens, previous, figure):
            owners[figure] = owners[previous]
    theirs = [f for f in figures if owners[f] == "other"]
    if not theirs:
        return []
    all_theirs = len(theirs) == len(figures)
    low_told = bool(analysis.concept(LOW_STRENGTH))
    spans = []
    for concept in HIGH_STRENGTH_CONCEPTS:
        for span in analysis.concept(concept):
            if _overlaps(span, theirs) or (
                all_theirs and _bare_word_theirs(span, figures, theirs, own, low_told=low_told)
            ):
                spans.append(span)
    return spans


def _drop_strengths_of_another_drug(analysis: Analysis) -> None:
    spans = set(strengths_of_another_drug(analysis))
    if not spans:
        return
    analysis.add_found(concept_label(OTHER_DRUG_STRENGTH), sorted(spans))
    for concept in HIGH_STRENGTH_CONCEPTS:
        theirs = [span for span in analysis.concept(concept) if span in spans]
        if theirs:
            analysis.remove_found(concept_label(concept), theirs)


def add_sedation_area_reasoning(analysis: Analysis) -> None:
    """Add the unnamed sedation strength to `midazolam`, remove the high strengths told of
    another drug, add the area cues told as the outcome or the stock's to their denial, and
    the patient's own critical care area, or the report's critical care heading, to a sedation
    done there (see the module)."""
    unnamed = unnamed_sedation_strength(analysis)
    if unnamed:
        analysis.add_found(concept_label(MIDAZOLAM), unnamed)
    if not analysis.concept(MIDAZOLAM):
        return
    _drop_strengths_of_another_drug(analysis)
    areas = analysis.concept(APPROPRIATE_AREA)
    denied = [
        s
        for s in areas
        if _area_as_outcome(analysis, s)
        or _area_of_the_stock(analysis, s)
        or _area_left_for_the_room(analysis, s)
    ]
    if denied:
        analysis.add_found(concept_label(AREA_DENIED), denied)
    own = [s for s in areas if s not in denied and _patient_in_the_area(analysis, s)]
    own += critical_care_heading(analysis)
    if own:
        analysis.add_found(concept_label(SEDATED_IN_AREA), own)
