"""Theme precision T2 (batch 108): medical_device and treatment_procedure read only where the
labelling guide's concept is told. A cot side, bed rail or trolley side rail told as left down
or not raised is where a fall happened, not a rail that failed; implant stickers and implant
records are the operation's paperwork, not a device; a catheter, line or tube that blocked is a
device that failed, not a procedure that went wrong. The close contrasts (a rail that trapped
a limb or would not lock, a wrong component implanted, a blocked catheter taken back to
theatre) keep their theme."""

from __future__ import annotations

import pytest

from classifier.engine import classify_text

DEVICE = "medical_device"
PROCEDURE = "treatment_procedure"


def theme_ids(text: str) -> set[str]:
    """The theme ids classify_text gives `text`."""
    return {getattr(t.id, "value", t.id) for t in classify_text(text).themes}


@pytest.mark.parametrize(
    "text",
    [
        "Toddler climbed out of the cot at 03:00 - dad had left the cot side down while he went "
        "to the toilet. Fell onto the floor, bump on forehead, neuro obs normal.",
        "Confused pt rolled off the ED trolley onto the floor, the side rails were down while "
        "the HCA fetched a blanket. Small graze to the elbow, reviewed by the reg.",
        "Found on the floor beside her bed at 02:40, bed rails were not raised although the "
        "care plan says both up. No injury found, obs normal.",
        "Baby rolled off mum's bed onto the floor at 04:00 when she fell asleep feeding, the bed "
        "rail was down. Paeds review, no injury.",
    ],
)
def test_a_rail_left_down_in_a_fall_is_no_device(text: str) -> None:
    assert DEVICE not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt found at 03:00 with her arm trapped between the bars of the bed rail, bruising to "
        "the forearm, rail bumper had slipped off.",
        "The cot side would not lock and swung open when the baby leaned on it, baby fell onto "
        "the floor. Bump to head.",
        "Bed rail snapped when the pt leaned on it and she slid to the floor. Bed taken out of "
        "use.",
    ],
)
def test_a_rail_that_failed_or_trapped_a_limb_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Implant stickers for the hip replacement were not put in the notes or on the NJR form. "
        "Found at audit, theatre staff reminded.",
        "Knee implant record sheet filed in another patient's notes after two TKRs on the same "
        "list. Both pts had the correct implants, records corrected.",
        "Theatre management system down from 08:00 to 10:30, no access to lists or implant "
        "records. Paper lists used.",
    ],
)
def test_implant_paperwork_is_no_device(text: str) -> None:
    assert DEVICE not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Size 4 tibial component implanted instead of the planned size 3, found when the implant "
        "stickers were checked after closure.",
        "Cemented stem opened and implanted rather than the uncemented stem on the plan, the "
        "implant record showed the difference.",
    ],
)
def test_a_wrong_implant_beside_its_paperwork_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt's long term catheter blocked overnight, in pain and bypassing, the DN service could "
        "not visit until the morning.",
        "Crushed tablets flushed down the PEG together, tube blocked, unblocked by the nutrition "
        "nurse the next day.",
        "Suprapubic catheter blocked at 21:00, no out of hours DN available, pt went to ED by "
        "taxi.",
    ],
)
def test_a_blocked_catheter_or_tube_is_no_procedure(text: str) -> None:
    assert PROCEDURE not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Post TURP catheter blocked with clot despite washouts, returned to theatre for clot "
        "evacuation.",
        "Cannulation failed x4 on the ward, cannula eventually sited by the anaesthetist.",
        "NG tube coiled in the oesophagus on the check x-ray after insertion, re-passed.",
    ],
)
def test_a_procedure_gone_wrong_beside_a_device_is_a_procedure(text: str) -> None:
    assert PROCEDURE in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Laryngospasm at extubation in recovery, sats down to 65%, CPAP and suxamethonium given, "
        "recovered. Observed overnight.",
        "After the 2nd unit pt breathless with crackles, sats 84% - TACO. IV furosemide, CPAP in "
        "resus, improved.",
        "Airway obstruction after extubation, jaw thrust and guedel then CPAP via the circuit, "
        "sats back to 96%.",
    ],
)
def test_cpap_among_rescue_treatments_is_no_device(text: str) -> None:
    assert DEVICE not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "CPAP machine alarmed and stopped working overnight, pt desaturated to 82% before it was "
        "replaced.",
        "Pt on CPAP found with the circuit disconnected from the mask, sats 80%.",
    ],
)
def test_cpap_that_failed_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)
