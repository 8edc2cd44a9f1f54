"""A part of a closure or delivery device that came out with the device it was on ("closure
device failed to deploy, the anchor came out with the sheath", "the balloon came away with the
catheter") was withdrawn, not left in: no retained object. A swab or pack that came out with a
urinary catheter had been left inside, never event 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PART_WITHDRAWN_WITH_ITS_DEVICE = [
    "Femoral PCI. Closure device did not deploy, the collagen plug came out with the sheath. "
    "Manual pressure 15 mins, haemostasis. Groin haematoma on the ward later, managed "
    "conservatively. Device returned to the manufacturer.",
    "Perclose misfired at the end of the angio and the suture came out attached to the "
    "device. Femstop applied, no bleeding.",
]

ITEM_LEFT_IN_THEN_PASSED = [
    "Catheter removed on day 2 after the perineal repair and a vaginal pack came out with the "
    "catheter - pack not documented at the end of the repair.",
]


@pytest.mark.parametrize("text", PART_WITHDRAWN_WITH_ITS_DEVICE)
def test_part_withdrawn_with_its_device_is_no_retained_object(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ITEM_LEFT_IN_THEN_PASSED)
def test_pack_that_came_out_with_a_catheter_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
