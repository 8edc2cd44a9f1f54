"""Wrong digit told in words the digit reasoning did not read (round 42, a): a toe or hand bone
named by its number ("L 3rd toe", "4th metacarpal"), an injection "given" or an incision made
over a digit, the operation note telling the digit done, the consent told far before the
finger ("consented for release of the A1 pulley of the ..."), records in the plural ("say")
and the plan told just after the digit ("R middle finger trigger release listed").
Look-alikes: a toe of the patient's history, one done "as planned", a wrong toe only feared, a
digit done "as agreed". (The learned model, not the rules, still reads a never event
into some look-alikes: they are asserted on the rules.)"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # a toe named by its number, consented one way and amputated or fused another
        "vascular list: consent and listing were for amputation of the L 2nd toe (dry "
        "gangrene). L 3rd toe was amputated, picked up at the first dressing change.",
        "podiatric surgery - R 5th toe was fused, pt had been listed for fusion of the R 4th "
        "toe. found at 2/52 review",
        # a hand bone named by its number
        "K wire fixation done on the 4th metacarpal, the fracture on the xray and the referral "
        "was the 5th metacarpal. reg spotted it on the post op film",
        # an injection given into a finger, the referral naming another
        "hand clinic: steroid injection given into the L little finger, referral letter said L "
        "ring finger trigger. pt pointed it out afterwards",
        # the operation note telling the digit done, the records in the plural the plan
        "op note says ring finger released; consent form and clinic letter say middle finger. "
        "pt still triggering at follow up",
        # the consent told far before the finger
        "pt was consented for trigger finger release of the R middle finger but the surgeon "
        "released the R ring finger",
        # the digit intended told just after it
        "R middle finger trigger release listed, ring finger released under LA, pt pointed it "
        "out at the end",
    ],
)
def test_wrong_digit_is_read_by_the_rules(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        # a toe of the patient's history
        "pt had L 4th toe amputated 2 years ago at another hospital; now listed for L 3rd toe "
        "amputation, done today without problems",
        "listed for R 3rd toe amputation. R 3rd toe amputated. the previous patient on the list "
        "had his 4th toe amputated",
        # another patient's toe done as planned
        "bed 4 pt had R 4th toe amputated today as planned; bed 5 pt listed for R 3rd toe "
        "amputation cancelled due to no beds",
        # a wrong toe only feared
        "concern raised that the 3rd toe might be amputated instead of the 2nd toe as marks "
        "were close; checked and the 2nd toe amputated as consented",
        # a toe examined or discussed, nothing done to it
        "pt referred for R 4th toe ulcer, examined 3rd toe as well, no procedure done today",
        "consent for R 3rd toe amputation; 4th toe amputation was discussed as a possible "
        "future option",
        # the other digit done as agreed
        "ring finger release booked for next month. pt seen today in clinic, middle finger "
        "injected with steroid as agreed",
    ],
)
def test_digit_look_alikes_give_no_never_event(text: str) -> None:
    assert rule_never_event_codes(text)[0] is None
