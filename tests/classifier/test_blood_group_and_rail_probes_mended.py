"""Review R21's strict xfails of the bed-rail and blood-group readings, mended.

- The head of the bed named ("head-end rail", "at the head of the bed") is no patient's head in
  the rail gap: a limb caught between the rails there is a limb-only entrapment (probe 16).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEVER_EVENT_11 = ("11", None)
NOTHING = (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # review R21 probe 16
        (
            "Pt's arm found trapped between the head-end rail and the side rail, bruising to "
            "forearm, no other injury."
        ),
        "Arm caught in the gap between the split rails at the head of the bed, skin tear.",
        ("Resident's hand stuck between the bed rail bars near the head of the bed, small graze."),
        (
            "Right arm wedged between the head end rail and the lower side rail, skin tear to "
            "the arm."
        ),
        (
            "Found with his left leg trapped between the head section rail and split side rail, "
            "leg bruised."
        ),
    ],
)
def test_limb_caught_at_the_head_of_the_bed_is_no_neck_entrapment(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Pt's neck found trapped between the head-end rail and the side rail, purple in face.",
        (
            "Pt's head and neck wedged between the head end rail and split side rail, dusky, "
            "freed by staff."
        ),
        (
            "Pt found with her head trapped between the head-end rail and the side rail, freed "
            "by staff, red marks to neck."
        ),
        (
            "Patient had slipped down, head wedged in gap between rail and mattress at head of "
            "bed, unable to free himself."
        ),
        "Pt's head between the head end rail and side rail, stuck, HCA freed him.",
    ],
)
def test_head_or_neck_caught_at_the_head_of_the_bed_stays_never_event_11(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_11
