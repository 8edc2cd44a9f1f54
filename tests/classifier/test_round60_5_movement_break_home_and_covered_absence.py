"""Round 60, helper 5: a person's own movement told as too quick, "time out" given as a rest,
the state of a person's own home and staff absence told as covered are no medicine, procedure,
estates or staffing failure.

- A person's own movement told as too quick ("got up too quickly from the commode", "turning
  too fast in the shower") is how a fall or faint happened, not a dose run too fast: no
  medication. A drug or infusion given too quickly still is medication.
- "Time out" given or offered to a shaken member of staff or a distressed person ("given time
  out and a debrief", "offered time out from the desk") is a rest, not the surgical safety
  check: no treatment_procedure. A time out missed before a block or an incision still is one.
- The state of a person's own home found on a community visit ("the flat squalid, no
  heating", "no hot water in her house") is a self-neglect or social concern, not the NHS
  estate: no staffing_infrastructure_estates. No heating or hot water on a ward still is one.
- Staff absence told as covered ("one RN off sick but shift was covered by bank", "the gaps
  were filled with agency") left no shift short: no staffing_infrastructure_estates. Absence
  told as not covered still is staffing.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

MEDICATION = "medication"
PROCEDURE = "treatment_procedure"
ESTATES = "staffing_infrastructure_estates"

MOVEMENT_TOO_QUICK = [
    "elderly man got up too quickly from the commode and was lowered to the floor by the HCA, "
    "no injury, obs fine",
    "pt turning too fast in the shower felt dizzy and sat down on the shower chair, HCA with "
    "her throughout, no harm",
]

DRUG_TOO_QUICK = [
    "IV furosemide 80mg given too quickly as a push over 1 min instead of 10 mins, pt c/o tinnitus",
    "gentamicin infusion ran too fast, over 5 mins rather than 30 mins, pharmacist aware",
]

TIME_OUT_AS_BREAK = [
    "HCA sworn at and pushed by a visitor in the corridor, security attended, HCA given time "
    "out and a debrief with the matron",
    "ward clerk very upset after a relative shouted at her over the phone, offered time out "
    "from the desk by the sister",
]

TIME_OUT_MISSED = [
    "time out not done before the block, wrong side injected and noticed by the anaesthetist "
    "straight after",
    "no time out before the skin incision, consultant started on the wrong finger",
]

OWN_HOME_CONDITIONS = [
    "community nurse found the flat squalid, no heating and mould on the walls, pt declining "
    "all support, self neglect referral to social care made",
    "no hot water in her house for 2 weeks, pt washing with a kettle, referred to social services",
]

WARD_ESTATES = [
    "ward 4 no heating for 2 days, pts cold, estates called x3 with no response",
    "no hot water on the ward since the boiler failed, pts not able to shower, estates aware",
]

ABSENCE_COVERED = [
    "one RN off sick but shift was covered by bank, pts hearing aid lost in the laundry bag, "
    "claim form given",
    "two HCAs off sick and the gaps were filled with agency. pt's dentures lost when the bed "
    "linen was changed",
]

ABSENCE_NOT_COVERED = [
    "2 RNs off sick and shifts not covered, 1 RN for 20 pts, meds round finished at 11:00",
    "nurse off sick, no cover found, obs not done on 3 pts overnight due to staffing",
]


@pytest.mark.parametrize("text", MOVEMENT_TOO_QUICK)
def test_own_movement_too_quick_is_no_medication(text: str) -> None:
    assert MEDICATION not in theme_ids(text)


@pytest.mark.parametrize("text", DRUG_TOO_QUICK)
def test_drug_given_too_quickly_is_still_medication(text: str) -> None:
    assert MEDICATION in theme_ids(text)


@pytest.mark.parametrize("text", TIME_OUT_AS_BREAK)
def test_time_out_given_as_a_rest_is_no_procedure(text: str) -> None:
    assert PROCEDURE not in theme_ids(text)


@pytest.mark.parametrize("text", TIME_OUT_MISSED)
def test_surgical_time_out_missed_is_still_a_procedure(text: str) -> None:
    assert PROCEDURE in theme_ids(text)


@pytest.mark.parametrize("text", OWN_HOME_CONDITIONS)
def test_own_home_conditions_are_no_estates(text: str) -> None:
    assert ESTATES not in theme_ids(text)


@pytest.mark.parametrize("text", WARD_ESTATES)
def test_ward_heating_or_hot_water_is_still_estates(text: str) -> None:
    assert ESTATES in theme_ids(text)


@pytest.mark.parametrize("text", ABSENCE_COVERED)
def test_covered_absence_is_no_staffing(text: str) -> None:
    assert ESTATES not in theme_ids(text)


@pytest.mark.parametrize("text", ABSENCE_NOT_COVERED)
def test_uncovered_absence_is_still_staffing(text: str) -> None:
    assert ESTATES in theme_ids(text)
