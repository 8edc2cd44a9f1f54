"""Words of care outside NHS trusts (care homes, prisons, independent hospitals, virtual wards):
one titled patient's medicines, unit or observations put up, entered or given on another
titled patient, and no photograph on the MAR, are patient identification
(communication_documentation); a count of prison officers or carers "short" and the one RMO
covering a hospital overnight are staffing_infrastructure_estates; the difficult airway trolley
or kit not in theatre and a monitoring device never delivered to a patient at home are
medical_device. Each with the look-alike that must not change."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

COMMUNICATION = "communication_documentation"
STAFFING = "staffing_infrastructure_estates"
DEVICE = "medical_device"

# ------------------------------------------------------- one named patient's care on another


@pytest.mark.parametrize(
    "text",
    [
        "Platelets for Mr Okafor were hung on Mr Okoro in bay 2, stopped after 10 mins.",
        "BMs for Mrs Patel were charted in the record of Mrs Patil for two days.",
        "Mrs Dunne's lunchtime meds given to Mrs Dunn by the agency carer, no ill effects.",
        "Morning insulin for Mr Rees administered to Mr Reid in error, BM monitored.",
        "Weights for Miss Hart entered onto Miss Harte on the virtual ward app for a week.",
    ],
)
def test_one_named_patients_care_put_on_another_is_identification(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meds for Mr Grant given to Mrs Grant (his wife) to take home, all explained.",
        "Unit of red cells for Mrs Lowe put up at 14:00 and finished without reaction.",
        "Obs for Mr Hale were recorded on the chart every 4 hours, all within range.",
    ],
)
def test_care_of_one_named_patient_is_no_identification_error(text: str) -> None:
    assert COMMUNICATION not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wrong blister pack given at breakfast. Neither resident has a photo on the MAR.",
        "New admission had no photo on her MAR when the night meds were given.",
        "Photos not on MAR for three of the residents on the top floor.",
        "Wrong resident's tablets given, the MAR folder had no photograph.",
    ],
)
def test_no_photo_on_the_mar_is_identification(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)


def test_the_photo_on_the_mar_checked_is_no_identification_error() -> None:
    assert COMMUNICATION not in theme_ids(
        "Resident given her meds from her own pot, photo on the MAR checked first."
    )


#: Join of batches 78-81: the model retrained with them read the photo and the MAR of a check
#: told as done as an identification failure (theme_photo_id_check_done, for the model only).
@pytest.mark.parametrize(
    "text",
    [
        "Morning meds given to the right resident, identity confirmed against the photo on her "
        "MAR.",
    ],
)
def test_the_photo_on_the_mar_used_for_the_check_is_no_identification_error(text: str) -> None:
    assert COMMUNICATION not in theme_ids(text)


def test_the_photo_on_the_mar_not_checked_is_identification() -> None:
    assert COMMUNICATION in theme_ids(
        "Carer gave Mrs Bell's tablets to Mrs Ball, the photo on the MAR was not checked."
    )


# ------------------------------------------------------- officers, carers or the RMO short


@pytest.mark.parametrize(
    "text",
    [
        "B wing was 4 officers short so the ACCT checks were late over lunch.",
        "We were two carers short on nights and the 2am turns were missed.",
        "House block 3 prison officers short, healthcare could not get to the cells.",
        "There is only one RMO on site at night for the whole hospital and he was in theatre.",
        "1 RMO covering 45 beds overnight, so the pt waited 2 hours for review.",
    ],
)
def test_officers_or_carers_short_and_one_rmo_are_staffing(text: str) -> None:
    assert STAFFING in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two officers attended the cell, pt short of breath on exertion.",
        "RMO reviewed at 02:00, only one RMO review documented overnight, plan clear.",
    ],
)
def test_officers_named_or_an_rmo_review_are_no_staffing(text: str) -> None:
    assert STAFFING not in theme_ids(text)


# ------------------------------------------------------- kit not there, a device not delivered


@pytest.mark.parametrize(
    "text",
    [
        "Failed intubation, no difficult airway trolley in the anaesthetic room.",
        "The difficult airway kit had been moved to the day unit and not returned.",
        "Virtual ward pt - the BP machine hadnt arrived by day 3 so no readings sent.",
        "No pulse oximeter had been delivered to his home so sats were never submitted.",
        "The air mattress was not delivered until the 4th day after discharge home.",
    ],
)
def test_airway_kit_not_there_or_a_device_not_delivered_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "No difficult airway anticipated, grade 1 view, uneventful GA.",
        "Evening meds not delivered by the community pharmacy until the next day.",
    ],
)
def test_no_difficult_airway_or_medicines_not_delivered_are_no_device(text: str) -> None:
    assert DEVICE not in theme_ids(text)
