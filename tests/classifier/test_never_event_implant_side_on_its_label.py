"""Never events 1 and 2: the side printed on an implant's own sticker or label is the implant's
side, not the side planned for the operation (a wrong implant, not a wrong site); a difference
between two implants that was planned on purpose is not an intentional change on the table."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # the sticker found at data entry weeks later
        "Registry audit 3 weeks after a L TKA: the tibial tray sticker in the implant record "
        "reads RIGHT. Film confirms it. Patient told, revision being planned.",
        "Left total hip. Acetabular cup label reads R on checking the implant sheet next day. "
        "Consultant informed, duty of candour done.",
    ],
)
def test_implant_sticker_naming_other_side_is_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text)[0] == "2"


@pytest.mark.parametrize(
    "text",
    [
        # the plan and the operation on different sides, an implant sticker beside: still a
        # wrong-site operation
        "Consent and marking for RIGHT TKR. Operation was performed on the LEFT knee. The "
        "femoral component sticker reads left as it should for that knee.",
        # a sticker on the notes (no implant) naming the planned side
        "Consent said left knee arthroscopy and the sticker on the notes said L. The "
        "arthroscopy was done on the right knee.",
    ],
)
def test_wrong_site_beside_a_sticker_stays_wrong_site(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_planned_asymmetric_implants_swapped_is_a_wrong_implant() -> None:
    text = (
        "Bilateral breast reconstruction with deliberately different sizes planned in clinic: "
        "R 400cc, L 350cc. Both boxes on one trolley. The op record stickers show 350cc placed "
        "on the right and 400cc on the left. Pt listed for exchange."
    )
    assert never_event_codes(text)[0] == "2"


def test_intentional_change_of_implant_still_excluded() -> None:
    text = (
        "Left THR. Templated for an uncemented stem; the surgeon decided intra-operatively to "
        "use a cemented stem because of poor bone quality, documented in the op note."
    )
    assert never_event_codes(text)[0] is None
