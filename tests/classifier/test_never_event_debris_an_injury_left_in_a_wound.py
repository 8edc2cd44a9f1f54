"""Session 25 (never event 3): debris an injury left in a wound is no retained item.

"A small fragment of glass found in the wound from the fall", "gravel and a fragment of wood
found in the laceration", "a piece of slough": what the wound held or grew, not an item of a
procedure. A swab, gauze or a fragment of an instrument found the same way stays never event 3.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "small fragment of glass found in wound from the fall at home, removed in ED and "
        "steristripped.",
        "found a piece of slough in the wound, debrided by TVN.",
        "Wound exploration in ED: gravel and a fragment of wood found in the laceration, "
        "irrigated.",
        "RTC, windscreen fragments found in the scalp wound on washout, removed.",
    ],
)
def test_debris_of_an_injury_in_a_wound_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Post op day 10: a piece of gauze found in the wound at the dressing change after her "
        "hip replacement.",
        "Fragment of the drill bit left in the tibia after ORIF, seen on post op x-ray, not "
        "recorded at the count.",
        "Gravel and glass in the knee wound after the fall were left at ED; at the fracture "
        "clinic the surgeon found a piece of swab from the ED dressing packed deep in the wound.",
    ],
)
def test_an_item_of_a_procedure_found_in_a_wound_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text)[0] == "3"
