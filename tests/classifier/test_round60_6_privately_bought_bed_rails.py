"""Round 60, helper 6: bed rails the family bought, and a head told as resting on the pillow.

- A chest or neck trapped in bed rails the patient or family bought privately ("the husband
  had purchased two clip-on bed rails", "privately-bought side rails", "her brother bought them
  from a catalogue"): the framework covers rails the healthcare provider supplied, so no never
  event and no near miss (medical_device kept). Rails issued by the community equipment service
  or the loan store, a ward's own "third-party" rails, and rails a family bought that the care
  home's staff fitted stay never event 11.
- "Head was on the pillow" beside a limb caught in the rail gap and "no chest or neck
  involvement": the head resting on the bed is no evidence of a head in the gap, so a limb-only
  entrapment is no never event. A head through the rail gap stays never event 11.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids

PRIVATELY_BOUGHT_RAILS = [
    "community matron visit: the husband had purchased two clip-on bed rails from a mobility "
    "website and put them on the double bed himself. she was found at 06:00 with her neck "
    "caught between the rail and the mattress, red mark under the jaw, freed by him.",
    "carer arrived for the morning call and found Mr Adeyemi's chest wedged between his side "
    "rail and the divan. The side rails were privately-bought and had never been assessed. "
    "Bruised ribs, ambulance called.",
    "Night-time call from daughter: dad's chest stuck between the bedrail and the mattress, "
    "she freed him, sore chest. The bedrails were not supplied by the trust or the equipment "
    "service: her brother bought the rails from a catalogue last week.",
    "Wife found him at 5am with his neck trapped between the cot sides and the mattress. "
    "Her son had bought clamp-on cot sides on the internet and fitted them to her own bed.",
]

PROVIDER_SUPPLIED_RAILS = [
    "community matron visit: she was found at 06:00 with her neck caught between the rail and "
    "the mattress, red mark under the jaw. the rails were issued by the community equipment "
    "service with the profiling bed last month.",
    "carer found Mr Adeyemi's chest wedged between the side rail and the mattress of the loan "
    "store bed. Bruised ribs, ambulance called.",
    "rehab ward: pt found with his neck caught between the bed rail and the headboard, red "
    "marks. The rails were third-party ones from the store, not made for this bed.",
    "residential home: resident found with her chest wedged between the side rail and her own "
    "divan. The rail was bought online by her niece and fitted by the home's maintenance man.",
]

LIMB_WITH_HEAD_ON_PILLOW = [
    "Resident restless at night, found at 0300 with her R lower leg through the gap in the bed "
    "rail, graze to the shin. Her head was still on the pillow, no chest or neck involvement.",
    "HCA found the pt's left hand and wrist through the bars of the bed rail, swollen wrist. "
    "No neck or chest involvement, his head lay on the pillows throughout.",
]

HEAD_IN_THE_GAP = [
    "Resident restless at night, found at 0300 with her head through the gap in the bed rail, "
    "freed by two staff, red mark on the neck.",
]


@pytest.mark.parametrize("text", PRIVATELY_BOUGHT_RAILS)
def test_privately_bought_rails_are_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
    assert "medical_device" in theme_ids(text)


@pytest.mark.parametrize("text", PROVIDER_SUPPLIED_RAILS)
def test_provider_supplied_rails_stay_never_event(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


@pytest.mark.parametrize("text", LIMB_WITH_HEAD_ON_PILLOW)
def test_limb_with_head_on_pillow_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", HEAD_IN_THE_GAP)
def test_head_in_the_rail_gap_stays_never_event(text: str) -> None:
    assert never_event_codes(text) == ("11", None)
