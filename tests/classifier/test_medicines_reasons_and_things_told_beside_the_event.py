"""Round 74, helper 5: in medicines events, the reasons and things told beside the event that
are no theme of their own.

- A named antibiotic's dose prescribed or given for the sepsis it covers ("Tazocin 4.5g for
  ?sepsis", "meropenem 1g IV for suspected neutropenic sepsis") is the dose's reason, not an
  infection, for the rules and the learned model; a sepsis treatment delayed and a sepsis
  missed still are infection.
- Infection control named as the reason beds or rooms were changed ("swapped for infection
  control reasons") is no infection; a breach told beside it still is. The CDT that writes a
  methadone script is a community drug team; a CDT (C diff toxin) result still is infection.
- A trolley of things (drug, medicines, resus, notes trolley) in the corridor is no corridor
  care (access_transfer_discharge); a patient waiting on a trolley in the corridor still is.
- Calcium gluconate or resonium told as not needed is no deterioration.
- A record a person did not copy onto EPMA or RiO is a transcription left undone, no IT cue; a
  system down still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

INFECTION = "infection"
ACCESS = "access_transfer_discharge"
MONITORING = "monitoring_deterioration"
IT = "it_systems"

INFECTION_CASES = [
    (
        "Meropenem 1g IV prescribed for suspected sepsis was given to the pt in the next bed, "
        "intended pt had nothing for 2 hrs, noticed at the 22:00 round.",
        False,
    ),
    (
        "Pt with a documented penicillin allergy was prescribed tazocin 4.5g for ?sepsis by the "
        "locum, allergy alert overridden, given, developed an urticarial rash.",
        False,
    ),
    (
        "co-amoxiclav 1.2g IV for possible sepsis reconstituted with 20ml instead of 10ml, "
        "picked up by pharmacist, no harm.",
        False,
    ),
    (
        "Beds 7 and 8 swapped for infection control reasons and the 18:00 meds were given by bed "
        "number so the wrong pt had the ramipril.",
        False,
    ),
    (
        "Client came in for supervised buprenorphine but the new script from the CDT was not "
        "there, client shouted at the pharmacist and left.",
        False,
    ),
    (
        "pt with ?sepsis waited 5 hrs for IV antibiotics in majors, NEWS 8 not escalated.",
        True,
    ),
    (
        "Pt moved to a side room for infection control reasons (known MRSA) but staff went in "
        "and out without aprons or gloves all shift.",
        True,
    ),
    ("Stool sample sent day 4, CDT positive, pt not moved to a side room for 2 days.", True),
]


@pytest.mark.parametrize(("text", "expected"), INFECTION_CASES)
def test_antibiotic_reasons_and_look_alikes_of_infection(text: str, expected: bool) -> None:
    assert (INFECTION in theme_ids(text)) is expected


ACCESS_CASES = [
    (
        "Drug trolley left unlocked in the corridor while the RN went to answer a call bell, pt "
        "found with a box of co-codamol from it.",
        False,
    ),
    (
        "Medicines trolley found open and unattended in the corridor outside bay 4 during the "
        "lunchtime round, nothing missing.",
        False,
    ),
    ("Pt waited 10 hrs on a trolley in the corridor in ED as there were no beds.", True),
    ("pts nursed on trolleys in the corridor for 6 hrs, obs missed on one.", True),
]


@pytest.mark.parametrize(("text", "expected"), ACCESS_CASES)
def test_a_trolley_of_things_in_the_corridor_is_no_corridor_care(text: str, expected: bool) -> None:
    assert (ACCESS in rule_theme_ids(text)) is expected


MONITORING_CASES = [
    (
        "KCl 40mmol bag run over 2 hrs instead of 8, K+ 5.7, ECG no changes, calcium gluconate "
        "not needed, rate corrected.",
        False,
    ),
    (
        "Second potassium bag hung despite K+ 5.9 on the morning bloods, no resonium required, "
        "bag stopped on the ward round.",
        False,
    ),
    (
        "KCl infusion ran in over 1 hr, K+ 7.1 with peaked T waves, calcium gluconate given and "
        "insulin/dextrose.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONITORING_CASES)
def test_hyperkalaemia_treatment_not_needed(text: str, expected: bool) -> None:
    assert (MONITORING in rule_theme_ids(text)) is expected


IT_CASES = [
    (
        "Penicillin allergy on the GP letter was not transcribed onto EPMA at admission, "
        "amoxicillin given, rash.",
        False,
    ),
    (
        "Warfarin dose from the yellow book never entered on EPMA so two doses were missed.",
        False,
    ),
    ("EPMA down for 4 hrs and the admission meds were not prescribed until 19:00.", True),
]


@pytest.mark.parametrize(("text", "expected"), IT_CASES)
def test_a_record_not_copied_onto_the_system_is_no_it_failure(text: str, expected: bool) -> None:
    assert (IT in rule_theme_ids(text)) is expected
