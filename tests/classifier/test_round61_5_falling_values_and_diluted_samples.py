"""Round 61, helper 5: a measurement told as "falling" is no fall, and a blood sample spoiled
by the fluid in its line is no infection.

- A blood gas or pressure named after "falling" ("falling pO2 on the gas", "falling MAP"), or
  a value told with "and falling" after its number ("sats dropped to 81% and falling", "pO2
  6.9 kPa and falling"), is a value going down: no falls. A patient who fell, told beside a
  value, still is a fall.
- A blood sample contaminated or diluted by the fluid running in the line it was drawn from
  ("gas samples contaminated with the saline flush", "the dextrose infusion contaminated the
  bloods") is a sampling error giving false results: no infection. Contaminated instruments,
  scopes or wounds still are infection.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

FALLS = "falls"
INFECTION = "infection"

FALLING_VALUES = [
    "post induction sats dropped to 81% and falling despite bag mask ventilation, anaesthetic cons "
    "fast bleeped",
    "ECMO circuit pump head noisy, falling pO2 on the post membrane gas, circuit changed by "
    "the perfusionist",
    "on the gas pO2 6.9 kPa and falling, FiO2 increased and outreach called",
]

REAL_FALLS = [
    "pt fell getting out of bed to the toilet and hit her head, sats 95% and BP 130/80 afterwards",
    "found on the floor beside the chair, obs taken, sats 97% and falling asleep again, "
    "medical review done",
]

DILUTED_SAMPLES = [
    "potassium of 2.1 reported, the gas samples had been contaminated with the saline flush "
    "from the arterial line, repeat normal",
    "bloods taken from the drip arm, the dextrose infusion contaminated the samples and the "
    "glucose read 31, redrawn from the other arm",
]

REAL_CONTAMINATION = [
    "bronchoscope used on the next pt had not been through the washer, it was contaminated "
    "and the pt needs screening",
    "the pt's abdominal wound was contaminated with faeces overnight and is now red and hot",
]


@pytest.mark.parametrize("text", FALLING_VALUES)
def test_falling_value_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", REAL_FALLS)
def test_patient_fall_beside_a_value_is_still_a_fall(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", DILUTED_SAMPLES)
def test_sample_spoiled_by_line_fluid_is_no_infection(text: str) -> None:
    assert INFECTION not in theme_ids(text)


@pytest.mark.parametrize("text", REAL_CONTAMINATION)
def test_contaminated_scope_or_wound_is_still_infection(text: str) -> None:
    assert INFECTION in theme_ids(text)
