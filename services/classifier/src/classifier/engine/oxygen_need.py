"""Whether the air reached a patient who needed oxygen (never event 15).

Never event 15 is the connection to the air of a patient *requiring oxygen*. Reports tell the
need, or its end, in wordings the phrases of `oxygen_not_needed` ("no O2 needed", "not on an O2
prescription") do not read; two readings here read them from how the report tells the oxygen:

- `oxygen_told_stopped` : the oxygen told stopped, weaned off, discontinued, no longer needed
  or come off ("weaned off O2 on Tuesday", "O2 crossed off the chart", "child off oxygen since
  yesterday"), or the patient told breathing room air with a saturation that needs none ("on RA
  since, sats 96%", "self ventilating on room air"): no patient requiring
  oxygen, unless a need is told after it: oxygen prescribed, restarted or needed, a flow of
  litres, the patient hypoxic or desaturating, a low saturation ("weaned off yesterday but
  desaturated to 87%, 2L restarted"). A flow told of the air fitting just before it ("specs
  connected to the medical air flowmeter at 2L") is the air running, no need of oxygen. A stop
  told "in error" is the error, not the end of a need.
  The stop may be told before the air or after it, as the state the patient was in ("found on
  the air flowmeter ... she has been on room air since yesterday").
- `fall_answered_by_oxygen` : a fall in saturation told before the air and answered by oxygen
  prescribed ("sats dropped to 85% and 24% venturi prescribed. Venturi tubing connected to the
  air outlet, seen before the mask went on"): the need, not a harm of the air.
- `denial_beside_a_reach` : the patient told as never on the air as someone's claim ("HCA said
  the pt was never on air", "night staff documented pt never on air") beside a reach of the air
  told in its sentence or the next ("but he was found on the air flowmeter, sats 83%"): the
  claim the reach answers, no catch. The reporter's own "pt never on air" after a device moved
  before it went on is the catch itself and stays.
- `stop_still_to_come` : the oxygen's stop told still to come ("O2 not yet weaned off",
  "oxygen not yet stopped"): the need, still on, not a catch (its "not yet" dropped from the
  prevented cues), so a device then found on the air on the patient reached him.
- `air_kept_off_the_patient` : a near miss the rules read from the device told not yet on the
  patient, with nothing telling the patient on the air, is not the reach model's to turn round
  (engine.classify_text).
"""

from __future__ import annotations

from classifier.engine.never_event_codes import AIR_CODE
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Span

# ----------------------------------------------------------------------- the oxygen told stopped

#: The concepts the readings read and add to (never_events.yaml, type 15).
NOT_NEEDED_CONCEPT = "oxygen_not_needed"
AIR_FITTING_CONCEPT = "air_flowmeter"
NEVER_ON_AIR_CONCEPT = "patient_never_on_air"
#: Concepts of a connection to the air, and the oxygen devices one of which the report must
#: name: the stop is read only beside a device told on the air (a patient only thought
#: "connected to medical air", no device named, is a concern's to answer).
DEVICE_ON_AIR_CONCEPTS = (
    *("oxygen_device_on_air", "tubing_found_on_air", "air_device_connected", "wrong_connection"),
)
#: The devices that deliver the oxygen to the patient, which a need verb may name in place of
#: the gas ("24% venturi prescribed"), and with their tubing and circuits the devices the
#: report must name.
THERAPY_WORDS = frozenset(
    {"specs", "cannula", "cannulae", "prongs", "mask", "venturi", "hudson", "nrb"}
)
DEVICE_WORDS = THERAPY_WORDS | {"tubing", "circuit", "nebuliser", "neb", "humidifier"}
#: The oxygen's names, whole or as the tokenizer splits "O2" ("o", "2").
OXYGEN_WORDS = frozenset({"oxygen", "o2"})
SPLIT_OXYGEN = ("o", "2")
#: Verbs that end the oxygen when told after it ("O2 stopped", "oxygen was discontinued").
STOPPED_WORDS = frozenset({"stopped", "discontinued", "ceased", "crossed", "weaned"})
#: ... "weaned" ends it only off or down to room air ("weaned off", "weaned to RA"): "O2 being
#: weaned, currently 1L" is a patient still on oxygen.
WEANED_WORD = "weaned"
WEANED_TO_NOTHING = frozenset({"off", "ra", "room"})
#: Words that make a stop the error itself, not the end of a need ("stopped in error").
IN_ERROR_WORDS = frozenset({"error", "mistake", "accidentally", "inadvertently", "wrongly"})
#: "no longer" / "off" before the oxygen ("no longer requires oxygen", "came off O2").
NO_LONGER = ("no", "longer")
OFF_WORD = "off"
#: What after an oxygen word makes it the fitting or the supply, not the therapy ("came off the
#: oxygen flowmeter").
FITTING_WORDS = frozenset(
    {"flowmeter", "flowmeters", "outlet", "point", "cylinder", "supply", "port", "meter", "one"}
)
#: Words after a stop that make it a pause, not an end ("off oxygen briefly for a suction").
BRIEF_WORDS = frozenset({"briefly", "temporarily", "momentarily", "while", "during"})
BRIEF_NEAR = 3
#: Room air told as what the patient breathes ("on RA", "on room air", "98% in air").
ROOM_AIR_WORDS = frozenset({"ra"})
ROOM_WORD = "room"
AIR_WORD = "air"
ON_ROOM_AIR = frozenset({"on", "in", "%"})
#: Tokens between an oxygen word and its stop verb, and before a room air within which its
#: saturation is told.
STOP_NEAR = 4
READING_NEAR = 6
#: The lowest saturation that tells no need of oxygen (the usual 94-98% target).
NO_NEED_FROM = 94
#: Words told with a stop, in its sentence within STOP_NEAR tokens before it or between the
#: oxygen and its verb, that make it a plan, a hope or a denial, not a stop done ("to be
#: weaned off O2 today", "plan to wean off O2", "O2 not yet weaned off", "O2 could be
#: stopped"): the patient was still on the oxygen.
UNDONE_WORDS = frozenset(
    {
        *("be", "being", "wean", "weaning", "plan", "plans", "planned", "planning", "due"),
        *("will", "would", "could", "can", "may", "might", "should", "shall", "aim", "aiming"),
        *("hope", "hoping", "hoped", "intend", "intended", "meant", "try", "trying", "trial"),
        *("not", "never", "yet", "t", "nt", "hasnt", "hadnt", "havent", "wasnt", "didnt"),
    }
)

# ------------------------------------------------------------------------- the need told after

#: Verbs of a need or a prescription of oxygen ("2L O2 restarted", "needing 4L O2").
NEED_WORDS = frozenset(
    {
        *("prescribed", "prescription", "restarted", "needed", "needs", "need", "needing"),
        *("required", "requires", "requiring", "started", "commenced", "increased"),
    }
)
#: Words before a need verb that deny it ("no O2 needed", "no longer requires").
NEED_DENIALS = frozenset({"no", "not", "never", "nil", "longer", "doesnt", "didnt", "without"})
DENIAL_NEAR = 3
#: Tokens either side of a need verb within which the oxygen is named ("O2 was only just
#: prescribed").
NEED_NEAR = 6
#: Words of the patient short of oxygen.
HYPOXIA_WORDS = frozenset(
    {
        *("hypoxic", "hypoxia", "hypoxaemic", "hypoxaemia", "hypoxemia", "desaturated"),
        *("desaturating", "desatting", "desatted", "desats", "desaturation", "cyanosed"),
    }
)
#: "back on" before the oxygen tells it restarted ("put back on O2", "back onto oxygen").
BACK_WORD = "back"
BACK_ON = frozenset({"on", "onto"})
ON_WORD = "on"
#: Units of a flow of oxygen after its number ("2L", "4 litres", "2 lpm").
LITRE_WORDS = frozenset({"l", "litres", "litre", "liters", "lpm", "l/min"})
#: Tokens before a flow within which the air it runs from is told ("connected to the medical
#: air flowmeter at 2L", "attached to the air flowmeter, flowing at 2L"): the air's flow, not
#: a need of oxygen. Room air told before the air ("on room air") is breathed, not a fitting.
FLOW_OF_AIR_NEAR = 6
#: Words of a saturation reading, and the highest one that tells a need.
SATURATION_WORDS = frozenset({"sats", "spo2", "saturations", "saturation", "sat", "spo"})
NEED_BELOW = 93


def _oxygen_at(tokens: list[str], i: int) -> int:
    """The length of the oxygen word at tokens[i] (2 for "o" "2"), or 0."""
    if tokens[i] in OXYGEN_WORDS:
        return 1
    if tuple(tokens[i : i + 2]) == SPLIT_OXYGEN:
        return 2
    return 0


def _number(token: str) -> int | None:
    return int(token) if token.isdigit() else None


def _stop_after(tokens: list[str], i: int, end: int) -> int | None:
    """The end of a stop verb told within STOP_NEAR tokens after the oxygen ending at `i` ("O2
    weaned off", "oxygen was discontinued"), or None."""
    for j in range(i, min(end, i + STOP_NEAR)):
        if not tokens[j].isalpha():
            return None  # another clause ("the O2 one. Stopped before the pt was connected")
        if tokens[j] not in STOPPED_WORDS:
            continue
        if tokens[j] == WEANED_WORD and (j + 1 >= end or tokens[j + 1] not in WEANED_TO_NOTHING):
            return None
        if not IN_ERROR_WORDS.isdisjoint(tokens[j + 1 : min(end, j + 1 + STOP_NEAR)]):
            return None
        return j + 1
    return None


def _stop_before(tokens: list[str], i: int) -> bool:
    """Whether the oxygen at tokens[i] is told ended by the words before it ("weaned off O2",
    "no longer requires oxygen", "came off O2")."""
    before = tokens[max(0, i - STOP_NEAR) : i]
    if before[-1:] == [OFF_WORD]:
        return True
    return any(tuple(before[k : k + 2]) == NO_LONGER for k in range(len(before) - 1))


def _on_room_air(tokens: list[str], i: int) -> int:
    """The length of a room air told as breathed at tokens[i] ("on RA", "on room air", "98% in
    air"), or 0."""
    if i == 0 or tokens[i - 1] not in ON_ROOM_AIR:
        return 0
    if tokens[i] in ROOM_AIR_WORDS:
        return 1
    if tokens[i] == ROOM_WORD and tokens[i + 1 : i + 2] == [AIR_WORD]:
        return 2
    if tokens[i] == AIR_WORD and tokens[i - 1] == "in" and i >= 2 and tokens[i - 2] == "%":
        return 1
    return 0


def _low_saturation_before(tokens: list[str], i: int) -> bool:
    """Whether a saturation number below NO_NEED_FROM is told just before tokens[i]."""
    for j in range(max(0, i - READING_NEAR), i):
        value = _number(tokens[j])
        if value is not None and tokens[j + 1 : j + 2] == ["%"] and value < NO_NEED_FROM:
            return True
    return False


def _stops(tokens: list[str]) -> list[Span]:
    """Spans of the oxygen told ended (not paused), or room air told breathed with no need
    told anywhere: room air alone is as often a pause ("due to go back on 4L O2 ... sats 95% on
    room air at the time")."""
    spans = []
    end = len(tokens)
    needed = need_told_after(tokens, 0)
    for i in range(end):
        if (size := _oxygen_at(tokens, i)) and not _fitting_after(tokens, i + size):
            if _stop_before(tokens, i):
                spans.append((max(0, i - 1), i + size))
            elif (stop := _stop_after(tokens, i + size, end)) is not None:
                spans.append((i, stop))
        elif (
            not needed
            and (size := _on_room_air(tokens, i))
            and not _low_saturation_before(tokens, i)
        ):
            spans.append((i - 1, i + size))
    return [span for span in spans if not _paused(tokens, span[1])]


def _paused(tokens: list[str], at: int) -> bool:
    return not BRIEF_WORDS.isdisjoint(tokens[at : at + BRIEF_NEAR])


def _fitting_after(tokens: list[str], i: int) -> bool:
    return i < len(tokens) and tokens[i] in FITTING_WORDS


def _need_at(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] tells a need of oxygen: a hypoxia word, a low saturation, a flow of
    litres, the oxygen told "back on", or a need verb near an oxygen word and not denied."""
    token = tokens[i]
    if token in HYPOXIA_WORDS:
        return True
    if token in SATURATION_WORDS:
        return any(
            (value := _number(tokens[j])) is not None and value < NEED_BELOW
            for j in range(i + 1, min(len(tokens), i + 1 + STOP_NEAR))
        )
    if token.isdigit() and tokens[i + 1 : i + 2] and tokens[i + 1] in LITRE_WORDS:
        return not _flow_of_the_air(tokens, i)
    if token == BACK_WORD and tokens[i + 1 : i + 2] and tokens[i + 1] in BACK_ON:
        return any(_oxygen_at(tokens, j) for j in range(i + 2, min(len(tokens), i + STOP_NEAR)))
    return _need_verb_at(tokens, i, NEED_NEAR)


def _flow_of_the_air(tokens: list[str], i: int) -> bool:
    """Whether the flow whose number is tokens[i] is told of the air fitting just before it
    ("specs connected to the medical air flowmeter at 2L"), with no oxygen named between them:
    the air running, which tells nothing of the patient's need of oxygen."""
    for j in range(i - 1, max(-1, i - 1 - FLOW_OF_AIR_NEAR), -1):
        if _oxygen_at(tokens, j):
            return False
        if tokens[j] == AIR_WORD and (j == 0 or tokens[j - 1] != ROOM_WORD):
            return _fitting_after(tokens, j + 1) or tokens[j - 1 : j] in (["medical"], ["to"])
    return False


def _need_verb_at(
    tokens: list[str], i: int, near: int, devices: frozenset[str] = frozenset()
) -> bool:
    """Whether tokens[i] is a need verb, not denied, with the oxygen (or one of `devices`)
    named within `near` tokens either side of it."""
    if tokens[i] not in NEED_WORDS:
        return False
    if not NEED_DENIALS.isdisjoint(tokens[max(0, i - DENIAL_NEAR) : i]):
        return False
    return any(
        _oxygen_at(tokens, j) or tokens[j] in devices
        for j in range(max(0, i - near), min(len(tokens), i + near))
    )


def need_told_after(tokens: list[str], start: int) -> bool:
    """Whether a need of oxygen is told anywhere from token `start` on (see `_need_at`)."""
    return any(_need_at(tokens, i) for i in range(start, len(tokens)))


def oxygen_told_stopped(analysis: Analysis) -> list[Span]:
    """Spans of the oxygen told stopped or of room air told breathed, in a report telling an
    oxygen device on the air, with no need told after them, told done (not planned, hoped or
    denied), and not told after the air when the patient is told on or needing oxygen before
    it (a later stop, or another patient's: the need at the air stands; see the module)."""
    tokens = analysis.doc.tokens
    on_air = [span for concept in DEVICE_ON_AIR_CONCEPTS for span in analysis.concept(concept)]
    if DEVICE_WORDS.isdisjoint(tokens) or not on_air:
        return []
    first_air = min(span[0] for span in analysis.concept(AIR_FITTING_CONCEPT) or on_air)
    need_before_air = any(_need_at(tokens, i) or _on_oxygen_at(tokens, i) for i in range(first_air))
    return [
        span
        for span in _stops(tokens)
        if not need_told_after(tokens, span[1])
        and not _undone(analysis, span)
        and not (need_before_air and span[0] > first_air)
    ]


def _on_oxygen_at(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] begins the patient told on oxygen ("pt on O2 via specs")."""
    return i > 0 and tokens[i - 1] == ON_WORD and _oxygen_at(tokens, i) > 0


def _undone(analysis: Analysis, span: Span) -> bool:
    """Whether a stop is told as a plan, a hope or a denial (UNDONE_WORDS in its sentence,
    before it or within it): no stop done."""
    sentence_start = analysis.doc.sentence_tokens(analysis.sentence(span))[0]
    told = analysis.doc.tokens[max(sentence_start, span[0] - STOP_NEAR) : span[1]]
    return not UNDONE_WORDS.isdisjoint(told)


# ------------------------------------------------------------- a fall the oxygen answered

#: The concept of a harm of the air ("sats dropped to 85").
HARM_CONCEPT = "air_connection_harm"
#: Tokens after the fall within which the oxygen is told started for it.
ANSWERED_NEAR = 10


def _therapy_need_at(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] is a need verb near the oxygen or a device of it, not denied."""
    return _need_verb_at(tokens, i, STOP_NEAR, THERAPY_WORDS)


def fall_answered_by_oxygen(analysis: Analysis) -> list[Span]:
    """Spans of a harm of the air told before the air is first named and answered in its
    sentence by oxygen prescribed or started ("sats dropped to 85% and 24% venturi prescribed"):
    the need of oxygen, not the air's harm."""
    airs = analysis.concept(AIR_FITTING_CONCEPT)
    if not airs:
        return []
    tokens = analysis.doc.tokens
    first_air = min(span[0] for span in airs)
    spans = []
    for span in analysis.concept(HARM_CONCEPT):
        if span[1] > first_air:
            continue
        sentence_end = analysis.doc.sentence_tokens(analysis.sentence(span))[1]
        end = min(sentence_end, span[1] + ANSWERED_NEAR, first_air)
        if any(_therapy_need_at(tokens, i) for i in range(span[1], end)):
            spans.append(span)
    return spans


# ------------------------------------------------------------------- a denial beside a reach

#: Verbs that make a denial someone's claim ("HCA said", "night staff documented").
CLAIM_WORDS = frozenset(
    {
        *("said", "says", "stated", "states", "claimed", "claims", "insisted", "insists"),
        *("wrote", "written", "documented", "recorded", "reported", "thought", "believed"),
        *("assumed", "told", "maintained", "handed"),
    }
)
#: Tokens before the denial within which its claim verb is told.
CLAIM_NEAR = 6
#: Concepts of the air reaching the patient: found on it, harmed by it, time told on it.
REACH_CONCEPTS = ("patient_found_on_air", "air_connection_harm", "air_duration_told")
#: Sentences either side of the denial within which the reach is told.
REACH_SENTENCES = 1


def denial_beside_a_reach(analysis: Analysis) -> list[Span]:
    """Spans of the patient told never on the air as someone's claim, with a reach of the air
    told in the sentences beside it (see the module)."""
    tokens = analysis.doc.tokens
    reaches = [span for concept in REACH_CONCEPTS for span in analysis.concept(concept)]
    spans = []
    for span in analysis.concept(NEVER_ON_AIR_CONCEPT):
        sentence = analysis.sentence(span)
        claimed = tokens[max(0, span[0] - CLAIM_NEAR) : span[0]]
        if CLAIM_WORDS.isdisjoint(claimed):
            continue
        if any(
            abs(analysis.sentence(reach) - sentence) <= REACH_SENTENCES
            and not (reach[0] < span[1] and span[0] < reach[1])
            for reach in reaches
        ):
            spans.append(span)
    return spans


# ------------------------------------------------------------------- the stop still to come

#: Words of a stop of the oxygen ("weaned", "stopped", "off"), told still to come by a
#: prevented cue holding "yet" ("O2 not yet weaned off", "oxygen not yet stopped"): the patient
#: still on the oxygen, its need, not a catch of the error. Only the "yet" (one word, a set to
#: read against the cue's tokens) marks the cue as a "not yet": the other prevented cues ("near
#: miss", "before it was given") tell a catch and stay.
YET_WORDS = frozenset({"yet"})
STOP_OR_OFF_WORDS = STOPPED_WORDS | {OFF_WORD}
#: Tokens after the "not yet" cue within which the stop word is read ("not yet weaned off",
#: "not yet been stopped").
STILL_TO_COME_NEAR = 3


def stop_still_to_come(analysis: Analysis) -> list[Span]:
    """The prevented cues ("not yet") whose words are the oxygen's stop told still to come ("O2
    not yet weaned off", "oxygen not yet stopped"), told of the oxygen in its sentence: the
    oxygen still needed, no error stopped."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    cues = []
    for cue in analysis.context.cues["prevented"]:
        if YET_WORDS.isdisjoint(tokens[cue[0] : cue[1]]):
            continue
        after = range(cue[1], min(len(tokens), cue[1] + STILL_TO_COME_NEAR))
        if not any(tokens[i] in STOP_OR_OFF_WORDS for i in after):
            continue
        sentence = sentence_of[cue[0]]
        oxygen = range(*doc.sentence_tokens(sentence))
        if any(_oxygen_at(tokens, i) for i in oxygen):
            cues.append(cue)
    return cues


#: The concept of the device told not yet on the patient, whose near miss of air for oxygen
#: (AIR_CODE) the rules read from the device's own timeline, and those of the patient told on
#: the air.
NOT_YET_ON_CONCEPT = "oxygen_device_not_yet_on"
ON_AIR_CONCEPTS = (*REACH_CONCEPTS, "oxygen_patient_connected_to_air")


def air_kept_off_the_patient(analysis: Analysis, code: str) -> bool:
    """Whether a near miss of `code` is an oxygen device the rules read as told not yet on the
    patient ("Pt remained on the transfer cylinder until the correct flowmeter was connected",
    "seen before the mask went on the pt"), with nothing telling the patient on the air: found
    on it, harmed by it, time told on it. The device's own timeline, which the reach model's
    words of the connection ("venturi tubing attached to medical air") cannot overturn."""
    if code != AIR_CODE or not analysis.concept(NOT_YET_ON_CONCEPT):
        return False
    return not any(analysis.concept(concept) for concept in ON_AIR_CONCEPTS)


def add_oxygen_need_reasoning(analysis: Analysis) -> None:
    """Add the oxygen told stopped to the oxygen not needed (`oxygen_told_stopped`); drop the
    oxygen's stop told still to come from the prevented cues (`stop_still_to_come`); drop a
    fall in saturation the oxygen answered from the air's harm and the reached cues
    (`fall_answered_by_oxygen`); drop a
    claimed denial of the patient on air beside a reach from the patient never on air and from
    the prevented cues (`denial_beside_a_reach`)."""
    if stopped := oxygen_told_stopped(analysis):
        analysis.add_found(concept_label(NOT_NEEDED_CONCEPT), stopped)
    if still := stop_still_to_come(analysis):
        analysis.context.drop_prevented(still)
    if answered := fall_answered_by_oxygen(analysis):
        analysis.remove_found(concept_label(HARM_CONCEPT), answered)
        analysis.context.drop_reached(answered)
    if denied := denial_beside_a_reach(analysis):
        analysis.remove_found(concept_label(NEVER_ON_AIR_CONCEPT), denied)
        analysis.context.drop_prevented_overlapping(denied)
