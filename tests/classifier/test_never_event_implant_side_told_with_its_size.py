"""An implant's side told as its label with its size ("femoral component 'R, size D'") is the
implant's side: against the side operated on it is a wrong implant, a near miss when it was
seen before it went in; on the matching side it is nothing."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L TKR. Runner opened femoral component 'R, size E' onto the trolley before the "
            "check. At the implant check the rep noticed it was R before cementing. Correct "
            "component fetched, 10 min delay.",
            (None, "2"),
        ),
        (
            "L UKR. Tibial tray 'R size 3' was cemented into the L knee. Found at the post-op "
            "review of the stickers, listed for revision.",
            ("2", None),
        ),
        (
            "R TKR. Femoral component 'R, size 5' opened, checked and cemented. Uneventful.",
            (None, None),
        ),
    ],
)
def test_implant_side_told_with_its_size(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
