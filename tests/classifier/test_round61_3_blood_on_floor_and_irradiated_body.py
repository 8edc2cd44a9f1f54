"""Round 61, helper 3: theme readings around blood lost and parts of the body irradiated.

- A volume of blood lost told as going onto the floor, or onto the bed or the chair first
  ("blood loss approx 300 ml onto the chair and floor"), is a fluid on the floor, not a patient
  on it: no falls. A patient who fell beside the blood still is a fall.
- A part of the body irradiated, i.e. treated with radiotherapy ("his neck was irradiated
  for laryngeal ca", "previously irradiated pelvis"), is a treatment history, not an
  irradiated blood component: no blood_transfusion_tissues. Irradiated components ordered or
  issued still are.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

BLOOD_ONTO_THE_FLOOR = [
    "renal unit: arterial line disconnected under the sheet during the run, estimated blood "
    "loss approx 300 ml onto the chair and floor before the alarm was noticed, BP 80/45.",
    "post op drain bag came off the tubing overnight, ebl 250 mls across the floor by the bed, "
    "surgeons informed, Hb 88.",
]

FALL_BESIDE_BLOOD = [
    "pt fell in the bay trying to reach the toilet, found on the floor with a cut to his "
    "forehead, blood on the floor, neuro obs started.",
]


@pytest.mark.parametrize("text", BLOOD_ONTO_THE_FLOOR)
def test_blood_loss_onto_the_floor_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize("text", FALL_BESIDE_BLOOD)
def test_a_fall_beside_blood_is_still_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


BODY_PART_IRRADIATED = [
    "PICC insertion planned R arm but the referral said L; his R axilla was irradiated for "
    "lymphoma last year so L agreed with the team, delay of 1 hour to the list, no harm.",
    "tracheostomy change delayed 2 hrs as the ENT reg was in theatre, previously irradiated "
    "neck so the cons wanted to do it, pt settled meanwhile.",
]

IRRADIATED_COMPONENTS = [
    "pt on fludarabine needs irradiated blood, the request did not say so and a non "
    "irradiated unit was issued, caught at the bedside before spiking.",
]


@pytest.mark.parametrize("text", BODY_PART_IRRADIATED)
def test_an_irradiated_part_of_the_body_is_no_blood_component(text: str) -> None:
    assert "blood_transfusion_tissues" not in theme_ids(text)


@pytest.mark.parametrize("text", IRRADIATED_COMPONENTS)
def test_irradiated_components_are_still_blood(text: str) -> None:
    assert "blood_transfusion_tissues" in theme_ids(text)
