"""Session 25 (never event 4): a pump library's choice and the never event's own title.

- "Selected the wrong drug in the pump library" is a pump's programming (a rate error with the
  intended premixed bag), not a strong potassium product taken instead of another.
- "Asked whether this is a 'strong potassium' never event" names the category, not a
  concentrate used.

Each is paired with narratives where the same words sit beside a concentrate really taken.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "KCl 40mmol in 1L premixed bag prescribed over 8h. RN selected the wrong drug in the "
        "pump library (saline maintenance profile) so it ran at 250ml/h for 3h. K 5.5, "
        "infusion stopped. Band 6 asked if this was a strong potassium never event; it is "
        "not, the premixed bag was intended.",
        "Nurse selected the wrong profile on the smart pump for the premixed potassium bag; "
        "ran twice as fast. K+ 5.9 rechecked.",
        "Premixed potassium chloride 40 mmol in 1000 ml bag prescribed; it was run over 4 "
        "hours instead of 8 as the rate was misread. A student asked whether this is a 'strong "
        "potassium' never event. It is not - the premixed bag was the intended product.",
    ],
)
def test_pump_library_choice_with_the_premixed_bag_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Nurse picked up the wrong ampoule - strong potassium chloride 15% instead of sodium "
        "chloride 0.9% flush - and gave it IV. Pt arrested. This is a strong potassium never "
        "event.",
        "The nurse selected the wrong drug on the pump library and then picked up a KCl 15% "
        "ampoule thinking it was saline, drew it up as a flush and gave it.",
    ],
)
def test_concentrate_taken_beside_those_words_is_still_never_event_4(text: str) -> None:
    assert never_event_codes(text)[0] == "4"
