"""Batch 109, theme helper T4: precision of treatment_procedure and medical_device.

- An operation told as having itself gone well ("Procedure went fine.", "the op itself was
  uneventful", "surgery went ahead without complication") leaves the procedure named only as
  the setting of what went wrong around it (a list, a record, a label): its setting words are
  no evidence of treatment_procedure. A procedure told as delayed, done on the wrong site or
  with a complication keeps the theme by its own cues.
- The call bells of a bay or room told as broken ("call bells in bay 3 (4 beds) not working")
  are the building's nurse-call system (staffing_infrastructure_estates), no medical device;
  a bed, pump or monitor told as broken still is medical_device.
- CPAP given to break a laryngospasm, told with the spasm or with the propofol given beside it,
  is the rescue, no device at fault; a CPAP machine told as failing still is medical_device.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

PROCEDURE = "treatment_procedure"
DEVICE = "medical_device"

PROCEDURE_WENT_WELL_CASES = [
    # what went wrong was around the operation, which itself went well
    (
        "Day case list. Pt consented by the surgeon, but the printed list had her under "
        "another consultant's name. Procedure went fine.",
        False,
    ),
    (
        "Theatre booking had her date of birth mistyped, corrected by the ward clerk before "
        "the pt came down. The operation itself was uneventful.",
        False,
    ),
    (
        "Surgeon's op note for the arthroscopy was filed in another pt's notes; found at "
        "clinic. Surgery went ahead without complication, notes refiled.",
        False,
    ),
    # the procedure itself went wrong, was delayed or was cancelled
    (
        "Lap cholecystectomy, bile duct injured during the procedure, converted to open. "
        "Pt to HDU.",
        True,
    ),
    (
        "Pt fasted from midnight for a hernia repair; operation cancelled at 16:00 as the list "
        "overran.",
        True,
    ),
    (
        "Knee arthroscopy. Procedure went fine but pt returned to theatre the next day with "
        "a haemarthrosis.",
        True,
    ),
]

CALL_BELLS_BROKEN_CASES = [
    # the building's nurse-call system
    (
        "Call bells in bay 2 (6 beds) not working since the night shift, estates informed. "
        "Hand bells given out.",
        False,
    ),
    (
        "Side room 4: nurse call system faulty all weekend, pts had to shout for help. Job "
        "logged with estates.",
        False,
    ),
    (
        "The buzzers in the female bay were broken for 2 days, reported to the facilities "
        "helpdesk.",
        False,
    ),
    # a device at fault
    (
        "Profiling bed in bay 3 not working, would not lower, pt could not be got out of bed "
        "for 4 hrs.",
        True,
    ),
    (
        "Volumetric pump alarmed repeatedly and then failed, infusion stopped; pump sent to EBME.",
        True,
    ),
]

CPAP_FOR_LARYNGOSPASM_CASES = [
    # CPAP given to break a laryngospasm is the rescue
    (
        "Recovery: child post adenoidectomy developed laryngospasm, sats dropped to 65%, CPAP "
        "via the anaesthetic circuit and the spasm broke. Back on the ward later.",
        False,
    ),
    (
        "Pt stridulous after extubation, sats 78%. Anaesthetist gave CPAP and propofol 20mg, "
        "settled within a minute.",
        False,
    ),
    # the machine itself failed
    (
        "Pt on CPAP on the resp ward, the machine failed overnight with no alarm, sats 80% "
        "at 04:00. Machine taken out of use.",
        True,
    ),
    (
        "Laryngospasm in recovery treated with CPAP, but the CPAP valve on the circuit was "
        "faulty and would not hold pressure; bagged instead.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROCEDURE_WENT_WELL_CASES)
def test_procedure_told_as_gone_well_is_only_the_setting(text: str, expected: bool) -> None:
    assert (PROCEDURE in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), CALL_BELLS_BROKEN_CASES)
def test_broken_call_bells_are_the_building_not_a_device(text: str, expected: bool) -> None:
    assert (DEVICE in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), CPAP_FOR_LARYNGOSPASM_CASES)
def test_cpap_breaking_a_laryngospasm_is_the_rescue_not_a_device(text: str, expected: bool) -> None:
    assert (DEVICE in theme_ids(text)) is expected
