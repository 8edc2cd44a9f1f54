"""Theme precision T5 (batch 109): a fall that could happen, and an anticoagulant as a reason.

- A fall told only as what could happen ("a child could fall out", "someone might fall
  through", "worried she may fall") names a hazard, like a near-fall: no patient fell, so it is
  no evidence of `falls` (dev-181911), also where a window hazard found with nobody hurt is an
  excluded never event 10. A fall that happened, told by its own verbs, still is.
- An anticoagulant told as the reason for another action ("on apixaban so CT head requested")
  is background to the event (the labelling guide's "pt on apixaban who fell", dev-182015); an
  anticoagulant dose omitted or doubled is still `medication`.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

HYPOTHETICAL_FALL_CASES = [
    # a window hazard found with nobody hurt (an excluded never event 10): no fall
    (
        "Walk round on the 3rd floor: the window in the day room opens fully, restrictor "
        "missing - a confused patient could fall out. Estates replaced the restrictor.",
        False,
    ),
    (
        "Relative noticed the bay window on the first floor opens fully and a child could fall "
        "out. Restrictor missing, replaced by estates. No patient incident.",
        False,
    ),
    (
        "Complaint from a visitor: the window by bed 4 on the second floor opened right out "
        "when she leant on it and 'someone could fall out'. Estates found the restrictor "
        "missing and fitted a new one the same day.",
        False,
    ),
    # a fall that happened: still falls
    (
        "Pt fell out of the window of her first floor room at 02:00, restrictor found broken. "
        "Fractured wrist.",
        True,
    ),
    (
        "Unwitnessed fall: pt found on the floor beside the bed at 05:00, had tried to get up "
        "to the toilet alone. No injury, neuro obs started.",
        True,
    ),
    (
        "Pt slipped in the shower room and fell, hitting her hip on the tiles. X-ray no fracture.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "has_falls"), HYPOTHETICAL_FALL_CASES)
def test_a_fall_that_could_happen_is_no_fall(text: str, has_falls: bool) -> None:
    assert ("falls" in theme_ids(text)) is has_falls


ANTICOAGULANT_REASON_CASES = [
    # the drug is why something else was done: background
    (
        "Unwitnessed fall in the bay at 03:00, found sitting by the bed. Bump to the back of "
        "the head, neuro obs commenced, on apixaban so CT head requested per policy - no bleed.",
        False,
    ),
    (
        "Pt tripped over his walking frame in the corridor and fell, hitting his head. Obs "
        "started, he is on warfarin therefore CT head arranged, NAD.",
        False,
    ),
    (
        "Resident found on the floor of her room at 06:00, small graze to the forehead. Obs "
        "commenced, on rivaroxaban so sent to ED for a scan. Scan clear.",
        False,
    ),
    # an anticoagulant error: still medication
    (
        "Pt on apixaban so enoxaparin should not have been prescribed, but enoxaparin 40mg was "
        "given as well on two nights. Double anticoagulation picked up by pharmacy.",
        True,
    ),
    (
        "Warfarin dose omitted for 3 nights as not transcribed onto the new drug chart. INR 1.3.",
        True,
    ),
    (
        "Enoxaparin 40mg omitted x2 evening doses, chart not signed. Pt immobile post stroke.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "has_medication"), ANTICOAGULANT_REASON_CASES)
def test_an_anticoagulant_told_as_the_reason_for_another_action_is_background(
    text: str, has_medication: bool
) -> None:
    assert ("medication" in theme_ids(text)) is has_medication
