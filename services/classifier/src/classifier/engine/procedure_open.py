"""Was the patient still in the procedure when the item was found? (word classes, no phrases)

A retained item is a never event when the procedure had ENDED with it inside; the end is the
patient leaving the procedure, not the word of closing. A count short "at the end of suturing"
or "after skin closure" whose item was found while the woman was still in lithotomy, the
patient still on the table, or before extubation, is a near miss: the closing word came first
in the narrative, the end had not. The reading looks for the time of the procedure still open,
told in one of these ways:

- the patient told *still* in a state of the procedure ("pt still anaesthetised on the table",
  "operator still scrubbed", "still in lithotomy", "still in theatre");
- a step that ends the procedure told *not yet* done ("catheter secured but not yet dressed",
  "not yet extubated");
- a *before* clause of the patient leaving or waking ("before she got up", "before the woman
  was moved", "before he woke", "prior to transfer"), or of a step that ends the procedure
  ("before the skin was closed", "before the dressing went on", "before completing the repair",
  "before the scope was withdrawn"),
  with no later-care place in it ("before she left recovery" is after the procedure ended),
  and not one told after the wound closed ("wound closed before the count was finished": the
  closure done, the count left open, `closed_before_the_clause`);
- a step that ends the procedure told *about to* be done and interrupted ("anaesthetist about
  to extubate when the ODP pointed out ...");
- a step that ends the procedure *held off* ("surgeon did not desufflate"), or told *under way*
  ("I was opening the dressing when I saw the guidewire", "the registrar was securing the
  line");
- the site *looked at again* right after an item went astray ("loop broken with a piece
  missing. Bladder re-inspected"): a second look made in the procedure;
- the item told *still* in, in the sentence right after such a time.

A retrieval (found, removed, seen, showed...) told in such a sentence, or in the sentence
after it, or in the sentence before one that tells the retrieval again, with no closure told
done between, is judged found before the end.
"""

from __future__ import annotations

from classifier.engine.text import word_shortly_after, word_shortly_before

#: Words of a state the patient is in only during the procedure, after "still".
IN_PROCEDURE_WORDS = frozenset(
    {
        "table",
        "anaesthetised",
        "anaesthetized",
        "anaesthetic",
        "ga",
        "asleep",
        "scrubbed",
        "theatre",
        "theater",
        "lithotomy",
        "stirrups",
        "intubated",
        "sedated",
        "draped",
        "drapes",
        "couch",
        "chair",
        "room",
    }
)
#: Tokens after "still" within which the state is looked for ("still on the table").
STILL_REACH = 3
#: Steps that end a procedure, after "not yet" / "yet to be" ("not yet dressed").
ENDING_STEP_WORDS = frozenset(
    {
        "dressed",
        "dressing",
        "extubated",
        "woken",
        "awake",
        "closed",
        "sutured",
        "secured",
        "desufflated",
        "desufflate",
        "finished",
        "completed",
        "reversed",
        # the step told as a noun or going on ("before closure", "before completing the
        # repair", "before suturing")
        "closure",
        "closing",
        "completing",
        "completion",
        "finishing",
        "suturing",
        "securing",
        "stitched",
        "stitching",
    }
)
NOT_YET_REACH = 3
#: Words of the patient leaving or waking from the procedure, after "before / prior to".
LEAVING_WORDS = frozenset(
    {
        "left",
        "leaving",
        "leave",
        "moved",
        "move",
        "moving",
        "got",
        "get",
        "getting",
        "woke",
        "wake",
        "woken",
        "waking",
        "extubation",
        "extubated",
        "extubating",
        "transfer",
        "transferred",
        "transferring",
        "sat",
        "stood",
    }
)
BEFORE_WORDS = frozenset({"before", "prior", "bfr", "b4"})
BEFORE_REACH = 6
#: Places and times of care after the procedure: a "before" clause naming one ("before she left
#: recovery", "before discharge home") is after the procedure ended.
LATER_PLACE_WORDS = frozenset(
    {
        "recovery",
        "ward",
        "wards",
        "home",
        "discharge",
        "discharged",
        "hospital",
        "unit",
        "department",
        "later",
        "day",
        "days",
        "week",
        "weeks",
        "clinic",
    }
)
#: The scopes of an endoscopy, and the words of taking one out: the scope taken out ends the
#: procedure ("before the scope was withdrawn", "prior to withdrawing the gastroscope", "before
#: scope out"), as the closure ends an operation (batch 108 dev-180322).
SCOPE_WORDS = frozenset(
    {
        *("scope", "endoscope", "gastroscope", "colonoscope", "bronchoscope", "cystoscope"),
        *("hysteroscope", "ureteroscope", "sigmoidoscope", "duodenoscope", "nephroscope"),
        *("enteroscope", "laryngoscope", "resectoscope", "ogd", "colonoscopy", "gastroscopy"),
    }
)
SCOPE_OUT_WORDS = frozenset(
    {
        *("withdrawn", "withdrawal", "withdrawing", "withdraw", "withdrew", "removed"),
        *("removal", "removing", "remove", "out", "extubated", "extubation", "extubating"),
    }
)
SCOPE_OUT_REACH = 3


def scope_taken_out(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the word at `at` tells the scope of an endoscopy taken out: a word of taking out
    with a scope word within SCOPE_OUT_REACH tokens of it in its sentence ("the scope was
    withdrawn", "withdrawing the gastroscope", "scope out")."""
    return tokens[at] in SCOPE_OUT_WORDS and (
        word_shortly_before(tokens, sentence_of, at, SCOPE_WORDS, SCOPE_OUT_REACH)
        or word_shortly_after(tokens, sentence_of, at, SCOPE_WORDS, SCOPE_OUT_REACH)
    )


#: Sentences after an open-procedure sentence within which a retrieval is read with it.
FOLLOW_SENTENCES = 1


def _in_sentence(sentence_of: list[int], start: int, stop: int, sentence: int) -> range:
    stop = min(stop, len(sentence_of))
    end = start
    while end < stop and sentence_of[end] == sentence:
        end += 1
    return range(start, end)


def _still_in_procedure(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether "still" at `at` puts the patient in a state of the procedure."""
    return word_shortly_after(tokens, sentence_of, at, IN_PROCEDURE_WORDS, STILL_REACH)


def _end_not_yet(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether "yet" at `at` (in "not yet", "yet to be") denies a step that ends the procedure."""
    not_yet = at > 0 and tokens[at - 1] == "not"
    if not (not_yet or tokens[at + 1 : at + 2] == ["to"]):
        return False
    return word_shortly_after(tokens, sentence_of, at, ENDING_STEP_WORDS, NOT_YET_REACH)


#: Words that, before "not", tell a step held off ("surgeon did not desufflate"): the end not
#: yet reached, as with "not yet".
HELD_OFF_WORDS = frozenset({"did", "didnt", "had", "hadnt"})


def _end_held_off(tokens: list[str], at: int) -> bool:
    """Whether "not" at `at`, after "did" or "had", denies a step that ends the procedure right
    after it ("did not desufflate", "had not closed")."""
    return (
        at > 0
        and tokens[at - 1] in HELD_OFF_WORDS
        and tokens[at + 1 : at + 2] != []
        and tokens[at + 1] in ENDING_STEP_WORDS
    )


#: A step that ends the procedure told under way ("I was opening the dressing when I saw the
#: guidewire", "the registrar was closing the skin"): an auxiliary, then a closing step in its
#: gerund or one putting the ending step's material on ("opening / applying the dressing").
#: Not "dressing", "completing" nor "finishing" alone: a later dressing ("the district nurse
#: was dressing it last week") or other work ("was completing the baby check").
UNDER_WAY_AUXILIARIES = frozenset({"was", "were", "am", "is"})
ENDING_GERUNDS = frozenset({"closing", "suturing", "securing", "stitching", "stapling"})
PUTTING_ON_GERUNDS = frozenset({"opening", "applying", "putting", "placing", "sticking"})
#: The words an auxiliary may stand from its gerund ("was just opening"), and a gerund of
#: putting on from the ending step's material ("applying the clear dressing").
GERUND_REACH = 2
MATERIAL_REACH = 3


def _ending_step_under_way(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the auxiliary at `at` tells a step that ends the procedure under way ("was
    opening the dressing", "were securing the line"): the procedure not yet ended (dev-174353)."""
    if tokens[at] not in UNDER_WAY_AUXILIARIES:
        return False
    for k in range(at + 1, min(len(tokens), at + 1 + GERUND_REACH)):
        if sentence_of[k] != sentence_of[at]:
            return False
        if tokens[k] in ENDING_GERUNDS:
            return True
        if tokens[k] in PUTTING_ON_GERUNDS:
            return word_shortly_after(tokens, sentence_of, k, ENDING_STEP_WORDS, MATERIAL_REACH)
    return False


#: Words telling a step that ends the procedure as the next one, not yet begun ("anaesthetist
#: about to extubate when the ODP pointed out ...", "was preparing to close", "ready to wake
#: her"): the procedure still open (dev-177362).
ABOUT_TO_WORDS = frozenset({"about", "preparing", "prepared", "ready", "going"})
#: Steps that end the procedure, in the form after "to" ("about to extubate / close / wake").
ENDING_STEP_VERBS = frozenset(
    {
        *("extubate", "close", "suture", "dress", "desufflate", "reverse", "wake", "finish"),
        *("complete", "leave", "transfer", "move", "stitch", "staple"),
    }
)
ABOUT_TO_REACH = 2
#: Words after the step about to be done telling it interrupted ("about to extubate WHEN the
#: ODP pointed out ...", "was about to close BUT the count was short"), and how far after the
#: "to" they may stand: a step only told as next ("As the surgeon was about to close, the
#: nurse counted the swabs as correct") is when a count was signed, no catch.
INTERRUPTION_WORDS = frozenset({"when", "but", "whereupon", "until", "however"})
INTERRUPTION_REACH = 8


#: The word of an item told still in before the step about to be done, in its sentence ("I
#: noticed the guidewire was still in ... and the doctor was about to suture"): with an item
#: told gone astray (ASTRAY_WORDS), the catch told first interrupts the step as a "when" after
#: it does (dev-179368).
STILL_IN_WORD = "still"


def _caught_first(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the sentence of `at` tells, before it, an item still in or gone astray."""
    k = at - 1
    while k >= 0 and sentence_of[k] == sentence_of[at]:
        if tokens[k] == STILL_IN_WORD or tokens[k] in ASTRAY_WORDS:
            return True
        k -= 1
    return False


def _end_about_to(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the word at `at` tells a step that ends the procedure as about to be done and
    interrupted ("about to extubate when the ODP pointed out", "preparing to close when the
    count was one short"), or told as what was about to be done when an item was found still
    in or gone astray ("noticed the wire was still in, and the doctor was about to suture"):
    "to" right after it, an ending verb within ABOUT_TO_REACH tokens of the "to" and an
    interruption word within INTERRUPTION_REACH tokens of it, or the catch before it in its
    sentence (`_caught_first`)."""
    if tokens[at] not in ABOUT_TO_WORDS or tokens[at + 1 : at + 2] != ["to"]:
        return False
    if not word_shortly_after(tokens, sentence_of, at + 1, ENDING_STEP_VERBS, ABOUT_TO_REACH):
        return False
    return word_shortly_after(
        tokens, sentence_of, at + 1, INTERRUPTION_WORDS, INTERRUPTION_REACH
    ) or _caught_first(tokens, sentence_of, at)


#: Words of looking at the site again, after "re" ("bladder re-inspected", "nose re-checked")
#: or as one word: told right after an item went astray, the look is made in the procedure.
LOOK_AGAIN_WORDS = frozenset(
    {"inspected", "checked", "examined", "explored", "looked", "scoped", "inspection", "look"}
)
RELOOK_WORDS = frozenset(
    {
        *("relook", "reinspected", "rechecked", "reexamined", "reinspection", "relooked"),
        # the scope put back in to look again ("surgeon rescoped and found a wire fragment in
        # the bladder", batch 109 dev-181393)
        *("rescoped", "rescope", "rescoping"),
    }
)
#: Words of an item gone astray: missing, broken off, lost, short at the count.
ASTRAY_WORDS = frozenset(
    {
        *("missing", "unaccounted", "short", "discrepancy", "broken", "broke", "snapped"),
        *("sheared", "fractured", "lost", "dropped", "separated"),
        # an instrument found not whole ("noticed the loop was incomplete", dev-181393)
        "incomplete",
    }
)
#: Sentences before the look within which the item is told gone astray.
ASTRAY_SENTENCES = 1
#: Words after the look, in its sentence, telling it found nothing ("wound rechecked, x-ray in
#: theatre - no metal seen in pt"): the item was not in the patient, a later find is elsewhere.
NOTHING_FOUND_WORDS = frozenset({"no", "nothing", "not", "negative", "clear", "nil"})


def _found_nothing(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the sentence of the look at `at` tells, after it, that nothing was found."""
    k = at + 1
    while k < len(tokens) and sentence_of[k] == sentence_of[at]:
        if tokens[k] in NOTHING_FOUND_WORDS:
            return True
        k += 1
    return False


def _look_again_after_astray(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the token at `at` tells the site looked at again ("re" then a look word, or a
    relook word) with an item told gone astray before it in its sentence or the one before."""
    look = tokens[at] in RELOOK_WORDS or (
        tokens[at] == "re" and tokens[at + 1 : at + 2] != [] and tokens[at + 1] in LOOK_AGAIN_WORDS
    )
    if not look or _found_nothing(tokens, sentence_of, at):
        return False
    first = sentence_of[at] - ASTRAY_SENTENCES
    k = at - 1
    while k >= 0 and sentence_of[k] >= first:
        if tokens[k] in ASTRAY_WORDS:
            return True
        k -= 1
    return False


#: Words that make a "before" clause what was not done, or ought to have been, before the end
#: ("not removed before extubation", "should have been taken out prior to transfer"): no catch.
NOT_DONE_WORDS = frozenset(
    {"not", "never", "wasnt", "werent", "hadnt", "should", "ought", "supposed", "meant"}
)
NOT_DONE_REACH = 4


#: Words of the wound told closed, and the tokens before a "before" within which one told
#: done makes the clause the closure's ("the wound was closed before the count was completed").
CLOSED_WORDS = frozenset({"closed", "sutured", "stapled", "glued"})
CLOSED_BEFORE_CLAUSE_REACH = 4
#: Words shortly before a closed word that keep the closure still to come or deny it ("before
#: the skin was closed", "not closed").
CLOSURE_UNDONE_WORDS = NOT_DONE_WORDS | BEFORE_WORDS | frozenset({"yet", "until", "without"})


def closed_before_the_clause(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the "before" at `at` follows a closure told done in its sentence ("wound was
    closed before the count was completed", "skin closed b4 count complete"): the clause tells
    what the closure came before, so the closure was done with the count still open, not a
    time within the procedure. A closure still to come or denied ("not closed before") is
    none."""
    for k in range(at - 1, max(-1, at - 1 - CLOSED_BEFORE_CLAUSE_REACH), -1):
        if sentence_of[k] != sentence_of[at]:
            return False
        if tokens[k] in CLOSED_WORDS:
            return not word_shortly_before(
                tokens, sentence_of, k, CLOSURE_UNDONE_WORDS, NOT_DONE_REACH
            )
    return False


def _before_leaving(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether "before" at `at` governs the patient leaving or waking from the procedure, with
    no later-care place in its clause, and is not the time of something not done."""
    if word_shortly_before(tokens, sentence_of, at, NOT_DONE_WORDS, NOT_DONE_REACH):
        return False
    if closed_before_the_clause(tokens, sentence_of, at):
        return False
    span = _in_sentence(sentence_of, at + 1, at + 1 + BEFORE_REACH + 2, sentence_of[at])
    clause = [tokens[k] for k in span]
    head = clause[:BEFORE_REACH]
    if (
        LEAVING_WORDS.isdisjoint(head)
        and ENDING_STEP_WORDS.isdisjoint(head)
        and not any(scope_taken_out(tokens, sentence_of, k) for k in span[:BEFORE_REACH])
    ):
        return False
    return LATER_PLACE_WORDS.isdisjoint(clause)


def before_the_end(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the word at `at` is a "before" / "prior" governing the patient leaving or waking
    from the procedure or a step that ends it ("before leaving theatre", "prior to
    extubation", "before closure"), with no later-care place in its clause and not told as the
    time of something not done: a time within the procedure."""
    return tokens[at] in BEFORE_WORDS and _before_leaving(tokens, sentence_of, at)


def open_sentences(tokens: list[str], sentence_of: list[int]) -> dict[int, int]:
    """The sentences told at a time the patient was still in the procedure, each with the
    first token that tells it."""
    found: dict[int, int] = {}
    for i, token in enumerate(tokens):
        if (
            (token == "still" and _still_in_procedure(tokens, sentence_of, i))
            or (token == "yet" and _end_not_yet(tokens, sentence_of, i))
            or before_the_end(tokens, sentence_of, i)
            or (token == "not" and _end_held_off(tokens, i))
            or _ending_step_under_way(tokens, sentence_of, i)
            or _end_about_to(tokens, sentence_of, i)
            or _look_again_after_astray(tokens, sentence_of, i)
        ):
            found.setdefault(sentence_of[i], i)
    # the item told "still" in right after an open time is still at that time ("At the end
    # count before the dressing went on the wire was not on the tray. Checked - still in the
    # lumen. Removed intact")
    for i, token in enumerate(tokens):
        if token == "still" and sentence_of[i] - 1 in found:
            found.setdefault(sentence_of[i], i)
    return found


#: Words of a later time ("next am", "2 days later", "overnight"): told before a find, the find
#: came after the procedure ended.
LATER_TIME_WORDS = frozenset(
    {
        "later",
        "next",
        "following",
        "morning",
        "tomorrow",
        "overnight",
        "yesterday",
        "days",
        "weeks",
        "discharge",
        "discharged",
    }
)
#: Places of care after a procedure, and the words of going there ("transferred to the ward",
#: "moved to recovery"): the patient had left the procedure. A place named without a going
#: there may be where the procedure was done ("PICC insertion on ward 12", "Labour ward rm 6").
LATER_PLACE_NAMES = frozenset({"ward", "recovery", "home", "icu", "itu", "clinic"})
GOING_WORDS = frozenset(
    {"to", "transferred", "moved", "went", "back", "returned", "sent", "taken", "admitted"}
)
GOING_REACH = 3


def first_end_told(tokens: list[str]) -> int:
    """The first token telling a later time, or a going to a place of later care (the
    procedure had ended by then); `len(tokens)` when none is told."""
    for k, token in enumerate(tokens):
        if token in LATER_TIME_WORDS:
            return k
        if token in LATER_PLACE_NAMES and not GOING_WORDS.isdisjoint(
            tokens[max(0, k - GOING_REACH) : k]
        ):
            return k
    return len(tokens)


def found_while_open(
    sentence_of: list[int],
    at: int,
    open_at: dict[int, int],
    first_end: int,
    retrieval_sentences: frozenset[int] = frozenset(),
    closed_at: int = -1,
) -> bool:
    """Whether the retrieval at `at` is told in, or just after, an open-procedure sentence, or
    just before one that goes on with the retrieval ("... check found the tampon still in situ.
    Removed before the woman left the room"), with no later time or going to later care told
    before it ("inserted prior to transfer up to ICU. Next am CXR showed the wire",
    "transferred to the ward. swab found the next morning before she got up"): `first_end` is
    `first_end_told` of the document. A closure told done (at `closed_at`) between the open
    time and the retrieval ended it ("Count short before closure, nothing found, pt closed. CT
    showed a swab")."""
    sentence = sentence_of[at]
    for s, anchor in open_at.items():
        if (
            (
                0 <= sentence - s <= FOLLOW_SENTENCES
                or (s - sentence == 1 and s in retrieval_sentences)
            )
            and first_end >= max(at, anchor)
            and not anchor < closed_at < at
        ):
            return True
    return False
