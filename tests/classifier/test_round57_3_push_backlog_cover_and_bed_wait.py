"""Round 57, helper 3: a drug pushed, a backlog fallen behind, meningitis cover, a bed wait.

- A dose "pushed" through a line (an IV push: "3ml pushed before pt arrested", "pushed via
  Hickman by night nurse"): the act of giving a drug, not a person pushed, so no
  behaviour_abuse_safeguarding. A patient who pushed a nurse still is.
- Work that has "fallen behind" (a reporting backlog, a clinic or a service behind with its
  lists): a backlog, no fall. A patient who "had fallen behind the commode" still fell.
- Meningitis or encephalitis named as what a drug covers while it is ruled out ("aciclovir
  prescribed for ?meningitis", "cefotaxime for meningitis cover"): the drug's indication in a
  medicines event, no infection. A meningitis told as missed or caught still is.
- A wait for a bed told only as when the event happened ("cannula tissued while waiting for a
  surgical bed"): the setting, no access_transfer_discharge. A wait told with its length still
  is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

DRUG_PUSHED = [
    "Resus: 3ml pushed before pt arrested, the syringe held strong potassium not saline flush.",
    "Omeprazole suspension in a luer syringe pushed via Hickman by night nurse instead of the PEG.",
    "Dissolved bicarbonate tablets pushed into cannula by staff nurse, pt had no ill effect.",
]

PERSON_PUSHED = [
    "Pt became agitated and pushed the nurse into the door frame, she hurt her shoulder.",
    "Relative pushed the HCA out of the cubicle and shouted at her.",
]

WORK_FALLEN_BEHIND = [
    "Outpatient CT reporting has fallen behind by 3 weeks due to radiologist vacancies, lung "
    "nodule report not seen for 5 weeks.",
    "Clinic letters: the typing has fallen behind with sickness in the admin team, GP not told "
    "of the dose change.",
]

PATIENT_FELL_BEHIND = [
    "Pt found on the floor, had fallen behind the commode in the bathroom, skin tear to elbow.",
]

MENINGITIS_AS_INDICATION = [
    "Aciclovir prescribed IV for ?meningitis, given at half the dose as the weight was not "
    "updated.",
    "Cefotaxime for meningitis cover was prescribed at 2g but 1g drawn up and given.",
    "Cefotaxime prescribed for suspected meningitis was given 3 hours late as it was not on "
    "the drug round.",
]

MENINGITIS_AS_EVENT = [
    "Baby seen by the GP with fever and a rash, sent home, admitted next day with meningococcal "
    "septicaemia.",
    "Meningitis missed on first attendance, LP not done until the second visit.",
]

BED_WAIT_AS_SETTING = [
    "Cannula tissued while waiting for a surgical bed, metronidazole infused into the tissues.",
    "Pt's hearing aid lost in majors whilst waiting for a medical bed, family upset.",
]

BED_WAIT_TOLD = [
    "Pt spent 16 hours on a trolley in majors waiting for a medical bed.",
    "Pt waited 22 hrs for a bed in ED, no meals offered overnight.",
]


@pytest.mark.parametrize("text", DRUG_PUSHED)
def test_drug_pushed_through_a_line_is_no_behaviour(text: str) -> None:
    assert "behaviour_abuse_safeguarding" not in rule_theme_ids(text)


@pytest.mark.parametrize("text", PERSON_PUSHED)
def test_person_pushed_is_behaviour(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in rule_theme_ids(text)


@pytest.mark.parametrize("text", WORK_FALLEN_BEHIND)
def test_work_fallen_behind_is_no_fall(text: str) -> None:
    assert "falls" not in rule_theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_FELL_BEHIND)
def test_patient_fallen_behind_a_fitting_is_a_fall(text: str) -> None:
    assert "falls" in rule_theme_ids(text)


@pytest.mark.parametrize("text", MENINGITIS_AS_INDICATION)
def test_meningitis_as_a_drugs_indication_is_no_infection(text: str) -> None:
    themes = rule_theme_ids(text)
    assert "infection" not in themes
    assert "medication" in themes


@pytest.mark.parametrize("text", MENINGITIS_AS_EVENT)
def test_meningitis_missed_is_infection(text: str) -> None:
    assert "infection" in rule_theme_ids(text)


@pytest.mark.parametrize("text", BED_WAIT_AS_SETTING)
def test_bed_wait_as_the_events_setting_is_no_access(text: str) -> None:
    assert "access_transfer_discharge" not in rule_theme_ids(text)


@pytest.mark.parametrize("text", BED_WAIT_TOLD)
def test_bed_wait_told_with_its_length_is_access(text: str) -> None:
    assert "access_transfer_discharge" in rule_theme_ids(text)
