"""A lens opened and then found, at the check against the biometry, to be the one for the
patient's other eye is a wrong implant caught before insertion (near miss 2), not a wrong-site
procedure: the side named ("it was the power for her LEFT eye") is the lens's, not the plan's.
A lens checked and found to be for the planned eye is no event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "R cataract today. Nurse opened the IOL onto the trolley, the surgeon then compared "
        "the box with the biometry sheet and it was the power for the pts LEFT eye (her left "
        "is booked next month). lens not inserted, correct R eye lens opened and implanted.",
        "L cataract op. ODP unpacked an IOL, at the check against the printout we saw it was "
        "the lens for his right eye. Not used, new lens opened, op went ahead on L.",
        "pt listed for left cataract, lens box taken and peeled open, then noticed that the "
        "lens was the power for her right eye. correct one opened, surgery fine",
    ],
)
def test_lens_for_the_other_eye_opened_and_caught_is_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        "R phaco. Lens opened, checked against the biometry and it was the power for the pts "
        "R eye as planned. Uneventful.",
        "Biometry for the pt's left eye not available so list postponed, no lens opened.",
        "Pt asked whether the lens they used was the one for the right eye; reassured it was, "
        "checked against biometry.",
    ],
)
def test_lens_checked_for_the_planned_eye_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
