"""Look-alikes of the wordings added for unplanned ABO-incompatible transplants, units found at
the end, a person of the same name brought down, and a time-out catch: the new cues must not
change these answers."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned ABOi transplant with its desensitisation stays excluded
        (
            "This was a planned ABOi transplant, recipient group O and donor group A, "
            "desensitised pre-op with plasma exchange per protocol.",
            (None, None),
        ),
        # "found at the end" of the bedside check, unit not spiked: a near miss
        (
            "Wrong unit at the bedside: group A unit for group O pt found at the end of the "
            "bedside check, not spiked, returned to the lab.",
            (None, "12"),
        ),
        # a unit hung on the pole and stopped before it was connected: a near miss
        (
            "Group A red cells hung on the pole for the group O pt in bed 3, stopped at the "
            "bedside check before it was connected. Returned to lab.",
            (None, "12"),
        ),
        # a daily methotrexate spotted before any dose: a near miss
        (
            "Pharmacist spotted methotrexate 10mg once daily for RA on the chart before any "
            "dose was given. Changed to weekly.",
            (None, "7"),
        ),
        # another person's letter in the folder is not another person brought down
        (
            "Sign-in: it was a different Mr Jones in the folder notes, pt himself correct on "
            "wristband, consent and site mark. Procedure went ahead.",
            (None, None),
        ),
        # local anaesthetic on the wrong side before the time out: the catch came too late
        (
            "L knee prepped and LA infiltrated on the L before the time out, consent was for R "
            "knee arthroscopy. Noticed at time out.",
            ("1", None),
        ),
    ],
)
def test_new_wordings_leave_look_alikes_alone(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_unplanned_abo_incompatible_organ_is_never_event_12() -> None:
    text = (
        "Liver transplant 02/05: recipient group B, donor group A. Not a planned ABOi "
        "transplant - the donor group was copied wrongly from the offer. Started on plasma "
        "exchange."
    )
    assert never_event_codes(text) == ("12", None)
