"""A blood unit meant for someone else: an ABO-incompatible transfusion is type 12, not a
wrong-patient procedure (type 1); a unit told as another person's and stopped at the bedside
check is near miss 12; an ABO-incompatible transplant the reporter calls unplanned is type 12
even when plasma exchange follows."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "ED resus: pt received 200ml of red cells intended for another patient in resus 2. Pt "
        "group B pos, unit A pos. Rigors and dark urine, transfusion stopped.",
        "Day unit: she was given a unit crossmatched for a different lady on the same bay. "
        "Patient is group O neg, the unit was group B neg. Haemolysis confirmed by the lab.",
        "Recovery: man transfused about 100ml of blood meant for the other patient in the next "
        "bed. His group is A pos, the unit was AB pos. Febrile and hypotensive, ICU review.",
    ],
)
def test_incompatible_unit_meant_for_another_patient_is_12_not_1(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text",
    [
        # a procedure (not a blood component) meant for another patient: still type 1
        "Pt in bed 6 received the nerve block intended for another patient on the list. Wrong "
        "patient procedure, consultant informed.",
        "Endoscopy: pt underwent the colonoscopy intended for another patient with the same "
        "surname. Duty of candour completed.",
        "Wrong patient taken to theatre and operated on: she had the hernia repair intended for "
        "another lady. She received 2 units of blood post op for bleeding.",
    ],
)
def test_procedure_meant_for_another_patient_stays_type_1(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize(
    "text",
    [
        "Surgical ward: blood collected from the issue fridge was for another patient (A pos, "
        "our pt is O pos). Second checker picked up the mismatch at the bedside before spiking.",
        "Obstetric theatre: unit labelled for Mrs Smith (A neg) collected for Mrs Jones on the "
        "table (O neg). Stopped at the bedside check before spiking, the right unit fetched.",
        "The unit in the fridge bay was for a different patient, group AB pos, our lady is B "
        "pos. Noticed at the two person check before it was connected.",
    ],
)
def test_unit_told_as_someone_elses_stopped_before_spiking_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        # the other person's unit given: not a near miss (the group rule calls the event)
        "Blood collected from the fridge was for a different patient (A pos, pt is O pos) and "
        "was transfused in full. Pt had rigors and haemoglobinuria.",
        # someone else's unit, no groups, nothing caught: no near miss of this rule
        "The blood collected was for a different patient; porter re-educated on collection.",
        # a unit labelled for one named person and given to her: no error
        "Unit labelled for Mrs Brown collected for Mrs Brown and checked at the bedside, "
        "transfusion started without problems.",
    ],
)
def test_someone_elses_unit_given_or_unchecked_is_not_near_miss_12(text: str) -> None:
    assert never_event_codes(text)[1] != "12"


def test_unit_for_another_given_is_never_event_12() -> None:
    text = (
        "Blood collected from the fridge was for a different patient (A pos, pt is O pos) and "
        "was transfused in full. Pt had rigors and haemoglobinuria."
    )
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text",
    [
        "Liver transplant: donor group B liver transplanted into a group A recipient, donor group "
        "transcribed wrongly. Unintended ABO incompatible graft, plasma exchange started.",
        "Kidney from a group AB donor placed in a group O recipient; the ABO incompatible "
        "transplant was not planned. Plasma exchange and rituximab given, graft lost.",
        "Heart transplant, donor group A into a group B recipient - inadvertent ABO "
        "incompatible transplant found on post op checks, plasma exchange started.",
    ],
)
def test_unplanned_abo_incompatible_transplant_is_12_despite_plasma_exchange(text: str) -> None:
    assert never_event_codes(text)[0] == "12"


@pytest.mark.parametrize(
    "text",
    [
        "Planned ABO incompatible living donor kidney transplant, group A donor to group O "
        "recipient, desensitisation and plasma exchange per protocol. Unexpected bleeding on "
        "day 2, returned to theatre.",
        "Group B donor kidney into group O recipient as part of the ABO incompatible programme, "
        "plasma exchange pre op as planned; unexpected delay in theatre start.",
        "Deliberate ABO incompatible transplant (donor A, recipient O) with immunoadsorption; "
        "the line for plasma exchange was not planned to be left in, removed day 3.",
    ],
)
def test_planned_abo_incompatible_transplant_stays_excluded(text: str) -> None:
    assert never_event_codes(text)[0] != "12"
