"""Round 54, helper 1: theatre side checks and broken instrument fragments (never events 1, 3).

- An arm board or leg holder "set up" on a side from the case before is kit laid out there, not
  an act on that side: a wrong side prepped and caught at time out stays a near miss 1.
- "No pause/check of the injection sheet before the needle" is a check not made, not a catch:
  the wrong eye injected stays never event 1.
- A broken drill bit left in on a decision made at the operation ("decided that trying to
  remove it would do more damage") is an intentional retention, excluded from never event 3;
  a fragment nobody knew of until the post-op film ("op note does not mention any breakage",
  "drills not checked for integrity") stays never event 3, whatever is decided afterwards.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

KIT_SET_UP_ON_THE_WRONG_SIDE_CAUGHT = [
    "LA hand list, pt lying with her L arm out on the hand table, prepped and draped. at time "
    "out the surgeon read out R trigger finger release and pt said it was the right. arrow on "
    "the R hand under her sleeve. re-draped for the R. no local injected into the L. the arm "
    "board had been set up on the L from the case before. pt upset but no harm.",
    "Foot list under ankle block, pt lying with the R leg on the leg support, prepped and "
    "draped. at time out the surgeon read out L bunion correction and pt said it was her left "
    "foot. arrow on the L foot under the sock. re-draped for the L. no local injected into the "
    "R. the leg support had been set up on the R from the case before. no harm.",
]


@pytest.mark.parametrize("text", KIT_SET_UP_ON_THE_WRONG_SIDE_CAUGHT)
def test_kit_set_up_on_the_wrong_side_caught_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_wrong_side_incised_after_kit_set_up_there_stays_a_never_event() -> None:
    text = (
        "Hand list under LA. Consent and arrow for R carpal tunnel release. Arm table set up on "
        "the L, surgeon infiltrated the L wrist and incised before the scrub nurse noticed the "
        "arrow on the R. Wound closed, R then done."
    )
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "Intravitreal clinic, pt booked for R eye ranibizumab. Nurse injected the L eye, no "
        "check of the booking sheet before the needle. Spotted when writing up, R eye then "
        "injected, consultant aware.",
        "Pt booked for L hip block. No check against the consent form before the needle, block "
        "given into the R hip. Reported.",
    ],
)
def test_check_against_a_record_not_made_is_no_catch(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_check_against_the_sheet_made_before_the_needle_stays_a_near_miss() -> None:
    text = (
        "Intravitreal clinic, pt booked for R eye ranibizumab. Nurse was prepping the L eye, the "
        "check of the booking sheet before the needle showed R, so the L was not injected and "
        "the R eye was done."
    )
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        "During DHS fixation the drill bit broke in the femoral head. Consultant felt on the "
        "table that trying to retrieve it would do more harm than leaving it. Documented in op "
        "note, pt informed after surgery.",
        "Drill bit snapped in the tibia during the ORIF. Surgeon judged that trying to extract "
        "the fragment would damage the fixation so it was left, documented in op note and count "
        "sheet, pt told on the ward.",
    ],
)
def test_fragment_left_on_a_decision_at_the_operation_is_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_fragment_nobody_knew_of_until_the_film_stays_a_never_event() -> None:
    text = (
        "Post op xray after ankle ORIF shows a small metal fragment, likely the tip of a drill "
        "bit, in the tibia. The op note does not mention any breakage and the drills were not "
        "checked for integrity at the end. Consultant discussed with the pt, fragment to be "
        "left in situ as removal would cause more bone damage."
    )
    assert never_event_codes(text) == ("3", None)
