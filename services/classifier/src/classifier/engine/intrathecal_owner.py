"""The intrathecal word of another drug, or a dose swapped, is no vinca told intrathecal (never
event 5).

A vinca alkaloid and the intrathecal drug are often supplied together, and a report names them in
one breath: "vinblastine minibag delivered in the same box as the intrathecal cytarabine", "Both
given correctly - vincristine IV, cytarabine intrathecal". The phrases of a vinca told
intrathecal read a vinca and, a few words on, the intrathecal route; here the route is the other
drug's, its adjective ("the intrathecal cytarabine") or the route told after its name
("cytarabine intrathecal"), and says nothing of where the vinca went. One reading: a span of a
vinca told intrathecal whose every intrathecal word belongs to another drug named right beside
it is removed; a span whose route word is told of an act or of the vinca itself ("vincristine
was injected intrathecally", "intrathecal vincristine") stays. Likewise the "instead of" that
phrases read as the vinca given in another's place is a dose's when a number follows it
("vincristine given IV ... at double the dose (4mg instead of 2mg)"): a wrong dose, no route.
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span

#: The concept whose spans this reading may remove.
VINCA_TOLD_INTRATHECAL = "vinca_told_intrathecal"
#: The start of the route words the phrases read ("intrathecal", "intrathecally").
INTRATHECAL_WORD_START = "intrathecal"
#: Drugs given intrathecally beside a vinca alkaloid on a chemotherapy day: the drug a route
#: word right beside them belongs to ("the intrathecal methotrexate", "cytarabine intrathecal").
#: Only drug names: "given as the intrathecal chemo" may be the vinca itself.
INTRATHECAL_DRUGS = frozenset({"methotrexate", "mtx", "cytarabine", "ara", "hydrocortisone"})
#: The words of a swap ("given ... instead of"), and the word after which a number makes it a
#: dose's ("instead of 2mg").
SWAP_WORD = "instead"
SWAP_OF = "of"
#: Words that may sit between a route word and its drug ("intrathecal methotrexate 12mg" needs
#: none; "cytarabine 30mg intrathecal" puts a dose between).
DOSE_UNITS = frozenset({"mg", "mgs", "micrograms", "mcg"})


def _number(token: str) -> bool:
    return token.replace(".", "", 1).isdigit()


def _drug_before(tokens: list[str], at: int) -> bool:
    """Whether an intrathecal drug is named right before the route word at `at`
    ("cytarabine intrathecal", "cytarabine 30 mg intrathecal")."""
    j = at - 1
    if j >= 1 and tokens[j] in DOSE_UNITS and _number(tokens[j - 1]):
        j -= 2
    return j >= 0 and tokens[j] in INTRATHECAL_DRUGS


def of_another_drug(tokens: list[str], at: int) -> bool:
    """Whether the intrathecal word at `at` is another drug's: its adjective ("the intrathecal
    cytarabine") or told after its name ("cytarabine intrathecal")."""
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return after in INTRATHECAL_DRUGS or _drug_before(tokens, at)


def swap_of_a_dose(tokens: list[str], at: int) -> bool:
    """Whether the "instead" at `at` swaps a dose ("4mg instead of 2mg"): a number after "of"."""
    return tokens[at + 1 : at + 2] == [SWAP_OF] and at + 2 < len(tokens) and _number(tokens[at + 2])


def _route_word(token: str) -> bool:
    return token.startswith(INTRATHECAL_WORD_START) or token == SWAP_WORD


def route_only_of_another_drug(tokens: list[str], span: Span) -> bool:
    """Whether the span names the intrathecal route or a swap and every such word of it is
    another drug's (`of_another_drug`) or a dose's (`swap_of_a_dose`)."""
    start, end = span
    route = [k for k in range(start, end) if _route_word(tokens[k])]
    return bool(route) and all(
        swap_of_a_dose(tokens, k) if tokens[k] == SWAP_WORD else of_another_drug(tokens, k)
        for k in route
    )


def drop_intrathecal_of_another_drug(analysis: Analysis) -> None:
    """Remove the spans of a vinca told intrathecal whose route is only another drug's or whose
    swap is only a dose's."""
    tokens = analysis.doc.tokens
    spans = [
        s for s in analysis.concept(VINCA_TOLD_INTRATHECAL) if route_only_of_another_drug(tokens, s)
    ]
    if spans:
        analysis.remove_found(concept_label(VINCA_TOLD_INTRATHECAL), spans)
