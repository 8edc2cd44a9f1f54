"""What a syringe was filled from and what it was meant as: strong potassium taken for another
product (never event 4, near miss 4).

A mis-selection is told by two roles in one sentence, in many words: the *source*, the strong
potassium a syringe, a flush or a diluent was filled from or that was taken ("had been filled
from a potassium chloride ampoule", "drawn up from a strong potassium amp", "took potassium
chloride concentrate from the additive shelf"), and the *intended* product, what the syringe
was meant as ("labelled 'saline flush'", "for a line flush", "sodium chloride 30% required",
"filled two flush syringes from ..."). One reading, in place of lists of phrases:

- a *drawing*: a word of filling, drawing up, making up or taking (DRAWING_WORDS) with the
  potassium after it in its clause, as its source or object, or before it as its subject
  ("KCl drawn into a syringe labelled flush"), or told in the sentence before when the
  drawing's sentence opens on a word referring back ("strong potassium ampoules found in the
  flush drawer. One had been drawn into a 10ml syringe ... for a line flush");
- an *intended* product: a diluent or flush named (`diluent_flush`) in the drawing's sentence
  as the thing filled (between the drawing and its source), or in a role (labelled, marked,
  "as", "for", "instead of"), or told before the drawing, in its sentence or the one before, as
  what was required ("sodium chloride 30% required; the nurse took ..."); a product the
  potassium is added to ("added to 1L sodium chloride", "for the glucose bag") is its carrier,
  not the intended product.

The premixed bag is the intended product the same way: named in the sentence of a concentrate
told used in its clause (added, made up, hung, given, pushed; not denied) or the sentence
either side ("rx KCl 20mmol in
500ml premixed bag. Premix not on shelf so a 20mmol/10ml ampoule of concentrate was added to a
plain 500ml bag"; "20mmol potassium chloride given as an IV push from a concentrate ampoule -
the premixed ... bag had been prescribed"). The concentrate is the potassium told with a word of
its strength or its ampoule (CONCENTRATE_WORDS) in its sentence; a premixed bag run at the
wrong rate names none, a concentrate told added as prescribed is the one intended, and a
report naming no concentrate at all reads no premix as intended in place of one (the premixed
bag prescribed is the one that ran).

An ampoule told in use for another product ("using a different ampoule ... to mix the
antibiotic", "a different coloured ampoule for the IV paracetamol flush") and read at a check in
the next sentence as the potassium ("nurse rechecked and it was KCl strong", "nurse checked:
potassium chloride concentrate") was the drawing the same way.

A selection made for stock, not for a dose, is a risk: the concentrate picked or delivered for
an order or a ward top-up (SUPPLY_WORDS) and any use of it denied ("None drawn up", "before any
were used", "nothing drawn up"), with no reach told, reached a shelf and no syringe (both null;
added to `risk_only`).

A giving told with its product left unnamed ("Later given undiluted instead of flush"), in place
of a flush or diluent named after it, with the strong potassium named in the two sentences
before ("KCl queried. Pharmacist confirmed right strength."), gave that potassium as the other
product: the query answered as right does not undo the later giving.

A flush told made up (`flush_drawn_up`) is traced to the potassium only when the report tells
its own product potassium, in its sentence or the next two ("the empty ampoule was KCl 15%",
"the second checker saw the empty KCl ampoule in the tray"): added to
`flush_made_up_from_potassium`, what lifts a stock check's `risk_only`. A flush made up
beside a stock finding and told confirmed as sodium chloride came from no potassium.

Each drawing with an intended product is added to `flush_from_potassium`, each concentrate used
near a premixed bag to `potassium_concentrate` and its premix to `premixed_intended`, and how far
the dose got is then read by `engine.medicine_reach` (caught before it went in: near miss 4).
Potassium intended (a premixed bag, a potassium phosphate for a potassium chloride) names no
other product and is not read as a drawing.
"""

from __future__ import annotations

from classifier.engine.medicine_reach import medicine_reached
from classifier.engine.never_event_codes import POTASSIUM_CODE
from classifier.engine.potassium_steps import (
    CONTAINER_WORDS,
    DENIAL_BEFORE,
    FINDING_WORDS,
    NOT_REACHED_BEFORE,
    POTASSIUM_CONCEPTS,
    REACH_WORDS,
    STILL_TO_COME_BEFORE,
    reach_told_done,
)
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span, word_shortly_after, word_shortly_before

#: Words of the step that takes a product into a syringe, a flush or a diluent ("using" is left
#: out: it as often tells a pump "programmed using the wrong drug library entry instead of KCl").
DRAWING_WORDS = frozenset(
    {
        *("filled", "drawn", "drew", "drawing", "made", "prepared", "reconstituted", "mixed"),
        *("took", "taken", "picked", "selected", "grabbed"),
    }
)
#: How many tokens after a drawing its source may start ("filled two flush syringes from a
#: strong KCl amp"), and before it its subject ("KCl 15% amp drawn").
SOURCE_AFTER = 8
SUBJECT_BEFORE = 5
#: Words opening a sentence that refer back to the product named in the sentence before.
REFERRING_WORDS = frozenset({"one", "it", "this", "these", "they", "some", "two", "both"})
#: How many tokens into its sentence a drawing of a product referred back to may come.
REFERRED_DRAWING_WITHIN = 6
#: Words giving a product named near them the role of the intended one ("labelled 'saline'",
#: "as the flush", "for a line flush", "instead of WFI"), before it; and after it, told as what
#: was required ("sodium chloride 30% required").
ROLE_BEFORE = frozenset(
    {
        *("labelled", "labeled", "marked", "as", "for", "instead", "place", "thought"),
        *("believed", "meant", "intended", "supposed"),
    }
)
ROLE_REACH = 3
REQUIRED_AFTER = frozenset({"required", "prescribed", "needed", "intended", "wanted", "requested"})
REQUIRED_REACH = 4
#: ... or told as prescribed before its name ("Pt prescribed sodium glycerophosphate for low
#: phosphate. Nurse took Potassium Phosphate concentrate ..."): what was wanted, the
#: potassium taken in its place
PRESCRIBED_BEFORE = frozenset({"prescribed", "charted", "rx", "requested", "required"})
PRESCRIBED_REACH = 2
#: How many tokens after a product a container makes it the carrier ("the glucose 5% bag").
CONTAINER_AFTER = 3
DILUENT_FLUSH = "diluent_flush"
SOURCE_CONCEPT = "flush_from_potassium"
#: The premixed bag named, the concentrate, and the premix read as the one intended.
PREMIX_CONCEPT = "premix_named"
CONCENTRATE_CONCEPT = "potassium_concentrate"
PREMIX_INTENDED = "premixed_intended"
#: The concentrate told added as prescribed: potassium intended, the premix not.
AS_PRESCRIBED = "potassium_added_as_prescribed"
#: Words in its sentence telling strong potassium a concentrate ("a concentrate ampoule", "neat").
CONCENTRATE_WORDS = frozenset(
    {"concentrate", "concentrated", "ampoule", "ampoules", "amp", "amps", "neat", "undiluted"}
)
#: Words of the concentrate's use: put into a bag or into the patient.
USE_WORDS = frozenset(
    {
        *("added", "adding", "made", "mixed", "drawn", "drew", "hung", "infused", "given"),
        *("gave", "pushed", "bolused", "injected"),
    }
)
#: Words of the concentrate's selection in place of the premix ("15% KCl ampoule picked up
#: instead"): the error made, whether or not a check then stopped it.
SELECTION_WORDS = frozenset({"picked", "selected", "chose", "chosen"})
#: Words of a use that take the concentrate as their object, after them ("used a 10ml amp of
#: potassium chloride 15% concentrate"): told after the product ("saline flush used") they
#: are another product's.
OBJECT_USE_WORDS = frozenset({"used", "using"})
#: Words of a concentrate that refer back to the potassium named just before ("Prescribed
#: premixed potassium; concentrate given undiluted"): the premixed product's own potassium. An
#: ampoule alone may hold anything ("amp of water for injection").
BARE_CONCENTRATE_WORDS = frozenset({"concentrate", "concentrated"})
#: Words naming potassium by itself ("premixed potassium"), whose sentence a bare concentrate
#: right after refers back to.
POTASSIUM_WORDS = frozenset({"potassium", "kcl", "k+"})
#: How many sentences from the concentrate's use its premix may be named.
PREMIX_SENTENCES = 1
#: Words of a selection made for stock: an order picked, delivered or topped up.
SUPPLY_WORDS = frozenset(
    {
        *("order", "orders", "delivered", "delivery", "topup", "dispensary", "picking"),
        *("tote", "unpacking"),
    }
)
#: "top up" is one only after stock's owners ("the ward top-up", "pharmacy top up").
TOP_UP_OWNERS = frozenset({"ward", "pharmacy", "stock", "weekly", "the"})
#: Words of a first use of the product, and the words before them that deny any ("none drawn
#: up", "before any were used"): a giving denied ("not given", "nothing given to the pt") tells
#: a dose on its way, caught (near miss 4), not stock nobody took.
USE_DENIED_WORDS = frozenset({"used", "drawn", "opened"})
ANY_WORD = "any"
USE_DENIAL_BEFORE = 3
RISK_CONCEPT = "risk_only"
#: An ampoule in use for another product, read at a check in the next sentence as the
#: potassium ("asked why the nurse was using a different ampoule ... to mix the antibiotic. nurse
#: rechecked and it was KCl strong"): the ampoule's words, the purposes after "to" that make
#: another product of it, and the checks (FINDING_WORDS and "rechecked").
AMPOULE_WORDS = frozenset({"ampoule", "ampoules", "amp", "amps", "vial", "vials"})
PURPOSE_AFTER_TO = frozenset(
    {"mix", "dilute", "reconstitute", "flush", "dissolve", "make", "draw", "prepare"}
)
CHECKING_WORDS = FINDING_WORDS | frozenset({"rechecked", "re-checked", "looked"})
#: How many tokens before a diluent or flush its role may come ("for the IV paracetamol flush").
PURPOSE_REACH = 4
#: How many tokens before the potassium its check may come ("nurse rechecked and it was KCl").
CHECK_BEFORE = 6


def _intended(analysis: Analysis, span: Span, drawing: int, source: int) -> bool:
    """Whether the diluent or flush at `span` is told as the product the drawing at `drawing`
    was meant as (module docstring), not the carrier the potassium at `source` went into."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    start, end = span
    if word_shortly_after(tokens, sentence_of, end - 1, CONTAINER_WORDS, CONTAINER_AFTER):
        return False  # "for the glucose bag": the carrier
    required = word_shortly_after(
        tokens, sentence_of, end - 1, REQUIRED_AFTER, REQUIRED_REACH
    ) or word_shortly_before(tokens, sentence_of, start, PRESCRIBED_BEFORE, PRESCRIBED_REACH)
    if sentence_of[start] != sentence_of[drawing]:
        # the requirement told first, on its own ("sodium chloride 30% required; the nurse
        # took potassium chloride concentrate")
        return required and sentence_of[start] == sentence_of[drawing] - 1
    if drawing < start and end <= source:
        return True  # "filled two flush syringes from a strong KCl amp"
    if word_shortly_before(tokens, sentence_of, start, ROLE_BEFORE, ROLE_REACH):
        return True
    return required and start < drawing  # told before the potassium was taken


#: Words after "taken"/"took" that make it a return, no drawing ("These were taken back to
#: pharmacy", "took them away").
RETURNED_AFTER = frozenset({"back", "away"})
TAKING_WORDS = frozenset({"took", "taken"})


def _returned(tokens: list[str], at: int) -> bool:
    """Whether the taking at `at` is a return ("taken back to pharmacy"), within two tokens."""
    return tokens[at] in TAKING_WORDS and not RETURNED_AFTER.isdisjoint(tokens[at + 1 : at + 3])


def _sources(analysis: Analysis, at: int, potassium: list[Span]) -> list[int]:
    """The first tokens of the potassium told as the source, object or subject of the drawing
    at `at`, in its clause, or referred back to from the sentence before."""
    doc = analysis.doc
    sentence_of, breaks = doc.sentence_of, doc.clause_breaks
    found = []
    for start, _ in potassium:
        if sentence_of[start] != sentence_of[at]:
            continue
        low, high = (at, start) if start > at else (start, at)
        if any(low < i <= high for i in breaks):
            continue
        if 0 < start - at <= SOURCE_AFTER or 0 < at - start <= SUBJECT_BEFORE:
            found.append(start)
    if found:
        return found
    first, _ = doc.sentence_tokens(sentence_of[at])
    if first > 0 and doc.tokens[first] in REFERRING_WORDS and at - first <= REFERRED_DRAWING_WITHIN:
        before = sentence_of[first - 1]
        return [len(doc.tokens) for start, _ in potassium if sentence_of[start] == before]
    return []


def _used(analysis: Analysis, span: Span) -> bool:
    """Whether the concentrate at `span` is told used in its clause (USE_WORDS), not denied
    ("oral Sando-K given, KCl amp not used")."""
    doc = analysis.doc
    tokens, breaks = doc.tokens, doc.clause_breaks
    first, last = doc.sentence_tokens(doc.sentence_of[span[0]])
    start = span[0]
    while start > first and start not in breaks:
        start -= 1
    end = span[1]
    while end < last and end not in breaks:
        end += 1
    return any(
        (
            tokens[i] in USE_WORDS
            or tokens[i] in SELECTION_WORDS
            or (tokens[i] in OBJECT_USE_WORDS and i < span[0])
        )
        and not any(tokens[j] in NOT_REACHED_BEFORE for j in doc.before_in_clause(i, DENIAL_BEFORE))
        for i in range(start, end)
    )


def bare_concentrates(analysis: Analysis) -> list[Span]:
    """The concentrate nouns (BARE_CONCENTRATE_WORDS) of sentences naming no potassium, right
    after a sentence naming the potassium (POTASSIUM_WORDS) and its premix: that potassium's
    concentrate."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    named = {sentence_of[at] for at, token in enumerate(tokens) if token in POTASSIUM_WORDS}
    premixed = named & {sentence_of[start] for start, _ in analysis.concept(PREMIX_CONCEPT)}
    return [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in BARE_CONCENTRATE_WORDS
        and sentence_of[at] not in named
        and sentence_of[at] - 1 in premixed
    ]


def _concentrate_for_premix(analysis: Analysis, potassium: list[Span]) -> None:
    """Add each concentrate told used near a premixed bag named (module docstring) to
    `potassium_concentrate`, and its premix to `premixed_intended`."""
    premixes = analysis.concept(PREMIX_CONCEPT)
    if not premixes:
        return
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    used: list[Span] = []
    intended: list[Span] = []
    prescribed = {sentence_of[start] for start, _ in analysis.concept(AS_PRESCRIBED)}
    for span in potassium:
        sentence = sentence_of[span[0]]
        if sentence in prescribed:
            continue  # the concentrate itself prescribed ("added ... as prescribed by the SpR")
        start, end = doc.sentence_tokens(sentence)
        if CONCENTRATE_WORDS.isdisjoint(tokens[start:end]) or not _used(analysis, span):
            continue
        near = [p for p in premixes if abs(sentence_of[p[0]] - sentence) <= PREMIX_SENTENCES]
        if near:
            used.append(span)
            intended += near
    if used:
        analysis.add_found(concept_label(CONCENTRATE_CONCEPT), used)
        analysis.add_found(concept_label(PREMIX_INTENDED), intended)
    elif not analysis.concept(CONCENTRATE_CONCEPT):
        # no concentrate told at all: the premixed bag prescribed is the one given (a rate
        # error), not one a concentrate took the place of
        analysis.remove_found(
            concept_label(PREMIX_INTENDED), analysis.found.get(concept_label(PREMIX_INTENDED), [])
        )


def _supplied(tokens: list[str], at: int) -> bool:
    """Whether token `at` tells a selection made for stock (SUPPLY_WORDS, "ward top-up")."""
    if tokens[at] in SUPPLY_WORDS:
        return True
    return (
        tokens[at] == "top"
        and 0 < at < len(tokens) - 1
        and tokens[at + 1] == "up"
        and tokens[at - 1] in TOP_UP_OWNERS
    )


def _use_denied(analysis: Analysis, at: int) -> bool:
    """Whether token `at` is a use of the product denied ("none drawn up", "before any were
    used")."""
    doc = analysis.doc
    if doc.tokens[at] not in USE_DENIED_WORDS:
        return False
    before = [doc.tokens[i] for i in doc.before_in_clause(at, USE_DENIAL_BEFORE)]
    if not NOT_REACHED_BEFORE.isdisjoint(before):
        return True
    return ANY_WORD in before and not STILL_TO_COME_BEFORE.isdisjoint(
        doc.tokens[i] for i in doc.before_in_clause(at, USE_DENIAL_BEFORE + 1)
    )


def _stock_selection(analysis: Analysis, potassium: list[Span]) -> None:
    """Add a selection of the concentrate made for stock whose use is denied (module docstring)
    to `risk_only`."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    named = {sentence_of[start] for start, _ in potassium}
    if not any(sentence_of[i] in named and _supplied(tokens, i) for i in range(len(tokens))):
        return
    if analysis.concept(SOURCE_CONCEPT) or medicine_reached(analysis, POTASSIUM_CODE):
        return
    denied = [(i, i + 1) for i in range(len(tokens)) if _use_denied(analysis, i)]
    if denied:
        analysis.add_found(concept_label(RISK_CONCEPT), denied)


def _in_use_for_another(analysis: Analysis, sentence: int) -> bool:
    """Whether `sentence` tells an ampoule in use for another product: an ampoule word and a
    purpose ("to mix the antibiotic") or a diluent or flush in a role ("for the IV paracetamol
    flush")."""
    doc = analysis.doc
    start, end = doc.sentence_tokens(sentence)
    tokens = doc.tokens
    if AMPOULE_WORDS.isdisjoint(tokens[start:end]):
        return False
    if any(tokens[i] == "to" and tokens[i + 1] in PURPOSE_AFTER_TO for i in range(start, end - 1)):
        return True
    return any(
        start <= span[0] < end
        and word_shortly_before(tokens, doc.sentence_of, span[0], ROLE_BEFORE, PURPOSE_REACH)
        for span in analysis.concept(DILUENT_FLUSH)
    )


def _turned_out(analysis: Analysis, potassium: list[Span]) -> list[Span]:
    """The potassium read at a check, in the sentence after an ampoule told in use for another
    product (`_in_use_for_another`)."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    return [
        span
        for span in potassium
        if sentence_of[span[0]] > 0
        and word_shortly_before(tokens, sentence_of, span[0], CHECKING_WORDS, CHECK_BEFORE)
        and _in_use_for_another(analysis, sentence_of[span[0]] - 1)
    ]


def _drawn_for_another(analysis: Analysis, potassium: list[Span]) -> None:
    """Add each drawing of strong potassium with another product told as the one intended
    (module docstring) to `flush_from_potassium`."""
    products = analysis.concept(DILUENT_FLUSH)
    if not products:
        return
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    # a selection for stock is no drawing ("pharmacy picked KCl in place of saline ampoules for
    # the ward order")
    stocked = {sentence_of[i] for i in range(len(tokens)) if _supplied(tokens, i)}
    spans = []
    for at, token in enumerate(tokens):
        if token not in DRAWING_WORDS or sentence_of[at] in stocked or _returned(tokens, at):
            continue
        for source in _sources(analysis, at, potassium):
            if any(
                not (start < source < end) and _intended(analysis, (start, end), at, source)
                for start, end in products
            ):
                spans.append((at, at + 1))
                break
    spans = [span for span in spans if analysis.context.affirmed(span)]
    if spans:
        analysis.add_found(concept_label(SOURCE_CONCEPT), spans)


#: Words that may open a sentence before its giving with the product left unnamed ("Later
#: given undiluted instead of flush", "It was then pushed as a flush"): a time or a pronoun.
ELIDED_OPENING_WORDS = frozenset(
    {
        *("later", "then", "subsequently", "afterwards", "after", "this", "that", "it", "was"),
        *("were", "had", "been", "and", "but", "however", "unfortunately", "at", "on", "shift"),
        *("same", "the", "night", "day", "evening", "morning", "one", "next", "accidentally"),
        *("inadvertently", "mistakenly", "wrongly", "by", "mistake", "in", "error"),
    }
)
#: Words between the giving and the role it took that still name no product: how the elided
#: product went in and its dose ("given undiluted IV as a flush", "pushed 10 ml neat instead of
#: flush"); a noun there ("given 10ml of water for injection instead of flush", "given
#: gentamicin instead of flush") names the product given, not the potassium before.
ELIDED_MANNER_WORDS = frozenset(
    {
        *("undiluted", "neat", "iv", "intravenously", "via", "cannula", "line", "bolus"),
        *("push", "pushed", "directly", "straight", "quickly", "stat", "up", "ml", "mls"),
        *("mmol", "ampoule"),
    }
)
#: Words of a role the product was given in place of ("instead of a flush", "as a flush").
IN_PLACE_WORDS = frozenset({"instead", "rather", "as"})
IN_PLACE_REACH = 5
#: Sentences back within which the potassium the giving refers to is named.
ELIDED_SENTENCES = 2


def _elided_opening(tokens: list[str], start: int, at: int) -> bool:
    """Whether the tokens from `start` to the giving at `at` name no product, only a time or a
    pronoun ("Later given ...", "At 14:00 it was pushed ...")."""
    return all(t in ELIDED_OPENING_WORDS or t[:1].isdigit() for t in tokens[start:at])


def _elided_object(tokens: list[str], at: int, role: int) -> bool:
    """Whether the tokens between the giving at `at` and the in-place word before the role at
    `role` name no product, only how it went in and its dose ("given undiluted IV as a flush"),
    so the giving's object is the product told before."""
    opener = max((k for k in range(at + 1, role) if tokens[k] in IN_PLACE_WORDS), default=None)
    if opener is None:
        return False
    return all(
        t in ELIDED_OPENING_WORDS or t in ELIDED_MANNER_WORDS or t[:1].isdigit()
        for t in tokens[at + 1 : opener]
    )


def _products_all_in_place(analysis: Analysis, sentence: int) -> bool:
    """Whether every flush or diluent named in `sentence` is named as the role the giving took
    ("instead of flush", "as a flush instead of sodium chloride"): none named as the product
    given ("as a flush by the agency nurse: sodium chloride 0.9% 10ml")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    return all(
        word_shortly_before(tokens, sentence_of, p, IN_PLACE_WORDS, IN_PLACE_REACH)
        for p, _ in analysis.concept(DILUENT_FLUSH)
        if sentence_of[p] == sentence
    )


def given_in_place_later(analysis: Analysis, potassium: list[Span]) -> list[Span]:
    """Spans of a giving told done with its product left unnamed, in place of a flush or
    diluent named after it ("KCl queried. Pharmacist confirmed right strength. Later given
    undiluted instead of flush."), the strong potassium named in the sentences before: the
    product the report was telling of, given as the other product. A query answered before it
    does not undo the giving that came later. Not a giving that names its own product before
    the role ("given 10ml of water for injection instead of flush") or after it ("given as a
    flush: sodium chloride 0.9%")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    products = analysis.concept(DILUENT_FLUSH)
    spans = []
    for at, token in enumerate(tokens):
        if token not in REACH_WORDS:
            continue
        sentence = sentence_of[at]
        start = doc.sentence_tokens(sentence)[0]
        if not _elided_opening(tokens, start, at) or reach_told_done(doc, at) is not True:
            continue
        if not any(
            sentence_of[p] == sentence
            and p > at
            and word_shortly_before(tokens, sentence_of, p, IN_PLACE_WORDS, IN_PLACE_REACH)
            and _elided_object(tokens, at, p)
            for p, _ in products
        ) or not _products_all_in_place(analysis, sentence):
            continue
        if any(0 < sentence - sentence_of[k] <= ELIDED_SENTENCES for k, _ in potassium):
            spans.append((at, at + 1))
    return [span for span in spans if analysis.context.affirmed(span)]


#: A flush told made up, and the concepts telling the product it was made from potassium.
FLUSH_MADE_UP = "flush_drawn_up"
FLUSH_PRODUCT_POTASSIUM = (
    "diluent_vial_was_potassium",
    "potassium_ampoule_found_empty",
    "potassium_ampoule_named_where_left",
    "potassium_not_diluent",
)
FLUSH_FROM_THE_PRODUCT = "flush_made_up_from_potassium"
#: Sentences after the flush's within which its product may be told potassium.
FLUSH_PRODUCT_SENTENCES = 2


def flushes_from_potassium(analysis: Analysis) -> list[Span]:
    """The flushes told made up whose own product the report tells potassium, in the flush's
    sentence or the next FLUSH_PRODUCT_SENTENCES (module docstring): not a flush made up beside
    a stock finding of the potassium elsewhere."""
    sentence_of = analysis.doc.sentence_of
    told = {sentence_of[s[0]] for c in FLUSH_PRODUCT_POTASSIUM for s in analysis.concept(c)}
    return [
        span
        for span in analysis.concept(FLUSH_MADE_UP)
        if any(0 <= told_at - sentence_of[span[0]] <= FLUSH_PRODUCT_SENTENCES for told_at in told)
    ]


def add_potassium_source_reasoning(analysis: Analysis) -> None:
    """Add each drawing of strong potassium with another product told as the one intended to
    `flush_from_potassium`, each concentrate used near a premixed bag to
    `potassium_concentrate` and `premixed_intended`, a giving with its product left unnamed
    in place of a flush after the potassium was named (`given_in_place_later`) to
    `flush_from_potassium`, a flush made up whose own product is told potassium to
    `flush_made_up_from_potassium`, and a selection for stock whose use is denied to
    `risk_only` (module docstring)."""
    if flushes := flushes_from_potassium(analysis):
        analysis.add_found(concept_label(FLUSH_FROM_THE_PRODUCT), flushes)
    potassium = sorted(span for concept in POTASSIUM_CONCEPTS for span in analysis.concept(concept))
    # a concentrate told only by its noun after the premixed potassium is that potassium's
    bare = bare_concentrates(analysis) if analysis.concept(PREMIX_CONCEPT) else []
    if potassium or bare:
        _concentrate_for_premix(analysis, sorted(potassium + bare))
    if not potassium:
        return
    _drawn_for_another(analysis, potassium)
    if turned_out := _turned_out(analysis, potassium):
        analysis.add_found(concept_label(SOURCE_CONCEPT), turned_out)
    if elided := given_in_place_later(analysis, potassium):
        analysis.add_found(concept_label(SOURCE_CONCEPT), elided)
    _stock_selection(analysis, potassium)
