"""Round 46 (helper 12): IT failures told in new words, and stories that are no missed diagnosis.

- a broken ward printer, a tag or flag never activated or linked on the system, a merger of
  records, and an electronic record showing no allergy where another record held one are IT
  systems failures;
- drug-monitoring bloods told absent with "without" are the medication story, an estates job
  not actioned is the building's, and images nobody could open while a system was down are
  the IT failure's: none is a missed assessment or diagnosis.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "Haem unit: the wristband printer was jammed so a handwritten band was used for the "
        "sample, which the lab then rejected.",
        "Neonatal unit. The infant's security tag was not registered on the system after the "
        "move from SCBU, so the exit alarm stayed silent.",
        "Pt had two records on PAS and the alert was not linked to the new hospital number.",
        "After the merger of records the pt had two numbers and his results went to the other one.",
        "The EPR showed NKDA because the allergy was never entered from the GP letter; "
        "co-amoxiclav given, rash within minutes.",
    ],
)
def test_system_failure_told_in_other_words_is_it_systems(text: str) -> None:
    assert "it_systems" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt's printer at home broken, couldnt print the appointment letter, rang to rebook.",
        "Pt said she had no known allergies when asked, system showed nkda, given amoxicillin, "
        "no reaction.",
        "Pt was not registered with a GP at the time, so the discharge letter went nowhere.",
    ],
)
def test_no_system_failure_is_not_it_systems(text: str) -> None:
    assert "it_systems" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lithium repeat prescriptions were supplied for 6 months without any levels being "
        "checked; found at the yearly review.",
        "GP surgery. Repeat scripts issued for a year without monitoring bloods for "
        "azathioprine. Noticed by the pharmacist.",
        "Shower ran scalding hot on the rehab ward; an estates job raised a week earlier had "
        "not been actioned.",
        "Ward computers offline 2 hours, staff could not view the results or previous imaging, "
        "lists delayed.",
    ],
)
def test_unmonitored_drug_estates_job_or_outage_is_no_missed_diagnosis(text: str) -> None:
    assert "assessment_diagnosis" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chest pain pt, troponin raised but the result was not actioned for 6 hours.",
        "CT head reported as normal, registrar could not view the previous images but "
        "discharged; subdural missed.",
        "Fracture missed on the x-ray in ED and the pt sent home.",
    ],
)
def test_missed_result_or_diagnosis_is_still_assessment(text: str) -> None:
    assert "assessment_diagnosis" in rule_theme_ids(text)
