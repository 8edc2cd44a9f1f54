"""Round 64, helper 2: catches told late or tersely, feeding regimes, and bed rails.

- "chest/neck nowhere near the rail" clears the chest and neck, as "chest and neck not near
  the rail" did: a limb-only entrapment is no never event 11. A neck trapped stays one.
- Bed rails a relative "ordered online" are rails bought privately (outside never event 11);
  rails ordered from the equipment service are no private purchase.
- "syringe and ampoule discarded, nothing given" is the made-up syringe never used, however
  many items are binned with it: a mis-selected strong potassium caught this way is near
  miss 4. The same product pushed into the line stays never event 4.
- The patient told as never having had any of it ("pt never had it", "she had not had any
  from this pack") is the wrong methotrexate directions never taken: near miss 7. Days of
  daily doses taken stay never event 7, whatever symptoms the patient "never had".
- A patient's usual way of feeding named as background ("home enteral feeds via NGT") is no
  feed put down the misplaced tube; the products listed as not put through it with no verb
  ("no feed, water or meds through it") deny the use. A feed given down the tube stays
  never event 13.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CHEST_NECK_NOWHERE_NEAR = [
    "on night check pt's right leg caught between the bars of the cot side, foot swollen. "
    "chest/neck nowhere near the rails, leg freed and elevated.",
    "resident's hand stuck between the bedrail bars, bruising to knuckles, chest or neck "
    "nowhere near the bars. rail padding replaced.",
]

NECK_TRAPPED_IN_RAIL = [
    "on night check pt's neck caught between the bed rail and the mattress, face flushed. "
    "freed by 2 staff, obs stable.",
]

RAILS_ORDERED_ONLINE = [
    "DN visit. wife found pt with his neck caught between the side rail and mattress this "
    "morning. the bed rails had been ordered online by his grandson and clamped on last week.",
]

RAILS_ORDERED_FROM_SERVICE = [
    "DN visit. wife found pt with his neck caught between the side rail and mattress this "
    "morning. the bed rails had been ordered from the loan store by the OT last week.",
]

POTASSIUM_SYRINGE_BINNED = [
    "made up a 10ml syringe for a line flush thinking it was saline, it was KCl 15%. the "
    "concentrate had been left on the open shelf with the flushes instead of the CD cupboard. "
    "took it to the second checker before the bay and she read the empty ampoule. syringe and "
    "ampoule binned, nothing given.",
]

POTASSIUM_PUSHED = [
    "made up a 10ml syringe for a line flush thinking it was saline, it was KCl 15%. pushed "
    "it through the cannula, pt complained of burning arm, then the empty ampoule was seen.",
]

METHOTREXATE_NEVER_HAD = [
    "dispensary check: methotrexate 2.5mg script reads 'take 3 tablets daily'. repeat records "
    "show 7.5mg every Monday for psoriasis. surgery contacted and script amended to weekly. "
    "reissued on the same day, pt never had it.",
    "my mum's new methotrexate box says take 4 tablets each day. she takes 4 on Sundays for "
    "her RA. it is Thursday so she had not had any from this pack. I took it back to the "
    "chemist and they relabelled it.",
]

METHOTREXATE_TAKEN_DAILY = [
    "methotrexate for RA dispensed as 'take 4 tablets daily' instead of weekly, pt took 4 "
    "a day for 5 days. she never had any mouth ulcers, bloods sent.",
]

FEEDING_REGIME_BACKGROUND = [
    "DN visit: pt (stroke, long-term enteral feeds via NGT) had coughed the tube up, re-passed "
    "to 60cm, no aspirate obtained, so no feed, water or meds through it. sent in for x-ray - "
    "tube tip in left lower lobe bronchus. re-sited in ED.",
    "pt on home enteral feeds via NGT. tube re-passed by DN to 58cm, pH 7 twice, could not "
    "confirm so no feed, no flush, no meds via it. CXR - tip in R main bronchus.",
    "NGT re-passed on the ward to 55cm, pH 7, position unconfirmed so no feed, water or meds "
    "down it. CXR - tube in the right main bronchus.",
]

FEED_DOWN_MISPLACED_TUBE = [
    "DN visit: pt (stroke, long-term enteral feeds via NGT) had coughed the tube up, re-passed "
    "to 60cm, aspirate pH 5, water flush given via the NGT. later x-ray - tube tip in left "
    "lower lobe bronchus.",
]


@pytest.mark.parametrize("text", CHEST_NECK_NOWHERE_NEAR)
def test_chest_neck_nowhere_near_the_rail_is_not_ne11(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NECK_TRAPPED_IN_RAIL)
def test_neck_trapped_in_rail_stays_ne11(text: str) -> None:
    assert never_event_codes(text)[0] == "11"


@pytest.mark.parametrize("text", RAILS_ORDERED_ONLINE)
def test_rails_ordered_online_are_not_ne11(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", RAILS_ORDERED_FROM_SERVICE)
def test_rails_ordered_from_the_equipment_service_stay_ne11(text: str) -> None:
    assert never_event_codes(text)[0] == "11"


@pytest.mark.parametrize("text", POTASSIUM_SYRINGE_BINNED)
def test_potassium_syringe_binned_nothing_given_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize("text", POTASSIUM_PUSHED)
def test_potassium_pushed_stays_ne4(text: str) -> None:
    assert never_event_codes(text)[0] == "4"


@pytest.mark.parametrize("text", METHOTREXATE_NEVER_HAD)
def test_methotrexate_never_had_is_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", METHOTREXATE_TAKEN_DAILY)
def test_methotrexate_taken_daily_stays_ne7(text: str) -> None:
    assert never_event_codes(text)[0] == "7"


@pytest.mark.parametrize("text", FEEDING_REGIME_BACKGROUND)
def test_feeding_regime_named_is_no_use_of_the_tube(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", FEED_DOWN_MISPLACED_TUBE)
def test_flush_down_the_misplaced_tube_stays_ne13(text: str) -> None:
    assert never_event_codes(text)[0] == "13"
