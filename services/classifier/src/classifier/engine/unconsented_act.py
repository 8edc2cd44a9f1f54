"""The procedure done unconsented: a further procedure told as done on top of the planned one
("surgeon also did an adenoidectomy", "additionally performed an ablation") in a report that
tells the patient's consent as not covering it ("consent was for grommets only", "mum was not
asked", "had not agreed to this", "without consent"): a procedure other than the one consented
and planned, on the right patient, so a wrong procedure, never event 1.

What decides is the consent told lacking beside an act told added, not the procedure's name:

- the act: a past-tense verb of doing an operation (ADDED_ACT_VERBS) with an addition word
  (ADDITION_WORDS) just before it in its clause, affirmed, not negated straight after ("also
  did not check"), and a procedure named in its sentence;
- the consent lacking: a consent word (CONSENT_WORDS) with a lack word (LACK_WORDS) within
  LACK_REACH tokens of it in one sentence, within CONSENT_SENTENCES sentences of the act, or
  the procedure told "unconsented";
- not when the report tells the step as covered or allowed (EXTENSION_ALLOWED_WORDS, not
  negated, or a consent for "any further procedure"): a consent for a possible extra step, a
  consent updated or redone, an emergency, a step for the patient's life or best interests
  (the framework's documented change of operation);
- not an act told as the plan or routine in its own clause ("also did the planned
  cystoscopy", "also performed a biopsy as routine"), nor one told in an account of another
  place or a time long gone ("another trust reported last year that a surgeon also removed");
- a lack is not read when it tells the consent form missing or unsigned ("consent form not
  found": paperwork, the act may be the one planned), when its sentence tells the step as
  the plan or routine ("did not consent to the catheter, which was part of the plan"), nor
  when it names what was not consented and that is no procedure nor a word back to the act
  ("did not consent to her data being shared", "not asked about sedation", "refused consent
  for a blood transfusion": another matter, not this act).

A procedure the patient DECLINED, or had struck off the consent, told done after the decline
("sterilisation discussed at 36/40 and woman DECLINED ... Filshie clips applied to both tubes",
"refused the episiotomy ... episiotomy performed") is the same wrong procedure, with no
addition word: the declined procedure is the one its decline word governs in its clause, and
the act names it (or one of its other names, PROCEDURE_FAMILIES) with a done verb, not denied
("no BTL done"); not when the report tells her mind changed or the consent taken again.
"""

from __future__ import annotations

from collections.abc import Iterable

from classifier.engine.act_record import SURGICAL_PROCEDURE
from classifier.engine.context import long_ago_or_elsewhere
from classifier.engine.paperwork_catch import GENERIC_PROCEDURE_WORDS
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span

#: The concept this reading adds (rule NE1.procedure_done_unconsented).
PROCEDURE_DONE_UNCONSENTED = "procedure_done_unconsented"
#: Words telling an act as added to the planned one, just before its verb ("also excised",
#: "additionally performed").
ADDITION_WORDS = frozenset({"also", "additionally"})
#: How far before the act's verb, in its clause, the addition word may stand ("also carried
#: out", "also went on to remove" is not read).
ADDITION_REACH = 2
#: Past-tense verbs of doing an operation or a step of one: the act done, not asked about or
#: offered ("could also remove").
ADDED_ACT_VERBS = frozenset(
    {
        *("did", "performed", "carried", "undertook", "removed", "excised", "released"),
        *("repaired", "resected", "biopsied", "injected", "ablated", "divided", "fixed"),
    }
)
#: Negations that, straight after the verb, tell the act not done ("also did not check").
NEGATIONS = frozenset({"not", "never", "nt", "t"})
#: Words naming the patient's consent or agreement (or the asking for it).
CONSENT_WORDS = frozenset({"consent", "consented", "consenting", "agreed", "asked", "permission"})
#: Words that, near a consent word, tell it lacking or confined to the planned procedure
#: ("not consented", "without consent", "consent ... for tonsils only", "had declined"): the
#: negations and more.
LACK_WORDS = NEGATIONS | frozenset(
    {
        *("without", "no", "only", "declined", "refused"),
        *("wasnt", "hadnt", "didnt", "werent"),
    }
)
#: A procedure told as unconsented in one word.
UNCONSENTED_WORDS = frozenset({"unconsented"})
#: How far (tokens, in its sentence) a lack word may stand from the consent word.
LACK_REACH = 5
#: How many sentences either side of the act the consent lacking may be told.
CONSENT_SENTENCES = 3
#: Words telling the added step as covered by the consent or allowed by the framework: a
#: possible step consented, a consent updated or redone, an emergency, a step for the
#: patient's life or best interests.
EXTENSION_ALLOWED_WORDS = frozenset(
    {
        *("possible", "possibly", "include", "included", "includes", "including"),
        *("updated", "amended", "redone", "reconsented", "emergency", "life", "lifesaving"),
        *("interests",),
    }
)
#: Words that, after "any", tell a consent for whatever further step is found necessary
#: ("consent for lap chole and any necessary further procedure").
ANY_FURTHER_STEP_WORDS = frozenset({"further", "additional", "necessary", "other", "extra"})
#: How far after "any" (tokens) the further-step word may stand.
ANY_FURTHER_REACH = 2
#: Words telling a step as the plan or routine practice ("the planned cystoscopy", "as
#: routine", "part of the standard consent", "as per protocol"), when not negated.
PLAN_WORDS = frozenset({"planned", "plan", "routine", "routinely", "protocol", "standard"})
#: How far before a plan or allowing word (tokens) a negation unsays it ("not planned",
#: "did not include").
UNSAYING_REACH = 2
#: How far either side of the act (tokens, in its clause) a plan word may stand.
ACT_CLAUSE_REACH = 12
#: Words naming the consent's paper: a lack told after it tells the form missing or unsigned
#: ("consent form not found"), not the consent lacking.
CONSENT_PAPER_WORDS = frozenset({"form", "forms", "paperwork", "document"})
#: Words that, just after a consent word, open what the consent was about ("did not consent
#: to", "not asked about", "refused consent for").
CONSENT_OBJECT_LINKS = frozenset({"to", "for", "about", "if", "whether", "regarding"})
#: Words that, opening what was not consented, point back to the act ("did not consent to
#: this", "never asked about it").
WORDS_BACK_TO_THE_ACT = frozenset({"this", "it", "that", "these", "them", "those", "any"})
#: Words that name nothing in what a consent was about ("to the", "for a copy of").
FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "on", "in", "at", "to", "and", "or", "her", "his", "their", "by"}
)
#: How many tokens after the link (in its clause) name what the consent was about.
CONSENT_OBJECT_REACH = 6
#: The lack word that confines the consent to the planned procedure ("consent for tonsils
#: only"): what it names is the planned procedure, not another matter.
CONFINING_WORDS = frozenset({"only"})


def _unsaid(tokens: list[str], at: int) -> bool:
    """Whether a negation stands within UNSAYING_REACH tokens before token `at` ("not
    planned", "did not include")."""
    return any(tokens[i] in NEGATIONS for i in range(max(0, at - UNSAYING_REACH), at))


def _plan_told(tokens: list[str], indexes: Iterable[int]) -> bool:
    """Whether one of the tokens at `indexes` is a plan word not negated."""
    return any(tokens[i] in PLAN_WORDS and not _unsaid(tokens, i) for i in indexes)


def _told_elsewhere_or_long_ago(analysis: Analysis, at: int) -> bool:
    """Whether token `at` stands in an account of another place or a time long gone, or its
    sentence tells one before it ("another trust reported last year that a surgeon also
    removed")."""
    if any(start <= at < end for start, end in analysis.accounts_of_the_past()):
        return True
    first, _ = analysis.doc.sentence_tokens(analysis.doc.sentence_of[at])
    return any(long_ago_or_elsewhere(analysis.doc.tokens, i) for i in range(first, at))


def _added_acts(analysis: Analysis) -> list[Span]:
    """The acts told added: an ADDED_ACT_VERBS verb with an addition word within
    ADDITION_REACH tokens before it in its clause, affirmed, no negation straight after, a
    procedure named in its sentence, no plan word in its clause and not told of another place
    or a time long gone."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    procedure_sentences = {sentence_of[start] for start, _ in analysis.concept(SURGICAL_PROCEDURE)}
    acts = []
    for at, token in enumerate(tokens):
        if token not in ADDED_ACT_VERBS or sentence_of[at] not in procedure_sentences:
            continue
        if at + 1 < len(tokens) and tokens[at + 1] in NEGATIONS:
            continue
        if not any(tokens[i] in ADDITION_WORDS for i in doc.before_in_clause(at, ADDITION_REACH)):
            continue
        clause = [
            *doc.before_in_clause(at, ACT_CLAUSE_REACH),
            *doc.after_in_clause(at, at + 1, ACT_CLAUSE_REACH),
        ]
        if _plan_told(tokens, clause) or _told_elsewhere_or_long_ago(analysis, at):
            continue
        if analysis.context.affirmed((at, at + 1)):
            acts.append((at, at + 1))
    return acts


def _about_another_matter(
    analysis: Analysis, at: int, procedure_starts: set[int], act_words: set[str]
) -> bool:
    """Whether the consent word at `at` names what it was about and that is no procedure, no
    word back to the act and no word of an added act's sentence ("did not consent to her data
    being shared", "not asked about sedation"; not "no consent for SLNB" after "SLNB also
    performed")."""
    doc = analysis.doc
    tokens = doc.tokens
    link = next(
        (i for i in doc.after_in_clause(at, at + 1, 2) if tokens[i] in CONSENT_OBJECT_LINKS), None
    )
    if link is None:
        return False
    named = list(doc.after_in_clause(at, link + 1, CONSENT_OBJECT_REACH))
    if not named or tokens[named[0]] in WORDS_BACK_TO_THE_ACT:
        return False
    return not any(i in procedure_starts or tokens[i] in act_words for i in named)


def _lack_told(
    analysis: Analysis, at: int, procedure_starts: set[int], act_words: set[str]
) -> bool:
    """Whether the consent word at `at` is told lacking: a lack word within LACK_REACH tokens
    of it in its sentence, not one after the consent's paper ("consent form not found"), and
    not about another matter than a procedure."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    paper = at + 1 < len(tokens) and tokens[at + 1] in CONSENT_PAPER_WORDS
    near = range(max(0, at - LACK_REACH), min(len(tokens), at + LACK_REACH + 1))
    lacks = [
        i
        for i in near
        if tokens[i] in LACK_WORDS and sentence_of[i] == sentence_of[at] and not (paper and i > at)
    ]
    if not lacks:
        return False
    if all(tokens[i] in CONFINING_WORDS for i in lacks):
        return True
    return not _about_another_matter(analysis, at, procedure_starts, act_words)


def _consent_sentences(analysis: Analysis, acts: list[Span]) -> tuple[set[int], set[int]]:
    """The sentences telling the consent lacking (a consent word told lacking, or an
    unconsented word, in a sentence telling no plan or routine) and those telling a consent
    with no lack word near it ("which was consented for on the form")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    procedure_starts = {start for start, _ in analysis.concept(SURGICAL_PROCEDURE)}
    act_words = {
        tokens[i]
        for start, _ in acts
        for i in range(*doc.sentence_tokens(sentence_of[start]))
        if tokens[i] not in FUNCTION_WORDS
    }
    lacking, given = set(), set()
    for at, token in enumerate(tokens):
        if token in UNCONSENTED_WORDS:
            lacking.add(sentence_of[at])
        if token not in CONSENT_WORDS:
            continue
        if _lack_told(analysis, at, procedure_starts, act_words):
            lacking.add(sentence_of[at])
        else:
            given.add(sentence_of[at])
    planned = {
        sentence
        for sentence in lacking
        if _plan_told(tokens, range(*doc.sentence_tokens(sentence)))
    }
    return lacking - planned, given


def _extension_allowed(analysis: Analysis) -> bool:
    """Whether the report tells an added step as consented as possible or as any further step
    found necessary, consented anew, or done in an emergency or for the patient's life or best
    interests (the allowing word not negated: "the consent did not include it" allows
    nothing)."""
    tokens = analysis.doc.tokens
    for at, token in enumerate(tokens):
        if token in EXTENSION_ALLOWED_WORDS and not _unsaid(tokens, at):
            return True
        following = tokens[at + 1 : at + 1 + ANY_FURTHER_REACH]
        if token == "any" and not ANY_FURTHER_STEP_WORDS.isdisjoint(following):
            return True
    return False


#: Words telling the patient's decision against a procedure, or the procedure struck off the
#: consent ("sterilisation discussed and woman DECLINED", "refused the episiotomy", "'and
#: tubal ligation' crossed through on the consent form"); not "withdrawn", which is as often a
#: needle or drain drawn back.
DECLINE_WORDS = frozenset(
    {
        *("declined", "declines", "declining", "refused", "refuses", "refusing", "crossed"),
        *("struck", "deleted"),
    }
)
#: How far before the decline word (tokens, in its clause) the declined procedure may stand
#: ("sterilisation discussed at 36/40 and woman DECLINED"), and how far after it ("refused the
#: episiotomy"): the procedure decided against, not another named in the sentence ("plan
#: LSCS, declined BTL").
DECLINED_BEFORE_REACH = 8
DECLINED_AFTER_REACH = 4
#: Words of one operation told by many names ("sterilisation", "BTL", "tubal ligation",
#: "Filshie clips applied to both tubes"): a procedure declined under one name and done under
#: another is the same procedure. A procedure word outside them is matched by itself.
PROCEDURE_FAMILIES = (
    frozenset(
        {
            *("sterilisation", "sterilization", "sterilised", "sterilized", "btl", "tubal"),
            *("ligation", "filshie", "tubes", "clipped", "salpingectomy"),
        }
    ),
    frozenset({"circumcision", "circumcised"}),
    frozenset({"episiotomy", "episiotomies"}),
    frozenset({"coil", "iud", "ius", "mirena"}),
)
#: Past-tense verbs of doing a procedure, told after the procedure's name ("Filshie clips
#: applied", "episiotomy performed", "BTL done").
DONE_VERBS = ADDED_ACT_VERBS | frozenset(
    {"applied", "done", "inserted", "placed", "cut", "ligated", "tied", "clipped", "completed"}
)
#: How far (tokens, in its sentence) the done verb may stand from the procedure word.
DONE_REACH = 4
#: Words telling the decision reversed or the step consented after all ("changed her mind",
#: "requested it on the day", "reconsented"): the procedure done as she then wished.
MIND_CHANGED_WORDS = frozenset(
    {"mind", "requested", "request", "reconsented", "reconsent", "agreed", "persuaded"}
)
#: The consent taken again, told in two words ("re-consented", "re consent").
REDO_PREFIX = "re"
CONSENT_AGAIN_WORDS = frozenset({"consented", "consent"})


def _mind_changed(tokens: list[str]) -> bool:
    """Whether the report tells the decision reversed or the consent taken again."""
    if not MIND_CHANGED_WORDS.isdisjoint(tokens):
        return True
    return any(
        token == REDO_PREFIX and tokens[at + 1 : at + 2] and tokens[at + 1] in CONSENT_AGAIN_WORDS
        for at, token in enumerate(tokens)
    )


def _family(word: str) -> frozenset[str]:
    """The words naming the procedure `word` names: its family, else the word itself."""
    return next((family for family in PROCEDURE_FAMILIES if word in family), frozenset({word}))


#: Words denying the act of a procedure told just before it or between it and its verb ("no
#: BTL done", "sterilisation not performed").
ACT_DENIALS = NEGATIONS | frozenset({"no", "nil", "without"})


def _denied_between(tokens: list[str], word: int, verb: int) -> bool:
    """Whether a denial stands from UNSAYING_REACH tokens before the first of the procedure word
    at `word` and the verb at `verb` up to the later of them ("no BTL done")."""
    first, last = min(word, verb), max(word, verb)
    return not ACT_DENIALS.isdisjoint(tokens[max(0, first - UNSAYING_REACH) : last + 2])


def _declined_procedures(analysis: Analysis) -> list[tuple[int, frozenset[str]]]:
    """The procedures told declined: for each decline word, the sentence it stands in and the
    words naming each procedure (SURGICAL_PROCEDURE spans, or family words) in its clause,
    within DECLINED_BEFORE_REACH tokens before it or DECLINED_AFTER_REACH after it."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    procedure_at = {
        i for start, end in analysis.concept(SURGICAL_PROCEDURE) for i in range(start, end)
    }
    family_words = frozenset().union(*PROCEDURE_FAMILIES)
    declined = []
    for at, token in enumerate(tokens):
        if token not in DECLINE_WORDS:
            continue
        near = [
            *doc.before_in_clause(at, DECLINED_BEFORE_REACH),
            *doc.after_in_clause(at, at + 1, DECLINED_AFTER_REACH),
        ]
        words = frozenset().union(
            *(
                _family(tokens[i])
                for i in near
                if (i in procedure_at or tokens[i] in family_words)
                and tokens[i] not in GENERIC_PROCEDURE_WORDS
            )
        )
        if words:
            declined.append((sentence_of[at], words))
    return declined


def _declined_acts_done(analysis: Analysis) -> list[Span]:
    """The acts of a declined procedure told done after the decline (dev-177323: "sterilisation
    discussed at 36/40 and woman DECLINED ... Filshie clips applied to both tubes"): a word of
    the declined procedure's family in a later sentence with a done verb within DONE_REACH
    tokens of it, affirmed and not negated, in a report telling no change of mind, no consent
    given anew and no step allowed (`_extension_allowed`)."""
    declined = _declined_procedures(analysis)
    tokens = analysis.doc.tokens
    if not declined or _mind_changed(tokens) or _extension_allowed(analysis):
        return []
    doc = analysis.doc
    sentence_of = doc.sentence_of
    acts = []
    for at, token in enumerate(tokens):
        if token not in DONE_VERBS:
            continue
        near = [
            i
            for i in range(max(0, at - DONE_REACH), min(len(tokens), at + DONE_REACH + 1))
            if sentence_of[i] == sentence_of[at]
        ]
        if any(
            sentence_of[at] > sentence
            and any(tokens[i] in words and not _denied_between(tokens, i, at) for i in near)
            for sentence, words in declined
        ) and analysis.context.affirmed((at, at + 1)):
            acts.append((at, at + 1))
    return [act for act in acts if not _told_elsewhere_or_long_ago(analysis, act[0])]


def add_unconsented_act_reasoning(analysis: Analysis) -> None:
    """Add each act told added as PROCEDURE_DONE_UNCONSENTED when a sentence within
    CONSENT_SENTENCES of it tells the consent lacking, its own sentence tells no consent given
    ("also performed a SLNB which was consented for on the form": a relative's later claim of
    no consent is answered) and nothing tells the step allowed."""
    declined_done = _declined_acts_done(analysis)
    if declined_done:
        analysis.add_found(concept_label(PROCEDURE_DONE_UNCONSENTED), declined_done)
    acts = _added_acts(analysis)
    if not acts or _extension_allowed(analysis):
        return
    lacking, given = _consent_sentences(analysis, acts)
    sentence_of = analysis.doc.sentence_of
    unconsented = [
        act
        for act in acts
        if any(abs(sentence_of[act[0]] - n) <= CONSENT_SENTENCES for n in lacking)
        and (sentence_of[act[0]] not in given or sentence_of[act[0]] in lacking)
    ]
    if unconsented:
        analysis.add_found(concept_label(PROCEDURE_DONE_UNCONSENTED), unconsented)
