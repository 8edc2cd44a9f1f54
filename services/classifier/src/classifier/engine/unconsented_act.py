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
- not when the report tells the step as covered or allowed (EXTENSION_ALLOWED_WORDS): a
  consent for a possible extra step, a consent updated or redone, an emergency, a step for
  the patient's life or best interests (the framework's documented change of operation).
"""

from __future__ import annotations

from classifier.engine.act_record import SURGICAL_PROCEDURE
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
#: ("not consented", "without consent", "consent ... for tonsils only", "had declined").
LACK_WORDS = frozenset(
    {
        *("not", "never", "nt", "t", "without", "no", "only", "declined", "refused"),
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


def _added_acts(analysis: Analysis) -> list[Span]:
    """The acts told added: an ADDED_ACT_VERBS verb with an addition word within
    ADDITION_REACH tokens before it in its clause, affirmed, no negation straight after, and a
    procedure named in its sentence."""
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
        if analysis.context.affirmed((at, at + 1)):
            acts.append((at, at + 1))
    return acts


def _consent_sentences(analysis: Analysis) -> tuple[set[int], set[int]]:
    """The sentences telling the consent lacking (a consent word with a lack word within
    LACK_REACH tokens of it in its sentence, or an unconsented word) and those telling a
    consent with no lack word near it ("which was consented for on the form")."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    lacking, given = set(), set()
    for at, token in enumerate(tokens):
        if token in UNCONSENTED_WORDS:
            lacking.add(sentence_of[at])
        if token not in CONSENT_WORDS:
            continue
        near = range(max(0, at - LACK_REACH), min(len(tokens), at + LACK_REACH + 1))
        if any(tokens[i] in LACK_WORDS and sentence_of[i] == sentence_of[at] for i in near):
            lacking.add(sentence_of[at])
        else:
            given.add(sentence_of[at])
    return lacking, given


def extension_allowed(analysis: Analysis) -> bool:
    """Whether the report tells an added step as consented as possible, consented anew, or
    done in an emergency or for the patient's life or best interests."""
    return not EXTENSION_ALLOWED_WORDS.isdisjoint(analysis.doc.tokens)


def add_unconsented_act_reasoning(analysis: Analysis) -> None:
    """Add each act told added as PROCEDURE_DONE_UNCONSENTED when a sentence within
    CONSENT_SENTENCES of it tells the consent lacking, its own sentence tells no consent given
    ("also performed a SLNB which was consented for on the form": a relative's later claim of
    no consent is answered) and nothing tells the step allowed."""
    acts = _added_acts(analysis)
    if not acts or extension_allowed(analysis):
        return
    lacking, given = _consent_sentences(analysis)
    sentence_of = analysis.doc.sentence_of
    unconsented = [
        act
        for act in acts
        if any(abs(sentence_of[act[0]] - n) <= CONSENT_SENTENCES for n in lacking)
        and (sentence_of[act[0]] not in given or sentence_of[act[0]] in lacking)
    ]
    if unconsented:
        analysis.add_found(concept_label(PROCEDURE_DONE_UNCONSENTED), unconsented)
