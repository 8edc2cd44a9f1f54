"""Words of the setting that tell no theme of their own, and a failed procedure named before its
failure: a blood culture told by its result is no blood group, the cot side named as where
people were is no cot rail, a delayed ambulance response is no delayed response to a
deteriorating patient, a wait for an interpreter is no patient's wait for a service, consent to
photos or bloods is no procedure; "cannulation failed x4" is a procedure that went wrong. Each
with the look-alike that keeps its theme."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

# ------------------------------------------------------------------ blood culture result


@pytest.mark.parametrize(
    "text",
    [
        "Baby on NNU, a positive blood culture on day 3 (CoNS), long line removed.",
        "Mum pyrexial post CS. A positive blood cultures result phoned by micro at 14:00.",
        "Neonate grew GBS on a positive blood culture, IV benpen started.",
    ],
)
def test_a_positive_blood_culture_is_no_blood_group(text: str) -> None:
    assert "blood_transfusion_tissues" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "A positive blood given to an O positive pt in error on the pn ward.",
        "Unit of A positive blood collected from the fridge for the wrong patient.",
    ],
)
def test_a_positive_blood_unit_is_still_blood(text: str) -> None:
    assert "blood_transfusion_tissues" in theme_ids(text)


# ------------------------------------------------------------------ cot side as a place


@pytest.mark.parametrize(
    "text",
    [
        "Baby self-extubated during cares. Parents were at the cotside and very upset, "
        "spoken to by the reg.",
        "Mum sitting by the cot side when she was told about the delayed MRI, very upset.",
        "Dad stood beside the cotside while the reg gave the update, no questions asked.",
    ],
)
def test_people_at_the_cotside_is_no_cot_rail(text: str) -> None:
    assert "medical_device" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Baby's leg trapped in the cot side, red mark on the shin, no fracture.",
        "Cot side left down and broken, toddler climbed out on the paeds ward.",
    ],
)
def test_a_cot_side_trapping_or_broken_is_still_a_device(text: str) -> None:
    assert "medical_device" in theme_ids(text)


# ------------------------------------------------------------------ ambulance response


@pytest.mark.parametrize(
    "text",
    [
        "Home birth, retained placenta. Delay in ambulance response of 65 mins is the main "
        "concern.",
        "Community MW rang 999 for a PPH at home - long ambulance response time, crew on scene "
        "after 70 mins.",
    ],
)
def test_a_delayed_ambulance_response_is_access_not_deterioration(text: str) -> None:
    themes = theme_ids(text)
    assert "access_transfer_discharge" in themes
    assert "monitoring_deterioration" not in themes


def test_a_delayed_response_to_deterioration_is_still_monitoring() -> None:
    text = "Delay in response to a MEOWS of 6, not escalated to the obs reg for 2 hrs."
    assert "monitoring_deterioration" in theme_ids(text)


# ------------------------------------------------------------------ interpreter wait


@pytest.mark.parametrize(
    "text",
    [
        "Consent for LSCS taken via her husband as the telephone interpreting line had a "
        "40 min wait.",
        "Language line had a 30 minute wait at 03:00 so the MW used gestures.",
        "Woman speaks Tigrinya only, 45 min wait for an interpreter, examined without one.",
    ],
)
def test_a_wait_for_an_interpreter_is_no_wait_for_access(text: str) -> None:
    assert "access_transfer_discharge" not in theme_ids(text)


def test_a_patients_own_wait_is_still_access() -> None:
    assert "access_transfer_discharge" in theme_ids(
        "Pt had a 40 min wait in triage before being seen, one MW on."
    )


# ------------------------------------------------------------------ consent to no procedure


@pytest.mark.parametrize(
    "text",
    [
        "EBM given to the wrong baby via NGT. Other mum consented to her bloods being "
        "checked, all negative.",
        "Nappy rash on the NNU was not escalated. Parents consented to photos being uploaded "
        "for the TVN.",
    ],
)
def test_consent_to_photos_or_bloods_is_no_procedure(text: str) -> None:
    assert "treatment_procedure" not in theme_ids(text)


# ------------------------------------------------------------------ failed procedure


@pytest.mark.parametrize(
    "text",
    [
        "Mum pyrexial in labour, cannulation failed x4 so IV abx 3 hrs late.",
        "Intubation unsuccessful at the first attempt on the resuscitaire, baby bagged.",
        "Venepuncture failed three times on the pn ward, bloods not sent until the evening.",
    ],
)
def test_a_procedure_named_before_its_failure_is_treatment(text: str) -> None:
    assert "treatment_procedure" in theme_ids(text)
