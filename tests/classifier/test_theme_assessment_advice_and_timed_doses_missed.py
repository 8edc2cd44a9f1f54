"""Round 70, helper 5: an assessment told by what it advised, and doses missed at a time.

- An assessment told by what it advised not to use or do ("bed rail assessment on admission
  says rails NOT appropriate", "my assessment in March advised against rails") was made: its
  plan was not followed, and the learned model reads it no more as a failure to assess than
  the rules' round-28 counter-cue does. An assessment that said the wrong thing ("said rails
  appropriate" for a climber, "said not at risk") or was not done still is assessment_diagnosis,
  and so is one that "had not been read" or "wasn't looked at".
- A named medicine missed at a clock time or a time of day ("Sinemet missed at 12:00 and
  16:00", "evening levetiracetam and his overnight feed were missed") is a dose omitted,
  as "omitted" is; something else missed beside a drug named in passing (an appointment, a
  fracture, a physio session) is not medication.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

ASSESSMENT_CASES = [
    # told by what it advised: no failure to assess
    (
        "Confused gentleman climbed over the raised bed rails and was found on the floor at "
        "04:30. Bed rail assessment on admission says rails NOT appropriate (wanders, mobile) - "
        "low bed and crash mat instead. Rails put up overnight. Graze to elbow, neuro obs started.",
        False,
    ),
    (
        "Physio visit at home. Wife says he got his neck caught between the mattress and the "
        "side rail last night, freed by her, red mark on the neck. The rails are ones the family "
        "bought themselves - my assessment in January advised against rails. Asked them to take "
        "the rails off, low bed ordered.",
        False,
    ),
    (
        "Pt slid out between the bed rail and headboard, no injury. Rails were in use despite "
        "the rail assessment recommending against them as she is mobile.",
        False,
    ),
    # an assessment that said the wrong thing, was not done or was not read
    (
        "pt fell from bed with rails up, climbed over. falls risk assessment had said not at "
        "risk despite him being confused and mobile. # NOF.",
        True,
    ),
    (
        "Found on floor, climbed over bed rails. No bed rail assessment was done on admission. "
        "Neuro obs started, no injury.",
        True,
    ),
    (
        "Confused pt climbed over the rails and fell, CT head normal. Bed rail assessment said "
        "rails not appropriate - had not been read.",
        True,
    ),
    (
        "pt fell climbing over bed rails. the bed rail assessment wasn't looked at by the night "
        "staff who put the rails up. no injury.",
        True,
    ),
]

MEDICATION_CASES = [
    # a named medicine missed at a time
    (
        "pt NBM awaiting theatre all day, Sinemet missed at 12:00 and 16:00 - nobody asked for "
        "NG or patch. pt stiff by evening.",
        True,
    ),
    (
        "Levetiracetam missed until 22:00 as not on the ward stock. No seizure.",
        True,
    ),
    (
        "Clopidogrel and aspirin missed between 08:00 and 20:00 as pt off the ward in CT then "
        "cath lab.",
        True,
    ),
    (
        "morning apixaban was missed as pt was in the discharge lounge, given at 14:00.",
        True,
    ),
    (
        "Gastrostomy blocked overnight, pt waited 6 hrs in ED for it to be unblocked; evening "
        "phenytoin and his feed were missed.",
        True,
    ),
    # something else missed beside a drug named in passing
    (
        "Pt on apixaban fell in the bathroom, hip fracture missed at first attendance in ED.",
        False,
    ),
    (
        "Morning physio session was missed as pt in dialysis. Pt on amiodarone.",
        False,
    ),
    (
        "pt on apixaban, the evening ward round was missed due to the MET call, reviewed by "
        "nights.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASSESSMENT_CASES)
def test_assessment_told_by_what_it_advised(text: str, expected: bool) -> None:
    assert ("assessment_diagnosis" in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), MEDICATION_CASES)
def test_named_dose_missed_at_a_time(text: str, expected: bool) -> None:
    assert ("medication" in theme_ids(text)) is expected
