"""An oral liquid told given by a vein: the product names the wrong route itself (never event 5).

A drug with both forms (ondansetron, paracetamol, morphine) given IV against an oral
prescription is its own IV form by its own route: null, unless the report says the oral product
went in (the guide's hard case). An oral liquid named as such (Oramorph, "oral morphine", a
syrup, a suspension, a feed) has no IV form: told given by a vein it is the wrong route whether
or not the report adds "in error" ("Oramorph 10mg given IV", "oral morphine 10mg IV, prescribed
10mg PO", "Nurse gave Oramorph 10mg IV for breakthrough pain").

Nor has it a subcutaneous form: an oral liquid told given into the subcutaneous butterfly or
line of palliative care ("Oramorph 2.5mg given into the s/c butterfly") is the wrong route the
same way, while morphine for injection given by the butterfly is its own route (the product
named decides, as for the vein).

The reading: a parenteral route naming the vein or the subcutaneous access
(`parenteral_route`, VEIN_ROUTE_WORDS, SUBCUTANEOUS_ACCESS_WORDS) after
an oral liquid (`oral_liquid_product`) in its clause, with only the dose and the giving between
them (numbers, units, a giving verb, "via the"), and the route ending its clause or followed by
a word of the giving ("IV at 02:00", "IV for pain", "IV given") rather than by another product
("feed given, IV antibiotics"). Such a route is added to `wrong_route_cue`. A route told apart
(PO, "switched ... to", "not") stands between and breaks the reading; a feed's giving set names
no vein.

A product named only by its form ("suspension", "susp") that its clause makes an injection
("Insulatard suspension", "Depo-Medrone suspension 80mg") is no oral product at all: it is
added to `liquid_made_an_injection`, which denies both oral product concepts, so given IV
instead of subcut or IM it is another parenteral route, not the framework's wrong route.

A drug with both forms told by two mentions, its oral one and its IV one ("IV paracetamol 1g
given ... Chart stated ORAL paracetamol", "ondansetron 4mg IV given, chart has PO
ondansetron"), is that drug's IV form given against an oral prescription: the bare route words
of the oral mention are added to `iv_instead_of_oral` when no other oral product (a liquid, a
tablet, a feed) is named (`both_forms_told_apart`).
"""

from __future__ import annotations

import re

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span

ORAL_LIQUID = "oral_liquid_product"
#: The concepts of an oral product that a form-only word ("suspension") may stand for, and the
#: denial they are read against when the form is an injection's.
ORAL_PRODUCT_CONCEPTS = ("oral_liquid_product", "oral_enteral_product")
LIQUID_MADE_AN_INJECTION = "liquid_made_an_injection"
PARENTERAL_ROUTE = "parenteral_route"
WRONG_ROUTE_CUE = "wrong_route_cue"

#: Tokens after the oral liquid within which its route of giving is told.
ROUTE_REACH = 6
#: The units of a dose told between the product and its route ("Oramorph 2.5 mg IV").
DOSE_UNIT_WORDS = frozenset(
    {"mg", "ml", "mls", "mcg", "microgram", "micrograms", "milligram", "milligrams", "g", "x"}
)
#: The giving told between the product and its route ("oramorph 5mg given via the IV").
GIVING_WORDS = frozenset(
    {"given", "gave", "administered", "pushed", "injected", "was", "were", "been", "it"}
)
#: Words joining the giving to its route ("given via the cannula", "by IV").
#: ("gave oramorph 5mg to the butterfly": "to" with the access straight after, the route
#: itself must follow within ROUTE_REACH)
JOINING_WORDS = frozenset(
    {"via", "by", "through", "into", "to", "the", "a", "an", "his", "her", "their"}
)
#: The liquid's own form told after its name ("oral morphine solution 5mg", "Oramorph oral
#: solution 10mg", "morphine sulphate liquid"): the same product, no other between.
FORM_WORDS = frozenset(
    {"solution", "liquid", "suspension", "syrup", "elixir", "sulphate", "sulfate", "oral"}
)
#: What may follow the route in its clause when it is the liquid's giving: the giving itself,
#: its time, reason or way ("IV at 02:00", "IV for pain", "IV stat"); another word there is
#: often a product of its own ("IV antibiotics", "IV fluids").
AFTER_ROUTE_WORDS = frozenset(
    {
        *("given", "administered", "pushed", "injected", "at", "for", "by", "via", "through"),
        *("into", "in", "on", "stat", "bolus", "push", "and", "instead", "rather", "to", "then"),
        *("cannula", "line", "access", "venflon"),
        # its reason told after the route ("into the s/c butterfly as pt could not swallow")
        *("as", "because", "due"),
    }
)
#: The words of a parenteral route that name the vein or its access ("IV", "intravenously",
#: "via the cannula", "through PICC"); a route cue's other words ("giving set", "pump") name the
#: device a feed runs through, which may be the feeding tube's own ("the feed giving set").
VEIN_ROUTE_WORDS = frozenset(
    {
        *("iv", "intravenous", "intravenously", "cannula", "venflon", "picc", "cvc", "hickman"),
        *("midline", "portacath", "vein", "venous"),
    }
)
#: The words of the subcutaneous access of palliative care ("the s/c butterfly", "his subcut
#: line", "saf-t-intima"): an oral liquid has no subcutaneous form either.
SUBCUTANEOUS_ACCESS_WORDS = frozenset(
    {"butterfly", "butterflies", "intima", "subcut", "subcutaneous", "sc", "sub"}
)
#: The words of a parenteral route an oral liquid told given by is the wrong route.
ACCESS_ROUTE_WORDS = VEIN_ROUTE_WORDS | SUBCUTANEOUS_ACCESS_WORDS
_NUMBER = re.compile(r"\d+(?:\.\d+)?$")
#: The words of a liquid named only by its form ("suspension", "susp", "solution"): a form
#: injections come in too, oral only when nothing in its clause makes it an injection.
FORM_ONLY_WORDS = frozenset({"suspension", "susp", "solution", "syringe", "syringes"})
#: Words before a form-only liquid in its clause that make it an injection: made up from a vial
#: ("cefuroxime reconstituted into suspension"), named for injection, or a drug made only for
#: injection in that form (propofol, an isophane insulin, a depot steroid).
INJECTION_PRODUCT_WORDS = frozenset(
    {
        *("reconstituted", "reconstitute", "reconstituting", "injection", "injectable"),
        *("vial", "vials", "ampoule", "ampoules", "amp", "emulsion", "depot", "propofol"),
        *("insulin", "insulatard", "humulin", "isophane", "depo-medrone", "kenalog"),
        *("triamcinolone", "methylprednisolone", "depo-provera", "benzathine"),
        # the tokens hyphenated brands are split into ("Depo-Medrone": depo, medrone)
        *("depo", "medrone", "provera", "bicillin", "inj"),
    }
)
#: Tokens before the liquid within which its clause may make it an injection.
INJECTION_REACH = 5


def _between_is_the_giving(tokens: list[str]) -> bool:
    """Whether the tokens between the liquid and the route tell only its dose and giving."""
    return all(
        _NUMBER.match(token)
        or token in DOSE_UNIT_WORDS
        or token in GIVING_WORDS
        or token in JOINING_WORDS
        or token in FORM_WORDS
        for token in tokens
    )


def _liquid_made_an_injection(analysis: Analysis, liquid: Span) -> bool:
    """Whether the liquid is named only by its form and its clause, before it, makes it an
    injection ("Propofol suspension", "reconstituted into suspension"): no oral liquid."""
    doc = analysis.doc
    if not set(doc.tokens[liquid[0] : liquid[1]]) <= FORM_ONLY_WORDS:
        return False
    before = doc.before_in_clause(liquid[0], INJECTION_REACH)
    return any(doc.tokens[i] in INJECTION_PRODUCT_WORDS for i in before)


def _route_ends_the_giving(analysis: Analysis, route: Span) -> bool:
    """Whether the route ends its clause or is followed by a word of the giving."""
    doc = analysis.doc
    after = route[1]
    if after >= len(doc.tokens) or doc.clause_opens_between(route[1] - 1, after):
        return True
    return doc.tokens[after] in AFTER_ROUTE_WORDS


def oral_liquid_given_by_a_vein(analysis: Analysis) -> list[Span]:
    """The parenteral routes told as an oral liquid's giving (see the module)."""
    doc, tokens = analysis.doc, analysis.doc.tokens
    routes = [
        route
        for route in analysis.concept(PARENTERAL_ROUTE)
        if not ACCESS_ROUTE_WORDS.isdisjoint(tokens[route[0] : route[1]])
    ]
    found = []
    for liquid in analysis.concept(ORAL_LIQUID):
        if _liquid_made_an_injection(analysis, liquid):
            continue
        for route in routes:
            if not liquid[1] <= route[0] <= liquid[1] + ROUTE_REACH:
                continue
            if doc.clause_opens_between(liquid[1] - 1, route[0]):
                continue
            if _between_is_the_giving(tokens[liquid[1] : route[0]]) and _route_ends_the_giving(
                analysis, route
            ):
                found.append(route)
    return found


def injection_forms(analysis: Analysis) -> list[Span]:
    """The oral products named only by a form that their clause makes an injection's
    ("Insulatard suspension", "Depo-Medrone susp", "reconstituted into suspension"): no oral
    liquid or enteral product, whichever route it went by."""
    return [
        span
        for concept in ORAL_PRODUCT_CONCEPTS
        for span in analysis.concept(concept)
        if _liquid_made_an_injection(analysis, span)
    ]


#: The concepts a drug's two forms are read from, and the one the oral mention is added to.
DRUG_NAMES = "drug_names"
IV_INSTEAD_OF_ORAL = "iv_instead_of_oral"
#: Route words that name the mouth alone, told of a drug ("ORAL paracetamol", "ondansetron PO"),
#: and those that name the vein ("IV paracetamol", "paracetamol 1g IV").
ORAL_ROUTE_WORDS = frozenset({"oral", "orally", "po"})
IV_ROUTE_WORDS = frozenset({"iv", "intravenous", "intravenously", "ivi"})
#: Tokens after a drug's name within which its route may follow past the dose ("1 g IV").
NAME_ROUTE_REACH = 3


def _route_of_the_name(doc: Document, name: Span, words: frozenset[str]) -> Span | None:
    """The route word of `words` told of the drug named at `name`, in its sentence: right
    before it ("IV paracetamol") or after it past its dose only ("paracetamol 1g PO")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    sentence = sentence_of[name[0]]
    if name[0] > 0 and tokens[name[0] - 1] in words and sentence_of[name[0] - 1] == sentence:
        return (name[0] - 1, name[0])
    for at in range(name[1], min(len(tokens), name[1] + NAME_ROUTE_REACH + 1)):
        if sentence_of[at] != sentence:
            return None
        if tokens[at] in words:
            return (at, at + 1)
        if not (_NUMBER.match(tokens[at]) or tokens[at] in DOSE_UNIT_WORDS):
            return None
    return None


def _only_bare_oral_routes(analysis: Analysis) -> bool:
    """Whether every oral product named is a bare route word ("oral", "PO"), no oral liquid,
    tablet or feed: nothing of the oral form itself told, which could have gone in the vein."""
    tokens = analysis.doc.tokens
    return not analysis.concept(ORAL_LIQUID) and all(
        end - start == 1 and tokens[start] in ORAL_ROUTE_WORDS
        for start, end in analysis.concept("oral_enteral_product")
    )


def both_forms_told_apart(analysis: Analysis) -> list[Span]:
    """The oral route words of a drug also named, in another mention, by its IV route ("IV
    paracetamol 1g given ... Chart stated ORAL paracetamol"): the drug's IV form given against
    its oral prescription, no oral product in the vein (the guide's hard case: null).
    (batch dev-177703: IV paracetamol given where the chart stated oral paracetamol)"""
    if not _only_bare_oral_routes(analysis):
        return []
    doc = analysis.doc
    oral: dict[str, list[Span]] = {}
    iv: set[str] = set()
    for name in analysis.concept(DRUG_NAMES):
        drug = " ".join(doc.tokens[name[0] : name[1]])
        route = _route_of_the_name(doc, name, ORAL_ROUTE_WORDS)
        if route is not None:
            oral.setdefault(drug, []).append(route)
        elif _route_of_the_name(doc, name, IV_ROUTE_WORDS) is not None:
            iv.add(drug)
    return [route for drug in iv & oral.keys() for route in oral[drug]]


def add_oral_liquid_route_reasoning(analysis: Analysis) -> None:
    """Add the routes told as an oral liquid's giving to `wrong_route_cue`, the oral
    products named by an injection's form to `liquid_made_an_injection`, and the oral mention
    of a drug also named by its IV form to `iv_instead_of_oral` (see the module)."""
    made_injections = injection_forms(analysis)
    if made_injections:
        analysis.add_found(concept_label(LIQUID_MADE_AN_INJECTION), made_injections)
    found = oral_liquid_given_by_a_vein(analysis)
    if found:
        analysis.add_found(concept_label(WRONG_ROUTE_CUE), found)
    both_forms = both_forms_told_apart(analysis)
    if both_forms:
        analysis.add_found(concept_label(IV_INSTEAD_OF_ORAL), both_forms)
