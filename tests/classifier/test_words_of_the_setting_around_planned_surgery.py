"""Words around planned surgery and its wards that tell no theme of their own, and a staff bank
with nobody to send: a reading told as having fallen ("Hb had fallen from 128 pre op to 84") is
no patient fall, readings told as stable ("BP and sats stable") are no deterioration, the
waiting room named as a place is no wait to reach a service, the trauma service's day case
list is no procedure that went wrong; a bank or agency with no one to send is a shift short of
staff. Each with the look-alike that keeps its theme."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

# ------------------------------------------------------------------ a reading that had fallen


@pytest.mark.parametrize(
    "text",
    [
        "Day 2 after the hip revision, Hb had fallen from 118 pre op to 76, 2 units transfused.",
        "bloods showed her sodium has now fallen to 119, fluid restriction started late",
        "post op platelets had fallen to 40 and nobody acted on the result",
        "Knee very swollen on day 1, haemoglobin has fallen from 131 to 88, back to theatre.",
    ],
)
def test_a_reading_that_had_fallen_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt had fallen in the toilet at 02:00, found by HCA, obs stable.",
        "BP checked after she had fallen in the bay, 120/70",
        "Pt felt dizzy and had fallen against the locker, small skin tear",
    ],
)
def test_a_patient_who_had_fallen_is_still_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


# ------------------------------------------------------------------ readings told as stable


@pytest.mark.parametrize(
    "text",
    [
        "Pt reacted to IV abx, flushed and itchy, BP and sats stable, given chlorphenamine.",
        "Teicoplanin given at induction despite a documented allergy on the drug chart. Rash "
        "within 10 mins, BP and sats stable throughout, hydrocortisone given.",
    ],
)
def test_readings_told_as_stable_are_no_deterioration(text: str) -> None:
    assert "monitoring_deterioration" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "anaphylaxis after co-amoxiclav, BP dropped to 70/40, adrenaline IM given, BP and sats "
        "stable after 10 mins",
        "Sats dropped to 82% on the ward after the PCA bolus, obs not escalated, pt now stable",
    ],
)
def test_a_deterioration_before_the_readings_settled_is_still_one(text: str) -> None:
    assert "monitoring_deterioration" in theme_ids(text)


# ------------------------------------------------------------------ the waiting room as a place


@pytest.mark.parametrize(
    "text",
    [
        "Breast clinic. Pt called out of the waiting room and told her biopsy result in the "
        "corridor by the registrar, no CNS present, she was very distressed at her appt.",
        "Two pts with the same name on the cysto list, the wrong one called from the waiting "
        "area and taken through, ID checked by name only, found before the scope went in.",
    ],
)
def test_the_waiting_room_named_as_a_place_is_no_wait(text: str) -> None:
    assert "access_transfer_discharge" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt waited in the waiting area for 5 hrs before being seen by a doctor",
        "pt sat in the waiting room for 6 hours and left before being seen",
    ],
)
def test_a_wait_in_the_waiting_room_is_still_access(text: str) -> None:
    assert "access_transfer_discharge" in theme_ids(text)


# ------------------------------------------------------------------ the trauma day case list


def test_the_trauma_day_case_list_is_no_procedure_gone_wrong() -> None:
    text = (
        "Trauma day case. Pt had an ORIF of the wrist and went home that evening. Her TTO "
        "was written with no VTE prophylaxis on it, pharmacist picked it up on day 2."
    )
    assert "treatment_procedure" not in theme_ids(text)


# ------------------------------------------------------------------ a bank with nobody to send


@pytest.mark.parametrize(
    "text",
    [
        "Confused pt post hip op kept pulling at her lines and hit out at staff. Asked for 1:1 "
        "enhanced obs for the night shift but the bank office have no HCA or RMN to send.",
        "Asked for an RMN to special the pt overnight, bank had nobody available.",
        "request for 1:1 HCA put in at 13:00, agency unable to fill the shift, pt absconded at "
        "19:00",
    ],
)
def test_a_bank_with_nobody_to_send_is_a_staffing_shortfall(text: str) -> None:
    assert "staffing_infrastructure_estates" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "blood bank unable to provide O neg units for 40 mins",
        "Extra HCA booked through the bank and arrived on time; pt settled.",
    ],
)
def test_a_bank_that_sent_staff_or_a_blood_bank_is_no_shortfall(text: str) -> None:
    assert "staffing_infrastructure_estates" not in theme_ids(text)
