"""Round 74, helper 4: mental health, ambulance and learning disability wordings of five themes.

- A patient's leave from the ward cancelled ("s17 leave cancelled for 3 pts", "RC cancelled his
  home leave") is no delay in reaching a service (access_transfer_discharge); an outpatient
  appointment cancelled again while the consultant was on leave still is.
- A screen the ward fills in as a tool or a set of questions ("weekly bowel screening tool",
  "mood screening questions") is no national screening programme (radiotherapy_screening); a
  bowel screening kit or invitation still is.
- A depot told as an LAI (long-acting injectable) overdue or missed is medication.
- A restraint hold told going down in a sentence of its own ("Went to the floor in prone") is
  no fall; a patient who fell and went to the floor still is.
- A crew's wait to hand over told by its hours is access_transfer_discharge; a handover named
  only as where an error happened is not.
- A member of staff told as not having had a handover ("had not had a handover") is
  communication_documentation; a rail that "should not have passed the handover inspection"
  is not.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

ACCESS = "access_transfer_discharge"
SCREENING = "radiotherapy_screening"
MEDICATION = "medication"
FALLS = "falls"
COMMUNICATION = "communication_documentation"

LEAVE_CASES = [
    ("only 2 staff on the late, s17 leave cancelled for 3 pts, pt D kicked the office door", False),
    ("his escorted leave was cancelled again as no escort, he threw a mug at the HCA", False),
    ("RC cancelled her home leave after a positive drug screen, she broke a window", False),
    ("outpatient appointment cancelled for the third time as the consultant was on leave", True),
    ("clinic cancelled again and not rebooked, pt waited 7 months to be seen", True),
]


@pytest.mark.parametrize(("text", "expected"), LEAVE_CASES)
def test_ward_leave_cancelled_is_no_access_delay(text: str, expected: bool) -> None:
    assert (ACCESS in theme_ids(text)) is expected


SCREENING_CASES = [
    ("clozapine pt, weekly bowel screening tool not done for 3 wks, admitted with ileus", False),
    ("mood screening questions not asked at review, pt later disclosed self harm", False),
    ("the constipation screening tool was not used on the ward and pt developed impaction", False),
    ("bowel screening kit result not sent to the GP, cancer found 8 months later", True),
    ("bowel screening programme invitation sent to the wrong address", True),
]


@pytest.mark.parametrize(("text", "expected"), SCREENING_CASES)
def test_ward_screening_tool_is_no_screening_programme(text: str, expected: bool) -> None:
    assert (SCREENING in theme_ids(text)) is expected


DEPOT_CASES = [
    ("Aripiprazole LAI overdue by 4 weeks, care coordinator off sick, pt relapsed", True),
    ("her LAI was missed as the clinic list was not covered, admitted under s2", True),
    ("pt on a paliperidone LAI presented to ED after an argument with his brother", False),
]


@pytest.mark.parametrize(("text", "expected"), DEPOT_CASES)
def test_long_acting_injectable_missed_is_medication(text: str, expected: bool) -> None:
    assert (MEDICATION in rule_theme_ids(text)) is expected


FLOOR_CASES = [
    (
        "pt restrained after punching the wall in the lounge. Went to the floor in prone and was "
        "held for 9 mins, graze to cheek",
        False,
    ),
    ("during restraint he went to the floor in a prone hold, carpet burn to his face", False),
    ("pt fell in the dayroom, went to the floor and hit her head, found prone by the HCA", True),
]


@pytest.mark.parametrize(("text", "expected"), FLOOR_CASES)
def test_restraint_going_to_the_floor_is_no_fall(text: str, expected: bool) -> None:
    assert (FALLS in rule_theme_ids(text)) is expected


HANDOVER_WAIT_CASES = [
    ("we were held in the ED corridor for 4 hrs awaiting handover, pt became more confused", True),
    ("crew waiting to hand over for nearly 3 hours, pt on our trolley in the corridor", True),
    ("waiting to handover in ED corridor bay 2 our cylinder ran low so I used the wall", False),
]


@pytest.mark.parametrize(("text", "expected"), HANDOVER_WAIT_CASES)
def test_hours_waiting_to_hand_over_are_an_access_delay(text: str, expected: bool) -> None:
    assert (ACCESS in rule_theme_ids(text)) is expected


NO_HANDOVER_CASES = [
    ("agency nurse had not had a handover and gave the NBM pt breakfast", True),
    ("the bank HCA didnt get a handover so did not know the pt was on 1:1", True),
    (
        "pt hanged from a non-collapsible rail that should not have passed the handover "
        "inspection after the refurb",
        False,
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_HANDOVER_CASES)
def test_staff_without_a_handover_is_communication(text: str, expected: bool) -> None:
    assert (COMMUNICATION in rule_theme_ids(text)) is expected
