"""Never events 1-3 told by what followed: the patient going back or rebooked for the correct
level or lesion (the first operation was at the wrong one), a hip screw plate's angle planned
against the one put in, a vaginal swab found in the passive or taken from the vault, an
instrument told as the film's finding, a whole wire seen on a later film. Look-alikes: the
correct level confirmed before the start, a rule of practice, the same angle planned and put
in, a pack removed as planned, a film with no item, a wire withdrawn as planned."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient going back for the correct level or lesion: the wrong one was operated on
        (
            "Lumbar microdiscectomy done, post op MRI shows the L5/S1 prolapse still large. "
            "Back to theatre tomorrow for correct level, pt and wife informed.",
            ("1", None),
        ),
        (
            "Shave excision of a lesion from the R forearm in minor ops. Histology benign, the "
            "?SCC in the referral photo is on the R wrist. Pt apologised to and rebooked for "
            "the correct lesion.",
            ("1", None),
        ),
        (
            "Facet joint injections given under fluoro. Pt informed by phone, relisted for the "
            "correct levels after the images were reviewed against the letter.",
            ("1", None),
        ),
        (
            "Tunnelled HD line placed by IR yesterday. One lumen would not draw back, CXR: "
            "guidewire visible through the line down into the IVC. Back to IR to snare it.",
            ("3", None),
        ),
        # the procedure told as meant for another person
        (
            "Ward procedure: ascitic drain inserted on the pt in bed 6, it was meant for bed 8 "
            "(same surname). Wristband not checked.",
            ("1", None),
        ),
        (
            "Two Mr Osei on the cath lab list. Pt in lab 1 had a diagnostic angiogram via the R "
            "radial; it was the other Mr Osei who needed the angiogram.",
            ("1", None),
        ),
        # the plate's angle planned against the one put in
        (
            "DHS for #NOF: 135 degree plate templated, 150 degree plate implanted. Found on "
            "the check xray next morning.",
            ("2", None),
        ),
        # a vaginal swab found in the passive, or taken from the vault
        (
            "Day 7 postnatal visit: offensive loss, on VE a rolled vaginal swab was found and "
            "removed. Swab count after the perineal repair recorded as correct.",
            ("3", None),
        ),
        (
            "Seen by GP 2 weeks after vaginal hysterectomy with discharge, she removed a gauze "
            "swab from the vault. Op note mentions no pack.",
            ("3", None),
        ),
        # the film's finding told imaging first
        (
            "Re-attended 3 days after lap appendicectomy with pain. AXR: needle in the RIF. "
            "Count had been signed as correct.",
            ("3", None),
        ),
        (
            "CXR on the ward the day after femoral CVC insertion: a long wire is visible from "
            "the groin up to the IVC. IR to snare.",
            ("3", None),
        ),
    ],
)
def test_never_event_told_by_what_followed(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the correct level confirmed before the start, or a rule of practice
        "Pt listed for L4/5 microdiscectomy. Image intensifier used before incision to "
        "confirm the correct level. Uneventful, home day 1.",
        "Spinal team teaching: if the level check is not repeated after repositioning, a "
        "patient may have to go back to theatre for the correct level.",
        "Lesion clinic: pt booked for excision; photo and marking checked at time out for the "
        "correct lesion, excised and sent to histology.",
        "Pt booked for excision of a BCC on the L cheek. Checked for correct lesion with the "
        "clinic photo at sign in, excised with 4mm margins.",
        # the wire seen where it should be during the insertion, then taken out (known gap, not
        # of this change: the screening phrase of `retained` reads it as a film's finding)
        pytest.param(
            "R IJ CVC under US and screening: guidewire visible in the SVC on screening, catheter "
            "railroaded over it and the guidewire removed intact and shown to the assistant.",
            marks=pytest.mark.xfail(
                reason="screening during insertion read as a film", strict=True
            ),
        ),
        # "meant for" another person where nothing was done to the one here
        "LP was meant for twin 1. Registrar checked the band at the cot side, it was twin 2, "
        "so stopped before any needle; twin 1 then had the LP.",
        "Side room was meant for Mr Ade in bay 4 with C diff, he had his colonoscopy as "
        "booked and went back to the ward.",
        # the same angle planned and put in; degrees of a bed head are no implant
        "DHS for #NOF: 135 degree plate templated and a 135 degree plate implanted as "
        "planned. Bed head 30 degrees post op, then 45 degrees for comfort.",
        # a pack removed as planned, a film with no item, a wire withdrawn as planned
        "Vaginal pack was inserted after the vaginal hysterectomy as documented, and the "
        "vaginal pack was removed on day 1 as planned.",
        "Count discrepancy at closure, AXR: no needle in the abdomen. The needle was later "
        "found in the suction tubing.",
        "Femoral CVC under ultrasound. The long guidewire was withdrawn intact before the "
        "line was sutured and checked by the assistant.",
    ],
)
def test_look_alike_left_alone(text: str) -> None:
    assert rule_never_event_codes(text)[0] is None
