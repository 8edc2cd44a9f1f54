"""Never event 10: the restrictor told as undone by staff or contractors and left so
("disengaged the restrictors ... did not re-engage them", "had unhooked the restrictor to let
air in"), as a release anyone can press ("push button release", "hand-release"), as its fixing
come out ("restrictor screws had pulled out"), or as the window's catch or stopper named by what
it does ("the catch that stops it opening wide was broken"). A fall from that window is a never
event; the same words with no fall (a person brought back in, a walk-round hazard, an action
plan) are not."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Porters had disengaged the restrictor on the day room window to move a sofa and "
            "did not re-engage it. Later that afternoon a confused pt climbed out of the window "
            "and fell onto the flat roof below, # pelvis.",
            ("10", None),
        ),
        (
            "Night staff unhooked the bay window restrictor in the heat to let air in. At 03:10 "
            "pt (delirium) fell from the window onto the grass below, 2nd floor, # wrist.",
            ("10", None),
        ),
        (
            "Resident got out through her bedroom window on the first floor and was found on "
            "the path below with a head injury. The restrictor had a push button release you "
            "could open by hand.",
            ("10", None),
        ),
        (
            "Client jumped from his bedroom window (1st floor), # both heels. Restrictor screws "
            "had pulled out of the old frame.",
            ("10", None),
        ),
        (
            "Mum says her son climbed out of the ward window on the second floor and fell into "
            "the courtyard. The catch that stops the window opening wide was broken.",
            ("10", None),
        ),
        (
            "Pt fell from the upstairs window of the lounge. The window stopper had been taken "
            "off by the decorators and never put back. Ankle fracture.",
            ("10", None),
        ),
    ],
)
def test_restrictor_undone_or_hand_released_beside_a_fall(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    # found by the rules, not only by the learned model's second opinion
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same words with no fall: a walk-round hazard
        "H&S walk-round of ward 12: bay 3 window restrictor has a push button release that "
        "can be opened by hand. Room empty, window screwed shut, estates job logged.",
        # ... an action plan
        "Action plan following estates audit: contractors must re-engage any restrictor they "
        "disengage; push button release restrictors to be replaced on all upper floors.",
        # ... the person at the open window brought back in (at most a near miss)
        "Pt found with one leg over the sill of the 2nd floor window; staff had unhooked the "
        "restrictor earlier to let air in. Two nurses pulled him back inside, no injury.",
        # ... restrictors found undone on a routine check, nobody at the window
        "Contractors disengaged the restrictors on ward 5 windows and did not re-engage them. "
        "Found on the routine check before any patient was admitted to the bay. No fall.",
        # ... a slip in the bay told beside a restrictor unhooked and re-engaged
        "Pt slipped in the bay at 02:00, bruised elbow. Staff had unhooked the window "
        "restrictor in the bay to let air in; re-engaged at handover.",
        # ... a catch that works told beside a fall in the bay (not from the window)
        "Pt slipped on the wet floor in the bathroom and fell, bruised hip. Window catch "
        "checked by estates and working.",
    ],
)
def test_restrictor_words_without_a_window_fall_are_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is None
