"""Never events 1-3 read in round 44: a relative's worry that an item was left in, answered by a
scan showing nothing, is no retained object (and the "left" of "had a swab left inside" no left
side); a building's generator is no pacemaker's; the never events list quoted by its scenario
is no item withdrawn."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # a worry about an item left in, answered by imaging showing nothing
        "Son worried a swab was left inside his dad after the laparotomy. CT abdomen shows no "
        "foreign body, post op collection drained.",
        "Pt convinced a piece of the drain was still in her. USS reviewed by radiologist, no "
        "foreign object seen. Reassured.",
        "Pt concerned a needle was left in after her C-section. X-ray showed no retained "
        "needle. Pain due to wound haematoma.",
        # the estates generator and mains power
        "Power failure in theatre 3 during the case, generator kicked in after 20 s, all "
        "monitors on battery. Op completed, no harm.",
        "Mains power cut on the ward at 03:00. Backup generator did not start for 2 mins, "
        "pumps alarmed. No harm.",
        # the never events list quoted by its scenario
        "This is the scenario in the never events list (wrong route). No drug was given, "
        "caught at the bedside check.",
    ],
)
def test_worries_power_and_the_list_are_no_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items left in, found later, told with a worry or "left inside"
        (
            "Post op AXR day 3: retained swab in the pelvis. Pt had been worried about pain. "
            "Return to theatre for removal.",
            ("3", None),
        ),
        (
            "Tip of the guide wire left inside after the CVC insertion, found on CXR next day.",
            ("3", None),
        ),
        # a pacemaker generator other than the planned one
        (
            "Pacemaker generator change: a single chamber generator was implanted instead of "
            "the dual chamber one on the plan.",
            ("2", None),
        ),
        # "left in error" is still the side operated on
        (
            "Operated on the left in error, R inguinal hernia listed and consented.",
            ("1", None),
        ),
    ],
)
def test_items_left_and_implants_still_found(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected
