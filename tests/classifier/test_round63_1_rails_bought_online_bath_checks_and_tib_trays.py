"""Round 63, helper 1: bed rails bought online, a bath checked before the person undressed,
and implant components told in theatre shorthand.

- Bed rails told as bought online or off the internet ("she bought bed rails online and put
  them on herself") are rails bought privately, whoever the sentence names: a neck trapped in
  them is outside never event 11. Rails a ward or therapist bought for stock are no private
  purchase: a neck entrapment there stays never event 11.
- Bath water checked with the thermometer before the person was undressed, or the person told
  as not let or put in once it read hot, is the check working: no never event 14, even when
  the report then tells the hot water as a recurring fault. Hot water with a scald on the
  skin after the person was lowered in stays never event 14.
- "Tib tray" and "fem comp" are the tibial tray and femoral component: a wrong size opened and
  caught before cementing is near miss 2. A tib tray told as the planned size is nothing.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

RAILS_BOUGHT_ONLINE = [
    "district nurse visit. daughter says she bought some bed rails online and clamped them "
    "onto mum's own bed herself. mum found this am with her neck caught between the rail and "
    "the mattress edge, freed by daughter, slight redness to neck.",
    "home visit, pt's partner told us he purchased side rails off the internet a fortnight ago "
    "and fitted them. pt found at night with her neck wedged between rail and mattress, "
    "small abrasion.",
]

RAILS_BOUGHT_FOR_STOCK = [
    "ward manager bought new bed rails for the ward last month. pt found in the early hours "
    "with his neck wedged between the rail and the mattress, bruising to neck.",
]

BATH_CHECKED_BEFORE_UNDRESSED = [
    "HCA filled the bath for the resident and tested the water with the thermometer before she "
    "was undressed, it read 48. kept her out, added cold, recheck 37. hot water at this bath "
    "too hot twice this week, estates informed.",
    "carer ran a bath, water read 50 on the thermometer. did not let him in, topped up with "
    "cold and rechecked. hot water in that bathroom has been too hot before.",
]

BATH_SCALD_ON_SKIN = [
    "carer ran a bath and lowered the resident in with the hoist, hot water, she shouted out. "
    "temp checked afterwards 50. red blistered skin on both legs, 999 called.",
]

SHORTHAND_COMPONENT_CAUGHT = [
    "TKR. size 3 tib tray opened instead of the size 2 templated. picked up by the scrub "
    "practitioner reading the label aloud before cementing, correct size opened.",
    "size 6 fem comp opened instead of the size 5 on the plan, noticed on reading back the box "
    "before it was cemented.",
]

SHORTHAND_COMPONENT_CORRECT = [
    "TKR. tib tray was the planned size 3. pt fell on the ward on day 2, no injury.",
]


@pytest.mark.parametrize("text", RAILS_BOUGHT_ONLINE)
def test_rails_bought_online_are_not_ne11(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", RAILS_BOUGHT_FOR_STOCK)
def test_rails_bought_for_ward_stock_stay_ne11(text: str) -> None:
    assert never_event_codes(text)[0] == "11"


@pytest.mark.parametrize("text", BATH_CHECKED_BEFORE_UNDRESSED)
def test_bath_checked_before_anyone_got_in_is_not_ne14(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", BATH_SCALD_ON_SKIN)
def test_bath_scald_on_skin_stays_ne14(text: str) -> None:
    assert never_event_codes(text)[0] == "14"


@pytest.mark.parametrize("text", SHORTHAND_COMPONENT_CAUGHT)
def test_shorthand_component_wrong_size_caught_is_nm2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize("text", SHORTHAND_COMPONENT_CORRECT)
def test_shorthand_component_correct_size_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)
