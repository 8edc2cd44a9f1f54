"""Round 69, helper 8: access_transfer_discharge read of things, reviews and discharges.

- A thing told as not seen or looked at until a time ("the result was not looked at until
  22:00"), and a sentence that opens on "Not seen until ..." with no subject (the result,
  message or patient under care of the sentence before): no wait for access. A patient at a
  clinic or a referral "not seen until" still is.
- A TTO told by what it held or the check it missed ("TTO not pharmacist screened") and the
  ward's TTO stock: a medicines error, no discharge medicines late. A TTO "not sent up" still
  delays a discharge.
- A result or a unit sent to the wrong ward, a member of staff at the bed meeting, a wait timed
  for a thing ("50 min wait for the emergency O neg"), a check at discharge made "before he
  went home", the kit of a transfer ("transport checklist", a trolley's cylinder that ran out
  in the corridor): no access, transfer or discharge that failed. A patient taken to the wrong
  ward, a move for bed management, a wait for an ambulance or to be seen, a discharge before
  a result was back and a transfer delayed still are.
- A ward patient's wait for a review ("waited 90 mins for a medical review"): no wait for
  access; a wait for a specialist review told in days still is.
- A discharge delayed in other words ("both discharges were delayed", "discharge pushed back a
  day"), a patient sent home to free a bed, a night spent on a trolley and a patient outlying
  because no bed of the specialty was free: access_transfer_discharge.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

ACCESS = "access_transfer_discharge"

CASES = [
    # a result not looked at until a time
    (
        "Troponin of 540 came back at 16:10, the result was not looked at by the team until "
        "22:00, pt had ongoing chest pain.",
        False,
    ),
    # a sentence opening on "Not seen until" after a report filed wrongly
    (
        "Abnormal CT report filed to the wrong record. Not seen by the surgical team until 3 "
        "days later, perforation.",
        False,
    ),
    # ... after a message left at the desk
    (
        "GP practice: lab rang with a K+ of 6.9, message left on the reception desk. Not seen "
        "until the end of clinic.",
        False,
    ),
    # look-alike: a patient at a clinic not seen until hours later is access
    (
        "Pt attended fracture clinic at 09:00 for her appointment and was not seen until "
        "12:40, complained about the wait.",
        True,
    ),
    # look-alike: a referral not seen for weeks is access
    (
        "Referral to the heart failure nurses sent on 2/3 but she was not seen until 29/3, "
        "admitted with fluid overload.",
        True,
    ),
    # a TTO not pharmacist screened
    (
        "Weekend discharge so the TTO was not pharmacist screened, methotrexate written as "
        "daily, pt took 5 doses.",
        False,
    ),
    # the ward's TTO stock ran out
    (
        "Levodopa 14:00 dose omitted as the TTO stock had run out and was not reordered, pt "
        "rigid by the evening.",
        False,
    ),
    # look-alike: a TTO not sent up delays the discharge
    (
        "Pt's TTO was not sent up from pharmacy until 19:00 so discharge delayed 5 hrs, bed "
        "needed for ED.",
        True,
    ),
    # a result phoned to the wrong ward
    (
        "Critical potassium result was phoned to the wrong ward and only passed on the next "
        "morning, no ECG done.",
        False,
    ),
    # look-alike: a patient taken to the wrong ward
    (
        "Pt from ED taken to the wrong ward by the porter, arrived with no handover and no bed "
        "ready.",
        True,
    ),
    # a nurse at the bed meeting
    (
        "Nurse in charge was at the bed meeting and the only other RN was on break, pt fell in "
        "bay 2.",
        False,
    ),
    # look-alike: a move for bed management
    (
        "Pt moved to the discharge lounge for bed management reasons at 21:00 and waited 4 hrs "
        "for transport.",
        True,
    ),
    # a wait for a blood product
    (
        "Haemolysed G&S so no crossmatched blood, 50 min wait for the emergency O neg from the "
        "lab, Hb 58.",
        False,
    ),
    # look-alike: a wait for an ambulance
    (
        "Woman waited 3 hrs for the ambulance after a fall at home, long lie, CK raised.",
        True,
    ),
    # look-alike: a wait to be seen in ED
    (
        "Pt with chest pain sat in the ED waiting room, 6 hr wait to be seen, NSTEMI on first ECG.",
        True,
    ),
    # a label checked at discharge, before he went home
    (
        "Pharmacy checked the insulin label at discharge, before he went home, and relabelled "
        "it - dose wrong.",
        False,
    ),
    # look-alike: discharged before a result was back
    (
        "Discharged before the repeat troponin was back, result 600, pt recalled.",
        True,
    ),
    # a transfer's cylinder ran out in the corridor, checklist without a cylinder check
    (
        "Transfer from ward 4 to endoscopy, the O2 cylinder on the trolley ran out in the main "
        "corridor, sats 84%, wall oxygen in endoscopy. Transport checklist didnt include the "
        "cylinder contents.",
        False,
    ),
    # look-alike: a transfer delayed
    (
        "Transfer of ventilated pt to the regional centre delayed 4 hrs as no retrieval team "
        "available.",
        True,
    ),
    # a ward patient's wait for a medical review
    (
        "Night FY1 covering 6 wards, pt on ward 10 with NEWS 7 waited 90 mins for a medical "
        "review, then sepsis 6 started.",
        False,
    ),
    # look-alike: a wait for a specialist review told in days
    (
        "Mental health pt on the paeds ward waiting for CAMHS review for 3 days, absconded on "
        "day 3.",
        True,
    ),
    # discharges delayed, in other words
    (
        "Both discharges were delayed until the evening because the drain had not been removed "
        "on the ward round.",
        True,
    ),
    (
        "Op note said remove pack day 1, not done, discharge pushed back a day.",
        True,
    ),
    # sent home to free a bed
    (
        "Pt was sent home at 23:30 from AMU to free a bed for ED, no one at home, daughter "
        "unaware.",
        True,
    ),
    # a night spent on a trolley
    (
        "Frail 90 yr old spent the night on a trolley in majors, pressure damage to sacrum "
        "found next day.",
        True,
    ),
    # outlying as no bed of the specialty
    (
        "Dialysis pt outlying on the surgical ward as no renal beds, fluid balance not done.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_access_read_of_things_reviews_and_delayed_discharges(text: str, expected: bool) -> None:
    assert (ACCESS in theme_ids(text)) is expected
