"""Wrong site and wrong implant look-alikes: the patient's own belief about which side was
being done (a belief, not the side operated on), a referral letter told as typed wrongly (the
framework's exclusion), and the lens told as the one on the plan (the error elsewhere). The
operator's belief, or a wrong side told beside the patient's worry, stays a never event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient's belief about the side, checked and confirmed correct
        (
            "In recovery after R knee replacement the pt said she thought it was her L knee "
            "being done. Consent R, mark R, x-rays R. Explained to her.",
            (None, None),
        ),
        # the patient's worry beside a wrong side told as fact: still never event 1
        (
            "Listed and consented for R knee arthroscopy. Pt thought it was her L knee being "
            "done. The surgeon performed the arthroscopy on the L knee instead of the R.",
            ("1", None),
        ),
        # a relative's belief borne out by the side operated on
        (
            "Pt's husband thought it was the L knee being done, and it was: consent was for "
            "the R knee but the L knee arthroscopy was done.",
            ("1", None),
        ),
        # the operator's belief is no patient's belief
        (
            "Consent and marking were for the R hip. The surgeon thought it was the L hip being "
            "done and operated on the L hip. Wrong side identified at sign out.",
            ("1", None),
        ),
        # the referral letter told as typed wrongly: excluded by the framework
        (
            "Referral letter stated lesion on LEFT forearm. Excision performed on the L forearm. "
            "Pt later said the lesion was on the right. GP confirmed the letter was typed "
            "wrongly. R lesion excised the following week.",
            (None, None),
        ),
        # a slip in the letter only asked about is no exclusion
        (
            "Consent and listing for L knee arthroscopy. R knee was scoped. The pt asked "
            "whether the letter was typed wrongly; the GP letter said L knee throughout.",
            ("1", None),
        ),
        # the lens told as the one on the plan: the error was in the plan
        (
            "Refractive surprise after L phaco: +2.5D. The lens implanted was the one on the "
            "plan; the keratometry had been transcribed wrongly. Listed for lens exchange.",
            (None, None),
        ),
        # ... while a lens other than the plan's still is a wrong implant
        (
            "L phaco. Plan 22.0D. A 25.0D lens was implanted in error as the wrong box was "
            "picked. Refractive surprise at 4 weeks, listed for exchange.",
            ("2", None),
        ),
    ],
)
def test_side_belief_letter_slip_and_lens_on_plan(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_belief_beside_the_knee_arthroscoped_on_the_other_side_stays_never_event_1() -> None:
    text = (
        "Pt thought it was her left knee being done; the consent and the mark said right; the "
        "left knee was arthroscoped."
    )
    assert never_event_codes(text) == ("1", None)
