"""How far the wrong implant got: caught before it went in (near miss 2), or put in (2).

An implant passes through steps: picked, opened onto the trolley, handed up, loaded into the
injector or crimped onto the delivery system, trialled against, then inserted, impacted,
cemented, deployed or fitted. What decides never event 2 or near miss 2 is whether a step
putting the implant into the patient is told done, or only the steps before it with a catch,
whatever the words of the error ("opened instead of", "turned out to be for the L eye", "box
said high profile"). One reading, as for strong potassium (engine.potassium_steps):

- a *reach*: a word of the class of implanting steps (implanted, inserted, impacted, deployed,
  fitted, sutured, "cemented in", "went in", "put in", "placed into", or one told under way,
  "was impacting it") told as done: not denied
  in the few words before it, not told still to come ("before it was inserted", "prior to
  implantation") nor as a hypothetical ("would have been implanted"), not into a container
  on the implant's way ("put in the implant bath", "into a labelled bag"), and not the redo with
  the right implant ("correct one inserted", "new lens implanted", "trial inserted") nor the
  planned one's own step ("lightweight mesh implanted as planned");
- a *catch*: an implanting step denied ("lens not inserted", "no implantation of the wrong
  component", "head not impacted", "49 not used", "a heavyweight mesh was also opened in error
  but noticed and not used"), one told still to come after a finding
  or a stop earlier in its sentence ("noticed by scrub nurse before it went in", "swapped
  prior to insertion", "asked for the stent name before deploying"), a finding told after
  a "when" with a step of making the implant ready under way before it ("the cement was being
  mixed when the rep picked the box up and saw RIGHT"), a finding told before a "while" of a
  step before the implanting one ("Scrub read back '10 mm' while loading the inserter"), the
  implanting step told about to be taken with a finding after it ("Surgeon picked one up to
  insert, scrub nurse said the consent + WHO say grommets"), or the replacement told
  with the right one ("correct lens got", "New Mirena used", "correct side insert opened",
  "they got a right one instead").

A reach told after the first catch is the redo with the right implant, unless told "already"
done; a step denied after a reach ("A size 6 was opened ... and implanted. The size 7 was not
implanted") leaves the reading to the rules. `implant_reached` is True when a reach is told
before any catch, False when only a catch is, None when neither (the caught-or-put-in reading
of the rules then decides). An implant opened, loaded or handed and only caught, in a report
telling no fault (damaged, dropped, expired), is near miss 2 whatever the words of its
difference (`add_implant_caught_reasoning`); a wrong item told in the sentence of a trial or
sizer, with the definitive implant told right, is no wrong implant (`_trial_only`); an implant
found other than meant after it went in ("Found at closure", "found at day 1 review") was no
intentional change, whatever decision the report tells elsewhere (`found_after_put_in`).
"""

from __future__ import annotations

from classifier.engine.concerns import ERROR_WORDS, UPHELD_WORDS
from classifier.engine.implant_packaging import packaging_only_wrong
from classifier.engine.potassium_steps import (
    ALREADY_WORD,
    DISJUNCTION_WORDS,
    FINDING_WORDS,
    HYPOTHETICAL_BEFORE,
    NOT_REACHED_BEFORE,
    STILL_TO_COME_BEFORE,
)
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document

#: Verbs of the implanting step, told done by themselves ("lens implanted", "stem impacted").
IMPLANTING_WORDS = frozenset({"implanted", "inserted", "impacted", "deployed", "fitted", "screwed"})
#: Verbs of the implanting step only when followed by "in"/"into" ("cemented in", "went into the
#: R pocket", "was put in"): alone they name a type ("cemented stem") or a place on the trolley.
IMPLANTING_INTO_WORDS = frozenset({"cemented", "went", "gone", "put", "placed"})
#: An implanting step told under way after "was / were" ("noticed when the surgeon was
#: impacting it", "as he was inserting the lens"): the implant already going into the patient,
#: a reach whatever is found then.
IMPLANTING_UNDER_WAY_WORDS = frozenset({"impacting", "inserting", "implanting", "deploying"})
UNDER_WAY_AUXILIARIES = frozenset({"was", "were", "is", "are"})
INTO_WORDS = frozenset({"in", "into"})
#: Places an implant is put into on its way, not the patient ("put into a labelled bag",
#: "placed in the injector"), and the vessels it soaks in on the back table before it goes in
#: ("put in the implant bath", "placed in the antibiotic bowl", "in a gallipot").
CONTAINER_WORDS = frozenset(
    {
        *("bag", "bags", "box", "boxes", "tray", "trays", "trolley", "fridge", "cabinet"),
        *("packet", "pack", "injector", "cartridge", "bin", "store", "stock", "drawer", "dish"),
        *("pot", "pots", "slot", "slots", "shelf", "envelope"),
        *("bath", "baths", "bowl", "bowls", "basin", "basins", "gallipot", "gallipots"),
    }
)
#: How many words after "in"/"into" its container is read in ("into a labelled bag").
CONTAINER_AFTER = 4
#: Words of the implanting step told still to come after "before"/"prior to", or denied, as a
#: noun or a gerund ("before insertion", "prior to implantation", "before cementing", "before
#: it went in", "not implanted", "no implantation").
IMPLANTING_STEP_WORDS = (
    IMPLANTING_WORDS
    | IMPLANTING_INTO_WORDS
    | frozenset(
        {
            *("insertion", "inserting", "implantation", "implanting", "passed", "passing"),
            *("handing",),
            *("impaction", "impacting", "cementing", "deployment", "deploying"),
            *("deploy", "fitting", "loading", "loaded", "trialling", "trial", "handed"),
            *("use",),
        }
    )
)
#: Implanting steps whose denial is a catch ("lens not inserted", "nothing put in", "no
#: implantation of the wrong component", "head not impacted"); "used" is read apart.
DENIABLE_STEP_WORDS = (IMPLANTING_WORDS | IMPLANTING_INTO_WORDS) | frozenset(
    {"implantation", "insertion", "loaded"}
)
#: Words of the intended implant told as the subject of a denied step ("the correct planned cup
#: was not used", "the correct lens was not inserted"): the wrong one went in instead.
INTENDED_WORDS = frozenset({"correct", "planned", "intended", "templated", "requested"})
#: Nouns of the implanting step, denied only by the word straight before them ("no
#: implantation of the wrong component"; not "did not read the insertion record").
STEP_NOUNS = frozenset({"implantation", "insertion"})
#: "used" is a catch only denied of an implant told by its value, within this many words.
USED_WORD = "used"
VALUE_BEFORE_USED = 5
#: How many words after "before"/"prior" its implanting step is read in ("before it was loaded
#: into the injector", "prior to insertion").
STEP_AFTER_BEFORE = 4
#: How many words before a reach its denial, hypothesis, step still to come or redo is read in.
BEFORE_REACH = 6
#: How many words before an implanting step its denial is read in ("had not been inserted").
DENIAL_BEFORE = 3
#: Words of the redo with the right implant, or a trial, before a reach in its clause ("correct
#: one inserted", "new lens implanted", "size 4 trial inserted").
REDO_BEFORE = frozenset(
    {
        *("correct", "correctly", "new", "fresh", "replacement", "another"),
        *("trial", "trials", "sizer", "sizers", "instead"),
    }
)
#: Words of the replacement: the right implant told opened, fetched or used after the wrong one
#: ("correct lens got", "New Mirena used", "got a right one instead").
REPLACEMENT_WORDS = frozenset({"correct", "new", "replacement"})
REPLACED_WORDS = frozenset(
    {
        *("opened", "used", "got", "fetched", "obtained", "brought", "taken", "prepared"),
        *("crimped", "selected", "picked", "sourced", "loaded", "passed"),
    }
)
#: How many words after a replacement word its verb is read in ("correct R femoral opened").
REPLACED_AFTER = 7
#: Words of a step before the implanting one, told of the implant caught: it was opened,
#: loaded or handed, so a wrong one was on its way.
OPENED_WORDS = frozenset(
    {
        *("opened", "opens", "loaded", "handed", "passed", "crimped", "prepared", "unpacked"),
        *("trolley", "tray", "table", "field", "hand", "injector", "cartridge"),
    }
)
#: Words of an implant replaced for a fault, not picked wrong.
FAULT_WORDS = frozenset(
    {
        *("damaged", "damage", "expired", "dropped", "contaminated", "unsterile", "torn"),
        *("faulty", "defective", "cracked", "split", "floor", "recalled", "recall", "broken"),
        *("scratched", "debris", "particle", "particles", "hole", "perforated"),
        *("snapped", "bent", "broke", "fractured", "mhra", "malfunction", "malfunctioned"),
    }
)
#: Concept of a wrong implant caught before it went in (read by
#: NE2.implant_caught_before_it_went_in, after the rules of its error's words and sides).
CAUGHT_BEFORE_PUT_IN = "implant_caught_before_put_in"
#: Words of a trial component ("trial liner", "sizer", "at trialling").
TRIAL_WORDS = frozenset({"trial", "trials", "sizer", "sizers", "trialling", "trialing"})
#: Words of the definitive implant, told right within a few words after ("definitive implant
#: correct", "the final implant was the right one", "definitive implants all correct").
DEFINITIVE_WORDS = frozenset({"definitive", "final", "actual", "real"})
RIGHT_WORDS = frozenset({"correct", "right", "fine", "ok", "correctly"})
DEFINITIVE_TOLD_RIGHT_AFTER = 6
#: Concepts of a wrong implant told in words, and the concept of one that is only a trial.
WRONG_IMPLANT_CONCEPTS = ("wrong_implant", "implant_spec_mismatch", "implant_opened_mismatch")
TRIAL_ONLY = "implant_trial_only"
#: Concepts naming an implant; a report naming none is read as before.
IMPLANT_CONCEPTS = ("implant", "joint_replacement")


def _denied(doc: Document, at: int) -> bool:
    """Whether the step at `at` is denied in the few words before it in its clause ("not
    inserted", "nothing put in", "had not been impacted", "no implantation"); a denial spans
    its list ("before the leads were connected or anything implanted")."""
    tokens = doc.tokens
    near = [tokens[i] for i in doc.before_in_clause(at, DENIAL_BEFORE)]
    if any(word in DISJUNCTION_WORDS for word in near):
        near = [tokens[i] for i in doc.before_in_clause(at, BEFORE_REACH * 2)]
    return any(word in NOT_REACHED_BEFORE for word in near)


def _step_denied(doc: Document, at: int) -> bool:
    """Whether token `at` is an implanting step told not done ("lens not inserted"), not a
    check denied before it ("not verified before insertion")."""
    tokens = doc.tokens
    if tokens[at] == USED_WORD:
        if not _value_not_used(doc, at):
            return False
    elif tokens[at] not in DENIABLE_STEP_WORDS or not is_implanting_step(tokens, at):
        return False
    if any(tokens[i] in STILL_TO_COME_BEFORE for i in doc.before_in_clause(at, DENIAL_BEFORE)):
        return False
    if tokens[at] in STEP_NOUNS:
        return at > 0 and tokens[at - 1] in NOT_REACHED_BEFORE
    if any(tokens[i] in INTENDED_WORDS for i in doc.before_in_clause(at, BEFORE_REACH)):
        return False  # "the correct lens was not inserted": the wrong one was
    return _denied(doc, at)


def _value_not_used(doc: Document, at: int) -> bool:
    """Whether "used" at `at` is denied of an implant told by its value ("49 not used", "58mm
    shell not used (sterile, returned)") or told opened in error just before ("A heavyweight
    mesh was also opened in error but noticed and not used"); not "not used to this kit" nor a
    box "not used"."""
    tokens = doc.tokens
    if at + 1 < len(tokens) and tokens[at + 1] == "to":
        return False
    if any(tokens[i][:1].isdigit() for i in doc.before_in_clause(at, VALUE_BEFORE_USED)):
        return True
    return _opened_wrong_before(doc, at)


#: How many words before a denied "used" the opening of the same item is read in, and how many
#: words about the opening its error word ("opened in error", "wrongly opened").
OPENED_BEFORE_USED = 14
ERROR_NEAR_OPENING = 3
OPENED_WRONG_WORDS = ERROR_WORDS | frozenset({"accidentally", "inadvertently", "accident"})


def _opened_wrong_before(doc: Document, at: int) -> bool:
    """Whether an implant told opened in error ("was also opened in error", "opened by
    mistake", "wrong lens opened") stands shortly before token `at`, in its sentence or the one
    before ("opened by mistake; spotted by the scrub nurse and not used"): the item not used is
    the wrong one opened (review R21 probe 48)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for i in range(max(0, at - OPENED_BEFORE_USED), at):
        if tokens[i] not in OPENING_VERBS or sentence_of[at] - sentence_of[i] > 1:
            continue
        near = range(max(0, i - ERROR_NEAR_OPENING), min(at, i + 1 + ERROR_NEAR_OPENING))
        if any(tokens[j] in OPENED_WRONG_WORDS and sentence_of[j] == sentence_of[i] for j in near):
            return True
    return False


#: What an implant is put or placed "on" when it goes in ("put on the patient", "placed on the
#: femur"), within ON_TARGET_AFTER words of "on".
ON_TARGET_WORDS = frozenset({"patient", "pt", "bone", "femur", "tibia", "humerus", "glenoid"})
ON_TARGET_AFTER = 3


def _on_the_patient(tokens: list[str], at: int) -> bool:
    """Whether "put"/"placed" at `at` is told "on" the patient or the bone ("Component had not
    been put on the patient"; dev-167325)."""
    if tokens[at] not in {"put", "placed"} or tokens[at + 1 : at + 2] != ["on"]:
        return False
    return not ON_TARGET_WORDS.isdisjoint(tokens[at + 2 : at + 2 + ON_TARGET_AFTER])


def _into_the_patient(tokens: list[str], at: int) -> bool:
    """Whether a verb needing "in" ("put", "went", "cemented") is told with it, and not into a
    container on the implant's way ("put into a labelled bag", "placed in the pt's tray"), or
    is told put on the patient (`_on_the_patient`)."""
    if _on_the_patient(tokens, at):
        return True
    if not (at + 1 < len(tokens) and tokens[at + 1] in INTO_WORDS):
        return False
    return not any(word in CONTAINER_WORDS for word in tokens[at + 2 : at + 2 + CONTAINER_AFTER])


#: Verbs of joining an implant to what is already in the patient or to its other parts ("went
#: on the trunnion", "connected to the leads", "attached to the stem"): an implanting step only
#: with such a part told after them.
MOUNTING_WORDS = frozenset(
    {"went", "gone", "put", "placed", "connected", "attached", "mounted", "cemented"}
)
#: Parts an implant is joined to in the patient: the taper of a stem, the leads of a pacemaker.
MOUNT_TARGET_WORDS = frozenset(
    {
        *("trunnion", "taper", "stem", "neck", "cone", "baseplate"),
        *("lead", "leads", "header", "electrode", "electrodes"),
    }
)
#: How many words after a mounting verb its part is read in ("connected to the RA and RV leads").
MOUNT_TARGET_AFTER = 5
#: Words before a bare verb that tell it a verb of the implant ("before it was cemented"), not
#: the type of an implant ("cemented stem").
PASSIVE_WORDS = frozenset({"was", "were", "been", "being", "be", "is", "are"})


def _mounted(tokens: list[str], at: int) -> bool:
    """Whether a mounting verb at `at` joins the implant to a part in the patient ("before it
    went on the trunnion", "before it was connected to the leads", or with the part as its
    subject, "before the leads were connected"), or is "cemented" told as a verb ("before it
    was cemented"): the implanting step, told still to come or denied."""
    token = tokens[at]
    if token not in MOUNTING_WORDS:
        return False
    if (
        at > 0
        and tokens[at - 1] in PASSIVE_WORDS
        and (token == "cemented" or _part_before(tokens, at - 1))
    ):
        return True
    return not MOUNT_TARGET_WORDS.isdisjoint(tokens[at + 1 : at + 1 + MOUNT_TARGET_AFTER])


#: How many words before a word its part in the patient is read in ("the RA and RV leads
#: were connected", "Leads implanted").
PART_BEFORE = 3


def _part_before(tokens: list[str], at: int) -> bool:
    """Whether a part the implant is joined to in the patient (MOUNT_TARGET_WORDS: the leads,
    the stem) is named in the few words before token `at`."""
    return not MOUNT_TARGET_WORDS.isdisjoint(tokens[max(0, at - PART_BEFORE) : at])


def _joining_still_to_come(doc: Document) -> bool:
    """Whether the report tells the joining of the implant to a part in the patient still to
    come ("before the leads were connected", "prior to it going on the trunnion"): the part
    was in, the implant joined to it was not (dev-178390)."""
    tokens = doc.tokens
    return any(
        tokens[at] in STILL_TO_COME_BEFORE
        and any(
            _mounted(tokens, i) and doc.sentence_of[i] == doc.sentence_of[at]
            for i in range(at + 1, min(len(tokens), at + 1 + STEP_AFTER_BEFORE))
        )
        for at in range(len(tokens))
    )


def _reach_of_the_part(doc: Document, at: int) -> bool:
    """Whether the reach at `at` is told of the part the implant is joined to ("Leads implanted
    were the MRI conditional leads" before "noticed ... before the leads were connected"): the
    part went in, the generator caught before it was joined to them did not (dev-178390)."""
    return _part_before(doc.tokens, at) and _joining_still_to_come(doc)


def is_implanting_step(tokens: list[str], at: int) -> bool:
    """Whether token `at` names an implanting step ("cemented" and "went" only with "in", or
    joined to a part in the patient: `_mounted`)."""
    token = tokens[at]
    if _mounted(tokens, at):
        return True
    if token in IMPLANTING_INTO_WORDS:
        return _into_the_patient(tokens, at)
    return token in IMPLANTING_STEP_WORDS


def _told_under_way(doc: Document, at: int) -> bool:
    """Whether the step at `at` follows a "was / were" right before it in its sentence ("the
    surgeon was impacting it")."""
    if at == 0 or doc.sentence_of[at - 1] != doc.sentence_of[at]:
        return False
    return doc.tokens[at - 1] in UNDER_WAY_AUXILIARIES


def _reach_told_done(doc: Document, at: int) -> bool:
    """Whether token `at` tells the implanting step done (module docstring)."""
    tokens = doc.tokens
    token = tokens[at]
    if token in IMPLANTING_INTO_WORDS:
        if not _into_the_patient(tokens, at):
            return False
    elif token in IMPLANTING_UNDER_WAY_WORDS:
        if not _told_under_way(doc, at):
            return False
    elif token not in IMPLANTING_WORDS:
        return False
    if _denied(doc, at):
        return False
    lookback = BEFORE_REACH
    if any(tokens[i] in DISJUNCTION_WORDS for i in doc.before_in_clause(at, DENIAL_BEFORE)):
        lookback = BEFORE_REACH * 2  # "before the leads were connected or anything implanted"
    before = [tokens[i] for i in doc.before_in_clause(at, lookback)]
    return not _told_as_planned_after(doc, at) and not any(
        word in HYPOTHETICAL_BEFORE or word in STILL_TO_COME_BEFORE or word in REDO_BEFORE
        for word in before
    )


#: Words after an implanting step that tell it the planned implant's ("implanted as planned",
#: "inserted as per plan", "fitted as intended"): the right one's reach, not the wrong one's.
AS_WORDS = frozenset({"as", "per"})
AS_PLANNED_WORDS = frozenset(
    {"planned", "plan", "intended", "templated", "prescribed", "consented", "listed", "booked"}
)
AS_PLANNED_AFTER = 4


def _told_as_planned_after(doc: Document, at: int) -> bool:
    """Whether the step at `at` is told "as planned" in the few words after it in its clause
    ("Lightweight mesh implanted as planned. A heavyweight mesh was also opened in error but
    ... not used": the reach is the planned mesh's; review R21 probe 48), or told to be the
    planned one ("IOL implanted was the planned +20D toric lens")."""
    tokens = doc.tokens
    after = list(doc.after_in_clause(at, at + 1, AS_PLANNED_AFTER))
    return any(
        (tokens[i] in AS_PLANNED_WORDS and any(tokens[k] in AS_WORDS for k in after if k < i))
        or (tokens[i] in INTENDED_WORDS and tokens[i - 2 : i] in (["was", "the"], ["were", "the"]))
        for i in after
    )


def _caught_before_a_step(doc: Document, at: int) -> bool:
    """Whether token `at` is a "before" or "prior" of an implanting step with a finding, a stop
    or a swap told near it in its sentence ("noticed by scrub nurse before it went in", "swapped
    prior to insertion", "Before it was handed to the surgeon ... saw the side was wrong"); not
    one denied ("not checked against the plan before insertion" is no catch)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in STILL_TO_COME_BEFORE:
        return False
    sentence = sentence_of[at]
    mixing = _mixing_after(doc, at)
    step = mixing or any(
        sentence_of[i] == sentence and is_implanting_step(tokens, i)
        for i in range(at + 1, min(len(tokens), at + 1 + STEP_AFTER_BEFORE))
    )
    if not step:
        return False
    # a finding of the component before the cement was mixed may open a long sentence ("Rep
    # noticed the femoral component that had been opened and handed ... was a LEFT just before
    # the cement was being mixed"; dev-167325)
    first = doc.sentence_tokens(sentence)[0] if mixing else max(0, at - FINDING_NEAR)
    near = [
        i
        for i in range(first, min(len(tokens), at + FINDING_NEAR))
        if sentence_of[i] == sentence and tokens[i] in CATCH_BEFORE_STEP_WORDS
    ]
    if at == 0 or sentence_of[at - 1] != sentence:
        # a fronted "Before it was handed to the surgeon, ... saw the side was wrong"
        sentence_end = doc.sentence_tokens(sentence)[1]
        near += [
            i
            for i in range(at + FINDING_NEAR, sentence_end)
            if tokens[i] in CATCH_BEFORE_STEP_WORDS
        ]
    if not near or _check_missed(doc, sentence):
        return False
    return not _denied(doc, min(near, key=lambda i: abs(i - at)))


#: Verbs of seeing what was wrong; denied ("did not notice it was the non-MRI model", "didn't
#: spot the L on the box") or told missed, they tell a check that let the wrong implant pass.
SEEING_WORDS = frozenset(
    {
        *("notice", "noticed", "spot", "spotted", "see", "saw", "realise", "realised"),
        *("realize", "realized", "recognise", "recognised", "recognize", "recognized"),
        *("identify", "identified", "appreciate", "appreciated"),
    }
)
MISSED_WORDS = frozenset({"missed", "overlooked", "unnoticed"})


def _check_missed(doc: Document, sentence: int) -> bool:
    """Whether the sentence tells its check missing what was wrong ("Physiologist scanned the
    generator before the leads were connected but did not notice it was the non-MRI conditional
    model"; review R23): a check made before the step that found nothing is no catch."""
    start, end = doc.sentence_tokens(sentence)
    return any(
        doc.tokens[i] in MISSED_WORDS or (doc.tokens[i] in SEEING_WORDS and _denied(doc, i))
        for i in range(start, end)
    )


#: The mixing of the cement a component is set in, which comes before the component goes in
#: ("just before the cement was being mixed"), and how many words after "before" it is read in.
MIXING_WORDS = frozenset({"mixed", "mixing", "mix"})
MIXING_AFTER_BEFORE = 5


def _mixing_after(doc: Document, at: int) -> bool:
    """Whether the "before" at `at` tells the cement's mixing still to come ("noticed the
    femoral component was a LEFT just before the cement was being mixed"; dev-167325)."""
    return any(
        doc.tokens[i] in MIXING_WORDS and doc.sentence_of[i] == doc.sentence_of[at]
        for i in range(at + 1, min(len(doc.tokens), at + 1 + MIXING_AFTER_BEFORE))
    )


#: Words of a finding, a stop or a swap told near an implanting step still to come.
CATCH_BEFORE_STEP_WORDS = FINDING_WORDS | frozenset(
    {
        *("noted", "picked", "swapped", "changed", "replaced", "exchanged", "asked"),
        *("queried", "flagged", "highlighted", "detected", "discovered", "compared"),
        *("noticed", "spotted", "checked", "realised", "realized", "caught", "stopped"),
        *("checking", "reading", "verified", "confirmed", "said", "questioned", "challenged"),
        # the implant's barcode or serial number scanned into a record or programmer
        *("scanning", "scanned"),
    }
)
#: How many words either side of "before" its finding is read in.
FINDING_NEAR = 10


#: Words of a time ("noticed when it was handed over"), and the steps before the implanting one
#: that a finding told at them came ahead of: a finding when the implant was handed, passed or
#: loaded was made before it went in (not "noticed when it was implanted").
WHEN_WORDS = frozenset({"when", "as", "while", "whilst"})
STEP_BEFORE_IMPLANTING_WORDS = frozenset(
    {"handed", "handing", "passed", "passing", "loaded", "loading", "crimped", "crimping"}
)
#: How many words before "when" its finding is read in ("physiologist noticed when").
FINDING_BEFORE_WHEN = 4


def _caught_at_a_step_before(doc: Document, at: int) -> bool:
    """Whether token `at` is a "when" of a step before the implanting one with a finding told
    just before it in its sentence ("physiologist noticed when it was handed over for
    connection to the leads"), not denied."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in WHEN_WORDS:
        return False
    sentence = sentence_of[at]
    if not any(
        sentence_of[i] == sentence and tokens[i] in STEP_BEFORE_IMPLANTING_WORDS
        for i in range(at + 1, min(len(tokens), at + 1 + STEP_AFTER_BEFORE))
    ):
        return False
    return any(
        sentence_of[i] == sentence and tokens[i] in CATCH_BEFORE_STEP_WORDS and not _denied(doc, i)
        for i in range(max(0, at - FINDING_BEFORE_WHEN), at)
    )


#: Steps of making the implant ready on the back table, told under way at a "when" whose
#: finding follows it ("the cement was being mixed when the rep picked the box up and saw
#: RIGHT", "it was being loaded when the nurse noticed"): the catch came before it went in.
PREPARING_WORDS = STEP_BEFORE_IMPLANTING_WORDS | frozenset(
    {"mixed", "mixing", "prepared", "preparing", "assembled", "assembling", "soaking", "soaked"}
)
#: How many words after "when" its finding is read in ("when the rep picked"), and before it
#: the step under way ("being assembled on the back table when").
FINDING_AFTER_WHEN = 4
PREPARING_BEFORE_WHEN = 6


def _caught_while_preparing(doc: Document, at: int) -> bool:
    """Whether token `at` is a "when" with a step of making the implant ready just before it
    and a finding just after it, in its sentence ("the cement was being mixed when the rep
    picked the box up to check"), the finding not denied."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if tokens[at] not in WHEN_WORDS:
        return False
    sentence = sentence_of[at]
    if not any(
        sentence_of[i] == sentence and tokens[i] in PREPARING_WORDS
        for i in range(max(0, at - PREPARING_BEFORE_WHEN), at)
    ):
        return False
    return any(
        sentence_of[i] == sentence and tokens[i] in CATCH_BEFORE_STEP_WORDS and not _denied(doc, i)
        for i in range(at + 1, min(len(tokens), at + 1 + FINDING_AFTER_WHEN))
    )


#: The implanting step told as a purpose still to come ("picked one up to insert", "was about to
#: implant it", "ready to deploy"): "to", a base form of an implanting verb, and a word of
#: being about to before "to" (not "went on to insert", which tells it done).
PURPOSE_TO = "to"
IMPLANTING_BASE_WORDS = frozenset(
    {"insert", "implant", "impact", "deploy", "fit", "cement", "load"}
)
ABOUT_TO_WORDS = frozenset({"up", "about", "ready", "going", "preparing", "poised", "prepared"})
ABOUT_TO_BEFORE = 2


def _caught_about_to_implant(doc: Document, at: int) -> bool:
    """Whether token `at` is the "to" of an implanting step about to be taken with a finding, a
    stop or a swap told after it in its sentence ("Surgeon picked one up to insert, scrub nurse
    said the consent + WHO say grommets", dev-174354; "was about to implant it when the scrub
    nurse noticed"), not denied."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    verb = at + 1
    if tokens[at] != PURPOSE_TO or verb >= len(tokens) or tokens[verb] not in IMPLANTING_BASE_WORDS:
        return False
    if ABOUT_TO_WORDS.isdisjoint(tokens[max(0, at - ABOUT_TO_BEFORE) : at]):
        return False
    sentence = sentence_of[at]
    return any(
        sentence_of[i] == sentence
        and tokens[i] in CATCH_BEFORE_STEP_WORDS
        and not _denied(doc, i)
        and not _all_clear_after(doc, i)
        for i in range(verb + 1, min(len(tokens), verb + 1 + FINDING_NEAR))
    )


#: How many words after a check its all-clear is read in ("said it looked fine").
ALL_CLEAR_AFTER = 4
#: Words that deny an all-clear word after them ("said it was not the correct one").
ALL_CLEAR_DENIALS = frozenset({"not", "no", "t", "n't", "never", "wasn", "isn"})


def _all_clear_after(doc: Document, at: int) -> bool:
    """Whether the check at `at` is told finding the implant right ("picked up the lens ready
    to insert and said it looked fine", "checked and confirmed correct"): an all-clear, no
    catch; a denial before the right word ("said it was not the correct one") keeps the catch.
    (review R20: the about-to-implant catch of dev-174354 read an all-clear as a catch)"""
    tokens = doc.tokens
    after = list(doc.after_in_clause(at, at + 1, ALL_CLEAR_AFTER))
    for i in after:
        if tokens[i] in RIGHT_WORDS:
            return not any(tokens[k] in ALL_CLEAR_DENIALS for k in range(at + 1, i))
    return False


def _replacement_told(doc: Document, at: int) -> bool:
    """Whether token `at` starts the replacement with the right implant ("correct lens got",
    "New Mirena used", "they got a right one instead")."""
    tokens = doc.tokens
    if tokens[at] not in REPLACEMENT_WORDS:
        return False
    if "same" in tokens[at + 1 : at + 1 + REPLACED_AFTER]:
        return False  # "replacement of the same power and model opened": no other one wanted
    clause = min([at, *doc.before_in_clause(at, len(tokens))])
    if OPENED_WORDS.isdisjoint(tokens[:clause]):
        return False  # "correct L size 4 opened and implanted": no other one opened before
    # (after_in_clause reads in `at`'s sentence only)
    return any(
        tokens[i] in REPLACED_WORDS for i in doc.after_in_clause(at, at + 1, REPLACED_AFTER)
    ) or (at > 0 and tokens[at - 1] in REPLACED_WORDS)


#: The tokens any reading of `_steps` can start at (a step done or denied, a "before" or a
#: "when" of a catch, a replacement): no other token changes what it finds.
STEP_READING_WORDS = (
    IMPLANTING_WORDS
    | IMPLANTING_INTO_WORDS
    | IMPLANTING_UNDER_WAY_WORDS
    | DENIABLE_STEP_WORDS
    | frozenset({USED_WORD})
    | STILL_TO_COME_BEFORE
    | WHEN_WORDS
    | REPLACEMENT_WORDS
    | frozenset({PURPOSE_TO})
)


def _told_steps(analysis: Analysis) -> tuple[bool | None, list[int]]:
    """`_steps` of the narrative, read once per analysis: the reach, the withheld implant and
    the catch's opening all ask for it."""
    return analysis.reading(("implant_steps", "steps"), lambda: _steps(analysis.doc))


def _steps(doc: Document) -> tuple[bool | None, list[int]]:
    """The reach (True), only catches (False) or neither (None) the document tells, with the
    tokens of its catches."""
    tokens = doc.tokens
    catches: list[int] = []
    reached = False
    for at in range(len(tokens)):
        if tokens[at] not in STEP_READING_WORDS:
            continue
        if _reach_told_done(doc, at):
            if _reach_of_the_part(doc, at):
                continue
            if not catches or ALREADY_WORD in tokens[max(0, at - BEFORE_REACH) : at]:
                reached = True
        elif _step_denied(doc, at):
            if reached:
                # "A size 6 was opened ... and implanted. The size 7 was not implanted": the
                # reach told first was the right one's; which, the words do not say
                return None, []
            catches.append(at)
        elif not reached and (
            _caught_before_a_step(doc, at)
            or _caught_at_a_step_before(doc, at)
            or _caught_while_preparing(doc, at)
            or _caught_about_to_implant(doc, at)
            or _replacement_told(doc, at)
        ):
            catches.append(at)
    if reached:
        return True, []
    return (False, catches) if catches else (None, [])


def implant_withheld_told(analysis: Analysis) -> bool:
    """Whether the report tells outright that the wrong implant never went in: only catches,
    one of them its implanting step denied ("a monofocal lens had been opened in error but was
    noticed and not used", "Component had not been put on the patient", "lens not inserted"),
    a statement the reach model's words cannot overturn (engine.withheld_told)."""
    if not any(analysis.concept(concept) for concept in IMPLANT_CONCEPTS):
        return False
    doc = analysis.doc
    reached, catches = _told_steps(analysis)
    if reached is not False or _reach_told_after(doc, min(catches)):
        return False
    return any(_step_denied(doc, at) for at in catches)


def _reach_told_after(doc: Document, first: int) -> bool:
    """Whether an implanting step is told done after the catch at `first` ("The planned +22.0D
    lens was not used; a +12.0D lens was implanted in error", "The planned size 3 was not put on
    the patient; a size 5 was cemented in instead"), told wrong by an error word beside it (not
    the right one's "Toric lens implanted"): the denial was the planned one's, the reach is
    left for the reach model to weigh (review R23 probes)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    return any(
        tokens[at] in STEP_READING_WORDS
        and _reach_told_done(doc, at)
        and not _reach_of_the_part(doc, at)
        and any(
            tokens[i] in WRONG_REACH_WORDS and sentence_of[i] == sentence_of[at]
            for i in range(max(0, at - WRONG_REACH_NEAR), at + 1 + WRONG_REACH_NEAR)
            if i < len(tokens)
        )
        for at in range(first + 1, len(tokens))
    )


#: Words telling an implanting step the wrong one's ("implanted in error", "cemented in
#: instead"), and how many words either side of the step they are read in.
WRONG_REACH_WORDS = OPENED_WRONG_WORDS | frozenset({"instead", "wrongly", "mistakenly"})
WRONG_REACH_NEAR = 3


def implant_reached(analysis: Analysis) -> bool | None:
    """Whether the wrong implant went into the patient: True when an implanting step is told
    done before any catch, False when only a catch is told, None when neither (module
    docstring)."""
    if not any(analysis.concept(concept) for concept in IMPLANT_CONCEPTS):
        return None
    return _told_steps(analysis)[0]


def _fault_told(tokens: list[str]) -> bool:
    """Whether the report tells the implant faulty, damaged or unsterile ("packaging damaged",
    "lens dropped on the floor", "out of date"): a replacement for a fault, not a wrong pick."""
    return not FAULT_WORDS.isdisjoint(tokens)


def _definitive_told_right(doc: Document) -> bool:
    """Whether the report tells the definitive implant right ("definitive implant correct")."""
    tokens = doc.tokens
    return any(
        tokens[at] in DEFINITIVE_WORDS
        and any(
            tokens[i] in RIGHT_WORDS
            for i in doc.after_in_clause(at, at + 1, DEFINITIVE_TOLD_RIGHT_AFTER)
        )
        for at in range(len(tokens))
    )


def _trial_only(analysis: Analysis) -> list[tuple[int, int]]:
    """The trial words told in a wrong implant's sentence, in a report telling the definitive
    implant right: the wrong item was a trial or sizer ("Sizer for the wrong side used during
    trial of radial head. Corrected, definitive implant correct")."""
    doc = analysis.doc
    wrong = {
        doc.sentence_of[span[0]]
        for concept in WRONG_IMPLANT_CONCEPTS
        for span in analysis.concept(concept)
    }
    if not wrong or not _definitive_told_right(doc):
        return []
    return [
        (at, at + 1)
        for at, token in enumerate(doc.tokens)
        if token in TRIAL_WORDS and doc.sentence_of[at] in wrong
    ]


def add_implant_steps_reasoning(analysis: Analysis) -> None:
    """Add the implant caught before it went in and the wrong item that was only a trial
    (`add_implant_caught_reasoning`, `_trial_only`)."""
    if not any(analysis.concept(concept) for concept in IMPLANT_CONCEPTS):
        return
    if trials := _trial_only(analysis):
        analysis.add_found(concept_label(TRIAL_ONLY), trials)
    add_implant_caught_reasoning(analysis)
    if change := intentional_change(analysis.doc):
        analysis.add_found(concept_label(INTENTIONAL_CHANGE), change)
    if found := found_after_put_in(analysis):
        analysis.add_found(concept_label(CHANGE_NOT_INTENDED), found)
    if packaging := packaging_only_wrong(analysis):
        analysis.add_found(concept_label(PACKAGING_ONLY_WRONG), packaging)
    if opened := opened_in_error(analysis.doc, _implant_sentences(analysis)):
        analysis.add_found(concept_label(OPENED_IN_ERROR), opened)


def _implant_sentences(analysis: Analysis) -> set[int]:
    """The sentences that name an implant (IMPLANT_CONCEPTS' spans)."""
    sentence_of = analysis.doc.sentence_of
    return {
        sentence_of[span[0]] for concept in IMPLANT_CONCEPTS for span in analysis.concept(concept)
    }


#: Concept of an implant told opened in error (lifts NE2.ex.as_planned).
OPENED_IN_ERROR = "implant_opened_in_error"


#: Words telling the item opened in error the same as the one put in ("a second identical
#: femoral head was opened in error"): a wasted duplicate, no wrong implant (review R23).
SAME_ITEM_WORDS = frozenset({"identical", "duplicate"})


def opened_in_error(doc: Document, implant_sentences: set[int]) -> list[tuple[int, int]]:
    """The openings of an implant told done in error ("A heavyweight mesh was also opened in
    error", "a monofocal lens had been opened by mistake", "wrongly opened"), not denied: a
    second implant beside the one told put in as planned, which that statement does not cover
    (review of x1's gaps: `NE2.ex.as_planned` swallowed it); only in a sentence naming an
    implant (not "A viscoelastic was opened in error") and not told identical to the one put in
    (review R23 probes)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    found = []
    for i, token in enumerate(tokens):
        if token not in OPENING_VERBS or _denied(doc, i):
            continue
        start, end = doc.sentence_tokens(sentence_of[i])
        if sentence_of[i] not in implant_sentences or not SAME_ITEM_WORDS.isdisjoint(
            tokens[start:end]
        ):
            continue
        near = range(max(0, i - ERROR_NEAR_OPENING), min(len(tokens), i + 1 + ERROR_NEAR_OPENING))
        if any(tokens[j] in OPENED_WRONG_WORDS and sentence_of[j] == sentence_of[i] for j in near):
            found.append((i, i + 1))
    return found


def add_implant_caught_reasoning(analysis: Analysis) -> None:
    """Add each catch of an implant opened, loaded or handed and stopped before it went in,
    with nothing told put in, to the concept of a wrong implant caught (near miss 2), however
    the difference is told ("metal stent loaded ... pt was for a plastic stent ... asked for
    the stent name before deploying", "lens not inserted, correct one opened")."""
    if not any(analysis.concept(concept) for concept in IMPLANT_CONCEPTS):
        return
    doc = analysis.doc
    tokens = doc.tokens
    opened = [at for at, word in enumerate(tokens) if word in OPENED_WORDS]
    # "no implant was opened or implanted": nothing was on its way
    if not opened or any(_denied(doc, at) for at in opened) or _fault_told(tokens):
        return
    reached, catches = _told_steps(analysis)
    if reached is False:
        # the opening of the wrong one is part of its catch: the implant is often named by
        # its opening ("PPM ... Single chamber device was opened"), sentences before the catch
        spans = [(at, at + 1) for at in _opening_of_the_catch(doc, catches[0]) + catches]
        analysis.add_found(concept_label(CAUGHT_BEFORE_PUT_IN), spans)


#: Concept of an implant whose packaging or record only was wrong (engine.implant_packaging).
PACKAGING_ONLY_WRONG = "implant_packaging_only_wrong"
#: Verbs of opening the implant (not the places of OPENED_WORDS: "her table", "the trolley"),
#: or of handing it up to the field ("The limb handed up and flushed on the back table was
#: 16-100mm": batch 104 dev-176368).
OPENING_VERBS = frozenset({"opened", "opens", "unpacked", "loaded", "crimped", "handed"})
#: How many sentences before its catch an implant's opening is read in.
OPENING_SENTENCES_BEFORE = 2


def _opening_of_the_catch(doc: Document, catch: int) -> list[int]:
    """The first opening verb told shortly before the first catch ("Single chamber device was
    opened onto the sterile field" before "noticed ... before it was connected to the leads"),
    as a list of none or one token."""
    sentence_of = doc.sentence_of
    first = sentence_of[catch] - OPENING_SENTENCES_BEFORE
    return [
        at for at in range(catch) if doc.tokens[at] in OPENING_VERBS and sentence_of[at] >= first
    ][:1]


#: Concept of an implant changed on purpose (the framework's exclusion of never event 2), also
#: told in words ("deliberate", "surgeon decided").
INTENTIONAL_CHANGE = "intentional_implant_change"
#: Words giving a change its reason or telling it chosen: a cause ("because the bone was
#: soft", "due to supply"), the plan's implant not to be had ("not available", "out of
#: stock"), or a choice ("decision", "recalculated", "alternative ... agreed").
REASON_WORDS = frozenset(
    {
        *("because", "due", "owing", "since", "reason", "reasoning", "rationale"),
        *("available", "unavailable", "stock", "supply", "shortage", "discontinued"),
        *("decision", "decided", "chose", "opted", "elected", "recalculated", "judgement"),
    }
)
#: Words telling the change written down or agreed before or as it was made.
RECORDED_WORDS = frozenset({"documented", "recorded", "agreed", "consented", "approved"})
#: Words of the change itself, one of which the sentence of its record must tell ("Clinician
#: documented reasoning", "alternative system agreed and documented", "Decision documented");
#: a record of the plan alone ("Plan documented an MR conditional system") is none.
CHANGE_WORDS = frozenset(
    {
        *("decision", "reasoning", "reason", "rationale", "alternative", "new", "change"),
        *("changed", "recalculated", "recalculation"),
    }
)
#: Words before a reason, a record or a change that deny it or make it a condition ("no
#: documented reason for BMS", "No clinical reason recorded", "does not record any decision",
#: "unless an alternative is agreed").
NOT_TOLD_WORDS = frozenset({"no", "not", "any", "without", "unless", "nor", "never", "if"})
NOT_TOLD_BEFORE = 4
#: Words after a denial that make it the reason itself ("not available (supply issue)", "not
#: in stock"), not a denial of what follows.
UNAVAILABLE_AFTER = frozenset({"available", "in", "stocked", "supplied"})
#: Words telling the implant put in found afterwards as not meant: a finding ("not identified
#: until the post op xray", "picked up at the sticker check") or the report's own verdict of an
#: error; "read" and "checked" also tell the routine checks of a change.
FOUND_AFTER_WORDS = (FINDING_WORDS - {"read", "checked"}) | frozenset(
    {"discovered", "realised", "realized", "picked", "missed", "unaware", "apologised"}
)


def _told(doc: Document, at: int) -> bool:
    """Whether word `at` is told as so, not denied nor a condition in the words before it in
    its clause ("No issue, reported for supply monitoring" denies no supply)."""
    return not any(
        doc.tokens[i] in NOT_TOLD_WORDS and doc.tokens[i + 1] not in UNAVAILABLE_AFTER
        for i in doc.before_in_clause(at, NOT_TOLD_BEFORE)
    )


def intentional_change(doc: Document) -> list[tuple[int, int]]:
    """The change of implant told only by its reason and its record: a reason or a choice
    ("8mm placed because bone at the site was less than the CBCT suggested", "planned IOL
    model not available (supply issue). Surgeon recalculated") with the change itself written
    down or agreed ("Clinician documented reasoning in notes", "alternative system agreed and
    documented", "Decision documented"), in a report telling no error ("wrong", "instead",
    "mistake", duty of candour) nor any finding of it afterwards ("not identified until post op
    xray"), and no reason or record denied ("no documented reason"). The framework excludes
    such a change from never event 2 however its reason is worded. The reason and record words
    are returned as spans."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if not set(tokens).isdisjoint(ERROR_WORDS | UPHELD_WORDS | FOUND_AFTER_WORDS):
        return []
    told = [at for at, word in enumerate(tokens) if word in REASON_WORDS or word in RECORDED_WORDS]
    # "not available" is itself a reason, the plan's implant not to be had
    if not all(_told(doc, at) for at in told if tokens[at] != "available"):
        return []
    changes = {sentence_of[at] for at, word in enumerate(tokens) if word in CHANGE_WORDS}
    records = [at for at in told if tokens[at] in RECORDED_WORDS and sentence_of[at] in changes]
    reasons = [at for at in told if tokens[at] in REASON_WORDS]
    if not reasons or not records:
        return []
    return [(at, at + 1) for at in sorted(reasons + records)]


#: Concept of a change of implant told as not intended (lifts NE2.ex.intentional_change).
CHANGE_NOT_INTENDED = "intentional_change_denied"
#: Words of a discovery ("found at closure", "picked up at the sticker check", "noticed at day 1
#: review"); not a check or a question ("checked", "queried"), which a chosen change has too.
DISCOVERY_WORDS = frozenset(
    {
        *("found", "noticed", "spotted", "identified", "discovered", "recognised", "realised"),
        *("realized", "picked"),
    }
)


def found_after_put_in(analysis: Analysis) -> list[tuple[int, int]]:
    """The discoveries told after the implant was put in ("implanted without cement 14:40.
    Found at closure", "The lens was implanted ... the +21.0 D lens was found unused in tray 4",
    "IOL implanted ... Found at day 1 review"): an implant found other than meant after it went
    in was no choice made when it went in, whatever the report tells chosen elsewhere ("surgeon
    decided not to revise", "list order was changed because of transport", another case's
    capsule rupture). A discovery denied ("not found"), or told in a sentence telling the change
    intended ("the review found that the change was an intentional, documented decision"), is
    none."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    reach = next((at for at in range(len(tokens)) if _reach_told_done(doc, at)), None)
    if reach is None:
        return []
    intended = {analysis.sentence(span) for span in analysis.concept(INTENTIONAL_CHANGE)}
    return [
        (at, at + 1)
        for at in range(reach + 1, len(tokens))
        if tokens[at] in DISCOVERY_WORDS
        and sentence_of[at] not in intended
        and not _denied(doc, at)
        # "found to be comfortable in recovery" tells a state, no implant found other than meant
        and tokens[at + 1 : at + 3] != ["to", "be"]
    ]
