"""A concern answered in the report itself: a never event told only as someone's claim, then a
finding that answers it.

A patient, a relative, a complaint, a junior's worry or a reporter's tick raises a never event
("son said 'they've bandaged the wrong leg'", "daughter concerned about a 'retained swab'",
"suspected bath scald"); the same report then tells what was found ("op was on the correct R
leg", "x-ray shows only a skin staple", "no scald occurred"). The never event is then no never
event: it was told only inside the claim, and the report's own finding answers it.

The reading has three parts, each a class of words rather than a list of wordings:

- the claim frame: a word of saying, believing, worrying or complaining (or a query mark)
  told before the never event's evidence in its sentence ("complained", "thinks", "worried",
  "says", "queried", "suspected", "ticked"); a quotation a patient or relative is named as
  giving before a colon ("Daughter of pt on ward 5: 'my mum has been given ...'"); a label
  someone gave the event, naming an error
  ("ward nurse logged it as 'wrong side'", "reported it as a possible wrong site"); or a call
  made aloud at the checks ("student ODP called out at the time out that the arrow was on the
  wrong leg");
- the answer: a later sentence that tells the act as it should have been ("correct",
  "as planned", "only" after the finding word or a day: "shows methotrexate given Saturday
  only", "once", "normal", "intended", "accounted for"), names after its finding
  word one side only, again and again ("Reviewed: L effusion on CXR, drain inserted L side, CXR
  confirms L drain"), or denies the error itself ("no mis-selection", "not a scald", "nothing
  was connected", "no retained item"), with no turn in it after that ("correct ... but the L
  eye was injected");
- no upholding: after the claim, the report does not tell an error as a fact outside a claim
  (an unnegated "wrong", "instead of", "in error", "by mistake" ...), and the never event's
  pattern is not found again outside a claim ("CT confirmed a retained swab").

A wrong site caught at the checks (a near miss) is undone the same way, but only by an answer
that denies the error itself ("not an error", "no error"): records found to agree after a call
("checked: consent R") do not undo a wrong mark or prep that was caught.

What stays a never event: a complaint the review upholds ("checked the op note: it was the wrong
side"), a never event told by a relative with no answering finding, a never event told as fact
and found at the review of something else (no claim frame before it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifier.engine.context import DAY_NAMES
from classifier.engine.rules import Analysis
from classifier.engine.sides import ACTED_SIDES, side_of
from classifier.engine.text import Document, Span, word_shortly_after, word_shortly_before

#: Words that frame what follows them in the sentence as someone's claim, belief, worry or
#: question, not as the report's own finding. ("thought" and "believed" are read apart, by
#: BELIEF_WORDS: "what she believed was WFI" tells the error itself; "asked", "possible" and
#: "said" of a chart are no claims.)
CLAIM_WORDS = frozenset(
    {
        "alleges",
        "alleged",
        "alleging",
        "allegation",
        "claims",
        "claimed",
        "claiming",
        "insists",
        "insisted",
        "believe",
        "believes",
        "think",
        "thinks",
        "convinced",
        "concern",
        "concerns",
        "concerned",
        "worried",
        "worry",
        "worries",
        "anxious",
        "afraid",
        "feared",
        "fears",
        "upset",
        "complaint",
        "complaints",
        "complain",
        "complains",
        "complained",
        "complaining",
        "pals",
        "query",
        "queried",
        "querying",
        "queries",
        "wondered",
        "suspected",
        "suspicion",
        "ticked",
    }
)
#: Words of believing: a claim when what is believed is told as what had happened ("the night
#: nurse thought the pt had been connected to medical air"), not when it names what a thing was
#: ("what she believed was WFI", "thought it was the oxygen one": the error itself).
BELIEF_WORDS = frozenset({"thought", "believed", "assumed", "presumed"})
PAST_PERFECT_WORD = "had"
#: Tokens after a word of believing within which its "had" comes.
BELIEF_HAD_AFTER = 4
#: ... a claim word followed by these is no claim about an event ("complained of pain", "the
#: lesion of concern").
NOT_A_CLAIM_AFTER = frozenset({"of"})
NOT_A_CLAIM_BEFORE = frozenset({"of"})
#: Words of saying: a claim when a patient, a relative or someone ringing in says it
#: ("son said 'they've bandaged the wrong leg'", "rang to say"), not when a chart or a letter
#: "says" what was prescribed.
SAYING_WORDS = frozenset(
    {"say", "says", "said", "saying", "state", "states", "stated", "told", "tells", "telling"}
)
SAYER_WORDS = frozenset(
    {
        "pt",
        "patient",
        "he",
        "she",
        "they",
        "son",
        "daughter",
        "wife",
        "husband",
        "partner",
        "mum",
        "dad",
        "mother",
        "father",
        "family",
        "relative",
        "relatives",
        "sister",
        "brother",
        "carer",
        "rang",
        "called",
        "phoned",
        "contacted",
        "emailed",
        "wrote",
    }
)
SAYER_BEFORE = 4
#: Words of raising an event under a name: a claim when "as" follows shortly ("ward nurse
#: logged it as 'wrong side'", "reported it as a possible wrong site", "datixed as ?wrong
#: level"): the event is told by the label someone gave it, which the review may not bear out
#: ("reported that ..." tells what happened, and is no label).
RAISING_WORDS = frozenset({"logged", "reported", "raised", "flagged", "datixed", "escalated"})
RAISED_AS_WORDS = frozenset({"as"})
#: Tokens after a word of raising within which its "as" comes ("flagged it up as").
RAISED_AS_AFTER = 4
#: Tokens after the "as" within which the label names an error ("as a possible wrong site"):
#: an image "reported as 'line tip in SVC'" names no error, and is a finding.
RAISED_LABEL_AFTER = 4
#: A call made aloud at the checks ("student ODP called out at the time out that the arrow was
#: on the wrong leg"): someone's challenge, which the team then checks.
CALLED_WORD = "called"
CALLED_OUT_WORD = "out"
#: ... told with what was called ("that ..."), within so many tokens after "out".
CALLED_THAT_WORDS = frozenset({"that"})
CALLED_THAT_AFTER = 6

#: Words telling an act as it should have been: the answer a finding gives to a claim, when
#: a finding word tells it ("checked: given once", "x-ray shows only a skin staple").
CONFORMING_WORDS = frozenset(
    {
        "correct",
        "correctly",
        "planned",
        "intended",
        "intentional",
        "deliberate",
        "prescribed",
        "consented",
        "charted",
        "requested",
        "once",
        "only",
        "accounted",
        # the review's verdict on a choice made on the findings ("reviewed, clinically
        # appropriate"): the act as it should have been
        "appropriate",
        "justified",
    }
)
#: The verdict words among them ("reviewed, clinically appropriate"), which answer only as
#: the verdict, not before a noun they describe ("CXR reviewed, drain in appropriate position",
#: "appropriate duty of candour given"): the word after one in its clause, if any, is one of
#: VERDICT_FOLLOWING_WORDS.
VERDICT_WORDS = frozenset({"appropriate", "justified"})
VERDICT_FOLLOWING_WORDS = frozenset(
    {"and", "to", "in", "for", "as", "at", "by", "but", "with", "on", "given", "under", "decision"}
)
#: (Words of a normal state are left out: "audiogram shows R type B trace, L normal" tells the
#: ear, not the act.)
#: "only" answers when it follows the finding word ("x-ray shows only a skin staple") or a day
#: ("chart shows methotrexate given Saturday only": the weekly dose on its own day; batch
#: dev-174712), not elsewhere ("called by surname only").
ONLY = "only"
#: "planned for ..." names whose plan it was ("accounted for" is no plan).
PLAN_WORDS = frozenset({"planned", "intended", "prescribed", "consented", "charted", "requested"})
PLAN_FOR_WORD = "for"
#: Words of the finding that tells the answer.
FINDING_WORDS = frozenset(
    {
        "found",
        "finding",
        "findings",
        "review",
        "reviewed",
        "check",
        "checked",
        "checking",
        "confirmed",
        "confirms",
        "show",
        "shows",
        "showed",
        "concluded",
        "concludes",
        "conclusion",
        "investigation",
    }
)
#: A finding that names one side only, again and again, answers a claim of a wrong side ("Reviewed:
#: L effusion on CXR and USS, drain inserted L side, CXR post insertion confirms L drain"): what
#: was found and what was done lie on one side.
ONE_SIDE_TOLD = 3
#: Words telling a later act (the redo on the right side, not the act the claim was about):
#: "block then repeated on correct side", "op proceeded on correct side".
REDO_WORDS = frozenset(
    {"then", "subsequently", "later", "repeated", "redone", "proceeded", "afterwards", "re"}
)
#: Words of a review upholding the claim ("Investigation upheld the complaint"), or of the
#: duty of candour owed for it.
UPHELD_WORDS = frozenset({"upheld", "substantiated", "candour", "candor"})

#: Words telling an error; negated, they answer a claim ("no mis-selection occurred", "not a
#: scald"); told plainly after the claim, they uphold it.
ERROR_WORDS = frozenset(
    {
        "wrong",
        "wrongly",
        "incorrect",
        "incorrectly",
        "instead",
        "error",
        "errors",
        "erroneously",
        "mistake",
        "mistaken",
        "mistakenly",
        "misselection",
        "misselected",
        "misplaced",
        "misplacement",
        "malpositioned",
    }
)
#: ... words that, negated, deny the never event itself ("no retained item", "no scald
#: occurred", "nothing was connected", "no ampoule was involved", "not a never event").
DENIED_EVENT_WORDS = ERROR_WORDS | frozenset(
    {
        "selection",  # "no mis-selection" (the tokenizer splits "mis-selection")
        "selected",
        "retained",
        "left",
        "scald",
        "scalded",
        "scalding",
        "overdose",
        "connected",
        "involved",
        "event",
        "foreign",
    }
)
#: Words that, just after a denied error, tell the error kept from the patient ("no error
#: reached the pt"): a catch told, not the error denied.
REACHING_WORDS = frozenset({"reached", "reaching", "reaches", "got"})
REACHING_AFTER = 2
NEGATORS = frozenset({"no", "not", "nothing", "nil", "none", "never", "t", "nor", "neither"})
#: Tokens after a negator within which a denied word is denied by it.
NEGATOR_REACH = 4
#: Words that turn a sentence against what was told before them in it ("correct ... but").
TURN_WORDS = frozenset({"but", "however", "although", "though", "whereas", "yet", "except"})


def _negated(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a negator of the same sentence stands within reach before token `at`."""
    return word_shortly_before(tokens, sentence_of, at, NEGATORS, NEGATOR_REACH)


def _claim_word(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether token `at` frames a claim: a claim word (not "complained of"), or a word of
    saying after a patient, a relative or someone ringing in."""
    token = tokens[at]
    if token in CLAIM_WORDS:
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        before = tokens[at - 1] if at > 0 else ""
        return after not in NOT_A_CLAIM_AFTER and before not in NOT_A_CLAIM_BEFORE
    if token in SAYING_WORDS:
        return word_shortly_before(tokens, sentence_of, at, SAYER_WORDS, SAYER_BEFORE)
    if token in BELIEF_WORDS:
        return word_shortly_after(
            tokens, sentence_of, at, frozenset({PAST_PERFECT_WORD}), BELIEF_HAD_AFTER
        )
    if token in RAISING_WORDS:
        return _raised_as_an_error(tokens, sentence_of, at)
    return _called_out_that(tokens, sentence_of, at)


def _called_out_that(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether token `at` starts a call made aloud with what was called ("called out at the
    time out that the arrow was on the wrong leg"), not a doctor called out to attend."""
    return (
        tokens[at] == CALLED_WORD
        and at + 1 < len(tokens)
        and tokens[at + 1] == CALLED_OUT_WORD
        and word_shortly_after(tokens, sentence_of, at + 1, CALLED_THAT_WORDS, CALLED_THAT_AFTER)
    )


def _raised_as_an_error(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a word of raising at token `at` gives the event a label that names an error
    ("logged it as 'wrong side'", "reported it as a possible wrong site")."""
    sentence = sentence_of[at]
    for i in range(at + 1, min(len(tokens), at + 1 + RAISED_AS_AFTER)):
        if sentence_of[i] != sentence:
            return False
        if tokens[i] in RAISED_AS_WORDS:
            return word_shortly_after(tokens, sentence_of, i, ERROR_WORDS, RAISED_LABEL_AFTER)
    return False


#: The words `_claim_word` can read as framing a claim: any other token frames none.
CLAIM_FRAMING_WORDS = (
    CLAIM_WORDS | SAYING_WORDS | BELIEF_WORDS | RAISING_WORDS | frozenset({CALLED_WORD})
)


def _claim_before(doc: Document, at: int) -> bool:
    """Whether token `at` is told inside a claim: the nearest claim word before it in its
    sentence comes after any finding or turning word there ("son concerned dad had the wrong hip
    done" is a claim; "..., review found the correct hip replaced" and "what she believed was
    WFI but it was KCl" are not)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    start, _ = doc.sentence_tokens(sentence_of[at])
    for i in range(at - 1, start - 1, -1):
        if tokens[i] in FINDING_WORDS or tokens[i] in TURN_WORDS:
            return False
        if tokens[i] in CLAIM_FRAMING_WORDS and _claim_word(tokens, sentence_of, i):
            return True
    return False


#: A quotation opened after a colon ("Daughter of pt on ward 5: 'my mum has been given ...'"),
#: and a closing quote mark (one not inside a word: "pt's" is no close).
QUOTE_OPENED_AFTER_COLON = re.compile(r":\s*['\"\u2018\u201c]")
QUOTE_CLOSED = re.compile(r"(?<=[^\s])['\"\u2019\u201d](?![^\W\d_])")


def _quoted_account(doc: Document, span: Span) -> bool:
    """Whether a span is told inside a quotation a patient or a relative is named as giving,
    before a colon in its sentence ("Daughter of pt on ward 5: 'my mum has been given her
    methotrexate every day'", "Pt's wife: "they put the wrong tube in""): their account, as a
    word of saying frames one. (batch dev-174712: a relative's PALS contact answered by the
    chart)"""
    start, _ = doc.sentence_tokens(doc.sentence_of[span[0]])
    first = doc.char_span((start, start + 1))[0]
    begin = doc.char_span(span)[0]
    lead_in = doc.text[first:begin]
    opened = list(QUOTE_OPENED_AFTER_COLON.finditer(lead_in))
    if not opened or QUOTE_CLOSED.search(lead_in, opened[-1].end()):
        return False
    colon = first + opened[-1].start()
    speakers = range(start, span[0])
    return any(
        doc.tokens[i] in SAYER_WORDS for i in speakers if doc.char_span((i, i + 1))[1] <= colon
    )


def _queried(doc: Document, span: Span) -> bool:
    """Whether a query mark stands just before a span ("?retained swab", "? wrong side")."""
    begin = doc.char_span(span)[0]
    before = doc.text[max(0, begin - 3) : begin]
    return "?" in before


def _framed(doc: Document, span: Span) -> bool:
    """Whether a span of evidence is told as a claim, a quoted account or a query."""
    return _claim_before(doc, span[1] - 1) or _quoted_account(doc, span) or _queried(doc, span)


def _answers(doc: Document, start: int, end: int, denial_only: bool = False) -> bool:
    """Whether tokens `start` to `end` (a sentence, or the rest of one) answer a claim: they
    deny the error ("no scald occurred"), or a finding word tells the act as it should have
    been ("checked: given once"), with no redo, and no turn against it after that. With
    `denial_only`, only the error denied answers (the answer to a catch: records found right
    do not undo a wrong mark caught)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    answer = None
    finding = False
    for i in range(start, end):
        token = tokens[i]
        if token in ERROR_WORDS and not _negated(tokens, sentence_of, i):
            return False
        if token in UPHELD_WORDS and _negated(tokens, sentence_of, i):
            answer = i  # the review's own verdict: "complaint not upheld"
            continue
        if token in UPHELD_WORDS or _conformity_denied(tokens, sentence_of, i):
            return False
        if answer is not None:
            if token in TURN_WORDS:
                return False
            continue
        if token in FINDING_WORDS:
            finding = True
        elif (
            token in DENIED_EVENT_WORDS
            and _negated(tokens, sentence_of, i)
            and not word_shortly_after(tokens, sentence_of, i, REACHING_WORDS, REACHING_AFTER)
        ):
            answer = i
        elif (
            token in CONFORMING_WORDS
            and finding
            and not denial_only
            and not _plan_of_another(tokens, i)
            and not _describes_a_thing(doc, i)
        ):
            if token != ONLY or tokens[i - 1] in FINDING_WORDS or tokens[i - 1] in DAY_NAMES:
                answer = i
        elif token in REDO_WORDS:
            return False
    return answer is not None


def _describes_a_thing(doc: Document, at: int) -> bool:
    """Whether the verdict word at `at` (VERDICT_WORDS) describes the noun after it in its
    clause ("in appropriate position") rather than giving the review's verdict."""
    tokens = doc.tokens
    if tokens[at] not in VERDICT_WORDS or at + 1 >= len(tokens):
        return False
    following = at + 1
    if doc.sentence_of[following] != doc.sentence_of[at] or following in doc.clause_breaks:
        return False
    return tokens[following].isalpha() and tokens[following] not in VERDICT_FOLLOWING_WORDS


def _one_side_answers(analysis: Analysis, sentence: int) -> bool:
    """Whether a sentence answers a claim of a wrong side by naming, after its finding word, one
    side only, again and again, with the act told on that side there and on the other side
    nowhere in the report ("Reviewed: L effusion on CXR and USS, drain inserted L side, CXR post
    insertion confirms L drain"); no error, redo or turn told in it."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    start, end = doc.sentence_tokens(sentence)
    finding = next((i for i in range(start, end) if tokens[i] in FINDING_WORDS), None)
    if finding is None:
        return False
    sides = []
    for i in range(finding, end):
        token = tokens[i]
        if token in ERROR_WORDS and not _negated(tokens, sentence_of, i):
            return False
        if token in REDO_WORDS or token in TURN_WORDS or token in UPHELD_WORDS:
            return False
        named = side_of(token)
        if named is not None:
            sides.append(named)
    if len(sides) < ONE_SIDE_TOLD or len(set(sides)) != 1:
        return False
    side = sides[0]
    acted = analysis.concept(ACTED_SIDES[side])
    return any(start <= at < end for at, _ in acted) and not analysis.concept(ACTED_SIDES[1 - side])


def _conformity_denied(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether token `at` is a word of conformity told negated ("the ovary not consented",
    "not as planned"): the error told, not its answer."""
    return tokens[at] in CONFORMING_WORDS and _negated(tokens, sentence_of, at)


def _plan_of_another(tokens: list[str], at: int) -> bool:
    """Whether a word of conformity tells whose plan it was ("the lens inserted was the one
    planned for pt 3"), not that the act kept to this patient's plan."""
    return tokens[at] in PLAN_WORDS and at + 1 < len(tokens) and tokens[at + 1] == PLAN_FOR_WORD


def _answered_in_its_sentence(doc: Document, after: int, denial_only: bool = False) -> bool:
    """Whether the rest of the claim's sentence, from token `after` on, tells a finding that
    answers it ("..., review found the correct hip replaced as per the consent form")."""
    _, end = doc.sentence_tokens(doc.sentence_of[after - 1])
    finding = next((i for i in range(after, end) if doc.tokens[i] in FINDING_WORDS), None)
    return finding is not None and _answers(doc, finding, end, denial_only)


def _error_told(doc: Document, sentence: int) -> bool:
    """Whether a sentence tells an error as a fact: an error word neither negated nor inside a
    claim."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    start, end = doc.sentence_tokens(sentence)
    return any(
        (
            tokens[i] in ERROR_WORDS
            and not _negated(tokens, sentence_of, i)
            and not _claim_before(doc, i)
        )
        or (tokens[i] in UPHELD_WORDS and not _negated(tokens, sentence_of, i))
        or (_conformity_denied(tokens, sentence_of, i) and not _claim_before(doc, i))
        for i in range(start, end)
    )


def concern_answered(
    analysis: Analysis,
    evidence: tuple[Span, ...],
    locations: Iterable[tuple[Span, ...]],
    denial_only: bool = False,
) -> bool:
    """Whether a never event's `evidence` is told only as someone's claim that a later finding
    of the report answers; `locations` are every placement of the rule's pattern, which must
    not be told again outside a claim after it. With `denial_only` (a near miss: an error
    caught), only a finding that denies the error answers ("not an error")."""
    doc = analysis.doc
    sentence_of = doc.sentence_of
    framed = [span for span in evidence if _framed(doc, span)]
    if not framed:
        return False
    claim = max(sentence_of[span[1] - 1] for span in framed)
    last = sentence_of[-1] if sentence_of else -1
    claim_end = max(span[1] for span in framed)
    answering = {
        s
        for s in range(claim + 1, last + 1)
        if _answers(doc, *doc.sentence_tokens(s), denial_only)
        or (not denial_only and _one_side_answers(analysis, s))
    }
    if not answering and not _answered_in_its_sentence(doc, claim_end, denial_only):
        return False
    if any(_error_told(doc, s) for s in range(claim + 1, last + 1)):
        return False
    return not any(_told_again(doc, placement, claim, answering) for placement in locations)


def claim_framed(analysis: Analysis, evidence: tuple[Span, ...]) -> bool:
    """Whether some of a finding's evidence is told inside a claim frame."""
    return any(_framed(analysis.doc, span) for span in evidence)


def _told_again(
    doc: Document, placement: tuple[Span, ...], claim: int, answering: set[int]
) -> bool:
    """Whether a placement of the pattern is told wholly after the claim's sentence, outside
    any claim, and not only in the sentences that answer it ("KCl register checked: all
    ampoules accounted for, the flush used was NaCl" names the products it clears)."""
    sentence_of = doc.sentence_of
    sentences = {sentence_of[span[0]] for span in placement}
    return (
        min(sentences) > claim
        and not sentences <= answering
        and not any(_framed(doc, span) for span in placement)
    )


#: The exclusion id of a concern answered, per never-event code: a look-alike, whose themes are
#: the narrative's own, not those of the never event it raised.
CONCERN_ANSWERED = "ex.concern_answered"


def concern_answered_exclusion(code: str) -> str:
    """The exclusion id a finding of never event `code` gets when its concern is answered."""
    return f"NE{code}.{CONCERN_ANSWERED}"
