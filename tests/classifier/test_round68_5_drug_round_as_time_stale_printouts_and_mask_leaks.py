"""Round 68 (helper 5): themes read in acute medical ward reports.

- The drug round named as the moment something was noticed ("realised she was missing at
  the evening drug round", "found on the floor at the medication round") is a time of day,
  not a medication error; a drug round given late, with a missed dose, still is one.
- An age in days given to a thing ("the handover sheets were nearly 3 days old", "the
  patient list was 2 days old") is how stale it is, no baby's age, so no maternity_perinatal;
  a baby or twins some days old still are perinatal care.
- Breathing masks or interfaces said to leak a little further on ("only small CPAP masks,
  the interfaces were leaking badly") are the device's fit, not an estates leak; water
  leaking from the ceiling still is the building's.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

MEDICATION = "medication"
MATERNITY = "maternity_perinatal"
ESTATES = "staffing_infrastructure_estates"
FALLS = "falls"

ROUND_AS_TIME = [
    "resident not in her room when checked, staff realised she was missing at the evening "
    "drug round, found in the garden.",
    "pt found sitting on the floor of the bathroom at the teatime medication round, no injury, "
    "obs normal.",
]

ROUND_AS_MEDICATION = [
    "the 1800 drug round was given 2 hours late and his levodopa was missed.",
]

STALE_THING = [
    "the handover sheets printed for nights were nearly 3 days old so two new admissions were "
    "not on them.",
    "the patient list on the wall was 2 days old and the bed moves had not been updated.",
]

BABY_DAYS_OLD = [
    "baby girl 3 days old on the postnatal ward, jaundice not checked before discharge.",
    "twins 2 days old in SCBU, one given the other's feed.",
]

MASK_LEAK = [
    "only small CPAP masks available, the interfaces we had were leaking badly all night, pt "
    "desaturating.",
]

BUILDING_LEAK = [
    "water leaking from the ceiling of bay 4 onto the floor, buckets put down, estates called.",
]


@pytest.mark.parametrize("text", ROUND_AS_TIME)
def test_the_drug_round_as_the_moment_noticed_is_no_medication_error(text: str) -> None:
    assert MEDICATION not in theme_ids(text)


def test_a_fall_noticed_at_the_round_is_still_a_fall() -> None:
    assert FALLS in theme_ids(ROUND_AS_TIME[1])


@pytest.mark.parametrize("text", ROUND_AS_MEDICATION)
def test_a_late_drug_round_with_a_missed_dose_is_still_medication(text: str) -> None:
    assert MEDICATION in theme_ids(text)


@pytest.mark.parametrize("text", STALE_THING)
def test_a_printout_days_old_is_no_baby(text: str) -> None:
    assert MATERNITY not in theme_ids(text)


@pytest.mark.parametrize("text", BABY_DAYS_OLD)
def test_a_baby_days_old_is_still_perinatal(text: str) -> None:
    assert MATERNITY in theme_ids(text)


@pytest.mark.parametrize("text", MASK_LEAK)
def test_a_leaking_mask_is_no_estates_leak(text: str) -> None:
    assert ESTATES not in theme_ids(text)


@pytest.mark.parametrize("text", BUILDING_LEAK)
def test_water_through_the_ceiling_is_still_estates(text: str) -> None:
    assert ESTATES in theme_ids(text)
