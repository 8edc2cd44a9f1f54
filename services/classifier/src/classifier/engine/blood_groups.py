"""ABO blood-group reasoning: who is which group, and is what they got compatible.

Reporters rarely write "ABO incompatible"; they write "pt is group O pos, the unit hung was
A pos". This module reads the ABO groups stated in a tokenized narrative, works out whose
group each one is (the recipient's, or a red-cell / plasma / platelet / organ component's) and
applies the real ABO rules:

- red cells and solid organs carry the donor's antigens: compatible when every donor antigen
  is one the recipient has (O to anyone, AB only to AB);
- plasma (FFP, cryoprecipitate, Octaplas) carries the donor's antibodies: compatible when the
  recipient has no antigen the donor lacks (AB plasma to anyone, O plasma only to O);
- platelets of a group O donor, not told tested high-titre negative, to a non-O recipient are
  incompatible (the donor's anti-A/B in their plasma); platelets whose plasma the recipient
  can take (group A, B or AB for a group O patient, AB for anyone) are compatible by it; other
  platelets are not judged (ABO-non-identical platelets are given routinely, high-titre
  negative O ones to anyone).

Pure: tokens in, pairs out; no taxonomy, no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from classifier.engine import unit_persons
from classifier.engine.text import before_in_clause

Role = Literal["recipient", "red_cells", "plasma", "platelets", "organ"]

#: Antigens of each ABO group.
ANTIGENS: dict[str, frozenset[str]] = {
    "o": frozenset(),
    "a": frozenset({"a"}),
    "b": frozenset({"b"}),
    "ab": frozenset({"a", "b"}),
}

#: Run-together group tokens ("Opos", "ABneg").
_FUSED = {f"{g}{rh}": g for g in ANTIGENS for rh in ("pos", "neg")}
#: Tokens that can name a group: a group letter or a run-together group.
_GROUP_TOKENS = frozenset(ANTIGENS) | frozenset(_FUSED)
#: Words right after a group letter that make it a blood group ("O neg", "A+", "B RhD pos").
_RH_WORDS = frozenset({"pos", "neg", "+", "rh", "rhd", "rhesus", "ve", "positive", "negative"})
#: "positive"/"negative" after a bare letter are blood groups only before these ("A positive
#: blood", "pt is A negative."), not before a test ("had a positive DAT").
_RH_SPELLED = frozenset({"positive", "negative"})
#: Words right before a group letter that make it a blood group ("group O", "grouped as A").
_GROUP_CUES = frozenset({"group", "grp", "gp", "grouped", "groups", "abo", "type", "typed"})
_GROUP_FILLERS = frozenset({"as", "is", "was", "of", "a", "blood"})
#: Words before a bare O/B/AB (not A: the article) that make it a group ("unit was O"), also
#: as a label or a person says it ("the label said B", "I am O neg").
_COPULAS = frozenset(
    {"was", "is", "were", "labelled", "labeled", "as", "being", "actually", "said", "says", "am"}
)
#: Words saying a recipient group is the true one (a wrong-blood-in-tube regrouping).
_TRUE_CUES = frozenset(
    {"true", "actual", "actually", "real", "correct", "historic", "historical", "known"}
)

#: Words naming the recipient of a unit. The recipient words opening the "got|had" phrases of
#: `transfusion_reached` in never_events.yaml are a shorter copy of these (the phrases cannot
#: name a word list of the code): a word of the recipient added to one may belong in the other.
RECIPIENT_WORDS = frozenset(
    {
        "pt",
        "pts",
        "patient",
        "patients",
        "recipient",
        "recipients",
        "man",
        "woman",
        "lady",
        "gentleman",
        "gent",
        "child",
        "baby",
        "neonate",
        "infant",
        "boy",
        "girl",
        "mother",
        "mum",
        "twin",
        # lay reporters name the recipient by relation ("dad is group A")
        "dad",
        "father",
        "husband",
        "wife",
        "son",
        "daughter",
        "nan",
        "grandad",
        "grandma",
        "partner",
        "mr",
        "mrs",
        "ms",
        "miss",
        "master",
        # the patient told by age ("12 yr old (group O neg)", "16yo, A pos")
        "old",
        "yo",
        "he",
        "she",
        "who",
        "whose",
        "his",
        "her",
        "their",
        "wristband",
        "band",
        "sample",
        "samples",
        "record",
        "records",
        "history",
        # the patient's own record of the group ("checked with his blood group card (A)")
        "card",
    }
)
COMPONENT_WORDS: dict[str, Role] = {
    **dict.fromkeys(
        (
            "unit",
            "units",
            "bag",
            "bags",
            "blood",
            "rbc",
            "rbcs",
            "prbc",
            "prbcs",
            # red cell concentrate, and the neonatal split packs ("group A RCC", "the
            # paedipak was group A RhD pos")
            "rcc",
            "paedipak",
            "paedipaks",
            "paedipack",
            "paedipacks",
            "cells",
            "pack",
            "packs",
            "component",
            "components",
            "crossmatched",
            # the unit's own tag / label read at the bedside ("the label said B neg")
            "tag",
            "label",
        ),
        "red_cells",
    ),
    **dict.fromkeys(
        ("ffp", "plasma", "cryo", "cryoprecipitate", "octaplas", "frozen"),
        "plasma",
    ),
    **dict.fromkeys(("platelets", "platelet", "plts", "plt", "pools", "pool"), "platelets"),
    **dict.fromkeys(
        (
            "kidney",
            "liver",
            "heart",
            "lung",
            "lungs",
            "pancreas",
            "organ",
            "graft",
            "donor",
            "odt",
        ),
        "organ",
    ),
}
#: Tokens back from a group mention within which its owner noun is looked for.
OWNER_WINDOW = 8
#: Sentences apart within which a recipient group and a component group are paired.
PAIR_SENTENCES = 3
#: Components paired with the recipient's only group however far apart (see `pairings`).
_FAR_PAIRED_ROLES = frozenset({"red_cells", "plasma", "platelets"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An ABO group stated in the narrative, with whose group it is."""

    group: str
    role: Role
    start: int
    end: int
    preferred: bool = False

    @property
    def span(self) -> tuple[int, int]:
        """Token span [start, end)."""
        return self.start, self.end


@dataclass(frozen=True, slots=True)
class Pairing:
    """A recipient group paired with a component group, and the ABO verdict."""

    recipient: Mention
    component: Mention
    compatible: bool
    #: Paired across more than PAIR_SENTENCES sentences (the recipient's only group, see
    #: `pairings`).
    far: bool = False


def compatible(
    recipient: str, donor: str, role: Role, high_titre_negative: bool = False
) -> bool | None:
    """Whether a `donor` group component of kind `role` is ABO compatible with a `recipient`
    group (None when not judged: platelets neither a group O donor's, not tested high-titre
    negative, to a non-O recipient, nor of a non-O donor whose plasma the recipient can take)."""
    if role == "recipient":
        return None
    have, give = ANTIGENS[recipient], ANTIGENS[donor]
    if role == "plasma":
        return have <= give
    if role == "platelets":
        # the O donor's anti-A/B in the platelets' plasma; platelets whose plasma the recipient
        # can take (group A, B or AB platelets for a group O patient, AB ones for anyone) are
        # compatible by it; other platelets not judged
        if not give and have and not high_titre_negative:
            return False
        return True if have <= give and give else None
    return give <= have


#: Words of the titre of a group O donor's anti-A/B ("high titre negative", "HT neg", "HTN").
_TITRE_WORDS = frozenset({"titre", "titer", "ht"})
_NEGATIVE_WORDS = frozenset({"negative", "neg", "ve", "-ve"})
_TITRE_NEGATIVE = frozenset({"htn", "htneg"})
#: Words that deny the test's result ("not labelled as high titre negative", "HT not tested").
#: ("hadn't been tested HT neg": the contraction's stem)
_TITRE_DENIALS = frozenset(
    {"not", "without", "no", "untested", "unknown", "hadn", "hasn", "wasn", "weren", "isn"}
)
#: How far from a platelet group its titre may be told (in its sentence).
TITRE_TOKENS = 6


def _titre_denied(tokens: Sequence[str], low: int, k: int) -> bool:
    """Whether the titre word at `k` is told denied: a denial within four tokens before it
    ("not labelled as high titre negative"), "no" only straight before its phrase ("no high
    titre test"; not "no reaction, HT neg unit")."""
    if not (_TITRE_DENIALS - {"no"}).isdisjoint(tokens[max(low, k - 4) : k]):
        return True
    phrase_start = k - 1 if k > low and tokens[k - 1] == "high" else k
    return phrase_start > low and tokens[phrase_start - 1] == "no"


def _titres_told(tokens: Sequence[str], low: int, high: int) -> tuple[bool, bool]:
    """Whether tokens [low, high) tell a high-titre negative test, and whether they tell a
    titre otherwise (positive, untested, denied: "not labelled as high-titre negative", "HT not
    tested", "high titre anti-A/B positive", "group O high titre")."""
    negative = other = False
    for k in range(low, high):
        if tokens[k] in _TITRE_NEGATIVE:
            told_negative = True
        elif tokens[k] in _TITRE_WORDS:
            told_negative = not _NEGATIVE_WORDS.isdisjoint(tokens[k + 1 : k + 3])
        else:
            continue
        if told_negative and not _titre_denied(tokens, low, k):
            negative = True
        else:
            other = True
    return negative, other


def _high_titre_negative(tokens: Sequence[str], sentence_of: Sequence[int], m: Mention) -> bool:
    """Whether the platelets of the group at `m` count as high-titre negative: told so in its
    sentence ("a high-titre negative grp O unit", "group O HT neg platelets"), else anywhere in
    a report that tells no titre otherwise ("bag group O ... given as group O platelets tested
    HT neg"), or no titre told at all: group O platelets for a non-O patient are routine, and
    only a titre told high, untested or not negative makes them incompatible."""
    sentence = sentence_of[m.start]
    first, last = bisect_left(sentence_of, sentence), bisect_left(sentence_of, sentence + 1)
    negative, other = _titres_told(
        tokens, max(first, m.start - TITRE_TOKENS), min(last, m.end + TITRE_TOKENS)
    )
    if negative or other:
        return negative
    return not _titres_told(tokens, 0, len(tokens))[1]


def _clause_end(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], i: int
) -> bool:
    """Whether token i is the last of its clause (or sentence)."""
    nxt = i + 1
    return nxt >= len(tokens) or nxt in breaks or sentence_of[nxt] != sentence_of[i]


def _terse_group(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], i: int
) -> bool:
    """Whether a bare letter at i is a group in a terse clause of its own: "pt O", "(A unit,",
    "pt A." (a recipient noun or a component noun and the letter make up the whole clause)."""
    if not _clause_end(tokens, sentence_of, breaks, i) and not (
        i + 1 < len(tokens)
        and tokens[i + 1] in COMPONENT_WORDS
        and _clause_end(tokens, sentence_of, breaks, i + 1)
    ):
        return False
    if i in breaks:  # "(A unit, pt O)": letter then component noun, nothing else
        return i + 1 < len(tokens) and tokens[i + 1] in COMPONENT_WORDS
    before = i - 1
    return (
        before >= 0
        and before in breaks
        and (tokens[before] in RECIPIENT_WORDS or tokens[before] in COMPONENT_WORDS)
        and tokens[before] not in _HONORIFICS
        and _clause_end(tokens, sentence_of, breaks, i)
    )


#: The word before a group letter that names the other groups ("non-O", dev-175322).
_EXCEPT_GROUP_WORD = "non"
#: Recipient nouns that precede initials, not groups ("Mr A Jones").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "master"})


def _group_at(
    tokens: Sequence[str],
    i: int,
    sentence_of: Sequence[int] = (),
    breaks: frozenset[int] = frozenset(),
) -> tuple[str, int, int] | None:
    """The group named at token i, with the span of the whole mention, if it is one. A letter
    after "non" ("non-O pts only get O platelets if HT neg") names every group but it: none."""
    token = tokens[i]
    if i > 0 and tokens[i - 1] == _EXCEPT_GROUP_WORD:
        return None
    if token in _FUSED:
        return _FUSED[token], i, i + 1
    if token not in ANTIGENS:
        return None
    start = i
    while (
        start > 0
        and tokens[start - 1] in _GROUP_FILLERS
        and tokens[start - 1] not in _GROUP_CUES
        and i - start < 3
    ):
        start -= 1
    cued = start > 0 and tokens[start - 1] in _GROUP_CUES
    start = start - 1 if cued else i
    end = i + 1
    nxt = tokens[end] if end < len(tokens) else ""
    after = tokens[end + 1] if end + 1 < len(tokens) else ""
    if nxt in _RH_WORDS and (nxt not in _RH_SPELLED or cued or after not in _TESTS):
        end += 1
        while end < len(tokens) and tokens[end] in _RH_WORDS:
            end += 1
        return token, start, end
    if cued:
        return token, start, end
    told = _read_off_a_record(tokens, sentence_of, i) if sentence_of else None
    if told is not None and (token != "a" or _clause_end(tokens, sentence_of, breaks, i)):
        return token, told, end  # "the donor blood group on the HTA-B form read B;"
    if sentence_of and _transplant_pair_group(tokens, sentence_of, i):
        return token, i, end
    if token != "a" and (
        nxt in COMPONENT_WORDS or nxt in RECIPIENT_WORDS or (i > 0 and tokens[i - 1] in _COPULAS)
    ):
        return token, i, end
    if _before_plural_component(tokens, end):
        return token, i, end  # "2 units A red cells", "B red cells": no article before a plural
    if _amount_of(tokens, i) and (token != "a" or nxt in _GIVING_VERBS | _HANDING_VERBS):
        return token, i, end  # "2 units of B given", "50ml of A transfused"
    if sentence_of and _terse_group(tokens, sentence_of, breaks, i):
        return token, i, end
    if sentence_of and _clause_end(tokens, sentence_of, breaks, i):
        if token == "a" and i > 0 and tokens[i - 1] in _COPULAS:
            return token, i, end  # "the lady in the next bed who is A."
        if i in breaks and _abo_sentence(tokens, sentence_of, i):
            return token, i, end  # "the donor ABO on the organ packaging (A)"
        if (
            token != "a"
            and i > 0
            and tokens[i - 1] in RECIPIENT_WORDS
            and tokens[i - 1] not in _HONORIFICS
            and sentence_of[i - 1] == sentence_of[i]
            and _abo_sentence(tokens, sentence_of, i)
            and token not in _patient_letter_labels(tokens)
        ):
            return token, i, end  # "the unit was group A and the pt O."
    return None


#: Verbs of a form, label or record stating what is written on it ("the form read B", "the
#: paperwork showed O", "the label states AB").
_READ_OFF_VERBS = frozenset({"read", "reads", "showed", "shows", "stated", "states"})
#: Tokens before the verb within which the group word it reads out is told.
READ_OFF_REACH = 8


def _read_off_a_record(tokens: Sequence[str], sentence_of: Sequence[int], i: int) -> int | None:
    """The group word a letter ending its clause is read off for, when a form or label is told
    to read it ("the donor blood group on the HTA-B form read B; recipient is group A"): the
    ABO word told before it in its sentence, within READ_OFF_REACH tokens, whose owner the
    mention then names (batch 109 dev-181387); None otherwise."""
    if i == 0 or tokens[i - 1] not in _READ_OFF_VERBS or sentence_of[i - 1] != sentence_of[i]:
        return None
    for k in range(i - 2, max(-1, i - 2 - READ_OFF_REACH), -1):
        if sentence_of[k] != sentence_of[i]:
            return None
        if tokens[k] in _ABO_WORDS:
            return k
    return None


#: The two sides of a transplant whose groups are told as a pair ("recipient A donor O").
_TRANSPLANT_SIDES = frozenset({"recipient", "donor"})


def _transplant_pair_group(tokens: Sequence[str], sentence_of: Sequence[int], i: int) -> bool:
    """Whether the bare letter at i is one of a transplant's two groups told tersely as a pair,
    each letter right after its side ("Post allo SCT, recipient A donor O", "donor B recipient
    AB"; review R21 probe 61): a letter after "recipient" or "donor", with the other side and
    its letter right after it or right before its side, in its sentence."""
    side = tokens[i - 1] if i > 0 else ""
    if side not in _TRANSPLANT_SIDES:
        return False
    other = _TRANSPLANT_SIDES - {side}
    after, before = range(i + 1, i + 3), range(i - 3, i - 1)
    return any(
        pair[0] >= 0
        and pair[-1] < len(tokens)
        and tokens[pair[0]] in other
        and tokens[pair[1]] in ANTIGENS
        and sentence_of[pair[0]] == sentence_of[i] == sentence_of[pair[1]]
        for pair in (after, before)
    )


#: Words a letter labelling a patient follows ("Patient A", "pt B").
_LABELLED_WORDS = frozenset({"patient", "pt"})


def _patient_letter_labels(tokens: Sequence[str]) -> frozenset[str]:
    """The letters that label patients told apart in one report ("Patient A (group O) and
    Patient B (group A)"): two or more letters after "patient", names, not groups."""
    letters = {
        tokens[k + 1]
        for k in range(len(tokens) - 1)
        if tokens[k] in _LABELLED_WORDS and len(tokens[k + 1]) == 1 and tokens[k + 1].isalpha()
    }
    return frozenset(letters) if len(letters) > 1 else frozenset()


#: Plural component nouns: "A" right before them is a group, not the article ("A red cells").
_PLURAL_COMPONENTS = frozenset(
    {"units", "bags", "rbcs", "prbcs", "packs", "cells", "paedipaks", "paedipacks"}
)
#: Words of an amount given that "of" and a group may follow ("2 units of B", "50ml of A").
_AMOUNT_WORDS = frozenset({"unit", "units", "bag", "bags", "ml", "mls", "pack", "packs"})


def _before_plural_component(tokens: Sequence[str], at: int) -> bool:
    """Whether token `at` (after a letter) is a plural component noun, maybe after "red"."""
    if at < len(tokens) and tokens[at] in _SKIPPED_ADJECTIVES:
        at += 1
    return at < len(tokens) and tokens[at] in _PLURAL_COMPONENTS


def _amount_of(tokens: Sequence[str], i: int) -> bool:
    """Whether the letter at i follows an amount given and "of" ("2 units of B")."""
    return i >= 2 and tokens[i - 1] == "of" and tokens[i - 2] in _AMOUNT_WORDS


#: Words that make a sentence one about ABO groups.
_ABO_WORDS = frozenset({"abo", "group", "groups", "grp", "grouped"})


def _abo_sentence(tokens: Sequence[str], sentence_of: Sequence[int], i: int) -> bool:
    """Whether the sentence of token i names ABO groups before it ("compared the donor ABO
    ..."): there a letter standing alone in brackets is a group."""
    j = i - 1
    while j >= 0 and sentence_of[j] == sentence_of[i]:
        if tokens[j] in _ABO_WORDS:
            return True
        j -= 1
    return False


#: Words after "a positive/negative" that make it a test result, not a blood group.
_TESTS = frozenset(
    {"dat", "result", "test", "screen", "antibody", "culture", "swab", "outcome", "effect"}
)


#: A unit hung "on" a group ("grp B unit started on grp A Mr Okafor"): the recipient's group.
_ONTO = frozenset({"on", "onto", "into"})
#: Words before a group that make it the group a component is judged against ("O red cells are
#: compatible with group A", "not compatible with O"): the recipient's group, not the unit's.
_COMPATIBLE_WITH = (("compatible", "with"), ("compatible", "for"), ("incompatible", "with"))
#: Words before a recipient noun making it another person, whose crossmatched unit this was
#: ("unit was for another pt in recovery (grp B)").
_OTHER_PERSON = frozenset({"another"})
#: Words right before a recipient noun, in its clause, that make it someone else too ("the
#: next pt on the list", "the other lady", a scanner's "wrong patient - group AB pos"): with a
#: unit in the story, that person's group is the group of the unit crossmatched for them.
_OTHER_PERSON_RIGHT_BEFORE = frozenset({"next", "other", "neighbouring", "wrong"})


#: Words that place the person a unit was for elsewhere: someone else, not the patient ("for a
#: lady in the next bed", "for the pt in bay 3").
#: A theatre too ("the unit was for a pt still in theatre 5 who is A pos": the one in theatre).
_ELSEWHERE_WORDS = unit_persons.BEDSIDE_PLACE_WORDS | {
    "next",
    "other",
    "another",
    "different",
    "diff",
    "neighbouring",
    "theatres",
}


#: Words before "for" that make what follows the person a unit was meant for ("crossmatched
#: for", "intended for").
_MEANT_WORDS = frozenset(
    {"meant", "intended", "crossmatched", "cross-matched", "issued", "labelled", "reserved"}
)


def _someone_else(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    breaks: frozenset[int],
    j: int,
    until: int,
) -> bool:
    """Whether the recipient noun at j is another person than the patient ("another pt"), or
    the one elsewhere the unit was meant for ("the bag was for a lady in the next bed who is
    A", "unit issued for pt in chair 4 group A pos": the place may follow the noun, up to the
    group mention at `until`)."""
    if any(k >= 0 and tokens[k] in _OTHER_PERSON for k in (j - 1, j - 2)):
        return True
    if (
        j > 0
        and tokens[j - 1] in _OTHER_PERSON_RIGHT_BEFORE
        and sentence_of[j - 1] == sentence_of[j]
        and j not in breaks
    ):
        return True
    for k in range(j - 1, max(0, j - 1 - OWNER_WINDOW), -1):
        if sentence_of[k] != sentence_of[j] or (k + 1) in breaks:
            return False  # only in the clause of the recipient noun
        if tokens[k] == "for":
            told = tokens[max(0, k - 3) : k]
            meant = any(
                t in COMPONENT_WORDS and COMPONENT_WORDS[t] != "organ" for t in told
            ) or not _MEANT_WORDS.isdisjoint(told)
            return meant and not _ELSEWHERE_WORDS.isdisjoint(tokens[k + 1 : until])
    return False


#: How far after an aside group the unit's own group may be told by its verb ("were group O").
UNIT_GROUP_AFTER_TOKENS = 3


def _unit_group_told_after(tokens: Sequence[str], sentence_of: Sequence[int], end: int) -> bool:
    """Whether the sentence goes on, right after the group ending at `end`, to tell the unit's
    own group by its verb ("platelets issued for pt bed 6 (group B pos) were group O"): a unit
    has one group, so the group told before it, in the aside, is the person's."""
    if end >= len(tokens) or tokens[end] not in BE_VERBS:
        return False
    stop = min(len(tokens), end + 1 + UNIT_GROUP_AFTER_TOKENS)
    for k in range(end + 1, stop):
        if sentence_of[k] != sentence_of[end]:
            return False
        if tokens[k] in _GROUP_TOKENS and tokens[k - 1] in _GROUP_CUES:
            return True
    return False


def _owner(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], start: int, end: int
) -> tuple[Role, int] | None:
    """Whose group a mention is: a noun right after it in its clause ("A pos blood", "group O
    pt"), else the nearest noun before it in its clause ("the unit hung was A pos"), with its
    position. A transfusion verb before the group ("received group A") makes it the component's;
    a unit hung "on" a group makes that the recipient's, and "another pt" is not the recipient.
    """
    role_after = _owner_after(tokens, sentence_of, breaks, start, end)
    if role_after is not None:
        return role_after
    being = _being_clause_owner(tokens, sentence_of, start, end)
    if being is not None:
        return being
    if start > 0 and tokens[start - 1] in _ONTO and (start not in breaks):
        return "recipient", start - 1
    if start > 1 and (tokens[start - 2], tokens[start - 1]) in _COMPATIBLE_WITH:
        return "recipient", start - 1
    if start > 1 and tokens[start - 1] == "to" and tokens[start - 2] in _GIVING_VERBS:
        return "recipient", start - 1  # "group A rbc given to group O"
    named = _named_person_owner(tokens, sentence_of, breaks, start, end)
    if named is not None:
        return named
    detailed = _details_aside_owner(tokens, sentence_of, breaks, start, end)
    if detailed is not None:
        return detailed
    handed = _handover_owner(tokens, sentence_of, breaks, start, end)
    if handed is not None:
        return handed
    for j in range(start - 1, _window_start(tokens, start) - 1, -1):
        crossing = (j + 1) in breaks
        if sentence_of[j] != sentence_of[start] or (crossing and j + 1 < start):
            return _line_label(tokens, sentence_of, breaks, start) or _far_subject(
                tokens, sentence_of, breaks, start, opens_clause=True
            )
        token = tokens[j]
        if _handed_to_person(tokens, j):
            continue
        if _pronoun_subject(tokens, j, start):
            return _pronoun_owner(tokens, sentence_of, j)
        if token in _CONJUNCTIONS:
            return _elided_subject(tokens, sentence_of, breaks, j, start)
        if _place_as_subject(tokens, sentence_of, breaks, j):
            return "recipient", j
        if token in _TRUE_CUES:
            return _true_group_owner(tokens, sentence_of, breaks, j), j
        if _is_group_and_save(tokens, j):
            return "recipient", j
        if (token in _GIVING_VERBS and not _sample_received(tokens, j)) or _recipient_got(
            tokens, j
        ):
            return _kind_given(tokens, sentence_of, j), j
        if _place_given_to(tokens, j) and _clause_end(tokens, sentence_of, breaks, end - 1):
            return "recipient", j  # the group an aside of its own, not "group A into group O pt"
        if _own_blood(tokens, j) or _writer_is(tokens, j) or _age_and_sex(tokens, j):
            return "recipient", j
        role = (
            None
            if _blood_group_word(tokens, j) or _organ_named_by_disease(tokens, j)
            else _role(token)
        )
        if role == "red_cells" and _patients_own_label(tokens, sentence_of, j):
            role = "recipient"
        if tokens[j] in _POOL_WORDS:
            role = _pool_kind(tokens, j)
        if role == "recipient" and (
            _someone_else(tokens, sentence_of, breaks, j, start)
            or _named_on_the_label(tokens, sentence_of, j)
        ):
            # the group of the unit meant for them, of the kind the sentence named ("FFP was
            # for the pt in theatre 2 (group A)": plasma, judged the other way round), unless
            # the unit's own group is told next ("plts issued for pt bed 6 (grp B) were grp O")
            if _unit_group_told_after(tokens, sentence_of, end):
                return "recipient", j
            return _kind_meant(tokens, sentence_of, j), j
        if role is not None or (crossing and j + 1 < start):
            return (role, j) if role is not None else None
    return _far_subject(tokens, sentence_of, breaks, start, opens_clause=False)


#: Words opening a clause of being with no subject of its own ("while being group O",
#: "whilst being O neg", "despite being grp B"): the group is the state of the main clause's
#: subject, the person given the unit, not of the unit handed over.
_BEING_CLAUSE_OPENERS = frozenset({"while", "whilst", "despite", "although", "though"})
_BEING_WORDS = frozenset({"being"})


def _opens_being_clause(tokens: Sequence[str], start: int) -> bool:
    """Whether the group at `start` follows an opener and "being" ("while being group O")."""
    return (
        start > 1
        and tokens[start - 1] in _BEING_WORDS
        and tokens[start - 2] in _BEING_CLAUSE_OPENERS
    )


def _subject_verb(token: str) -> bool:
    """Whether `token` is a verb of being, giving or handing that makes a component noun told
    before it the main clause's subject ("the unit was transfused despite being group O")."""
    return token in BE_VERBS or token in _GIVING_VERBS or token in _HANDING_VERBS


def _component_as_subject(tokens: Sequence[str], first: int, stop: int) -> Role | None:
    """The kind of the first component noun in tokens [first, stop) told as the subject of a
    verb after it ("unit was hung", "red cells given"), else None (a component after the verb
    is its object: "pt given group A red cells")."""
    for v in range(first, stop):
        if _role(tokens[v]) == "recipient":
            return None
        kind = COMPONENT_WORDS.get(tokens[v])
        if kind is not None and not _blood_group_word(tokens, v):
            verb = any(_subject_verb(tokens[w]) for w in range(v + 1, stop))
            return kind if verb else None
    return None


def _being_clause_owner(
    tokens: Sequence[str], sentence_of: Sequence[int], start: int, end: int
) -> tuple[Role, int] | None:
    """The owner of a group told in a clause of being with no subject of its own ("pt given
    group A red cells while being group O", "despite being grp B, pt got an A unit"): the
    main clause's subject, the recipient unless a component is that subject ("the unit was
    transfused despite being group O")."""
    if not _opens_being_clause(tokens, start):
        return None
    opener, sentence = start - 2, sentence_of[start]
    first = opener
    while first > 0 and sentence_of[first - 1] == sentence:
        first -= 1
    if first < opener:
        kind = _component_as_subject(tokens, first, opener)
    else:  # the clause told first: the main clause follows the group
        stop = end
        while stop < len(tokens) and sentence_of[stop] == sentence:
            stop += 1
        kind = _component_as_subject(tokens, end, stop)
    return (kind, start - 1) if kind is not None else ("recipient", start - 1)


#: Most name tokens in a bracket that names a person before their group ("bed 6 (Margaret
#: Pollard, group A pos)", "(J Smith, B+)", "(Mrs Ann De Souza, O neg)").
NAME_ASIDE_TOKENS = 4
#: Words that are not a person's name, told in an aside before a group ("pt in bed 4 (2 units
#: crossmatched, group O)", "(on the ward, A pos)"): the aside is then no name.
_NOT_NAME_WORDS = frozenset(
    {
        "the",
        "an",
        "and",
        "or",
        "for",
        "to",
        "in",
        "on",
        "at",
        "with",
        "by",
        "from",
        "not",
        "no",
        "has",
        "had",
        "have",
        "been",
        "be",
        "known",
        "same",
        "different",
        "also",
        "both",
        "due",
        "aged",
        "age",
        "years",
        "yrs",
        "theatre",
        "resus",
        "hb",
        "rh",
        "rhd",
        "pos",
        "neg",
        "positive",
        "negative",
    }
)
#: Pronouns and records among the recipient words: not the person a named aside follows.
_NOT_PERSON_NOUNS = frozenset(
    {"he", "she", "who", "whose", "his", "her", "their", "wristband", "band", "card"}
    | {"sample", "samples", "record", "records", "history"}
)


def _name_word(token: str) -> bool:
    """Whether a token can be part of a person's name ("pollard", "j", "[name]", "mrs")."""
    if token == _PERSON_PLACEHOLDER or token in _HONORIFICS:
        return True
    if len(token) == 1:
        return token.isalpha()  # an initial ("J Smith")
    return token.isalpha() and token not in _NOT_NAME_TOKENS


def _name_aside(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], start: int, end: int
) -> int | None:
    """The first token of the name told in its own clause right before a group that ends its
    clause ("(Margaret Pollard, group A pos)", "(Chloe Harris, O RhD neg)"), if there is one."""
    if start not in breaks or not _clause_end(tokens, sentence_of, breaks, end - 1):
        return None
    first = start - 1
    while first >= 0 and first not in breaks and start - first < NAME_ASIDE_TOKENS:
        first -= 1
    if (
        first <= 0
        or first not in breaks
        or sentence_of[first - 1] != sentence_of[start]
        or not all(_name_word(t) for t in tokens[first:start])
    ):
        return None
    return first


def _person_before(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> int | None:
    """The position of the person noun, or the place number, that a clause starting at `at`
    follows ("woman in room 2 (...", "looking after bed 4 (...", "pt (..."), if any."""
    last = at - 1
    if sentence_of[last] != sentence_of[at]:
        return None
    token = tokens[last]
    if token in RECIPIENT_WORDS:
        if token in _NOT_PERSON_NOUNS or token in _HONORIFICS or token in ("old", "yo"):
            return None
        return last
    # a place's number ("bed 4"); not a patient told apart by number ("pt 2 (AAA repair, group
    # A)" beside "pt 1"), who may be the other one
    numbered = token[:1].isdigit() or (len(token) == 1 and token.isalpha())
    if numbered and last > 0 and tokens[last - 1] in _PLACE_WORDS:
        return last
    return None


def _named_person_owner(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], start: int, end: int
) -> tuple[Role, int] | None:
    """Whose group is told in an aside after a person that names them first ("the woman in room
    2 (Chloe Harris, O RhD neg)", "the RN looking after bed 4 (Margaret Dunne, group O pos)"):
    the aside tells who the person is, so the group is theirs, read as if the name were not
    there: the recipient's, unless the sentence says the unit was meant for that person and
    handed to someone else ("the unit for bed 6 (Margaret Pollard, group A pos) ... given to
    ... bed 4 (Margaret Dunne, group O pos)": then the unit's). A person a unit was meant for,
    with no one else named, is not read ("the unit for bed 6 (Margaret Pollard, group A pos)
    was collected")."""
    aside = _name_aside(tokens, sentence_of, breaks, start, end)
    if aside is None:
        return None
    person = _person_before(tokens, sentence_of, aside)
    if person is None:
        return None
    handed = _handover_owner(tokens, sentence_of, breaks, aside, end)
    if handed is not None:
        return handed
    if _meant_for_person(tokens, sentence_of, breaks, aside):
        if _other_named_group(tokens, sentence_of, breaks, start, end):
            return _kind_meant(tokens, sentence_of, person), person
        return None
    if tokens[person] in RECIPIENT_WORDS and _someone_else(
        tokens, sentence_of, breaks, person, start
    ):
        return _kind_meant(tokens, sentence_of, person), person
    return "recipient", person


def _meant_for_person(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], at: int
) -> bool:
    """Whether the person reference ending before token `at` follows a word of whom a unit was
    meant for ("the unit for bed 6", "issued for the pt in bed 2", "allocated to cot 4")."""
    for k in range(at - 1, max(-1, at - 1 - HANDOVER_TOKENS), -1):
        if sentence_of[k] != sentence_of[at] or ((k + 1) in breaks and k + 1 < at):
            return False
        if tokens[k] in _HANDOVER_PREPS:
            kind = _handover_verb(tokens, sentence_of, breaks, k)
            return kind is not None and kind != "recipient"
        if not (_person_word(tokens[k]) or tokens[k][:1].isdigit() or len(tokens[k]) == 1):
            return False
    return False


def _other_named_group(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], start: int, end: int
) -> bool:
    """Whether another person is named with their group in an aside of their own, in the
    sentence of the group at [start, end) or the one before or after ("... given to the RN
    looking after bed 4 (Margaret Dunne, group O pos)")."""
    sentence = sentence_of[start]
    first, last = start, end
    while first > 0 and sentence_of[first - 1] >= sentence - 1:
        first -= 1
    while last < len(tokens) and sentence_of[last] <= sentence + 1:
        last += 1
    for k in range(first, last):
        if start <= k < end or tokens[k] not in _GROUP_TOKENS:
            continue
        group = _group_at(tokens, k, sentence_of, breaks)
        if group is None:
            continue
        aside = _name_aside(tokens, sentence_of, breaks, group[1], group[2])
        if aside is not None and _person_before(tokens, sentence_of, aside) is not None:
            return True
    return False


#: Redacted identifiers ("[MRN]", "[DATE_OF_BIRTH]"; not "[NAME]", which names a person) and the
#: labels told just before one ("dob", "hosp no"): the identity of the person or unit named
#: before them, read over, not counted, when the owner of a group told after them is looked
#: for ("Unit labelled for J PATEL dob [DATE_OF_BIRTH] MRN [MRN], group B").
_PERSON_PLACEHOLDER = "[name]"
_IDENTIFIER_LABELS = frozenset(
    {"dob", "d.o.b", "mrn", "nhs", "no", "number", "hosp", "hospital", "id", "k"}
)
_IDENTIFIER_LABEL_BEFORE = 2


def _identifier(tokens: Sequence[str], i: int) -> bool:
    """Whether token i is a redacted identifier or the label of one just after it."""
    token = tokens[i]
    if token.startswith("[") and token != _PERSON_PLACEHOLDER:
        return True
    return token in _IDENTIFIER_LABELS and any(
        tokens[k].startswith("[") and tokens[k] != _PERSON_PLACEHOLDER
        for k in range(i + 1, min(len(tokens), i + 1 + _IDENTIFIER_LABEL_BEFORE))
    )


def _window_start(tokens: Sequence[str], start: int) -> int:
    """The first token of the OWNER_WINDOW tokens before a group mention, identifiers not
    counted."""
    counted, j = 0, start
    while j > 0 and counted < OWNER_WINDOW:
        j -= 1
        if not _identifier(tokens, j):
            counted += 1
    return j


def _far_subject(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    breaks: frozenset[int],
    start: int,
    opens_clause: bool,
) -> tuple[Role, int] | None:
    """The owner of a group told after a verb of being whose subject lies too far back for the
    nearest-noun reading ("the 2nd unit brought to the bedside from the MHP box was A pos",
    "pt in resus 3 with a similar surname, also bleeding, is group O pos"): the first recipient
    or component noun opening the verb's clause, or, when the verb opens a clause of its own
    after an aside, the sentence."""
    verb = start - 1
    if verb < 0 or tokens[verb] not in BE_VERBS:
        return None
    if opens_clause and verb not in breaks:
        return None
    first = verb
    while (
        first > 0
        and sentence_of[first - 1] == sentence_of[verb]
        and (opens_clause or first not in breaks)
    ):
        first -= 1
    for j in range(first, verb):
        if j in breaks and j > first:
            return None  # the subject opens the sentence, before any aside
        if _blood_group_word(tokens, j) or _organ_named_by_disease(tokens, j):
            return None
        role = _role(tokens[j])
        if role is None:
            continue
        if tokens[j] in _HONORIFICS or tokens[j] in ("he", "she", "who", "whose", "his", "her"):
            return None
        if role == "recipient" and _someone_else(tokens, sentence_of, breaks, j, start):
            return None
        return role, j
    return None


#: Verbs of a unit's label or tag telling the name printed on it ("the unit label had Mr X").
_LABEL_SAID = frozenset({"had", "has", "said", "says", "read", "reads", "showed", "shows", "bore"})
#: Nouns of the unit's own label ("the unit tag said Mr X").
_UNIT_LABELS = frozenset({"label", "tag", "unit", "bag"})


#: A form's heading for the name a label gives, between the label's verb and the person ("the
#: unit label said PT NAME Mr [name], group B").
_NAME_HEADING = frozenset({"pt", "patient", "patients", "name", "full"})


def _named_on_the_label(tokens: Sequence[str], sentence_of: Sequence[int], j: int) -> bool:
    """Whether the recipient noun at j is the person a unit's label names ("the unit label had
    Mr [name] DOB ... group B", "the label said PT NAME Mr [name], group B": the group printed
    on the unit, not the patient's)."""
    verb = j - 1
    while verb > j - 3 and verb >= 0 and tokens[verb] in _NAME_HEADING:
        verb -= 1
    return (
        verb >= 1
        and sentence_of[verb - 1] == sentence_of[j]
        and tokens[verb] in _LABEL_SAID
        and tokens[verb - 1] in _UNIT_LABELS
    )


#: Verbs of a label stating a group ("the compat label ... and stated group O").
_STATING_VERBS = frozenset({"stated", "said", "showed", "read", "states", "says", "shows"})
#: Words naming the compatibility label or tag, which states the group of the patient it was
#: issued for (the unit's own group is on the pack).
_COMPAT_WORDS = frozenset({"compat", "compatibility"})
_LABEL_NOUNS = frozenset({"label", "tag", "labels", "tags", "slip"})


def _compat_label_subject(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], j: int
) -> tuple[Role, int] | None:
    """The recipient, when the clause before the conjunction at j has a compatibility label for
    its subject ("The compat label was for this pt and stated group O; the bag itself was A
    pos"; dev-72131): the label states the patient's group."""
    clause = list(before_in_clause(sentence_of, breaks, j, j))
    for v in clause:
        if tokens[v] in _LABEL_NOUNS and v > 0 and tokens[v - 1] in _COMPAT_WORDS:
            return "recipient", v
    return None


def _elided_subject(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], j: int, start: int
) -> tuple[Role, int] | None:
    """The owner of a group told after a conjunction and a verb of being with no subject of its
    own ("the unit was for the pt in 23 and was A neg"): the component that is the subject of
    the clause before the conjunction, if it opens that clause with a component noun."""
    if j + 2 == start and tokens[j + 1] in _STATING_VERBS and j + 1 not in breaks:
        return _compat_label_subject(tokens, sentence_of, breaks, j)
    if not (j + 2 == start and tokens[j + 1] in BE_VERBS and j + 1 not in breaks):
        return None
    for v in reversed(list(before_in_clause(sentence_of, breaks, j, j))):
        if tokens[v] in RECIPIENT_WORDS:
            return None
        kind = COMPONENT_WORDS.get(tokens[v])
        if kind in ("red_cells", "plasma") and not _blood_group_word(tokens, v):
            return kind, v
    return None


#: Words that hand a unit to the person after them ("hung on bed 5", "put up for ours",
#: "given to twin 1", "transfused into UM1"), with what may stand between the verb and the
#: preposition ("put it up on", "hung on the pump for").
_HANDING_VERBS = frozenset(
    {
        "hung",
        "given",
        "put",
        "transfused",
        "started",
        "commenced",
        "connected",
        "administered",
        "taken",
        "brought",
        "spiked",
        "run",
        "infused",
    }
)
#: Handing verbs that hand the unit only to the person after "to" ("brought to bed 5"): "wrong
#: unit brought up for bed 3, B pos" names whom it was brought for, not who got it. That person
#: is the one the unit was fetched for, so set against our patient ("brought down from the lab
#: for the woman in theatre 2 (AB pos) and put up on our woman") their group is the unit's.
_TO_ONLY_HANDING_VERBS = frozenset({"brought"})
#: Prepositions that introduce the person a unit was meant for or handed to.
_HANDOVER_PREPS = frozenset({"for", "to", "on", "onto", "into"})
#: Words that make up a reference to a person after such a preposition ("the other Mr [name]",
#: "baby in cot 4", "trauma 2", "pt B", "ours", "the woman in theatre 1").
_PERSON_REFS = frozenset({"twin", "twins", "trauma", "ours", "[name]", "unknown"})
_REF_FILLERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "in",
        "at",
        "of",
        "other",
        "another",
        "next",
        "adjacent",
        "different",
        "diff",
        "wrong",
        "same",
        "neighbouring",
        "theatre",
        "station",
        "side",
        "resus",
        "t",
        # the person's bedside named for the person ("taken to the bedside of bed 5 (group A)")
        "bedside",
        "bedspace",
    }
)
#: How far back from a group its person reference and the words handing the unit may lie.
HANDOVER_TOKENS = 12


def _person_ref(tokens: Sequence[str], first: int, stop: int) -> bool:
    """Whether tokens [first, stop) refer to a person only ("the other Mr [name]", "bed 4",
    "baby in cot 5", "twin 1", "pt B"): names, places and their numbers, person nouns."""
    words = tokens[first:stop]
    named = any(w in RECIPIENT_WORDS or w in _PERSON_REFS or w in _PLACE_WORDS for w in words)
    return (
        named
        and all(_person_word(w) or w[:1].isdigit() or (len(w) == 1 and w.isalpha()) for w in words)
    ) or _told_full_name(words)


#: Words of a date of birth told after a name ("Margaret Hughes DOB 1938").
_BIRTH_WORDS = frozenset({"dob", "born"})


def _told_full_name(words: Sequence[str]) -> bool:
    """Whether `words` are a person's told name, first name and surname or an honorific and a
    name, maybe with a date of birth ("John Smith", "Margaret Hughes DOB 1938", "the other Mrs
    Patel"); not a ward or a place."""
    while words and words[0] in _REF_FILLERS:
        words = words[1:]
    if len(words) > 2 and words[-2] in _BIRTH_WORDS and words[-1][:1].isdigit():
        words = words[:-2]
    if len(words) != 2:
        return False
    return all(_told_name_word(w) for w in words) and not any(
        w in unit_persons.PLACE_WORDS or w in _HOSPITAL_UNIT_WORDS for w in words
    )


def _handover_owner(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    breaks: frozenset[int],
    start: int,
    end: int,
) -> tuple[Role, int] | None:
    """Whose group an aside told of a person is ("bed 4 (A pos)"), when the sentence says
    what the unit did with that person: the recipient's when the unit was handed to them
    ("hung on bed 5 (O pos)", "put up for ours (group O)", "given to baby in cot 5 (group
    O)"); the unit's when the person is the one it was meant for and the sentence hands it to
    someone else ("unit for bed 4 (A pos) hung on bed 5", "twin 1 received red cells issued for
    twin 2 (grp A)", "paedipak allocated to baby in cot 4 (group A) given to baby in cot 5")."""
    if not _clause_end(tokens, sentence_of, breaks, end - 1):
        return None
    low = max(-1, start - 1 - HANDOVER_TOKENS)
    for k in range(start - 1, low, -1):
        if sentence_of[k] != sentence_of[start]:
            return None
        if tokens[k] not in _HANDOVER_PREPS:
            continue
        if not _person_ref(tokens, k + 1, start):
            return None
        role = _handover_verb(tokens, sentence_of, breaks, k)
        if role == "red_cells":
            role = _kind_meant(tokens, sentence_of, k)  # "FFP issued for bed 4 (group A)"
        if role == "recipient" or (
            role is not None
            and (
                _handed_to_other(tokens, sentence_of, breaks, k, start)
                or not _OTHER_MARKERS.isdisjoint(tokens[k + 1 : start])
                or _our_patient_near(tokens, sentence_of, start)
            )
        ):
            return role, k + 1
        return None
    return None


#: Words marking a person as not the patient the story is about ("the other Mr [name]", "the
#: wrong woman", "the pt in the next bed", "for diff pt (grp A)").
_OTHER_MARKERS = frozenset(
    {"other", "another", "different", "diff", "wrong", "next", "adjacent", "neighbouring"}
    | {"previous"}
)
#: Words marking the patient the story is about ("our woman is O pos", "this woman group O").
_OUR_WORDS = frozenset({"our", "this", "ours"})


def _our_patient_near(tokens: Sequence[str], sentence_of: Sequence[int], start: int) -> bool:
    """Whether "our"/"this" + a person noun follows in the same or the next sentence ("... were
    for the woman in theatre 1 (group A pos). Our woman is O pos"): the person a unit was meant
    for, set against the patient, is someone else."""
    sentence = sentence_of[start]
    for p in range(start, len(tokens) - 1):
        if sentence_of[p] > sentence + 1:
            return False
        if tokens[p] in _OUR_WORDS and tokens[p + 1] in RECIPIENT_WORDS:
            return True
    return False


#: Words between a verb and its preposition ("put it up on", "was hung on", "brought down
#: from the lab for").
_VERB_PARTICLES = frozenset(
    {"up", "down", "round", "it", "them", "back", "was", "were", "been", "being"}
)
#: Words that make the person after "for"/"to" the one a unit was meant for.
_MEANT_FOR_WORDS = _MEANT_WORDS | frozenset(
    {"allocated", "collected", "requested", "belonging", "belonged", "belongs", "prescribed"}
)


def _handover_verb(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], k: int
) -> Role | None:
    """What the preposition at k tells of the person after it: "recipient" after a verb handing
    a unit over ("hung on", "put up for"), the component's kind after the unit or a verb of
    whom it was meant for ("unit for", "issued for", "allocated to"), else None."""
    if (
        k > 0
        and tokens[k - 1] in BE_VERBS
        and tokens[k] == "for"
        and k not in breaks
        and sentence_of[k - 1] == sentence_of[k]
    ):
        return _subject_kind(tokens, sentence_of, breaks, k - 1)  # "the units were for"
    v = _verb_before(tokens, k - 1, k)
    if v < 0 or sentence_of[v] != sentence_of[k] or any(b in breaks for b in range(v + 1, k + 1)):
        return None
    source = [f for f in range(max(0, v - 3), v + 1) if tokens[f] == "from"]
    if (
        source
        and source[-1] > 0
        and _handover_word(tokens, v) is None
        and not any(b in breaks for b in range(source[-1], v + 1))
    ):
        # "collected from the fridge for", "brought down from the lab for": the verb before
        # the source
        v = _verb_before(tokens, source[-1] - 1, source[-1])
        if v < 0:
            return None
    return _handover_word(tokens, v, tokens[k])


def _verb_before(tokens: Sequence[str], v: int, k: int) -> int:
    """The position of the verb at or before v, past up to three particles before token k
    ("put it up on", "brought down from")."""
    while v >= 0 and tokens[v] in _VERB_PARTICLES and k - v < 4:
        v -= 1
    return v


def _handover_word(tokens: Sequence[str], v: int, prep: str = "for") -> Role | None:
    """What the word at v, before the preposition `prep`, makes of the person after it:
    "recipient" after a handing verb ("hung on"), the component's kind after a verb of whom it
    was meant for ("issued for", "allocated to") or a component ("unit for")."""
    word = tokens[v]
    if word in _HANDING_VERBS and not (word in _TO_ONLY_HANDING_VERBS and prep != "to"):
        return "recipient"
    if word in _MEANT_FOR_WORDS and prep in ("for", "to"):
        return "red_cells"
    if word in _TO_ONLY_HANDING_VERBS and prep == "for":
        return "red_cells"  # the one it was fetched for (see _TO_ONLY_HANDING_VERBS)
    kind = COMPONENT_WORDS.get(word)
    if kind in ("red_cells", "plasma") and prep == "for" and not _blood_group_word(tokens, v):
        return kind
    return None


#: Verbs of being: before "for" ("the units were for the woman in theatre 1"), before an -ing
#: form ("was attaching").
BE_VERBS = frozenset({"was", "were", "is", "are"})


def _subject_kind(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], at: int
) -> Role | None:
    """The kind of the component that is the subject of the verb at `at` ("two units brought
    from the blood fridge were"): the first component noun of its clause, if any; for a
    pronoun opening the clause, the component it stands for, named before it in its sentence
    or the one before ("had taken the wrong unit out of the fridge - it was for")."""
    first = at
    while first > 0 and sentence_of[first - 1] == sentence_of[at] and first not in breaks:
        first -= 1
    for v in range(first, at):
        kind = COMPONENT_WORDS.get(tokens[v])
        if kind in ("red_cells", "plasma") and not _blood_group_word(tokens, v):
            return kind
    if tokens[first] in _UNIT_PRONOUNS and first + 1 == at:
        return _component_named_before(tokens, sentence_of, first)
    return None


#: Pronouns that stand for a unit named before as the subject of "was for" ("it was for").
_UNIT_PRONOUNS = frozenset({"it", "this", "that"})


def _component_named_before(
    tokens: Sequence[str], sentence_of: Sequence[int], at: int
) -> Role | None:
    """The kind of the red-cell or plasma component last named before token `at`, in its
    sentence or the one before, if any."""
    for v in range(at - 1, -1, -1):
        if sentence_of[v] < sentence_of[at] - 1:
            return None
        kind = COMPONENT_WORDS.get(tokens[v])
        if kind in ("red_cells", "plasma") and not _blood_group_word(tokens, v):
            return kind
    return None


#: Pronouns that stand for the thing whose group is told ("they were group A pos", "she saw
#: it was grp B"): never the patient, so they name a unit or a sample told before them.
_THING_PRONOUNS = frozenset({"it", "they", "this", "that"})
#: Of those, the ones that may also open a relative clause after a person ("the pt that is
#: group O"): a pronoun only when no person noun comes right before them.
_RELATIVE_PRONOUNS = frozenset({"that"})
#: Words between such a pronoun and the group it is told of ("it was labelled as", "they
#: were both", "it had grouped as").
_PRONOUN_LINKS = BE_VERBS | _COPULAS | frozenset({"both", "all", "also", "had", "has", "been"})
#: The recipient's records a pronoun may stand for ("sample sent, it grouped as A"); the other
#: recipient words are persons, whom "it" and "they" do not name in a unit's story.
_RECORD_WORDS = frozenset({"sample", "samples", "record", "records", "card", "band", "wristband"})
#: How far back a pronoun's antecedent is looked for: its sentence and the one before.
PRONOUN_SENTENCES = 1


def _pronoun_subject(tokens: Sequence[str], j: int, start: int) -> bool:
    """Whether token j is a thing pronoun told as the subject of the group mention at `start`
    ("they were group A pos", "it was grp B"): only linking words between them."""
    if j > 0 and tokens[j] in _RELATIVE_PRONOUNS and tokens[j - 1] in RECIPIENT_WORDS:
        return False
    return tokens[j] in _THING_PRONOUNS and all(
        tokens[k] in _PRONOUN_LINKS or tokens[k] in _GROUP_CUES for k in range(j + 1, start)
    )


def _pronoun_owner(
    tokens: Sequence[str], sentence_of: Sequence[int], j: int
) -> tuple[Role, int] | None:
    """The owner a thing pronoun at j stands for: the component or recipient record last named
    before it in its sentence or the one before ("Runner brought 2 units from the fridge: they
    were group A pos": the units; "bag spiked ... she saw it was grp A": the bag, not "she")."""
    for k in range(j - 1, -1, -1):
        if sentence_of[k] < sentence_of[j] - PRONOUN_SENTENCES:
            return None
        if tokens[k] in _RECORD_WORDS:
            return "recipient", k
        kind = COMPONENT_WORDS.get(tokens[k])
        if kind is not None and not _blood_group_word(tokens, k):
            if tokens[k] in _CONTAINER_WORDS:
                kind = _kind_named_before(tokens, k)
            return kind, k
    return None


#: Words joining two components that share one group told before them ("group A FFP and red
#: cells", "grp A FFP & red cells": the tokenizer drops the ampersand).
_JOINING_WORDS = frozenset({"and", "plus", "+", "with"})


def _shared_component(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    breaks: frozenset[int],
    start: int,
    owner_at: int,
    role: Role,
) -> tuple[Role, int] | None:
    """A second component of another kind joined right after the component whose group was told
    before it ("issued group A FFP and red cells": the red cells are group A too), with its
    position; not a recipient's group, nor a group told after its noun."""
    if role == "recipient" or owner_at < start:
        return None
    k = owner_at + 1
    if k < len(tokens) and tokens[k] in _JOINING_WORDS:
        k += 1
    if k < len(tokens) and tokens[k] in _SKIPPED_ADJECTIVES:
        k += 1
    if k >= len(tokens) or k in breaks or sentence_of[k] != sentence_of[owner_at]:
        return None
    other = COMPONENT_WORDS.get(tokens[k])
    if other is None or other in (role, "organ") or tokens[k] in _CONTAINER_WORDS:
        return None
    return other, k


#: Pronouns of the person a unit is brought or given to ("the unit brought to her was group
#: A"): the object of the handing; the group told after them is of its subject, told before.
_OBJECT_PRONOUNS = frozenset({"her", "him", "them"})


def _handed_to_person(tokens: Sequence[str], j: int) -> bool:
    """Whether token j is a person pronoun after a preposition and before a verb of being
    ("the unit brought to her was group A pos"): not the owner of the group told after it."""
    return (
        tokens[j] in _OBJECT_PRONOUNS
        and j > 0
        and tokens[j - 1] in _HANDOVER_PREPS
        and j + 1 < len(tokens)
        and tokens[j + 1] in BE_VERBS
    )


#: Words of a person's details told in brackets before their group ("(DOB ..., hosp no 4471,
#: group B pos)", "(G2P1, grp O neg)", "(NHS no 999 000 0634, group O pos)"): identifiers,
#: ages and obstetric history, which name nobody else.
_DETAIL_WORDS = _IDENTIFIER_LABELS | frozenset(
    {"aged", "age", "yrs", "years", "yr", "yo", "g", "p"}
)
#: Most clauses of details between a person and the group that closes the aside.
DETAIL_CLAUSES = 2


def _detail_clause(tokens: Sequence[str], first: int, stop: int) -> bool:
    """Whether tokens [first, stop) are a person's details only, with a number among them."""
    told = tokens[first:stop]
    return (
        bool(told)
        and any(t[:1].isdigit() or (t.startswith("[") and t != _PERSON_PLACEHOLDER) for t in told)
        and all(
            t[:1].isdigit() or t.startswith("[") or t in _DETAIL_WORDS or t == "/" for t in told
        )
    )


def _details_aside_owner(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], start: int, end: int
) -> tuple[Role, int] | None:
    """Whose group closes an aside of a person's details ("the lady in bay 2 (DOB ..., hosp no
    4471, group B pos)", "Woman (G2P1, grp O neg)", "Mrs [name] (NHS no ..., group O pos)"):
    the person's before the details, read as if they were not there (`_named_person_owner`
    for a unit meant for that person)."""
    if start not in breaks or not _clause_end(tokens, sentence_of, breaks, end - 1):
        return None
    stop = start
    for _ in range(DETAIL_CLAUSES):
        first = stop - 1
        while first > 0 and first not in breaks and sentence_of[first - 1] == sentence_of[start]:
            first -= 1
        if first not in breaks or not _detail_clause(tokens, first, stop):
            break
        stop = first
        person = first - 1 if tokens[first - 1] == _PERSON_PLACEHOLDER else None
        if person is None:
            person = _person_before(tokens, sentence_of, first)
        if person is not None:
            if _meant_for_person(tokens, sentence_of, breaks, first):
                return _kind_meant(tokens, sentence_of, person), person
            if tokens[person] in RECIPIENT_WORDS and _someone_else(
                tokens, sentence_of, breaks, person, start
            ):
                return _kind_meant(tokens, sentence_of, person), person
            return "recipient", person
    return None


#: Words of a giving told right after an ownerless group ("2 x O neg given", "O neg
#: transfused x2"): the group is of the component given.
_GIVEN_AFTER = frozenset({"given", "transfused", "hung", "infused", "running", "run"})


def _group_given(
    tokens: Sequence[str], sentence_of: Sequence[int], start: int, end: int
) -> tuple[Role, int] | None:
    """An ownerless group followed by a word of giving in its sentence ("2 x O neg given, then
    group specific requested"): the group of the component given, of the kind its sentence
    named before it (red cells unless plasma or platelets)."""
    if end >= len(tokens) or tokens[end] not in _GIVEN_AFTER:
        return None
    if sentence_of[end] != sentence_of[start]:
        return None
    return _kind_given(tokens, sentence_of, end), start


def _handed_to_other(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], k: int, start: int
) -> bool:
    """Whether the sentence of the preposition at k, which names the person a unit was meant
    for, hands the unit to someone else: a handing verb and its own preposition with a person
    after it ("... hung on bed 5"), or a person who received it ("twin 1 ... received")."""
    sentence = sentence_of[k]
    for p in range(len(tokens)):
        if sentence_of[p] != sentence or p == k:
            continue
        if tokens[p] in ("received", "receiving") and p < k:
            return True
        if (
            tokens[p] in _HANDOVER_PREPS
            and p > start
            and _handover_verb(tokens, sentence_of, breaks, p) == "recipient"
            and any(
                _person_ref(tokens, p + 1, stop)
                for stop in range(p + 2, min(len(tokens), p + 7) + 1)
                if sentence_of[stop - 1] == sentence
            )
        ):
            return True
    return False


#: Places a patient is named by ("Bed 7 is group O", "Chair 2 - group A").
_PLACE_WORDS = frozenset({"bed", "bay", "cubicle", "room", "rm", "chair", "cot", "incubator"})


def _place_as_subject(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], j: int
) -> bool:
    """Whether token j is the number of a place that opens its clause as the person's name
    ("Bed 7 is group O"): the patient there. Not a place inside a clause ("the unit hung in
    bed 4 was A"), which is where something was."""
    if not tokens[j][:1].isdigit() or j == 0 or tokens[j - 1] not in _PLACE_WORDS:
        return False
    at = j - 1
    return at == 0 or sentence_of[at - 1] != sentence_of[at] or at in breaks


def _place_given_to(tokens: Sequence[str], j: int) -> bool:
    """Whether token j is the number of the place a unit was taken or given "to" ("brought to
    bed 14 (group A)"): the patient there received it, so the group told right after is
    theirs. Not "hung on bed 8, grp A into grp O pt", where the group is the unit's."""
    return (
        j >= 2
        and tokens[j][:1].isdigit()
        and tokens[j - 1] in _PLACE_WORDS
        and tokens[j - 2] == "to"
    )


#: Words that make "blood" the person's own ("my blood is O", "his blood is group A").
_POSSESSIVES = frozenset({"my", "his", "her", "their", "your", "own"})


#: Words after "I" that make the writer the one whose group follows ("I am O", "I'm AB").
_FIRST_PERSON_BE = frozenset({"am", "m"})


def _writer_is(tokens: Sequence[str], j: int) -> bool:
    """Whether token j is "I" of "I am" in a patient's own account ("the label said B but I am
    group A"): the writer, the recipient."""
    return tokens[j] == "i" and j + 1 < len(tokens) and tokens[j + 1] in _FIRST_PERSON_BE


def _own_blood(tokens: Sequence[str], j: int) -> bool:
    """Whether token j is "blood" of someone's own blood ("my blood is O", "her own blood"):
    the person's group, not a unit's."""
    return tokens[j] == "blood" and j > 0 and tokens[j - 1] in _POSSESSIVES


#: Nouns of a pooled component, of the kind named right before them ("cryo pools", "platelet
#: pool"); platelets when none is.
_POOL_WORDS = frozenset({"pool", "pools"})


def _pool_kind(tokens: Sequence[str], j: int) -> Role:
    """The kind of a pool at token j: plasma for "cryo pools", else platelets."""
    named = COMPONENT_WORDS.get(tokens[j - 1]) if j > 0 else None
    return "plasma" if named == "plasma" else "platelets"


def _line_label(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], start: int
) -> tuple[Role, int] | None:
    """The owner named as the label of a record line whose group follows it ("Recipient: 45M,
    blood group O", "Donor: blood group A (per the report)"): a recipient or component noun
    that is the whole first clause of the sentence."""
    first = start
    while first > 0 and sentence_of[first - 1] == sentence_of[start]:
        first -= 1
    label = first + 1
    if label >= start or label not in breaks:
        return None
    role = _role(tokens[first])
    if role is None or tokens[first] in _HONORIFICS or tokens[first] not in _LABEL_WORDS:
        return None
    return role, first


#: Words naming the patient as the owner of a label or tag read with a group ("the pts
#: compatibility label (O pos)", "pt's wristband + compat label O pos", "his compat tag"): the
#: compatibility label states the group of the patient it was issued for.
_PATIENT_OWNERS = frozenset({"pts", "pt", "patient", "patients", "his", "her", "their"})
#: Words that may stand between such an owner and the label ("pt s wristband and compat label",
#: "pt's wristband and the compatibility label say O neg": the label joined to the patient's
#: wristband by "and the" is the patient's too).
_LABEL_MODIFIERS = frozenset(
    {"s", "compatibility", "compat", "wristband", "band", "id", "and", "the", "+", "&", "own"}
)
#: How many tokens before a label its patient owner may lie.
PATIENT_LABEL_BEFORE = 6


def _patients_own_label(tokens: Sequence[str], sentence_of: Sequence[int], j: int) -> bool:
    """Whether the label or tag at j is told as the patient's own ("the pts compatibility
    label"), only label words between: its group is the patient's, not the unit's ("the unit's
    group (A neg) did not match the pts compatibility label (O pos)")."""
    if tokens[j] not in ("label", "tag", "labels", "tags"):
        return False
    for k in range(j - 1, max(-1, j - 1 - PATIENT_LABEL_BEFORE), -1):
        if sentence_of[k] != sentence_of[j]:
            return False
        if tokens[k] in _PATIENT_OWNERS:
            return True
        if tokens[k] not in _LABEL_MODIFIERS:
            return False
    return False


#: Nouns that head a record line ("Recipient:", "Donor:", "Patient:", "Unit:").
_LABEL_WORDS = frozenset(
    {
        "recipient",
        "patient",
        "pt",
        "donor",
        "unit",
        "component",
        "organ",
        "graft",
        "kidney",
        "liver",
    }
)


def _owner_after(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], start: int, end: int
) -> tuple[Role, int] | None:
    """The noun right after a mention ("A pos blood", "group AB red cells"), if any, read past
    the words that tell how the component was made or prepared ("group A pos apheresis
    platelets", "A pos HLA-matched irradiated platelets", "group B CMV neg FFP"): the group is
    of the component they describe, not of red cells by default."""
    at = end
    if at < len(tokens) and tokens[at] in _SKIPPED_ADJECTIVES:
        at += 1
    at = _past_specification(tokens, at)
    if at >= len(tokens) or sentence_of[at] != sentence_of[start]:
        return None
    if any(k in breaks for k in range(end, at + 1)):
        return None
    role = _role(tokens[at])
    if tokens[at] == "cell" and tokens[at - 1] == "red":
        role = "red_cells"  # "A pos red cell", told in the singular
    return (role, at) if role is not None else None


#: Words telling how a component was collected, prepared or matched, told between its group and
#: its noun ("group A apheresis platelets", "O neg irradiated CMV negative red cells", "A pos
#: HLA-matched plts", "group A pooled platelets").
_SPECIFICATION_WORDS = frozenset(
    {
        "apheresis",
        "pooled",
        "irradiated",
        "washed",
        "leucodepleted",
        "hla",
        "hpa",
        "matched",
        "cmv",
        "hev",
        "adult",
        "paediatric",
        "paed",
        "neonatal",
        "single",
        "packed",
    }
)
#: Results told of a specification's screen ("CMV neg", "HEV negative"): read past only after
#: one of the screens.
_SCREENS = frozenset({"cmv", "hev"})
_SCREEN_RESULTS = frozenset({"neg", "negative", "ve", "-ve", "pos", "positive"})
#: Most specification words read past between a group and its component noun.
SPECIFICATION_TOKENS = 4


def _past_specification(tokens: Sequence[str], at: int) -> int:
    """The position after the specification words (and their screens' results) starting at
    `at`, when a component noun follows them ("apheresis platelets", "HLA matched irradiated
    platelets"); `at` itself otherwise."""
    k = at
    while k < len(tokens) and k - at < SPECIFICATION_TOKENS:
        if tokens[k] in _SPECIFICATION_WORDS or (k > at and tokens[k] in _SKIPPED_ADJECTIVES):
            k += 1  # ("single donor platelets", "irradiated red cells")
        elif tokens[k] in _SCREEN_RESULTS and k > at and tokens[k - 1] in _SCREENS:
            k += 1
        else:
            break
    if k > at and k < len(tokens) and tokens[k] in COMPONENT_WORDS:
        return k
    return at


def _true_group_owner(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], j: int
) -> Role:
    """Whose true group a cue at j ("actually", "true") tells: the component or organ named
    just before it in its clause ("the donor was actually group A", "the unit's true group"),
    else the recipient's ("pt is actually O", "known group O")."""
    for k in range(j - 1, max(-1, j - 4), -1):
        if sentence_of[k] != sentence_of[j] or (k + 1) in breaks:
            break
        role = None if _blood_group_word(tokens, k) else _role(tokens[k])
        if role is not None:
            return role
    return "recipient"


#: Words after an organ noun that make it the patient's illness ("pt with liver failure (group
#: AB pos)"), not a graft.
_DISEASE_WORDS = frozenset(
    {"failure", "disease", "cirrhosis", "injury", "impairment", "function", "cancer"}
)


def _organ_named_by_disease(tokens: Sequence[str], j: int) -> bool:
    """Whether the organ noun at j names the patient's illness ("liver failure"), not an organ
    given."""
    return (
        COMPONENT_WORDS.get(tokens[j]) == "organ"
        and j + 1 < len(tokens)
        and tokens[j + 1] in _DISEASE_WORDS
    )


def _blood_group_word(tokens: Sequence[str], j: int) -> bool:
    """Whether token j is "blood" of "blood group" (not a blood component)."""
    return tokens[j] == "blood" and j + 1 < len(tokens) and tokens[j + 1] in _GROUP_CUES


_CONJUNCTIONS = frozenset({"and", "but", "whereas", "while", "however", "although", "though"})
#: Words of receiving as reports spell them when typed fast ("man recieved grp A packed
#: cells"): the same verb as "received", so the group after them is the unit's.
RECEIVED_MISSPELT = frozenset({"recieved", "recived", "recieving", "reciving"})
#: Words of receiving as the recipient's own getting ("pt got group A packed cells"): right
#: after a recipient word (`_recipient_got`), the group after them is the unit's, as after
#: "received"; after anyone else ("the ED team got a positive result", "HCA got the unit")
#: they are no giving.
GOT_WORDS = frozenset({"got"})
#: Words of receiving, however spelt: told of a sample or a G&S, the lab's receiving
#: (`_sample_received`), else the patient's.
RECEIVED_WORDS = frozenset({"received", "receiving"}) | RECEIVED_MISSPELT
_GIVING_VERBS = RECEIVED_WORDS | frozenset({"given", "transfused", "issued", "hung"})
#: Tokens no part of a person's name can be (`_name_word`): the words of groups, places,
#: components, persons and handing that the group reasoning reads for themselves.
_NOT_NAME_TOKENS = (
    _NOT_NAME_WORDS
    | RECIPIENT_WORDS
    | frozenset(COMPONENT_WORDS)
    | _PLACE_WORDS
    | _GROUP_CUES
    | _GROUP_FILLERS
    | _GIVING_VERBS
    | _HANDING_VERBS
)
_SKIPPED_ADJECTIVES = frozenset({"red", "fresh", "emergency", "emerg", "donor", "rhd", "rh"})


#: Words of the patient's own sample, which a lab "received" ("G&S sample received in the
#: transfusion lab for .., grouped A pos"): the group is the sample's, read on past the verb.
_SAMPLE_WORDS = frozenset({"sample", "samples", "specimen", "specimens"})
#: Tokens before "received" searched for them.
SAMPLE_RECEIVED_BEFORE = 3


def _sample_received(tokens: Sequence[str], j: int) -> bool:
    """Whether token j is "received" told of a sample or a G&S received in the lab, not of a
    component given to a patient."""
    if tokens[j] not in RECEIVED_WORDS:
        return False
    before = range(max(0, j - SAMPLE_RECEIVED_BEFORE), j)
    return any(tokens[k] in _SAMPLE_WORDS or _is_group_and_save(tokens, k) for k in before)


def _recipient_got(tokens: Sequence[str], j: int) -> bool:
    """Whether token j is "got" told of the recipient right before it ("patient got an A pos
    unit", "the lady got group AB red cells"): the recipient's receiving of the unit."""
    return tokens[j] in GOT_WORDS and j > 0 and tokens[j - 1] in RECIPIENT_WORDS


def _is_group_and_save(tokens: Sequence[str], j: int) -> bool:
    """Whether token j ends "G&S" (group and save: the patient's own sample)."""
    return j > 0 and tokens[j] == "s" and tokens[j - 1] == "g"


#: The sex letter of a patient told by age and sex ("72M group A RhD neg", "34F, O pos").
_SEX_LETTERS = frozenset({"m", "f"})


def _age_and_sex(tokens: Sequence[str], j: int) -> bool:
    """Whether token `j` is the sex letter after an age ("72M", read "72" "m"): the patient
    (dev-174411)."""
    return tokens[j] in _SEX_LETTERS and j > 0 and tokens[j - 1].isdigit()


def _role(token: str) -> Role | None:
    if token in RECIPIENT_WORDS:
        return "recipient"
    return COMPONENT_WORDS.get(token)


def mentions(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int]
) -> list[Mention]:
    """Every ABO group stated in the narrative whose owner (recipient or component) is clear."""
    # Only these tokens can name a group (see _group_at); most narratives hold few or none.
    candidates = [at for at, token in enumerate(tokens) if token in _GROUP_TOKENS]
    if not candidates:
        return []
    breaks = frozenset(clause_breaks)
    people: unit_persons.People | None = None  # read when a group first needs its owner
    found: list[Mention] = []
    i = 0  # mentions do not overlap: the next one starts at or after the previous one's end
    for at in candidates:
        if at < i:
            continue
        group = _group_at(tokens, at, sentence_of, breaks)
        if (
            group is None
            and found
            and (tokens[at - 1] in _COPULAS | _CORRECTION_CUES or _after_instead_of(tokens, at))
        ):
            group = _corrected_group(tokens, sentence_of, found[-1], at)
        if group is None:
            continue
        name, start, end = group
        if _hypothetical_after(tokens, sentence_of, breaks, end):
            i = end
            continue
        if found and _corrects(tokens, sentence_of, found[-1], start, end):
            earlier = found.pop()
            found.append(Mention(name, earlier.role, earlier.start, end))
            i = end
            continue
        owner = _owner(tokens, sentence_of, breaks, start, end)
        if owner is not None and _hospital_unit(tokens, owner[1]):
            owner = None  # "sample from renal day unit grouped A pos": a ward, not a pack
        if owner is None and start < at and (end in breaks or _sentence_ends(sentence_of, end)):
            owner = _compared_with_recipient(tokens, sentence_of, breaks, end, name)
        if owner is None:
            owner = _handed_into_group(tokens, sentence_of, breaks, end)
        if owner is None:
            owner = _group_given(tokens, sentence_of, start, end)
        if owner is None:
            owner = _grouping_result_owner(tokens, sentence_of, breaks, start)
        if owner is None:
            owner = _owner_by_name(tokens, sentence_of, start)
        if owner is not None and _unit_group_told_first(tokens, sentence_of, breaks, found, owner):
            owner = None
        if people is None:
            people = unit_persons.persons(tokens, sentence_of)
        owner = _owner_by_person(tokens, sentence_of, people, start, owner)
        if owner is not None:
            role, owner_at = owner
            if role == "red_cells" and tokens[owner_at] in _CONTAINER_WORDS:
                role = _kind_named_before(tokens, owner_at)
            preferred = role == "recipient" and tokens[owner_at] in _TRUE_CUES
            found.append(
                Mention(name, role, min(start, owner_at), max(end, owner_at + 1), preferred)
            )
            shared = _shared_component(tokens, sentence_of, breaks, start, owner_at, role)
            if shared is not None:
                found.append(Mention(name, shared[0], start, shared[1] + 1))
                end = max(end, shared[1] + 1)
        i = end
    return _owners_told_apart(tokens, sentence_of, found)


#: Words linking a unit to the person it belonged to ("belonged to Mr X").
_BELONGING_WORDS = frozenset({"belonged", "belonging", "belongs", "belong"})
#: Words that deny the link ("not for Mrs Law").
_LINK_DENIALS = frozenset({"not", "nt"})
#: How far back from a person's group the link telling the unit was theirs may lie ("was for
#: Mr [name] DOB 1941 (group AB pos)").
WHOSE_LINK_TOKENS = 8
#: Words a person's reference between the link and their group cannot hold: another act or
#: clause begins ("brought to", "and", "but"), or another group is told (not the article "a").
_LINK_STOPS = _CONJUNCTIONS | _HANDING_VERBS | _GIVING_VERBS | _GROUP_CUES | (_GROUP_TOKENS - {"a"})


def _unit_told_as_theirs(
    tokens: Sequence[str], sentence_of: Sequence[int], mention: Mention
) -> int | None:
    """Where a recipient's group is told of the person a unit was for or belonged to ("the unit
    removed was for Mr [name] (group A pos)", "Unit for [name] DOB 1941 (group AB pos)",
    "belonged to a pt in recovery (group B"): the link's position, or None."""
    start = mention.start
    for k in range(start - 1, max(-1, start - 1 - WHOSE_LINK_TOKENS), -1):
        if sentence_of[k] != sentence_of[start] or tokens[k] in _LINK_STOPS:
            return None
        if tokens[k] == "for":
            before = tokens[k - 1] if k > 0 else ""
            # whose the unit is, not whom it was fetched or prescribed for ("the unit removed
            # was for", "unit for"; not "collected from the fridge for", "issued for")
            whose = before in unit_persons.TOLD_FOR | _CONTAINER_WORDS
            return k if whose and before not in _LINK_DENIALS else None
        if tokens[k] == "to" and k > 0 and tokens[k - 1] in _BELONGING_WORDS:
            return k
    return None


def _owners_told_apart(
    tokens: Sequence[str], sentence_of: Sequence[int], found: list[Mention]
) -> list[Mention]:
    """The mentions, with the groups of persons told as the ones a unit was for read as that
    unit's, when the report gives another person a different group (unit_persons' reading
    for names and unnumbered persons: "the first unit brought to his chair was for Mr [name]
    (group A - Mr [name] is group O)": group A is the unit's, group O the recipient's). A
    person a unit was for, with no other group told, may be this patient ("unit for Mr
    [name] (group O) collected"): left as read."""
    links = {
        i: link
        for i, m in enumerate(found)
        if m.role == "recipient"
        and (link := _unit_told_as_theirs(tokens, sentence_of, m)) is not None
    }
    told = {found[i].group for i in links}
    others = {m.group for i, m in enumerate(found) if m.role == "recipient" and i not in links}
    if not links or not others or len(told) != 1 or told & others:
        return found
    return [
        Mention(m.group, _kind_meant(tokens, sentence_of, links[i]), m.start, m.end)
        if i in links
        else m
        for i, m in enumerate(found)
    ]


#: Most words of a person's name told before "is group X" ("Olive Grant is group O").
NAME_TOKENS = 3
#: Words a person's name follows where it names the patient transfused: the patient told by
#: name ("the patient was Khan, Farida"), their wristband or collection slip ("slip: Olive
#: Grant"); and where it names the one a unit was for: the unit's own label or tag ("the unit
#: tag said Khan, Fatima", "unit: Olivia Grant").
_PATIENT_NAMED_BY = frozenset({"slip", "wristband", "band", "patient", "pt"})
_UNIT_NAMED_BY = _UNIT_LABELS | _LABEL_SAID | frozenset({"labelled", "labeled"})
#: How far before a name the word telling whose name it is may lie.
NAMED_BY_TOKENS = 3


def _owner_by_name(
    tokens: Sequence[str], sentence_of: Sequence[int], start: int
) -> tuple[Role, int] | None:
    """Whose group "<name> is group X" tells, by where the report named that person before:
    the patient's where the name was told of the patient, their wristband or collection slip
    ("the patient was Khan, Farida ... Farida is group B"), the unit's where it was told by the
    unit's tag or label ("slip: Olive Grant, unit: Olivia Grant ... Olive Grant is group O":
    the patient's). Redacted names say nothing (all alike), nor a name told both ways."""
    verb = start - 1
    if verb < 1 or tokens[verb] not in ("is", "was"):
        return None
    first = verb
    while (
        first > 0
        and verb - first < NAME_TOKENS
        and sentence_of[first - 1] == sentence_of[verb]
        and _told_name_word(tokens[first - 1])
    ):
        first -= 1
    if first == verb:
        return None
    name = list(tokens[first:verb])
    roles: set[str] = set()
    for k in range(first - len(name), -1, -1):
        if list(tokens[k : k + len(name)]) != name:
            continue
        for j in range(k - 1, max(-1, k - 1 - NAMED_BY_TOKENS), -1):
            if sentence_of[j] != sentence_of[k]:
                break
            if tokens[j] in _PATIENT_NAMED_BY:
                roles.add("recipient")
                break
            if tokens[j] in _UNIT_NAMED_BY:
                roles.add("unit")
                break
            if not _told_name_word(tokens[j]) and tokens[j] not in ("was", "is", "said"):
                break
    if roles == {"recipient"}:
        return "recipient", first
    if roles == {"unit"}:
        return _kind_meant(tokens, sentence_of, first), first
    return None


def _told_name_word(token: str) -> bool:
    """Whether a token can be a told (not redacted) person's name: a word that is no other
    word of these readings, or an honorific."""
    return token in _HONORIFICS or (
        len(token) > 1 and token.isalpha() and token not in _NOT_NAME_TOKENS
    )


#: Words that end the reach back from a group to its person's reference: another clause's
#: subject ("..., this pt is group O"), or a unit told in between ("UF3 group O, units group A").
_PERSON_STOPS = (
    _CONJUNCTIONS | _OUR_WORDS | (unit_persons.UNIT_WORDS - {"it", "one"}) | _GROUP_TOKENS
)


def _owner_by_person(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    people: unit_persons.People,
    start: int,
    owner: tuple[Role, int] | None,
) -> tuple[Role, int] | None:
    """A group told of a person the narrative names elsewhere as the one the unit was for
    ("twin 2 group A pos ... Twin 2's unit brought to twin 1's incubator") is the unit's; one
    told of the person the unit reached ("UM42 is group O" after "connected to UM42's line"),
    the recipient's (see engine.unit_persons). A group whose own clause already names its
    owner by other than a person ("grp B into grp O pt", "A pos blood") stays as read."""
    if not people.owners:
        return owner
    if owner is not None and owner[0] != "recipient" and not _person_word(tokens[owner[1]]):
        return owner
    ref = unit_persons.ref_before(tokens, sentence_of, start, _PERSON_STOPS)
    if ref is None:
        return owner
    key, at = ref
    role = unit_persons.role_of_person(key, people)
    if role == "recipient":
        return owner if owner is not None and owner[0] == "recipient" else ("recipient", at)
    if role == "unit":
        if owner is not None and owner[0] in ("red_cells", "plasma", "platelets"):
            return owner
        return _kind_meant(tokens, sentence_of, at), at
    return owner


def _unit_group_told_first(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    breaks: frozenset[int],
    found: Sequence[Mention],
    owner: tuple[Role, int],
) -> bool:
    """Whether a group read as a unit's through the person it was meant for ("for the woman in
    theatre 2 (group A)") follows the unit's own group told in that person's clause ("O neg
    emergency unit was for the woman in theatre 2 (group A)"): the unit's group is the one
    stated, the other person's is theirs alone. Not when another unit is named in between ("2
    units O neg given then 3rd unit taken from the box belonging to the woman in theatre 2")."""
    role, at = owner
    if role not in ("red_cells", "plasma") or not _person_word(tokens[at]):
        return False
    first = at
    while first > 0 and sentence_of[first - 1] == sentence_of[at] and first not in breaks:
        first -= 1
    return any(
        m.role in ("red_cells", "plasma")
        and first <= m.start
        and m.end <= at
        and not any(tokens[k] in COMPONENT_WORDS for k in range(m.end, at))
        for m in found
    )


def _person_word(token: str) -> bool:
    """Whether a token opens or names a reference to a person ("the", "bed", "pt", "twin"):
    the words of `_person_ref` other than numbers and letters."""
    return (
        token in RECIPIENT_WORDS
        or token in _REF_FILLERS
        or token in _PERSON_REFS
        or token in _PLACE_WORDS
    )


#: Words that make a "unit" after them a hospital unit, not a pack of blood ("sample from the
#: renal day unit grouped A pos", "transplant unit", "haematology day unit").
_HOSPITAL_UNIT_WORDS = frozenset(
    {
        "day",
        "dialysis",
        "renal",
        "assessment",
        "admissions",
        "stroke",
        "neonatal",
        "maternity",
        "birth",
        "delivery",
        "burns",
        "transplant",
        "haematology",
        "oncology",
        "endoscopy",
        "coronary",
        "cardiac",
        "trauma",
        "ambulatory",
        "intensive",
        "dependency",
        "treatment",
    }
)


#: Words that may open a clause telling a grouping's result with no subject ("Later grouped A
#: pos", "then subsequently grouped as O", "has since been grouped B", "Group came back as B
#: pos", "blood group result returned AB"): times, auxiliaries and the result's own words.
_GROUPING_RESULT_WORDS = frozenset(
    {
        "later",
        "subsequently",
        "then",
        "since",
        "now",
        "eventually",
        "afterwards",
        "after",
        "finally",
        "has",
        "had",
        "have",
        "been",
        "was",
        "were",
        "is",
        "and",
        "but",
        "when",
        "once",
        "the",
        "blood",
        "abo",
        "group",
        "grouped",
        "grouping",
        "result",
        "results",
        "came",
        "come",
        "back",
        "returned",
        "resulted",
        "as",
        "of",
        # the analyser's reading of today's sample ("the analyser result today was O pos";
        # dev-81073)
        "analyser",
        "analyzer",
        "today",
        "todays",
        "current",
        "new",
    }
)
#: Words naming the analyser whose result, with a result noun, is a grouping of the patient's
#: sample ("the analyser result today was O pos"), whatever verb tells it.
_ANALYSER_WORDS = frozenset({"analyser", "analyzer"})
#: Words telling the clause is a grouping's result: the verb of grouping, or a result's return.
_GROUPING_RESULT_VERBS = frozenset({"grouped", "came", "returned", "resulted"})
#: Words naming what came back as a blood group ("group came back", "grouping result returned").
_GROUPING_NOUNS = frozenset({"group", "grouping", "result", "results"})


def _grouping_result_owner(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], start: int
) -> tuple[Role, int] | None:
    """The owner of a group told as the result of a grouping in a clause with no subject ("4
    units of O neg given before the group was known. Later grouped A pos", "emergency O neg
    hung, then grouped as B", "Group came back as B pos"): the lab groups the patient's
    sample, so the group is the recipient's. Not an aside told of a unit named right before it
    ("the 2nd unit, grouped A pos, was hung")."""
    first = start + 1 if tokens[start] in _GROUP_CUES else start
    while (
        first > 0
        and first not in breaks
        and sentence_of[first - 1] == sentence_of[start]
        and tokens[first - 1] in _GROUPING_RESULT_WORDS
    ):
        first -= 1
    told = set(tokens[first : start + 1])
    told_by = _GROUPING_RESULT_VERBS | _ANALYSER_WORDS
    if "grouped" not in told and (told_by.isdisjoint(told) or _GROUPING_NOUNS.isdisjoint(told)):
        return None
    opens_sentence = first == 0 or sentence_of[first - 1] != sentence_of[start]
    if not opens_sentence and first not in breaks:
        return None
    if not opens_sentence and tokens[first - 1] in COMPONENT_WORDS:
        return None
    return "recipient", start


def _hospital_unit(tokens: Sequence[str], at: int) -> bool:
    """Whether token `at` is a "unit" named as a place of the hospital by the word before it."""
    return tokens[at] in ("unit", "units") and at > 0 and tokens[at - 1] in _HOSPITAL_UNIT_WORDS


#: Words naming a pack of any component ("the bags were group O"): of the kind of component the
#: narrative last named before them ("FFP x2 brought to the bedside ... bags were group O").
_CONTAINER_WORDS = frozenset({"unit", "units", "bag", "bags", "pack", "packs"})
#: The tag or label any component carries ("compared the compatibility tag to the wristband"):
#: no kind of its own to name the component a later pack is of (dev-175319).
_LABEL_KIND_WORDS = frozenset({"tag", "label"})


def _kind_word(tokens: Sequence[str], k: int) -> Role | None:
    """The kind of component token `k` names by its own name (not a pack, a label nor an
    organ), if any."""
    kind = COMPONENT_WORDS.get(tokens[k])
    if kind is None or kind == "organ" or tokens[k] in _CONTAINER_WORDS | _LABEL_KIND_WORDS:
        return None
    return kind


def _kind_named_before(tokens: Sequence[str], at: int) -> Role:
    """The kind of the component last named before token `at` by its own name (FFP, plasma,
    cryo, red cells, blood): plasma where that is a plasma component, else red cells."""
    for k in range(at - 1, -1, -1):
        if tokens[k] == "cell" and k > 0 and tokens[k - 1] == "red":
            return "red_cells"  # "red cell bag", "red cell unit"
        kind = COMPONENT_WORDS.get(tokens[k])
        if kind == "plasma" and tokens[k + 1 : k + 2] != ["lab"] and tokens[k] != "frozen":
            return "plasma"  # not the "cryo lab" of stem cells
        if _kind_word(tokens, k) is not None:
            # a unit or bag of platelets ("the platelet unit (group O high titre)")
            return "platelets" if kind == "platelets" else "red_cells"
    return "red_cells"


def _kind_given(tokens: Sequence[str], sentence_of: Sequence[int], verb: int) -> Role:
    """The kind of component a giving verb hands over ("received group A"): plasma when its
    sentence named a plasma component before it ("FFP given (group A to a group O pt)"), else
    red cells. A sentence naming only a pack ("Unit issued was group O pos") gives the kind
    the narrative last named before it ("Child group B pos for platelets. Unit issued was
    group O pos": platelets; dev-175322)."""
    first = verb
    while first > 0 and sentence_of[first - 1] == sentence_of[verb]:
        first -= 1
    own = range(first, verb)
    if any(tokens[k] in _CONTAINER_WORDS for k in own) and not any(
        _kind_word(tokens, k) or tokens[k] == "cell" for k in own
    ):
        return _kind_named_before(tokens, verb)
    return _kind_named_before(tokens[first:verb], verb - first)


def _kind_meant(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> Role:
    """The kind of the component meant for the person at `at`, whose group then stands for
    it: platelets when the sentence last named platelets before it ("the platelets were for
    the child in cot 3 (group A)": not judged), else as `_kind_given`."""
    k = at - 1
    while k >= 0 and sentence_of[k] == sentence_of[at]:
        kind = COMPONENT_WORDS.get(tokens[k])
        if kind == "platelets" and tokens[k] not in _POOL_WORDS:
            return "platelets"
        if kind is not None and tokens[k] not in _CONTAINER_WORDS and kind != "organ":
            break
        k -= 1
    return _kind_given(tokens, sentence_of, at)


#: Words saying a group just stated is the right one of what was named before ("donor group
#: recorded as O but is actually A").
_CORRECTION_CUES = frozenset({"actually", "really", "fact", "truly"})
#: ... or name the group that follows as the true one of a donor's recorded group ("donor
#: group recorded as O on the offering paperwork; the true group was A"), and how many tokens
#: may come between the two (a donor's group may be told with its record: "on the offering
#: paperwork"; fewer for other components). Not after a unit: "transfused 2 units of A pos. True
#: group O" is the patient's true group (a wrong blood in tube), not the unit's.
_TRUE_GROUP_CUES = frozenset({"true", "actual"})
CORRECTION_TOKENS = 8
#: ... and for any other component's group.
CORRECTION_TOKENS_OTHER = 6
#: Words of a group said only of what might have been ("an O neg unit would have been ok").
_MODALS = frozenset({"would", "could", "should", "might"})
#: What such a group would have been ("would have been ok").
_SAFE = frozenset({"ok", "okay", "fine", "compatible", "safe", "suitable", "acceptable"})


#: Words that make a component's group a record of it ("donor blood group entered as O"): a
#: group "instead of" it is then the true one ("entered as O instead of B": the donor is B).
#: Not "given A instead of O", where the group given is the true one.
_RECORD_VERBS = frozenset(
    {
        "entered",
        "recorded",
        "written",
        "transcribed",
        "documented",
        "typed",
        "keyed",
        "input",
        "inputted",
        "misrecorded",
        "mistyped",
        "logged",
        "registered",
    }
)


def _after_instead_of(tokens: Sequence[str], at: int) -> bool:
    """Whether token `at` follows "instead of" ("entered as O instead of B")."""
    return at >= 2 and tokens[at - 2] == "instead" and tokens[at - 1] == "of"


def _true_group_next(
    tokens: Sequence[str], sentence_of: Sequence[int], earlier: Mention, start: int, end: int
) -> bool:
    """Whether the group at `start` is "the true group" told in the sentence right after a
    donor's recorded group ("Donor group recorded as O on the paperwork; the true group was
    A"), with no recipient named in it ("the true group of the patient")."""
    cue = [
        k for k in range(max(earlier.end, start - 2), start + 1) if tokens[k] in _TRUE_GROUP_CUES
    ]
    return (
        bool(cue)
        and earlier.role == "organ"
        and sentence_of[cue[0]] == sentence_of[start] == sentence_of[earlier.start] + 1
        and start - earlier.end <= CORRECTION_TOKENS
        and RECIPIENT_WORDS.isdisjoint(tokens[start:end])
    )


def _corrects(
    tokens: Sequence[str],
    sentence_of: Sequence[int],
    earlier: Mention,
    start: int,
    end: int | None = None,
) -> bool:
    """Whether the group at `start` corrects the component group stated just before it in the
    same sentence ("the donor was recorded as O but is actually A": the donor is A; "donor
    blood group entered as O instead of B": the donor is B); not when the recipient is named
    in between ("the unit was A, the patient actually O")."""
    if earlier.role == "recipient":
        return False
    if sentence_of[earlier.start] != sentence_of[start] and not (
        end is not None and _true_group_next(tokens, sentence_of, earlier, start, end)
    ):
        return False
    if earlier.role == "organ" and _source_said(tokens, earlier, start):
        return True
    if any(token in RECIPIENT_WORDS for token in tokens[earlier.end : start]):
        return False
    if _after_instead_of(tokens, start) and start - earlier.end <= 2:
        return not _RECORD_VERBS.isdisjoint(tokens[max(0, earlier.start - 3) : earlier.end])
    cue = [
        k
        for k in range(max(earlier.end, start - 3), start + 1)
        if tokens[k] in _CORRECTION_CUES
        or (earlier.role == "organ" and tokens[k] in _TRUE_GROUP_CUES)
    ]
    limit = CORRECTION_TOKENS if earlier.role == "organ" else CORRECTION_TOKENS_OTHER
    return bool(cue) and start - earlier.end <= limit


#: Words saying what the source a donor's group was recorded from showed ("transcribed from
#: the donor referral as O when the source record said B": the donor is B).
_SOURCE_SAID_WORDS = frozenset({"said", "says", "showed", "shows", "stated", "states"})


def _source_said(tokens: Sequence[str], earlier: Mention, start: int) -> bool:
    """Whether the group at `start` is what the source said of an organ's group just recorded
    otherwise ("donor group transcribed as O when the source record said B")."""
    return (
        0 < start - earlier.end <= CORRECTION_TOKENS
        and tokens[start - 1] in _SOURCE_SAID_WORDS
        and not _RECORD_VERBS.isdisjoint(tokens[max(0, earlier.start - 3) : earlier.end])
    )


def _corrected_group(
    tokens: Sequence[str], sentence_of: Sequence[int], earlier: Mention, at: int
) -> tuple[str, int, int] | None:
    """A bare letter naming a component's corrected group ("recorded as O but is actually A")."""
    if tokens[at] in ANTIGENS and _corrects(tokens, sentence_of, earlier, at):
        return tokens[at], at, at + 1
    return None


def _hypothetical_after(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], end: int
) -> bool:
    """Whether a group is only what would have been safe to give ("O neg unit would have been
    ok") or what giving it would do ("... to a group O pt would cause haemolysis"); not "the A
    unit should have gone to bed 4", which names what was given."""
    for k in range(end, min(len(tokens) - 1, end + 3)):
        if (k in breaks and k > end) or sentence_of[k] != sentence_of[end - 1]:
            return False
        if tokens[k] in _MODALS:
            said = [*tokens[k + 1 : k + 4], "", "", ""]
            return (
                (said[0] == "be" and said[1] in _SAFE)
                or (said[:2] == ["have", "been"] and said[2] in _SAFE)
                or said[0] in _CONSEQUENCES
            )
    return False


#: What such a pairing would do ("group A given to a group O pt would cause a reaction"): a
#: warning or teaching, no event.
_CONSEQUENCES = frozenset({"cause", "lead", "result", "trigger", "kill"})


def _sentence_ends(sentence_of: Sequence[int], end: int) -> bool:
    """Whether a sentence ends right before token `end` (and another follows)."""
    return 0 < end < len(sentence_of) and sentence_of[end] != sentence_of[end - 1]


def _about_a_unit(tokens: Sequence[str], sentence_of: Sequence[int], i: int) -> bool:
    """Whether the sentence of token i names a red-cell or plasma component before it."""
    j = i - 1
    while j >= 0 and sentence_of[j] == sentence_of[i]:
        if COMPONENT_WORDS.get(tokens[j]) in ("red_cells", "plasma"):
            return True
        j -= 1
    return False


def _compared_with_recipient(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], at: int, name: str
) -> tuple[Role, int] | None:
    """An ownerless "group B" set against the recipient's other group in the next clause
    ("group B, woman is O pos"): the component's group, by the comparison. Across a sentence
    end only when the group's sentence is about a unit ("the unit tag said Mr H ... and group
    A; Mr Hussain is group O")."""
    if at >= len(tokens):
        return None
    if sentence_of[at] != sentence_of[at - 1] and not _about_a_unit(tokens, sentence_of, at - 1):
        return None
    if (
        tokens[at] in _CONJUNCTIONS
        and at + 1 < len(tokens)
        and at + 1 not in breaks
        and sentence_of[at + 1] == sentence_of[at]
    ):
        at += 1  # "group A pos, and pt is group O pos", "group B, whereas the pt is O"
    if tokens[at] in _OUR_WORDS and at + 1 < len(tokens) and sentence_of[at + 1] == sentence_of[at]:
        at += 1  # "it was group B, our lady is group O"
    if tokens[at] not in RECIPIENT_WORDS:
        return None
    first = at + 1
    if tokens[at] in _HONORIFICS:
        first = at + 2  # "Mr Hussain is group O": the honorific, the name, then the group
    for k in range(first, min(len(tokens), first + 3)):
        if k in breaks or sentence_of[k] != sentence_of[at]:
            return None
        group = _group_at(tokens, k, sentence_of, breaks)
        if group is not None:
            return ("red_cells", at - 1) if group[0] != name else None
    return None


#: Words between a handing word and the group handed into ("into a group A pt").
_ARTICLES = frozenset({"a", "an", "the"})


def _handed_into_group(
    tokens: Sequence[str], sentence_of: Sequence[int], breaks: frozenset[int], end: int
) -> tuple[Role, int] | None:
    """An ownerless group handed into another group told right after it ("Group B into a group
    A pt", "group B given to group A mother", "50ml of group A given to a group O pt"): the
    component's group, of the kind of component last named before it."""
    k = end
    if k < len(tokens) and tokens[k] in _HANDING_VERBS | _GIVING_VERBS:
        k += 1
    # a group "for" a group told right after it is the unit's, for that patient ("it was group
    # A for a group O pt", "(B pos for an O pos pt)")
    preps = ("into", "to", "onto", "on", "for") if k == end else ("into", "to", "onto", "on")
    if k >= len(tokens) or tokens[k] not in preps or k - end > 1:
        return None
    if any(b in breaks for b in range(end, k + 1)) or sentence_of[k] != sentence_of[end - 1]:
        return None
    g = k + 1
    if g < len(tokens) and tokens[g] in _ARTICLES:
        g += 1
    if g < len(tokens) and tokens[g] in _GROUP_CUES:
        g += 1
    if g >= len(tokens) or sentence_of[g] != sentence_of[k] or g in breaks:
        return None
    if _group_at(tokens, g, sentence_of, breaks) is None:
        return None
    return _kind_named_before(tokens, end), k


#: How many tokens may stand between a unit's group and the "to" of its giving ("A pos RBC
#: transfused to the group O pt").
GIVEN_TO_GAP = 2


def _given_to(
    tokens: Sequence[str], sentence_of: Sequence[int], component: Mention, recipient: Mention
) -> bool:
    """Whether a unit's group is told given to the recipient's group just after it in its
    sentence ("approx 120ml A pos RBC transfused to the group O pt"): that patient's group,
    whatever true group another patient of the report is told to have (two patients at once in
    resus; batch 104 dev-176313)."""
    if (
        component.role == "recipient"
        or sentence_of[component.start] != sentence_of[recipient.start]
    ):
        return False
    between = list(tokens[component.end : recipient.start])
    return (
        0 < len(between) <= GIVEN_TO_GAP + 2
        and between[0] in _GIVING_VERBS
        and between[1:2] in (["to"], ["into"])
    )


def pairings(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int]
) -> list[Pairing]:
    """Each recipient group paired with each judged component group stated near it (a
    recipient's "true" group, when stated, stands in for its other groups). When the report
    gives the recipient one group only, a red-cell or plasma group stated after it, too far
    from it to pair otherwise, is paired with it when incompatible (a long timeline tells the
    patient's group at the start and the unit's near the end); a compatible one far apart says
    nothing of that unit."""
    found = mentions(tokens, sentence_of, clause_breaks)
    grafts = _stem_cell_graft_donors(tokens, sentence_of, found)
    judged = [m for m in found if m not in grafts]
    everyone = [m for m in found if m.role == "recipient"]
    recipients = everyone
    if any(m.preferred for m in recipients):
        recipients = [m for m in recipients if m.preferred]
    result = [
        Pairing(recipient, component, verdict)
        for component in judged
        for recipient in everyone
        if recipient not in recipients
        and _given_to(tokens, sentence_of, component, recipient)
        and (verdict := compatible(recipient.group, component.group, component.role)) is not None
    ]
    unpaired: list[tuple[Mention, bool]] = []  # with whether tested high-titre negative
    for component in judged:
        paired = False
        tested = component.role == "platelets" and _high_titre_negative(
            tokens, sentence_of, component
        )
        for recipient in recipients:
            verdict = compatible(recipient.group, component.group, component.role, tested)
            apart = abs(sentence_of[recipient.start] - sentence_of[component.start])
            if verdict is not None and apart <= PAIR_SENTENCES:
                result.append(Pairing(recipient, component, verdict))
                paired = True
        if not paired and component.role in _FAR_PAIRED_ROLES:
            unpaired.append((component, tested))
    result += _graft_donor_pairings(tokens, sentence_of, found)
    if len({m.group for m in recipients}) == 1:
        recipient = recipients[0]
        for component, tested in unpaired:
            if (
                recipient.start < component.start
                and compatible(recipient.group, component.group, component.role, tested) is False
            ):
                result.append(Pairing(recipient, component, False, far=True))
    return result


#: Words naming a haematopoietic stem cell transplant ("post allogeneic SCT", "BMT recipient"):
#: the graft's cells make the donor's antibodies, so red cells must suit the donor's group too.
_STEM_CELL_WORDS = frozenset({"sct", "hsct", "bmt", "allogeneic", "allograft", "haematopoietic"})
_STEM_CELL_PAIRS = frozenset({("stem", "cell"), ("stem", "cells"), ("bone", "marrow")})


def _stem_cell_transplant(tokens: Sequence[str]) -> bool:
    """Whether the report names a haematopoietic stem cell (bone marrow) transplant."""
    return not _STEM_CELL_WORDS.isdisjoint(tokens) or any(
        pair in _STEM_CELL_PAIRS for pair in pairwise(tokens)
    )


#: Solid organs (and their adjectives) a report of an organ transplant names: with one named,
#: a donor's group may be the organ's.
_SOLID_ORGAN_WORDS = frozenset(
    {
        *("kidney", "kidneys", "renal", "liver", "livers", "hepatic", "heart", "hearts"),
        *("cardiac", "lung", "lungs", "pancreas", "pancreatic", "islet", "islets"),
        *("organ", "organs", "odt"),
    }
)
#: Words telling a donor's group as another patient's graft ("room 5's donor", "the donor bag
#: meant for bed 2"): a graft given to the wrong patient, judged as any unit is.
_OTHER_GRAFT_WORDS = _ELSEWHERE_WORDS | _MEANT_WORDS | _BELONGING_WORDS | {"wrong"}


def _stem_cell_graft_donors(
    tokens: Sequence[str], sentence_of: Sequence[int], found: list[Mention]
) -> list[Mention]:
    """The donor groups of the patient's own stem cell graft ("Post BMT pt, recipient group O,
    donor group A"; review R21 probe 60): in a report naming a haematopoietic stem cell
    transplant and no solid organ, a donor's group (role "organ") in a sentence telling of no
    other patient's graft. ABO-mismatched stem cell grafts are given by protocol: the donor's
    group judges the components given after the graft (`_graft_donor_pairings`), it is no
    organ transplanted across the recipient's group."""
    if not _stem_cell_transplant(tokens) or not _SOLID_ORGAN_WORDS.isdisjoint(tokens):
        return []
    return [
        m
        for m in found
        if m.role == "organ"
        and _OTHER_GRAFT_WORDS.isdisjoint(
            tokens[k] for k in range(len(tokens)) if sentence_of[k] == sentence_of[m.start]
        )
    ]


def organ_transplant_told(tokens: Sequence[str], transplant_words: frozenset[str]) -> bool:
    """Whether the report tells of an organ transplant by one of `transplant_words`: not a
    report of a stem cell transplant naming no solid organ, whose "donor", "graft" and
    "transplant" are the graft's, its units' reach told as any unit's ("BMT pt recipient B
    donor O: group B red cells ... stopped at the bedside check; group O unit given
    instead")."""
    if transplant_words.isdisjoint(tokens):
        return False
    return not _stem_cell_transplant(tokens) or not _SOLID_ORGAN_WORDS.isdisjoint(tokens)


def stem_cell_graft_donors(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int]
) -> list[tuple[int, int]]:
    """The spans of the donor groups of the patient's own stem cell graft
    (`_stem_cell_graft_donors`): the graft's groups, no organ given across them."""
    if not _stem_cell_transplant(tokens):
        return []
    found = mentions(tokens, sentence_of, clause_breaks)
    return [m.span for m in _stem_cell_graft_donors(tokens, sentence_of, found)]


def _graft_donor_pairings(
    tokens: Sequence[str], sentence_of: Sequence[int], found: list[Mention]
) -> list[Pairing]:
    """A stem cell transplant donor's group (told as the donor's: role "organ") paired with each
    red-cell group told after it that the donor's antibodies would lyse ("recipient group A,
    donor group O ... transfused group A red cells"; dev-16038): after an ABO-mismatched
    graft, red cells must be compatible with the donor's group as well as the recipient's."""
    donors = [m for m in found if m.role == "organ"]
    if not donors or not _stem_cell_transplant(tokens):
        return []
    return [
        Pairing(donor, component, False, far=apart > PAIR_SENTENCES)
        for donor in donors
        for component in found
        if component.role == "red_cells"
        and donor.start < component.start
        and compatible(donor.group, component.group, "red_cells") is False
        and (apart := sentence_of[component.start] - sentence_of[donor.start]) >= 0
    ]


@dataclass(frozen=True, slots=True)
class AboVerdict:
    """The ABO reading of a narrative: incompatible pairs by component kind, compatible pairs."""

    incompatible: dict[Role, list[Pairing]]
    compatible: list[Pairing]


def judge(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int]
) -> AboVerdict:
    """The incompatible recipient/component pairs stated in a narrative (by component kind), and
    the compatible ones when none is incompatible."""
    incompatible: dict[Role, list[Pairing]] = {}
    compatible_pairs: list[Pairing] = []
    for pairing in pairings(tokens, sentence_of, clause_breaks):
        if pairing.compatible:
            compatible_pairs.append(pairing)
        else:
            incompatible.setdefault(pairing.component.role, []).append(pairing)
    return AboVerdict(incompatible, [] if incompatible else compatible_pairs)


def titre_told_of_other_units(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int]
) -> list[tuple[int, int]]:
    """The sentences telling a high-titre negative test, in a report whose incompatible
    platelets are told in other sentences ("a high-titre negative grp O unit was reserved for
    him. Staff nurse collected the other grp O unit ... labelled high titre anti-A/B POSITIVE"):
    the test was of another unit, no policy followed for the one given. As token spans."""
    wrong = {
        sentence_of[p.component.start]
        for p in pairings(tokens, sentence_of, clause_breaks)
        if not p.compatible and p.component.role == "platelets"
    }
    if not wrong:
        return []
    return [
        (start, end)
        for start, end in _sentence_ranges(sentence_of)
        if sentence_of[start] not in wrong and _titres_told(tokens, start, end)[0]
    ]


def _sentence_ranges(sentence_of: Sequence[int]) -> list[tuple[int, int]]:
    """The token range [start, end) of each sentence, in order."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for end in range(1, len(sentence_of) + 1):
        if end < len(sentence_of) and sentence_of[end] == sentence_of[start]:
            continue
        ranges.append((start, end))
        start = end
    return ranges


#: Words of a component issued out of its recipient's group ("issued out of group because A neg
#: stock ran out"): the policy of short supply, which only covers platelets that meet it.
_OUT_OF_GROUP = ("out", "of", "group")
_OUT_OF_GROUPS = ("out", "of", "groups")


def _tells_out_of_group(tokens: Sequence[str], start: int, end: int) -> bool:
    """Whether tokens [start, end) tell an issue out of group."""
    return any(
        tuple(tokens[k : k + 3]) in (_OUT_OF_GROUP, _OUT_OF_GROUPS) for k in range(start, end)
    )


def out_of_group_of_untested_platelets(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int]
) -> list[tuple[int, int]]:
    """The sentences telling an issue out of group ("issued out of group because A neg stock
    ran out"), in a report whose group O platelets for a non-O patient are told not tested
    high-titre negative ("the unit was not labelled high-titre negative"): short supply lets
    the lab issue only high-titre negative group O platelets to such a patient, so the issue
    out of group is how the incompatible unit came, no policy followed. As token spans."""
    if not any(
        not p.compatible and p.component.role == "platelets"
        for p in pairings(tokens, sentence_of, clause_breaks)
    ):
        return []
    return [
        (start, end)
        for start, end in _sentence_ranges(sentence_of)
        if _tells_out_of_group(tokens, start, end)
    ]


def _carried_compatible(recipient: str, component: Mention, tested: bool) -> bool:
    """Whether the unit at `component` is ABO compatible with a `recipient` group: red cells and
    organs by their antigens, plasma and platelets by the plasma they carry ("group A platelets
    for a group O patient"), group O platelets counted high-titre negative (`tested`, told so
    or no titre told at all: the routine case) as compatible."""
    if component.role == "platelets":
        routine_o = tested and not ANTIGENS[component.group]
        return routine_o or bool(compatible(recipient, component.group, "plasma"))
    return bool(compatible(recipient, component.group, component.role))


#: Words that tell a group told again as the true one, or copied from one record to another
#: ("transcribed as O ... actual B on the NHSBT donor record"): a group error whose owner or
#: true group the mentions may not place, so the report's units are not judged all compatible.
_GROUP_RETOLD_WORDS = (
    _CORRECTION_CUES | _TRUE_GROUP_CUES | frozenset({"transcribed", "transcription", "misread"})
)


def every_unit_compatible(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int]
) -> bool:
    """Whether the report names a recipient's group and a unit's, and every unit group named is
    ABO compatible with each recipient group told within PAIR_SENTENCES of it (a unit with no
    recipient group near it is not judged: False). "Pt group B pos. 1 unit of group O platelets
    given, no reaction" is the routine case, whatever the unit's words suggest. A group told
    again as the true one or copied (_GROUP_RETOLD_WORDS: "transcribed as O ... but was
    actually B") is a group error the reading may not place: not judged either."""
    if not _GROUP_RETOLD_WORDS.isdisjoint(tokens):
        return False
    found = mentions(tokens, sentence_of, clause_breaks)
    if any(m.preferred for m in found):
        return False
    recipients = [m for m in found if m.role == "recipient"]
    units = [m for m in found if m.role != "recipient"]
    if not recipients or not units:
        return False
    for unit in units:
        near = [
            r
            for r in recipients
            if abs(sentence_of[r.start] - sentence_of[unit.start]) <= PAIR_SENTENCES
        ]
        tested = unit.role == "platelets" and _high_titre_negative(tokens, sentence_of, unit)
        if not near or not all(_carried_compatible(r.group, unit, tested) for r in near):
            return False
    return True


#: Components of another kind than red cells, named in a report of group O red cells: FFP,
#: cryo or platelets given too ("FFP issued for another pt was also given in error; lab confirmed
#: the FFP was ABO incompatible"), whose group the O red cells tell nothing of.
OTHER_KIND_WORDS = frozenset(
    {"ffp", "plasma", "cryo", "cryoprecipitate", "octaplas", "platelets", "platelet", "plts"}
)
#: Words telling a unit other than the one named ("a second unit meant for another pt", "then
#: another unit of red cells", "the other bag"), right before its component word or one word
#: before it ("a third red cell unit").
OTHER_UNIT_WORDS = frozenset(
    {"another", "other", "second", "third", "fourth", "further", "different", "2nd", "3rd", "4th"}
)
OTHER_UNIT_NEAR = 2
#: Words telling an ABO incompatibility confirmed ("lab confirmed this unit was ABO
#: incompatible", "ABO incompatible transfusion confirmed"): group O red cells cannot be,
#: so another unit was given; read within INCOMPATIBILITY_CONFIRMED_NEAR tokens of "abo", no
#: denial or contrast between ("queried as ABO incompatible but haematology confirmed
#: acceptable").
CONFIRMED_WORDS = frozenset({"confirmed", "confirms", "proven", "proved", "established"})
INCOMPATIBILITY_CONFIRMED_NEAR = 6
NOT_CONFIRMING_WORDS = frozenset(
    {"not", "no", "but", "however", "although", "though", "if", "whether", "possible", "?"}
    | {"query", "queried", "compatible", "acceptable", "ruled", "excluded", "fine"}
)


def _incompatibility_confirmed(tokens: Sequence[str]) -> bool:
    """Whether an ABO incompatibility is told confirmed, the confirming word within
    INCOMPATIBILITY_CONFIRMED_NEAR tokens before "abo" or after its "incompatible" word, with
    nothing between that denies, queries or turns it round."""
    for at, token in enumerate(tokens):
        if (
            token != "abo"
            or at + 1 >= len(tokens)
            or not tokens[at + 1].startswith(("incompat", "mismatch"))
        ):
            continue
        before = tokens[max(0, at - INCOMPATIBILITY_CONFIRMED_NEAR) : at]
        for k in range(len(before) - 1, -1, -1):
            if before[k] in NOT_CONFIRMING_WORDS:
                break
            if before[k] in CONFIRMED_WORDS:
                return True
        after = tokens[at + 2 : at + 2 + INCOMPATIBILITY_CONFIRMED_NEAR]
        for word in after:
            if word in NOT_CONFIRMING_WORDS:
                break
            if word in CONFIRMED_WORDS:
                return True
    return False


def _another_component_told(tokens: Sequence[str]) -> bool:
    """Whether a report of group O red cells tells another component given beside them: one of
    another kind (OTHER_KIND_WORDS), a unit told as another (OTHER_UNIT_WORDS just before a
    component word), or an ABO incompatibility told confirmed, which group O red cells cannot
    be (`_incompatibility_confirmed`)."""
    if not OTHER_KIND_WORDS.isdisjoint(tokens):
        return True
    for at, token in enumerate(tokens):
        if token in OTHER_UNIT_WORDS and any(
            COMPONENT_WORDS.get(word) == "red_cells"
            for word in tokens[at + 1 : at + 1 + OTHER_UNIT_NEAR]
        ):
            return True
    return _incompatibility_confirmed(tokens)


def universal_red_cells(
    tokens: Sequence[str], sentence_of: Sequence[int], clause_breaks: Sequence[int]
) -> list[tuple[int, int]]:
    """The group O red cells of a report that tells no recipient's group and no group but O
    ("2 units of emergency O neg given in resus before the group was known ... reported as a
    possible ABO incompatible transfusion"): group O red cells carry no A or B antigen and are
    compatible with every ABO group, so they are judged compatible with whoever got them. As
    token spans; none when any other group is named (owned or not) or a group O component is
    plasma or platelets, whose antibodies need the recipient's group to judge. None either
    when the report tells another component beside them (`_another_component_told`): the O
    red cells are then not all that was given."""
    if _another_component_told(tokens):
        return []
    breaks = frozenset(clause_breaks)
    for at, token in enumerate(tokens):
        if token in _GROUP_TOKENS:
            group = _group_at(tokens, at, sentence_of, breaks)
            if group is not None and group[0] != "o":
                return []
    found = mentions(tokens, sentence_of, clause_breaks)
    if not found or any(m.role != "red_cells" or m.group != "o" for m in found):
        return []
    return [m.span for m in found]


#: Words of a stop told before a step of the giving ("stopped before spiking", "halted before
#: connection"), and the steps themselves.
STOP_WORDS = frozenset({"stopped", "halted", "held", "caught", "intercepted", "stopping"})
GIVING_STEPS = frozenset(
    {
        *("spiking", "spiked", "spike", "connection", "connecting", "connected", "hanging"),
        *("transfusion", "transfusing", "administration", "starting", "started", "use"),
    }
)
#: Tokens after the stop within which "before" comes, and after "before" the step.
STOP_TO_BEFORE = 2
BEFORE_TO_STEP = 3


def _stop_before_a_step(tokens: Sequence[str], sentence_of: Sequence[int], at: int) -> bool:
    """Whether the stop word at `at` is told before a step of the giving, in its sentence
    ("stopped before spiking")."""
    for i in range(at + 1, min(len(tokens), at + 1 + STOP_TO_BEFORE)):
        if sentence_of[i] != sentence_of[at]:
            return False
        if tokens[i] == "before":
            steps = tokens[i + 1 : i + 1 + BEFORE_TO_STEP]
            return not GIVING_STEPS.isdisjoint(steps)
    return False


def stopped_before_a_step(
    tokens: Sequence[str], sentence_of: Sequence[int], components: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The components (spans) told in a sentence that tells a stop before a step of the giving
    ("Group O platelets ... were not transfused: stopped before spiking for the group AB
    patient"): the unit caught at the bedside, whatever "not transfused" denies of it (the
    guide's near miss 12 when stopped before spiking; review r25's D5)."""
    stops = {
        sentence_of[at]
        for at, token in enumerate(tokens)
        if token in STOP_WORDS and _stop_before_a_step(tokens, sentence_of, at)
    }
    return [span for span in components if sentence_of[span[0]] in stops]
