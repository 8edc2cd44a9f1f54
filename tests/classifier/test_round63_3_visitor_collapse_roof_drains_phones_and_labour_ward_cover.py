"""Round 63, helper 3: a visitor who collapsed, a roof drain, a diverted phone and the labour
ward named among the areas a doctor was covering.

- A visitor or member of the public who collapsed on site is no patient's deterioration: no
  monitoring_deterioration. A patient who collapsed on the ward still is one.
- A roof, gutter or rainwater drain blocked in heavy rain is the building's (estates), not a
  medical device. A patient's surgical drain found blocked still is one.
- A phone, bleep or calls diverted elsewhere route messages: no access_transfer_discharge. An
  ambulance diverted to another hospital still is one.
- The labour ward named among the areas one doctor was covering ("the reg was covering ITU and
  the labour ward") is where staff were: no maternity_perinatal, for the rules or the learned
  model. A woman in labour left unreviewed still is maternity.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

VISITOR_COLLAPSED = [
    "member of the public collapsed in the hospital car park near the main entrance, 2222 "
    "put out, crash team attended and took him to ED, no pt involved",
    "a visitor (daughter of the lady in bed 6) collapsed in the day room, 2222 called and the "
    "crash team took her to ED on a trolley",
]

PATIENT_COLLAPSED = [
    "pt collapsed in the bay toilet, 2222 called, crash team attended, BP 70/40, "
    "transferred to resus",
]

ROOF_DRAIN = [
    "rain coming through the ceiling of the endoscopy corridor, estates found the roof drain "
    "blocked with leaves, corridor closed",
    "gutter drain blocked after the storm, water pouring down the wall of outpatients, "
    "estates called",
]

SURGICAL_DRAIN = [
    "post op day 1 the wound drain was blocked and not draining, haematoma found at the site",
]

PHONE_DIVERTED = [
    "the ward bleep was diverted to switchboard overnight, the reg did not get the call about "
    "bed 4 until 0300",
]

AMBULANCE_DIVERTED = [
    "ambulance diverted to another hospital as ED was closed to admissions, pt spent an extra "
    "hour on the vehicle",
]

LABOUR_WARD_COVERED = [
    "appendicectomy delayed 3 hrs overnight because the only anaesthetic SHO was covering ED "
    "and the labour ward, no second on call",
    "no anaesthetist for the emergency list until 0200, the registrar was covering the "
    "intensive care unit plus the labour ward",
]

LABOUR_CARE = [
    "woman in established labour on the labour ward not reviewed by a doctor for 2 hrs "
    "despite a pathological CTG",
]


@pytest.mark.parametrize("text", VISITOR_COLLAPSED)
def test_a_visitor_who_collapsed_is_no_deterioration(text: str) -> None:
    assert "monitoring_deterioration" not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_COLLAPSED)
def test_a_patient_who_collapsed_still_is(text: str) -> None:
    assert "monitoring_deterioration" in theme_ids(text)


@pytest.mark.parametrize("text", ROOF_DRAIN)
def test_a_roof_drain_is_no_medical_device(text: str) -> None:
    assert "medical_device" not in theme_ids(text)


@pytest.mark.parametrize("text", SURGICAL_DRAIN)
def test_a_surgical_drain_blocked_still_is(text: str) -> None:
    assert "medical_device" in theme_ids(text)


@pytest.mark.parametrize("text", PHONE_DIVERTED)
def test_a_diverted_phone_is_no_access(text: str) -> None:
    assert "access_transfer_discharge" not in theme_ids(text)


@pytest.mark.parametrize("text", AMBULANCE_DIVERTED)
def test_an_ambulance_diverted_still_is(text: str) -> None:
    assert "access_transfer_discharge" in theme_ids(text)


@pytest.mark.parametrize("text", LABOUR_WARD_COVERED)
def test_the_labour_ward_covered_is_no_maternity(text: str) -> None:
    assert "maternity_perinatal" not in theme_ids(text)


@pytest.mark.parametrize("text", LABOUR_CARE)
def test_labour_care_still_is_maternity(text: str) -> None:
    assert "maternity_perinatal" in theme_ids(text)
