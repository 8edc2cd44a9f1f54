"""Never event 3: a catheter in use as the route a medicine was given by (a wrong route, not an
item left behind), an item the patient had of their own, and a fear that something was left
inside told without its "that" are no retained object. Each reading can rule a finding out, so
true retained objects in which its words appear stay never events."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Pt with lumbar epidural on the ward. IV antibiotic giving set connected to the epidural "
        "catheter filter instead of the cannula. Noticed by the nurse after 5ml. No deficit.",
        "In recovery ondansetron was injected into the epidural catheter port instead of the IV "
        "cannula. Epidural left in situ with hourly neuro obs. Both lines unlabelled.",
        "Detained pt absconded through the window after removing the restrictor with a small "
        "screwdriver he had in his bag. Found later at home by police, no injury.",
        "Pt worried something had been left inside after her hernia repair. Count documented "
        "correct; ultrasound showed a seroma only, no foreign body.",
    ],
)
def test_route_device_own_item_or_fear_is_no_retained_object(text: str) -> None:
    assert "3" not in never_event_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # a guidewire left in, the infusion then connected to the line
        "CVC inserted in ED. Infusion connected to the central catheter on the ward. CXR next "
        "day showed the guidewire had been left in the vessel; removed by IR.",
        # the epidural catheter itself left in, a drug given through it earlier
        "Bupivacaine infused via the epidural catheter post-op. On removal the catheter tip "
        "was missing; MRI showed a fragment of catheter retained in the epidural space.",
        # the patient's own item in the bag beside a swab left in at surgery
        "Pt kept a pen in her bag and wrote down her concerns. CT 4 weeks after her "
        "laparotomy showed a retained swab; swab removed at relaparotomy.",
        # the fear, then the finding
        "Pt worried something was wrong after her caesarean. CT showed a retained swab in the "
        "pelvis, removed at laparotomy.",
        "Pt worried something had been left in; CT showed a retained swab.",
        "She was concerned something had been left in. The GP examined her and found a swab "
        "left in the vagina after the perineal repair.",
    ],
)
def test_retained_object_beside_those_words_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "3"
