"""What a medicine check found: the right product, dose or route, or an error.

A report often raises a medicines never event in the event's own words and then tells the
check that answered it: "2nd checker queried whether the flush just given was potassium ...
Empty ampoule retrieved: sodium chloride 0.9%. The KCl ampoule was still unopened", "Queried a
syringe of white liquid running into the CVC, looked like feed. Checked with anaesthetist:
propofol 1% as prescribed", "Actrapid 10 units drawn up with a 1ml luer syringe (0.1ml) ...
Volume checked by 2 RNs, 0.1ml given". The check found no error at all: neither a never event
nor a near miss, whatever the query's words (a wrong device used at the right dose, an
unlabelled syringe, a storage hazard is another incident). Read as one of:

- a query raised, and at or after it the thing found told as the one meant ("as prescribed",
  "as charted"): `_found_as_meant`;
- a query raised, and at or after it the feared product told untouched ("the KCl ampoule was
  still unopened", "potassium ampoules all sealed"): `_feared_product_untouched`;
- a query raised of a strong potassium, and at or after it the check told finding the product
  itself the right one ("Checked with pharmacy: this is the correct concentrated product for
  central use", "confirmed it is the right strength for the CVC"): `_found_the_right_product`
  (a wrong route's query is not answered by the medicine being the right one);
- the dose or volume itself told checked and then given in one sentence ("Dose checked by 2
  nurses, 0.1ml given"), with no low sugar nor misreading told: `_dose_checked_and_given`.

A check that found an error names it: a word of the error told anywhere ("instead of", "in
error", "by mistake"), or a low sugar or a misread dose told, keeps the rules' reading (the
check then only found what happened). A dose checked and given after a catch told before it is
the redo, not the first dose ("2nd checker noticed and discarded it ... Dose checked and given
correctly").

Pure reading of the document; the caller adds the spans to `medicine_check_found_right`
(NE4/NE5/NE6.ex.check_found_right).
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span

CHECK_FOUND_RIGHT = "medicine_check_found_right"
#: A query raised of what was given or running ("queried", "?enteral feed", "unsure").
QUERY_CONCEPT = "suspicion_raised"
#: Words of a query the suspicion concept leaves to other readings ("questioned whether").
QUERY_WORDS = frozenset({"questioned", "queried", "query", "queries", "wondered"})
#: "asked" is a query only when "if" or "whether" follows ("asked if the feed was going in the
#: drip"), not a request ("asked for a stat dose").
ASKED_WORD = "asked"
QUESTION_WORDS = frozenset({"if", "whether"})
#: What the check found it meant to be: "as" followed by one of these ("as prescribed").
AS_MEANT_WORDS = frozenset({"prescribed", "charted", "intended", "planned", "ordered"})
#: Words telling a product untouched: the feared ampoule or syringe never opened or used.
UNTOUCHED_WORDS = frozenset({"unopened", "sealed", "intact", "untouched", "unused", "unbroken"})
#: Concepts of the products a query fears were given (the feared product told untouched).
FEARED_PRODUCT_CONCEPTS = (
    "strong_potassium",
    "potassium_concentrate",
    "vinca_or_iv_chemo",
    "epidural_med",
)
#: How many words before an untouched word its product is read in ("KCl ampoule was still").
PRODUCT_BEFORE = 6
#: Words of a route or access between a product and its untouched word: what is told
#: untouched is the route, not the product ("the epidural line was still unused", the
#: epidural bag having run into the cannula).
ROUTE_WORDS = frozenset(
    {"line", "lines", "catheter", "port", "filter", "cannula", "route", "site", "pump"}
)
#: Words telling what a check found the right one ("the correct product", "the right
#: strength"), and the words naming the product itself after them, read a few words on (past
#: "concentrated", "premixed"): not "the right rate" nor "the right patient", which find
#: something else right.
RIGHT_WORDS = frozenset({"correct", "right", "appropriate"})
PRODUCT_NOUNS = frozenset(
    {
        *("product", "preparation", "strength", "concentration", "bag", "infusion", "drug"),
        *("medicine", "medication", "formulation", "ampoule", "syringe"),
    }
)
PRODUCT_AFTER_RIGHT = 3
#: The products whose query a check finding the right one answers: a strong potassium's, whose
#: never event is the product picked (4). A wrong route's query (an oral syringe at the cannula,
#: an epidural bag at the vein) is not answered by the medicine being the right one ("checked:
#: correct medication, oral Oramorph. It had already been pushed into the IV cannula").
RIGHT_PRODUCT_CONCEPTS = ("strong_potassium", "potassium_concentrate")
#: Words of the dose or the volume itself, checked before it was given.
DOSE_WORDS = frozenset({"dose", "volume", "amount"})
#: Words of a check of the dose ("volume checked", "dose double checked").
CHECK_WORDS = frozenset({"checked", "rechecked", "verified", "confirmed"})
#: Words that set a finding against what was meant ("as prescribed but it went IV").
CONTRAST_WORDS = frozenset({"but", "however", "although", "though", "yet"})
#: How many words after the dose word its check is read in ("volume double checked").
CHECK_AFTER = 3
#: Words of the dose given after its check in the same sentence.
GIVEN_WORDS = frozenset({"given", "administered", "gave"})
#: What tells the dose wrong after all, anywhere in the report: a low sugar after it, or a
#: dose written and misread (the check then found nothing of the harm that followed).
DOSE_WRONG_CONCEPTS = ("low_blood_sugar", "insulin_abbreviation_misread")
#: An insulin overdose or its treatment told ("= 100 units", "IV glucose"): read only after
#: the dose's check, the dose told before it being the one prescribed.
OVERDOSE_CONCEPT = "insulin_overdose"
#: Words of an error told as made ("given in error", "by mistake", "instead of"): the check
#: then found the error, not the right product.
ERROR_WORDS = frozenset(
    {
        *("instead", "mistake", "mistaken", "mistakenly", "error", "erroneously"),
        *("inadvertently", "accidentally", "wrongly"),
    }
)
#: Words that deny an error word just after them ("no error", "not an error").
ERROR_DENIALS = frozenset({"no", "nil", "not", "without"})


def _error_told(doc: Document) -> bool:
    """Whether the report tells an error as made (an error word not denied just before it)."""
    tokens = doc.tokens
    return any(
        token in ERROR_WORDS and (at == 0 or tokens[at - 1] not in ERROR_DENIALS)
        for at, token in enumerate(tokens)
    )


def _first_query_sentence(analysis: Analysis) -> int | None:
    """The sentence of the report's first query, if it raises one."""
    doc = analysis.doc
    sentences = [doc.sentence_of[span[0]] for span in analysis.concept(QUERY_CONCEPT)]
    tokens = doc.tokens
    sentences += [
        doc.sentence_of[at]
        for at, token in enumerate(tokens)
        if token in QUERY_WORDS
        or (token == ASKED_WORD and at + 1 < len(tokens) and tokens[at + 1] in QUESTION_WORDS)
    ]
    return min(sentences) if sentences else None


def _told_as_the_check_found(doc: Document, at: int) -> bool:
    """Whether token `at` is told as what a check found: a check word before it in its
    sentence ("checked w/ anaesthetist - propofol 1% as prescribed") and no contrast in that
    sentence ("the dose was as prescribed but it went IV")."""
    start, end = doc.sentence_tokens(doc.sentence_of[at])
    tokens = doc.tokens
    return any(tokens[i] in CHECK_WORDS for i in range(start, at)) and not any(
        tokens[i] in CONTRAST_WORDS for i in range(start, end)
    )


def _closes_its_clause(doc: Document, at: int) -> bool:
    """Whether token `at` ends its clause: "it was propofol as prescribed." names what was
    found, "feed as prescribed had been running through the PICC" tells what it did."""
    return at + 1 >= len(doc.tokens) or doc.clause_opens_between(at, at + 1)


def _found_as_meant(doc: Document, first: int) -> list[Span]:
    """The "as prescribed" words told, at or after sentence `first` (the query's), as what a
    check found: not a giving told "as prescribed" beside the query ("IV co-amox given as
    prescribed"), nor the wrong route's own dose ("the dose was as prescribed but it went
    IV")."""
    tokens = doc.tokens
    return [
        (at, at + 2)
        for at, token in enumerate(tokens[:-1])
        if token == "as"
        and tokens[at + 1] in AS_MEANT_WORDS
        and doc.sentence_of[at] >= first
        and _told_as_the_check_found(doc, at)
        and _closes_its_clause(doc, at + 1)
    ]


def _feared_product_untouched(analysis: Analysis, first: int) -> list[Span]:
    """The untouched words told, at or after sentence `first`, of a feared product named
    before them in their clause ("The KCl ampoule was still unopened")."""
    doc = analysis.doc
    products = [span[0] for c in FEARED_PRODUCT_CONCEPTS for span in analysis.concept(c)]
    found = []
    for at, token in enumerate(doc.tokens):
        if token not in UNTOUCHED_WORDS or doc.sentence_of[at] < first:
            continue
        before = set(doc.before_in_clause(at, PRODUCT_BEFORE))
        if any(
            start in before and not any(doc.tokens[i] in ROUTE_WORDS for i in range(start + 1, at))
            for start in products
        ):
            found.append((at, at + 1))
    return found


def _found_the_right_product(analysis: Analysis, first: int) -> list[Span]:
    """The right words told, at or after sentence `first` (the query's), of the product itself
    as what a check found ("Checked with the pharmacist: correct concentration for central
    use"), in a report naming a strong potassium (`RIGHT_PRODUCT_CONCEPTS`)."""
    if not any(analysis.concept(c) for c in RIGHT_PRODUCT_CONCEPTS):
        return []
    doc = analysis.doc
    tokens = doc.tokens
    found = []
    for at, token in enumerate(tokens):
        if token not in RIGHT_WORDS or doc.sentence_of[at] < first:
            continue
        after = range(at + 1, min(len(tokens), at + 1 + PRODUCT_AFTER_RIGHT))
        if any(
            tokens[i] in PRODUCT_NOUNS and doc.sentence_of[i] == doc.sentence_of[at] for i in after
        ) and _told_as_the_check_found(doc, at):
            found.append((at, at + 1))
    return found


def _caught_before(analysis: Analysis, sentence: int) -> bool:
    """Whether a catch is told in the sentences before `sentence`: the dose checked and given
    after it is the redo ("2nd checker noticed and discarded it ... Dose checked and given
    correctly with the correct syringe")."""
    return sentence > 0 and analysis.context.prevented_in_exactly(0, sentence - 1) is not None


def _overdose_told_after(analysis: Analysis, check: int) -> bool:
    """Whether an overdose or its treatment is told after the check word at `check`: the dose
    checked and given was wrong after all ("Volume checked ... 1ml given = 100 units. Pt
    became unresponsive, IV glucose given"); the dose told before the check ("actrapid 8
    units, dose checked and given") is the one prescribed."""
    return any(span[0] > check for span in analysis.concept(OVERDOSE_CONCEPT))


def _dose_checked_and_given(analysis: Analysis) -> list[Span]:
    """The dose words told checked and then given in their sentence ("Volume checked by 2
    RNs, 0.1ml given"), with no catch told before them (the redo's check)."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    found = []
    for at, token in enumerate(tokens):
        if token not in DOSE_WORDS:
            continue
        checks = range(at + 1, min(len(tokens), at + 1 + CHECK_AFTER))
        check = next((i for i in checks if tokens[i] in CHECK_WORDS), None)
        if check is None or sentence_of[check] != sentence_of[at]:
            continue
        if _caught_before(analysis, sentence_of[at]) or _overdose_told_after(analysis, check):
            continue
        _, end = doc.sentence_tokens(sentence_of[at])
        if any(tokens[i] in GIVEN_WORDS for i in range(check + 1, end)):
            found.append((at, check + 1))
    return found


def check_found_right(analysis: Analysis) -> list[Span]:
    """The words of a medicine check that found the right product, dose or route (module
    docstring); none where the report tells an error as made or a harm it did."""
    doc = analysis.doc
    if _error_told(doc) or any(analysis.concept(c) for c in DOSE_WRONG_CONCEPTS):
        return []
    found = _dose_checked_and_given(analysis)
    first = _first_query_sentence(analysis)
    if first is not None:
        found += (
            _found_as_meant(doc, first)
            + _feared_product_untouched(analysis, first)
            + _found_the_right_product(analysis, first)
        )
    return sorted(found)


def add_medicine_check_reasoning(analysis: Analysis) -> None:
    """Add the words of a medicine check that found no error to `medicine_check_found_right`."""
    spans = check_found_right(analysis)
    if spans:
        analysis.add_found(concept_label(CHECK_FOUND_RIGHT), spans)
