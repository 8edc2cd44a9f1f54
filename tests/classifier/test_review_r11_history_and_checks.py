"""Review R11 of the batch-97 readings: look-alikes of a staff member's own scald, of a
queried product checked as the right one, of a tube seen entering the airway while passed,
and of history sentences beside this report's event. Each wording's (never event, near miss)
pair as a reviewer applying the guide gives it."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEITHER = (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a staff member and the patient both scalded in one sentence: the patient's scald stays
        (
            "Staff nurse burnt hand when the shower suddenly ran hot during pt's shower; pt "
            "sustained a scald to the shoulder.",
            ("14", None),
        ),
        (
            "HCA scalded her hand on the shower and the resident was scalded too, red skin on "
            "her back.",
            ("14", None),
        ),
        # ... the patient told unburnt beside the staff scald: no patient's scald
        (
            "HCA scalded her hand on the bath tap, pt not burnt as she was still in her room, "
            "water 62C.",
            NEITHER,
        ),
        (
            "Carer burnt her fingers testing the shower, so she did not put the patient in; no "
            "burns to pt.",
            NEITHER,
        ),
        # a queried oral syringe checked as the right medicine, but already in the vein's line
        (
            "Queried oral syringe connected to the cannula. Checked with the pharmacist: "
            "correct medication, oral oramorph. It had already been pushed into the IV cannula.",
            ("5", None),
        ),
        # ... the strong potassium checked as the right product for the central line: no error
        (
            "queried KCl 40mmol in 100ml for the CVC. checked with pharmacy - correct product "
            "for central use, given.",
            NEITHER,
        ),
        # this report's event told beside the patient's history or a previous admission
        (
            "PMH includes a methotrexate overdose in 2017. Today she was given methotrexate "
            "10mg daily for 4 days in error on the ward, prescribed daily instead of weekly.",
            ("7", None),
        ),
        (
            "Pt's previous admission in 2021 included a never event (NG tube in lung). This "
            "admission NG tube placed, not checked, feed started; CXR later showed the tube in "
            "the right bronchus.",
            ("13", None),
        ),
        # a tube seen in the airway while passed, then left and used: the never event stays
        (
            "While passing the NG tube the screen showed it in the airway, left in place and "
            "water flush given, pt coughing; tube removed after.",
            ("13", None),
        ),
        # a drug meant for the vein's line: an oral medicine into the epidural is still parenteral
        (
            "Oral amoxicillin suspension intended for the peripheral cannula flush was given "
            "into the epidural catheter.",
            ("5", None),
        ),
    ],
)
def test_review_r11(text: str, expected: tuple[str | None, str | None]) -> None:
    """Each wording's (never event, near miss) pair, as a reviewer applying the guide gives
    it."""
    assert never_event_codes(text) == expected
