"""Round 55, helper 5: themes of reports typed into forms and threads.

- A checklist item ticked as removed by someone who did not see it, when the item was left in
  (a false record beside the retained object), adds communication_documentation; a retained
  object alone, or with its count "documented correct" (dev's reading), does not.
- A member of staff "leaving the floor" of the ward is no fall; a patient found on the floor
  still is one.
- A patient found kneeling on her own floor with a ligature: the self-harm act, not a fall.
- A serious incident "last yr" told in the lessons is history: its window and restrictors add
  no estates theme to tonight's fall.
- A scan told as done for a reason ("no LOC ... so CT head done") is no scan left undone.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

FALSE_CHECKLIST_TICK = [
    "femoral line put in on ICU, 'wire removed' ticked on the insertion checklist by a nurse "
    "who was not in the room. x-ray next day shows the guidewire still in the IVC.",
]

RETAINED_WITHOUT_RECORD = [
    "lap appendix 3 wks ago, CT for pain shows a retained swab in the RIF. back to theatre "
    "for removal, pt informed.",
    # a count recorded as correct is part of the retained object (as dev reads it)
    "lap appendix 3 wks ago, CT for pain shows a retained swab in the RIF. op note has the "
    "counts documented 'correct' at closure. back to theatre for removal.",
]

STAFF_LEAVE_THE_FLOOR = [
    "Labour ward, CTG suspicious for 80 mins with no fresh eyes as the coordinator was on a "
    "transfer. baby to NICU. Lessons: fresh eyes to be handed to another MW when the "
    "coordinator leaves the floor.",
]

PATIENT_ON_THE_FLOOR = [
    "pt found on the floor by her bed at 02:00, unwitnessed, no injury, obs stable.",
]

LIGATURE_ON_HER_FLOOR = [
    "PICU: pt found kneeling on her bedroom floor with a ligature (sock) tied to the wardrobe "
    "handle, removed by staff, neck red, reviewed by duty dr.",
]

PAST_SI_IN_LESSONS = [
    "pt found on floor beside bed at 04:00, no injury, bed rails down. Lessons: this ward had "
    "a serious incident last yr (pt fell from a window on the old ward 9) - all windows here "
    "re-checked tonight and restrictors intact, not related.",
]

SCAN_DONE_FOR_A_REASON = [
    "pt found on the floor next to her chair, no LOC, on rivaroxaban so CT head done within "
    "the hour - no bleed. skin tear to the elbow dressed.",
]


@pytest.mark.parametrize("text", FALSE_CHECKLIST_TICK)
def test_checklist_ticked_unseen_is_documentation(text: str) -> None:
    assert "communication_documentation" in theme_ids(text)


@pytest.mark.parametrize("text", RETAINED_WITHOUT_RECORD)
def test_retained_object_alone_is_not_documentation(text: str) -> None:
    assert "communication_documentation" not in theme_ids(text)


@pytest.mark.parametrize("text", STAFF_LEAVE_THE_FLOOR)
def test_staff_leaving_the_floor_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_ON_THE_FLOOR)
def test_patient_found_on_the_floor_is_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize("text", LIGATURE_ON_HER_FLOOR)
def test_found_kneeling_with_a_ligature_is_no_fall(text: str) -> None:
    themes = theme_ids(text)
    assert "falls" not in themes
    assert "self_harm" in themes


@pytest.mark.parametrize("text", PAST_SI_IN_LESSONS)
def test_serious_incident_last_yr_is_history(text: str) -> None:
    themes = theme_ids(text)
    assert "falls" in themes
    assert "staffing_infrastructure_estates" not in themes


@pytest.mark.parametrize("text", SCAN_DONE_FOR_A_REASON)
def test_scan_done_for_a_reason_is_no_missed_assessment(text: str) -> None:
    themes = theme_ids(text)
    assert "falls" in themes
    assert "assessment_diagnosis" not in themes
