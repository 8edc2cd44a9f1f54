"""The category a reporter gave the event ("reported as a drug error", "reporter ticked NE
wrong site surgery", "reporter called it wrong prosthesis") names a box on the form, not what
happened: a theme cue inside it is no evidence. An image or a result "reported as" something is
still a finding, and the event told beside the category still counts."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Pt in bay 3 slid down the bed and his arm went through the gap in the side rail, "
            "bruise to forearm. Reported as a fall initially.",
            "falls",
        ),
        (
            "Botox injections into the wrong side of the face at the aesthetics clinic, plan was "
            "L. Reported as a drug error by the HCA but it is a wrong site procedure.",
            "medication",
        ),
        (
            "Pt slipped on the wet shower room floor, grazed elbow, obs stable. Reporter ticked "
            "medication incident in error.",
            "medication",
        ),
        (
            "Pt's glasses lost during the ward move, family upset. Reporter called it an "
            "equipment failure.",
            "medical_device",
        ),
    ],
)
def test_reporters_category_is_no_theme_evidence(text: str, absent: str) -> None:
    assert absent not in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # an image or a result "reported as" is a finding, not the reporter's category
        (
            "wrist xray reported as normal by the ED SHO, radiology report next day showed a "
            "scaphoid fracture and the pt was recalled",
            "assessment_diagnosis",
        ),
        # the event itself told beside the category still counts
        (
            "Pt found on the floor beside the commode at 0300, hip pain, xray # NOF. Reported as "
            "a fall with harm.",
            "falls",
        ),
        (
            "Gentamicin 480mg given instead of 240mg, level high. Reported as a drug error.",
            "medication",
        ),
        (
            "Reported as a never event by the ward: pt on 2L O2 was connected to the medical air "
            "flowmeter, sats 85%.",
            "medical_device",
        ),
    ],
)
def test_event_told_beside_the_category_still_counts(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)
