"""Whose route a word beside a vinca tells (never event 5): the intrathecal word of another drug,
or a dose swapped, is no vinca told intrathecal; a vein told of the vinca's giving is its own.

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

The other side of the same breath: the vinca told given by its own vein route ("Vincristine was
run through the PICC in the morning", "the vincristine was given as a minibag via the cannula",
"vinblastine went IV on the ward") is the vinca's route told, whatever the words of the giving.
One reading: a vinca named, then in its clause a verb of giving and then a word of the vein or
its minibag, with nothing between telling another route, a contrast, a negation or a duty
("should be given IV", "not given IV", "given IT instead of IV"); such a span is added to
`vinca_given_by_its_route`, which the rules read as the vinca by its own route unless the
report tells it intrathecal or brought to the intrathecal procedure.

A chemotherapy named only by its class and route ("IV chemo", "intravenous chemotherapy") may
name no drug at all but the paper it is the subject of: "the consent form listed the route as
'intravenous' (copied from an older IV chemo consent)", "the IT methotrexate was written up on
an IV chemotherapy chart", "a consent form for IV chemo used by mistake". A route on paper is
documentation; the framework's wrong route is a drug for the vein put into the spine. One
reading: a class-and-route span told as a record's qualifier (a record noun right after it) or
as what a record is for (a record noun, then "for" or "of", right before it) is removed from
`vinca_or_iv_chemo`; a named vinca, a class word told of a drug ("the IV chemo was given
intrathecally", "went to hang the IV chemo") and the lay wording stay.
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


#: The concept this reading adds the vinca's own route to.
VINCA_GIVEN_BY_ITS_ROUTE = "vinca_given_by_its_route"
#: Names of the vinca alkaloids as reporters write them.
VINCA_WORDS = frozenset({"vincristine", "vinblastine", "vinorelbine", "vindesine", "vinca"})
#: Verbs telling a dose given or running in (not delivered, supplied or prescribed).
GIVING_WORDS = frozenset(
    {
        *("given", "gave", "administered", "infused", "run", "ran", "went", "pushed"),
        *("hung", "injected", "bolused"),
    }
)
#: Words of the vein, its access or the minibag made for it.
VEIN_WORDS = frozenset(
    {
        *("iv", "ivi", "intravenous", "intravenously", "peripherally", "picc", "hickman"),
        *("cvc", "cannula", "venflon", "portacath", "port", "line", "drip", "vein", "minibag"),
        # ("given as a mini-bag": the tokens mini, bag)
        "mini",
    }
)
#: Words between the vinca and its vein that tell another route, a contrast, a negation or a
#: duty rather than the giving itself ("given IT instead of IV", "should be given IV").
NOT_THE_GIVING_WORDS = frozenset(
    {
        *("it", "lp", "spinal", "spine", "lumbar", "csf", "theatre", "needle"),
        *("instead", "rather", "not", "never", "no", "nor", "should", "must", "meant"),
        *("supposed", "intended", "planned", "due", "would", "could", "to", "be", "only"),
        *("prescribed", "if", "when", "whether", "than"),
    }
)
#: Tokens after the vinca within which its giving and vein are told.
VEIN_REACH = 10


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


def _not_the_giving(token: str) -> bool:
    return token in NOT_THE_GIVING_WORDS or token.startswith(INTRATHECAL_WORD_START)


def vinca_given_by_the_vein(analysis: Analysis) -> list[Span]:
    """The spans from a vinca's name to the vein word of its giving, told in its clause with
    a verb of giving before the vein and nothing between that tells another route, a
    contrast, a negation or a duty (see the module)."""
    doc = analysis.doc
    tokens = doc.tokens
    found = []
    for at, token in enumerate(tokens):
        if token not in VINCA_WORDS:
            continue
        given = False
        for i in doc.after_in_clause(at, at + 1, VEIN_REACH):
            word = tokens[i]
            if given and word in VEIN_WORDS:
                found.append((at, i + 1))
                break
            if _not_the_giving(word) or word in VINCA_WORDS or word in INTRATHECAL_DRUGS:
                break
            given = given or word in GIVING_WORDS
    return found


#: The concept of an IV-only chemotherapy named (a vinca, or the class told with its route).
IV_CHEMO = "vinca_or_iv_chemo"
#: The words of a chemotherapy named only by its class and route ("IV chemo", "intravenous
#: chemotherapy", "cytotoxic"): no drug's name among them.
CHEMO_CLASS_WORDS = frozenset(
    {"iv", "intravenous", "chemo", "chemos", "chemotherapy", "cytotoxic", "cytotoxics"}
)
#: Records a chemotherapy class may be the subject of ("IV chemo consent", "chart for IV
#: chemotherapy"); not a syringe's label, which is told of the drug in hand.
RECORD_NOUNS = frozenset(
    {
        *("consent", "consents", "form", "forms", "chart", "charts", "prescription"),
        *("prescriptions", "template", "templates", "protocol", "protocols", "proforma"),
        *("paperwork", "record", "records", "sheet", "sheets", "worksheet", "worksheets"),
        *("leaflet", "leaflets", "booklet", "booklets", "letter", "letters", "document"),
        *("documents", "documentation", "policy", "guidance", "pathway", "checklist"),
    }
)
#: The words joining a record to what it is for ("consent form for IV chemo").
RECORD_OF_WORDS = frozenset({"for", "of"})


def _class_only(tokens: list[str], span: Span) -> bool:
    return set(tokens[span[0] : span[1]]) <= CHEMO_CLASS_WORDS


def _record_beside(tokens: list[str], span: Span) -> bool:
    """Whether a record noun qualifies or is qualified by the class span: right after it ("IV
    chemo consent"), or before it with "for"/"of" between ("consent form for IV chemo")."""
    start, end = span
    after = tokens[end] if end < len(tokens) else ""
    before = tokens[start - 2 : start]
    return after in RECORD_NOUNS or (
        len(before) == 2 and before[1] in RECORD_OF_WORDS and before[0] in RECORD_NOUNS
    )


def chemo_class_of_a_record(analysis: Analysis) -> list[Span]:
    """The spans of an IV chemotherapy told only by its class and route that name a record's
    subject, not a drug (see the module)."""
    tokens = analysis.doc.tokens
    return [
        span
        for span in analysis.concept(IV_CHEMO)
        if _class_only(tokens, span) and _record_beside(tokens, span)
    ]


def add_vinca_route_reasoning(analysis: Analysis) -> None:
    """Remove the vinca told intrathecal by another drug's route word or a dose's swap, and the
    chemotherapy class told only as a record's subject, and add the vinca told given by its own
    vein (see the module)."""
    drop_intrathecal_of_another_drug(analysis)
    records = chemo_class_of_a_record(analysis)
    if records:
        analysis.remove_found(concept_label(IV_CHEMO), records)
    spans = vinca_given_by_the_vein(analysis)
    if spans:
        analysis.add_found(concept_label(VINCA_GIVEN_BY_ITS_ROUTE), spans)
