"""Round 65, helper 4: the body's spine, things taken off a supply trolley, staff away at the
maternity unit and a sats range to keep the patient in.

- The spine told across a gap before "down" ("MRI lumbar spine after she slipped down the
  steps") is the body's spine, not the national spine gone down: no it_systems. The spine
  told of its own state ("the spine went down", "spine was down all afternoon") still is.
- A thing taken from a trolley of supplies ("the biscuits came off the tea trolley") came off
  it, not a patient off a patient trolley: no fall. A patient who came off the ED trolley
  still fell.
- A member of staff told as away at the maternity unit ("the only porter was over at
  maternity", "the reg was tied up on delivery suite") names where they were, not maternity
  care: no maternity_perinatal. A woman cared for on the labour ward still is maternity.
- A range to keep the patient in, told with its verb and without "%" ("O2 titrated to keep
  sats 88-92"), is a prescription, not a low reading: no monitoring_deterioration. Sats told
  as dropping still are.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

IT = "it_systems"
FALLS = "falls"
MATERNITY = "maternity_perinatal"
MONITORING = "monitoring_deterioration"

BODY_SPINE = [
    "MRI lumbar spine requested after she slipped down the steps outside her flat, report "
    "delayed by 3 days and the cauda equina was missed.",
    "c-spine imaging after he came off his bike and rolled down the bank was not reviewed "
    "before the collar was removed.",
]

SPINE_DOWN = [
    "the spine went down at 2pm so no electronic prescriptions could be sent to the pharmacy "
    "and the pt left without her meds.",
    "community pharmacy rang, the spine was down all afternoon and repeat scripts did not come "
    "through.",
]

SUPPLY_TROLLEY = [
    "pt on a soft diet was given biscuits that came off the tea trolley in the afternoon, he "
    "coughed and choked, SALT plan had not been passed on.",
    "a bottle of chlorhexidine taken from the cleaning trolley was left at the bedside of a pt "
    "with delirium.",
]

CAME_OFF_PATIENT_TROLLEY = [
    "confused pt came off the ED trolley onto the floor at 0300, side rails were down.",
]

AWAY_AT_MATERNITY = [
    "cardiac arrest call in outpatients, the anaesthetic reg was tied up on delivery suite so "
    "airway support was delayed by 10 mins.",
    "the only porter on nights was over at maternity and the pt waited 40 minutes for CT.",
]

MATERNITY_CARE = [
    "woman on the labour ward with a PPH of 1.2L, the obstetric reg was in theatre and came "
    "20 mins later.",
]

SATS_RANGE = [
    "COPD pt on 2L O2 titrated to keep sats 88-92, nebs given 2 hours late as the drug round "
    "ran behind.",
    "resp reg plan to aim for sats 88-92 on nasal specs; the plan was not handed over to the "
    "night nurse who put him on 15L via a non rebreathe.",
]

SATS_DROPPED = [
    "COPD pt on 2L O2, sats dropped to 82 overnight and were not escalated until the morning.",
]


@pytest.mark.parametrize("text", BODY_SPINE)
def test_body_spine_is_no_system_down(text: str) -> None:
    assert IT not in theme_ids(text)


@pytest.mark.parametrize("text", SPINE_DOWN)
def test_spine_down_is_it_systems(text: str) -> None:
    assert IT in theme_ids(text)


@pytest.mark.parametrize("text", SUPPLY_TROLLEY)
def test_item_off_a_supply_trolley_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", CAME_OFF_PATIENT_TROLLEY)
def test_patient_off_a_trolley_is_a_fall(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", AWAY_AT_MATERNITY)
def test_staff_away_at_maternity_is_no_maternity(text: str) -> None:
    assert MATERNITY not in theme_ids(text)


@pytest.mark.parametrize("text", MATERNITY_CARE)
def test_care_on_the_labour_ward_is_maternity(text: str) -> None:
    assert MATERNITY in theme_ids(text)


@pytest.mark.parametrize("text", SATS_RANGE)
def test_sats_range_to_keep_is_no_deterioration(text: str) -> None:
    assert MONITORING not in theme_ids(text)


@pytest.mark.parametrize("text", SATS_DROPPED)
def test_sats_dropping_is_deterioration(text: str) -> None:
    assert MONITORING in theme_ids(text)
