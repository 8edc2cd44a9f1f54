"""The person at the procedure read from how they were sent to it (helper X4's wordings).

A wrong-patient procedure needs someone at the procedure (engine.patient_identity.presences).
Besides being brought, wheeled or found on the table, a person is at the procedure when told
taken or sent *for* it ("bed 4 pt taken for the gastroscopy"), taken *instead of* another
("bay 3 pt taken instead of bay 5 pt"), called in or through even after a person word ("wrong
one called in"), or put under for it ("sedated"). The look-alikes keep their labels: a sample
taken for two persons, the right person taken and checked, the wrong person's notes taken, a
letter sent to the wrong one, and persons only named.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # the person taken for the procedure, the act done on them: never event 1
    (
        "Two pts called Singh on the day unit. Bed 7 pt taken for the cystoscopy meant for bed 8 "
        "and the scope passed before the nurse checked the band. Stopped.",
        ("1", None),
    ),
    (
        "Mr Ali in bay 2 sent for the bone marrow biopsy instead of Mr Alli in bay 4; LA "
        "infiltrated and the needle inserted before the mix-up was noticed.",
        ("1", None),
    ),
    (
        "clinic had Mrs Green and Mrs Greene. wrong one called through, mole excised from her "
        "arm before anyone checked",
        ("1", None),
    ),
    (
        "Bay 1 pt taken instead of bay 6 pt for a liver biopsy; LA given and the biopsy needle "
        "inserted before the error was seen. Duty of candour.",
        ("1", None),
    ),
    (
        "Two Mrs Jones on AMU (bed 4 and bed 9). Bed 4 pt sedated for the OGD meant for bed 9 "
        "and scope passed; nurse then checked her band.",
        ("1", None),
    ),
    # the person taken for it, caught before any step: near miss 1
    (
        "Minor ops: Mr Hussain and Mr Hussein, similar names. Wrong one called in; band checked "
        "before any LA, stopped, sent back to the waiting room.",
        (None, "1"),
    ),
    (
        "Two Mr Browns on the ward (bed 3 and bed 12). Bed 3 pt taken for the OGD meant for bed "
        "12; nurse checked his wristband before sedation. Stopped, pt sent back.",
        (None, "1"),
    ),
    # look-alikes: no person at a procedure, or the right one
    (
        "Two pts called Jones on the ward. Bloods taken for both; lab queried a label. Re-bled.",
        (None, None),
    ),
    (
        "Mrs Patel and Mrs Patil on the ward. Mrs Patel taken for her planned colonoscopy, ID "
        "checked against the wristband, correct patient, scope done.",
        (None, None),
    ),
    pytest.param(
        "Similar names on the clinic list (Mr Lee and Mr Leigh). Mr Lee called in for his "
        "excision, identity confirmed, correct pt, lesion excised.",
        (None, None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="no rule reads the identity confirmed, so the learned model's never event 1 "
            "stands (the same before this reading)",
        ),
    ),
    (
        "The receptionist called Mr Smith instead of Mr Smyth about an appointment letter; "
        "letter re-sent to the right address.",
        (None, None),
    ),
    (
        "Bed 4 pt was sedated for her bronchoscopy as planned; bed 9 pt with the same surname "
        "had a CT the same day. No issues.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_person_at_the_procedure_read_from_how_they_were_sent(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
