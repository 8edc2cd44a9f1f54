"""Round 51 (helper 1): a "before" that orders what had not yet happened, or the steps of a
plan, is neither a dose that had gone in nor a catch."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# "before anything had gone down it": a past perfect after "before" tells what had not yet
# happened, so the catch after it still holds the tube's use back.
TUBE_CAUGHT_BEFORE_ANYTHING_HAD_GONE_IN = [
    "NG tube passed on the ward. CXR showed the tip in the right main bronchus; the FY1 saw the "
    "film before any feed had been started - nothing given, tube pulled and re-sited.",
    "Fine bore NG tube inserted for feeding. Radiology report: tip in the left lower lobe "
    "bronchus. The nurse read it before anything had gone down the tube - no feed or flush "
    "given, tube taken out.",
    "NG tube placed overnight, xray reported the tip in the right bronchus, seen by the day "
    "team before any water had been put down it - no feed, water or medication given.",
]

# the product had gone in before the catch: still a never event.
TUBE_USED_BEFORE_THE_CATCH = [
    "NG tube passed and 200ml feed had gone in before the xray was read showing the tip in the "
    "right bronchus, feed stopped.",
    "NG tube in the right main bronchus on CXR. Before anyone noticed, 300ml water had gone "
    "down it - no further flushes given.",
]

# "to flush the cannula before giving adenosine": the plan's order, not a catch.
POTASSIUM_GIVEN_AS_THE_PLANNED_FLUSH = [
    "Nurse went to fetch sodium chloride 0.9% to flush the cannula before giving the "
    "antibiotic; strong potassium chloride 15% had been stored in the saline slot and was "
    "picked up. 10ml flushed. Patient arrested, K 7.1.",
    "Doctor drew up what he thought was saline to flush the line before giving the contrast, "
    "the ampoule was potassium chloride 20% put back in the wrong slot. Flushed in, pt went "
    "into VT.",
]

# a catch told in the same sentence still makes it a near miss.
POTASSIUM_CAUGHT_BEFORE_GIVING = [
    "Nurse went to get saline to flush the line before giving the antibiotic, picked up "
    "potassium chloride 15% from the wrong slot, second nurse noticed before giving and it was "
    "not given.",
    "Staff nurse drew up strong potassium chloride instead of sodium chloride to flush the "
    "cannula before giving IV antibiotics; the student noticed the label before it was used. "
    "Not given.",
]


@pytest.mark.parametrize("text", TUBE_CAUGHT_BEFORE_ANYTHING_HAD_GONE_IN)
def test_tube_found_before_anything_had_gone_in_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", TUBE_USED_BEFORE_THE_CATCH)
def test_tube_used_before_the_catch_is_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize("text", POTASSIUM_GIVEN_AS_THE_PLANNED_FLUSH)
def test_before_giving_in_the_plan_is_no_catch(text: str) -> None:
    assert never_event_codes(text) == ("4", None)


@pytest.mark.parametrize("text", POTASSIUM_CAUGHT_BEFORE_GIVING)
def test_potassium_caught_before_giving_stays_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "4")
