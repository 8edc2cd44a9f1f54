"""Helper H56: shower/curtain rails (9), windows (10) and bed rails (11) of batch 103.

- Rails a family bought but the provider's own staff fitted, told in the reporter's first person
  ("I fitted them on 14/6") or by a bare role ("DN fitted them"): the provider took them into
  its care, so a neck or chest held by them is never event 11 (as dev-112079); rails the family
  bought and fitted themselves stay outside the framework.
- A limb wedged in the rail's gap and freed before the head or neck went in, the report telling
  that stop outright: near miss 11, which the reach model may not turn round on its words of a
  limb held and freed ("wedged", "freed", "sats 96% post ictal").
- The body going out through the rail's gap hips or bottom first and still sliding, stopped
  before the chest or neck got there ("the next bit would of been his chest", "head and chest
  still on the mattress"): near miss 11; the chest told trapped is still never event 11, and a
  leg through the gap with the head and chest still on the mattress is a limb only (null).
- A window that opens fully raised by a visitor or a relative, the patient told as not having
  tried ("he hasn't tried to"): a hazard, both null; a fall or a person brought back from the
  window stays never event or near miss 10.
- A ligature set on a rail that did not collapse and told as never loaded ("didn't put any
  weight on it"): near miss 9, which the reach model may not turn round on "her weight"; a
  hanging from the rail stays never event 9.
- A bed used against the wall or with crash mats instead of bed rails, or rails told unsuitable
  for the patient: a head or neck wedged against the wall is no bed-rail entrapment (null);
  rails told in use with the neck held in them stay never event 11.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MENTAL_HEALTH = {"service_type": "4", "location_type": "10"}

PROVIDER_FITTED_FAMILY_RAILS = [
    "Community nursing visit. The son had purchased bed rails online; I fitted them to her bed "
    "last week as the equipment service could not deliver. Today found with her neck wedged "
    "between the rail and the mattress, red marks to neck. Freed, GP informed.",
    "Family bought side rails from a mobility shop. DN fitted them to the patient's own bed. "
    "Found by carer with chest trapped between rail and mattress, bruising across chest.",
    "Pt's wife bought clamp on rails off ebay and asked us to put them on as the OT list was "
    "long. We fitted the rails to his divan on Monday. Found this am with his neck caught "
    "between the rail and the mattress, marks to neck, admitted.",
]


@pytest.mark.parametrize("text", PROVIDER_FITTED_FAMILY_RAILS)
def test_family_bought_rails_fitted_by_the_providers_staff_hold_a_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == ("11", None)


FAMILY_FITTED_RAILS = [
    "Daughter bought clamp-on rails on the internet and fitted them herself. Found with his "
    "neck trapped between the rail and the mattress, bruising to neck.",
    "Wife purchased bed rails privately and her nephew put them on. Pt found with his neck "
    "wedged between the rail and mattress, red marks on neck. I had told her we do not fit "
    "private equipment.",
]


@pytest.mark.parametrize("text", FAMILY_FITTED_RAILS)
def test_family_bought_rails_the_family_fitted_stay_outside_the_framework(text: str) -> None:
    assert never_event_codes(text) == (None, None)


LIMB_FREED_BEFORE_THE_HEAD_WENT_IN = [
    "Epileptic pt in respite bed, after a tonic clonic seizure found with his arm and shoulder "
    "wedged between the bed rail and the mattress, head turned to the gap. Freed at once "
    "before his head or neck went into the gap. Bumpers had been left off. Sats 96% post "
    "ictal.",
    "Following a seizure pt found with L arm and shoulder wedged in the gap between the side "
    "rail and mattress, face towards the gap. Staff freed him immediately, before his neck got "
    "into the gap. Sats 95% post ictal, bumpers were off for washing.",
    "Pt with LD had a seizure overnight; staff found her right arm and shoulder jammed between "
    "the cot side and the mattress, her face turning into the gap. Pulled her clear before her "
    "head went into the gap. Sats 97% after the seizure.",
]


@pytest.mark.parametrize("text", LIMB_FREED_BEFORE_THE_HEAD_WENT_IN)
def test_a_limb_freed_before_the_head_went_into_the_rail_gap_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


NECK_HELD_AFTER_A_SEIZURE = [
    "Following a seizure pt found with his neck wedged in the gap between the side rail and "
    "mattress. Staff freed him immediately. Sats 95% post ictal, bumpers were off for washing.",
    "Pt's shoulder and neck wedged between the rail and the mattress after a seizure, freed by "
    "staff, petechiae on the neck, sats 88%.",
]


@pytest.mark.parametrize("text", NECK_HELD_AFTER_A_SEIZURE)
def test_a_neck_held_in_the_rail_gap_and_freed_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


BODY_SLIDING_THROUGH_THE_GAP = [
    "Agency nurse found pt at 03:00 slid down the bed, legs and bottom through the gap between "
    "the rail and the foot end, still slipping, the next part to go would have been her chest. "
    "Pulled back up, no injury. Bed sent to EBME.",
    "At 04:00 resident found with her hips and legs out through the gap between the split "
    "rails, her body slipping out, head and shoulders still on the pillow. Two carers lifted "
    "her back, no marks. New mattress deeper than old, gap bigger.",
    "Night HCA found resident with her bottom and legs out through the gap between the split "
    "side rails, body still sliding towards the floor. Lifted back with 2 staff, no injury.",
    "Found him with his legs through the gap between the rail and the foot board, his chest "
    "would have been next. Lifted back up the bed, no marks.",
    "Pt on air mattress had slipped down, hips through the gap at the foot end of the rail and "
    "her upper body following. Repositioned by staff before her chest reached the rail.",
]


@pytest.mark.parametrize("text", BODY_SLIDING_THROUGH_THE_GAP)
def test_a_body_sliding_hips_first_through_the_rail_gap_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


CHEST_TRAPPED_AFTER_THE_HIPS = [
    "Pt found with hips and legs through the gap between the rail and the mattress, his chest "
    "trapped against the rail, dusky. Freed.",
    "Pt slid down the bed with legs and hips through the gap between rail and footboard, found "
    "at 03:00 with his chest wedged in the gap, cyanosed, 2222 call.",
]


@pytest.mark.parametrize("text", CHEST_TRAPPED_AFTER_THE_HIPS)
def test_the_chest_trapped_after_the_hips_went_through_is_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


def test_a_leg_through_the_gap_with_head_and_chest_on_the_mattress_is_a_limb_only() -> None:
    text = (
        "Pt's leg through the gap between the bed rails up to the thigh, bruising to shin, head "
        "and chest still on the mattress."
    )
    assert never_event_codes(text) == (None, None)


def test_a_leg_trapped_in_the_rail_bars_stays_null() -> None:
    text = "Pt's leg trapped between the bars of the bed rail, bruising to shin. Bumpers fitted."
    assert never_event_codes(text) == (None, None)


WINDOW_RAISED_NOBODY_TRIED = [
    "Son rang the ward: his mum's room on the 2nd floor, the window opens wide, there is no "
    "catch on it. She wanders at night and he is worried. She has not tried to get out. "
    "Estates informed.",
    "Visitor told the NIC that the 3rd floor bay window next to bed 4 opens fully. Pt is "
    "confused. He hasn't tried to open it. Estates asked to fit a restrictor.",
    "Pt on 3rd floor side room; window restrictor missing, window opens fully. She hasn't "
    "attempted to get out. Estates called, room closed.",
]


@pytest.mark.parametrize("text", WINDOW_RAISED_NOBODY_TRIED)
def test_a_window_raised_as_a_hazard_with_no_attempt_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_a_climb_out_of_an_unrestricted_window_stays_a_never_event() -> None:
    text = (
        "Pt climbed out of the 2nd floor window, restrictor missing, found on the flat roof "
        "below with # ankle."
    )
    assert never_event_codes(text) == ("10", None)


def test_a_person_brought_back_in_from_a_broken_restrictor_window_stays_a_near_miss() -> None:
    text = "Pt found half out of the 3rd floor window, restrictor broken, pulled back in by staff."
    assert never_event_codes(text) == (None, "10")


LIGATURE_NEVER_LOADED = [
    "Pt disclosed at 1:1 that overnight she tied her dressing gown cord to the curtain rail in "
    "her bedroom meaning to hang herself, but she got frightened and did not put her weight on "
    "it. Cord found still tied. Rail tested: did not collapse, fixed track fitted in error. "
    "Estates replacing, obs increased.",
    "Pt told his named nurse he had looped a belt over the shower rail in his en suite to hang "
    "himself, but never put any weight on it. The rail did not release when tested - non "
    "collapsible. Rail replaced.",
]


@pytest.mark.parametrize("text", LIGATURE_NEVER_LOADED)
def test_a_ligature_on_a_fixed_rail_never_loaded_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH) == (None, "9")


HANGING_FROM_A_FIXED_RAIL = [
    "Pt found hanging by a shoelace from the shower rail in the en suite, the rail did not "
    "collapse. Cut down, CPR started, transferred to ED.",
    "Pt tied a cord to the curtain rail and hung from it; the rail did not collapse. Found by "
    "staff on obs, ligature cut, red marks to neck.",
    "Pt put a scarf over the curtain rail and around her neck and put her weight on it, the "
    "rail did not give way. Staff lifted her, marks on neck.",
]


@pytest.mark.parametrize("text", HANGING_FROM_A_FIXED_RAIL)
def test_a_hanging_from_a_rail_that_held_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH) == ("9", None)


NO_BED_RAILS_WALL_USED = [
    "Care home: resident on a low bed with crash mats rather than bed rails. Found with her "
    "head and neck stuck between the mattress and the wall, red mark on neck.",
    "Assessed as unsuitable for bed rails, bed pushed to the wall. Found with neck wedged "
    "between mattress edge and wall.",
    "Nursing home. Bed rails not appropriate per assessment so her bed is against the wall. "
    "Found at 05:00 with her head and neck jammed between the mattress and the wall, red mark "
    "on her neck, breathing ok.",
]


@pytest.mark.parametrize("text", NO_BED_RAILS_WALL_USED)
def test_a_neck_wedged_against_the_wall_used_instead_of_rails_is_no_rail_entrapment(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


RAILS_IN_USE_NECK_HELD = [
    "Bed rails in use. Found with head and neck wedged between the rail and the mattress, red "
    "mark under chin.",
    "Bed against the wall on one side and a bed rail up on the other. Found with his neck "
    "trapped between the rail and the mattress, freed.",
    "Found at 03:00 with her head and neck wedged in the gap at the head end. The rails were "
    "not suitable for the air mattress, the gap was too big. Freed, red mark to neck.",
]


@pytest.mark.parametrize("text", RAILS_IN_USE_NECK_HELD)
def test_a_neck_held_by_rails_in_use_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("11", None)
