"""Near miss 1 outside the main theatre: the wrong patient or side set up, caught before any step.

In clinics, endoscopy, wards, maternity and minor-ops rooms the wrong person is called onto the
couch, or the wrong side is cleaned, and a check (the consent read back, the name band, the
patient speaking up) stops it before the needle, the scope or the LA: near miss 1. These reports
tell the confusion in their own words: two persons with alike names set side by side ("Mrs Ann
Patel and Mrs Anne Patel", "Baby Evans ... Baby Evens"), the person told as a different one
("the child in bed 3 was a different baby"), and the procedure on the right person told after
"nothing done" ("LP done in the side room"). The look-alikes keep their outcome: the act done on
the wrong person is never event 1; alike names with nobody set up, or nothing invasive meant, or
another patient's paper only, are null.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # ---- caught before any step: near miss 1
    (
        "Mrs Ann Patel and Mrs Anne Patel both waiting for minor ops. The wrong one was called in "
        "and lay on the couch; picked up when the consent was read back to her. Nothing done, "
        "correct pt called.",
        (None, "1"),
    ),
    (
        "LP trolley set up next to bed 3 for the infant with ?sepsis. the infant in bed 3 was a "
        "different baby, the one needing the LP had moved to the side room. HCA checked the name "
        "band before the needle was out. Nothing done. LP done in the side room.",
        (None, "1"),
    ),
    (
        "2 babies on NNU, Baby Evans and Baby Evens. Baby taken into the treatment room for a long "
        "line, name band checked before scrubbing: stopped. Correct baby brought, line inserted.",
        (None, "1"),
    ),
    (
        "Podiatry - Mr Dave Hughes and Mr David Hughes both booked for nail surgery today. The "
        "wrong one was called and positioned on the couch. Consent read back, he said he was "
        "here for his verruca. Stopped before any LA. Correct pt brought in.",
        (None, "1"),
    ),
    (
        "pt called into the clinic room for the knee injection was a different patient (same "
        "first name). DOB checked before cleaning, nothing done. Correct pt injected.",
        (None, "1"),
    ),
    (
        "Endoscopy rm 2: the man on the trolley in L lateral was a different patient, booked for "
        "a flexi sig in rm 3. Picked up at the safety pause. No sedation, nothing inserted.",
        (None, "1"),
    ),
    (
        "tongue tie clinic. baby brought through from the postnatal ward, band says Baby Morris, "
        "list says Baby Morriss. Not done. Correct baby brought and frenotomy done with mum.",
        (None, "1"),
    ),
    (
        "Derm clinic: Miss Kate Owen and Miss Katie Owen on the excision list. Wrong one called "
        'through and gowned, lesion about to be marked. Pt said "I\'m here for a mole check". '
        "Nothing done. Correct patient brought in.",
        (None, "1"),
    ),
    (
        "Breast clinic. Mrs J Lee and Mrs J Li in the waiting area; the wrong lady was brought "
        "into the biopsy room. ID check before LA: wrong DOB. Sent back, nothing done.",
        (None, "1"),
    ),
    (
        "Ward 5: drain trolley set up at bed 12 for the pleural tap. The pt in bed 12 was a "
        "different man, the pt needing the tap had been moved to bed 14. Wristband checked before "
        "LA, nothing done. Tap done at bed 14.",
        (None, "1"),
    ),
    (
        "Cleaned the L knee and drew up depo-medrone. Pt said it's the right that's swollen. "
        "Stopped before the needle. R knee injected.",
        (None, "1"),
    ),
    (
        "minor ops. Mr Tom Price & Mr Tom Pryce - similar names. wrong pt called, lying on the "
        "couch with back exposed. name + DOB check before LA - mismatch. Nothing done.",
        (None, "1"),
    ),
    (
        "Cath lab - pt brought in and positioned was a different patient, booked for the "
        "afternoon list. Sign in check before any puncture: not the listed pt. Sent back to ward.",
        (None, "1"),
    ),
    (
        "Antenatal clinic: Mrs Roberts and Mrs Robertson both there for amnio. The wrong woman "
        "was called in and lying on the couch, gel on. Picked up at the ID check before the "
        "needle. Nothing done. Correct woman brought in.",
        (None, "1"),
    ),
    (
        "OPD injections: the child on the couch was a different child - same surname, different "
        "DOB. Nothing done. Correct child brought in and botox given.",
        (None, "1"),
    ),
    (
        "Colposcopy: Ms Amy Wood and Ms Aimee Wood on the list. Wrong one brought through and "
        "in position with speculum ready. Picked up at the name check before insertion. Nothing "
        "done, correct pt called.",
        (None, "1"),
    ),
    # ---- look-alikes: keep their outcome
    (
        "Mrs Ann Patel and Mrs Anne Patel both attended clinic today. Each identified with name "
        "and DOB at check-in and both seen as planned.",
        (None, None),
    ),
    (
        "The child in bed 6 was a different baby from the one on the handover sheet; handover "
        "sheet corrected. No procedure planned.",
        (None, None),
    ),
    (
        "Mr Smith and Mr Jones both on the LP list. Pt called through, ID checked, correct. LP "
        "done uneventfully.",
        (None, None),
    ),
    (
        "Baby Lewis brought to the tongue tie clinic, name band checked against the list, "
        "matched. Frenotomy done with mum present.",
        (None, None),
    ),
    (
        "Mr Patel and Mr Patil sat in the waiting room; the receptionist gave Mr Patel the wrong "
        "leaflet. Swapped before he left. No procedure.",
        (None, None),
    ),
    (
        "Staff nurse was busy with a different patient so the dressing was late, pt upset.",
        (None, None),
    ),
    (
        "Two patients named Mrs Ahmed on the ward. The drug chart of one was brought to the "
        "other's bedside, noticed before any medication was given.",
        (None, None),
    ),
    (
        "The lady in bay 2 was a different patient with the same name; bloods taken from her "
        "instead, sample rejected by the lab as wrong blood in tube.",
        (None, None),
    ),
    (
        "Minor ops: Mrs Sarah Jones and Ms Sara Jones, similar names. Wrong one called in, "
        "lipoma excised from her back before anyone noticed.",
        ("1", None),
    ),
    (
        "The baby on the couch was a different baby; the frenotomy had already been done when "
        "mum came back from the shower.",
        ("1", None),
    ),
    (
        "Cleaned the R knee and injected it. Pt then said it was the left that was sore.",
        ("1", None),
    ),
    (
        "Cleaned the R knee; the pt then changed her mind and wanted the left done instead. L "
        "knee injected.",
        (None, None),
    ),
    (
        "LP done in cubicle 2 after nothing done at the first attempt as the child was moving. "
        "Name band checked, correct child.",
        (None, None),
    ),
    (
        "Mr Dave Hughes came to podiatry for his nail surgery, ID checked, nail surgery done to "
        "the R hallux as consented.",
        (None, None),
    ),
    (
        "The patient who came in was a different patient from the one the letter was about - the "
        "GP letter was for her sister. Consultation only, no procedure planned or done.",
        (None, None),
    ),
    (
        "Ward round: Mr Evans and Mr Evens in adjacent beds, both on IV abx; nurse noticed the "
        "antibiotic was prepared for the wrong one before it was given.",
        (None, None),
    ),
]


#: Wordings the engine does not read yet (strict: a fix shows up as a pass).
NOT_READ_YET = {
    2: "a long line is not read as the procedure beside the wrong baby",
    10: "a knee cleaned on one side, the other named by the pt: no procedure named near the set-up",
    13: "an amnio is not read as a procedure for the wrong woman",
    26: "the pt naming the other side after the injection is not read as the wrong side done",
}
PARAMS = [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=NOT_READ_YET[n]))
    if n in NOT_READ_YET
    else case
    for n, case in enumerate(CASES)
]


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_outside_theatre_set_up_and_catch(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
