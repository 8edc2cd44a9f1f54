"""The side's mark told as put on "the wrong one" ("theyve drawn on the wrong one - its my left",
"the mark was on the wrong one") is the wrong eye or limb marked: near miss 1 when caught
before anything was done, not a wrong implant, even with the biometry or the implant plan
checked beside it. A lens or component told as "the wrong one" opened or put in is still
never event 2 or near miss 2."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MARKED = [
    "Cataract list, pt booked for L phaco. Arrow drawn above the R eye in admissions. At the "
    "anaesthetic check the pt said 'you have drawn on the wrong one'. Consent and biometry "
    "checked - L. Re-marked, nothing done to the R eye.",
    "L phaco listed. HCA drew the arrow above the R eye in the day unit. At sign in the pt said "
    "they had marked the wrong one. Biometry and consent both say L. Re-marked, nothing done "
    "to the R eye.",
    "R TKR planned. Arrow on the L knee from the ward. At the time out the scrub nurse said the "
    "mark was on the wrong one, consent and implant plan say right. Re-marked, nothing started.",
]

IMPLANT = [
    (
        "Cataract list. Scrub nurse opened the wrong one - the lens for the next patient. "
        "Noticed at the check before insertion, correct lens opened.",
        (None, "2"),
    ),
    (
        "R THR. The wrong one was implanted - a 52mm cup instead of the templated 54mm. Noticed "
        "on the sticker check after closure.",
        ("2", None),
    ),
]


@pytest.mark.parametrize("text", MARKED)
def test_mark_on_the_wrong_one_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(("text", "codes"), IMPLANT)
def test_wrong_one_opened_or_put_in_stays_never_event_2(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes
