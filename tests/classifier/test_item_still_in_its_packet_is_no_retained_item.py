"""An item told still in its packet or pack ("the sponge sticks were still in the packet on his
table", "the swabs were still in their packet") never left its packaging: the "still in" is the
packet, not a body an item was left in, so a missed mouth care or dressing is no retained object
(never event 3). An item still in the patient after a procedure stays never event 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

STILL_IN_ITS_PACKET = [
    "mouth care documented 4 hrly but the sponge sticks were still in the packet on the locker "
    "every time I visited",
    "The swabs were still in their packet when I checked at 14:00, mouth care not done all "
    "morning.",
    "Mum said the gauze was still in the pack at handover so no dressing had been done.",
    "Dressing charted as changed but the foam dressings were still in their packets on the "
    "trolley and the old one dated 3 days ago.",
]

RETAINED_KEPT = [
    "swab count incorrect, swab still in the vagina found at VE next day by the community midwife",
    "the tampon was still in the vagina 3 days after the perineal repair, found by GP",
    "Pt returned to clinic, swab still in the wound found at the dressing change.",
]


@pytest.mark.parametrize("text", STILL_IN_ITS_PACKET)
def test_item_still_in_its_packet_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", RETAINED_KEPT)
def test_item_still_in_the_patient_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text)[0] == "3"
