"""The act told done on the side meant: as planned, or as the patient chose (never event 1).

The learned models read a wrong site from the side, procedure and plan words alone: "R knee
injected as planned. L knee also sore, for review" names two sides and a plan, and so does a
patient choosing the other side on the day ("the pt then changed her mind and wanted the left
done instead. L knee injected"), which the guide labels null. Two readings of how the report
tells the act as the one meant, in place of phrases, gate them:

- `act_done_as_planned`: this patient's act on a side told done as the plan says ("as
  planned", "as consented", "as listed", "as per plan"), no act on the other side told, and
  nothing told wrong nor set against the plan (no error word, nothing found, realised or read
  in a record against it): the other side is named only as something else (sore, booked later).
- `patient_choices` (`side_chosen_by_the_patient`): the patient (not a record, not the team)
  told choosing a side (changed their mind, wanted, asked for, preferred it), not denied, an
  act on that side told after the choice, no act on the other side anywhere (bar the side the
  choice turned from: "rather than the right"), and nothing told wrong outside the choice's
  own contrast words (a word of error the report denies, "no error", "not a mistake", "nothing
  wrong", is its verdict that nothing went wrong, not an error told).

The same reading of a wish tells its other half (`wishes_not_followed`): the patient told
wanting a side before an act on the other side told as an error ("pt wanted the left done but
the R was injected by mistake") wished the side meant, which engine site_act adds as the side
planned.

The patient's choice is also the rules' side chosen on the day (engine site_act adds it to
SIDE_CHANGED_BEFORE_THE_ACT, NE1.ex.side_changed_on_the_day). `learned_wrong_site_vetoed`
joins the two readings for the never-event regression's never event 1. The reach model is not
gated by them: where the rules read every act on the planned side, the reach model has still been
right that the wrong side was acted on (two never events 1 of an unseen batch, told in words the
rules do not read as the act).
"""

from __future__ import annotations

from classifier.engine.rules import Analysis
from classifier.engine.sides import ACTED_SIDES, side_of
from classifier.engine.text import Span

#: Words that bring a plan word to the act done "as" it ("as planned", "as per plan", "per
#: consent").
AS_WORDS = frozenset({"as", "per"})
#: The plan, consent, list or booking an act is told done as.
PLAN_WORDS = frozenset(
    {
        *("planned", "plan", "consented", "consent", "listed", "list", "booked", "booking"),
        *("requested", "request", "referred", "referral", "agreed", "discussed", "marked"),
    }
)
#: How many tokens after an act the "as planned" may stand in its sentence ("R knee steroid
#: inj given as per plan"), and before it ("As planned, the left eye had an injection").
AS_PLANNED_AFTER = 4
AS_PLANNED_BEFORE = 8
#: Words that tell a site wrong, the one meant another, or the plan read against the act
#: ("realised the consent form was for the L", "list said R"): with any of them, an act told
#: "as planned" may still be on a wrong side, and the rules' reading stands alone.
SET_AGAINST_WORDS = frozenset(
    {
        *("wrong", "wrongly", "incorrect", "incorrectly", "error", "errors", "erroneous"),
        *("erroneously", "mistake", "mistakes", "mistaken", "mistakenly", "instead", "rather"),
        *("should", "meant", "intended", "supposed", "mismatch", "mismatched", "discrepancy"),
        *("swapped", "confused", "transposed", "inadvertently", "accidentally", "real"),
        *("realised", "realized", "noticed", "discovered", "spotted", "queried", "misread"),
        *("picked",),
        *("said", "says", "stated", "states", "showed", "shows", "datix", "candour"),
        *("apologised", "apologized", "apology", "incident", "complaint", "complained"),
    }
)
#: Words of a patient choosing a side ("changed her mind", "wanted the left done", "asked for
#: the R", "requested the right be aspirated", "prefered the R side").
CHOICE_WORDS = frozenset(
    {
        *("mind", "wanted", "wants", "asked", "requested", "requests", "preferred", "prefered"),
        *("prefers", "chose", "chosen", "decided", "opted", "elected"),
    }
)
#: Who may choose: the patient, or the parent or carer speaking for them.
CHOOSER_WORDS = frozenset(
    {
        *("pt", "patient", "she", "he", "they", "her", "his", "mum", "mother", "dad"),
        *("father", "parent", "parents", "carer", "family", "husband", "wife", "daughter", "son"),
    }
)
#: Who else may be told choosing or asking: the team, whose choice is no patient's wish ("pt
#: listed for R, the reg asked for the L to be prepped").
STAFF_WORDS = frozenset(
    {
        *("dr", "doctor", "surgeon", "reg", "registrar", "consultant", "cons", "sho", "fy1"),
        *("fy2", "nurse", "rn", "sister", "anaesthetist", "anaesthetics", "team", "radiologist"),
        *("operator", "theatre", "theatres", "staff", "hca", "odp", "scrub", "we", "i"),
    }
)
#: Words that deny the choice just before it ("had not changed her mind", "never asked").
DENIALS = frozenset({"not", "never", "no", "didnt", "hadnt", "didn", "hadn", "t"})
DENIAL_BEFORE = 3
#: How many tokens after the choice word its side may stand ("wanted his left shoulder",
#: "changed her mind to the L side", "asked for the L to be done").
CHOSEN_SIDE_AFTER = 8
#: Words of the side the choice turned from, inside an act read over it ("wanted his left
#: shoulder injecting rather than the right"): not an act on that side.
TURNED_FROM_WORDS = frozenset({"rather", "instead", "than", "not"})
#: Words telling the act an error: a wish the act went against, told with one of them, was
#: the side meant ("but the R was injected by mistake"), not a wish the patient gave up.
WISH_ERROR_WORDS = frozenset(
    {
        *("wrong", "wrongly", "incorrect", "incorrectly", "error", "errors", "erroneously"),
        *("mistake", "mistaken", "mistakenly", "inadvertently", "accidentally", "datix"),
    }
)
#: Contrast words a choice is told with that tell no error ("the left done instead").
CHOICE_CONTRAST_WORDS = frozenset({"instead", "rather"})


#: Words that deny a set-against word told just after them ("no error", "nothing wrong"), and
#: the articles that may stand between ("not an error", "not a mistake"): the report's verdict
#: that nothing went wrong, not an error told.
VERDICT_DENIALS = frozenset({"no", "not", "nothing", "nil", "without", "never"})
VERDICT_ARTICLES = frozenset({"a", "an", "the", "any"})


def _told_denied(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` is denied by the word before it, or the one before an article
    before it ("no error", "not an error", "nothing wrong")."""
    if at >= 1 and tokens[at - 1] in VERDICT_DENIALS:
        return True
    return at >= 2 and tokens[at - 1] in VERDICT_ARTICLES and tokens[at - 2] in VERDICT_DENIALS


def _set_against_told(tokens: list[str], words: frozenset[str]) -> bool:
    """Whether one of `words` is told in `tokens`, not denied ("no error": `_told_denied`)."""
    if words.isdisjoint(tokens):
        return False
    return any(token in words and not _told_denied(tokens, at) for at, token in enumerate(tokens))


def _acts(analysis: Analysis, side: int) -> list[Span]:
    return analysis.concept(ACTED_SIDES[side])


def _as_planned_near(analysis: Analysis, span: Span) -> bool:
    """Whether "as"/"per" and a plan word stand just after the act `span`, inside it or in its
    sentence before it, in the act's sentence."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    sentence = sentence_of[span[0]]
    start = max(0, span[0] - AS_PLANNED_BEFORE)
    end = min(len(tokens), span[1] + AS_PLANNED_AFTER)
    return any(
        tokens[i] in AS_WORDS
        and (tokens[i + 1] in PLAN_WORDS or tokens[i + 1] in AS_WORDS)
        and sentence_of[i] == sentence
        for i in range(start, end - 1)
    )


def act_done_as_planned(analysis: Analysis) -> bool:
    """Whether this patient's act on one side is told done as planned (module docstring): an
    act on the side with "as"/"per" and a plan word by it, no act on the other side, nothing
    told wrong nor set against the plan."""
    tokens = analysis.doc.tokens
    if _set_against_told(tokens, SET_AGAINST_WORDS):
        return False
    sides = [side for side in (0, 1) if _acts(analysis, side)]
    if len(sides) != 1:
        return False
    return any(_as_planned_near(analysis, span) for span in _acts(analysis, sides[0]))


def _chosen_side(analysis: Analysis, at: int) -> int | None:
    """The side a choice word at `at` names (`_chosen_side_word`)."""
    chosen = _chosen_side_word(analysis, at)
    return chosen[0] if chosen else None


def _chosen_side_word(analysis: Analysis, at: int) -> tuple[int, int] | None:
    """The side a choice word at `at` names and its token: the first side word after it in its
    sentence, if the last person named before it in its sentence is a chooser (not the team)
    and no denial stands just before it."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    first, _ = doc.sentence_tokens(sentence_of[at])
    before = tokens[first:at]
    persons = [token for token in before if token in CHOOSER_WORDS or token in STAFF_WORDS]
    if not persons or persons[-1] not in CHOOSER_WORDS:
        return None
    if not DENIALS.isdisjoint(before[-DENIAL_BEFORE:]):
        return None
    for i in range(at + 1, min(len(tokens), at + 1 + CHOSEN_SIDE_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return None
        if (side := side_of(tokens[i])) is not None:
            return side, i
    return None


def _followed(analysis: Analysis, at: int, side: int) -> bool:
    """Whether the choice at `at` of `side` was followed: an act on the side after it, and no
    act on the other side anywhere bar the one it turned from (an act on it before the choice
    is the wrong side already reached, the patient choosing only to carry on: "block given to
    the LEFT eye ... pt wanted to carry on with the R eye")."""
    tokens = analysis.doc.tokens
    if not any(start > at for start, _ in _acts(analysis, side)):
        return False
    return all(
        not TURNED_FROM_WORDS.isdisjoint(tokens[start:end])
        for start, end in _acts(analysis, 1 - side)
    )


def patient_choices(analysis: Analysis) -> list[Span]:
    """The choice words of the patient choosing a side that the act followed (module
    docstring), when nothing is told wrong but the choice's own contrast words."""
    tokens = analysis.doc.tokens
    if CHOICE_WORDS.isdisjoint(tokens):
        return []
    if _set_against_told(tokens, SET_AGAINST_WORDS - CHOICE_CONTRAST_WORDS):
        return []
    return [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in CHOICE_WORDS
        and (side := _chosen_side(analysis, at)) is not None
        and _followed(analysis, at, side)
    ]


def wishes_not_followed(analysis: Analysis) -> list[tuple[int, int]]:
    """The patient's wishes an act went against, each as (side wished, its side token): the
    patient told wanting or asking for a side (`_chosen_side_word`), an act on the other side
    told after it (not the side the wish turned from: "rather than the right"), none on the
    wished side after the wish's own words, and the act told as an error ("pt wanted the left
    done but the R was injected by mistake"). The wish told before the act is the side
    planned; without an error told, a wish not followed may be one the patient gave up."""
    tokens = analysis.doc.tokens
    if CHOICE_WORDS.isdisjoint(tokens) or WISH_ERROR_WORDS.isdisjoint(tokens):
        return []
    found = []
    for at, token in enumerate(tokens):
        if token not in CHOICE_WORDS or (chosen := _chosen_side_word(analysis, at)) is None:
            continue
        side, where = chosen
        if any(start > where for start, _ in _acts(analysis, side)):
            continue  # the wished side acted on after the wish: followed, or redone
        against = [
            (start, end)
            for start, end in _acts(analysis, 1 - side)
            if start > at and TURNED_FROM_WORDS.isdisjoint(tokens[start:end])
        ]
        if against:
            found.append(chosen)
    return found


def side_chosen_by_the_patient(analysis: Analysis) -> bool:
    """Whether the patient is told choosing a side and the act followed the choice."""
    return bool(patient_choices(analysis))


def learned_wrong_site_vetoed(analysis: Analysis) -> str | None:
    """Why a learned never event 1 does not stand, when the rules read the act as meant: done as
    planned, or on the side the patient chose."""
    if act_done_as_planned(analysis):
        return "act done as planned"
    if side_chosen_by_the_patient(analysis):
        return "side chosen by the patient"
    return None
