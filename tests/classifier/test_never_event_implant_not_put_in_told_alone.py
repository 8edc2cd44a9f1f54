"""Never event 2: a wrong implant opened and caught, its outcome told as a line with no subject
("Not implanted."), is a near miss; the words open their sentence only. A wrong implant put in,
with the same words said of the planned one, stays a never event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "R TKR. Runner brought a LEFT tibial tray and it was opened onto the trolley. Several "
        "minutes later the scrub nurse saw the L etched on it as she handed it over. Not "
        "implanted. Correct tray opened, 15 min delay.",
        "L UKA. A RIGHT tibial tray was opened and set out on the back table. The surgeon saw "
        "the R on the tray as he picked it up. Not inserted. Correct tray obtained.",
    ],
)
def test_wrong_implant_caught_told_not_implanted_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        # the wrong one cemented in, the planned one the one not implanted
        "Left THR. A right-sided stem was cemented in. Found on the post-op film. Not implanted: "
        "the left stem, still boxed in theatre.",
        "L TKA. Right femoral component had been implanted; found at the NJR entry a week later. "
        "Not implanted was the left femoral component, returned to stock unopened.",
        "Right knee replacement. Left tibial tray implanted. Discovered on the post op x-ray. "
        "Never implanted in this case: the right tray, which was still on the shelf.",
    ],
)
def test_wrong_implant_put_in_beside_not_implanted_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "2"
