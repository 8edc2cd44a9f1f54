"""Look-alikes of never event 3. An item left in on purpose by the rule written for it ("the
cuff would not come out and was left in situ as per policy", "tip left in place per the trust
protocol") was left with a plan, even when nobody later told the patient or the GP. A used
needle found in the bed space the patient has left (under the pillow, down the side of the
chair) lies in the room, not inside anyone. The plunger or barrel clamp of a syringe driver is a
part of the pump, no surgical clamp. Items left in by mistake, and a policy only named as not
followed, stay never event 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

LEFT_BY_POLICY = [
    "Hickman removed in clinic last month, the dacron cuff would not come out and was left in "
    "situ as per policy. CT now shows a foreign body in the chest wall, pt not told about it.",
    "PICC removed on the ward, tip fragment left in place per the trust protocol after "
    "discussion with IR. Xray confirms retained fragment.",
    "Tunnelled line taken out, cuff retained in the tunnel and left in situ in line with local "
    "guidance, documented in notes. GP letter did not mention it.",
]

IN_THE_BED_SPACE = [
    "Cleaning bay 4 after discharge, I found a used cannula under the pillow with the needle "
    "still in it. Sharps injury to my thumb, reported to occ health.",
    "Needle found down the side of the recliner chair on the day unit after the pt went home - "
    "domestic nearly stuck herself.",
]

PUMP_CLAMP = [
    "Syringe driver alarm - plunger clamp not engaged after syringe change, no infusion for 20 "
    "mins, BP dropped, noticed by HCA.",
    "Heparin syringe put in the pump but the barrel clamp was not down, pump ran with nothing "
    "delivered, found at 2am.",
]

STILL_RETAINED = [
    "Swab retained in the abdomen found on CT 2 weeks post op. Count policy was not followed.",
    "Guidewire left in situ after CVC insertion, found on CXR. Trust policy says wire must be "
    "seen and removed.",
    "Guidewire retained found on xray. The wire was left in as the policy on guidewire checks "
    "was not followed.",
    "Artery clamp found on CT in the abdomen 3 months after laparotomy, retained.",
    "Bulldog clamp left in the chest found on post op CXR, returned to theatre.",
]


@pytest.mark.parametrize("text", LEFT_BY_POLICY + IN_THE_BED_SPACE + PUMP_CLAMP)
def test_no_retained_object(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", STILL_RETAINED)
def test_item_left_in_by_mistake_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
