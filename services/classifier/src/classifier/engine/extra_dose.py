"""Whether the extra dose reached the patient: the reading that parts never events 6 and 7
from their near misses by what was given, not by how the error is worded.

Methotrexate (never event 7) is an overdose only when a dose beyond the weekly one was taken
or given. The error itself (a daily prescription, label, dosette or MAR entry) is made on
paper; what decides is whether the report then counts extra doses taken ("took 3 days'
worth", "got 4 doses before", "given on day 1 and day 2") or tells that none was ("no extra dose",
"not given", "had not started the box", "caught before dispensing", "before the next round").
The usual weekly dose given on its day is no extra dose. So:

- `mtx_extra_doses_counted`: a verb of taking or giving with a count of two or more doses or
  days ("took it for 5 days", "pt got 4 doses", "given tues, weds and thurs" is left to the
  rules), doses on two or more dates or numbered days ("given on day 1 and day 2"), on
  consecutive days, "daily x3" or "for a week"; or a giving (a verb of giving, or "had",
  "received" or "got" with a dose for its object: "had correct dose tues") told repeated with
  "again" later in its sentence ("administered on Tuesday (his correct weekly dose) and again on
  Wednesday"), not the next weekly dose ("again the following Monday") nor a giving asked
  about ("asked if it should be given again"): the usual dose beside it does not make the
  second one usual (`given_again_later`); or the weekly dose told already taken at home ("wife
  said weekly methotrexate 15mg had been taken at home on Monday") and a dose then given on the
  ward, told as one beyond it ("again", "double dose"), not withheld nor the next week's
  (`given_after_the_home_dose`). A count of days told as how late the one weekly dose came ("given
  Wednesday, 2 days late") counts no doses;
- `mtx_daily_error_caught`: methotrexate written, labelled or packed daily (a daily word in a
  sentence naming no folic acid), and the report telling no extra dose reached (a negated
  dose, a dose told only as what would have followed, "would have given it again tomorrow",
  a catch dated before the dose, the dispensing or the patient leaving), with no extra
  doses counted. Read as near miss 7 (rule NE7.daily_error_caught_before_an_extra_dose); a
  never event 7 the phrase rules find in such a report is read as the near miss
  (`revise_extra_dose_reach`), and a near miss 7 with extra doses counted as the never event.

Insulin (never event 6): a dose written with "U"/"IU" and the number that abbreviation makes
when read as a digit ("6U" -> 60 or 61, "14U" -> 140) told drawn up, dialled, read or
transcribed: the abbreviation misread, however the misreading is worded
(`insulin_abbreviation_misread`, read by the existing NE6 rules with their catch).

Whether the insulin error reached the patient is read the same way, by what was given, not by
how the halt is worded (`insulin_caught_before_the_dose`): the error made (a syringe of another
kind, insulin drawn from a pen, the "U" read as a digit), then someone halting it ("stopped
her", "intervened", "queried", "realised", "discarded", a catch cue), no dose reached between
the two, any dose told after the halt the redo (the corrected dose, the figure written before
the "U"), and no low sugar told as what happened. Read as near miss 6 (rule
NE6.error_caught_before_the_dose), and a never event 6 the other rules find in such a report is
read as the near miss (`revise_extra_dose_reach`). A pen told as what was taken ("took a NovoMix
pen from the fridge") is the pen moved, no insulin drawn out of it.

Whose schedule a daily word is: in a sentence whose first drug named is folic acid it is the
folic acid's ("folic acid 5mg was meant to be once weekly (the day after MTX) but ended up
transcribed as daily"), and so is one told as the folic acid by a verb of being ("the tablets
every day are folic acid"), read as `folic_acid_daily`. The folic acid's row told as the daily one
("it was the folic acid row underneath that was daily", `folic_acid_row_daily`) answers a query
of the daily word only where the check found the methotrexate itself weekly, in the row's
sentence or the one either side ("methotrexate correct weekly"): a folic acid row daily beside
methotrexate prescribed and given daily is a second error, not the answer
(`folic_acid_row_answered`). A supply told not collected ("pt had not
collected any or started") is no dose reached, and a patient "given the MTX booklet" or "the
alert card" was handed a paper, no dose.

Methotrexate dosed by weight or surface area: a dose in mg made ready (or told "ready") over the
one the report tells correct, or intended ("the syringes were meant to make 85mg together"), or
over the weekly regimen's ("12.5mg weekly"), and a volume in ml drawn up over the one told
correct ("drew up 12.5ml (25mg) ... correct volume 6.25ml"), is the dose miscalculated (never
event 7 when told given, whatever catch follows; near miss 7 when caught before it was given);
a figure told of another drug named before it is that drug's;
a dose due or offered when the weekly one is told already had ("had it yesterday", "these are
my Friday ones") is an extra dose as a daily word makes it, caught when told withheld.

Where the catch stands in the chain (prescribed -> screened -> dispensed -> supplied -> taken): a
catch told at a step of the supply ("queried it at the counter", "flagged during screening") or
nothing handed over is no dose reached. A daily word told only of the patient's taking, in no
sentence naming a paper or a step of the supply, with no extra dose reached, is a worry that was
not so, and the weekly dose moved to another day ("on Tuesday rather than the Monday ... 6 days
apart") is no extra dose, and so is an extra dose seen only on a record (a chart showing two
signatures) that the check finds was one dose given ("only one MTX dose given"): all
`mtx_no_extra_dose_made` (NE7.ex.no_extra_dose_made). Doses on the numbered days of a regimen
the report lists (the multi-dose ectopic regimen, "MTX days 1,3,5,7") are that regimen's own,
not extra doses counted (`regimen_days`).

Insulin device errors told of no event of this report (a syringe driver, an alert's or a
poster's topic, an instruction, "no incidents of ...") are dropped, and a small syringe of a
volume in ml drawn into is a non-insulin syringe whatever its kind is called.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from classifier.engine.closure_order import PAST_PERFECT_WORDS
from classifier.engine.context import CONDITIONAL_MODALS, DAY_NAMES
from classifier.engine.drug_strengths import VOLUME_UNITS
from classifier.engine.never_event_codes import INSULIN_CODE, METHOTREXATE_CODE
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.text import Document, Span, word_shortly_after, word_shortly_before

if TYPE_CHECKING:  # never_events imports this module
    from classifier.engine.never_events import Finding

EXTRA_DOSES_COUNTED = "mtx_extra_doses_counted"
DAILY_ERROR_CAUGHT = "mtx_daily_error_caught"
ABBREVIATION_MISREAD = "insulin_abbreviation_misread"
#: Spellings of methotrexate the concept's phrases miss; the drug is otherwise named where the
#: `methotrexate` concept reads it, brands and misspellings included ("metotrexate", "Maxtrex",
#: "Nordimet"), see `methotrexate_at`.
METHOTREXATE_WORDS = frozenset({"methotrexate", "mtx", "metoject", "methotrexte", "methrotrexate"})
#: The concept naming methotrexate, brands and misspellings included; its one home, imported by
#: methotrexate_overdose and never_events.
METHOTREXATE_CONCEPT = "methotrexate"

#: Verbs of a dose taken or given.
TAKEN_WORDS = frozenset(
    {
        *("took", "taken", "taking", "got", "had", "received", "receiving", "given", "gave"),
        *("administered", "injected", "swallowed"),
    }
)
COUNT_WORDS = {
    **{str(n): n for n in range(2, 32)},
    **dict.fromkeys(("two", "twice", "both"), 2),
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
COUNTED_NOUNS = frozenset({"doses", "days", "day", "injections"})
#: A word allowed between the count and its noun ("2 extra doses", "3 days' worth").
COUNT_FILLERS = frozenset({"extra", "additional", "further", "more", "daily", "wrong", "whole"})
#: Words after a count of days that make it a time, not doses ("last taken 2 days ago"), the
#: spacing of two doses ("given the following Thursday, 6 days apart"), or how late the one
#: weekly dose came ("not taken on Monday as was in hospital, so given Wednesday, 2 days late":
#: review r24's m1o).
TIME_AGO_WORDS = frozenset(
    {
        *("ago", "before", "prior", "earlier", "previously", "since", "later", "apart"),
        *("late", "overdue", "delayed"),
    }
)
#: Words naming doses on following days in themselves ("on consecutive days").
DAY_NOUNS = frozenset({"days", "day"})
#: A count of days told as how long the doses went on ("for 3 days before ringing").
DURATION_WORDS = frozenset({"for", "over"})
RUN_WORDS = frozenset({"consecutive", "successive", "running"})
#: A count "x3" told of a dose repeated ("given daily x3"), not of tablets ("2.5mg x4").
REPEATED_WORDS = frozenset({"given", "taken", "took", "gave"})
DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?$")
TIMES = re.compile(r"x\d$")
COUNT_REACH = 10
#: Words between the verb and the count that tell the count of something else ("given and
#: she was admitted for 6 days").
COUNT_STOPS = frozenset(
    {"admitted", "was", "were", "is", "she", "he", "they", "ago", "since", "which", "who", "stay"}
)
#: A run of doses told by its length ("took it every day for a week").
SPANS_OF_DAYS = frozenset({("for", "a", "week"), ("for", "a", "fortnight"), ("for", "one", "week")})
#: Words that make a verb no reach: negated, or told as what did not happen yet.
NOT_WORDS = frozenset(
    {
        *("no", "not", "nothing", "none", "never", "hadnt", "didnt", "wasnt", "t"),
        *("without", "before", "prior", "avoid", "nor", "be", "due", "will", "would"),
    }
)
NOT_REACH = 3

#: Words of a daily schedule written for methotrexate.
DAILY_WORDS = frozenset({"daily", "od", "everyday", "nightly", "mane", "nocte"})
DAILY_PAIRS = (
    *(("every", "day"), ("each", "day"), ("once", "daily"), ("7", "days")),
    *(("every", "morning"), ("each", "morning"), ("every", "night"), ("every", "evening")),
)
FOLIC_WORDS = frozenset({"folic", "folate"})
#: A negated dose: a negator, then within NO_DOSE_REACH tokens a word of dosing.
NO_DOSE_NEGATORS = frozenset(
    {"no", "not", "nothing", "none", "never", "hadnt", "didnt", "nor", "t"}
)
NO_DOSE_WORDS = frozenset(
    {
        *("dose", "doses", "given", "taken", "take", "took", "administered", "received"),
        *("receive", "started", "tablets", "tablet", "give", "gave", "prompt", "prompted"),
        *("injection", "injected", "supply", "supplied", "dispensed"),
        # the supply never collected ("had not collected any or started") or handed over
        # ("nothing handed over"): nothing reached her
        *("collected", "collect", "handed", "issued", "released"),
        # a pen or a dosette is used or injected, not taken ("didnt use the extra", "did not
        # inject another pen")
        *("use", "used", "inject"),
        # the usual misspelling of receiving ("would have recieved it daily")
        *("recieved", "recieve"),
    }
)
#: Words allowed between the negator and the dosing word ("no extra dose", "no dose had been
#: given", "did not receive or take any"): a reach stays close to its negator.
NO_DOSE_FILLERS = frozenset(
    {
        *("extra", "additional", "further", "more", "any", "other", "wrong", "had", "has"),
        *("have", "been", "was", "were", "be", "is", "of", "the", "it", "them", "yet", "a"),
        *("or", "dose", "doses", "ever", "actually"),
    }
)
NO_DOSE_REACH = 4
#: The unreal past before a dosing word (a conditional modal, then "have"): the extra dose told
#: only as what would have followed ("the chart would have given it again tomorrow", "a second
#: dose could have been given"), a dose that was not given; "have" must follow the modal ("would
#: give it daily" may tell what was done).
UNREAL_HAVE = "have"
#: How many sentences after the daily error its catch may be told.
CATCH_SENTENCES = 4
#: A catch dated before the dose or the supply ("before dispensing", "before the next meds
#: round", "before the first dose", "before the pt left").
BEFORE_WORDS = frozenset({"before", "prior"})
BEFORE_WHAT = frozenset(
    {
        *("dispensing", "dispensed", "delivery", "issue", "issued", "administration", "giving"),
        *("first", "next", "any", "round", "left", "leaving", "supply", "supplied", "going"),
        *("collection", "collected", "discharge", "went", "taking", "screened", "release"),
        *("took", "swallowed"),
    }
)
BEFORE_REACH = 4
#: A catch placed at a step of the supply before the patient has the medicine ("queried it at
#: the counter", "picked up at clinical check", "spotted during screening", "at the hatch"): a
#: word of place or time, then within STEP_REACH tokens the step.
AT_WORDS = frozenset({"at", "during", "on"})
#: Words that make a counter or hatch a home's, no supply step ("found the box on the kitchen
#: counter").
DOMESTIC_WORDS = frozenset({"kitchen", "home", "bedside", "dining", "worktop"})
SUPPLY_STEPS = frozenset(
    {"counter", "screening", "dispensing", "hatch", "collection", "labelling", "verification"}
)
SUPPLY_CHECKS = frozenset({"clinical", "final", "accuracy", "pharmacist", "pharmacy"})
CHECK_WORDS = frozenset({"check", "checking", "screen"})
STEP_REACH = 3
#: ... told as where someone caught it ("queried it at the counter"), not as where the error was
#: made ("at reception screening ... recorded as '15 mg od'").
STEP_CATCH_WORDS = frozenset(
    {
        *("queried", "questioned", "spotted", "flagged", "noticed", "identified", "caught"),
        *("intercepted", "stopped", "held", "withheld", "picked", "found", "challenged"),
        *("detected", "realised", "realized"),
    }
)
STEP_CATCH_REACH = 6

#: Insulin: the abbreviation tokens and what the misread number is told with: a verb of
#: reading, drawing up or giving, or of a pump's rate set ("'4U/hr' ... set at 40ml/hr": an
#: insulin infusion of 1 unit/ml runs the misread number as its rate in ml/hr).
UNIT_ABBREVIATIONS = frozenset({"u", "iu"})
MISREAD_BEFORE = frozenset(
    {
        *("as", "read", "drew", "drawn", "dialled", "dialed", "transcribed", "like", "gave"),
        *("given", "up", "prepared", "wrote", "written", "to"),
        *("set", "programmed", "running"),
    }
)
MISREAD_AFTER = frozenset({"units", "unit", "u", "iu", "ml", "mls"})
#: Words making the misreading a question or a risk ("could that have been read as 180?").
HYPOTHETICAL_WORDS = frozenset({"could", "would", "might", "may", "if", "risk"})
HYPOTHETICAL_REACH = 6
READ_CORRECTLY = "insulin_read_correctly"


def _not_before(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    sentence = sentence_of[at]
    return any(
        tokens[i] in NOT_WORDS
        for i in range(max(0, at - NOT_REACH), at)
        if sentence_of[i] == sentence
    )


def _repeated(tokens: list[str], at: int) -> bool:
    """Whether the count at `at` follows a verb of giving, or one and a daily word ("given
    daily x3"), not a supply ("'one daily' x 28")."""
    before = tokens[max(0, at - 2) : at]
    return bool(before) and (
        before[-1] in REPEATED_WORDS
        or (len(before) == 2 and before[0] in REPEATED_WORDS and before[1] in DAILY_WORDS)
    )


#: A regimen of several methotrexate doses on numbered days (the multi-dose ectopic regimen,
#: "MTX days 1,3,5,7 with folinic acid days 2,4,6,8"): a list of two or more day numbers told
#: after a word of the plan ("regimen", "protocol", "should be"), not after a verb of giving
#: ("given on days 1, 2 and 3" is what was done), in a sentence telling no error. Doses told
#: on numbered days that are all days of such a regimen are the regimen's own doses, not extra
#: ones; a day outside it ("given on day 2" against "days 1,3,5,7") still counts.
DAY_NUMBER = re.compile(r"\d{1,2}(?:,\d{1,2})*$")
DAY_LIST_JOINS = frozenset({"and", "&", "+", "then"})
PLAN_WORDS = frozenset(
    {"regimen", "regime", "protocol", "schedule", "scheduled", "plan", "planned", "should"}
)
PLAN_REACH = 6
GIVING_REACH = 3
LIST_ERROR_WORDS = frozenset(
    {
        *("wrong", "wrongly", "error", "errors", "erroneously", "incorrect", "incorrectly"),
        *("mistake", "mistakenly", "instead", "extra", "additional", "duplicated"),
    }
)
#: The drugs given on the days between the methotrexate ones ("folinic acid on days 2 and 4"):
#: their numbered days are theirs, not methotrexate doses.
COMPANION_WORDS = frozenset({"folic", "folinic", "folate", "leucovorin"})
COMPANION_REACH = 4


def _day_numbers(tokens: list[str], at: int) -> set[int]:
    """The day numbers told right after the day noun at `at` ("day 3", "days 1,3 5,7", "days 2
    and 4")."""
    numbers: set[int] = set()
    for token in tokens[at + 1 :]:
        if DAY_NUMBER.match(token):
            numbers.update(int(n) for n in token.split(","))
        elif token not in DAY_LIST_JOINS:
            break
    return numbers


def _companion_days(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the numbered days at `at` are a companion drug's ("folinic acid on days 2,4")."""
    return word_shortly_before(tokens, sentence_of, at, COMPANION_WORDS, COMPANION_REACH)


def regimen_days(doc: Document) -> set[int]:
    """The day numbers of the methotrexate regimens the report tells (see DAY_NUMBER)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    days: set[int] = set()
    for at, token in enumerate(tokens):
        if token not in DAY_NOUNS or _companion_days(tokens, sentence_of, at):
            continue
        numbers = _day_numbers(tokens, at)
        if len(numbers) < 2:
            continue
        start, end = doc.sentence_tokens(sentence_of[at])
        if (
            word_shortly_before(tokens, sentence_of, at, PLAN_WORDS, PLAN_REACH)
            and not word_shortly_before(tokens, sentence_of, at, TAKEN_WORDS, GIVING_REACH)
            and LIST_ERROR_WORDS.isdisjoint(tokens[start:end])
        ):
            days |= numbers
    return days


def _days_named(doc: Document, window: list[int], regimen: set[int]) -> int:
    """How many dates and numbered methotrexate days `window` names, none when every numbered
    day it names is a day of the regimen and it names no date."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    dates = sum(1 for i in window if DATE.match(tokens[i]))
    numbered = [
        i
        for i in window
        if tokens[i] in DAY_NOUNS
        and i + 1 < len(tokens)
        and tokens[i + 1].isdigit()
        and not _companion_days(tokens, sentence_of, i)
    ]
    if regimen and not dates and all(_day_numbers(tokens, i) <= regimen for i in numbered):
        return 0
    return dates + len(numbered)


#: The methotrexate concepts that tell an overdose in words of their own (never_events reads
#: them): with none of them told, doses named only on a regimen's days are that regimen's.
OWN_OVERDOSE_CONCEPTS = (
    "mtx_overdose",
    "mtx_taken_daily",
    "mtx_had_daily",
    "mtx_daily",
    "mtx_dose_daily",
    "mtx_toxicity",
)


def doses_on_regimen_days_only(analysis: Analysis) -> bool:
    """Whether the report tells a methotrexate regimen's days (`regimen_days`), names every
    numbered methotrexate day within it, and tells no overdose in words of its own nor a dose
    counted extra: a learned never event 7 there reads the regimen's planned doses."""
    doc = analysis.doc
    regimen = regimen_days(doc)
    if not regimen or any(
        analysis.concept(c) for c in (*OWN_OVERDOSE_CONCEPTS, EXTRA_DOSES_COUNTED)
    ):
        return False
    tokens, sentence_of = doc.tokens, doc.sentence_of
    return all(
        _day_numbers(tokens, at) <= regimen
        for at, token in enumerate(tokens)
        if token in DAY_NOUNS and not _companion_days(tokens, sentence_of, at)
    )


def extra_doses_counted(analysis: Analysis) -> list[Span]:
    """Verbs of taking or giving told with a count of two or more doses or days, or with a
    run of days, not negated nor told as before something."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    regimen = regimen_days(doc)
    spans: list[Span] = []
    for at, token in enumerate(tokens):
        if token not in TAKEN_WORDS or _not_before(tokens, sentence_of, at):
            continue
        sentence = sentence_of[at]
        window = [
            i
            for i in range(max(0, at - COUNT_REACH), min(len(tokens), at + COUNT_REACH + 1))
            if sentence_of[i] == sentence
        ]
        if gives_a_dose(tokens, sentence_of, at) and given_again_later(tokens, sentence_of, at):
            spans.append((at, at + 1))  # the dose given, then "again": two doses
            continue
        near = _usual_words(tokens, window)
        if not USUAL_DOSE_WORDS.isdisjoint(near) and REPEAT_WORDS.isdisjoint(near):
            continue  # the usual weekly dose told ("weekly dose given day 1 correctly")
        days_named = _days_named(doc, window, regimen)
        if any(tuple(tokens[i : i + 3]) in SPANS_OF_DAYS for i in window):
            spans.append((window[0], window[-1] + 1))
            continue
        if days_named >= 2 or any(
            tokens[i] in RUN_WORDS
            or (_repeated(tokens, i) and TIMES.match(tokens[i]))
            or (
                tokens[i - 1] in REPEATED_WORDS
                and tokens[i] == "x"
                and COUNT_WORDS.get(tokens[i + 1] if i + 1 < len(tokens) else "", 0)
            )
            for i in window
        ):
            spans.append((window[0], window[-1] + 1))
            continue
        for i in window:
            between = tokens[min(i, at) + 1 : max(i, at)]
            if not COUNT_STOPS.isdisjoint(between):
                continue
            word = tokens[i]
            rest = tokens[i + 1 : i + 4]
            noun = (
                1
                if rest[:1] and rest[0] in COUNTED_NOUNS
                else (
                    2
                    if rest[:2]
                    and rest[0] in COUNT_FILLERS
                    and rest[1:2]
                    and rest[1] in COUNTED_NOUNS
                    else 0
                )
            )
            if COUNT_WORDS.get(word, 0) >= 2 and noun:
                after = tokens[i + noun + 1] if i + noun + 1 < len(tokens) else ""
                if (
                    after in TIME_AGO_WORDS
                    and tokens[i + noun] in DAY_NOUNS
                    and tokens[i - 1] not in DURATION_WORDS
                ):
                    continue
                spans.append((min(i, at), max(i + noun + 1, at + 1)))
                break
    return spans


def _daily_sentences(analysis: Analysis) -> frozenset[int]:
    """Sentences telling a daily schedule and no folic acid (read once per analysis)."""
    return analysis.reading(
        ("extra_dose", "daily sentences"),
        lambda: _read_daily(analysis.doc, methotrexate_at(analysis)),
    )


def methotrexate_at(analysis: Analysis) -> frozenset[int]:
    """The tokens naming methotrexate: where the `methotrexate` concept reads it (however spelt
    or branded) and the spellings of METHOTREXATE_WORDS (read once per analysis)."""

    def read() -> frozenset[int]:
        tokens = analysis.doc.tokens
        named = {
            at
            for start, end in analysis.found.get(concept_label(METHOTREXATE_CONCEPT), [])
            for at in range(start, end)
        }
        return frozenset(named | {at for at, t in enumerate(tokens) if t in METHOTREXATE_WORDS})

    return analysis.reading(("extra_dose", "methotrexate named"), read)


def _read_daily(doc: Document, named_at: frozenset[int]) -> frozenset[int]:
    """`_daily_sentences` of `doc`, methotrexate named at the tokens `named_at`."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    daily = set()
    for at, token in enumerate(tokens):
        nxt = tokens[at + 1] if at + 1 < len(tokens) else ""
        if token in DAILY_WORDS or (token, nxt) in DAILY_PAIRS:
            daily.add(sentence_of[at])
    folic = {sentence_of[at] for at, token in enumerate(tokens) if token in FOLIC_WORDS}
    named = {sentence_of[at] for at in named_at}
    return frozenset({s for s in daily - folic if s in named or s - 1 in named})


FOLIC_DAILY = "folic_acid_daily"
#: A giving and its "again" telling no second dose (`next_weekly_dose_told`): denies the
#: overdose words read inside it (never_events.EVIDENCE_DENIED_BY).
NEXT_WEEKLY_DOSE = "mtx_next_weekly_dose_again"


#: A daily word told as the folic acid by a verb of being after it ("the daily yellow tablet
#: is folic acid", "the tablets every day are folic acid"): the daily one named as the folic
#: acid, read within FOLIC_NAMED_REACH tokens of the daily word, in its clause.
FOLIC_NAMED_BE_WORDS = frozenset({"is", "are", "was", "were"})
FOLIC_NAMED_REACH = 5


def _daily_named_folic(doc: Document, at: int) -> bool:
    """Whether the daily word at `at` is told as the folic acid: a verb of being, then folic
    acid, within FOLIC_NAMED_REACH tokens after it in its clause (batch dev-174712)."""
    tokens = doc.tokens
    after = list(doc.after_in_clause(at, at + 1, FOLIC_NAMED_REACH))
    for i in after:
        if tokens[i] in FOLIC_WORDS:
            return not FOLIC_NAMED_BE_WORDS.isdisjoint(tokens[at + 1 : i])
    return False


def folic_acid_daily_told(analysis: Analysis) -> list[Span]:
    """The daily words of a sentence whose first drug named is folic acid ("folic acid 5mg was
    meant to be once weekly (the day after MTX) but ended up transcribed as daily", "it was the
    folic acid she was taking daily"), and a daily word told as the folic acid before it ("the
    tablets every day are folic acid"): the folic acid's schedule, whatever methotrexate the
    sentence names after it."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    named_at = methotrexate_at(analysis)
    first_drug: dict[int, str] = {}
    spans: list[Span] = []
    for at, token in enumerate(tokens):
        if token in FOLIC_WORDS or at in named_at:
            first_drug.setdefault(sentence_of[at], token)
        nxt = tokens[at + 1] if at + 1 < len(tokens) else ""
        if (token in DAILY_WORDS or (token, nxt) in DAILY_PAIRS) and (
            first_drug.get(sentence_of[at], "") in FOLIC_WORDS
            or (sentence_of[at] not in first_drug and _daily_named_folic(doc, at))
        ):
            spans.append((at, at + 1))
    return spans


FOLIC_ROW = "folic_acid_row_daily"
#: Words of the weekly schedule the check may find the methotrexate itself on.
WEEKLY_WORDS = frozenset({"weekly", "once-a-week", "fortnightly"})
#: Tokens after a methotrexate word within which its own weekly schedule is told
#: ("methotrexate correct weekly", "MTX itself was weekly").
OWN_WEEKLY_REACH = 4
#: Sentences either side of the folic acid row within which the methotrexate is told weekly.
ROW_ANSWER_SENTENCES = 1


def _methotrexate_told_weekly(
    tokens: list[str], sentence_of: list[int], named_at: frozenset[int]
) -> set[int]:
    """Sentences telling the methotrexate itself weekly: a weekly word within OWN_WEEKLY_REACH
    tokens after a methotrexate word, with no daily word between nor right after it ("MTX
    10mg weekly prescribed daily" tells the error, not the check)."""
    told = set()
    for at in sorted(named_at):
        for i in range(at + 1, min(len(tokens), at + OWN_WEEKLY_REACH + 1)):
            if sentence_of[i] != sentence_of[at] or tokens[i] in DAILY_WORDS:
                break
            if tokens[i] in WEEKLY_WORDS:
                if DAILY_WORDS.isdisjoint(tokens[i + 1 : i + 1 + OWN_WEEKLY_REACH]):
                    told.add(sentence_of[at])
                break
    return told


def folic_acid_row_answered(analysis: Analysis) -> list[Span]:
    """The folic acid rows told as the daily one (`folic_acid_row_daily`) in or beside a
    sentence telling the methotrexate itself weekly: the query's daily word answered as the
    folic acid's (module docstring)."""
    rows = analysis.concept(FOLIC_ROW)
    if not rows:
        return []
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    weekly = _methotrexate_told_weekly(tokens, sentence_of, methotrexate_at(analysis))
    return [
        span
        for span in rows
        if any(abs(sentence_of[span[0]] - s) <= ROW_ANSWER_SENTENCES for s in weekly)
    ]


#: The weekly dose told already had ("told me she takes it Thursdays and had it yesterday",
#: "she'd had them on Sunday", "these are my Friday ones, it's Tuesday"): a dose due or offered
#: now is one beyond the weekly one, as a daily word makes it.
HAD_WORDS = frozenset({"had", "took", "taken", "received"})
ALREADY_WORDS = frozenset({"already", "yesterday"})
OWN_WORDS = frozenset({"my", "her", "his", "their"})
DOSE_NOUNS = frozenset(
    {"ones", "dose", "doses", "tablet", "tablets", "tab", "tabs", "injection", "injections", "one"}
)
HAD_REACH = 3
DAY_WORDS = frozenset(DAY_NAMES)
ALREADY_HAD_SENTENCES = 2
#: A weekly dose told not had ("had NOT taken her Monday dose at home", "hadn't had her
#: Friday one", "missed her Monday dose", "forgot to take her Sunday tablets"): the usual dose
#: missed, no dose beyond the weekly one when the next is given (a late weekly dose); read
#: within NOT_HAD_REACH tokens before the verb of having or before the possessive.
NOT_HAD_WORDS = frozenset(
    {"not", "never", "hadnt", "didnt", "t", "nt", "missed", "omitted", "forgot", "forgotten"}
)
NOT_HAD_REACH = 3


def _told_not_had(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the having at `at` (the verb, or the possessive before the day) is told negated
    or missed (dev-178699: a weekly dose three days late, the home dose not taken)."""
    return word_shortly_before(tokens, sentence_of, at, NOT_HAD_WORDS, NOT_HAD_REACH)


def _already_had_sentences(analysis: Analysis) -> set[int]:
    """Sentences telling the weekly dose already had, in or shortly after a sentence naming
    methotrexate; a having told negated or missed is none (`_told_not_had`)."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    told = set()
    for at, token in enumerate(tokens):
        if (
            token in HAD_WORDS
            and (
                word_shortly_after(tokens, sentence_of, at, ALREADY_WORDS | DAY_WORDS, HAD_REACH)
                or word_shortly_before(tokens, sentence_of, at, ALREADY_WORDS, 2)
            )
            and not _told_not_had(tokens, sentence_of, at)
        ) or (
            token in DAY_WORDS
            and at > 0
            and tokens[at - 1] in OWN_WORDS
            and at + 1 < len(tokens)
            and tokens[at + 1] in DOSE_NOUNS
            and not _told_not_had(tokens, sentence_of, at - 1)
        ):
            told.add(sentence_of[at])
    named = {sentence_of[at] for at in methotrexate_at(analysis)}
    return {s for s in told if any(0 <= s - n <= ALREADY_HAD_SENTENCES for n in named)}


#: The weekly dose told already had at home before the ward's dose: a verb of having or taking
#: it, not told negated or missed, then "home" within HOME_REACH tokens ("had been taken at home
#: on Monday", "she had taken it that morning at home") or "before admission", or "already"
#: right before it (review r24's m1a, m1b: the weekly dose taken at home, then given again on
#: the ward). A having told only by its day ("I had it yesterday", "has always had it fridays")
#: may be the ward's own dose (dev-169705, dev-159680).
HOME_HAD_WORDS = frozenset({"took", "taken", "had", "received"})
#: ... the verbs that tell their dose before them in a passive ("methotrexate 15mg had been
#: taken at home"); "had" and "took" name it after them ("had her weekly MTX", "took it").
PASSIVE_HAD_WORDS = frozenset({"taken", "received"})
HOME_WORDS = frozenset({"home"})
ADMISSION_PAIR = ("before", "admission")
HOME_REACH = 5
#: Tokens after the verb within which its dose is named, and before it within which a
#: passive's dose is.
DOSE_NAMED_AFTER = 3
DOSE_NAMED_BEFORE = 6
HAD_DOSE_OBJECTS = DOSE_NOUNS | frozenset({"it", "them", "weekly"})


def _had_at_home(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the having at `at` is told at home, before admission or already: "home" or
    "before admission" within HOME_REACH tokens after it, or "already" right before it."""
    if word_shortly_after(tokens, sentence_of, at, HOME_WORDS, HOME_REACH):
        return True
    if word_shortly_before(tokens, sentence_of, at, ALREADY_WORDS - {"yesterday"}, 2):
        return True
    return any(
        tuple(tokens[i : i + 2]) == ADMISSION_PAIR and sentence_of[i + 1] == sentence_of[at]
        for i in range(at + 1, min(len(tokens) - 1, at + HOME_REACH))
    )


def _having_a_dose(
    tokens: list[str], sentence_of: list[int], at: int, named: frozenset[int]
) -> bool:
    """Whether the having at `at` has the methotrexate dose for its object, named after it ("had
    her weekly MTX", "taken it"), or before a passive ("methotrexate 15mg had been taken")."""
    after = range(at + 1, min(len(tokens), at + DOSE_NAMED_AFTER + 1))
    if any(tokens[i] in HAD_DOSE_OBJECTS or i in named for i in after):
        return True
    return tokens[at] in PASSIVE_HAD_WORDS and any(
        i in named and sentence_of[i] == sentence_of[at]
        for i in range(max(0, at - DOSE_NAMED_BEFORE), at)
    )


def home_dose_havings(analysis: Analysis) -> list[int]:
    """Where the weekly methotrexate dose is told already had before the ward's (see
    HOME_HAD_WORDS); a having told negated or missed ("had not taken her weekly MTX") is none."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    named = methotrexate_at(analysis)
    return [
        at
        for at, token in enumerate(tokens)
        if token in HOME_HAD_WORDS
        and not _told_not_had(tokens, sentence_of, at)
        and tokens[at + 1 : at + 2] != ["not"]
        and _had_at_home(tokens, sentence_of, at)
        and _having_a_dose(tokens, sentence_of, at, named)
    ]


#: A ward's giving: its verbs, a word telling it a dose beyond one ("again", "another",
#: "double dose") in its sentence or the having's ("she had taken it on Friday at home, so a
#: second dose"), or an overdose word in the report; another drug named within
#: OTHER_DRUG_REACH tokens after the verb is that drug's giving ("given folinic acid").
WARD_GIVING_WORDS = frozenset({"given", "gave", "administered", "injected"})
#: ... not the next week's dose ("given on the ward the following Monday"); a giving told as
#: the usual weekly dose is still a second one after the home dose.
NEXT_WEEK_WORDS = frozenset({"following", "next", "week", "weeks", "fortnight"})
BEYOND_ONE_WORDS = frozenset(
    {"again", "also", "too", "extra", "another", "second", "2nd", "double", "twice"}
)
OTHER_DRUG_REACH = 4
#: ... or told "of" another drug further on in its sentence ("given a second dose of
#: co-amoxiclav on the ward": review r30), methotrexate not named between.
DOSE_OF_REACH = 8
#: ... nor a giving told in a clause of a time before ("error confirmed before another dose
#: was given": dev-21063).
BEFORE_GIVING_REACH = 5
DRUG_CONCEPT = "drug_names"
OVERDOSE_CONCEPT = "mtx_overdose"
#: ... nor a giving of something other than a dose, named just after it ("she was given another
#: appointment for rheumatology clinic": review r30's hd4).
GIVEN_NOT_A_DOSE = frozenset(
    {
        *("appointment", "appointments", "date", "leaflet", "leaflets", "advice", "card"),
        *("information", "letter", "review", "follow-up", "bed", "explanation", "number"),
    }
)
GIVEN_OBJECT_REACH = 3


def _other_drug_starts(analysis: Analysis) -> set[int]:
    """Where a drug other than methotrexate is named, dose nouns left out."""
    named = methotrexate_at(analysis)
    tokens = analysis.doc.tokens
    return {
        start
        for start, end in analysis.concept(DRUG_CONCEPT)
        if not any(start <= i < end for i in named) and tokens[end - 1] not in DOSE_NOUNS
    }


def _dose_of_another_drug(
    tokens: list[str],
    sentence_of: list[int],
    at: int,
    others: set[int],
    named: frozenset[int],
) -> bool:
    """Whether the giving at `at` is told "of" another drug within DOSE_OF_REACH tokens after
    it in its sentence ("given a second dose of co-amoxiclav"), methotrexate not named first."""
    for o in sorted(others):
        if not at < o <= at + DOSE_OF_REACH or sentence_of[o] != sentence_of[at]:
            continue
        if tokens[o - 1] == "of" and not any(at < i < o for i in named):
            return True
    return False


def given_after_the_home_dose(analysis: Analysis) -> list[Span]:
    """A dose given on the ward within ALREADY_HAD_SENTENCES sentences of the weekly dose told
    already had (`home_dose_havings`), told a dose beyond one: the giving not negated nor told
    as before something, not the next week's dose, not the home dose itself, not another
    drug's: an extra dose reached (review r24's m1a, m1b)."""
    havings = home_dose_havings(analysis)
    if not havings:
        return []
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    negated = _no_extra_dose_told(analysis)
    others = _other_drug_starts(analysis)
    had_sentences = {sentence_of[h] for h in havings}
    beyond_told = bool(analysis.concept(OVERDOSE_CONCEPT)) or any(
        token in BEYOND_ONE_WORDS and sentence_of[at] in had_sentences
        for at, token in enumerate(tokens)
    )
    spans: list[Span] = []
    for at, token in enumerate(tokens):
        if (
            token not in WARD_GIVING_WORDS
            or not any(
                abs(sentence_of[at] - sentence_of[h]) <= ALREADY_HAD_SENTENCES for h in havings
            )
            or _not_before(tokens, sentence_of, at)
            or word_shortly_before(tokens, sentence_of, at, BEFORE_WORDS, BEFORE_GIVING_REACH)
            or any(start <= at < end + NOT_REACH for start, end in negated)
            or word_shortly_after(tokens, sentence_of, at, HOME_WORDS | HANDOUT_WORDS, HOME_REACH)
            or any(at < o <= at + OTHER_DRUG_REACH for o in others)
            or _dose_of_another_drug(tokens, sentence_of, at, others, methotrexate_at(analysis))
            or word_shortly_after(tokens, sentence_of, at, NEXT_WEEK_WORDS, NEXT_DOSE_REACH)
            or word_shortly_after(tokens, sentence_of, at, GIVEN_NOT_A_DOSE, GIVEN_OBJECT_REACH)
        ):
            continue
        near = {tokens[i] for i in _near_words(tokens, sentence_of, at, USUAL_REACH)}
        if beyond_told or not BEYOND_ONE_WORDS.isdisjoint(near):
            spans.append((at, at + 1))
    return spans


def _supply_step_after(tokens: list[str], sentence_of: list[int], at: int) -> int:
    """The index of a supply step named within STEP_REACH tokens after `at` ("the counter",
    "clinical check", "final accuracy check"), or 0."""
    for i in range(at + 1, min(len(tokens), at + STEP_REACH + 1)):
        if sentence_of[i] != sentence_of[at]:
            break
        if tokens[i] in SUPPLY_STEPS or (
            tokens[i] in CHECK_WORDS and tokens[i - 1] in SUPPLY_CHECKS
        ):
            return i
    return 0


#: The first dose told still to come ("first dose due tomorrow 08:00", "next due tonight"):
#: nothing of the wrong schedule given yet when it was put right.
DUE_WORDS = frozenset({"due"})
LATER_WORDS = frozenset({"tomorrow", "tonight", "later"})
DUE_REACH = 2


def _due_later(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the "due" at `at` is told later, a clock time passed over ("next dose due 08:00
    tomorrow": the figures of a time are no words apart)."""
    words = 0
    for i in range(at + 1, len(tokens)):
        if sentence_of[i] != sentence_of[at] or words == DUE_REACH:
            return False
        if tokens[i] in LATER_WORDS:
            return True
        words += not tokens[i].isdigit()
    return False


def _unreal_past(tokens: list[str], at: int) -> bool:
    """Whether token `at` opens the unreal past ("would have", "could have"): what follows
    did not happen."""
    return tokens[at] in CONDITIONAL_MODALS and tokens[at + 1 : at + 2] == [UNREAL_HAVE]


def _no_extra_dose_told(analysis: Analysis) -> list[Span]:
    """A dose told negated ("no extra dose", "not given", "hadn't started the box") or only
    as what would have followed ("would have given it again"), a catch dated before the dose or
    the supply ("before dispensing", "before the next meds round"), or the first dose told
    still due ("first dose due tomorrow")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans: list[Span] = []
    for at, token in enumerate(tokens):
        if token in DUE_WORDS and _due_later(tokens, sentence_of, at):
            spans.append((at, at + DUE_REACH + 1))
            continue
        if (
            token in AT_WORDS
            and (step := _supply_step_after(tokens, sentence_of, at))
            and DOMESTIC_WORDS.isdisjoint(tokens[at + 1 : step])
            and word_shortly_before(tokens, sentence_of, at, STEP_CATCH_WORDS, STEP_CATCH_REACH)
        ):
            spans.append((at, step + 1))
            continue
        if token in NO_DOSE_NEGATORS or _unreal_past(tokens, at):
            reach, words, fillers = NO_DOSE_REACH, NO_DOSE_WORDS, NO_DOSE_FILLERS
        elif token in BEFORE_WORDS:
            reach, words, fillers = BEFORE_REACH, BEFORE_WHAT, None
        else:
            continue
        for i in range(at + 1, min(len(tokens), at + reach + 1)):
            if sentence_of[i] != sentence_of[at]:
                break
            if tokens[i] in words:
                spans.append((at, i + 1))
                break
            if fillers is not None and tokens[i] not in fillers:
                break
    return spans


def _methotrexate_named(analysis: Analysis) -> bool:
    return bool(methotrexate_at(analysis))


def _misread_abbreviations(analysis: Analysis) -> list[Span]:
    """A dose written with "U"/"IU" and the number it makes read as a digit told with a units
    word or a verb of reading or drawing up ("6U ... 60 units was drawn up", "'14U' ... to
    '140 units'", "6IU ... read as 61")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans: list[Span] = []
    if UNIT_ABBREVIATIONS.isdisjoint(tokens):  # every misread is of a "U" or "IU" written
        return spans
    for at in range(len(tokens) - 1):
        written, unit = tokens[at], tokens[at + 1]
        if unit not in UNIT_ABBREVIATIONS or not written.isdigit() or len(written) > 3:
            continue
        misread = {written + "0", written + "1"}
        for i, token in enumerate(tokens):
            if token not in misread or i == at:
                continue
            if not HYPOTHETICAL_WORDS.isdisjoint(tokens[max(0, i - HYPOTHETICAL_REACH) : i]):
                continue
            before = set(tokens[max(0, i - 3) : i])
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if (before & MISREAD_BEFORE or after in MISREAD_AFTER) and abs(
                sentence_of[i] - sentence_of[at]
            ) <= 3:
                spans.append((min(at, i), max(at + 2, i + 1)))
                break
    return spans


#: Insulin (never event 6) caught before the dose: the concepts telling the error made (a
#: non-insulin syringe, insulin drawn from a pen, the abbreviation misread), and the verbs of
#: someone halting the act. The error is caught when, after it and within CATCH_SENTENCES, the
#: report tells a halt, a catch cue or the dose stopped, no dose of insulin reached the patient
#: between the two, any dose told after the halt is the redo (the corrected dose, the number
#: written before the "U"), and no low sugar is told anywhere.
INSULIN_ERROR_CAUGHT = "insulin_error_caught"
INSULIN_CONCEPT = "insulin"
#: The errors made of a device are told with a syringe (the concept's readings and
#: transcriptions are left to `_misread_abbreviations`).
DEVICE_ERROR_CONCEPT = "insulin_error_made"
SYRINGE_WORDS = frozenset({"syringe", "syringes"})
#: (what a pen or its cartridge holds, drawn with a syringe, is insulin even when unnamed)
PEN_WITHDRAWAL_CONCEPT = "insulin_pen_withdrawal"
INSULIN_STOPPED_CONCEPT = "insulin_dose_stopped"
LOW_SUGAR_CONCEPT = "low_blood_sugar"
CORRECTED_CONCEPT = "corrected_action"
HALTING_WORDS = frozenset(
    {
        *("stopped", "intervened", "challenged", "queried", "questioned", "realised"),
        *("realized", "halted", "intercepted", "refused", "discarded"),
        # a check done again after the error, before the dose ("Rechecked chart with the nurse
        # in charge, the U looked like a 0. Gave 4 units"): the recheck is the catch
        *("rechecked", "rechecking", "rechecks"),
    }
)
#: Tokens around a dose told after the halt looked at for what makes it the redo.
REDO_REACH = 6


def _insulin_error_starts(analysis: Analysis) -> list[int]:
    """Where the report tells an insulin error made: a wrong device (with insulin named), a pen
    drawn from, or the unit abbreviation read as a digit."""
    starts = [span[0] for span in analysis.concept(ABBREVIATION_MISREAD)]
    starts += [span[0] for span in analysis.concept(PEN_WITHDRAWAL_CONCEPT)]
    if analysis.concept(INSULIN_CONCEPT):
        tokens = analysis.doc.tokens
        starts += [
            span[0]
            for span in analysis.concept(DEVICE_ERROR_CONCEPT)
            if not SYRINGE_WORDS.isdisjoint(tokens[span[0] : span[1]])
        ]
    return sorted(starts)


def _halts_after(analysis: Analysis, errors: list[int]) -> list[Span]:
    """The halts, catch cues and stopped doses told after an error, within CATCH_SENTENCES of
    the last error told before them."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans = [
        (at, at + 1)
        for at in range(errors[0] + 1, len(tokens))
        if tokens[at] in HALTING_WORDS and not _not_before(tokens, sentence_of, at)
    ]
    spans += [
        span
        for span in (
            *analysis.context.cues["prevented"],
            *analysis.concept(INSULIN_STOPPED_CONCEPT),
        )
        if span[0] > errors[0]
    ]
    return sorted(
        span
        for span in spans
        if sentence_of[span[0]] - sentence_of[max(e for e in errors if e < span[0])]
        <= CATCH_SENTENCES
    )


#: Words making a low sugar told the risk, not the outcome ("had the 61 units been given,
#: severe hypoglycaemia was likely").
LIKELY_WORDS = HYPOTHETICAL_WORDS | frozenset({"likely", "potential", "potentially"})
CONDITIONAL_OPENER = "had"


def _low_sugar_told(analysis: Analysis) -> bool:
    """Whether a low sugar is told as what happened, not as the risk of the error."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    for span in analysis.concept(LOW_SUGAR_CONCEPT):
        start, end = doc.sentence_tokens(sentence_of[span[0]])
        if LIKELY_WORDS.isdisjoint(tokens[start:end]) and tokens[start] != CONDITIONAL_OPENER:
            return True
    return False


#: A low sugar told as the reason an earlier dose was changed ("the GP had rewritten it as '4U'
#: (reduced from 14 after hypos)", "dose cut last month because of hypos", "lowered following
#: recurrent hypoglycaemia"): the history behind the dose written, not what followed this
#: report's error, so neither a low sugar told nor an overdose's sign. Read: a reason word
#: within REASON_REACH tokens before the low sugar, and a word of a dose changed within
#: CHANGE_REACH tokens before that, in its sentence, the change not told as a plan ("to be
#: reduced due to the hypo" answers this event).
LOW_SUGAR_CONCEPTS = (LOW_SUGAR_CONCEPT, "insulin_overdose")
DOSE_CHANGE_WORDS = frozenset(
    {
        *("reduced", "reduction", "lowered", "decreased", "cut", "halved", "titrated"),
        *("adjusted", "changed", "weaned"),
    }
)
REASON_WORDS = frozenset({"after", "following", "due", "because", "owing"})
REASON_REACH = 3
CHANGE_REACH = 6
CHANGE_PLAN_WORDS = frozenset({"to", "will", "be", "should", "plan", "planned", "advised", "needs"})


def _reason_of_a_dose_change(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the low sugar at `at` is told as why a dose was changed before (see
    DOSE_CHANGE_WORDS; dev-178692)."""
    sentence = sentence_of[at]
    for i in range(at - 1, max(-1, at - REASON_REACH - 1), -1):
        if sentence_of[i] != sentence:
            return False
        if tokens[i] not in REASON_WORDS:
            continue
        return any(
            tokens[j] in DOSE_CHANGE_WORDS
            and sentence_of[j] == sentence
            and not word_shortly_before(tokens, sentence_of, j, CHANGE_PLAN_WORDS, 2)
            for j in range(max(0, i - CHANGE_REACH), i)
        )
    return False


def _drop_low_sugars_behind_a_dose_change(analysis: Analysis) -> None:
    """Drop the low sugars (and overdose signs) told as the reason of an earlier dose change."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    for concept in LOW_SUGAR_CONCEPTS:
        dropped = [
            span
            for span in analysis.found.get(concept_label(concept), [])
            if _reason_of_a_dose_change(tokens, sentence_of, span[0])
        ]
        if dropped:
            analysis.remove_found(concept_label(concept), dropped)


#: The devices insulin is rightly given with, as word pairs ("with an insulin syringe", "a
#: U-100 syringe", "via her pen with a new pen needle"), and the words that make one told the
#: device not used ("not an insulin syringe", "no pen needles"). A dose told after the halt
#: with one of them beside it is the redo by the right device (dev-181613: "drawn up ... into a
#: 1ml luer syringe ... Stopped. Gave 20 units with an insulin syringe from DN stock"). When the
#: error is a pen drawn from with a syringe, only the pen's own needle is the right device.
INSULIN_SYRINGE_PAIRS = frozenset(
    {("insulin", "syringe"), ("insulin", "syringes"), ("100", "syringe"), ("100", "syringes")}
)
PEN_NEEDLE_PAIRS = frozenset({("pen", "needle"), ("pen", "needles")})
DEVICE_DENIED_WORDS = frozenset({"not", "no", "without", "nt", "t", "instead", "than"})
DEVICE_DENIED_REACH = 3


def _right_device_at(tokens: list[str], at: int, pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether a right device of `pairs` is named at `at`, not told as the device not used."""
    return (
        at + 1 < len(tokens)
        and (tokens[at], tokens[at + 1]) in pairs
        and DEVICE_DENIED_WORDS.isdisjoint(tokens[max(0, at - DEVICE_DENIED_REACH) : at])
    )


def _given_with_the_right_device(analysis: Analysis, span: Span) -> bool:
    """Whether the dose told at `span` is given with a right device named beside it in its
    sentence (see INSULIN_SYRINGE_PAIRS)."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    pairs = PEN_NEEDLE_PAIRS
    if not analysis.concept(PEN_WITHDRAWAL_CONCEPT):
        pairs = pairs | INSULIN_SYRINGE_PAIRS
    near = range(max(0, span[0] - REDO_REACH), min(len(tokens), span[1] + REDO_REACH))
    return any(
        sentence_of[i] == sentence_of[span[0]] and _right_device_at(tokens, i, pairs) for i in near
    )


def _is_insulin_redo(analysis: Analysis, span: Span, written: set[str]) -> bool:
    """Whether a dose told after the halt is the redo: told beside the corrected action, the
    dose written before the "U" or the right device, and not told as done before ("had
    already been given")."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if word_shortly_before(tokens, sentence_of, span[0], PAST_PERFECT_WORDS, 3):
        return False
    near = range(max(0, span[0] - REDO_REACH), min(len(tokens), span[1] + REDO_REACH))
    if any(tokens[i] in written and sentence_of[i] == sentence_of[span[0]] for i in near):
        return True
    if _given_with_the_right_device(analysis, span):
        return True
    return any(
        sentence_of[c[0]] == sentence_of[span[0]]
        and max(c[0] - span[1], span[0] - c[1], 0) <= REDO_REACH
        for c in analysis.concept(CORRECTED_CONCEPT)
    )


def insulin_caught_before_the_dose(analysis: Analysis) -> list[Span]:
    """The insulin error (a wrong device, a pen drawn from, a "U" read as a digit) halted
    before any of it went in: the span from the error to its halt, or none."""
    errors = _insulin_error_starts(analysis)
    if not errors or _low_sugar_told(analysis):
        return []
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    error = errors[0]
    halts = _halts_after(analysis, errors)
    if not halts:
        return []
    halt = halts[0]
    written = {
        tokens[i]
        for i in range(len(tokens) - 1)
        if tokens[i].isdigit() and tokens[i + 1] in UNIT_ABBREVIATIONS
    }
    context = analysis.context
    for cue in context.cues["reached"]:
        if sentence_of[cue[0]] < sentence_of[error] or context.not_yet(cue):
            continue
        if cue[0] < halt[0] or not _is_insulin_redo(analysis, cue, written):
            return []
    return [(error, halt[1])]


#: Methotrexate dosed by weight or body surface (ectopic pregnancy, some RA regimens): a dose
#: made ready bigger than the dose the report tells correct ("calculated 860mg" against
#: "prescribed (BSA 1.72 = 86mg)", "105 mg given; correct dose ... was 84 mg") is the dose
#: miscalculated, however the miscalculation is worded (`mtx_dose_miscalculated`, read by rule
#: NE7.methotrexate_dose_miscalculated with its catch).
MISCALCULATED = "mtx_dose_miscalculated"
MG_WORDS = frozenset({"mg", "mgs", "milligrams"})
#: Words after "mg" that make the figure a dose per unit of body ("50 mg/m2", "1 mg/kg").
PER_BODY_WORDS = frozenset({"m", "m2", "kg", "per"})
MADE_READY_WORDS = frozenset(
    {
        *("calculated", "drawn", "drew", "prepared", "given", "gave", "administered"),
        *("injected", "dispensed", "supplied", "made", "worked"),
        # the total told as standing ready for the patient ("drew 85mg into each syringe, so
        # 170mg ready")
        "ready",
        # the patient's own taking of a dose supplied ("pt took one tablet (10mg) weekly ...
        # correct dose 7.5mg": review r30's wk5, the dispensed tablets' strength no dose)
        *("took", "taken"),
    }
)
#: (a recalculation's result is the correct dose: "the SHO recalculated and BSA was actually
#: 1.7 = 85mg")
#: (the figure after "instead of" or "rather than" is the one meant: "8ml drawn up in an oral
#: syringe instead of 4ml")
CORRECT_DOSE_WORDS = frozenset(
    {
        *("correct", "intended", "right", "prescribed", "should", "recalculated", "actually"),
        *("instead", "rather"),
    }
)
DOSE_WORD_REACH = 6
#: Words of the intended dose that tell it only with "to" after them ("the two syringes were
#: meant to make 85mg together", "supposed to be 85 mg"): "this meant 170 mg was given" tells
#: the dose that resulted, not the one intended.
INTENT_WORDS = frozenset({"meant", "supposed"})
INTENT_TO = "to"


def _told_as_correct(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the dose figure at `at` is told as the correct or intended one: a word of the
    correct dose (CORRECT_DOSE_WORDS), or one of intent followed by "to", among the
    DOSE_WORD_REACH tokens before it in its sentence."""
    if word_shortly_before(tokens, sentence_of, at, CORRECT_DOSE_WORDS, DOSE_WORD_REACH):
        return True
    return any(
        tokens[i] in INTENT_WORDS
        and tokens[i + 1] == INTENT_TO
        and sentence_of[i] == sentence_of[at]
        for i in range(max(0, at - DOSE_WORD_REACH), at - 1)
    )


#: A figure in mg told with "/ml" or tablets after it is a strength ("oral solution 2mg/ml",
#: "we had given 10 mg tablets instead of her usual 2.5 mg": dev-164981), no dose.
STRENGTH_PER_WORDS = frozenset({"ml", "mls"})
#: A weekly word within WEEKLY_DOSE_REACH tokens after a dose in mg tells the dose of the
#: weekly regimen, the prescribed one ("on methotrexate oral solution 2mg/ml 12.5mg weekly
#: (Sat)", "15 mg once weekly", "20mg once a week"): dev-179682.
WEEKLY_DOSE_WORDS = frozenset({"weekly", "week"})
WEEKLY_DOSE_REACH = 3


def _doses_in(tokens: list[str], units: frozenset[str]) -> list[tuple[int, float]]:
    """Each dose told in `units` (mg: not per kg or m2, nor a strength per ml; ml), as (token
    index, value)."""
    doses = []
    for at in range(len(tokens) - 1):
        if tokens[at + 1] not in units:
            continue
        after = tokens[at + 2] if at + 2 < len(tokens) else ""
        try:
            value = float(tokens[at].replace(",", ""))
        except ValueError:
            continue
        if units is VOLUME_UNITS or after not in PER_BODY_WORDS | STRENGTH_PER_WORDS | TABLET_NOUNS:
            doses.append((at, value))
    return doses


def _told_weekly_dose(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the dose in mg at `at` is told as the weekly regimen's ("12.5mg weekly")."""
    return word_shortly_after(tokens, sentence_of, at + 1, WEEKLY_DOSE_WORDS, WEEKLY_DOSE_REACH)


def _over_the_correct_one(
    tokens: list[str], sentence_of: list[int], doses: list[tuple[int, float]], weekly: bool
) -> list[Span]:
    """The doses of `doses` made ready (calculated, drawn up, given) over the biggest told
    correct, or, when `weekly` and none is, as the weekly regimen's: a dose told correct
    outranks one told weekly, which may be the old regimen or the wrong dose given ("reduced
    from 20mg weekly to 15mg weekly ... gave 20mg, correct dose 15mg": review r30)."""
    correct = [value for at, value in doses if _told_as_correct(tokens, sentence_of, at)]
    if weekly and not correct:
        correct = [value for at, value in doses if _told_weekly_dose(tokens, sentence_of, at)]
    if not correct:
        return []
    return [
        (at, at + 2)
        for at, value in doses
        if value > max(correct)
        and (
            word_shortly_before(tokens, sentence_of, at, MADE_READY_WORDS, NOT_REACH)
            or word_shortly_after(tokens, sentence_of, at + 1, MADE_READY_WORDS, NOT_REACH)
        )
        and not _told_as_correct(tokens, sentence_of, at)
    ]


#: A figure told "of" methotrexate right after it ("drew up 20mg of methotrexate") is its dose,
#: whatever drug the sentence named before ("gave the folic acid then drew up 20mg of
#: methotrexate": review r30).
OWNER_AFTER_WORDS = frozenset({"of"})


def _of_methotrexate(analysis: Analysis, doses: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """The doses of `doses` not told of another drug: told "of methotrexate" right after the
    figure, or the last drug named before it in its sentence is methotrexate, or none is."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    others = _other_drug_starts(analysis)
    named = methotrexate_at(analysis)
    owners = sorted(others | named)

    def another_drugs(at: int) -> bool:
        if at + 3 in named and tokens[at + 2] in OWNER_AFTER_WORDS:
            return False
        before = [o for o in owners if o < at and sentence_of[o] == sentence_of[at]]
        return bool(before) and before[-1] in others

    return [dose for dose in doses if not another_drugs(dose[0])]


def _dose_over_the_correct_one(analysis: Analysis) -> list[Span]:
    """A methotrexate dose made ready (calculated, drawn up, given) over a dose told correct or
    prescribed, or the weekly regimen's, both in mg; or a volume drawn up over the volume told
    correct, both in ml ("Nurse drew up 12.5ml (25mg) ... correct volume 6.25ml": dev-179682,
    an oral solution's volume doubled). A figure whose sentence names another drug last before
    it is that drug's ("Prednisolone given as 40 mg instead of 4 mg" beside "methotrexate 20mg
    weekly (correct)"), neither made ready nor correct."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    mg_doses = _of_methotrexate(analysis, _doses_in(tokens, MG_WORDS))
    ml_doses = _of_methotrexate(analysis, _doses_in(tokens, VOLUME_UNITS))
    return _over_the_correct_one(
        tokens, sentence_of, mg_doses, weekly=True
    ) + _over_the_correct_one(tokens, sentence_of, ml_doses, weekly=False)


#: Errors of the strength or the amount supplied, made before any dose: the 10 mg tablets
#: dispensed for a count of 2.5 mg ones, a dose worked out wrongly. Told with no dose taken
#: after them ("has not taken any", "queried before release"), they were caught like a daily
#: schedule.
SUPPLY_ERROR_CONCEPTS = ("mtx_stronger_tablets_counted", MISCALCULATED)


def _supply_error_sentences(analysis: Analysis) -> set[int]:
    """The sentences telling a supply error of SUPPLY_ERROR_CONCEPTS."""
    sentence_of = analysis.doc.sentence_of
    return {sentence_of[span[0]] for c in SUPPLY_ERROR_CONCEPTS for span in analysis.concept(c)}


#: ... and that dose told given ("105 mg given"): it reached the patient, whatever catch
#: follows (`methotrexate_reach`).
OVER_DOSE_GIVEN = "mtx_dose_over_the_correct_one_given"


def _told_given(analysis: Analysis, span: Span) -> bool:
    """Whether a dose is told given, by a verb of giving right before or after it that is
    not negated nor told as before something."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    near = range(max(0, span[0] - NOT_REACH), min(len(tokens), span[1] + NOT_REACH))
    return any(
        tokens[i] in GIVEN_WORDS
        and sentence_of[i] == sentence_of[span[0]]
        and not _not_before(tokens, sentence_of, i)
        for i in near
    )


#: A pen told as what was taken ("took a NovoMix 30 pen from the ward fridge"): the pen moved,
#: not insulin drawn out of it, which is told with the pen after "from" or "out of" ("took 20
#: units out of her pen").
TAKING_WORDS = frozenset({"take", "took", "taken", "taking"})
PEN_WORDS = frozenset(
    {"pen", "pens", "flexpen", "kwikpen", "solostar", "flextouch", "cartridge", "penfill"}
)
SOURCE_WORDS = frozenset({"from", "out"})


def _pen_taken_not_drawn(analysis: Analysis) -> None:
    """Drop the pen withdrawals whose verb of taking has the pen itself for its object."""
    label = concept_label(PEN_WITHDRAWAL_CONCEPT)
    spans = analysis.found.get(label)
    if not spans:
        return
    tokens = analysis.doc.tokens

    def pen_moved(span: Span) -> bool:
        words = tokens[span[0] : span[1]]
        if words[0] not in TAKING_WORDS:
            return False
        pen = next((i for i, w in enumerate(words) if w in PEN_WORDS), len(words))
        source = next((i for i, w in enumerate(words) if w in SOURCE_WORDS), len(words))
        return pen < source

    moved = [span for span in spans if pen_moved(span)]
    if moved:
        analysis.found[label] = [span for span in spans if span not in moved]
        analysis.add_found(label, [])  # drops the label's cached affirmed spans


#: Concepts of an event of the past or elsewhere ("a previous never event in 2021 (methotrexate
#: taken daily for a week)"): doses counted in their sentence are that event's.
OTHER_EVENT_CONCEPTS = ("past_never_event", "medicine_never_event_elsewhere")


def _of_this_event(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """The spans not in someone's account of their past (`Analysis.accounts_of_the_past`) nor in
    a sentence telling an event of the past or elsewhere."""
    if not spans:
        return spans
    accounts = analysis.accounts_of_the_past()
    sentence = analysis.sentence
    other = {sentence(s) for c in OTHER_EVENT_CONCEPTS for s in analysis.concept(c)}
    return [
        span
        for span in spans
        if sentence(span) not in other
        and not any(a[0] <= span[0] and span[1] <= a[1] for a in accounts)
    ]


#: Where in the chain the daily word stands (prescribed -> screened -> dispensed -> supplied ->
#: taken): a near miss 7 is a wrong schedule made on a paper or a pack for the patient and
#: caught. A daily word told only of the patient's taking ("she has been taking the
#: methotrexate every day"), in no sentence naming a paper or a step of the supply, with no
#: extra dose reached, was a worry about the taking that was not so: neither.
NO_EXTRA_DOSE_MADE = "mtx_no_extra_dose_made"
#: (the patient's act, not a label's imperative: "'take 3 daily'" is the paper's direction)
TAKING_DAILY_WORDS = frozenset({"taking", "takes", "took", "taken"})
SCHEDULE_PAPER_WORDS = frozenset(
    {
        *("prescribed", "prescription", "script", "rx", "written", "wrote", "transcribed"),
        *("chart", "kardex", "label", "labelled", "labeled", "dispensed", "dosette", "mar"),
        *("tto", "repeat", "letter", "directions", "printed", "entered", "typed", "box"),
        *("pack", "packed", "compartment", "blister", "plan", "instructions", "emar"),
        *("epma", "order", "ordered", "supplied", "system", "filled", "fp10", "etto"),
    }
)


def _daily_told_of_taking_only(analysis: Analysis) -> bool:
    """Whether every sentence telling methotrexate daily tells a taking and no paper or step
    of the supply, and no weekly dose is told already had."""
    daily = _daily_sentences(analysis)
    if not daily or _already_had_sentences(analysis):
        return False
    doc = analysis.doc

    def told_of_taking_only(sentence: int) -> bool:
        start, end = doc.sentence_tokens(sentence)
        words = doc.tokens[start:end]
        return not TAKING_DAILY_WORDS.isdisjoint(words) and SCHEDULE_PAPER_WORDS.isdisjoint(words)

    return all(told_of_taking_only(s) for s in daily)


#: The weekly dose moved to another day ("given on tuesday rather than the monday on the
#: chart", "taken Thurs instead of Weds"): two weekly doses a few days apart, not an extra
#: dose, when no daily word is told and no more than two doses are counted.
DAY_SWAP_WORDS = frozenset({"instead", "rather"})
DAY_SWAP_REACH = 4


def _weekly_day_moved(analysis: Analysis) -> list[Span]:
    """The days told given in place of another day, when no daily word is told for
    methotrexate and no count or run of more than two doses."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if _daily_sentences(analysis):
        return []
    counted = analysis.found.get(concept_label(EXTRA_DOSES_COUNTED), [])
    if any(
        COUNT_WORDS.get(tokens[i], 0) > 2 or tokens[i] in RUN_WORDS
        for span in counted
        for i in range(*span)
    ):
        return []
    return [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in DAY_WORDS
        and word_shortly_after(tokens, sentence_of, at, DAY_SWAP_WORDS, DAY_SWAP_REACH)
        and any(
            tokens[i] in DAY_WORDS and sentence_of[i] == sentence_of[at]
            for i in range(at + 2, min(len(tokens), at + 2 * DAY_SWAP_REACH))
        )
    ]


#: An extra dose seen only on a record, and the check finding one dose given ("chart appeared to
#: show MTX signed as given on 2 consecutive days ... Monday's signature was the folic acid's.
#: Only one MTX dose given, confirmed by the pt"): a record's error, no extra dose made nor
#: taken, when no daily schedule is told (a daily prescription caught after the one dose is the
#: near miss). The answer: "only" or "just" with "one", "1", "single" or "once" within
#: ONE_REACH tokens of it, and a verb of giving or having close to that, not told as what should
#: be ("should only be given once"), not negated, nor turned after ("but ..."). Every overdose
#: word of the report is told before it, in sentences naming a record.
ONLY_WORDS = frozenset({"only", "just"})
ONE_WORDS = frozenset({"one", "1", "single", "once"})
ONE_REACH = 3
ONE_GIVEN_WORDS = frozenset(
    {"given", "gave", "had", "received", "taken", "took", "administered", "injected", "got"}
)
ONE_GIVEN_REACH = 4
NOT_DONE_BEFORE = frozenset(
    {"should", "must", "to", "would", "could", "can", "will", "meant", "supposed", "be", "needs"}
)
ONLY_NEGATORS = frozenset({"not", "no", "never"})
ONE_TURN_WORDS = frozenset({"but", "however", "although", "though", "yet"})
CHART_RECORD_WORDS = frozenset(
    {
        *("signed", "signature", "signatures", "initialled", "charted", "chart", "charts"),
        *("documented", "recorded", "record", "records", "mar", "kardex", "emar", "epma"),
        *("entry", "entries", "shows", "showed", "show", "appeared", "appears", "looked"),
    }
)
#: The overdose words the record may tell (the methotrexate concepts of never_events).
RECORD_OVERDOSE_CONCEPTS = (
    "mtx_overdose",
    "mtx_taken_daily",
    "mtx_had_daily",
    "mtx_daily",
    "mtx_dose_daily",
)


def _one_dose_found(doc: Document) -> list[Span]:
    """The "only one dose given" answers of the report (see CHART_RECORD_WORDS)."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans: list[Span] = []
    for at, token in enumerate(tokens):
        if token not in ONLY_WORDS or word_shortly_before(
            tokens, sentence_of, at, ONLY_NEGATORS, 2
        ):
            continue
        start, end = doc.sentence_tokens(sentence_of[at])
        ones = [
            i
            for i in range(max(start, at - ONE_REACH), min(end, at + ONE_REACH + 1))
            if tokens[i] in ONE_WORDS
        ]
        if not ones:
            continue
        one = ones[0]
        verbs = [
            i
            for i in range(max(start, one - ONE_GIVEN_REACH), min(end, one + ONE_GIVEN_REACH + 1))
            if tokens[i] in ONE_GIVEN_WORDS
            and NOT_DONE_BEFORE.isdisjoint(tokens[max(start, i - 2) : i])
        ]
        if verbs and ONE_TURN_WORDS.isdisjoint(tokens[one:end]):
            spans.append((min(at, one, verbs[0]), max(at, one, verbs[0]) + 1))
    return spans


def _extra_dose_only_on_record(analysis: Analysis, counted: list[Span]) -> list[Span]:
    """The one-dose answers that follow every overdose word of the report, each told in a
    sentence naming a record, when no daily schedule is told (see CHART_RECORD_WORDS)."""
    if _daily_sentences(analysis):
        return []
    doc = analysis.doc
    answers = _one_dose_found(doc)
    overdose = counted + [s for c in RECORD_OVERDOSE_CONCEPTS for s in analysis.concept(c)]
    if not answers or not overdose:
        return []
    sentence_of = doc.sentence_of
    told = {sentence_of[span[0]] for span in overdose}
    answered = min(sentence_of[span[0]] for span in answers)

    def names_a_record(sentence: int) -> bool:
        start, end = doc.sentence_tokens(sentence)
        return not CHART_RECORD_WORDS.isdisjoint(doc.tokens[start:end])

    if max(told) >= answered or not all(names_a_record(s) for s in told):
        return []
    return answers


#: Insulin errors of a device told of no event of this report: a syringe driver or pump (a
#: pump, not a syringe insulin is drawn into), a withdrawal in the account of an event elsewhere
#: or long ago, told as an instruction ("never withdraw insulin from a pen"), or in a sentence
#: telling that none such happened ("No incidents of insulin being withdrawn from a pen were
#: reported").
DEVICE_CONCEPTS = (
    PEN_WITHDRAWAL_CONCEPT,
    DEVICE_ERROR_CONCEPT,
    "insulin_error_cause",
    "insulin_unit_or_device_error",
)
PUMP_WORDS = frozenset({"driver", "drivers", "pump", "pumps"})
INSTRUCTION_NEGATORS = frozenset({"never", "not", "dont"})
NONE_OPENERS = frozenset({"no", "none", "nil", "zero"})
EVENT_NOUNS = frozenset(
    {"incident", "incidents", "cases", "case", "reports", "events", "instances", "episodes"}
)
NONE_REACH = 3
#: ... or named as the topic of a paper or a teaching ("a national alert about insulin withdrawn
#: from pens", "training on drawing insulin from a pen"): the hazard, not an event.
TOPIC_NOUNS = frozenset(
    {
        *("alert", "alerts", "poster", "posters", "guidance", "training", "learning"),
        *("campaign", "bulletin", "briefing", "policy", "memo", "reminder", "paper", "teaching"),
        *("session", "presentation", "newsletter", "warning", "warnings"),
    }
)
TOPIC_PREPOSITIONS = frozenset({"about", "on", "regarding", "re", "around", "concerning"})
TOPIC_REACH = 4


def _named_as_a_topic(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    return any(
        tokens[i] in TOPIC_PREPOSITIONS and i > 0 and tokens[i - 1] in TOPIC_NOUNS
        for i in range(max(0, at - TOPIC_REACH), at)
        if sentence_of[i] == sentence_of[at]
    )


def _of_no_device_event(analysis: Analysis, span: Span) -> bool:
    """Whether a device error is a pump, an instruction, a topic, or told as none."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    if _named_as_a_topic(tokens, sentence_of, span[0]):
        return True
    words = tokens[span[0] : span[1]]
    last_syringe = max((i for i, w in enumerate(words) if w in SYRINGE_WORDS), default=-1)
    if last_syringe >= 0 and word_shortly_after(
        tokens, sentence_of, span[0] + last_syringe, PUMP_WORDS, 1
    ):
        return True
    if word_shortly_before(tokens, sentence_of, span[0], INSTRUCTION_NEGATORS, 1):
        return True
    first = doc.sentence_tokens(sentence_of[span[0]])[0]
    return tokens[first] in NONE_OPENERS and word_shortly_after(
        tokens, sentence_of, first, EVENT_NOUNS, NONE_REACH
    )


def _device_errors_of_this_event(analysis: Analysis) -> None:
    """Drop the insulin device errors told of no event of this report."""
    for concept in DEVICE_CONCEPTS:
        spans = analysis.concept(concept)
        kept = _of_this_event(analysis, spans)
        dropped = [s for s in spans if s not in kept or _of_no_device_event(analysis, s)]
        if dropped:
            analysis.remove_found(concept_label(concept), dropped)


#: A small syringe of a volume in ml that insulin was drawn into, with no "insulin" between the
#: volume and the syringe ("drawing up actrapid 6 units ... in a 2ml leur-slip syringe"): a
#: non-insulin syringe whatever its kind is called, when the report names insulin. Infusions
#: are made in bigger syringes (50 ml) and run in drivers.
SMALL_SYRINGE_ML = 5.0
SYRINGE_KIND_REACH = 3
DRAWING_WORDS = frozenset(
    {"drawing", "drew", "drawn", "draw", "using", "used", "use", "prepared", "preparing"}
)
DRAWING_REACH = 20


def _small_syringes_drawn_into(analysis: Analysis) -> list[Span]:
    """The volume-and-syringe spans of small syringes told drawn into or used."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans: list[Span] = []
    for at, token in enumerate(tokens):
        if token not in SYRINGE_WORDS or word_shortly_after(tokens, sentence_of, at, PUMP_WORDS, 1):
            continue
        for i in range(at - 1, max(0, at - SYRINGE_KIND_REACH - 2), -1):
            if sentence_of[i] != sentence_of[at] or tokens[i] == INSULIN_CONCEPT:
                break
            if tokens[i] in VOLUME_UNITS and i > 0:
                try:
                    volume = float(tokens[i - 1])
                except ValueError:
                    break
                if volume <= SMALL_SYRINGE_ML and word_shortly_before(
                    tokens, sentence_of, i, DRAWING_WORDS, DRAWING_REACH
                ):
                    spans.append((i - 1, at + 1))
                break
    return spans


def _add_small_syringes(analysis: Analysis) -> None:
    if not analysis.concept(INSULIN_CONCEPT):
        return
    spans = _small_syringes_drawn_into(analysis)
    if spans:
        analysis.add_found(concept_label(DEVICE_ERROR_CONCEPT), spans)
        analysis.add_found(concept_label("insulin_unit_or_device_error"), spans)


def add_extra_dose_reasoning(analysis: Analysis) -> None:
    """Add the extra doses counted, the daily error caught with no extra dose, and the unit
    abbreviation read as a digit (see the module's docstring)."""
    if _methotrexate_named(analysis):
        if folic := folic_acid_daily_told(analysis) + folic_acid_row_answered(analysis):
            analysis.add_found(concept_label(FOLIC_DAILY), folic)
        if next_dose := next_weekly_dose_told(analysis):
            analysis.add_found(concept_label(NEXT_WEEKLY_DOSE), next_dose)
        over = _dose_over_the_correct_one(analysis)
        if over:
            analysis.add_found(concept_label(MISCALCULATED), over)
        given = [span for span in over if _told_given(analysis, span)]
        if given:
            analysis.add_found(concept_label(OVER_DOSE_GIVEN), given)
        counted = _of_this_event(
            analysis, extra_doses_counted(analysis) + given_after_the_home_dose(analysis)
        )
        if counted:
            analysis.add_found(concept_label(EXTRA_DOSES_COUNTED), counted)
        elif daily := (
            _daily_sentences(analysis)
            | _already_had_sentences(analysis)
            | _supply_error_sentences(analysis)
        ):
            sentence_of = analysis.doc.sentence_of
            none_given = [
                span
                for span in _no_extra_dose_told(analysis)
                if any(0 <= sentence_of[span[0]] - s <= CATCH_SENTENCES for s in daily)
            ]
            if none_given:
                analysis.add_found(concept_label(DAILY_ERROR_CAUGHT), none_given)
        made = _weekly_day_moved(analysis) + _extra_dose_only_on_record(analysis, counted)
        if methotrexate_reach(analysis) is False and _daily_told_of_taking_only(analysis):
            made += analysis.found[concept_label(DAILY_ERROR_CAUGHT)]
        if made:
            analysis.add_found(concept_label(NO_EXTRA_DOSE_MADE), made)
    _pen_taken_not_drawn(analysis)
    _drop_low_sugars_behind_a_dose_change(analysis)
    _add_small_syringes(analysis)
    _device_errors_of_this_event(analysis)
    misread = [] if analysis.concept(READ_CORRECTLY) else _misread_abbreviations(analysis)
    if misread:
        analysis.add_found(concept_label(ABBREVIATION_MISREAD), misread)
    caught = insulin_caught_before_the_dose(analysis)
    if caught:
        analysis.add_found(concept_label(INSULIN_ERROR_CAUGHT), caught)
    if analysis.concept(INSULIN_CONCEPT) and (right := _dose_told_right_alone(analysis.doc)):
        analysis.add_found(concept_label(READ_CORRECTLY), right)


#: A sentence that is only the dose told right, with no verb ("Correct dose.", "Right amount.",
#: "The correct dose.", "Dose right."): the report's own finding, as "dose correct" is
#: (insulin_read_correctly; dev-181657: "... withdrew pt's Humulin I 18 units from his 100
#: units/ml KwikPen cartridge with a U-100 insulin syringe and gave it. Correct dose.").
RIGHT_WORDS = frozenset({"correct", "right", "accurate"})
DOSE_WORDS = frozenset({"dose", "amount", "volume"})
ALONE_FILLERS = frozenset({"the", "a", "was", "so"})


def _dose_told_right_alone(doc: Document) -> list[Span]:
    """The sentences made only of a right word and a dose word, either order (RIGHT_WORDS)."""
    spans: list[Span] = []
    for sentence in sorted(set(doc.sentence_of)):
        start, end = doc.sentence_tokens(sentence)
        words = [w for w in doc.tokens[start:end] if w not in ALONE_FILLERS]
        if len(words) == 2 and {*words} & RIGHT_WORDS and {*words} & DOSE_WORDS:
            spans.append((start, end))
    return spans


#: Verbs of a dose given or taken, and the words telling it the usual weekly one ("Sunday dose
#: given as normal", "Day 1 dose given correctly", "her weekly methotrexate was given").
GIVEN_WORDS = frozenset({"given", "gave", "took", "taken", "administered", "injected", "swallowed"})
USUAL_DOSE_WORDS = frozenset(
    {"correct", "correctly", "usual", "normal", "weekly", "right", "appropriately", "once-a-week"}
)


USUAL_REACH = 8


#: The word telling a dose given as the one due then ("today's dose had been given at 08:00
#: (which was due anyway)", "given as it was due today"), read as the usual one unless told not
#: due, or due another time: a word before it of the next dose or a denial ("next due", "not
#: due"), or after it of a day or a time to come ("due Friday", "due until", "due tomorrow").
DUE_WORD = "due"
DUE_DENIED_BEFORE = frozenset({"not", "nt", "t", "next", "never", "before", "until", "till"})
DUE_ELSEWHEN_AFTER = frozenset(
    {"on", "until", "till", "tomorrow", "next", "later", "in", "for", "to", "from", "after"}
)
DUE_DENIED_REACH = 2


def _due_then(tokens: list[str], at: int) -> bool:
    """Whether the "due" at `at` tells the dose due when given, not another time nor not due
    (batch dev-177662: the weekly dose given on its day, "which was due anyway", before a
    daily prescription was put right)."""
    before = tokens[max(0, at - DUE_DENIED_REACH) : at]
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return (
        DUE_DENIED_BEFORE.isdisjoint(before)
        and after not in DUE_ELSEWHEN_AFTER
        and after not in DAY_NAMES
        and not DATE.match(after)
    )


def _usual_words(tokens: list[str], window: list[int]) -> set[str]:
    """The words at `window`, with "once a week" read as one word (not "for a week") and a
    dose told due then ("which was due anyway") read as the usual one."""
    words = {tokens[i] for i in window}
    if any(tokens[i] == "week" and i >= 2 and tokens[i - 2] == "once" for i in window):
        words.add("once-a-week")
    if any(tokens[i] == DUE_WORD and _due_then(tokens, i) for i in window):
        words.add("usual")
    return words


#: What a patient is handed that is no dose ("counselled and given MTX booklet", "given the
#: alert card"), looked for within HANDOUT_REACH tokens after the verb.
HANDOUT_WORDS = frozenset(
    {"booklet", "leaflet", "card", "information", "info", "advice", "letter", "diary", "sheet"}
)
HANDOUT_REACH = 3

#: Tablets of a strength told handed over ("we had given 10 mg tablets instead of her usual
#: 2.5 mg", "10 mg tablets given in error"): the supply, not a dose (a dose is told by its
#: count: "given 4 tablets").
TABLET_NOUNS = frozenset({"tablets", "tabs", "tablet"})


def _tablets_of_a_strength_handed(tokens: list[str], at: int) -> bool:
    """Whether the verb at `at` has a strength in mg and tablets for its object, after it or
    right before it."""
    after, before = tokens[at + 1 : at + 4], tokens[max(0, at - 2) : at]
    return (len(after) == 3 and after[1] in MG_WORDS and after[2] in TABLET_NOUNS) or (
        len(before) == 2 and before[0] in MG_WORDS and before[1] in TABLET_NOUNS
    )


REPEAT_WORDS = RUN_WORDS | frozenset(
    {"again", "instead", "rather", "also", "too", "extra", "another"}
)


#: The word that tells a giving repeated with its verb left out ("administered on Tuesday (his
#: correct weekly dose) and again on Wednesday"), however far along the sentence.
AGAIN_WORD = "again"
#: Words after "again" that tell the next weekly dose, given when due ("again the following
#: Monday", "again next Tuesday", "again this Friday", "again on the Sunday after").
WEEK_LATER_WORDS = frozenset(
    {"following", "next", "this", "after", "week", "weeks", "weekly", "fortnight"}
)
WEEK_LATER_REACH = 4
#: Tokens after "again" within which the next weekly dose is told as due ("again on 14/03 as
#: due": a date is two tokens).
NEXT_DOSE_REACH = 6
#: A count of days after "again" that is a week on ("again 7 days later").
WEEK_OF_DAYS = frozenset({"7", "seven", "14", "fourteen"})
DAY_UNIT_WORDS = frozenset({"days", "day"})
#: Words straight before "again" that let it stand for the giving: the giving verb itself
#: ("given again") or a joining word with the verb left out ("and again on Wednesday", "then
#: again at 18:00"). After another verb ("the pharmacist checked again") it repeats that act.
AGAIN_FOR_THE_GIVING_WORDS = GIVEN_WORDS | frozenset({"and", "then", "but", "once", "repeated"})
#: Subjects straight after "again" that open a clause of their own ("and again he asked for
#: it"): a new act, not the giving repeated.
AGAIN_NEW_SUBJECT_WORDS = frozenset({"he", "she", "they", "i", "we", "pt", "patient"})
#: Words before "again" that make it a giving asked about or not done ("asked if it should be
#: given again", "not given again").
AGAIN_NOT_DONE_WORDS = frozenset({"if", "whether", "should", "not", "never", "asking"})
AGAIN_NOT_DONE_REACH = 4


#: Verbs of having, receiving or getting that tell a dose given when a dose is their object ("had
#: her usual dose on Monday", "received the correct weekly dose", "got two doses"): elsewhere
#: they tell other things ("had a fall", "had been told", "received the chart", "got home").
HAD_A_DOSE_WORDS = frozenset({"had", "received", "got"})
#: Tokens after such a verb within which its dose is named ("had the right weekly mtx dose").
HAD_A_DOSE_REACH = 5
#: Nouns of a dose as the object of a HAD_A_DOSE_WORDS verb: only with one of them after it does
#: the verb tell a dose given, since these verbs, unlike the giving ones, have other objects.
DOSE_OBJECT_WORDS = frozenset({"dose", "doses", "tablets", "tabs", "injection", "injections"})


def gives_a_dose(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the verb at `at` tells a dose given: a verb of giving, or one of having,
    receiving or getting (HAD_A_DOSE_WORDS) with a dose for its object within HAD_A_DOSE_REACH
    tokens of its sentence."""
    if tokens[at] in GIVEN_WORDS:
        return True
    return tokens[at] in HAD_A_DOSE_WORDS and word_shortly_after(
        tokens, sentence_of, at, DOSE_OBJECT_WORDS, HAD_A_DOSE_REACH
    )


#: Pronouns that stand for the dose as the object of a giving or having verb ("received it
#: again", "gave them again").
DOSE_PRONOUNS = frozenset({"it", "them"})


def _dose_had_again(tokens: list[str], at: int) -> bool:
    """Whether the "again" at `at` follows a giving or having verb with the dose as its pronoun
    ("had the correct dose on Monday and received it again on Tuesday"): the giving repeated,
    unless the verb is in the unreal past ("the chart would have given it again tomorrow")."""
    return (
        at >= 2
        and tokens[at - 1] in DOSE_PRONOUNS
        and tokens[at - 2] in GIVEN_WORDS | HAD_A_DOSE_WORDS
        and not (at >= 4 and _unreal_past(tokens, at - 4))
    )


def given_again_later(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the giving at `at` is told repeated later in its sentence by "again", not as
    the next weekly dose nor as a giving asked about or denied: the dose given a second time,
    an extra one beside the usual dose told with it. The "again" must stand for the giving
    (after the giving verb or a joining word, not after another verb, nor opening a clause
    with its own subject)."""
    sentence = sentence_of[at]
    for i in range(at + 1, len(tokens)):
        if sentence_of[i] != sentence:
            return False
        if tokens[i] != AGAIN_WORD:
            continue
        after = tokens[i + 1 : i + 1 + NEXT_DOSE_REACH]
        before = tokens[max(at + 1, i - AGAIN_NOT_DONE_REACH) : i]
        if (
            (tokens[i - 1] in AGAIN_FOR_THE_GIVING_WORDS or _dose_had_again(tokens, i))
            and AGAIN_NEW_SUBJECT_WORDS.isdisjoint(after[:1])
            and not _next_weekly_dose(tokens, after)
            and AGAIN_NOT_DONE_WORDS.isdisjoint(before)
        ):
            return True
    return False


#: Words after "as" that tell a dose given when the schedule had it due ("again on 14/03 as
#: due", "again as prescribed"): the next weekly dose, where no daily schedule is told.
AS_DUE_WORDS = frozenset({"due", "prescribed", "scheduled", "planned", "charted", "expected"})


def _daily_schedule_told(tokens: list[str]) -> bool:
    """Whether any daily word or pair is told in `tokens` (a chart made daily makes "as due"
    the wrong schedule's)."""
    return any(
        token in DAILY_WORDS or tuple(tokens[at : at + 2]) in DAILY_PAIRS
        for at, token in enumerate(tokens)
    )


#: Words naming the day or week after this one when a day or "week" follows them ("the
#: following Sunday", "next Thursday", "the next week").
FOLLOWING_WORDS = frozenset({"following", "next"})
FOLLOWING_WHAT = frozenset({*DAY_NAMES, "week", "weeks"})


def _following_day_named(after: list[str]) -> bool:
    """Whether the words `after` an "again" name the following day of the week or the next
    week, however many words of place come first ("given again on the ward the following
    Sunday as per chart": review r30's hd8): the next weekly dose."""
    return any(
        word in FOLLOWING_WORDS and after[k + 1 : k + 2] and after[k + 1] in FOLLOWING_WHAT
        for k, word in enumerate(after)
    )


def _next_weekly_dose(tokens: list[str], after: list[str]) -> bool:
    """Whether the words `after` an "again" tell the next weekly dose: a week later ("the
    following Monday", "7 days later", within WEEK_LATER_REACH words) or given as due with no
    daily schedule told in the report ("again on 14/03 as due")."""
    week = after[:WEEK_LATER_REACH]
    if not WEEK_LATER_WORDS.isdisjoint(week) or _a_week_of_days(week):
        return True
    if _following_day_named(after):
        return True
    return any(
        word == "as" and after[k + 1 : k + 2] and after[k + 1] in AS_DUE_WORDS
        for k, word in enumerate(after)
    ) and not _daily_schedule_told(tokens)


def _repeats_another_act(tokens: list[str], at: int) -> bool:
    """Whether the "again" at `at` repeats another act told by its own verb ("the BM checked
    again", "rang again"), not the giving."""
    verb = tokens[at - 1]
    return verb.endswith("ed") and verb not in AGAIN_FOR_THE_GIVING_WORDS


def next_weekly_dose_told(analysis: Analysis) -> list[Span]:
    """Spans from the first giving of a sentence to an "again" later in it that tells no second
    dose: the next weekly dose given when due (`_next_weekly_dose`), another act repeated
    (`_repeats_another_act`) or a giving asked about or denied ("asked whether it should be
    given again"). The overdose words read inside them (`mtx_overdose`: "given on Monday and
    again") tell no extra dose."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans: list[Span] = []
    for i, token in enumerate(tokens):
        if token != AGAIN_WORD or i == 0:
            continue
        givings = [
            g for g in range(doc.sentence_tokens(sentence_of[i])[0], i) if tokens[g] in GIVEN_WORDS
        ]
        if not givings:
            continue
        end = min(doc.sentence_tokens(sentence_of[i])[1], i + 1 + NEXT_DOSE_REACH)
        asked = not AGAIN_NOT_DONE_WORDS.isdisjoint(tokens[max(0, i - AGAIN_NOT_DONE_REACH) : i])
        if (
            asked
            or _repeats_another_act(tokens, i)
            or _next_weekly_dose(tokens, tokens[i + 1 : end])
        ):
            spans.append((givings[0], end))
    return spans


def _a_week_of_days(words: list[str]) -> bool:
    """Whether `words` tell a week's count of days ("7 days later"): the next weekly dose."""
    return any(
        word in WEEK_OF_DAYS and words[k + 1 : k + 2] and words[k + 1] in DAY_UNIT_WORDS
        for k, word in enumerate(words)
    )


#: Words making a given word the record of the last dose, looked up in a check ("I check the
#: last given date", "previous given time"): the dose before, not one given now.
LAST_DOSE_WORDS = frozenset({"last", "previous", "prior"})
RECORD_WORDS = frozenset({"date", "dates", "time", "day"})


def _last_dose_record(tokens: list[str], at: int) -> bool:
    """Whether the given word at `at` names the record of the last dose ("the last given
    date"): right after a word of the last dose, or right before a date or time word."""
    return (at > 0 and tokens[at - 1] in LAST_DOSE_WORDS) or (
        at + 1 < len(tokens) and tokens[at + 1] in RECORD_WORDS
    )


def _near_words(tokens: list[str], sentence_of: list[int], at: int, reach: int) -> list[int]:
    """The indexes within `reach` tokens of `at`, in its sentence."""
    return [
        i
        for i in range(max(0, at - reach), min(len(tokens), at + reach + 1))
        if sentence_of[i] == sentence_of[at]
    ]


def _told_usual(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the dose given at `at` is told the usual weekly one: a word of it within
    USUAL_REACH tokens of its sentence, and no word of a repeat or a contrast there, nor an
    "again" later telling it given a second time."""
    near = _usual_words(tokens, _near_words(tokens, sentence_of, at, USUAL_REACH))
    return (
        not USUAL_DOSE_WORDS.isdisjoint(near)
        and REPEAT_WORDS.isdisjoint(near)
        and not given_again_later(tokens, sentence_of, at)
    )


#: Words that tell a regimen weekly, and the reach (tokens, in its sentence) within which a
#: day named beside a giving is the day it was given.
WEEKLY_TOLD_WORDS = frozenset({"weekly", "week"})
ONCE_A = ["once", "a"]
WEEKLY_DAY_REACH = 4


def weekly_days(tokens: list[str], sentence_of: list[int]) -> set[str]:
    """The days (DAY_NAMES' short names) told as the weekly regimen's: named in a sentence
    that tells the drug weekly ("weekly methotrexate 12.5mg Thursdays", "takes it once a
    week on a Sunday")."""
    weekly = {
        sentence_of[at]
        for at, token in enumerate(tokens)
        if token in WEEKLY_TOLD_WORDS and (token != "week" or tokens[at - 2 : at] == ONCE_A)
    }
    return {
        DAY_NAMES[token]
        for at, token in enumerate(tokens)
        if token in DAY_NAMES and sentence_of[at] in weekly
    }


def _given_on_the_weekly_day(
    tokens: list[str], sentence_of: list[int], at: int, days: set[str]
) -> bool:
    """Whether the giving at `at` is told on the regimen's weekly day and on no other ("Given
    Thurs morning" after "weekly methotrexate 12.5mg Thursdays"), with no word of a repeat or
    a contrast near it nor an "again" later: the usual weekly dose, as a word of it makes it
    (batch 108's dev-180640: the dose given on its day, offered again the next morning)."""
    near = _near_words(tokens, sentence_of, at, WEEKLY_DAY_REACH)
    named = {DAY_NAMES[tokens[i]] for i in near if tokens[i] in DAY_NAMES}
    return (
        bool(named)
        and named <= days
        and REPEAT_WORDS.isdisjoint(_usual_words(tokens, near))
        and not given_again_later(tokens, sentence_of, at)
    )


def _only_the_usual_dose_given(analysis: Analysis) -> bool:
    """Whether every dose told given or taken (not negated nor told as before something, nor
    right after a negated dose: "no additional dose was given") is
    told beside a word that makes it the usual weekly one, within USUAL_REACH tokens of its
    sentence and with no word of a repeat or a contrast there: a dose given with no such word
    ("given on Mon, Tue and Wed", "Thurs dose given", "then given again on Tue") may be an
    extra one."""
    doc = analysis.doc
    tokens, sentence_of = doc.tokens, doc.sentence_of
    negated = _no_extra_dose_told(analysis)
    days = weekly_days(tokens, sentence_of)
    return all(
        _told_usual(tokens, sentence_of, at)
        or _given_on_the_weekly_day(tokens, sentence_of, at, days)
        or _tablets_of_a_strength_handed(tokens, at)
        or _last_dose_record(tokens, at)
        or _not_before(tokens, sentence_of, at)
        or any(
            start <= at < end + NOT_REACH and sentence_of[start] == sentence_of[at]
            for start, end in negated
        )
        for at, token in enumerate(tokens)
        if token in GIVEN_WORDS
        and not word_shortly_after(tokens, sentence_of, at, HANDOUT_WORDS, HANDOUT_REACH)
    )


def methotrexate_reach(analysis: Analysis) -> bool | None:
    """True when extra methotrexate doses are counted taken or a dose over the correct one is
    told given, False when a daily error is told caught with no extra dose, None when the
    report tells neither."""
    if analysis.found.get(concept_label(EXTRA_DOSES_COUNTED)) or analysis.found.get(
        concept_label(OVER_DOSE_GIVEN)
    ):
        return True
    if analysis.found.get(concept_label(DAILY_ERROR_CAUGHT)) and _only_the_usual_dose_given(
        analysis
    ):
        return False
    return None


def insulin_reach(analysis: Analysis) -> bool | None:
    """False when the insulin error is told halted before any of it went in
    (`insulin_caught_before_the_dose`), None otherwise: the rules' reading stands."""
    return False if analysis.found.get(concept_label(INSULIN_ERROR_CAUGHT)) else None


def revise_extra_dose_reach(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """Methotrexate and insulin findings read by whether the overdose reached the patient: a
    never event 7 in a report telling the daily error caught with no extra dose is the near
    miss, a near miss 7 with extra doses counted taken the never event; a never event 6 whose
    error is told halted before the dose is the near miss."""
    reaches = {
        METHOTREXATE_CODE: methotrexate_reach(analysis),
        INSULIN_CODE: insulin_reach(analysis),
    }
    return [
        replace(f, near_miss=not reach)
        if (reach := reaches.get(f.never_event.code)) is not None and f.near_miss == reach
        else f
        for f in findings
    ]
