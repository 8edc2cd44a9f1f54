"""Whether a wrong medicine, route or blood unit reached the patient (never events 4, 5, 8, 12).

Strong potassium taken for a flush or diluent (4), an oral liquid, a feed or an epidural
infusion on its way into a vein (5), high strength midazolam drawn up for a conscious sedation
(8): the question is the same. The product passes through steps (picked, drawn up, labelled,
spiked, primed, taken to the bedside, connected) and then the one that puts it into the patient
(given, pushed, infused, ran, sedated with, titrated); the report tells the furthest step
reached, and whether a catch came before it. The readings of one step are those of
`engine.potassium_steps` (a reach told done, denied, still to come or a redo; a finding ahead of
a step still to come; a wrong product ended before use), put together here in the telling's
order, with what the other two never events add to them:

- a step *interrupted*: a step of giving or connecting told still to come ("about to flush",
  "was going to give it", "ready to give", "about to be connected") or a connection told in
  progress ("was being attached to the IV cannula", "was unscrewing the bung"), and a finding,
  a challenge or a stop told after it, in its sentence or the next ("when the anaesthetist
  walked in and stopped it", "student nurse queried it"): the step was not reached. ("Went to
  flush" is left out: it as often tells the flush done. A giving told in progress, "was
  pushing it", is the giving.);
- the finder's own stop, told bare after a finding in its sentence ("the consultant noticed
  the ampoule when confirming the dose and stopped", "spotted the strength, then stopped"): the
  one about to give stopped there; a stop with an object ("stopped the procedure") is not read
  so, and a giving told before it is the reach;
- a connection *denied* ("not connected", "none had been connected"), unless asked about ("not
  clear who connected it") or told beside the wrong connection done ("the epidural catheter
  was not connected and the line was attached to the cannula"); a connection told done is
  neither (connected, then "nothing pushed");
- a giving denied in the present ("did not push nothing") or with "yet" after it, however far
  back its denial ("no midazolam had been given yet");
- a step before the giving *denied* ("NOT drawn up into the vial/ given", "not yet drawn up
  fully", "none drawn up"): the product stopped before it was made up;
- the wrong product *replaced* before use: thrown away ("thrown in the sharps bin", "went in the
  sharps bin"), or its preparation done again ("redrawn from the 1mg/ml amp", "a fresh one was
  drawn up", "drawn up again"); stock quarantined ("all midazolam stock quarantined") is none;
- words of giving that tell something else are no reach: a list running late, syringes run out,
  a syringe pushed onto a hub, stock or a letter received, "to be given", a syringe given to a
  colleague ("given to the cardiologist", "gave the syringe to Dr X": handed over, the
  colleague's own giving after it is the reach); nor a treatment denied
  ("no reversal given"), which is no catch either; for a route, a giving by the right route
  ("given orally", "oral given", "he drank it") is the dose put right;
- a finding told as hours or days later than the product was made up ("found at the pharmacy
  check the following day", "noticed a few hours later"; not "next to"), with no catch told:
  the product had been left in use, so it reached.

`medicine_reached` is True when a reach is told before any catch, False when a catch is told
and no reach before it, None when neither (the caught-or-given reading of the rules then
decides). A reach is read so only for strong potassium (REACH_READ_CODES): for a route or a
sedation only the catch is, and not when an antidote given or a connection's duration ("for 2
hours") tells the product reached. A vinca alkaloid is left to its rules (the other syringe,
given intrathecally as planned, is told with the same words).

An ABO-incompatible blood component (12) is read as a line's product, by its catch only: a
unit hung on a stand is not connected yet, "not spiked", "not connected", "stopped before
connecting" catch it; "transfused" and "spiked" are its own words of going in. A giving denied
of another person ("bay 2 pt had not been transfused") or as what ought to have been ("should
never have given it") is no catch; a report naming an organ or a transplant is left to the
rules (a transplant's reach is the operation).

A wrong route's connection is read as how far it got (never event 5): the oral or enteral
product (or the epidural infusion) joined to a vein's or a subcutaneous line, or at its port
("connected the Fortisip syringe to the PICC", "pushed the luer syringe onto the subcut line",
"was taking the bung off the cannula", "picked up the IV extension to connect it"), then a
catch, whoever told it: the reading above, or, where it tells neither, a voice or a stop after
the connection with no giving told done between ("mum asked 'is that not for his tube'", "I
shouted stop", "manager stepped in", "the HCA noticed the line went to the PICC"). The error
was made and went no further: `wrong_connection_caught`, a near miss, and a connection read so
is no reach of the never event's rules. A giving told done before the voice ("pushed it
through, then the HCA said") is the reach, and the rules decide.

An oral liquid told given through a line, in the sentence naming it or the next ("stepped
down to oral co-amoxiclav suspension. Dose drawn up in a 5ml luer syringe and given via her IV
cannula"), not an IV product named in the giving's clause ("IV co-amoxiclav given via the
cannula"), is `oral_liquid_given_through_a_line`: whatever switch to the oral route the report
tells beside it, the liquid went into the vein.

An IV product told going into an epidural (its giving or joining with the epidural named
just after its "into", "down", "via" or "to", the IV product named before it in its clause: "IV
co-amoxiclav (for ?chorio) was injected into the epidural catheter port", "the IV paracetamol
1g infusion running into the epidural catheter filter", its line told gone there: "the IV
infusion line went onto the epidural filter"), or told before it as meant for a vein's
line whatever its name ("Gentamicin 80mg intended for the peripheral cannula was injected into
the epidural catheter port"; not "intended for the epidural"), is
`iv_product_into_the_epidural`: the other direction, outside the framework.

`add_medicine_reach_reasoning` adds `dose_made_up` for strong potassium and midazolam: the
product made up for a dose (drawn up, reconstituted, diluted, made up) or told given (not at
another trust), affirmed and not denied ("none drawn up", "nobody had drawn any up"). A hazard
found at a stock check or a walk-round is no event (the risk-only exclusion), unless the report
tells the product already made up for a patient ("stock check found KCl in the WFI box. Same
day a nurse reported she had drawn one up to make up co-amoxiclav"): then the mis-selection
was made, and the reading above tells whether it reached. Ampoules picked in error and put on a
shelf stay a hazard, and so does a giving told of a product the check confirmed as the diluent
or flush ("a flush made up earlier ... confirmed as sodium chloride and given"): what went in
was not the potassium (`given_as_the_confirmed_diluent`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from classifier.engine.blood_groups import BE_VERBS, COMPONENT_WORDS, organ_transplant_told
from classifier.engine.never_event_codes import ROUTE_CODE
from classifier.engine.partly_given import part_told_already_in
from classifier.engine.potassium_steps import (
    ABOUT_WORD,
    CATCH_WORDS,
    DURING_NOUNS,
    FINDING_WORDS,
    INTO_WORDS,
    NOT_REACHED_BEFORE,
    POTASSIUM_CONCEPTS,
    REACH_BEFORE_PRODUCT,
    REACH_INTO_ONLY,
    REACH_WORDS,
    REDO_BEFORE,
    STILL_TO_COME_BEFORE,
    after_administration,
    reach_told_done,
    stopped_before_a_step,
    told_as_already,
)
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, word_shortly_after, word_shortly_before
from classifier.engine.told_apart import ELSEWHERE_OWNERS, ORGANISATION_WORDS, told_elsewhere
from classifier.engine.unit_persons import ref_at
from classifier.engine.unit_reach import (
    RUN_WORDS,
    compatible_unit_sentences,
    told_of_something_else,
)

#: The products read, by never event: the strong potassium (4); the oral or enteral product,
#: the epidural medicine or the vinca alkaloid of a wrong route (5); the midazolam or its high
#: strength (8).
PRODUCT_CONCEPTS_BY_CODE: dict[str, tuple[str, ...]] = {
    "4": POTASSIUM_CONCEPTS,
    "5": (
        "oral_enteral_product",
        "oral_liquid_product",
        "oral_product_into_line",
        "epidural_med",
    ),
    "8": ("midazolam", "high_strength_midazolam", "strength_2mg_per_ml_or_more"),
    # an ABO-incompatible blood component (12), spiked and connected like a line's product
    "12": ("blood_component_context", "blood_or_organ"),
}
#: Never events whose products go to one of several persons a report names (a unit for one
#: patient brought to another): a giving denied of another person, or denied as what should
#: have been, is no catch ("bay 2 pt had not been transfused", "bed 3's pt had not been
#: started", "they should never have given it").
PERSONS_CODES = frozenset({"12"})
#: Words telling what ought to have been, before a denied giving.
OUGHT_WORDS = frozenset({"should", "shouldn", "shouldnt", "ought", "must"})
#: Words naming the person a denied giving was of as someone else.
OTHER_PERSON_WORDS = frozenset({"other", "another", "both", "neither", "either"})
#: How far back in its clause a denied giving's person or modal is read.
DENIED_OF_BEFORE = 8
#: A transplant's reach is the operation, told by other words: reports naming an organ or a
#: transplant are left to the rules (not a stem cell transplant's, naming no solid organ:
#: `blood_groups.organ_transplant_told`).
TRANSPLANT_WORDS = frozenset(
    {word for word, role in COMPONENT_WORDS.items() if role == "organ"}
    | {"transplant", "transplanted", "transplantation", "graft", "allograft"}
)
#: Never events whose products have a right route a redo may be told by ("given orally").
ROUTE_CODES = frozenset({"5"})
#: Never events whose reach told is read here. A line's product (5) or a sedation's (8) is
#: read only by its catch: the words of giving in those reports tell as often the line's other
#: products ("her Hartmann's running", "PICC flushed", "IV abx given") or the rest of the list
#: as the wrong product, whose reach the rules read by their own cues.
REACH_READ_CODES = frozenset({"4"})
#: A sedation told done with the drug ("pt sedated with 5ml of midazolam", "titrated to 5ml")
#: is its giving.
SEDATION_REACH_WORDS = frozenset({"sedated", "titrated"})
#: An antidote given ("flumazenil", "naloxone x2", "reversed with") or a connection told with
#: how long it lasted ("connected to the PICC for 2 hours"): the product reached, whatever
#: catch words the report tells after (the syringe "discarded", the line "disconnected").
ANTIDOTE_WORDS = frozenset({"flumazenil", "naloxone", "anexate", "narcan", "reversed"})
DURATION_WORD = "for"
DURATION_UNITS = frozenset(
    {"hour", "hours", "hr", "hrs", "h", "min", "mins", "minute", "minutes", "shift"}
)
DURATION_AFTER = 6
#: A bag hung is a strong potassium infusion's giving; a line's bag hung (an epidural bag, a
#: feed) is not connected yet.
HUNG_WORDS = frozenset({"hung"})
#: A blood component's own words of going in ("transfused", "spiked": "not spiked" is its
#: catch at the bedside check).
TRANSFUSION_REACH_WORDS = frozenset({"transfused", "spiked"})
#: A syringe's giving told in the present or denied with "did" ("i push", "did not push
#: nothing", "before she could push"): the push of the plunger, read for a syringe's products.
PUSH_WORDS = frozenset({"push"})
REACH_WORDS_BY_CODE: dict[str, frozenset[str]] = {
    "4": REACH_WORDS | SEDATION_REACH_WORDS | PUSH_WORDS,
    "5": (REACH_WORDS | PUSH_WORDS) - HUNG_WORDS,
    "8": (REACH_WORDS | SEDATION_REACH_WORDS | PUSH_WORDS) - HUNG_WORDS,
    "12": (REACH_WORDS | TRANSFUSION_REACH_WORDS) - HUNG_WORDS,
}
#: Words after "running" telling a list or a clinic late, not an infusion ("list running late").
RUNNING_LATE_AFTER = frozenset({"late", "behind", "over", "early"})
RUNNING_WORD = "running"
#: Words after "run" telling stock run out ("syringes had run out"), and after "pushed" or
#: "put" a connection, not a giving ("pushed onto the cannula hub").
RUN_OUT_AFTER = frozenset({"out"})
ONTO_AFTER = frozenset({"onto", "on"})
PUT_ON_WORDS = frozenset({"pushed", "push", "put"})
#: How many tokens after a push word its "onto" may come, past a short object ("pushed it
#: onto", "pushed the luer syringe onto"), and the words that make it a giving before it
#: ("pushed it through", "pushed it in").
PUT_ON_OBJECT = 4
PUSHED_THROUGH_WORDS = frozenset({"through", "thru", "into", "in", "down", "via", "iv"})
#: Suppliers a product is "received from" (stock delivered, not a patient's dose).
SUPPLIER_WORDS = frozenset(
    {"pharmacy", "wholesaler", "supplier", "suppliers", "stores", "dispensary", "manufacturer"}
)
RECEIVED_WORD = "received"
#: A giving to a colleague is a hand-over of the syringe, not the dose into the patient
#: ("given to the cardiologist", "gave the syringe to Dr Mensah", "handed to the FY1"): the
#: colleague's own giving, told after it, is the reach.
COLLEAGUE_WORDS = frozenset(
    {
        *("dr", "doctor", "doctors", "nurse", "sho", "reg", "registrar", "consultant", "fy1"),
        *("fy2", "f1", "f2", "anaesthetist", "anaesthetists", "odp", "surgeon", "radiologist"),
        *("cardiologist", "endoscopist", "urologist", "dentist", "gastroenterologist", "spr"),
        *("colleague", "checker", "midwife", "physician", "operator", "intensivist", "nic"),
    }
)
#: How many words after a giving its "to" may come ("gave the syringe to"), and after the "to"
#: the colleague ("to the sedating doctor").
HAND_OVER_TO_AFTER = 4
HAND_OVER_COLLEAGUE_AFTER = 3
TO_WORD = "to"
#: Messages "received" ("received an alert", "patient received a letter").
MESSAGE_WORDS = frozenset(
    {"alert", "email", "letter", "call", "message", "report", "complaint", "referral"}
)
MESSAGE_AFTER = 2
#: How many words after "received" its supplier is read in.
SUPPLIER_AFTER = 8
#: Words of the steps of giving that a catch may interrupt when told still to come ("about
#: to flush", "was going to give it", "ready to give"): told in progress ("was pushing it"),
#: they are the giving itself.
GIVING_STEP_WORDS = frozenset(
    {
        *("give", "administer", "push", "flush", "inject", "infuse", "run", "draw"),
        *("connect", "attach", "put", "hang", "insert"),
    }
)
#: Words of the steps of connecting, which a catch may interrupt still to come or in progress
#: ("being attached", "was connecting", "was unscrewing the bung").
CONNECTING_STEP_WORDS = frozenset(
    {
        *("connect", "connecting", "connected", "attach", "attaching", "attached", "putting"),
        *("unscrewing", "plugging", "plugged", "removing", "taking"),
    }
)
#: Words of a connection, the step before the giving of a line's product.
CONNECT_WORDS = frozenset({"connected", "attached", "plugged"})
#: How many words before a connection its denial is read in, and the words that make it a
#: question instead ("not clear who connected it").
DENIAL_REACH = 3
QUESTION_WORDS = frozenset({"who", "whether", "when", "how", "why", "what"})
#: Words before "to" telling the step after it still to come ("about to", "going to", "ready
#: to"; not "went to", as often the step done), and the word before a connection told in
#: progress ("being attached").
STILL_TO_COME_BEFORE_TO = frozenset({"about", "going", "ready"})
BEING_WORD = "being"
#: How many words before a step its in-progress word is read in.
UNDER_WAY_REACH = 2
#: Words of a finding or a stop that interrupts a step told after it (FINDING_WORDS and the
#: challenges: "queried it", "questioned the volume", "the DN intervened", "manager stepped in").
INTERRUPTING_WORDS = FINDING_WORDS | frozenset(
    {"questioned", "asked", "challenged", "intervened", "stepped", "interrupted", "halted"}
)
#: How many sentences after an interrupted step its finding may be told.
INTERRUPTION_SENTENCES = 1
#: The finder's own stop, told bare after a finding in its sentence ("noticed the ampoule when
#: confirming the dose and stopped", "spotted the strength, then stopped"): the one about to give
#: stopped, so the product went no further. A stop with an object ("stopped the infusion",
#: "stopped the procedure") may end a product already going in, and is left to the other
#: readings.
FINDER_STOP_WORDS = frozenset({"stopped", "halted", "paused"})
#: Words joining the stop to its finding ("and stopped", "then stopped", "so stopped").
STOP_JOINING_WORDS = frozenset({"and", "then", "so"})
#: Words of the wrong product thrown away ("thrown in the sharps bin", "thrown away").
THROWN_WORDS = frozenset({"thrown", "threw", "chucked"})
#: Words putting the wrong product into a waste bin ("went in the sharps bin", "put into the
#: sharps"), not into a storage bin ("put into the adjacent bin").
DISPOSING_WORDS = frozenset({"went", "put", "placed", "dropped", "gone"})
BIN_WORDS = frozenset({"sharps", "waste"})
BIN_AFTER = 3
IN_WORDS = frozenset({"in", "into"})
#: Words of a preparation done again ("redrawn", "swapped for 1mg/ml"), and of a preparation
#: that the redo words before it or "again" after it make one ("a fresh one was drawn up").
REDONE_WORDS = frozenset({"redrawn", "remade"})
PREPARATION_WORDS = frozenset({"drawn", "drew", "made", "prepared", "reconstituted"})
AGAIN_WORD = "again"
#: Words of a redo before a preparation ("a fresh one was drawn up"), not an electrolyte's
#: replacement ("K replacement was made up").
PREPARATION_REDO_BEFORE = REDO_BEFORE - {"replacement", "correctly"}
#: How many words around a preparation its redo word is read in.
REDO_REACH = 3
#: The right route of an oral or enteral product, told after a giving ("given orally", "given
#: by mouth", "given PO", "given via the NG tube"), and the oral takings ("he drank it").
RIGHT_ROUTE_AFTER = frozenset(
    {
        *("orally", "oral", "po", "mouth", "ng", "ngt", "nasogastric", "peg", "enterally"),
        *("enteral", "sublingual", "sublingually", "tube"),
    }
)
ORAL_TAKING_WORDS = frozenset({"drank", "swallowed", "drunk"})
#: A line told as the way in after a giving ("pushed 10 ml of oral lactulose through the PICC",
#: "gave the oral Oramorph via the PICC line"): the wrong route told, so an "oral" in between
#: names the product, not the route the dose went by.
THROUGH_WORDS = frozenset({"via", "through", "into", "down"})
LINE_WORDS = frozenset(
    {
        *("cannula", "line", "picc", "cvc", "venflon", "hickman", "portacath", "uvc", "iv"),
        *("intravenous", "bung"),
    }
)
#: How many words after a giving its line is read in, and after the way in the line itself.
LINE_AFTER = 10
LINE_AFTER_THROUGH = 3
#: A line named by a pronoun after the way in ("drawn up for the sub cut butterfly and given
#: into it"): the line or butterfly named before the giving in its sentence.
LINE_PRONOUNS = frozenset({"it"})
NAMED_LINE_WORDS = LINE_WORDS | frozenset({"butterfly", "butterflies"})
#: Treatments of harm whose giving denied is no catch ("no reversal given"), and stock whose
#: end is none ("box quarantined"), read in the few words before the giving or the catch.
TREATMENT_WORDS = frozenset(
    {"reversal", "flumazenil", "naloxone", "antidote", "treatment", "oxygen", "o2"}
)
STOCK_WORDS = frozenset({"stock", "box", "boxes", "remaining", "rest", "batch", "supply"})
DENIED_OBJECT = 3
#: How many words after a giving its route is read in.
ROUTE_AFTER = 4
#: Words telling a finding later than the making up ("a few hours later", "the following day",
#: "the next day", "the next morning").
LATER_WORDS = frozenset({"later", "following", "next", "subsequently", "afterwards"})
#: The word after "next" that makes it a place ("next to the saline"), not a time.
NEXT_WORD = "next"
PLACE_AFTER_NEXT = frozenset({"to", "door"})
#: The concept of a product made up for a dose or given, the never events it is read for, and
#: the words of making up ("drawn up", "reconstituted", "made up").
DOSE_MADE_UP = "dose_made_up"
MADE_UP_CODES = ("4", "8")
MADE_UP_WORDS = frozenset({"drawn", "drew", "reconstituted", "diluted", "made"})
MADE_WORD = "made"
#: Words denying a making up told before it: the reach's denials and nobody doing it ("nobody
#: had drawn any up", "no one had drawn it up").
MADE_UP_DENIED_BEFORE = NOT_REACHED_BEFORE | frozenset({"nobody", "noone"})
#: How many words after a finding its later time is read in.
LATER_AFTER = 8
#: The concept the never event of a wrong route's (ROUTE_CODE) wrong connection is found as,
#: and the concepts naming the lines it is made to (a vein's or a subcutaneous line; an
#: epidural's filter is the product's own line, or another wrong route outside the framework).
WRONG_CONNECTION_CAUGHT = "wrong_connection_caught"
LINE_CONCEPT = "parenteral_route"
OWN_LINE_WORDS = frozenset({"epidural", "ng", "ngt", "peg", "nasogastric", "enteral"})
#: How far a joining got: made ("connected", "screwed onto", "pushed the syringe onto", "was
#: on the PICC hub"), or still to come or under way ("about to connect", "was attaching", "was
#: unscrewing the bung", "picked up the extension to connect it": the joining's words after
#: "to"). A joining made is a line's giving begun: it is caught only by a giving denied after
#: it ("nothing pushed", "nothing ran in") or stopped before its giving ("saw it before
#: anything was pushed through"); one under way by any catch.
JOINED = "joined"
UNDER_WAY = "under_way"
#: A joining made again counts as one ("picked up the end to reconnect", "went to reattach
#: it"): a set come apart and joined back is joined to whatever its end is put on.
JOINING_WORDS = frozenset(
    {"connect", "attach", "plug", "hook", "screw", "fit", "join", "reconnect", "reattach"}
)
JOINED_WORDS = frozenset(
    {
        *("connected", "reconnected", "attached", "reattached", "plugged", "hooked", "screwed"),
        *("fitted", "joined"),
    }
)
#: The -ing forms of a joining that a finding word before it tells seen in progress ("saw the
#: nurse screwing the syringe onto the cannula"), besides CONNECTING_STEP_WORDS, and how far
#: back its finding word is read.
SEEN_JOINING_WORDS = frozenset({"screwing", "hooking", "fitting", "joining"})
SEEN_BEFORE = 5
#: How many words after "pushed" or "put" its "onto" is read in, the words before "on" telling
#: a syringe there ("was on the PICC hub", "still on the bung"), and the words after it naming
#: the thing it is on (not "was on IV fluids").
PUT_ON_REACH = 8
THERE_BEFORE = frozenset({"was", "were", "is", "are", "still", "already", "left"})
ITS_WORDS = frozenset({"the", "his", "her", "their", "a", "an", "its"})
#: How many sentences after a joining made its giving's denial may be told, and the word of a
#: voice told ahead of its giving ("intervened before any was pushed through").
DENIAL_SENTENCES = 2
BEFORE_WORD = "before"
#: Words before a feeding tube the joining is told made to ("connected to the PEG").
TO_WORDS = frozenset({"to", "into", "onto", "via", "down"})
#: How far from the joining its line is read: after it in its sentence ("attached it to the
#: PICC"), or before it ("picked up the IV cannula extension to connect it").
JOINING_LINE_AFTER = 10
JOINING_LINE_BEFORE = 6
#: A voice or a stop that catches the connection, whoever tells it: the interruptions and the
#: words of speaking up ("mum asked", "HCA said", "I shouted stop").
VOICE_WORDS = INTERRUPTING_WORDS | frozenset(
    {"said", "says", "shouted", "shout", "told", "pointed", "asking", "queried", "query"}
)
#: How many sentences after the joining its voice may be told.
VOICE_SENTENCES = 1
#: The concept of an oral liquid given through a line, the products it is read for, the words
#: naming an IV product in the giving's clause, and how far back in it they are read.
GIVEN_THROUGH_A_LINE = "oral_liquid_given_through_a_line"
ORAL_LIQUID_CONCEPT = "oral_liquid_product"
IV_PRODUCT_WORDS = frozenset({"iv", "intravenous", "intravenously"})
IV_PRODUCT_BEFORE = 8
#: Tokens after a joining its object may take ("connect the IV antibiotics").
IV_PRODUCT_AFTER = 3
#: The concept of an IV product going into an epidural, the epidural's word, and how many words
#: after the giving its "into" and after that the epidural are read in.
INTO_THE_EPIDURAL = "iv_product_into_the_epidural"
EPIDURAL_WORD = "epidural"
INTO_AFTER = 3
EPIDURAL_AFTER_INTO = 3
#: ... a line told going there ("Gentamicin 360mg IV infusion line went onto the epidural filter
#: rather than the cannula": dev-179669): "went" or "gone" with "onto" or "to" after it is a
#: joining made, as "went in" is a giving (`reach_told_done`'s words after "went")
INTO_THE_EPIDURAL_WORDS = INTO_WORDS | TO_WORDS
#: Words telling the line a product was meant for ("Gentamicin 80mg intended for the peripheral
#: cannula", "co-amoxiclav meant for the venflon", "due via the IV line"): a product meant for a
#: vein's line is an IV product, however it is named; the line is read a few words after them.
MEANT_FOR_WORDS = frozenset({"intended", "meant", "prescribed", "due", "destined"})
MEANT_LINE_AFTER = 4

#: Every word `_reading` may read something at: a reach (any never event's), a giving's time
#: ("during the bolus"), a catch, a "before" or "about" of a step stopped ("b4": its "4"), a
#: step under way, a connection, a product replaced or its preparation, a finding, an
#: antidote. At any other token every reading is False or None, except a step told still to
#: come after "to be" ("about to be connected"), which `_reading` checks apart.
READING_WORDS = frozenset().union(
    *REACH_WORDS_BY_CODE.values(),
    DURING_NOUNS,
    CATCH_WORDS,
    STILL_TO_COME_BEFORE,
    {"4", ABOUT_WORD},
    GIVING_STEP_WORDS,
    CONNECTING_STEP_WORDS,
    CONNECT_WORDS,
    THROWN_WORDS,
    REDONE_WORDS,
    DISPOSING_WORDS,
    PREPARATION_WORDS,
    FINDING_WORDS,
    FINDER_STOP_WORDS,
    ANTIDOTE_WORDS,
)


def _under_way(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether token `at` is a step of giving or connecting told still to come ("about to
    flush", "ready to give", "about to be connected") or a connection told in progress ("being
    connected", "was attaching", "was unscrewing the bung")."""
    token = tokens[at]
    if (
        token in GIVING_STEP_WORDS
        and at >= 2
        and tokens[at - 1] == "to"
        and tokens[at - 2] in STILL_TO_COME_BEFORE_TO
    ):
        return True
    if (
        at >= 3
        and tokens[at - 1] == "be"
        and tokens[at - 2] == "to"
        and tokens[at - 3] in STILL_TO_COME_BEFORE_TO
    ):
        return True  # "about to be connected"
    if token not in CONNECTING_STEP_WORDS:
        return False
    if word_shortly_before(tokens, sentence_of, at, frozenset({BEING_WORD}), UNDER_WAY_REACH):
        return True
    # a connection in progress: an -ing form after a verb of being ("was attaching")
    return token.endswith("ing") and word_shortly_before(
        tokens, sentence_of, at, BE_VERBS, UNDER_WAY_REACH
    )


def _interrupted(doc: Document, at: int) -> bool:
    """Whether token `at` is a step told under way (`_under_way`) with a finding or a stop
    told after it in its sentence or the next (module docstring)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if not _under_way(tokens, sentence_of, at):
        return False
    end = doc.sentence_tokens(sentence_of[at] + INTERRUPTION_SENTENCES)[1]
    return not INTERRUPTING_WORDS.isdisjoint(tokens[at + 1 : end])


def _finder_stopped(doc: Document, at: int) -> bool:
    """Whether token `at` is the finder's own stop (FINDER_STOP_WORDS): joined to a finding
    told before it in its sentence, with nothing after it in its clause."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in FINDER_STOP_WORDS or at < 2 or tokens[at - 1] not in STOP_JOINING_WORDS:
        return False
    if next(doc.after_in_clause(at, at + 1, 1), None) is not None:
        return False
    start = doc.sentence_tokens(sentence_of[at])[0]
    return any(token in FINDING_WORDS for token in tokens[start : at - 1])


def _denied_connect_word(doc: Document, at: int) -> bool:
    """Whether the connection word at `at` is denied, not asked about ("not clear who")."""
    tokens = doc.tokens
    for i in doc.before_in_clause(at, DENIAL_REACH):
        if tokens[i] in QUESTION_WORDS:
            return False
        if tokens[i] in NOT_REACHED_BEFORE:
            return True
    return False


def _connection_denied(doc: Document, at: int) -> bool:
    """Whether token `at` is a connection denied ("not connected", "none had been connected"),
    not one asked about ("not clear who connected it"), nor the right one denied beside the
    wrong one told done ("the epidural catheter was not connected and the epidural line was
    attached to the IV cannula")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in CONNECT_WORDS or not _denied_connect_word(doc, at):
        return False
    start, end = doc.sentence_tokens(sentence_of[at])
    return not any(
        tokens[i] in CONNECT_WORDS and not _denied_connect_word(doc, i)
        for i in range(start, end)
        if i != at
    )


def _replaced(doc: Document, at: int) -> bool:
    """Whether token `at` tells the wrong product thrown away or its preparation done again."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    token = tokens[at]
    if token in THROWN_WORDS or token in REDONE_WORDS or _put_in_a_bin(tokens, at):
        return True
    return token in PREPARATION_WORDS and (
        word_shortly_before(tokens, sentence_of, at, PREPARATION_REDO_BEFORE, REDO_REACH)
        or word_shortly_after(tokens, sentence_of, at, frozenset({AGAIN_WORD}), REDO_REACH)
    )


def _made_without_up(tokens: list[str], at: int) -> bool:
    """Whether token `at` is a "made" with no "up" after it ("made aware"): no making up."""
    return tokens[at] == MADE_WORD and not (at + 1 < len(tokens) and tokens[at + 1] == "up")


def _preparation_denied(doc: Document, at: int) -> bool:
    """Whether token `at` is a step before the giving denied ("NOT drawn up into the vial",
    "not yet drawn up fully", "none drawn up"): the wrong product stopped before it was made
    up, so before it could reach anyone."""
    tokens = doc.tokens
    if tokens[at] not in PREPARATION_WORDS:
        return False
    if _made_without_up(tokens, at):
        return False
    return any(tokens[i] in NOT_REACHED_BEFORE for i in doc.before_in_clause(at, DENIAL_REACH))


def _put_in_a_bin(tokens: list[str], at: int) -> bool:
    """Whether token `at` puts something into a waste bin ("the syringe went in the sharps
    bin"), not an ampoule found there nor stock put in a storage bin."""
    if tokens[at] not in DISPOSING_WORDS or at + 1 >= len(tokens) or tokens[at + 1] not in IN_WORDS:
        return False
    return any(token in BIN_WORDS for token in tokens[at + 2 : at + 2 + BIN_AFTER])


def _by_the_right_route(doc: Document, at: int) -> bool:
    """Whether a giving is told by an oral product's right route ("given orally", "oral
    given")."""
    tokens = doc.tokens
    if _through_a_line(doc, at):
        return False
    return (
        tokens[at] in ORAL_TAKING_WORDS
        or (at > 0 and tokens[at - 1] in RIGHT_ROUTE_AFTER)
        or word_shortly_after(tokens, doc.sentence_of, at, RIGHT_ROUTE_AFTER, ROUTE_AFTER)
    )


def _way_in_an_enteral_tube(tokens: list[str], at: int) -> bool:
    """Whether the way in at `at` ("via", "down") has an enteral tube for its object, right
    after it or after an article ("given via NG", "down the PEG")."""
    rest = tokens[at + 1 : at + 3]
    if rest and rest[0] in ITS_WORDS:
        rest = rest[1:]
    return bool(rest) and rest[0] in ENTERAL_TUBE_WORDS


def _through_a_line(doc: Document, at: int) -> bool:
    """Whether a giving is told going in through a line, in its sentence after it ("pushed 10
    ml of oral lactulose through the PICC"). A way in told through an enteral tube first
    ("given via NG, UVC flushed separately") is the product's own route: the line after it
    is another clause's."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for i in range(at + 1, min(len(tokens), at + 1 + LINE_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return False
        if tokens[i] in THROUGH_WORDS and _way_in_an_enteral_tube(tokens, i):
            return False
        if tokens[i] in THROUGH_WORDS and any(
            token in LINE_WORDS for token in tokens[i + 1 : i + 1 + LINE_AFTER_THROUGH]
        ):
            return True
        if tokens[i] in THROUGH_WORDS and tokens[i + 1 : i + 2] and tokens[i + 1] in LINE_PRONOUNS:
            return _line_named_before(doc, at)
    return False


def _line_named_before(doc: Document, at: int) -> bool:
    """Whether a line or butterfly (NAMED_LINE_WORDS) is named before token `at` in its
    sentence, the one a pronoun after the giving stands for ("drawn up for the sub cut butterfly
    and given into it")."""
    first, _ = doc.sentence_tokens(doc.sentence_of[at])
    return not NAMED_LINE_WORDS.isdisjoint(doc.tokens[first:at])


#: Enteral tubes, an oral liquid's or a feed's own way in ("given via NGT", "down the PEG").
ENTERAL_TUBE_WORDS = frozenset(
    {
        *("ng", "ngt", "peg", "pej", "nj", "rig", "og", "ogt", "nasogastric", "nasojejunal"),
        *("gastrostomy", "jejunostomy", "enteral", "enfit"),
    }
)
#: Concepts that deny a wrong route's cue as the product's own route told (never_events'
#: EVIDENCE_DENIED_BY): a giving through its enteral tube, a syringe whose dose went by mouth.
ENTERAL_WAY_CONCEPT = "enteral_via_enteral_route"
SYRINGE_FOR_ITS_ROUTE_CONCEPT = "syringe_for_its_enteral_route"
SYRINGE_WORDS = frozenset({"syringe", "syringes"})


def _given_through_an_enteral_tube(analysis: Analysis) -> list[tuple[int, int]]:
    """Givings of an oral or enteral product told through its enteral tube ("Milk feed given via
    NG", "EBM given via NGT"), with no line named first: from the giving to the tube, and on
    to a line named within LINE_AFTER_THROUGH tokens after it, the subject of the next clause
    ("given via NG, UVC flushed separately"), which no wrong route's cue may join to it."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    spans = []
    for at, token in enumerate(tokens):
        if token not in REACH_WORDS_BY_CODE[ROUTE_CODE]:
            continue
        for i in range(at + 1, min(len(tokens), at + 1 + ROUTE_AFTER)):
            if sentence_of[i] != sentence_of[at] or tokens[i] in LINE_WORDS:
                break
            if tokens[i] in THROUGH_WORDS and _way_in_an_enteral_tube(tokens, i):
                end = i + 3 if tokens[i + 1] in ITS_WORDS else i + 2
                spans.append((at, _next_clause_line_end(tokens, sentence_of, end)))
                break
    return spans


def _next_clause_line_end(tokens: list[str], sentence_of: list[int], end: int) -> int:
    """The end of a line named within LINE_AFTER_THROUGH tokens from `end` in its sentence,
    or `end` when none is."""
    for i in range(end, min(len(tokens), end + LINE_AFTER_THROUGH)):
        if sentence_of[i] != sentence_of[end - 1]:
            break
        if tokens[i] in LINE_WORDS:
            return i + 1
    return end


def _syringe_given_by_mouth(analysis: Analysis) -> list[tuple[int, int]]:
    """A syringe whose dose is told given (done, not "to give") by the right route later in its
    sentence, with no line nor way in named between ("drawn up using a luer lock syringe as no
    enteral ones left, given orally"): the syringe a stand-in, the dose went by mouth. From the
    syringe to the giving."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans = []
    for at, token in enumerate(tokens):
        if token not in SYRINGE_WORDS:
            continue
        for i in range(at + 1, len(tokens)):
            if (
                sentence_of[i] != sentence_of[at]
                or tokens[i] in LINE_WORDS
                or tokens[i] in THROUGH_WORDS
            ):
                break
            if tokens[i] in REACH_WORDS_BY_CODE[ROUTE_CODE]:
                if (
                    _by_the_right_route(doc, i)
                    and not _not_a_giving(tokens, sentence_of, i)
                    and reach_told_done(doc, i)
                ):
                    spans.append((at, i + 1))
                break
    return spans


def _treatment_denied(tokens: list[str], at: int) -> bool:
    """Whether a denied giving is of a treatment of harm ("no reversal given"), not the
    product's."""
    return any(token in TREATMENT_WORDS for token in tokens[max(0, at - DENIED_OBJECT) : at])


def _denied_of_someone_else(doc: Document, at: int) -> bool:
    """Whether a denied giving at `at` is told of another person ("bay 2 pt had not been
    transfused", "the other pt had not been started") or as what ought to have been ("should
    never have given it"): a person's place, another person or a modal before it in its
    clause."""
    tokens = doc.tokens
    for i in doc.before_in_clause(at, DENIED_OF_BEFORE):
        if tokens[i] in OUGHT_WORDS or tokens[i] in OTHER_PERSON_WORDS:
            return True
        if ref_at(tokens, i) is not None:
            return True
    return False


def _stock_ended(tokens: list[str], at: int) -> bool:
    """Whether a catch word ends the stock ("all midazolam stock quarantined", "box
    quarantined"), not the dose made up."""
    return any(token in STOCK_WORDS for token in tokens[max(0, at - DENIED_OBJECT) : at])


def _found_later(doc: Document, at: int) -> bool:
    """Whether token `at` is a finding told as later than the making up ("found at the pharmacy
    check the following day", "noticed ... a few hours later")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in FINDING_WORDS:
        return False
    for i in range(at + 1, min(len(tokens), at + 1 + LATER_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return False
        if tokens[i] in LATER_WORDS and not (
            tokens[i] == NEXT_WORD and i + 1 < len(tokens) and tokens[i + 1] in PLACE_AFTER_NEXT
        ):
            return True
    return False


def _reached_sign(doc: Document, at: int) -> bool:
    """Whether token `at` is an antidote given or a connection told with its duration
    (ANTIDOTE_WORDS), not denied ("no flumazenil needed")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    token = tokens[at]
    if token in ANTIDOTE_WORDS:
        return not word_shortly_before(tokens, sentence_of, at, NOT_REACHED_BEFORE, DENIAL_REACH)
    if token not in CONNECT_WORDS or _connection_denied(doc, at):
        return False
    for i in range(at + 1, min(len(tokens) - 2, at + DURATION_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return False
        if tokens[i] == DURATION_WORD and tokens[i + 2] in DURATION_UNITS:
            return True
    return False


def _products_first_sentence(analysis: Analysis, concepts: Sequence[str]) -> int | None:
    """The first sentence naming one of the products, or None."""
    spans = [span for concept in concepts for span in analysis.concept(concept)]
    if not spans:
        return None
    return min(analysis.doc.sentence_of[span[0]] for span in spans)


def _not_a_giving(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a reach word tells something else: a list running late, stock run out, a
    syringe pushed onto a hub, stock received from the pharmacy, a message received, a giving
    still to be done ("to be given")."""
    token = tokens[at]
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    if (token == RUNNING_WORD and after in RUNNING_LATE_AFTER) or _put_in_a_bin(tokens, at):
        return True
    if (token in RUN_WORDS and after in RUN_OUT_AFTER) or _pushed_onto(tokens, sentence_of, at):
        return True
    if token == RECEIVED_WORD and (
        word_shortly_after(tokens, sentence_of, at, SUPPLIER_WORDS, SUPPLIER_AFTER)
        or word_shortly_after(tokens, sentence_of, at, MESSAGE_WORDS, MESSAGE_AFTER)
    ):
        return True
    if _handed_to_a_colleague(tokens, sentence_of, at):
        return True
    return at >= 2 and tokens[at - 1] == "be" and tokens[at - 2] == "to"


def _pushed_onto(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether a push word at `at` tells a syringe or set pushed onto a hub or bung, "onto"
    straight after it or after its short object ("pushed onto the hub", "had pushed it onto the
    cannula bung", "pushed the set onto the port"): a joining, not the plunger's push."""
    # dev-177656: the PEG feed set "pushed it onto the cannula bung", then "not started"
    if tokens[at] not in PUT_ON_WORDS:
        return False
    for i in range(at + 1, min(len(tokens), at + 1 + PUT_ON_OBJECT)):
        if sentence_of[i] != sentence_of[at] or tokens[i] in PUSHED_THROUGH_WORDS:
            return False
        if tokens[i] in ONTO_AFTER:
            return True
    return False


def _handed_to_a_colleague(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the giving at `at` hands the syringe to a colleague ("given to the
    cardiologist", "give syringe to doctor"), its "to" shortly after it and a colleague
    shortly after the "to", in its sentence."""
    for i in range(at + 1, min(len(tokens), at + 1 + HAND_OVER_TO_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return False
        if tokens[i] == TO_WORD:
            return word_shortly_after(
                tokens, sentence_of, i, COLLEAGUE_WORDS, HAND_OVER_COLLEAGUE_AFTER
            )
    return False


def _reading(analysis: Analysis, code: str) -> tuple[bool | None, int]:
    """`medicine_reached` and the token that decided it (-1 when none did), read once per
    never event and first sentence naming its product."""
    concepts = PRODUCT_CONCEPTS_BY_CODE.get(code)
    if concepts is None:
        return None, -1
    first = _products_first_sentence(analysis, concepts)
    if first is None:
        return None, -1
    return analysis.reading(
        ("medicine_reach", code, first), lambda: _read_from(analysis, code, first)
    )


def _reading_positions(analysis: Analysis) -> list[int]:
    """The tokens some reading of `_read_from` may fire at, in the telling's order (the same
    for every never event: found once per analysis)."""
    tokens = analysis.doc.tokens
    return analysis.reading(
        ("medicine_reach", "reading positions"),
        lambda: [
            at
            for at, token in enumerate(tokens)
            if token in READING_WORDS
            or (at >= 3 and tokens[at - 1] == "be" and tokens[at - 2] == "to")
        ],
    )


def _read_from(analysis: Analysis, code: str, first: int) -> tuple[bool | None, int]:
    """`_reading` of never event `code` whose product is first named in sentence `first`."""
    if code in PERSONS_CODES and organ_transplant_told(analysis.doc.tokens, TRANSPLANT_WORDS):
        return None, -1
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    reach_words = REACH_WORDS_BY_CODE[code]
    route = code in ROUTE_CODES
    past = analysis.accounts_of_the_past()
    caught = found_later = -1
    signed = False
    # a unit's words of giving told of a paper, a protocol or other, compatible units
    others = (
        analysis.reading(
            ("unit_reach", "compatible_unit_sentences"),
            lambda: compatible_unit_sentences(tokens, sentence_of, doc.clause_breaks),
        )
        if code in PERSONS_CODES
        else None
    )
    positions = _reading_positions(analysis)
    start = doc.sentence_tokens(first - REACH_BEFORE_PRODUCT)[0]
    for at in positions[bisect_left(positions, start) :]:
        if any(start <= at < end for start, end in past) or told_elsewhere(doc, at):
            continue  # someone's past, or an act at another organisation (engine.told_apart)
        token = tokens[at]
        if after_administration(tokens, at) and caught < 0:
            return True, at
        done = (
            reach_told_done(doc, at)
            if token in reach_words
            and not _not_a_giving(tokens, sentence_of, at)
            and not (others is not None and told_of_something_else(tokens, sentence_of, at, others))
            else None
        )
        if (
            done
            and route
            and (_by_the_right_route(doc, at) or _line_product_given(analysis, code, at))
        ):
            done = None  # the dose put right: "given orally"; the line's own "IV fluids started"
        if done and (caught < 0 or told_as_already(doc, at)):
            return True, at  # after the wrong product's end, the redo; unless "already"
        denied = (
            done is False
            and not _treatment_denied(tokens, at)
            and not (code in PERSONS_CODES and _denied_of_someone_else(doc, at))
        )
        if denied or (
            done is None
            and (
                (token in CATCH_WORDS and not _stock_ended(tokens, at))
                or stopped_before_a_step(doc, at)
                or _interrupted(doc, at)
                or _finder_stopped(doc, at)
                or _connection_denied(doc, at)
                or _replaced(doc, at)
                or _preparation_denied(doc, at)
            )
        ):
            caught = at if caught < 0 else caught
        elif done is None and found_later < 0 and _found_later(doc, at):
            found_later = at
        signed = signed or _reached_sign(doc, at)
    if caught >= 0 and signed and code not in REACH_READ_CODES:
        return None, -1  # a catch told with the signs of a reach: the rules decide
    if caught >= 0:
        return False, caught
    return (True, found_later) if found_later >= 0 else (None, -1)


def _line_product_given(analysis: Analysis, code: str, at: int) -> bool:
    """Whether the giving at `at` is told of the line's own IV product, by its right route
    ("has a peripheral cannula for IV fluids started yesterday", "IV abx given at 10:00"): an IV
    word before it in its clause, and no wrong route's product named before it in its sentence
    (not "the Oramorph in the IV syringe was given"). The line's use, not the wrong product's."""
    # dev-177656: "cannula for IV fluids started yesterday" read as the PEG feed's reach
    sentence = analysis.doc.sentence_of[at]
    named = any(
        start < at and analysis.doc.sentence_of[start] == sentence
        for concept in PRODUCT_CONCEPTS_BY_CODE[code]
        for start, _ in analysis.concept(concept)
    )
    return not named and _iv_product_named_before(analysis, at)


def _joining(doc: Document, at: int) -> str | None:
    """Whether token `at` tells a syringe or a set joined to something (JOINED, "connected",
    "pushed the luer syringe with the Calpol onto", "was on the PICC hub"), or its joining
    still to come or under way (UNDER_WAY, "about to connect", "was unscrewing the bung",
    "picked up the extension to connect it"), or neither (None)."""
    tokens = doc.tokens
    token = tokens[at]
    if token in PUT_ON_WORDS:
        onto = any(tokens[i] in ONTO_AFTER for i in doc.after_in_clause(at, at + 1, PUT_ON_REACH))
        return JOINED if onto else None
    if token in ONTO_AFTER:
        there = at > 0 and tokens[at - 1] in THERE_BEFORE
        return JOINED if there and at + 1 < len(tokens) and tokens[at + 1] in ITS_WORDS else None
    if (
        _under_way(tokens, doc.sentence_of, at)
        or (token in JOINING_WORDS and at > 0 and tokens[at - 1] == "to")
        or (token.endswith("ing") and _seen_doing(doc, at))
    ):
        return UNDER_WAY
    if token in JOINED_WORDS and reach_told_done(doc, at):
        return JOINED  # not "before I connected", "not connected", "could be connected"
    return None


def _seen_doing(doc: Document, at: int) -> bool:
    """Whether the -ing form at `at` is a joining seen in progress ("saw the nurse screwing the
    syringe onto the cannula", "noticed him connecting it"): a finding word shortly before it in
    its clause."""
    token = doc.tokens[at]
    return (token in CONNECTING_STEP_WORDS or token in SEEN_JOINING_WORDS) and any(
        doc.tokens[i] in FINDING_WORDS for i in doc.before_in_clause(at, SEEN_BEFORE)
    )


def _product_joined(analysis: Analysis, at: int) -> bool:
    """Whether a wrong route's product is named in the joining's sentence or one next to it,
    with no giving or joining by its right route told between them ("Oramorph given orally
    at 10:00 and the syringe driver was connected to the subcut line": the product given, the
    driver joined; "the PEG feed was connected to the PEG and the IV fluids were connected to
    the cannula")."""
    doc = analysis.doc
    sentence_of = doc.sentence_of
    for concept in PRODUCT_CONCEPTS_BY_CODE[ROUTE_CODE]:
        for start, _ in analysis.concept(concept):
            if abs(sentence_of[at] - sentence_of[start]) > 1:
                continue
            low, high = sorted((start, at))
            if not any(
                (doc.tokens[i] in REACH_WORDS_BY_CODE[ROUTE_CODE] or _joining(doc, i) == JOINED)
                and reach_told_done(doc, i)
                and _by_the_right_route(doc, i)
                for i in range(max(0, low - 1), high)  # "given orally": the product's route
            ):
                return True
    return False


def _joined_to_a_line(analysis: Analysis, at: int) -> bool:
    """Whether the joining at `at` is to a vein's or a subcutaneous line named near it in its
    sentence (not an epidural's, nor a feeding tube's)."""
    sentence_of, tokens = analysis.doc.sentence_of, analysis.doc.tokens
    for start, end in analysis.concept(LINE_CONCEPT):
        if sentence_of[start] != sentence_of[at] or not OWN_LINE_WORDS.isdisjoint(
            tokens[max(0, start - 1) : end]
        ):
            continue
        if at < start <= at + JOINING_LINE_AFTER and not any(
            tokens[i] in OWN_LINE_WORDS and TO_WORDS.intersection(tokens[max(at, i - 2) : i])
            for i in range(at + 1, start)
        ):
            return True  # not "connected to the PEG by the nurse and the IV fluids"
        if at - JOINING_LINE_BEFORE <= start < at:
            return True
    return False


def _iv_product_words(analysis: Analysis, indexes: Iterable[int]) -> bool:
    """Whether an IV word that is not a line's name ("the IV cannula extension") is at one of
    `indexes`."""
    tokens = analysis.doc.tokens
    lines = [span for span in analysis.concept(LINE_CONCEPT) if span[1] - span[0] > 1]
    return any(
        tokens[i] in IV_PRODUCT_WORDS and not any(start <= i < end for start, end in lines)
        for i in indexes
    )


def _iv_product_named_before(analysis: Analysis, at: int, *, in_clause: bool = True) -> bool:
    """Whether an IV product is named in the clause before token `at` ("the IV fluids were
    connected", "IV co-amoxiclav given via"), or in its sentence when not `in_clause` (past a
    bracket: "IV co-amoxiclav (for ?chorio) was injected")."""
    doc = analysis.doc
    before = (
        doc.before_in_clause(at, IV_PRODUCT_BEFORE)
        if in_clause
        else (
            i
            for i in range(at - 1, max(-1, at - 1 - IV_PRODUCT_BEFORE), -1)
            if doc.sentence_of[i] == doc.sentence_of[at]
        )
    )
    return _iv_product_words(analysis, before)


def _iv_product_joined_after(analysis: Analysis, at: int) -> bool:
    """Whether the joining at `at` takes an IV product as its object ("was about to connect
    the IV antibiotics when pt asked for the commode"): a line opened for an IV drug."""
    return _iv_product_words(analysis, analysis.doc.after_in_clause(at, at + 1, IV_PRODUCT_AFTER))


def _voice_after(doc: Document, at: int, reach_words: frozenset[str]) -> bool:
    """Whether a voice or a stop is told after the joining at `at`, in its sentence or the
    next, with no giving told done before it."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    last = sentence_of[at] + VOICE_SENTENCES
    for i in range(at + 1, len(tokens)):
        if sentence_of[i] > last:
            return False
        if tokens[i] in VOICE_WORDS:
            return True
        if (
            tokens[i] in reach_words
            and not _not_a_giving(tokens, sentence_of, i)
            and reach_told_done(doc, i)
        ):
            return False
    return False


def _giving_denied_after(doc: Document, at: int, reach_words: frozenset[str]) -> bool:
    """Whether a giving is told denied after the joining made at `at` ("nothing pushed",
    "nothing ran in"), or stopped before it ("saw it before anything was pushed through"),
    with no giving told done before it."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    last = sentence_of[at] + DENIAL_SENTENCES
    voiced = False
    for i in range(at + 1, len(tokens)):
        if sentence_of[i] > last:
            return False
        voiced = voiced or tokens[i] in VOICE_WORDS
        if stopped_before_a_step(doc, i) or (voiced and tokens[i] == BEFORE_WORD):
            return True  # "intervened before any was pushed through"
        if tokens[i] not in reach_words or _not_a_giving(tokens, sentence_of, i):
            continue
        done = reach_told_done(doc, i)
        if done:
            return False
        if done is False and not _treatment_denied(tokens, i):
            return True
    return False


def _caught(doc: Document, at: int, verdict: bool | None, reach_words: frozenset[str]) -> bool:
    """Whether the joining at `at` is told caught: one made by its giving denied after it, one
    under way by the reading's catch or a voice after it; not one with part of the dose told
    already in after it."""
    if part_told_already_in(doc, at, doc.sentence_of[at] + DENIAL_SENTENCES, reach_words):
        return False
    if _joining(doc, at) == JOINED:
        return _giving_denied_after(doc, at, reach_words)
    return verdict is False or _voice_after(doc, at, reach_words)


def _wrong_connection_caught(analysis: Analysis) -> list[tuple[int, int]]:
    """The joinings of a wrong route's product to a line that a catch stopped (module
    docstring), as spans."""
    concepts = PRODUCT_CONCEPTS_BY_CODE[ROUTE_CODE]
    if not any(analysis.concept(concept) for concept in concepts):
        return []
    verdict, _ = _reading(analysis, ROUTE_CODE)
    if verdict:
        return []
    doc = analysis.doc
    reach_words = REACH_WORDS_BY_CODE[ROUTE_CODE]
    return [
        (at, at + 1)
        for at in range(len(doc.tokens))
        if _joining(doc, at)
        and _product_joined(analysis, at)
        and not _connection_denied(doc, at)
        and not _iv_product_named_before(analysis, at)
        and not _iv_product_joined_after(analysis, at)
        and _joined_to_a_line(analysis, at)
        and _caught(doc, at, verdict, reach_words)
    ]


def _oral_liquid_given_through_a_line(analysis: Analysis) -> list[tuple[int, int]]:
    """The givings of an oral liquid told through a line (module docstring), as spans."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    liquids = [start for start, _ in analysis.concept(ORAL_LIQUID_CONCEPT)]
    if not liquids:  # every giving read is of a liquid named before it
        return []
    return [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in REACH_WORDS_BY_CODE[ROUTE_CODE]
        and any(start < at and 0 <= sentence_of[at] - sentence_of[start] <= 1 for start in liquids)
        and not _not_a_giving(tokens, sentence_of, at)
        and reach_told_done(doc, at)
        and _through_a_line(doc, at)
        and not _iv_product_named_before(analysis, at)
    ]


#: Words between a line's "went to" and the epidural it went onto ("went to the epidural
#: filter", "had gone onto her epidural port").
GONE_ONTO_DETERMINERS = frozenset({"the", "a", "an", "her", "his", "their", "pt", "patient", "s"})


def _into_the_epidural(doc: Document, at: int) -> bool:
    """Whether the giving or joining at `at` is told going into an epidural ("injected into the
    epidural catheter port", "running into the epidural filter"). A line told gone to a place
    ("went to", "had gone onto") goes onto the epidural only when the epidural is that place,
    named straight after ("the IV line went onto the epidural filter"), not a person gone
    somewhere for an epidural ("pt went to theatre for epidural insertion", "anaesthetist went
    to site the epidural": review R29)."""
    tokens = doc.tokens
    for i in doc.after_in_clause(at, at + 1, INTO_AFTER):
        if tokens[i] in TO_WORDS or tokens[i] in IN_WORDS:
            after = tokens[i + 1 : i + 1 + EPIDURAL_AFTER_INTO]
            if tokens[at] in REACH_INTO_ONLY and tokens[i] not in INTO_WORDS:
                place = next((t for t in after if t not in GONE_ONTO_DETERMINERS), None)
                return place == EPIDURAL_WORD
            return EPIDURAL_WORD in after
    return False


def _iv_product_into_the_epidural(analysis: Analysis) -> list[tuple[int, int]]:
    """The givings or joinings of an IV product told going into an epidural (module
    docstring), as spans."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if EPIDURAL_WORD not in tokens:  # every giving into an epidural names it
        return []
    return [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if (
            (
                token in REACH_WORDS_BY_CODE[ROUTE_CODE]
                and not _not_a_giving(tokens, sentence_of, at)
            )
            or token in JOINED_WORDS
        )
        and reach_told_done(doc, at, INTO_THE_EPIDURAL_WORDS)
        and _into_the_epidural(doc, at)
        and (
            _iv_product_named_before(analysis, at, in_clause=False)
            or _meant_for_a_vein_before(doc, at)
        )
    ]


def _meant_for_a_vein(tokens: list[str], at: int) -> bool:
    """Whether the meaning word at `at` tells a vein's line meant ("intended for the peripheral
    cannula"), not the product's own route ("intended for the epidural line", "meant for the
    NG tube"): a line word a few words after it with no own route's word before it."""
    for token in tokens[at + 1 : at + 1 + MEANT_LINE_AFTER]:
        if token in OWN_LINE_WORDS:
            return False
        if token in LINE_WORDS:
            return True
    return False


def _meant_for_a_vein_before(doc: Document, at: int) -> bool:
    """Whether the product given or joined at `at` is told, before it in its sentence, as meant
    for a vein's line (an IV product named by its line)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    return any(
        tokens[i] in MEANT_FOR_WORDS and _meant_for_a_vein(tokens, i)
        for i in range(at - 1, max(-1, at - 1 - IV_PRODUCT_BEFORE), -1)
        if sentence_of[i] == sentence_of[at]
    )


def _made_up(doc: Document, at: int) -> bool:
    """Whether token `at` tells a product made up for a dose, not denied nor a redo."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    token = tokens[at]
    if token not in MADE_UP_WORDS:
        return False
    if _made_without_up(tokens, at):
        return False
    return not word_shortly_before(
        tokens, sentence_of, at, MADE_UP_DENIED_BEFORE, DENIAL_REACH
    ) and not word_shortly_before(tokens, sentence_of, at, PREPARATION_REDO_BEFORE, REDO_REACH)


def _told_of_elsewhere(doc: Document, at: int) -> bool:
    """Whether the sentence of token `at` tells, before it, of another organisation ("at their
    trust a KCl ampoule was ... given to a patient"): an event there, not here."""
    tokens = doc.tokens
    start = doc.sentence_tokens(doc.sentence_of[at])[0]
    return any(
        tokens[i] in ELSEWHERE_OWNERS and tokens[i + 1] in ORGANISATION_WORDS
        for i in range(start, at - 1)
    )


#: Words of a check that found what a product was ("confirmed as sodium chloride").
CONFIRMED_WORDS = frozenset({"confirmed", "verified", "identified", "checked"})
#: Tokens before the diluent or flush named within which its check is told, and tokens before
#: the giving within which that diluent is named ("confirmed as sodium chloride and given").
CONFIRMED_REACH = 3
CONFIRMED_PRODUCT_REACH = 5
DILUENT_FLUSH_CONCEPT = "diluent_flush"


def given_as_the_confirmed_diluent(analysis: Analysis, at: int) -> bool:
    """Whether the giving at `at` is told of a diluent or flush that a check confirmed just
    before it ("it was confirmed as sodium chloride and given"): the right product given."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    return any(
        sentence_of[start] == sentence_of[at]
        and 0 < at - end + 1 <= CONFIRMED_PRODUCT_REACH
        and word_shortly_before(tokens, sentence_of, start, CONFIRMED_WORDS, CONFIRMED_REACH)
        for start, end in analysis.concept(DILUENT_FLUSH_CONCEPT)
    )


def add_medicine_reach_reasoning(analysis: Analysis) -> None:
    """Add the strong potassium or midazolam told made up for a dose or given (module
    docstring) to `dose_made_up`, a wrong route's connection caught to
    `wrong_connection_caught`, an oral liquid given through a line to
    `oral_liquid_given_through_a_line` and an IV product into an epidural to
    `iv_product_into_the_epidural`."""
    spans: list[tuple[int, int]] = []
    doc = analysis.doc
    for code in MADE_UP_CODES:
        first = _products_first_sentence(analysis, PRODUCT_CONCEPTS_BY_CODE[code])
        if first is None:
            continue
        verdict, at = _reading(analysis, code)
        if verdict and not _told_of_elsewhere(doc, at):
            spans.append((at, at + 1))
            continue
        start = doc.sentence_tokens(first - REACH_BEFORE_PRODUCT)[0]
        spans += [
            (i, i + 1)
            for i in range(start, len(doc.tokens))
            if doc.tokens[i] in MADE_UP_WORDS and _made_up(doc, i)
        ]
    spans = [
        span
        for span in spans
        if analysis.context.affirmed(span) and not given_as_the_confirmed_diluent(analysis, span[0])
    ]
    if spans:
        analysis.add_found(concept_label(DOSE_MADE_UP), spans)
    if joinings := _wrong_connection_caught(analysis):
        analysis.add_found(concept_label(WRONG_CONNECTION_CAUGHT), joinings)
    if givings := _oral_liquid_given_through_a_line(analysis):
        analysis.add_found(concept_label(GIVEN_THROUGH_A_LINE), givings)
    if into_the_epidural := _iv_product_into_the_epidural(analysis):
        analysis.add_found(concept_label(INTO_THE_EPIDURAL), into_the_epidural)
    if own_tube := _given_through_an_enteral_tube(analysis):
        analysis.add_found(concept_label(ENTERAL_WAY_CONCEPT), own_tube)
    if by_mouth := _syringe_given_by_mouth(analysis):
        analysis.add_found(concept_label(SYRINGE_FOR_ITS_ROUTE_CONCEPT), by_mouth)


def _as_read(code: str, verdict: bool | None) -> bool | None:
    """A verdict as the never event reads it: a reach only where REACH_READ_CODES."""
    return None if verdict and code not in REACH_READ_CODES else verdict


#: The patient's level told raised by the product, by never event: a potassium told high
#: ("K+ 6.9", "hyperkalaemic", "K+ rose to 7.1") after the strong potassium is named.
RAISED_LEVEL_CONCEPTS_BY_CODE = {"4": "hyperkalaemia_after"}


def _raised_level_after_the_product(analysis: Analysis, code: str) -> bool:
    """Whether the patient's level is told raised after the product of never event `code` is
    first named: a raised potassium after the strong potassium taken as a flush, or after its
    empty ampoule found ("Second nurse queried the flush. Empty ampoule in the sharps bin was
    KCl 15%, not saline. Pt's K+ 6.9."), is its reach, not a catch before it; a high potassium
    told before the product (the reason for a review, a known renal patient) is not."""
    concept = RAISED_LEVEL_CONCEPTS_BY_CODE.get(code)
    if concept is None:
        return False
    named = [
        span[0] for product in PRODUCT_CONCEPTS_BY_CODE[code] for span in analysis.concept(product)
    ]
    return bool(named) and any(span[0] > min(named) for span in analysis.concept(concept))


def medicine_reached(analysis: Analysis, code: str) -> bool | None:
    """Whether the wrong medicine or route of never event `code` (4, 5 or 8) reached the
    patient: True when a reach is told before any catch, False when a catch is told and no
    reach before it, None when neither or for another never event (module docstring). With
    neither told, the patient's level told raised after the product is its reach."""
    verdict = _as_read(code, _reading(analysis, code)[0])
    if verdict is None and code == ROUTE_CODE and analysis.concept(WRONG_CONNECTION_CAUGHT):
        return False  # the wrong connection made and caught, whoever told the catch
    if verdict is None and _raised_level_after_the_product(analysis, code):
        # the flush queried, its ampoule KCl 15%, then K+ 6.9 (the strict xfail of
        # test_medicine_check_found_no_error since the batch 107 retrain)
        return True
    return verdict
