"""Theme cues that read what an incident is about, not what is told around it: an infection
told as the cause of a patient's confusion, as the reason for admission after the age, or as
the wrong working diagnosis (no infection theme); a move to intensive care for monitoring
(care escalated, not access); gas outlets or trays left unlabelled (the estate's set-up, not
a record); a medicine that extravasated or went IM because the cannula had tissued (the
medicine's story, not a procedure). Each with the real theme beside it left alone."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

INFECTION = "infection"
ACCESS = "access_transfer_discharge"
COMMS = "communication_documentation"
PROCEDURE = "treatment_procedure"


@pytest.mark.parametrize(
    "text",
    [
        "Mrs K (delirium, UTI) was found climbing over the bed rails at 03:00 and fell",
        "confused man (pneumonia, delirium) opened the side room window and climbed onto the sill",
        "elderly lady with acute confusion secondary to chest infection slipped in the bathroom",
        "Boy aged 4 on the childrens ward with bronchiolitis was given 10 times the paracetamol",
        "toddler brought in with a high temperature, triaged as tonsillitis and sent home",
    ],
)
def test_infection_told_as_the_background_or_the_wrong_diagnosis_is_not_infection(
    text: str,
) -> None:
    assert INFECTION not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt on the ward developed a hospital acquired UTI after the catheter was left in 3 weeks",
        "confused pt not isolated despite diarrhoea, 3 more pts in the bay now C diff positive",
        "Patient with delirium found to have a line infection, blood cultures grew MRSA",
        "triaged as tonsillitis but it was a peritonsillar abscess, sepsis on return",
    ],
)
def test_infection_that_is_the_incident_is_still_infection(text: str) -> None:
    assert INFECTION in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "K 6.8 after the strong potassium was given, moved to CCU for monitoring overnight",
        "baby desaturated after the dose and was transferred to NICU for observation",
    ],
)
def test_move_to_intensive_care_for_monitoring_is_not_access(text: str) -> None:
    assert ACCESS not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "transfer to ICU delayed 9 hours as no critical care bed was available",
        "pt waited 14 hours in ED for a bed on the ward, transfer delayed overnight",
    ],
)
def test_delayed_transfer_is_still_access(text: str) -> None:
    assert ACCESS in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "venturi mask put on the air outlet by the porter; the wall outlets are not labelled "
        "clearly in that bay. Swapped to O2",
        "both lenses were opened onto one trolley and not kept on separate labelled sides",
    ],
)
def test_equipment_left_unlabelled_is_not_communication(text: str) -> None:
    assert COMMS not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the G&S sample was not labelled at the bedside and was labelled later at the desk",
        "syringe of morphine not labelled, left on the trolley and given to the wrong patient",
    ],
)
def test_patient_sample_or_syringe_unlabelled_is_still_communication(text: str) -> None:
    assert COMMS in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "IV iron infusion extravasated into the forearm, skin staining, pt told may be permanent",
        "epirubicin bolus extravasated, extravasation kit used and plastics informed",
        "cannula had tissued so the nurse gave the IV antibiotic IM without asking the doctor",
    ],
)
def test_medicine_extravasated_or_given_im_is_not_a_procedure(text: str) -> None:
    assert PROCEDURE not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "6 failed attempts at cannulation overnight before the reg was called, arm bruised",
        "pneumothorax after central line insertion, chest drain needed",
    ],
)
def test_failed_cannulation_or_procedure_harm_is_still_a_procedure(text: str) -> None:
    assert PROCEDURE in rule_theme_ids(text)
