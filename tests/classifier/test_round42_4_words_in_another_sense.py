"""Theme cues read in another sense (round 42): a drug named as the reason an action was
started ("neuro obs started as on apixaban") starts no medicine; "not filled in" tells a form
left blank, not a shift left without staff; a floor of the body ("the sinus floor", "the floor
of the mouth") is no floor anyone fell to. The same words told as a medicine started, a shift
not covered or a patient on the floor keep their theme."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "found on floor by bed, neuro obs commenced as on rivaroxaban, no injury, dr reviewed",
        "slipped in the shower, hourly obs started because she is on edoxaban, small graze",
        "pt rolled off the trolley in ED, head injury obs initiated as taking apixaban, CT clear",
    ],
)
def test_drug_named_as_the_reason_for_an_action_is_no_medicines_error(text: str) -> None:
    assert "medication" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt started on apixaban as well as warfarin on admission, both given for 3 days, PR bleed",
        "gentamicin started as prescribed on day 1 but trough level not taken, 2nd dose given, AKI",
        "insulin infusion commenced as per protocol on admission, then stopped in error for 4 hrs",
        "pt started on clozapine as on the TTO but bloods had not been done, dose given anyway",
    ],
)
def test_medicine_started_in_error_is_still_a_medicines_error(text: str) -> None:
    assert "medication" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "referral form not filled in by the ward so the DN visit was not booked, dressing not "
        "changed for a week",
        "fluid balance chart not filled in for 24 hrs, AKI not noticed",
        "consent form not filled in before the pt went to theatre, found at sign in",
    ],
)
def test_form_not_filled_in_is_no_staffing_gap(text: str) -> None:
    assert "staffing_infrastructure_estates" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "nights: 2 RNs for 28 pts, bank shift not filled, obs late",
        "rota gap not filled, one SHO covering 3 wards, pt waited 4 hrs for review",
        "RN sickness not filled by agency, 1:1 obs could not be kept",
        "unfilled shifts on the ward for a week, meds round late every night",
    ],
)
def test_shift_not_filled_is_a_staffing_gap(text: str) -> None:
    assert "staffing_infrastructure_estates" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "post op OPG shows the implant apex close to the sinus floor, pt informed",
        "CT shows the collection extending to the pelvic floor, drain inserted",
        "lesion on the floor of the mouth biopsied, histology lost in the lab",
        "the tumour reached the floor of the orbit on MRI, report not read for 3 weeks",
    ],
)
def test_floor_of_the_body_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt slipped and went down onto the floor of the bathroom, hit head",
        "pt fell to the floor in the bay, has known pelvic floor weakness, was rushing to the loo",
        "pt with an orbital floor fracture from a fall at home fell again on the ward onto the "
        "floor",
    ],
)
def test_patient_on_the_floor_beside_a_body_floor_is_still_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)
