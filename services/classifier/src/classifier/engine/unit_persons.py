"""Whose unit, whose bedside: the persons of a wrong-unit story, read across the narrative.

A unit meant for one patient reaches another's bedside ("the unit for bed 14 was hung on bed 4",
"twin 2's unit brought to twin 1's incubator", "units for 'Unknown Female 4' were brought to
'Unknown Female 3'"). Reporters tell each person's group wherever it comes ("twin 1 group O
neg, twin 2 group A pos" in the first line, "Room 6 woman is group A" in the last), often far
from the sentence that says whose the unit was. This module reads the persons by their
reference (a bed, bay, room, chair, cot, theatre, twin or unknown-patient number) and sorts the
references into the unit's owner (the one it was for, labelled for, belonged to) and the one
it reached (brought, taken, hung, connected, given to; their line, stand, incubator). A group
told of the owner is then the unit's group; one told of the person it reached, the
recipient's. A reference that is both, or one the story names in neither role, says nothing.

Pure: tokens in, roles out; no taxonomy, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: Places at a bedside that tell a person by where they lie ("bed 4", "bay 3", "theatre 5"):
#: also blood_groups' words that place the person a unit was for elsewhere.
BEDSIDE_PLACE_WORDS = frozenset({"bed", "bay", "cubicle", "room", "rm", "chair", "cot", "theatre"})
#: Words naming a person by where they are, before their number ("bed 4", "chair 6", "T3").
PLACE_WORDS = BEDSIDE_PLACE_WORDS | {
    "incubator",
    "t",
    "twin",
    "triplet",
    "resus",
    "trolley",
    "space",
    "bedspace",
}
#: "Unknown Male 41", "UM41", "UF 3": an unidentified patient by number.
_UNKNOWN_WORDS = frozenset({"unknown", "um", "uf", "unk"})
_UNKNOWN_SEX = frozenset({"male", "female", "man", "woman", "pt", "patient"})
_THEATRE = frozenset({"theatre", "t"})
#: The words a person reference can start at (ref_at reads no other).
_REF_START_WORDS = _UNKNOWN_WORDS | PLACE_WORDS

#: Words after a unit that make the person after them the one it was for.
_OWNER_LINKS = frozenset({"for", "belonged", "belonging", "belongs", "belong"})
#: Words after a handing verb that make the person after them the one it reached.
_REACH_VERBS = frozenset(
    {
        "brought",
        "taken",
        "took",
        "hung",
        "hanging",
        "put",
        "given",
        "connected",
        "attached",
        "delivered",
        "went",
        "sent",
        "transfused",
        "transfusion",
        "spiked",
        "primed",
        "arrived",
        # the unit told going in on someone ("hung and running on UM3")
        "running",
    }
)
_REACH_PREPS = frozenset({"to", "on", "onto", "into", "for", "at", "up"})
#: The person's own things the unit reached ("twin 1's incubator", "UM42's line").
_BEDSIDE_THINGS = frozenset(
    {"line", "cannula", "incubator", "stand", "pole", "pump", "bedside", "giving", "drip", "cot"}
)
#: Words that may stand between a link and the person's reference ("for the pt in bed 5").
_FILLERS = frozenset(
    {
        "the",
        "a",
        "an",
        "pt",
        "pts",
        "patient",
        "woman",
        "lady",
        "man",
        "baby",
        "child",
        "in",
        "on",
        "of",
        "to",
        "other",
        "another",
        "next",
        "wrong",
        "different",
        "same",
        "s",
        "side",
        "drip",
    }
)
#: Unit words: what was for someone, or reached someone.
UNIT_WORDS = frozenset(
    {
        "unit",
        "units",
        "bag",
        "bags",
        "blood",
        "rbc",
        "rbcs",
        "cells",
        "pack",
        "packs",
        "platelets",
        "platelet",
        "plts",
        "pool",
        "ffp",
        "plasma",
        "cryo",
        "tag",
        "label",
        "it",
        "one",
        "paedipak",
        "component",
        "components",
        # the units counted ("the second was for room 7")
        "first",
        "second",
        "1st",
        "2nd",
        "third",
        "3rd",
    }
)
#: How many tokens a link may lie after its unit, and a reference after its link.
LINK_TOKENS = 6
REF_TOKENS = 5
#: How far back from a group its person's reference may lie.
GROUP_REF_TOKENS = 6

#: A person reference: its kind and its number or letter (("bed", "4"), ("theatre", "3")).
PersonRef = tuple[str, str]
#: Words before "for" that tell whose a unit is, not whom it was got for ("the unit was for",
#: "labelled for", "the second was for").
TOLD_FOR = frozenset(
    {"was", "were", "is", "are", "labelled", "labeled", "meant", "intended", "reserved"}
)
#: Unit words that count units, not name one.
_COUNTED = frozenset({"it", "one", "first", "second", "1st", "2nd", "third", "3rd"})
#: Words telling the person after a link is someone else than the patient.
_OTHER_WORDS = frozenset({"other", "another", "next", "wrong", "different", "diff", "adjacent"})


@dataclass(frozen=True, slots=True)
class People:
    """The person references of a narrative, by what the unit did with them."""

    owners: set[PersonRef]
    reached: set[PersonRef]
    others: set[PersonRef]
    named: set[PersonRef]


def _ident(token: str) -> bool:
    """Whether a token can be a person's number or letter ("4", "12a", "b")."""
    return token[:1].isdigit() or (len(token) == 1 and token.isalpha() and token not in "ao")


def ref_at(tokens: Sequence[str], i: int) -> tuple[PersonRef, int] | None:
    """The person reference starting at token i and the token after it: ("bed", "4") for "bed
    4", ("theatre", "3") for "T3" or "theatre 3", ("unknown", "41") for "Unknown Male 41" or
    "UM41"."""
    n = len(tokens)
    word = tokens[i]
    if word in _UNKNOWN_WORDS:
        j = i + 1
        if word == "unknown" and j < n and tokens[j] in _UNKNOWN_SEX:
            j += 1
        if j < n and tokens[j][:1].isdigit():
            return ("unknown", tokens[j]), j + 1
        return None
    if word in PLACE_WORDS and i + 1 < n and _ident(tokens[i + 1]):
        if word == "t" and not tokens[i + 1][:1].isdigit():
            return None
        place = "theatre" if word in _THEATRE else word
        return (place, tokens[i + 1]), i + 2
    return None


def _ref_after(tokens: Sequence[str], sentence_of: Sequence[int], k: int) -> PersonRef | None:
    """The first person reference within REF_TOKENS after token k, in its sentence, with only
    filler words before it."""
    for j in range(k + 1, min(len(tokens), k + 1 + REF_TOKENS)):
        if sentence_of[j] != sentence_of[k]:
            return None
        ref = ref_at(tokens, j)
        if ref is not None:
            key, end = ref
            while (
                end < len(tokens)
                and sentence_of[end] == sentence_of[j]
                and (more := ref_at(tokens, end)) is not None
            ):
                key, end = more  # "bay 2 bed 4": the bed, the narrower place
            return key
        if tokens[j] not in _FILLERS:
            return None
    return None


def _unit_before(tokens: Sequence[str], sentence_of: Sequence[int], k: int) -> bool:
    """Whether a unit word lies within LINK_TOKENS before token k in its sentence."""
    for j in range(k - 1, max(-1, k - 1 - LINK_TOKENS), -1):
        if sentence_of[j] != sentence_of[k]:
            return False
        if tokens[j] in UNIT_WORDS:
            return True
    return False


def _possessed_unit(tokens: Sequence[str], sentence_of: Sequence[int], end: int) -> bool:
    """Whether a reference ending before `end` owns a unit ("twin 2's unit", "bed 5 unit"),
    in its sentence."""
    j = end
    if j < len(tokens) and tokens[j] == "s":
        j += 1
    return (
        j < len(tokens)
        and sentence_of[j] == sentence_of[end - 1]
        and tokens[j] in UNIT_WORDS - _COUNTED
    )


def _possessed_bedside(tokens: Sequence[str], end: int) -> bool:
    """Whether a reference ending before `end` owns what the unit reached ("UM42's line")."""
    return end + 1 < len(tokens) and tokens[end] == "s" and tokens[end + 1] in _BEDSIDE_THINGS


#: The words `persons` reads at: a reference's start, an owner's link, a reach preposition or
#: the "of" of a bedside thing.
_PERSON_READ_WORDS = _REF_START_WORDS | _OWNER_LINKS | _REACH_PREPS | {"of"}


def persons(tokens: Sequence[str], sentence_of: Sequence[int]) -> People:
    """The references of the person the unit was for (its owner), of the person it reached,
    each as stated somewhere in the narrative, and of owners told as someone else (the unit
    "belonged to" them, "for the pt in the next bed"), and every reference named."""
    owners: set[PersonRef] = set()
    reached: set[PersonRef] = set()
    others: set[PersonRef] = set()
    maybe: set[PersonRef] = set()
    for k, token in enumerate(tokens):
        if token not in _PERSON_READ_WORDS:
            continue
        ref = ref_at(tokens, k) if token in _REF_START_WORDS else None
        if ref is not None:
            key, end = ref
            if _possessed_unit(tokens, sentence_of, end):
                owners.add(key)
            elif _possessed_bedside(tokens, end):
                reached.add(key)
            continue
        if token in _OWNER_LINKS and _unit_before(tokens, sentence_of, k):
            link = k + 1 if token != "for" and k + 1 < len(tokens) and tokens[k + 1] == "to" else k
            person = _ref_after(tokens, sentence_of, link)
            if person is None:
                continue
            if _brought_for(tokens, sentence_of, k):
                reached.add(person)  # "brought 2 units from the fridge for room 5"
            elif token != "for" or not _OTHER_WORDS.isdisjoint(tokens[k + 1 : k + REF_TOKENS]):
                owners.add(person)
                others.add(person)  # "belonged to the pt on ward 9", "for the other twin"
            elif k > 0 and tokens[k - 1] in TOLD_FOR:
                owners.add(person)  # "the unit was labelled for the woman in room 6"
            else:
                maybe.add(person)  # "2 units RBC for woman in room 5": may be this patient
        elif (token in _REACH_PREPS and _reach_verb_before(tokens, sentence_of, k)) or (
            token == "of" and k > 0 and tokens[k - 1] in _BEDSIDE_THINGS
        ):
            person = _ref_after(tokens, sentence_of, k)
            if person is not None:
                reached.add(person)
    # a unit told only as "for" someone is theirs when it reached someone else ("unit for
    # chair 3 was put up on chair 7", "units for T3's pt" taken to T4)
    owners |= {key for key in maybe if reached - {key}}
    named = {
        ref[0]
        for k, token in enumerate(tokens)
        if token in _REF_START_WORDS and (ref := ref_at(tokens, k)) is not None
    }
    return People(owners, reached, others, named)


def _brought_for(tokens: Sequence[str], sentence_of: Sequence[int], k: int) -> bool:
    """Whether "for" at k tells whom a unit was brought or taken for ("brought 2 units from
    the fridge for room 5"): a handing verb before it in its clause, up to LINK_TOKENS + 2."""
    for j in range(k - 1, max(-1, k - 3 - LINK_TOKENS), -1):
        if sentence_of[j] != sentence_of[k] or tokens[j] in ("was", "were", "is", "labelled"):
            return False
        if tokens[j] in _REACH_VERBS:
            return True
    return False


def _reach_verb_before(tokens: Sequence[str], sentence_of: Sequence[int], k: int) -> bool:
    """Whether a handing verb stands right before token k (up to one particle or adverb)."""
    for j in (k - 1, k - 2):
        if j >= 0 and sentence_of[j] == sentence_of[k] and tokens[j] in _REACH_VERBS:
            return True
    return False


def ref_before(
    tokens: Sequence[str], sentence_of: Sequence[int], start: int, stops: frozenset[str]
) -> tuple[PersonRef, int] | None:
    """The person reference a group starting at `start` is told of ("bed 5 (group B pos)",
    "Room 6 woman is group A", "twin 2 group A pos", "UM42 is group O"): the nearest one
    within GROUP_REF_TOKENS before it in its sentence, with none of `stops` between, and
    where it starts."""
    for j in range(start - 1, max(-1, start - 1 - GROUP_REF_TOKENS), -1):
        if sentence_of[j] != sentence_of[start] or tokens[j] in stops:
            return None
        ref = ref_at(tokens, j)
        if ref is not None:
            return ref[0], j
    return None


def role_of_person(key: PersonRef | None, people: People) -> str | None:
    """ "unit" for a group told of the person the unit was for, "recipient" for one told of
    the person it reached (also when their own unit reached them too, beside another person's:
    "one for bed 3 and one for bed 5 on the drip stand of bed 3"), or of the one other person
    a narrative names beside the owner ("unknown male 7 (group O) nearly got the unit for
    unknown male 8"); None when the reference is neither, or the owner is the only person named
    and not told as someone else ("unit for bed 4 (group A)" may be this patient's)."""
    if key is None or not people.owners:
        return None
    owners, reached = people.owners, people.reached
    if key in owners and key not in reached:
        return "unit" if len(people.named) > 1 or key in people.others else None
    if key in reached and (key not in owners or owners - reached):
        return "recipient"
    if key not in owners and not reached and len(people.named - owners) == 1:
        return "recipient"
    return None
