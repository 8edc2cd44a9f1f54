"""Never events 1-3 and 9 described outside the main theatre or in formal language."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wrong patient / wrong site for ward, clinic and maternity procedures
        (
            "diagnostic pleural tap requested for the pt in bed 2, the doctor went to bed 3. "
            "Wrong patient procedure, fluid aspirated.",
            ("1", None),
        ),
        (
            "FSE applied to the wrong woman on delivery suite, the CTG request was for room 2.",
            ("1", None),
        ),
        # a wrong implant outside theatre, stated as two specifications
        (
            "Endoscopy: plastic biliary stent planned. Uncovered metal stent deployed instead.",
            ("2", None),
        ),
        (
            "IR list: retrievable IVC filter requested by haematology. Permanent filter inserted.",
            ("2", None),
        ),
        # items left inside after clinic and endoscopy procedures
        (
            "bronchoscopy on ICU: the biopsy brush head detached and was left in the bronchus, "
            "seen on CT 3 days later.",
            ("3", None),
        ),
        (
            "gauze used to pack the cervix for haemostasis after LLETZ, not documented, "
            "found at the top of the vagina 1 week later.",
            ("3", None),
        ),
        # formal: a curtain track that did not release under load
        (
            "Mental health inpatient ward. The patient was found suspended from the bedroom "
            "curtain track by a ligature; the track had not released under load. The "
            "subsequent estates inspection confirmed a domestic track had been fitted.",
            ("9", None),
        ),
    ],
)
def test_procedures_implants_and_items_outside_theatre_are_recognised(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the patient's own tampon, forgotten
        "tampon found on speculum exam in clinic, the patient had forgotten it. removed.",
        # negative pressure dressing foam is not a procedure item
        "DN visit: piece of VAC foam found in the wound at the dressing change, removed.",
        # a patient recalled to clinic is not a device recall, but nothing wrong was fitted
        "Mirena fitted as planned, pt recalled to clinic for a thread check.",
    ],
)
def test_look_alikes_outside_theatre_are_not_never_events(text: str) -> None:
    assert never_event_codes(text)[0] is None
