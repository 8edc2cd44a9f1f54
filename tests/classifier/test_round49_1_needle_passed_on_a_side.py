"""Round 49, helper 1: a needle, wire or trocar passed into the wrong side has begun the procedure.

A needle or guidewire "passed into" or "advanced into" the other side's kidney, chest or joint is
the puncture itself (a wrong site never event), not a needle lined up on the side (set up only);
and a needle told being passed in as the procedure's access is no item found retained after it.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes

NEEDLE_PASSED_ON_THE_OTHER_SIDE = [
    "Pt listed for a right pleural aspiration. Needle passed into the left chest and 200ml of "
    "straw fluid drawn off before the registrar saw the request again.",
    "Booked for L knee aspiration in clinic. Needle advanced into R knee, dry tap, then the "
    "nurse pointed out the request said left.",
    "Planned left chest drain, US showed the effusion on the left. Trocar introduced into the "
    "right chest before anyone noticed, drain taken out and CXR done.",
    "Referral was for the RIGHT kidney. Under US the guidewire was inserted into the left "
    "collecting system before the error was seen, procedure abandoned.",
]

NEEDLE_AS_THE_ACCESS = [
    "IR list. Needle passed into the collecting system under US, guidewire and drain placed. "
    "Pt comfortable afterwards.",
    "Needle inserted into the joint under XR guidance and steroid injected, no complications.",
    "US guided biopsy, mild fullness seen, needle advanced into the lesion and two cores taken.",
]


@pytest.mark.parametrize("text", NEEDLE_PASSED_ON_THE_OTHER_SIDE)
def test_needle_passed_into_the_other_side_is_wrong_site_surgery(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", NEEDLE_AS_THE_ACCESS)
def test_needle_passed_in_as_the_access_is_no_retained_item(text: str) -> None:
    assert rule_never_event_codes(text)[0] != "3"
