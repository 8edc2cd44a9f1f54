"""A side's act read across two steps: the act told first, the prep of a side after it.

The wrong-site and side's-act phrases read a verb of doing and a side after it as the act done
on that side ("right ... done on the left", "performed ... the L leg"). Told across two steps,
the verb is the first step's and the side the second's: "right femoral block done, then skin
prep begun on the left leg" tells a block on the right and a prep begun on the left, not the
block on the left; "popliteal block R side performed in anaes room, then in theatre the L leg
was prepped" a prep of the L leg. A prep or drape is the set-up of the site, not the procedure
(the guide: a wrong side prepped and caught is near miss 1); what the catch then stopped is read
by the rules of the set-up. One reading: a wrong-site or side's-act span whose last side stands
in a later clause than its verb, in the clause of a skin-prep word, is no act on that side.

A second: the side of a prep told "for" an act ("pt prepped for injection into the L eye",
"prepped and draped for L knee arthroscopy", "skin prep done for injection into the R
shoulder") is the side set up, not the act: the act named after "for" is the one the prep was
made ready for, not one done: it is that side's set-up. Nor is it the plan when the report
names the other side as planned elsewhere ("consent was R eye"): the prep then went against
the plan. Acts and plans read over that side are removed, leaving the set-up, the plan and any
act told in its own words ("re-prepped R, injected R") to the rules of a wrong side set up and
caught (near miss 1) or gone on to (never event 1). The act named after "for" is kept, though,
when the report then tells the first invasive step done with no side of its own, no catch, no
other prep and no negation or "before" between ("prepped for injection into the L eye. Consent
was R eye. Injected."): the step went on to the side prepped, the act done there.
"""

from __future__ import annotations

from classifier.engine.context import SITE_PREP_WORDS, TAKING_IN_WORDS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.set_up_caught import (
    INVASIVE_STEP_WORDS,
    NEGATIONS_AFTER,
    NEGATIONS_BEFORE,
)
from classifier.engine.sides import ACTED_SIDES, PLANNED_SIDES, SET_UP_SIDES, side_of
from classifier.engine.site_act import WRONG_SITE_CONCEPT
from classifier.engine.text import Document, Span

#: Verbs of doing the side-against-side phrases read ("right .. done .. on .. left").
DOING_WORDS = frozenset(
    {"started", "performed", "done", "operated", "carried", "undertaken", "commenced"}
    | {"incised", "injected", "made", "given", "sited", "inserted"}
)

#: Tokens either side of a side word, in its clause, read for the prep it is told with.
PREP_REACH = 5
#: The concepts whose spans tell an act on a side: the wrong site and each side's act.
SIDE_ACT_CONCEPTS = (WRONG_SITE_CONCEPT, *ACTED_SIDES)

#: The word after a prep that names what it was made ready for ("prepped for injection").
PREP_FOR = "for"
#: Tokens after a prep word its "for" is read in ("prepped and draped for", "prep done for").
PREP_FOR_REACH = 3
#: Tokens after "for" the side of the prep is read in ("for injection into the L eye").
FOR_SIDE_REACH = 5
#: The eye's own side abbreviations (left, right), read as a prep's side after its "for"
#: ("prepped for injection into RE"); not the "re" of a redone prep ("re-prepped").
EYE_SIDE_WORDS = ("le", "re")
#: Words of a catch between a prep and a step told after it ("noticed", "stopped", "queried"):
#: not a record's telling ("consent said R", "read the list"), which catches nothing by itself.
CAUGHT_WORDS = TAKING_IN_WORDS - frozenset({"said", "read", "reading", "confirmed"})
#: Words just before a step that tell it not done, or not yet ("no injection", "before any
#: injection was given", "before the needle went in"), and how many tokens either side of the
#: step, in its clause, they and a side of its own are read in.
#: The invasive step's words that tell the step itself, not a drug or an instrument that may be
#: given or to hand before it ("topical LA drops given", "needle on the tray").
STEP_WORDS = INVASIVE_STEP_WORDS - frozenset(
    {"la", "lidocaine", "lignocaine", "anaesthetic", "needle", "needles", "knife", "scalpel"}
    | {"blade", "drill", "trocar"}
)
NOT_DONE_BEFORE_WORDS = NEGATIONS_BEFORE | frozenset({"not", "never", "before", "any"})
STEP_REACH = 3
#: The planned and acted concepts of each side (left, right), read over a prep's side.
SIDE_PLAN_AND_ACT = tuple(zip(PLANNED_SIDES, ACTED_SIDES, strict=True))


def _prepped_side(doc: Document, at: int) -> bool:
    """Whether the side at token `at` is told with a skin-prep word in its clause ("skin prep
    begun on the left", "the L leg was prepped")."""
    near = (*doc.before_in_clause(at, PREP_REACH), *doc.after_in_clause(at, at + 1, PREP_REACH))
    return any(doc.tokens[i] in SITE_PREP_WORDS for i in near)


def side_told_of_a_prep(doc: Document, span: Span) -> bool:
    """Whether a span's last side stands in a later clause than the span's first verb of doing
    and is told with a skin prep ("right femoral block done, then skin prep begun on the
    left"): the verb is the earlier step's, the side the prep's."""
    tokens = doc.tokens
    verbs = [i for i in range(span[0], span[1]) if tokens[i] in DOING_WORDS]
    sides = [i for i in range(span[0], span[1]) if side_of(tokens[i]) is not None]
    if not verbs or not sides or sides[-1] < verbs[0]:
        return False
    return doc.clause_opens_between(verbs[0], sides[-1]) and _prepped_side(doc, sides[-1])


def _told_side(tokens: list[str], at: int) -> int | None:
    """The side token `at` names, the eye's "LE" and "RE" with it (not a "re-prepped")."""
    side = side_of(tokens[at])
    if side is not None or tokens[at] not in EYE_SIDE_WORDS:
        return side
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return (
        None
        if after in SITE_PREP_WORDS or after in DOING_WORDS
        else EYE_SIDE_WORDS.index(tokens[at])
    )


def prep_for_sides(doc: Document) -> list[tuple[int, int, int]]:
    """The (prep token, side token, side) of each side a prep was told made ready for: the
    first side after a prep word's "for", in its clause ("prepped for injection into the L
    eye")."""
    tokens = doc.tokens
    found = []
    for at, word in enumerate(tokens):
        if word not in SITE_PREP_WORDS:
            continue
        after = list(doc.after_in_clause(at, at + 1, PREP_FOR_REACH))
        fors = [i for i in after if tokens[i] == PREP_FOR]
        if not fors:
            continue
        for i in doc.after_in_clause(at, fors[0] + 1, FOR_SIDE_REACH):
            side = _told_side(tokens, i)
            if side is not None:
                found.append((at, i, side))
                break
    return found


def step_done_after(doc: Document, prep: int, at: int) -> bool:
    """Whether the report tells, after the side at `at` a prep (token `prep`) was made ready
    for and in a later clause, the first invasive step done with no side of its own and no
    negation or "before" by it ("Injected.", "injection given", "Incision made"), no catch
    nor other prep told between: the step went on to the side prepped (module docstring)."""
    tokens = doc.tokens
    for step in range(at + 1, len(tokens)):
        word = tokens[step]
        if word in CAUGHT_WORDS or (word in SITE_PREP_WORDS and step != prep):
            return False
        if word not in STEP_WORDS or not doc.clause_opens_between(at, step):
            continue
        before = list(doc.before_in_clause(step, STEP_REACH))
        after = list(doc.after_in_clause(step, step + 1, STEP_REACH))
        if not NOT_DONE_BEFORE_WORDS.isdisjoint(tokens[i] for i in before):
            continue
        if not NEGATIONS_AFTER.isdisjoint(tokens[i] for i in after):
            continue
        if all(_told_side(tokens, i) is None for i in before + after):
            return True
    return False


def _over(spans: list[Span], at: int) -> list[Span]:
    """The spans that hold token `at`."""
    return [span for span in spans if span[0] <= at < span[1]]


def _remove_prep_for_sides(analysis: Analysis) -> None:
    """Add each prep's "for" side as that side's set-up; remove each act read over it, and each
    plan read over it when the other side is planned elsewhere (module docstring)."""
    sides = prep_for_sides(analysis.doc)
    prep_tokens = {at for _, at, _ in sides}
    for prep, at, side in sides:
        analysis.add_found(concept_label(SET_UP_SIDES[side]), [(prep, at + 1)])
        planned, acted = (concept_label(c) for c in SIDE_PLAN_AND_ACT[side])
        other_planned = analysis.concept(SIDE_PLAN_AND_ACT[1 - side][0])
        if any(prep_tokens.isdisjoint(range(*span)) for span in other_planned):
            analysis.remove_found(planned, _over(analysis.found.get(planned, []), at))
        if step_done_after(analysis.doc, prep, at):
            analysis.add_found(acted, [(prep, at + 1)])
        else:
            analysis.remove_found(acted, _over(analysis.found.get(acted, []), at))


def add_prep_side_apart_reasoning(analysis: Analysis) -> None:
    """Remove from the wrong site and the sides' acts each span that reads a prep's side as
    the side of the act told before it (`side_told_of_a_prep`), and the acts and plans read
    over the side a prep was made ready for (`prep_for_sides`)."""
    doc = analysis.doc
    if SITE_PREP_WORDS.isdisjoint(doc.tokens):
        return
    _remove_prep_for_sides(analysis)
    for concept in SIDE_ACT_CONCEPTS:
        label = concept_label(concept)
        apart = [span for span in analysis.found.get(label, []) if side_told_of_a_prep(doc, span)]
        if apart:
            analysis.remove_found(label, apart)
