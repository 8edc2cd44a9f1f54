"""Round 44 (helper 9): wrong-site and retained-item readings.

A side named after the act's verb is the side acted on, not a plan; a joint replacement named
alone as the case's heading is the planned side; an act "to be done" later is no act; a wrong
side redone on the other side "in the same session" is no catch; the GP surgery named as a place
does not hide an injection done there; a damaged instrument found in the set leaves its missing
piece in the patient; a swab put in to retract and forgotten was not left on purpose; a mark
drawn above the wrong eye at sign in is a near miss; variant anatomy known beforehand is no
framework exclusion.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

WRONG_SITE_EVENTS = [
    "Theatre 6. L THR. Reg performed fascia iliaca block on the R side before the mark was "
    "checked. Pt informed, L hip done under GA.",
    "Recovery. R TKA. anaesthetist gave a femoral nerve block to the L leg, noticed when the "
    "surgeon came to check the mark. Weakness L leg overnight.",
    "Listed for L nephrostomy. Tube sited in the R kidney. The right tube was removed and a "
    "left nephrostomy placed in the same session.",
    "GP practice minor op list. Steroid injected into the R shoulder, the consent form and the "
    "physio letter said L shoulder. Pt informed.",
    "Wrong level discectomy done at L2/3 instead of L3/4. A transitional vertebra was noted on "
    "the pre op MRI report. The panel considered whether this was unexpected anatomy and "
    "concluded it was not. Returned to theatre for the correct level.",
]

NO_WRONG_SITE = [
    "L TKR done today under spinal, uneventful. R knee to be done in the spring.",
    "Pt listed for L THR. R hip will be replaced next year. No issues today.",
    "Pt had L TKR 2019. Now admitted with a fall, R NOF fracture, DHS done on R as planned.",
    "R TKR. Uneventful spinal, block on the R as consented, no issues. Mobilised day 1.",
    "GP surgery. Pt attended for flu vaccine, given in the L arm, pt preferred the R arm.",
    "GP surgery reception: letter for a R knee injection sent to the wrong patient.",
]

RETAINED_EVENTS = [
    "Day case arthroscopy. Post op xray showed a small metal fragment in the knee joint; the "
    "grasper was found in the returned tray with its tip missing. Pt back to theatre.",
    "Hand surgery. Xray at follow up showed a metallic fragment in the soft tissues. Broken "
    "scissors found in the set at CSSD. Pt listed for removal.",
]

NO_RETAINED = [
    "Swab missing at count, swab found on the floor. Damaged retractor also noted and sent for "
    "repair. No retained item on xray.",
    "Pt inserted a tampon herself before admission and forgot about it, found by nurse on day 3, "
    "removed.",
]

NEAR_MISSES = [
    (
        "Lap chole. Surgeon placed a swab to retract the liver and forgot, found at the closing "
        "count under the liver before port closure, removed. No harm.",
        "3",
    ),
    (
        "Eye unit sign in. The arrow was drawn above the R eye but consent and list said L eye. "
        "Re-marked before any block, no harm.",
        "1",
    ),
]


@pytest.mark.parametrize("text", WRONG_SITE_EVENTS)
def test_side_acted_against_the_plan_is_wrong_site_surgery(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", NO_WRONG_SITE)
def test_later_plans_history_and_places_are_no_wrong_site(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize("text", RETAINED_EVENTS)
def test_damaged_instrument_in_the_set_leaves_its_piece_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", NO_RETAINED)
def test_items_found_outside_or_self_inserted_are_not_retained(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_caught_before_the_end_or_the_start_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)
