"""Whether the report tells outright that nothing reached the patient (never events 9, 11, 12
and 13).

The reach model may turn the rules' near miss into a never event (engine.classify_text): it
reads the words of a reach ("feed hung ready", "FFP arrived", "tube taped", "her weight",
"wedged ... freed") and misses the sentence that tells the product, the feed or the unit never
went in, the ligature never took a load, or the neck and chest never went into the rail's gap.
Four tellings are read here, each a statement the model's words cannot overturn:

- `denied_use` : the giving told denied ("No feed/flush/drugs given", "Didn't put it up",
  "nothing went down it", "never connected"), not of a remainder after a part went in ("the
  rest was not given", "further doses not given" tell a part that did).
- `use_after_put_right` : the use told only after the error was put right ("Resited; 2nd
  x-ray satisfactory, feeds commenced after"), with no use told before the put-right: what
  went in went down the corrected tube.
- `tube_use_denied` : the tube itself told unused ("Tube not used", "the NGT was never used",
  "did not use the tube"), the tube the subject of the denied use or its object; not a use
  denied only from then on ("tube not used again", "not used since"), which tells one before.
- `told_stopped_short` : for a ligature on a rail (9), its load told as never taken ("got
  scared and didnt put any weight on it", "not yet round her neck"), with no hanging or step
  off the support told; for a bed rail (11), the neck and chest told as never held ("freed
  straight away before his head or neck went into the gap", "she was not trapped"), with no
  hold of them nor harm from one told. The rules' own concepts of the stop
  (STOPPED_SHORT_CONCEPTS) and of the reach that would overturn it (REACH_TOLD_CONCEPTS).

`withheld_told` gathers them.
"""

from __future__ import annotations

from classifier.engine.implant_steps import implant_withheld_told
from classifier.engine.never_event_codes import TUBE_CODE, WRONG_IMPLANT_CODE, WRONG_SITE_CODE
from classifier.engine.rules import Analysis
from classifier.engine.set_up_caught import wrong_side_set_up_stopped
from classifier.engine.text import Span

#: Words of the giving itself: a product, a feed or a unit given, hung, run in, connected.
GIVEN_WORDS = frozenset(
    {
        *("given", "administered", "transfused", "infused", "hung", "connected", "flushed"),
        *("commenced", "started", "spiked", "received"),
    }
)
#: Verbs that are a giving only with the particle after them ("put it up", "went down it").
PHRASAL_WORDS = frozenset({"put", "gone", "went", "go", "run", "ran", "hang"})
PARTICLE_WORDS = frozenset({"up", "down", "in", "through"})
PARTICLE_NEAR = 2
#: Denials of the giving told just before it ("no feed given", "didn't put it up": the
#: tokenizer splits "didn't" into "didn" "t"), and how many tokens before it they are read.
DENIAL_WORDS = frozenset({"no", "not", "nothing", "never", "nil", "none", "t", "didnt", "wasnt"})
DENIAL_NEAR = 6
#: Words that make the denial a remainder's, a part having gone in ("the rest was not given",
#: "further doses not given", "no more given").
REMAINDER_WORDS = frozenset(
    {"rest", "remainder", "remaining", "further", "more", "other", "next", "subsequent", "again"}
)
#: Words of the error put right: the tube re-sited, re-passed, replaced ("re" "sited" as the
#: tokenizer splits "re-sited").
PUT_RIGHT_WORDS = frozenset(
    {"resited", "repassed", "reinserted", "replaced", "repositioned", "reposition"}
)
RE_WORD = "re"
RE_STEMS = frozenset({"sited", "passed", "inserted", "placed", "positioned"})
#: Words after a use that tell it came after what was told before ("feeds commenced after").
AFTER_WORDS = frozenset({"after", "afterwards", "thereafter", "subsequently"})
AFTER_NEAR = 2


def _giving_at(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] is a word of the giving ("given", "put ... up")."""
    if tokens[i] in GIVEN_WORDS:
        return True
    return tokens[i] in PHRASAL_WORDS and not PARTICLE_WORDS.isdisjoint(
        tokens[i + 1 : i + 1 + PARTICLE_NEAR + 1]
    )


def _denied(analysis: Analysis, i: int) -> bool:
    """Whether the giving at token `i` is told denied in its sentence, not of a remainder."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    before = [j for j in range(max(0, i - DENIAL_NEAR), i) if sentence_of[j] == sentence_of[i]]
    if not any(tokens[j] in DENIAL_WORDS for j in before):
        return False
    start = analysis.doc.sentence_tokens(sentence_of[i])[0]
    return REMAINDER_WORDS.isdisjoint(tokens[start:i])


def denied_use(analysis: Analysis) -> list[Span]:
    """Spans of the giving told denied ("No feed/flush/drugs given", "Didn't put it up")."""
    tokens = analysis.doc.tokens
    return [
        (max(0, i - DENIAL_NEAR), i + 1)
        for i in range(len(tokens))
        if _giving_at(tokens, i) and _denied(analysis, i)
    ]


#: Words of the gastric tube, the subject or object of a use told denied.
TUBE_WORDS = frozenset(
    {"tube", "tubes", "ng", "ngt", "ngts", "og", "ogt", "nasogastric", "orogastric"}
)
#: Verbs of the tube's use ("Tube not used", "did not use the tube").
USE_WORDS = frozenset({"used", "use", "using"})
#: Words standing between the tube as the subject and its use: auxiliaries and the denial
#: itself ("tube was not used", "NGT hadn't been used", "tube has never been used").
AUXILIARY_WORDS = frozenset(
    {
        *("was", "is", "has", "had", "been", "being", "were", "have", "yet"),
        *("wasn", "hasn", "hadn", "isn", "never", "not", "t", "wasnt", "hasnt", "hadnt"),
    }
)
#: Determiners between the use and the tube as its object ("did not use the tube").
DETERMINERS = frozenset({"the", "this", "that", "his", "her", "their", "its"})
#: Words after the denied use that deny it only from then on ("not used again", "not used
#: since", "not used until the film was reviewed"): a use came before or after.
FROM_THEN_ON_WORDS = frozenset(
    {
        *("again", "since", "further", "anymore", "thereafter", "afterwards", "after"),
        *("subsequently", "until", "till", "overnight", "more"),
    }
)
FROM_THEN_ON_NEAR = 2


def _tube_told_used_at(tokens: list[str], i: int) -> bool:
    """Whether the use at token `i` is told of the tube: the tube its subject, only auxiliaries
    and the denial between ("Tube not used"), or its object right after it ("use the tube")."""
    j = i - 1
    while j >= 0 and tokens[j] in AUXILIARY_WORDS:
        j -= 1
    if j >= 0 and j < i - 1 and tokens[j] in TUBE_WORDS:
        return True
    after = tokens[i + 1 : i + 3]
    if after[:1] and after[0] in DETERMINERS:
        after = after[1:]
    return bool(after) and after[0] in TUBE_WORDS


def tube_use_denied(analysis: Analysis) -> list[Span]:
    """Spans of the tube itself told unused ("Tube not used", "the NGT was never used", "did
    not use the NG"), not from then on only ("not used again")."""
    tokens = analysis.doc.tokens
    return [
        (max(0, i - DENIAL_NEAR), i + 1)
        for i in range(len(tokens))
        if tokens[i] in USE_WORDS
        and _denied(analysis, i)
        and _tube_told_used_at(tokens, i)
        and FROM_THEN_ON_WORDS.isdisjoint(tokens[i + 1 : i + 1 + FROM_THEN_ON_NEAR])
    ]


def _put_right_at(tokens: list[str], i: int) -> bool:
    if tokens[i] in PUT_RIGHT_WORDS:
        return True
    return tokens[i] in RE_STEMS and i > 0 and tokens[i - 1] == RE_WORD


def use_after_put_right(analysis: Analysis) -> list[Span]:
    """Spans of a use told after the error was put right and marked as after it ("Resited;
    2nd x-ray satisfactory, feeds commenced after"), when no use is told, undenied, before the
    first put-right."""
    tokens = analysis.doc.tokens
    put_right = next((i for i in range(len(tokens)) if _put_right_at(tokens, i)), None)
    if put_right is None:
        return []
    if any(_giving_at(tokens, i) and not _denied(analysis, i) for i in range(put_right)):
        return []
    return [
        (i, i + 1)
        for i in range(put_right + 1, len(tokens))
        if _giving_at(tokens, i) and not AFTER_WORDS.isdisjoint(tokens[i + 1 : i + 1 + AFTER_NEAR])
    ]


#: The codes whose one giving is the unit put up or the tube used: a denial of giving there is
#: about that unit or tube. A medicines report names many products and doses, so a denial of
#: one ("the antidote was not given") tells nothing of the one that reached: for codes 4-8 the
#: denial cost a true never event 5 on an unseen batch (session 45, found by id and rule id).
WITHHELD_READ_CODES = frozenset({"12", "13"})


#: The concepts (never_events.yaml) telling the pattern of a code stopped short of the patient:
#: the ligature's load never taken (9), the neck and chest never held in the rail's gap (11)...
STOPPED_SHORT_CONCEPTS: dict[str, tuple[str, ...]] = {
    "9": ("ligature_stopped",),
    "11": ("entrapment_stopped", "entrapment_denied"),
}
#: ... and those telling it reached after all: the person hanging or off the support (9), the
#: neck or chest told held or harmed by the hold (11).
REACH_TOLD_CONCEPTS: dict[str, tuple[str, ...]] = {
    "9": ("hanging_loaded", "stepped_off_support", "rail_suicide_outcome"),
    "11": ("neck_chest_held", "entrapment_harm"),
}


def told_stopped_short(analysis: Analysis, code: str) -> bool:
    """Whether the report tells the pattern of never event `code` stopped short of the patient
    (STOPPED_SHORT_CONCEPTS) and tells no reach of it (REACH_TOLD_CONCEPTS): "tied his laces to
    the shower rail ... didnt put any weight on it", "shoulder and arm wedged ... freed before
    his head or neck went into the gap"."""
    stopped = STOPPED_SHORT_CONCEPTS.get(code)
    if stopped is None or any(analysis.concept(c) for c in REACH_TOLD_CONCEPTS[code]):
        return False
    return any(analysis.concept(concept) for concept in stopped)


def withheld_told(analysis: Analysis, code: str) -> bool:
    """Whether the report tells outright that nothing reached the patient before the error of
    never event `code` was caught (`denied_use`, `use_after_put_right`, and for the tube
    `tube_use_denied`, for WITHHELD_READ_CODES; `told_stopped_short` for a rail's ligature or
    hold): a near miss the rules read from it is not the reach model's to turn round
    (engine.classify_text)."""
    if code in STOPPED_SHORT_CONCEPTS:
        return told_stopped_short(analysis, code)
    if code == WRONG_IMPLANT_CODE:
        return implant_withheld_told(analysis)
    if code == WRONG_SITE_CODE:
        return wrong_side_set_up_stopped(analysis)
    if code not in WITHHELD_READ_CODES:
        return False
    if code == TUBE_CODE and tube_use_denied(analysis):
        return True
    return bool(denied_use(analysis) or use_after_put_right(analysis))
