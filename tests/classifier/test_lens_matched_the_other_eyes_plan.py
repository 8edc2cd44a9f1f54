"""A lens told as matching the biometry "for the L eye" when the right eye is the one operated
on matched the plan of the other eye, not this operation's: the lens for the wrong eye, caught
at the lens check before insertion is near miss 2, put in never event 2 (guide hard case: not
never event 1). A lens matching the biometry of the eye operated on is the planned one."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

OTHER_EYES_PLAN = [
    (
        "Phaco list. At the lens check before insertion the ODP read the box out and it matched "
        "the biometry for the R eye - pt listed for his L eye today. Old biometry sheet from "
        "the 2023 op was still filed on top. Correct lens obtained, wrong one not inserted.",
        (None, "2"),
    ),
    (
        "Review at 2 wks: refraction -3.00 in the L eye. Theatre record: IOL implanted in the L "
        "eye was 23.0D, which matches the biometry for the R eye; L should have been 20.5D.",
        ("2", None),
    ),
]

THIS_EYES_PLAN = [
    "Query wrong lens raised at sign out for the R eye; lens sticker checked and it matched "
    "the biometry for the R eye. No error.",
    "Cataract R eye, IOL 21.0D implanted which matched the biometry for the R eye. Uneventful.",
]


@pytest.mark.parametrize(("text", "codes"), OTHER_EYES_PLAN)
def test_lens_matching_the_other_eyes_plan_is_a_wrong_implant(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes


@pytest.mark.parametrize("text", THIS_EYES_PLAN)
def test_lens_matching_this_eyes_plan_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)
