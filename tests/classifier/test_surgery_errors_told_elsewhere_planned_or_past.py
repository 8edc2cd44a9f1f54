"""Surgical never events that are not this report's (helper H60, batch 104).

- A retained item told as another organisation's case or a bulletin's, the reason for this
  report's audit, with the reporter's own "Reporting for the audit record ..." naming a wire:
  no item left in here (dev-176312), both null; an item really left here stays never event 3.
- A lens or implant told as the planned one ("the lens implanted was the lens planned") with
  the surprise from a wrong measurement: no wrong implant (dev-176320), both null; a lens other
  than the planned one stays never event 2.
- A booking's wrong side put right at the pre-op clinic weeks ahead, the other side's operation
  dated as the patient's past ("R knee was done 2019"): the guide's paper error put right ahead
  of the day (dev-176408), both null; the same error caught at the day's checks stays near miss 1.
- A mark the patient drew on her own other knee at home, wiped off and the right side marked by
  the surgeon: no side the team marked or prepped (dev-176351), both null; the team's own mark
  on the wrong side caught at the checks stays near miss 1.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOTHING = (None, None)

AUDIT_AFTER_ANOTHER_TRUSTS_WIRE = (
    "Following the regional patient safety bulletin (retained guidewire after CVC insertion at "
    "another trust in the region) we audited the last 20 CVC insertion bundles on ICU and "
    "theatres. 6/20 had no documentation that the guidewire was removed/ checked, 3 had no "
    "operator signature. No patients affected, no retained wires identified. Reporting for the "
    "audit record and so the bundle can be updated with a mandatory 'wire out' tick box."
)
LENS_AS_PLANNED_BIOMETRY_WRONG = (
    "Refractive surprise after L phaco - pt -3.0D myopic post op, target was plano. The lens "
    "implanted was the lens planned (22.5D). On review the axial length on the biometer was "
    "0.9mm short because the scan was taken with poor fixation, the SD warning was not acted "
    "on. Pt may need lens exchange. Optometrist and biometry team to re-audit."
)
BOOKING_PUT_RIGHT_AT_PRE_OP_CLINIC = (
    "Pre op assessment clinic. Booking form and waiting list entry say R TKR. Pt, clinic letter "
    "and x-rays all say L knee (R knee was done 2019). Booking corrected on the system and "
    "surgeon's secretary informed, 5 weeks before the date of surgery. Reporting so the booking "
    "team can look at how the wrong side was entered."
)


@pytest.mark.parametrize(
    "text",
    [
        AUDIT_AFTER_ANOTHER_TRUSTS_WIRE,
        "A neighbouring trust had a retained guidewire after a femoral line last month. We "
        "audited 30 central line insertions on our ICU: 5 had no record of the wire being "
        "removed. No patient harmed. Reporting for shared learning.",
        "Safety bulletin: retained swab after caesarean section at another hospital. Our audit "
        "of swab count sheets in obstetric theatres found 4 unsigned. Logging for the audit "
        "record so the count sheet can be changed.",
        "After a retained guide wire at another trust we reviewed our CVC checklist; 3 of 15 did "
        "not have the guidewire removal box ticked. No wires retained here.",
    ],
)
def test_item_left_at_another_trust_is_not_this_reports(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "CXR after CVC insertion showed the guidewire still in the IVC. Retained guidewire, "
        "removed by IR. Never event declared.",
        "Swab found retained on the post op x-ray after a laparotomy here; returned to theatre "
        "for removal.",
    ],
)
def test_item_left_here_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        LENS_AS_PLANNED_BIOMETRY_WRONG,
        "Refractive surprise after R cataract surgery, pt +2.5D. The IOL inserted was the IOL "
        "planned. Biometry repeated: keratometry had been entered wrongly.",
        "Refractive surprise post phaco. The lens used was the lens planned (21.0D); the axial "
        "length scan was poor quality. Lens exchange offered.",
    ],
)
def test_planned_lens_put_in_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Refractive surprise after L phaco. The lens implanted was 24.0D instead of the planned "
        "21.0D: the wrong lens was taken from the shelf.",
        "Pt's lens was a 19.5D, planned 22.0D. Wrong lens implanted in the R eye.",
        # (dev-122031: the lens chosen for the next patient is no plan of this one's)
        "On post-op review refraction far off target. Investigation found the IOL implanted was "
        "the lens selected for the next pt on the list (different power).",
    ],
)
def test_lens_other_than_planned_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    "text",
    [
        BOOKING_PUT_RIGHT_AT_PRE_OP_CLINIC,
        "Pre-assessment: waiting list says L THR, but the pt, letter and x-ray all say R hip "
        "(L hip was replaced 2017). Booking corrected 3 weeks before surgery. Wrong side on the "
        "booking reported for the booking team.",
        "Pre op clinic. Listing said R TKR; clinic letter and pt say L (R knee done 2018). "
        "Booking amended 4 weeks before the operation. Logged so the listing team can see how the "
        "wrong side was entered.",
    ],
)
def test_booking_side_put_right_weeks_ahead_is_nothing(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "At sign in the list said R TKR but the pt, consent and x-rays all say L knee (R knee "
        "was done 2019). List corrected before anaesthetic. Wrong side on the list.",
    ],
)
def test_booking_side_caught_at_the_day_checks_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


PATIENTS_OWN_MARK = (
    "Pt arrived at admissions having drawn an arrow on her own LEFT knee in biro at home ('read "
    "on the internet to do it'). She is listed and consented for a R knee arthroscopy. Surgeon "
    "explained, L arrow removed with alcohol wipe and R marked by surgeon. Pt understood. Logged "
    "for information."
)


@pytest.mark.parametrize(
    "text",
    [
        PATIENTS_OWN_MARK,
        "Pt had drawn a cross on his own left ankle with a felt pen before coming in. Listed and "
        "consented for R ankle arthroscopy. Cross wiped off on the ward and the R ankle marked by "
        "the registrar.",
        "Man came to day surgery with an arrow on his own right hand, drawn himself. Consented for "
        "L carpal tunnel release. Arrow removed, L marked by the surgeon. For information.",
    ],
)
def test_patients_own_mark_wiped_off_is_nothing(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Consented for R knee arthroscopy. The F1 marked the LEFT knee on the ward. Noticed at "
        "sign in, mark removed and R knee marked by the surgeon before anaesthetic.",
        "Listed for L hallux valgus correction. R foot prepped and draped. Stopped at time out, "
        "re-prepped the L foot.",
    ],
)
def test_team_marking_or_prepping_the_wrong_side_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
