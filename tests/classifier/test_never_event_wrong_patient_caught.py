"""Wrong patient brought for a procedure, caught at the sign in: near miss of type 1; an ABO
mismatch caught by a terse group comparison: near miss of type 12."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Porter brought Mr A Jones to the anaesthetic room instead of Mr A Johns. Picked up at "
        "sign in on checking the wristband. Returned to ward.",
        "Two children called Oliver on the ENT list. The wrong Oliver was walked round to the "
        "anaesthetic room for tonsillectomy. Stopped before any anaesthetic.",
        "Elective list. Woman brought to theatre, sign in started and the wristband name did not "
        "match the name on the theatre list. No anaesthetic given.",
        # told in the present tense, the identity compared "different from list"
        "at sign in theatre team ask pt his DOB and it is different from list, the ward send "
        "the wrong patient for the lap chole list. not anaesthetised, sent back",
        "Day unit: the ward sends the wrong man down for his cystoscopy. Sign in stopped it, "
        "returned to the ward before any sedation.",
    ],
)
def test_wrong_patient_caught_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        # a patient-ID mismatch on a blood test, no procedure: not wrong site surgery
        "Sample rejected by the lab as the DOB did not match the request form. Repeated.",
        # two patients with the same name, nothing confused
        "Two pts with the same surname on the ward today, alert placed on both records.",
    ],
)
def test_identity_checks_without_procedure_error_are_not_type_1(text: str) -> None:
    assert "1" not in never_event_codes(text)


@pytest.mark.parametrize(
    ("text", "never_event", "near_miss"),
    [
        (
            "Blood taken to the wrong ward. Nurse started checks on a pt with the same surname, "
            "noticed DOB and group mismatch (A unit, pt O). Not given.",
            None,
            "12",
        ),
        (
            "HCA took the unit for the wrong pt. Pt O pos, unit A pos. Whole unit in overnight; "
            "picked up in the morning.",
            "12",
            None,
        ),
    ],
)
def test_abo_terse_comparison_and_reach(
    text: str, never_event: str | None, near_miss: str | None
) -> None:
    assert never_event_codes(text) == (never_event, near_miss)
