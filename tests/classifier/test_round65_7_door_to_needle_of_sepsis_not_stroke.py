"""Round 65: a door-to-needle time is a deterioration's only when it is sepsis's.

- The door-to-needle time of antibiotics for sepsis or neutropenic sepsis ("door to needle 3
  hrs for the tazocin") is an escalation missed: monitoring_deterioration.
- A stroke's door-to-needle time for thrombolysis ("door to needle 94 mins" after a scanner or
  PACS outage) is a delay to treatment, no deterioration of the patient told by it.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

DETERIORATION = "monitoring_deterioration"

SEPSIS_DOOR_TO_NEEDLE = [
    "neutropenic sepsis on day 8 of her chemo, T 38.9 HR 125, triaged cat 3, door to needle "
    "3 hrs for the tazocin.",
    "door to needle for the antibiotics was 2h 20m, sepsis screen done late by the night team.",
]

STROKE_DOOR_TO_NEEDLE = [
    "code stroke in ED, CT delayed as the scanner was in use, alteplase given, door to needle "
    "88 mins against the 60 min target.",
]


@pytest.mark.parametrize("text", SEPSIS_DOOR_TO_NEEDLE)
def test_a_sepsis_door_to_needle_time_is_deterioration(text: str) -> None:
    assert DETERIORATION in rule_theme_ids(text)


@pytest.mark.parametrize("text", STROKE_DOOR_TO_NEEDLE)
def test_a_stroke_door_to_needle_time_is_no_deterioration(text: str) -> None:
    assert DETERIORATION not in rule_theme_ids(text)
