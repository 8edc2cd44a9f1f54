"""Round 59, helper 3: an operation named as when the event happened, medicines taken back to
the pharmacy and items that went home with the wrong patient are no procedure or discharge
that went wrong.

- An operation named as the time of the event ("pt on metformin, post knee replacement",
  "not eating since surgery", "3 days after her hysterectomy") is when it happened, not a
  procedure that went wrong: no treatment_procedure. A complication told beside it ("bleeding
  after surgery", "returned to theatre") still is one.
- Medicines or stock taken or sent back to the pharmacy ("vials sent back to pharmacy and the
  ward", "box returned to the dispensary") are a medicines' journey, not a patient conveyed
  back: no access_transfer_discharge. A patient brought back to the ward after a discharge that
  failed still is one.
- Medicines or labels that went (or did not go) home with the wrong patient are an
  identification error, nothing missing from a discharge: no access_transfer_discharge. A
  patient discharged with nothing sent with them still is one.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

PROCEDURE = "treatment_procedure"
ACCESS = "access_transfer_discharge"

PROCEDURE_AS_TIME = [
    "pt on metformin, post cholecystectomy, BM 2.9 at 05:00 found by the night RN and not "
    "acted on till the day team came on, eating little since surgery",
    "3 days after her hysterectomy the pressure area check was missed on 4 shifts, cat 2 to "
    "the sacrum found at the bed bath, pt immobile since surgery",
    "drowsy and confused since surgery, pt following a hernia repair given double the dose of "
    "oramorph as the chart was read wrong",
]

PROCEDURE_STILL_WRONG = [
    "bleeding after surgery from the wound site, returned to theatre for a washout",
    "post hernia repair pt went back to theatre that evening for a bleed",
]

STOCK_TO_PHARMACY = [
    "found 2 boxes of insulin in the wrong fridge, vials sent back to pharmacy and the ward "
    "fridge checked",
    "out of date morphine ampoules found on the drugs trolley, taken back to the dispensary "
    "and the ward manager told",
]

PATIENT_BROUGHT_BACK = [
    "pt discharged at 22:00 with no one at home, brought back to the ward by the crew at 01:00",
]

WRONG_PATIENT_ITEMS = [
    "TTOs for the pt in bed 12 had the labels of the pt in bed 14, spotted at the final "
    "discharge check so nothing went home with the wrong patient",
]

NOTHING_SENT_WITH_PATIENT = [
    "pt transferred to the community hospital and nothing went with her, no drug chart and no "
    "letter",
]


@pytest.mark.parametrize("text", PROCEDURE_AS_TIME)
def test_operation_named_as_time_is_no_procedure(text: str) -> None:
    assert PROCEDURE not in theme_ids(text)


@pytest.mark.parametrize("text", PROCEDURE_STILL_WRONG)
def test_complication_beside_the_operation_is_still_a_procedure(text: str) -> None:
    assert PROCEDURE in theme_ids(text)


@pytest.mark.parametrize("text", STOCK_TO_PHARMACY)
def test_stock_taken_back_to_pharmacy_is_no_transfer(text: str) -> None:
    assert ACCESS not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_BROUGHT_BACK)
def test_patient_brought_back_is_still_access(text: str) -> None:
    assert ACCESS in theme_ids(text)


@pytest.mark.parametrize("text", WRONG_PATIENT_ITEMS)
def test_items_with_the_wrong_patient_are_no_discharge_failure(text: str) -> None:
    assert ACCESS not in theme_ids(text)


@pytest.mark.parametrize("text", NOTHING_SENT_WITH_PATIENT)
def test_nothing_sent_with_the_patient_is_still_access(text: str) -> None:
    assert ACCESS in theme_ids(text)
