"""An item left in at the patient's own operation, told in running text with its year or the
years gone by ("she had a swab left in after a caesarean in 2011", "had a retained swab at her
hysterectomy 10 years ago", "known to have had a retained guidewire removed in 2019") while the
report is about something else, is background: both null by the convention for past events.
An item of this stay ("2 weeks ago", "on Tuesday", "3 days after"), a finding told after the
past item ("..., found on CT today"), and an item found at today's procedure stay never event 3
(or near miss 3)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

ITEM_OF_THE_PATIENTS_PAST = [
    "she had a swab left in after a caesarean in 2011 and now her op is cancelled again",
    "Pt very anxious about surgery as she had a retained swab at her hysterectomy 10 years "
    "ago. Op cancelled on the day due to no beds.",
    "Known to have had a retained guidewire removed in 2019. Waited 14 weeks for OP appointment.",
    "Patient reports that a swab was left inside her after her c-section in 2015; she is very "
    "anxious and her op was postponed.",
    "Pt had a swab left in following an appendicectomy years ago. Today's list overran and "
    "her op cancelled.",
    "He had a needle left in his abdomen after a hernia repair back in 2008 and is frightened "
    "of theatres, list cancelled for the 3rd time.",
    "pt v anxious at pre op, has had a retained pack after nasal surgery some years ago and "
    "wants to see the count board. no anaesthetist, op delayed",
    "Lady rang PALS upset: a swab was left inside her after her c-section many years ago and "
    "now her hip op has been cancelled twice.",
    "He had a needle retained after a hernia repair 8 yrs ago, still in situ, asymptomatic. "
    "Admitted for elective knee replacement, op cancelled, no bed on the ward.",
    "Pt has had a retained wire in her leg since 2010 per her GP letter; today she fell on "
    "the ward, no injury.",
]

ITEM_OF_THIS_STAY = [
    "swab left in at her caesarean on Tuesday, found on the scan today",
    "Retained swab found at re-look laparotomy 3 days after the primary procedure.",
    "She had a swab left in after her caesarean 2 weeks ago, found on USS today and removed "
    "in theatre.",
    "he had a guidewire left in after a femoral line in ED 3 days ago, seen on CXR this "
    "morning, IR to retrieve",
    "Pt had lap chole in 2023 here. Swab was left in and found on CT 3 weeks later, returned "
    "to theatre.",
]

PAST_ITEM_FOUND_NOW = [
    "Pt had a swab left in after her hysterectomy 10 years ago which was found on CT today "
    "and removed at laparotomy.",
    "Pt had a swab left in after her hysterectomy in 2015. CT today showed the swab in the "
    "pelvis, referred for laparotomy.",
    "Known to have had a retained guidewire in 2019. Today R IJ CVC inserted in ED, wire not "
    "in the tray afterwards, CXR shows the guidewire in the IVC.",
]


@pytest.mark.parametrize("text", ITEM_OF_THE_PATIENTS_PAST)
def test_item_of_the_patients_past_is_background(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ITEM_OF_THIS_STAY + PAST_ITEM_FOUND_NOW)
def test_item_of_this_stay_or_found_now_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


def test_item_caught_today_after_a_past_one_stays_near_miss_3() -> None:
    text = (
        "She had a swab left in after her c-section in 2016 so very anxious. Today at the "
        "closing count one swab missing, found in the wound by the surgeon and removed before "
        "closure."
    )
    assert never_event_codes(text) == (None, "3")
