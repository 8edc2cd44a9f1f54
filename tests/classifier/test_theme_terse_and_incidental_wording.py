"""Theme cues for problems told tersely or by an absence (a route swapped "IM not IV", sent
home "w no TTOs", "no waterlow done", a result "nobody saw", a midwife alone on the unit,
tracking handhelds down, an imaging dose above its reference level), and equipment or words
named only in passing that must not fire a theme (the hoist that lowered a patient into the
bath, a nurse who "didnt want to wake" a colleague, a "U" read correctly)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the route swapped, the intended one after "not" / "instead of"
        ("cyclizine given IM not IV", "medication"),
        ("ondansetron pushed IV instead of PO by the agency nurse", "medication"),
        # discharged without the discharge medicines, told negated
        ("elderly pt discharged at 2300 w no TTOs, daughter rang the ward", "medication"),
        ("sent home from AMU without TTOs, GP had to prescribe", "medication"),
        # a named risk assessment told absent with "no"
        ("grade 3 PU to the sacrum, no waterlow done since admission", "assessment_diagnosis"),
        ("no FRAT completed on transfer, pt fell on the first night", "assessment_diagnosis"),
        # a result nobody saw or acted on
        ("bloods filed to the old record and nobody saw the K of 6.8", "assessment_diagnosis"),
        ("nobody reviewed the CXR before the pt went home", "assessment_diagnosis"),
        # one member of staff alone on the unit or ward
        (
            "MW alone on unit, shoulder dystocia, help took 6 min to arrive",
            "staffing_infrastructure_estates",
        ),
        ("nurse alone on the ward overnight, 2 pts fell", "staffing_infrastructure_estates"),
        # the handhelds of a tracking system down
        ("bloodtrack handhelds offline so the bedside check was done on paper", "it_systems"),
        # an imaging dose told in its measures
        (
            "PCI: fluoroscopy time 48 mins, dose above the DRL, RPA informed",
            "radiotherapy_screening",
        ),
        ("angio dose exceeded the local diagnostic reference level", "radiotherapy_screening"),
    ],
)
def test_terse_or_absent_wording_assigns_theme(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a hoist or sling named only as how the patient was moved
        (
            "pt lowered into the bath in the hoist, water too hot, redness to both feet",
            "medical_device",
        ),
        (
            "slid to the floor from the chair, got the hoist and sling to get him up, no injury",
            "medical_device",
        ),
        # staff not wanting to wake someone
        ("HCA didnt want to wake the nurse on her break so re-passed the NG herself", "self_harm"),
        ("did not want to wake the pt for the 0200 obs, NEWS 6 at 0600", "self_harm"),
        # a "U" everyone read correctly
        (
            "insulin written as 8U, read correctly as 8 units and given, pharmacist flagged it",
            "communication_documentation",
        ),
        # an imaging dose is not a medicine's dose
        ("ERCP screening time 30 mins, radiation dose above the DRL, skin erythema", "medication"),
        # "alone" said of the patient, "handheld" of a doppler, "nobody saw" of a fall
        ("nurse found pt alone on the ward floor at 0300", "staffing_infrastructure_estates"),
        ("handheld doppler used, FH down to 100, reg called", "it_systems"),
        ("no waterlow change needed, skin intact", "assessment_diagnosis"),
    ],
)
def test_incidental_wording_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "hoist failed mid transfer and pt was lowered to the floor",
        "wrong size sling used on the hoist, pt slipped through onto the floor",
        "no hoist available on the ward so pt left in the chair for 6 hrs",
    ],
)
def test_hoist_that_failed_or_was_missing_is_still_a_device_problem(text: str) -> None:
    assert "medical_device" in rule_theme_ids(text)


def test_patient_not_wanting_to_wake_up_is_still_self_harm() -> None:
    assert "self_harm" in rule_theme_ids(
        "pt told the RMN she didnt want to wake up tomorrow and had been saving her tablets"
    )


@pytest.mark.parametrize(
    "text",
    [
        "insulin written as 10U, nurse did not read it correctly and gave 100 units, BM 1.9",
        "novorapid 6U on chart misread as 60 units by agency nurse and given",
    ],
)
def test_misread_u_abbreviation_is_still_communication(text: str) -> None:
    assert "communication_documentation" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "insulin dose above the prescribed amount given, BM 2.1",
        "morphine dose above the usual range given in error, pt drowsy",
    ],
)
def test_drug_dose_above_intended_is_still_medication(text: str) -> None:
    assert "medication" in rule_theme_ids(text)
