"""Round 62, helper 5: obstetric drugs by name, values and falls off play equipment that are no
fall in care, a visitor sent home and hours of observation that are no discharge or wait, and
central monitoring gone down.

- The uterotonics, tocolytics and induction agents of obstetrics (carboprost, ergometrine,
  dinoprostone, terbutaline ...) are medicines, and a delay in a uterotonic is a delayed dose:
  medication. A bleed treated as planned, with no drug named and nothing delayed, stays
  without it.
- A blood sugar that fell ("BG fell", "sugars fell") or a value told from one number to another
  ("fell from 22 to 2.8") is a value going down: no falls. A patient who fell, told beside
  a value, still is a fall.
- A fall from a bike, a trampoline or a ladder told without an article ("after fall from
  trampoline") brought the patient to hospital: no falls. A fall from a cot on the ward still
  is one.
- A partner or visitor sent home at the end of visiting is not the patient's discharge: no
  access_transfer_discharge. A patient sent home late at night still is.
- Hours of observation after a treated reaction ("observed 4 hrs in ED") are a planned
  observation period, not a wait: no access_transfer_discharge. A wait of hours in ED for a
  bed still is one.
- The central (networked) monitoring of CTGs or telemetry gone down or offline is an IT
  failure: it_systems. A central monitor left unattended is not.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

MEDICATION = "medication"
FALLS = "falls"
ACCESS = "access_transfer_discharge"
IT = "it_systems"

OBSTETRIC_DRUGS = [
    "massive obstetric haemorrhage in theatre, the ergometrine ampoules in the haemorrhage "
    "trolley had gone out of date and were discarded, a 6 minute delay in the next uterotonic "
    "while the runner fetched more from pharmacy",
    "PPH trolley opened after the delivery of twins, no carboprost in the box and the checklist "
    "had been signed, a delay in the second uterotonic while the HCA went to theatres for it",
]

OBSTETRIC_LOOKALIKES = [
    "PPH of 900ml after a normal delivery, bimanual compression, bleeding settled, woman well "
    "and observations stable on the postnatal ward",
]

VALUES_FALLING = [
    "new type 1 diabetic child on the DKA protocol, BG fell from 22 to 2.8 within two hours, "
    "glucose bolus given and the rate reviewed by the reg",
    "teenager on the insulin infusion overnight, sugars fell quickly and a hypo of 2.6 was "
    "treated, infusion rate reduced by the paediatric reg",
]

REAL_FALLS_WITH_VALUES = [
    "child fell out of the cot on the ward and hit his head, BG 5.6 checked after, neuro obs "
    "started",
]

PLAY_FALLS = [
    "6 yo with a forearm fracture after fall from trampoline, ibuprofen given twice within the "
    "hour by two different nurses",
]

WARD_FALLS = [
    "toddler fell from the cot onto the ward floor after the cot side was left down, head "
    "injury checked by the SHO",
]

VISITOR_SENT_HOME = [
    "new mum fell asleep feeding, the newborn slid off the bed onto the floor; her husband had "
    "been sent home at 23:00 under the visiting rules, paeds review found no injury",
]

PATIENT_SENT_HOME = [
    "elderly man sent home at 23:00 by taxi from the ward, no one at home to meet him, found by "
    "a neighbour",
]

OBSERVED_HOURS = [
    "anaphylaxis after the contrast injection in CT, given IM adrenaline and IV "
    "chlorphenamine, monitored 4 hrs in ED and went home well",
]

WAITS_IN_ED = [
    "pt waited 9 hrs in ED for a medical bed and developed a sacral pressure ulcer on the trolley",
]

CENTRAL_MONITORING_DOWN = [
    "labour ward central CTG monitoring went offline for 40 minutes overnight, traces could not "
    "be viewed at the coordinator's desk",
    "cardiology ward central station went offline, the telemetry could not be seen remotely "
    "for half an hour",
]

CENTRAL_MONITOR_UNATTENDED = [
    "only 2 nurses on the CCU overnight, the central monitor was left unattended while both "
    "were in side rooms, alarms not answered for 5 minutes",
]


@pytest.mark.parametrize("text", OBSTETRIC_DRUGS)
def test_obstetric_drug_missing_or_delayed_is_medication(text: str) -> None:
    assert MEDICATION in theme_ids(text)


@pytest.mark.parametrize("text", OBSTETRIC_LOOKALIKES)
def test_bleed_managed_without_drug_error_is_no_medication(text: str) -> None:
    assert MEDICATION not in theme_ids(text)


@pytest.mark.parametrize("text", VALUES_FALLING)
def test_blood_sugar_falling_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", REAL_FALLS_WITH_VALUES)
def test_patient_fall_beside_a_sugar_is_a_fall(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", PLAY_FALLS)
def test_fall_off_play_equipment_without_article_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", WARD_FALLS)
def test_fall_from_a_cot_on_the_ward_is_a_fall(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", VISITOR_SENT_HOME)
def test_visitor_sent_home_is_no_discharge(text: str) -> None:
    assert ACCESS not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_SENT_HOME)
def test_patient_sent_home_at_night_is_access(text: str) -> None:
    assert ACCESS in theme_ids(text)


@pytest.mark.parametrize("text", OBSERVED_HOURS)
def test_hours_of_observation_in_ed_are_no_wait(text: str) -> None:
    assert ACCESS not in theme_ids(text)


@pytest.mark.parametrize("text", WAITS_IN_ED)
def test_hours_waited_in_ed_are_access(text: str) -> None:
    assert ACCESS in theme_ids(text)


@pytest.mark.parametrize("text", CENTRAL_MONITORING_DOWN)
def test_central_monitoring_down_is_it_systems(text: str) -> None:
    assert IT in theme_ids(text)


@pytest.mark.parametrize("text", CENTRAL_MONITOR_UNATTENDED)
def test_central_monitor_unattended_is_no_it_systems(text: str) -> None:
    assert IT not in theme_ids(text)
