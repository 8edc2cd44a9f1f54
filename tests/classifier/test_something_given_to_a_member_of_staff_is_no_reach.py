"""A member of staff told as given or handed something ("Porter had been given the surname only
over the phone", "the nurse was handed the wrong notes") received it themselves: no reach of the
patient, so a wrong patient, side or unit caught before anything was done stays a near miss. A
patient given something, or a staff member giving it to the patient, still tells the reach."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

GIVEN_TO_STAFF = [
    (
        "Theatre reception: porter brought Mr John Ellis from ward 4 for his hernia repair, the "
        "listed pt was Mr Jon Ellis on ward 7. ID band checked at reception, DOB did not match. "
        "Pt returned to ward 4. Porter had been given the surname only.",
        (None, "1"),
    ),
    (
        "wrong pt collected for theatre - porter was given first name only on the phone. "
        "wristband checked in the anaesthetic room, different hosp no, sent back to the ward "
        "before anything was done",
        (None, "1"),
    ),
    (
        "Pt brought to endoscopy for a colonoscopy but was not the pt on the list, ID band checked "
        "at the endoscopy reception, different NHS number. HCA had been given the bed number "
        "instead of the name. Returned to ward, nothing done.",
        (None, "1"),
    ),
    (
        "Mrs Susan Patel brought to theatre for L knee arthroscopy, listed pt was Mrs Sunita "
        "Patel. Picked up at sign in, DOB different. Sent back. The porter had been given the "
        "wrong ward by the theatre coordinator.",
        (None, "1"),
    ),
    (
        "Wrong patient sent for to theatre for a lap chole. Caught at the reception check as hosp "
        "no did not match, pt taken back to the ward. Porters were given only the bay and bed.",
        (None, "1"),
    ),
    (
        "Consent form for R inguinal hernia, pt said L. Noticed at the time out before any "
        "incision, L marked and L repaired. The registrar had been given the wrong clinic letter.",
        (None, "1"),
    ),
    (
        "Scrub nurse noticed at the time out that the R side was prepped for a L hip. Stopped "
        "before knife to skin. Staff had been given the previous patient's list.",
        (None, "1"),
    ),
    (
        "Pt on list for OGD was brought into the procedure room, endoscopist checked the "
        "wristband vs the consent, different patient. Nothing done, returned to the ward. Nurse "
        "was given the wrong patients notes at handover.",
        (None, "1"),
    ),
]

GIVEN_TO_THE_PATIENT = [
    (
        "Porter brought the wrong patient to theatre. Not picked up at sign in and the patient had "
        "been given a spinal and the knee arthroscopy done before the error was found.",
        ("1", None),
    ),
    (
        "Block given on the R side, consent was for L. Noticed after the block when the surgeon "
        "came in to mark.",
        ("1", None),
    ),
    (
        "Unit of group B blood given to a pt who is group A, 50ml transfused before the reaction, "
        "stopped.",
        ("12", None),
    ),
    (
        "Wrong pt collected from ward 6 for theatre; not noticed at reception or sign in; "
        "pt was given a GA and the wrong operation started.",
        ("1", None),
    ),
    (
        "Pt taken to theatre for R knee scope. R knee scoped, consent was L knee. Pt told by "
        "consultant.",
        ("1", None),
    ),
]

NOTHING_TO_DO_WITH_A_NEVER_EVENT = [
    (
        "Porter had been given the wrong bed number and went to the wrong bay; found the right "
        "pt 10 min later. Transfer to x-ray delayed.",
        (None, None),
    ),
    (
        "Nurse was given a verbal handover only, no written handover sheet, obs not done on time.",
        (None, None),
    ),
    (
        "HCA had been given the wrong time for the pt's MRI, pt missed the slot and was rebooked.",
        (None, None),
    ),
    (
        "Student nurse was given the drug round keys without supervision. No errors found on "
        "review of the round.",
        (None, None),
    ),
    (
        "Bank staff were given no induction to the ward, did not know where the resus trolley was.",
        (None, None),
    ),
    (
        "pharmacist given the wrong discharge letter to screen, noticed the name did not match and "
        "sent it back. no harm.",
        (None, None),
    ),
    (
        "receptionist had been given an old clinic list, two pts turned up to an empty clinic and "
        "were rebooked",
        (None, None),
    ),
    (
        "Theatre coordinator given the list late, first case started 40 min late.",
        (None, None),
    ),
    (
        "District nurse was given the wrong key safe code, could not get into the pts home, visit "
        "delayed 2 hrs.",
        (None, None),
    ),
    (
        "Porter was given the wrong name for a transfer to CT, wristband checked at CT, wrong pt, "
        "returned to ward, the right pt scanned later.",
        (None, None),
    ),
    (
        "FY1 had been given the bleep without a handover of the sick patients on the ward.",
        (None, None),
    ),
    (
        "The ward clerk was given a printed list with the wrong consultant names on it; corrected.",
        (None, None),
    ),
    (
        "Physio was handed the wrong notes for the pt, noticed before the session, no treatment "
        "given to the wrong pt.",
        (None, None),
    ),
    (
        "Agency nurse given a handover of 12 pts at 8am, felt unsafe, escalated to the "
        "nurse in charge.",
        (None, None),
    ),
    (
        "Staff member was given the wrong shift on the rota and was not on the ward at 7.30.",
        (None, None),
    ),
    (
        "The midwife had been given the wrong room number for the labouring woman, no delay to "
        "care.",
        (None, None),
    ),
    (
        "scrub nurse was given a tray with a missing instrument, tray sent back to HSDU before "
        "the case, replacement tray opened.",
        (None, None),
    ),
]

CASES = GIVEN_TO_STAFF + GIVEN_TO_THE_PATIENT + NOTHING_TO_DO_WITH_A_NEVER_EVENT


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_what_a_member_of_staff_was_given_is_no_reach(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
