"""Procedures told as done right, and beds told as places (round 42).

An operation told as done as listed, planned or consented ("R THR performed as planned"), its
consent told as covering what was done, or its records reviewed and found to cover it, is no
procedure that went wrong: its setting words ("surgery", "consent", a named operation) and the
learned model's reading of them give no treatment_procedure. The safety checklist told as a
check that was done or as an audit's subject cancels the checklist cue. A complication told
beside the same words keeps the theme. A numbered bed space ("bay 4 bed 2") or a patient gone
from a bed names a place, not a bed that failed: no medical_device, while a device that failed
beside it keeps the theme."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "Pt nervous about her op. Mark confirmed with her at sign in and time out, L carpal "
        "tunnel release performed as planned, home same day.",
        "Knee scope list, two pts called Mr Patel. Each was marked as per his own consent and "
        "the consents, marks and procedures all matched. Only the order of the list changed.",
        "Lap appendicectomy converted to open. The consent form included 'possible conversion "
        "to open' and this was discussed in clinic; son upset he was not told on the day.",
        "Husband says the surgeon did an extra operation. Consent form reviewed - the "
        "lymph node biopsy was clearly documented and signed for.",
        "Quarterly sign out audit, day surgery theatres: sign out recorded in 91% of cases. "
        "Action plan for team leads.",
        "At the theatre safety meeting we discussed a national report of a wrong site surgery "
        "case in another trust. Nothing happened here; learning only.",
    ],
)
def test_procedure_told_as_done_right_is_no_treatment_procedure(text: str) -> None:
    assert "treatment_procedure" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "L hemiarthroplasty performed as planned. Day 3 wound dehisced, taken back to theatre "
        "for washout.",
        "Lap chole done as listed, consent included possible conversion. Bile duct injury "
        "found on day 2, transferred to the HPB unit.",
        "Op carried out as consented but a post-op bleed from the port site needed a return "
        "to theatre that night.",
        "Ganglion excision done as per consent, post op the thumb was numb - digital nerve "
        "injury noted at clinic.",
        "Surgery was not done as planned - the list overran and the hernia repair was "
        "cancelled on the day.",
    ],
)
def test_complication_beside_a_procedure_done_as_planned_keeps_treatment_procedure(
    text: str,
) -> None:
    assert "treatment_procedure" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Estates check on ward 6: the window restrictor in bay A bed 4 found broken. No pt "
        "involved, bed moved away, fixed that afternoon.",
        "Confused gent found missing from bed at 04:00 on the night round, found in the "
        "hospital chapel by security unharmed.",
        "bay D bed 1 curtain rail found hanging loose on the morning walk round, estates called",
    ],
)
def test_bed_named_as_a_place_is_no_medical_device(text: str) -> None:
    assert "medical_device" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "bed 6 pt: volumetric pump alarming and found faulty, heparin infusion not running "
        "for 3 hrs",
        "pt found missing from bed at 02:00; her bed sensor alarm had been switched off and "
        "did not sound",
        "bed 11 hoist sling ripped during transfer to chair, pt lowered to the bed safely",
    ],
)
def test_device_failing_beside_a_bed_space_keeps_medical_device(text: str) -> None:
    assert "medical_device" in theme_ids(text)
