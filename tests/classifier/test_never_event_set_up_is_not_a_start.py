"""Skin prep, drapes, a tourniquet or positioning on the wrong side are set up only: the
procedure starts at the incision, injection, needle or instrument into the body. Told with the
cut in the same stretch ("L hip prepped and draped and incision made") the side was operated
on. A theatre layout copied from the case before is no implant meant for another patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prepped and draped on the wrong side, stopped before the knife: near miss
        (
            "Listed and consented for a R carpal tunnel release. The left hand was prepped and "
            "draped by the scrub nurse. At time out the surgeon checked the arrow, it was on "
            "the right. Stopped, nothing done to the left hand.",
            (None, "1"),
        ),
        (
            "Pt booked for R knee arthroscopy. Tourniquet was on the left thigh and the left "
            "leg scrubbed when the reg looked at the consent. Re-prepped the right leg.",
            (None, "1"),
        ),
        (
            "Listed for R shoulder injection. Nurse prepped the L shoulder with chloraprep. "
            "Doctor checked the letter before the needle, swapped sides.",
            (None, "1"),
        ),
    ],
)
def test_set_up_on_the_wrong_side_is_a_near_miss(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the prep told together with the cut: the wrong side was operated on
        "Pt for R hip hemiarthroplasty. Left hip prepped and draped and incision made before "
        "the registrar questioned the side. Wound closed, right side then done.",
        "Listed for R inguinal hernia repair. Prepped the L groin and then incised; the "
        "consultant noticed after the sac was found. Closed and the R side repaired.",
        "Booked for L knee arthroscopy. Right knee prepped and draped and portals cut, "
        "scope in, before anyone noticed. Pt told by the consultant.",
    ],
)
def test_set_up_with_the_cut_in_the_same_stretch_is_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize(
    "text",
    [
        # the words of the layout denial in an innocent role: a real wrong implant
        "Theatre set up as for the last case. Knee implant meant for the previous patient was "
        "opened and implanted in this pt; wrong size femoral component found on the x-ray.",
        "The tray layout used for the previous patient was cleared. The cup intended for the "
        "previous patient was then implanted in error, mismatched with the liner.",
        "Same equipment used for the previous patient. The IOL labelled for the previous "
        "patient was implanted into this patient's eye; wrong lens power on the post-op check.",
    ],
)
def test_a_real_wrong_implant_beside_a_copied_layout_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "2"


def test_layout_copied_from_the_previous_case_is_no_wrong_implant() -> None:
    text = (
        "Listed for a RIGHT total knee replacement. The practitioner set the leg holder up "
        "working from the layout used for the previous patient (a left TKR). The surgeon "
        "stopped it before any incision."
    )
    assert rule_never_event_codes(text)[0] != "2"
