"""Round 68, helper 6: the lab's tube system down and a radiotherapy fraction's set-up imaging.

- The pneumatic tube (pod) system that carries samples and blood told as down ("the pod system
  was down for a repair"): the building's plant failed, not a computer system. A computer cue
  starting inside it is no evidence and its words are none for the learned model: no
  it_systems. A lab or patient record system told as down stays it_systems.
- The imaging a radiotherapy fraction is set up by and matched to the plan ("the pre treatment
  imaging match was not done", "no image match before beam on", "portal images not
  checked"): a check of the treatment's set-up, not a diagnostic scan left undone or unread:
  no assessment_diagnosis. A diagnostic scan not done or not reviewed stays
  assessment_diagnosis.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

IT = "it_systems"
ESTATES = "staffing_infrastructure_estates"
ASSESSMENT = "assessment_diagnosis"
RADIOTHERAPY = "radiotherapy_screening"

TUBE_SYSTEM_DOWN = [
    "Urgent G&S for a trauma pt sat in the ED for 50 min because the pod system was down for a "
    "repair, eventually walked to the lab by an HCA.",
    "Coag sample for the pt on the heparin infusion reached the lab 2 hrs late, the pod system "
    "was down since the morning and nobody told the ward.",
]

COMPUTER_SYSTEM_DOWN = [
    "Lab results unavailable for 2 hrs as the pathology system was down, results phoned "
    "through to the ward.",
    "Theatre list delayed 40 min because the EPR system was down and the consent forms could "
    "not be viewed.",
]

SET_UP_IMAGING = [
    "Radiotherapy fraction 4 of 20 for a lung ca given with the isocentre shifted 1cm - the "
    "pre treatment imaging match was not done as the linac was behind.",
    "Radiotherapy to the pelvis, fraction 11: the wrong shift was applied, there was no "
    "pre-treatment image match and the kV images were not reviewed until after the beam.",
]

DIAGNOSTIC_IMAGING = [
    "Pt fell on the ward while on apixaban, CT head was not done for 9 hours, small SDH found.",
    "Chest xray taken on admission was not reviewed, a pneumothorax was missed until day 2.",
]


@pytest.mark.parametrize("text", TUBE_SYSTEM_DOWN)
def test_the_tube_system_down_is_no_it_failure(text: str) -> None:
    themes = theme_ids(text)
    assert IT not in themes
    assert ESTATES in themes


@pytest.mark.parametrize("text", COMPUTER_SYSTEM_DOWN)
def test_a_computer_system_down_stays_it(text: str) -> None:
    assert IT in theme_ids(text)


@pytest.mark.parametrize("text", SET_UP_IMAGING)
def test_set_up_imaging_of_a_fraction_is_no_diagnosis(text: str) -> None:
    themes = theme_ids(text)
    assert ASSESSMENT not in themes
    assert RADIOTHERAPY in themes


@pytest.mark.parametrize("text", DIAGNOSTIC_IMAGING)
def test_a_diagnostic_scan_not_done_or_read_stays_assessment(text: str) -> None:
    assert ASSESSMENT in theme_ids(text)
