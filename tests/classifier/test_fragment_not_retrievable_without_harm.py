"""A broken fragment told as one that could not come out without harm ("the fragment could not
be retrieved without further damage to the bone", "unable to remove it without risking the
fixation") was left by the surgeon's judgement, a plan made at the time: excluded from never
event 3. A fragment nobody knew of, an item that could not be found, or one that "could not be
removed without a return to theatre" is still a retained object."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

LEFT_ON_PURPOSE = [
    "ORIF ankle. 2.5mm drill bit snapped, tip embedded in the fibula. Consultant decided the "
    "fragment could not be retrieved without further damage to the bone so left in situ, "
    "documented in op note, pt told.",
    "K-wire broke during removal, small piece in the radius. unable to remove it without "
    "risking the fixation, left in situ and documented, pt aware.",
    "Guidewire tip sheared off in the femoral canal. It could not be taken out safely without "
    "damaging the cortex. Left, documented on the op note and the pt informed on the ward.",
    "During TKR a saw blade tooth broke off into the tibia. Surgeon judged it cannot be "
    "extracted without removing more bone; left in place and recorded.",
    "Screw head stripped and a fragment of the screwdriver tip remained in the screw. Could not "
    "be removed without harm to the plate, so left. Op note documents this and pt told.",
]

RETAINED = [
    "Drill bit broke during ORIF and the tip was left in the bone. Nobody noticed and it was not "
    "documented. Seen on the post op xray next day.",
    "Swab count short at closure, swab could not be found, wound closed. CT day 5 showed the "
    "swab in the pelvis.",
    "Needle tip broke off in the wound and could not be retrieved, wound closed. Found on xray "
    "in recovery and pt returned to theatre.",
    "Broken guidewire could not be removed without a return to theatre; it was found on the CXR "
    "after the line was put in",
]


@pytest.mark.parametrize("text", LEFT_ON_PURPOSE)
def test_fragment_left_as_retrieval_would_harm_is_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", RETAINED)
def test_item_left_unknown_or_unfound_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
