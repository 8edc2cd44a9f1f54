"""Session 25 (never event 3): an item on a post-operative film that was not on the earlier one.

Clinical notes tell a retained item in shorthand: "AXR d2 post lap chole: curved needle RUQ, not
on preop film". The item set against the film before the operation is new, so the operation
left it: the rules read it (the evidence a reviewer checks), not only the learned model. An
item that was on the earlier film too is the patient's own history.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "AXR d2 post lap chole: curved needle RUQ, not on preop film. surg reg told",
        "XR pelvis post op: suture needle in the soft tissue, was not on the previous x-ray. "
        "Returned to theatre.",
        "post hysterectomy CT: metallic fragment L adnexa, wasn't on the pre-op CT. gynae "
        "consultant informed",
    ],
)
def test_item_new_on_the_post_operative_film_is_never_event_3(text: str) -> None:
    assert rule_never_event_codes(text) == ("3", None)


def test_item_on_the_earlier_film_too_is_no_never_event() -> None:
    text = (
        "CT abdo: metallic fragment in the RIF, also on the CT from 2015 - shrapnel from his "
        "army service."
    )
    assert rule_never_event_codes(text) == (None, None)
