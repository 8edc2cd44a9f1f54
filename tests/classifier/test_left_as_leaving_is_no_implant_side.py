""" "Left" as the verb of a person leaving a place ("before the pt left the lab", "pt left
recovery at 14:30") is no side: "R femoral ... the pt left" tells no right implant put in for a
left side. An implant of one side put in on the other stays never event 2."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

LEAVING_A_PLACE = [
    (
        # retrieved before the end: near miss 3 (guide, never event 3: "found and removed before
        # closure/end of procedure"; dev-35031, dev-20097, dev-132106), and no implant side
        "Cardiac cath lab. Guidewire fragment seen on screening at the end of the case, retrieved "
        "with a snare via R femoral access before the pt left the lab.",
        (None, "3"),
    ),
    (
        "R THR. R femoral stem and cup implanted as templated. pt left recovery at 14:30.",
        (None, None),
    ),
    (
        "IR tunnelled line. Wire count at the end, before the drapes came off, one wire short. "
        "Screened: wire in the IVC, snared out via R femoral access before the pt left the table.",
        (None, "3"),
    ),
]

WRONG_SIDE_IMPLANT = [
    "L TKR. R sided femoral component implanted, found when checking stickers after the pt left "
    "theatre.",
]


@pytest.mark.parametrize(("text", "codes"), LEAVING_A_PLACE)
def test_leaving_a_place_is_no_implant_side(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes


@pytest.mark.parametrize("text", WRONG_SIDE_IMPLANT)
def test_implant_for_the_other_side_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
