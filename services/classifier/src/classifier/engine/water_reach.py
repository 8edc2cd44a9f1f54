"""How far hot washing water got (never event 14).

A bath or shower found too hot is a near miss when the patient was already being put in and the
water met them, and a scald when it burnt the skin; the rules of never_events.yaml read both
from the water measured hot (`hot_water_measured`) and the water meeting the body
(`water_contact`). Reports tell those two things in wordings the phrases alone do not read:

- the temperature written with its unit run into one word or after a space ("50 degC",
  "46 degc", "51 deg C"): a figure of 44 and over with a temperature unit is water hot enough
  to scald (`hot_water_measured`); a fridge at 8 degC or a bath at 38 is none;
- the water told by what of it flew ("splashes reached his feet", "drops landed on her legs"):
  water meeting the body (`water_contact`), as "the water touched his foot" is;
- the temperature written bare after its word ("temp 55", "temperature 48"): the figure read
  as a thermometer's, hot enough to scald from 44 (`hot_water_measured`);
- a foot or leg told "in" with the water left unsaid, the clause ending there or going on to
  what happened next ("she had one foot in when she pulled it out", "both feet in, then he
  shouted"): the body in the water (`water_contact`); a foot "in a cast" or "in the sling" is
  in something else;
- the bath lift, hoist or chair told already on its way down ("the lift was already going
  down when staff tested the water", "bath chair descending"): the person being put in
  (`bath_caught`, the guide's "in the hoist"), not a bath checked before anyone got on;
- the person told being helped, walked or wheeled to or into the shower or bath as it went on
  ("Assisting pt to the shower, water scalding, pt was not under it, pulled her back", "while
  I was helping him into the bath", "she was being wheeled into the shower"): the person being
  put in (`bath_caught`, review r22), not one still away when the water was checked ("before
  helping her in", "about to take him to the bath"); the person read past their redacted name
  and a bracketed aside ("Helping Mr J (older adults ward) into the shower, he had one foot in
  the tray"; batch 108's dev-181017).

- the bath told filling around the person ("bath filling around her", "the water rose round
  his legs"), or a part of the body told feeling the water's heat ("she called out that her
  feet were burning", "said his legs were stinging"): the person already in the water
  (`water_contact`; batch 106's dev-178976, a Parker bath filling around a patient whose feet
  burnt, 47C, no redness: near miss 14 like a foot in the water).

Whether the skin was then burnt, or the water checked before anyone got in, is the rules' to
read, as for every other wording. One more thing the phrases do not read is whose skin it was:

- a member of staff told as the one scalded, in their own hand or arm ("HCA scalded hand on the
  hot tap in the sluice", "nurse burnt her fingers on the basin tap", "carer scalded own
  wrist"): the staff member's injury, not a patient's scald (`scald_of_staff`, read by
  NE14.ex.staff_scalded, lifted by a burn told on the patient's body). A staff member scalding
  a patient ("HCA scalded pt's foot") names the patient's part, and is no such scald.

And one thing about where the water was: the framework's scald is one in a provider's care.

- the bath or shower told at the person's own home, or the person told as living alone or
  brought in by their family with the scald ("told me she scalded her feet 2 days ago in a bath
  she ran too hot herself ... lives alone, no care package", "brought to ED by dad with scalds
  ... dad says child climbed into the bath", "admitted after scalds in her bath at home 3 weeks
  ago"), with no provider's carer or care setting anywhere in the report (a carer, care worker,
  HCA or support worker, an agency or a care package, a care or nursing home, supported living,
  respite, the provider's estates) and no nurse, staff, nursing team, ward or unit told beside
  the washing (not a nurse the scald was told to: "Told practice nurse she scalded her foot in
  her bath at home"; review r28's probe): a scald at home in the person's or the family's own
  care, not in a provider's (`scald_outside_care`, read by NE14.ex.outside_providers_care;
  batch 107's dev-179951 and dev-180016, dev-167902; review r28: "bath run by the care staff",
  "TMV found faulty by estates" are a provider's). A home care worker running the bath, a
  district nurse's strip wash or a child bathed by a parent on the ward is the provider's care,
  and stays never event 14.
"""

from __future__ import annotations

from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span, first_word_after

#: The concepts the readings add to (never_events.yaml, type 14).
HOT_WATER_MEASURED = "hot_water_measured"
WATER_CONTACT = "water_contact"
WASHING_BATHING = "washing_bathing"
#: The lowest temperature that scalds (the guide's 44C), and the highest a water reading is.
SCALD_FROM = 44.0
HOTTEST = 100.0
#: Temperature units after a figure, run into one word or split ("degc", "deg c", "oc").
UNIT_WORDS = frozenset({"degc", "degsc", "oc", "c", "celsius", "centigrade"})
#: ... and the unit's first word, before a "c" or alone ("deg c", "degrees").
DEGREE_WORDS = frozenset({"deg", "degs", "degree", "degrees"})
#: What of the water flies onto the body: "splashes", "drops", "spray".
WATER_WORDS = frozenset(
    {
        *("water", "splash", "splashes", "splashing", "drops", "droplets", "drips", "spray"),
        *("jet", "stream", "trickle"),
    }
)
#: Verbs of the water meeting the body ("reached", "landed on", "caught").
MET_WORDS = frozenset(
    {"reached", "hit", "touched", "landed", "splashed", "caught", "went", "got", "ran", "fell"}
)
#: The parts the water met.
BODY_WORDS = frozenset(
    {
        *("foot", "feet", "toe", "toes", "heel", "heels", "ankle", "ankles", "leg", "legs"),
        *("shin", "shins", "calf", "calves", "thigh", "thighs", "hand", "hands", "arm", "arms"),
        *("body", "skin", "bottom", "buttocks", "chest", "shoulders"),
    }
)
# ("back" is left out: "the water ran back to 40" is no body part.)
#: The concept a staff member's own scald is added to (never_events.yaml, type 14).
SCALD_OF_STAFF = "scald_of_staff"
#: The staff who run and test the water, told as the subject of the scald ("HCA scalded").
#: Mirrors the staff words that open the phrases of `carer_felt_water_hot` in never_events.yaml
#: (this module reads no taxonomy, so it keeps its own copy): keep the two in step. They differ
#: on purpose for now: only here "member", "worker", "domestic", "cleaner", "porter", "physio",
#: "ot", "housekeeper", "hcsws", "csws"; only there "na" and "support-worker" (whose "worker"
#: this list reads alone).
STAFF_WORDS = frozenset(
    {
        *("hca", "hcas", "carer", "carers", "nurse", "nurses", "rn", "sn", "hcsw", "csw", "staff"),
        *("member", "worker", "assistant", "domestic", "cleaner", "porter", "physio", "student"),
        *("midwife", "colleague", "ot", "housekeeper", "hcsws", "csws"),
    }
)
#: The verbs of the burn the staff member got.
SCALD_VERBS = frozenset({"scalded", "burnt", "burned", "scalds", "burns"})
#: Words that may stand between the verb and the part and keep it the subject's own ("her",
#: "own", "left"); any other ("pt's", "resident's") makes the part another's.
OWN_PART_WORDS = frozenset(
    {"her", "his", "their", "own", "my", "a", "the", "left", "right", "l", "r", "both", "and"}
)
#: The parts a member of staff scalds running or testing the water.
STAFF_PART_WORDS = frozenset(
    {
        *("hand", "hands", "finger", "fingers", "thumb", "thumbs", "wrist", "wrists", "arm"),
        *("arms", "forearm", "forearms", "palm", "palms", "knuckles"),
    }
)
#: Tokens before the verb within which the staff word names its subject, and after it within
#: which the part follows.
STAFF_BEFORE = 2
PART_AFTER = 4
#: The patient told burnt in or just after the staff member's sentence ("Staff nurse burnt
#: hand when the shower ran hot; pt sustained a scald to the shoulder"): the report tells two
#: people scalded, and the patient's is a scald of the framework's, whatever part it names.
PATIENT_WORDS = frozenset(
    {"pt", "pts", "patient", "patients", "resident", "residents", "client", "he", "she"}
)
BURN_WORDS = frozenset(
    {
        *SCALD_VERBS,
        *("scald", "burn", "blister", "blisters", "blistered", "blistering", "scalding"),
    }
)
#: Words that deny the burn after the patient ("pt not burnt", "no burns to pt").
BURN_DENIALS = frozenset({"no", "not", "nil", "without", "unharmed", "unhurt"})
#: Tokens after the patient word within which the burn is read.
BURN_AFTER_PATIENT = 4
#: Tokens within which the verb follows the water, and the body part the verb.
REACH = 3
#: The concept of a person on the way into the water (never_events.yaml, type 14).
BATH_CAUGHT = "bath_caught"
#: The words a bare temperature figure follows ("temp 55"): the thermometer's reading.
TEMPERATURE_WORDS = frozenset({"temp", "temps", "temperature", "temperatures"})
#: The parts that go into a bath first ("one foot in", "both legs in").
FIRST_IN_PARTS = frozenset({"foot", "feet", "toe", "toes", "leg", "legs", "heel", "heels"})
#: Words after the part's "in" that go on to what happened next and leave the water unsaid
#: ("one foot in when she...", "both feet in and then"); any other word names what the part
#: was in ("foot in a cast", "legs in the sling").
NEXT_WORDS = frozenset(
    {"when", "as", "before", "and", "then", "but", "while", "whilst", "until", "till", "so"}
)
#: What carries the person down into the bath ("bath lift", "hoist", "bath chair").
CARRIER_WORDS = frozenset({"lift", "hoist", "sling", "chair", "seat", "bathlift"})
#: The carrier told moving down in one word ("descending", "lowering").
DOWN_WORDS = frozenset({"descending", "lowering", "descended"})
#: ... or as going "down" ("going down", "on its way down").
GOING_WORDS = frozenset({"going", "coming", "moving", "way", "heading", "travelling"})
#: Tokens within which the carrier's movement follows it ("the lift was already going down").
CARRIER_REACH = 4


#: Verbs of staff bringing a person to the water, told as going on ("assisting", "helping",
#: "being wheeled").
BRINGING_ING_WORDS = frozenset(
    {
        *("assisting", "helping", "walking", "wheeling", "taking", "bringing", "guiding"),
        *("supporting", "transferring", "moving", "getting", "putting", "escorting"),
    }
)
BRINGING_PASSIVE_WORDS = frozenset(
    {
        *("assisted", "helped", "walked", "wheeled", "taken", "brought", "guided"),
        *("supported", "transferred", "moved", "put", "escorted"),
    }
)
#: The person brought ("pt", "her", "the resident").
BROUGHT_PERSON_WORDS = frozenset(
    {
        *("pt", "patient", "her", "him", "them", "resident", "client", "child", "baby"),
        *("lady", "man", "gentleman", "gent", "woman", "boy", "girl", "mr", "mrs", "miss", "ms"),
    }
)
#: The ways into the water, and the vessels themselves ("into the shower", "to the bath").
INTO_WORDS = frozenset({"to", "into", "in", "onto", "under", "towards"})
VESSEL_WORDS = frozenset({"shower", "bath", "tub", "bathtub", "jacuzzi"})
#: Words after the vessel that make it a room or a thing of it, not the water ("shower room").
VESSEL_PLACE_AFTER = frozenset({"room", "rooms", "block", "area", "cubicle", "corridor", "door"})
#: Words before the bringing that make it still to come ("before helping her in", "about to
#: take him to the bath", "not yet brought").
NOT_YET_WORDS = frozenset(
    {
        *("before", "prior", "about", "going", "due", "ready", "until", "till", "awaiting"),
        *("waiting", "planning", "planned", "not", "never", "yet", "without", "to"),
    }
)
#: Tokens before the bringing read for a not-yet word, and after the person within which the
#: vessel comes ("to the shower", "into the bath").
NOT_YET_BEFORE = 3
VESSEL_AFTER = 3


def _vessel_after(doc: Document, at: int) -> int | None:
    """The vessel told as where the person went, after the way in at `at` ("into the shower"),
    in its clause, or None."""
    if doc.tokens[at] not in INTO_WORDS:
        return None
    for i in doc.after_in_clause(at, at + 1, VESSEL_AFTER):
        if doc.tokens[i] in VESSEL_WORDS:
            nxt = doc.tokens[i + 1 : i + 2]
            return None if nxt and nxt[0] in VESSEL_PLACE_AFTER else i
    return None


#: The redacted name told after the person's title ("Mr [NAME]"), and the most tokens a
#: bracketed aside after the person may hold ("Mr J (older adults ward) into the shower").
NAME_TOKEN = "[name]"
ASIDE_TOKENS = 8


def _past_the_aside(doc: Document, at: int) -> int:
    """The token after a bracketed aside opening just before token `at` ("(older adults
    ward)"), or `at` when no aside opens there or it does not close within ASIDE_TOKENS."""
    if at >= len(doc.tokens) or at == 0:
        return at
    starts, ends, text = doc.starts, doc.ends, doc.text
    if "(" not in text[ends[at - 1] : starts[at]]:
        return at
    for i in range(at + 1, min(len(doc.tokens), at + 1 + ASIDE_TOKENS)):
        if ")" in text[ends[i - 1] : starts[i]]:
            return i
    return at


def _after_the_person(doc: Document, at: int) -> int:
    """The token after the person word at `at`, past their redacted name ("Mr [NAME]") and a
    bracketed aside after it ("Mr J (older adults ward) into the shower"; batch 108's
    dev-181017)."""
    nxt = at + 1
    if nxt < len(doc.tokens) and doc.tokens[nxt] == NAME_TOKEN:
        nxt += 1
    return _past_the_aside(doc, nxt)


def _bringing_at(doc: Document, at: int) -> int | None:
    """The token after the person brought by the verb at `at` ("assisting pt", "helping the
    lady", "helping Mr [NAME] (older adults ward)"), or after a passive's verb ("being
    wheeled"), or None."""
    tokens = doc.tokens
    if tokens[at] in BRINGING_PASSIVE_WORDS:
        return at + 1 if at and tokens[at - 1] == "being" else None
    if tokens[at] not in BRINGING_ING_WORDS:
        return None
    for i in doc.after_in_clause(at, at + 1, 2):
        if tokens[i] in BROUGHT_PERSON_WORDS:
            return _after_the_person(doc, i)
    return None


def people_being_put_in(doc: Document) -> list[Span]:
    """The person told being brought to or into the shower or bath as it went on, not still to
    come (see the module), from the verb to the vessel."""
    spans = []
    for at in range(len(doc.tokens)):
        way = _bringing_at(doc, at)
        if way is None or way >= len(doc.tokens):
            continue
        vessel = _vessel_after(doc, way)
        if vessel is None:
            continue
        before = [doc.tokens[i] for i in doc.before_in_clause(at, NOT_YET_BEFORE)]
        if NOT_YET_WORDS.isdisjoint(before):
            spans.append((at, vessel + 1))
    return spans


def _figure(token: str) -> float | None:
    """The number a token writes ("50", "46.5"), or None. A token is a word, a number or a
    symbol, and only a number starts with a digit: the others are told at once, without the
    cost of a failed conversion."""
    if not token[:1].isdigit():
        return None
    try:
        return float(token)
    except ValueError:
        return None


def _unit_after(doc: Document, at: int) -> int | None:
    """The last token of a temperature unit straight after the figure at `at` ("degc", "deg c",
    "degrees"), in its sentence, or None."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    nxt = at + 1
    if nxt >= len(tokens) or sentence_of[nxt] != sentence_of[at]:
        return None
    if tokens[nxt] in UNIT_WORDS:
        return nxt
    if tokens[nxt] in DEGREE_WORDS:
        after = nxt + 1
        c_follows = after < len(tokens) and tokens[after] in UNIT_WORDS
        return after if c_follows and sentence_of[after] == sentence_of[at] else nxt
    return None


def hot_figures(doc: Document) -> list[Span]:
    """Temperatures of 44 and over written with their unit ("50 degC", "51 deg C")."""
    spans = []
    for at, token in enumerate(doc.tokens):
        value = _figure(token)
        if value is None or not SCALD_FROM <= value < HOTTEST:
            continue
        unit = _unit_after(doc, at)
        if unit is not None:
            spans.append((at, unit + 1))
    return spans


def bare_temperatures(doc: Document) -> list[Span]:
    """Temperatures of 44 and over written straight after their word, with no unit ("temp
    55")."""
    spans = []
    for at, token in enumerate(doc.tokens[1:], start=1):
        value = _figure(token)
        same_sentence = doc.sentence_of[at - 1] == doc.sentence_of[at]
        if (
            value is not None
            and SCALD_FROM <= value < HOTTEST
            and same_sentence
            and doc.tokens[at - 1] in TEMPERATURE_WORDS
        ):
            spans.append((at - 1, at + 1))
    return spans


def _clause_goes_on(doc: Document, at: int) -> bool:
    """Whether the clause ends after token `at`, or goes on with a word of what happened next
    (NEXT_WORDS)."""
    nxt = at + 1
    if nxt >= len(doc.tokens) or doc.sentence_of[nxt] != doc.sentence_of[at]:
        return True
    return nxt in doc.clause_breaks or doc.tokens[nxt] in NEXT_WORDS


def parts_told_in(doc: Document) -> list[Span]:
    """A foot or leg told "in" with the water unsaid ("had one foot in when she pulled it
    out")."""
    tokens = doc.tokens
    return [
        (at - 1, at + 1)
        for at in range(1, len(tokens))
        if tokens[at] == "in"
        and tokens[at - 1] in FIRST_IN_PARTS
        and doc.sentence_of[at - 1] == doc.sentence_of[at]
        and _clause_goes_on(doc, at)
    ]


def _moving_down(doc: Document, at: int) -> int | None:
    """The last token of the carrier's movement down after token `at`, in its clause
    ("descending", "going down"), or None."""
    for i in doc.after_in_clause(at, at + 1, CARRIER_REACH):
        token = doc.tokens[i]
        if token in DOWN_WORDS:
            return i
        if token == "down" and doc.tokens[i - 1] in GOING_WORDS:
            return i
    return None


def carriers_going_down(doc: Document) -> list[Span]:
    """The bath lift, hoist or chair told on its way down ("the lift was already going
    down")."""
    spans = []
    for at, token in enumerate(doc.tokens):
        if token not in CARRIER_WORDS:
            continue
        down = _moving_down(doc, at)
        if down is not None:
            spans.append((at, down + 1))
    return spans


def _word_within(doc: Document, at: int, words: frozenset[str]) -> int | None:
    """The first of `words` among the REACH tokens after `at`, in its sentence."""
    return first_word_after(doc.tokens, doc.sentence_of, at, words, REACH)


def water_met_body(doc: Document) -> list[Span]:
    """The water, or what of it flew, told meeting a body part ("splashes reached his
    feet", "drops landed on her legs")."""
    spans = []
    for at, token in enumerate(doc.tokens):
        if token not in WATER_WORDS:
            continue
        met = _word_within(doc, at, MET_WORDS)
        part = None if met is None else _word_within(doc, met, BODY_WORDS)
        if part is not None:
            spans.append((at, part + 1))
    return spans


#: Verbs of the bath filling or the water rising, and the words after them that put the person
#: inside it ("bath filling around her", "water rose round his legs").
FILLING_WORDS = frozenset(
    {*("filling", "filled", "fill", "fills", "running", "ran", "rising", "rose", "risen")}
)
AROUND_WORDS = frozenset({"around", "round"})
#: The person, or a part of them, the water filled around.
FILLED_AROUND = BODY_WORDS | frozenset(
    {*("her", "him", "them", "pt", "patient", "resident", "client", "lady", "man")}
)
#: Tokens after the fill verb within which "around" comes, and after it the person ("around the
#: pt", "round his legs").
AROUND_NEAR = 2
#: Words of the heat felt on a body part ("her feet were burning", "legs stinging").
FELT_HEAT_WORDS = frozenset({"burning", "stinging", "smarting", "scalding"})
#: Tokens after the part within which its feeling comes, and the words between that deny it
#: ("her feet were not burning") or make it another time ("feet burning since yesterday").
FELT_NEAR = 3
FELT_DENIALS = frozenset({"not", "no", "never", "nt", "t", "wasnt", "werent", "isnt", "arent"})


def filled_around_the_person(doc: Document) -> list[Span]:
    """The bath or its water told filling or rising around the person or a part of them ("bath
    filling around her", "the water rose round his legs"): the person in the water (dev-178976)."""
    spans = []
    for at, token in enumerate(doc.tokens):
        if token not in FILLING_WORDS:
            continue
        around = _word_within(doc, at, AROUND_WORDS)
        if around is None or around - at > AROUND_NEAR:
            continue
        person = first_word_after(doc.tokens, doc.sentence_of, around, FILLED_AROUND, AROUND_NEAR)
        if person is not None:
            spans.append((at, person + 1))
    return spans


def parts_felt_the_heat(doc: Document) -> list[Span]:
    """A part of the body told burning or stinging, not denied ("called out that her feet were
    burning", "said his legs were stinging"): the water's heat felt on the body, which met it
    (dev-178976)."""
    tokens = doc.tokens
    spans = []
    for at, token in enumerate(tokens):
        if token not in BODY_WORDS:
            continue
        felt = first_word_after(tokens, doc.sentence_of, at, FELT_HEAT_WORDS, FELT_NEAR)
        if felt is not None and FELT_DENIALS.isdisjoint(tokens[at + 1 : felt]):
            spans.append((at, felt + 1))
    return spans


def _own_part_after(doc: Document, at: int) -> int | None:
    """The staff part told after the verb at `at` with only words keeping it the subject's
    own between ("scalded her left hand"), in its sentence, or None."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for i in range(at + 1, min(len(tokens), at + 1 + PART_AFTER)):
        if sentence_of[i] != sentence_of[at]:
            return None
        if tokens[i] in STAFF_PART_WORDS:
            return i
        if tokens[i] not in OWN_PART_WORDS:
            return None
    return None


def _staff_subject(doc: Document, at: int) -> int | None:
    """The staff word told as the subject just before the verb at `at` ("HCA scalded",
    "staff nurse burnt"), in its sentence, or None."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for i in range(at - 1, max(-1, at - 1 - STAFF_BEFORE), -1):
        if sentence_of[i] != sentence_of[at]:
            return None
        if tokens[i] in STAFF_WORDS:
            return i
    return None


def _patient_burnt_after(doc: Document, at: int) -> bool:
    """Whether, after token `at` in its sentence or the next (the exclusion's window), a
    patient is told burnt ("; pt sustained a scald to the shoulder", "and the resident was
    scalded too"), with no denial between."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    last = min(sentence_of[at] + 1, sentence_of[-1])
    _, end = doc.sentence_tokens(last)
    for i in range(at + 1, end):
        if tokens[i] not in PATIENT_WORDS:
            continue
        for j in range(i + 1, min(end, i + 1 + BURN_AFTER_PATIENT)):
            if tokens[j] in BURN_DENIALS:
                break
            if tokens[j] in BURN_WORDS:
                return True
    return False


def staff_scalds(doc: Document) -> list[Span]:
    """A member of staff told as scalding their own hand or arm ("HCA scalded hand", "nurse
    burnt her fingers"), from the staff word to the part; not one whose sentence goes on to
    tell the patient burnt too (`_patient_burnt_after`)."""
    spans = []
    for at, token in enumerate(doc.tokens):
        if token not in SCALD_VERBS:
            continue
        subject = _staff_subject(doc, at)
        part = None if subject is None else _own_part_after(doc, at)
        if subject is not None and part is not None and not _patient_burnt_after(doc, part):
            spans.append((subject, part + 1))
    return spans


# ------------------------------------------------ the scald at home, outside a provider's care

#: The concepts read and added to (never_events.yaml, type 14).
SCALD_ON_BODY = "scald_on_body"
SCALD_OUTSIDE_CARE = "scald_outside_care"
#: Words of the person's own dwelling ("at home", "her flat"), the words before it that make it
#: where the person was ("at home", "from home", "her own home"; not "discharged home", "the
#: home" of a care home's staff), and after "home" those that make it a service ("home care").
HOME_WORDS = frozenset({"home", "house", "flat", "bungalow"})
HOME_PLACE_BEFORE = frozenset({"at", "from", "own", "her", "his", "their", "my", "s"})
HOME_SERVICE_AFTER = frozenset(
    {"care", "carer", "carers", "help", "visit", "visits", "treatment", "team", "manager"}
)
#: Living alone or with family, told of the person ("lives alone", "lives with her husband";
#: not "living with dementia").
LIVES_WORDS = frozenset({"lives", "living", "lived"})
LIVES_ALONE = frozenset({"alone", "independently"})
#: The family who brought the person in with the scald ("brought to ED by dad").
FAMILY_WORDS = frozenset(
    {
        *("mum", "mother", "mom", "dad", "father", "parent", "parents", "husband", "wife"),
        *("partner", "son", "daughter", "family", "grandmother", "grandma", "nan", "nana"),
        *("grandad", "grandfather", "granddad", "sister", "brother", "relative", "relatives"),
    }
)
BROUGHT_WORDS = frozenset({"brought", "bought", "carried", "driven", "drove"})
#: Tokens after "brought" within which "by" comes (the family straight after it), and after
#: "lives" within which "alone" or the family come.
BROUGHT_REACH = 6
LIVES_REACH = 2
#: A provider's care anywhere in the report: paid carers and care services or settings, told
#: by one word ("carer", "agency") or a pair ("care home", "supported living").
PAID_CARER_WORDS = frozenset(
    {
        *("carer", "carers", "hca", "hcas", "hcsw", "hcsws", "csw", "csws", "worker", "workers"),
        *("agency", "domiciliary", "reablement", "respite", "hospice", "residential", "pa"),
        *("assistant", "assistants", "resident", "residents", "su"),
        # the provider's estates told anywhere ("TMV found faulty by estates"): a provider's
        # premises (review r28's probe of a ward shower's scald)
        "estates",
    }
)
CARE_SETTING_PAIRS = frozenset(
    {
        ("care", "home"),
        ("nursing", "home"),
        ("care", "package"),
        ("supported", "living"),
        ("short", "breaks"),
        ("home", "care"),
        ("intermediate", "care"),
        ("extra", "care"),
        ("service", "user"),
        ("care", "plan"),
    }
)
#: A worker of another service ("social worker", a safeguarding referral's), not a carer.
OTHER_WORKER_BEFORE = frozenset({"social", "youth", "housing"})
#: Words that deny the care named after them ("no care package", "no carers").
CARE_DENIALS = frozenset({"no", "not", "without", "nil", "never", "declined", "refused"})
#: Staff and places of a provider's care told beside the washing ("DN gave a bed bath", "bath on
#: the ward"), within NEAR_WASHING tokens of it in its sentence; a unit of burns treatment is
#: where the scald was seen after, not where it happened.
NEAR_WASHING_WORDS = frozenset(
    {
        *("nurse", "nurses", "dn", "dns", "rn", "sn", "rmn", "midwife", "mw", "msw", "mca"),
        *("ward", "wards", "unit", "bay", "hospital", "theatre", "department", "clinic"),
        *("student", "physio", "ot", "therapist", "ensuite", "wet"),
        # staff or a nursing team told with the washing ("bath run by the care staff", "while
        # our staff were assisting", "run by the visiting nursing team member"; review r28)
        *("staff", "nursing"),
    }
)
BURNS_WORDS = frozenset({"burns", "burn", "plastics"})
NEAR_WASHING = 8


#: Words of the person's coming in from home ("admitted from home"), and the words of a time
#: after it in the sentence ("tonight", "this morning") that make the scald one during the stay:
#: "3yo admitted from home yesterday with wheeze sustained a scald ... in the parents bathroom
#: tonight" (review r28) was scalded on the ward, not at home.
ARRIVAL_WORDS = frozenset({"admitted", "transferred", "arrived", "came", "readmitted"})
DURING_STAY_WORDS = frozenset({"tonight", "today", "overnight", "this", "later", "since"})
DURING_STAY_REACH = 30
#: A visit of the provider's staff told as when the scald happened ("scalded in her shower at
#: home during our visit", review r28): the provider's care, whoever ran the water.
DURING_WORDS = frozenset({"during", "whilst", "while"})
#: Words that make the visit where the scald was told of, not when it happened ("during our
#: visit she told us she had scalded her legs last week").
TOLD_WORDS = frozenset({"told", "tells", "said", "says", "reported", "mentioned", "disclosed"})
VISIT_OWNERS = frozenset({"our", "the", "my", "a", "their", "her", "his"})
VISIT_WORDS = frozenset({"visit", "visits", "call", "calls"})


def _home_at(doc: Document, at: int) -> bool:
    """Whether token `at` tells the person's own dwelling as where they were ("at home", "her
    flat", "admitted from home"), not a service ("home care"), nor where the person came from
    before a stay the sentence then tells the scald in ("admitted from home yesterday ...
    tonight")."""
    tokens = doc.tokens
    if tokens[at] not in HOME_WORDS or not at or tokens[at - 1] not in HOME_PLACE_BEFORE:
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    if tokens[at] == "home" and after in HOME_SERVICE_AFTER:
        return False
    return not _came_in_before_the_scald(doc, at)


def _came_in_before_the_scald(doc: Document, at: int) -> bool:
    """Whether "home" at `at` is where the person came in from ("admitted from home") with a
    time of the stay told after it in its sentence ("tonight", "this morning")."""
    tokens = doc.tokens
    if at < 2 or tokens[at - 1] != "from" or tokens[at - 2] not in ARRIVAL_WORDS:
        return False
    if _scald_as_the_reason(doc, at):
        return False
    return (
        first_word_after(tokens, doc.sentence_of, at, DURING_STAY_WORDS, DURING_STAY_REACH)
        is not None
    )


#: The words after "admitted from home" that give the admission's reason ("with scalds", "after
#: a scald"), how far after "home" they may come, and how far after them the scald.
REASON_WORDS = frozenset({"with", "after", "following"})
REASON_REACH = 5
SCALD_STEMS = ("scald", "burn")


def _scald_as_the_reason(doc: Document, at: int) -> bool:
    """Whether the coming in from home at `at` is told with the scald as its reason
    ("admitted from home with scalds ... this morning"): the scald was at home."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    reason = first_word_after(tokens, sentence_of, at, REASON_WORDS, REASON_REACH)
    if reason is None:
        return False
    return any(token.startswith(SCALD_STEMS) for token in tokens[reason + 1 : reason + 4])


def _during_a_visit(doc: Document, scald_sentences: set[int]) -> bool:
    """Whether a sentence of the scald or the washing tells it as happening during a visit
    ("scalded in her shower at home during our visit"), not told of at one: the provider's
    staff were there."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for at, token in enumerate(tokens):
        if token not in DURING_WORDS or sentence_of[at] not in scald_sentences:
            continue
        following = tokens[at + 1 : at + 4]
        if not following or following[0] not in VISIT_OWNERS or VISIT_WORDS.isdisjoint(following):
            continue
        start, end = doc.sentence_tokens(sentence_of[at])
        if TOLD_WORDS.isdisjoint(tokens[start:end]):
            return True
    return False


def _lives_alone_at(doc: Document, at: int) -> bool:
    """Whether token `at` tells the person living alone or with their family ("lives alone",
    "lives with her husband")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in LIVES_WORDS:
        return False
    if first_word_after(tokens, sentence_of, at, LIVES_ALONE, LIVES_REACH) is not None:
        return True
    with_at = first_word_after(tokens, sentence_of, at, frozenset({"with"}), 1)
    return (
        with_at is not None
        and first_word_after(tokens, sentence_of, with_at, FAMILY_WORDS, LIVES_REACH) is not None
    )


def _brought_by_family_at(doc: Document, at: int) -> bool:
    """Whether token `at` tells the person brought in by their family ("brought to paeds ED by
    dad")."""
    if doc.tokens[at] not in BROUGHT_WORDS:
        return False
    by = first_word_after(doc.tokens, doc.sentence_of, at, frozenset({"by"}), BROUGHT_REACH)
    if by is None:
        return False
    return first_word_after(doc.tokens, doc.sentence_of, by, FAMILY_WORDS, 2) is not None


def _care_named(doc: Document) -> bool:
    """Whether the report names a provider's carer or care setting anywhere, not denied ("no
    care package" names none)."""
    tokens = doc.tokens
    for at, token in enumerate(tokens):
        pair = (token, tokens[at + 1]) if at + 1 < len(tokens) else None
        if token not in PAID_CARER_WORDS and pair not in CARE_SETTING_PAIRS:
            continue
        if token.startswith("worker") and at and tokens[at - 1] in OTHER_WORKER_BEFORE:
            continue
        if CARE_DENIALS.isdisjoint(tokens[max(0, at - 2) : at]):
            return True
    return False


#: Words of the scald told to someone ("told practice nurse", "reported to the DN"), and how far
#: before the staff word they are read: the one told heard of the scald, gave no washing.
TOLD_TO_WORDS = frozenset({"told", "tells", "reported", "disclosed", "mentioned", "informed"})
TOLD_TO_BEFORE = 3


def _told_to(doc: Document, at: int) -> bool:
    """Whether the staff word at `at` is told as the one the scald was told to ("Told practice
    nurse she scalded her foot in her bath at home"; review r28's probe), in its sentence."""
    return any(
        doc.tokens[i] in TOLD_TO_WORDS and doc.sentence_of[i] == doc.sentence_of[at]
        for i in range(max(0, at - TOLD_TO_BEFORE), at)
    )


def _care_beside(doc: Document, at: int) -> bool:
    """Whether a nurse, a ward or a unit is told within NEAR_WASHING tokens of the washing word
    at `at`, in its sentence (not a burns unit, nor a nurse the scald was told to)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for i in range(max(0, at - NEAR_WASHING), min(len(tokens), at + NEAR_WASHING + 1)):
        if sentence_of[i] != sentence_of[at] or tokens[i] not in NEAR_WASHING_WORDS:
            continue
        if not (i and tokens[i - 1] in BURNS_WORDS) and not _told_to(doc, i):
            return True
    return False


def scalds_outside_care(analysis: Analysis) -> list[Span]:
    """The home told in a sentence of the washing or the scald, the person living alone, or
    brought in by their family (see the module), when no provider's care is named: the token of
    each such telling. Batch 107's dev-179951 and dev-180016."""
    doc = analysis.doc
    washing = analysis.concept(WASHING_BATHING)
    told = {doc.sentence_of[span[0]] for span in washing + analysis.concept(SCALD_ON_BODY)}
    if (
        _care_named(doc)
        or _during_a_visit(doc, told)
        or any(_care_beside(doc, span[0]) for span in washing)
    ):
        return []
    return [
        (at, at + 1)
        for at in range(len(doc.tokens))
        if doc.sentence_of[at] in told
        and (_home_at(doc, at) or _lives_alone_at(doc, at) or _brought_by_family_at(doc, at))
    ]


def add_water_reach_reasoning(analysis: Analysis) -> None:
    """Add the hot figures, the water met by the body (splashed on it, a part told in, the
    bath filling around the person, a part feeling its heat), a staff member's own scald and the
    person on the way in, and a scald at home outside a provider's care (see the module), in
    reports naming washing or bathing."""
    if not analysis.concept(WASHING_BATHING):
        return
    doc = analysis.doc
    hot = hot_figures(doc) + bare_temperatures(doc)
    if hot:
        analysis.add_found(concept_label(HOT_WATER_MEASURED), hot)
    met = (
        water_met_body(doc)
        + parts_told_in(doc)
        + filled_around_the_person(doc)
        + parts_felt_the_heat(doc)
    )
    if met:
        analysis.add_found(concept_label(WATER_CONTACT), met)
    staff = staff_scalds(doc)
    if staff:
        analysis.add_found(concept_label(SCALD_OF_STAFF), staff)
    going_in = carriers_going_down(doc) + people_being_put_in(doc)
    if going_in:
        analysis.add_found(concept_label(BATH_CAUGHT), going_in)
    outside = scalds_outside_care(analysis)
    if outside:
        analysis.add_found(concept_label(SCALD_OUTSIDE_CARE), outside)
