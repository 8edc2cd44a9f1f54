"""Round 66: initials that spell an infection's abbreviation, told as a person's, are a name.

- "Nurse TB", "Dr TB", "pt TB (initials)": a person named by initials, no tuberculosis, so
  no infection theme from them (round 65 helper 4's note).
- Tuberculosis told as the patient's ("?TB, not put in a side room") is still infection.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

INFECTION = "infection"

INITIALS_AS_NAMES = [
    "HCA TB found the pt on the floor by the sink at 0415, no injury, obs fine.",
    "pt TB (initials only for confidentiality) was given 2 doses of ramipril by mistake.",
]

TUBERCULOSIS = [
    "pt admitted with ?TB and a cough for 6 wks, left in an open bay overnight, no side room.",
]


@pytest.mark.parametrize("text", INITIALS_AS_NAMES)
def test_initials_told_as_a_person_are_no_infection(text: str) -> None:
    assert INFECTION not in theme_ids(text)


@pytest.mark.parametrize("text", TUBERCULOSIS)
def test_tuberculosis_of_the_patient_is_infection(text: str) -> None:
    assert INFECTION in theme_ids(text)
