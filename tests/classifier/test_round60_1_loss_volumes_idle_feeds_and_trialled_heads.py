"""Round 60, helper 1: catches read through a blood loss, an idle feed pump and an implant
taken back off.

- A volume told of the patient's blood loss ("PPH 2100ml", "estimated blood loss of 1.5 litres
  ... 900 mls lost") measures blood that came out, not a unit that went in: an ABO-incompatible
  unit stopped at the bedside check before spiking stays near miss 12. A volume of the unit
  itself ("stopped after 60ml") is still never event 12.
- An enteral feed connected to an IV line, then taken off with "nothing had gone in" (or with
  the pump never started): the connection is the error made, not the feed given, near miss 5.
  A feed that ran into the cannula stays never event 5.
- A wrong-size head put on the trunnion and "removed (not impacted)": trialled on, never put
  in, near miss 2. A wrong head impacted and only found on the check x-ray stays never event 2.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

LOSS_VOLUME_THEN_UNIT_CAUGHT = [
    "massive obstetric haemorrhage, PPH 2100ml in theatre. at the 2 person check at the bedside "
    "the unit was B RhD neg and the woman is O RhD neg. the bag was not spiked and went straight "
    "back to the blood bank.",
    "GI bleed on the ward, estimated blood loss 900 mls. bedside check found the red cells were "
    "group A pos but the patient is group O pos. not spiked, unit returned to transfusion.",
]

UNIT_VOLUME_WENT_IN = [
    "at the bedside the red cell unit was A pos and the patient is O pos, it was stopped after "
    "60ml when he spiked a temperature and had loin pain.",
]

FEED_CONNECTED_NOTHING_WENT_IN = [
    "the enteral feed line had been connected to the three way tap on her IV cannula. the "
    "nurse disconnected it at once, nothing had gone in, cannula flushed with saline.",
    "the PEG feed bag had been connected to the bung of his peripheral cannula but the pump had "
    "not been started. taken down and discarded by the nurse in charge.",
]

FEED_RAN_INTO_THE_VEIN = [
    "the enteral feed line was connected to his IV cannula and ran for 40 minutes before the "
    "HCA noticed, about 50ml of feed infused into the vein.",
]

HEAD_TRIALLED_THEN_REMOVED = [
    "THR, 32mm head templated. the 28mm head was opened and the consultant put it on the "
    "trunnion before the scrub practitioner spotted the size on the packet. head removed (not "
    "impacted), 32mm opened and used.",
]

HEAD_IMPACTED_FOUND_LATER = [
    "THR, 32mm head templated. the 28mm head was opened and impacted onto the trunnion, only "
    "found on the check x-ray the next day, patient returned to theatre for revision.",
]


@pytest.mark.parametrize("text", LOSS_VOLUME_THEN_UNIT_CAUGHT)
def test_blood_loss_volume_is_no_unit_given(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", UNIT_VOLUME_WENT_IN)
def test_unit_volume_went_in_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize("text", FEED_CONNECTED_NOTHING_WENT_IN)
def test_feed_connected_to_line_nothing_went_in_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize("text", FEED_RAN_INTO_THE_VEIN)
def test_feed_ran_into_line_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", HEAD_TRIALLED_THEN_REMOVED)
def test_head_removed_not_impacted_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize("text", HEAD_IMPACTED_FOUND_LATER)
def test_head_impacted_found_later_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
